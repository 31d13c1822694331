import Foundation
import Glibc
import QuizEdge
import Testing

/// Large snapshots are mapped into memory rather than copied (``ProfileFiles/readMapped(_:threshold:)``). A
/// mapped file cut short by another program must not crash the game (`SIGBUS`): the pages cut off read as zeros
/// and the mapping says it is no longer intact. A small file is read as before.
@Suite("profile files: mapped snapshots")
struct MappedFileGuardTests {
  /// A temporary file of `count` bytes (a repeating pattern without zeros).
  func file(bytes count: Int) throws -> (path: String, bytes: [UInt8]) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID().uuidString).json").path
    let bytes = (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return (path, bytes)
  }

  @Test("a large file is mapped and reads the same bytes; a small one is read; a missing one is nil")
  func readsTheSameBytes() throws {
    let large = try file(bytes: 3 << 20)
    defer { unlink(large.path) }
    let mapped = try #require(try ProfileFiles.readMapped(large.path))
    #expect(mapped.elementsEqual(large.bytes))
    #expect(MappedFileGuard.isIntact(mapped))
    let small = try file(bytes: 1000)
    defer { unlink(small.path) }
    #expect(try ProfileFiles.readMapped(small.path) == Data(small.bytes))
    #expect(try ProfileFiles.readMapped(small.path + ".missing") == nil)
    #expect(throws: FileError.self) { try ProfileFiles.readMapped(FileManager.default.temporaryDirectory.path) }
  }

  @Test("a mapped file cut short by another program reads as zeros past its new end, without a crash")
  func truncatedWhileMapped() throws {
    let large = try file(bytes: 4 << 20)
    defer { unlink(large.path) }
    let mapped = try #require(try ProfileFiles.readMapped(large.path))
    #expect(mapped[100] == large.bytes[100])
    // Another program empties the file in place (as `: > file` would).
    #expect(truncate(large.path, 4096) == 0)
    #expect(mapped[100] == large.bytes[100])  // the first page is still the file's
    #expect(mapped[3 << 20] == 0)  // a page cut off reads as zeros
    #expect(!MappedFileGuard.isIntact(mapped))
    #expect(mapped.suffix(10).allSatisfy { $0 == 0 })
  }

  @Test("a file replaced by renaming another over it (how casequiz saves) leaves the mapping intact")
  func replacedByRename() throws {
    let large = try file(bytes: 2 << 20)
    defer { unlink(large.path) }
    let mapped = try #require(try ProfileFiles.readMapped(large.path))
    let other = try file(bytes: 10)
    #expect(rename(other.path, large.path) == 0)
    #expect(mapped.elementsEqual(large.bytes))
    #expect(MappedFileGuard.isIntact(mapped))
  }
}
