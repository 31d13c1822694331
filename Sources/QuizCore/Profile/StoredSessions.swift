import Foundation

/// The games of a profile as its snapshot holds them, known intact (the digest of the `sessions` array matched,
/// see ``ProfileSnapshot``): parsed the first time every game is needed (statistics, a merge), not at load. A
/// game only needs to know whether the bank was played before (from the banks the snapshot lists beside the
/// array) and, at its first answer, the ids of the recorded games (read from the lines without the rest).
///
/// A class, so the parse happens once for every copy of the profile; the bytes and the parse never change once
/// made, so sharing them is safe (the lock only guards the first parse).
final class StoredSessions: @unchecked Sendable {
  /// The whole snapshot.
  let data: Data
  /// The array, from its `[` to its `]`: `\n[…]` lines separated by `,`.
  let range: Range<Int>
  /// How many games it holds.
  let count: Int
  /// The banks those games were played on.
  let banks: Set<String>

  private let lock = NSLock()
  private var parsed: [SessionEvent]?

  init(data: Data, range: Range<Int>, count: Int, banks: Set<String>) {
    self.data = data
    self.range = range
    self.count = count
    self.banks = banks
  }

  /// Every game, in order, parsed once.
  var all: [SessionEvent] {
    lock.lock()
    defer { lock.unlock() }
    if let parsed { return parsed }
    var sessions: [SessionEvent] = []
    sessions.reserveCapacity(count)
    data.withUnsafeBytes { raw in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      reader.offset = range.lowerBound
      sessions = (try? ProfileSnapshot.sessions(&reader)) ?? []
    }
    parsed = sessions
    return sessions
  }

  /// The ids of the games, read from the start of each line.
  var ids: Set<String> {
    var ids = Set<String>(minimumCapacity: count)
    data.withUnsafeBytes { raw in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      guard let base = raw.baseAddress else { return }
      var position = range.lowerBound
      while position < range.upperBound,
        let hit = memchr(base + position, 0x0A, range.upperBound - position)
      {
        let start = UnsafeRawPointer(hit) - base + 1
        reader.offset = start
        if (try? reader.beginArray("")) != nil, let id = try? reader.string("") { ids.insert(id) }
        position = start
      }
    }
    return ids
  }

  /// The last game (the latest by start), read from the last line.
  var last: SessionEvent? {
    guard count > 0 else { return nil }
    return data.withUnsafeBytes { raw -> SessionEvent? in
      guard let base = raw.baseAddress else { return nil }
      // The last line starts after the last newline of the array.
      var start = range.upperBound - 1
      while start > range.lowerBound, raw[start] != 0x0A { start -= 1 }
      guard raw[start] == 0x0A else { return nil }
      _ = base
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      reader.offset = start + 1
      return try? ProfileSnapshot.session(&reader, index: count - 1)
    }
  }

  /// The array's bytes without its closing `]`, to be written again as they are.
  func withLines<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
    data.withUnsafeBytes { raw in body(UnsafeRawBufferPointer(rebasing: raw[range.lowerBound..<range.upperBound - 1])) }
  }
}
