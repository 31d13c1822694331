import Foundation
import Testing

@testable import QuizCore

/// The compiled form of a bank reads back as exactly the bank `JSONDecoder` reads, and is refused whole when
/// any byte of it is damaged.
@Suite("compiled banks")
struct CompiledBankTests {
  @Test func theShippedBankReadsBackExactly() throws {
    let bank = try Shipped.bank("cassez").bank
    let data = try #require(CompiledBank.encode(bank, key: "cassez.1"))
    #expect(CompiledBank.decode(data, key: "cassez.1") == bank)
    #expect(data.count < 76_000)
  }

  /// Every bank of the repository (shipped and fixtures) reads back exactly: a property of the model missing from
  /// `CompactCodable` would fail here (and, in a game, only cost the cache).
  @Test func everyBankOfTheRepositoryReadsBackExactly() throws {
    let folders = [
      Shipped.root.appendingPathComponent("QuestionBanks"),
      Shipped.root.appendingPathComponent("Tests/QuizCoreTests/Fixtures"),
    ]
    var files: [URL] = []
    for folder in folders {
      let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.lastPathComponent == "bank.json" { files.append(url) }
      }
    }
    var checked = 0
    for file in files {
      guard let bank = try? JSONDecoder().decode(Bank.self, from: Data(contentsOf: file)) else { continue }
      let data = try #require(CompiledBank.encode(bank, key: "k"), "\(file.path)")
      #expect(CompiledBank.decode(data, key: "k") == bank, "\(file.path)")
      checked += 1
    }
    #expect(checked >= 3)  // cassez, mini and the training bank (qualifiers, bounds, source languages, a note label)
  }

  /// The reader of the payload itself (below the digest) refuses every truncation and survives any byte change.
  @Test func damagedPayloadsNeverTrap() throws {
    let bank = try Shipped.bank("cassez").bank
    var writer = CompactWriter()
    writer.write(bank)
    let bytes = writer.bytes
    for length in stride(from: 0, to: bytes.count, by: 13) {
      #expect(Array(bytes[..<length]).withUnsafeBytes { CompiledBank.read($0) } == nil)
    }
    for index in stride(from: 0, to: bytes.count, by: 29) {
      for change: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = bytes
        damaged[index] ^= change
        _ = damaged.withUnsafeBytes { CompiledBank.read($0) }
      }
    }
  }

  @Test func damagedFormsAreRefused() throws {
    let bank = try Shipped.bank("cassez").bank
    let data = try #require(CompiledBank.encode(bank, key: "cassez.1"))
    #expect(CompiledBank.decode(Data(), key: "cassez.1") == nil)
    #expect(CompiledBank.decode(data.prefix(data.count - 1), key: "cassez.1") == nil)
    #expect(CompiledBank.decode(data + Data([0]), key: "cassez.1") == nil)
    #expect(CompiledBank.decode(Data(data.prefix(CompiledBank.headerSize)), key: "cassez.1") == nil)
    #expect(CompiledBank.decode(Data(repeating: 0x41, count: data.count), key: "cassez.1") == nil)
    // Any byte changed, in the header or the payload, anywhere in the file (every 97th byte, and the header).
    for index in Array(0..<CompiledBank.headerSize)
      + Array(stride(from: CompiledBank.headerSize, to: data.count, by: 97))
    {
      var damaged = data
      damaged[index] ^= 0x20
      #expect(CompiledBank.decode(damaged, key: "cassez.1") == nil, "byte \(index)")
    }
  }

  @Test func aFormStoredUnderAnotherKeyIsRefused() throws {
    let data = try #require(CompiledBank.encode(try Shipped.bank("cassez").bank, key: "cassez.1"))
    #expect(CompiledBank.decode(data, key: "cassez.2") == nil)
    #expect(CompiledBank.decode(data, key: "cassez.1") != nil)
  }

  @Test func anotherFormatVersionIsRefused() throws {
    var data = try #require(CompiledBank.encode(try Shipped.bank("cassez").bank, key: "cassez.1"))
    data[CompiledBank.magic.count] &+= 1
    #expect(CompiledBank.decode(data, key: "cassez.1") == nil)
  }
}
