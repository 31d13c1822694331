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
  /// The digest the snapshot gave for them, checked at load (16 hexadecimal digits).
  let digest: String

  private let lock = NSLock()
  private var parsed: [SessionEvent]?
  private var lookedUp: [String: Bool] = [:]

  init(data: Data, range: Range<Int>, count: Int, banks: Set<String>, digest: String) {
    self.data = data
    self.range = range
    self.count = count
    self.banks = banks
    self.digest = digest
  }

  /// Whether the bytes still match the digest checked at load, so they may be written again as they are.
  /// (They can only change when the snapshot is a file mapped into memory that another program changed in
  /// place; the check reads the array once, at memory speed.)
  var isUnchanged: Bool {
    return data.withUnsafeBytes { raw in
      let bytes = UnsafeRawBufferPointer(rebasing: raw[range])
      return SnapshotDigest.hex(ProfileSnapshot.sessionsDigest(bytes, count: count, banks: banks)) == digest
    }
  }

  /// Every game, in order, parsed once. A line that does not read (only possible if the bytes changed after
  /// the digest was checked) is left out, not the whole array.
  var all: [SessionEvent] {
    lock.lock()
    defer { lock.unlock() }
    if let parsed { return parsed }
    var sessions: [SessionEvent] = []
    sessions.reserveCapacity(count)
    forEachLineStart { raw, start in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      reader.offset = start
      if let session = try? ProfileSnapshot.session(&reader, index: sessions.count) { sessions.append(session) }
    }
    parsed = sessions
    return sessions
  }

  /// Calls `body` with the offset of each line's `[`, in order.
  private func forEachLineStart(_ body: (UnsafeRawBufferPointer, Int) -> Void) {
    data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var position = range.lowerBound
      while position < range.upperBound,
        let hit = memchr(base + position, 0x0A, range.upperBound - position)
      {
        let start = UnsafeRawPointer(hit) - base + 1
        body(raw, start)
        position = start
      }
    }
  }

  /// Whether a game with this id is stored: its line, which starts with the id as the snapshot writes it, is
  /// looked for in the bytes (no string is made for the other games; a long history has tens of thousands).
  /// The answer is remembered per id.
  func contains(id: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if let known = lookedUp[id] { return known }
    var prefix = JSONOut()
    prefix.raw("[")
    prefix.string(id)
    prefix.raw(",")
    let pattern = prefix.bytes
    var found = false
    forEachLineStart { raw, start in
      guard !found, start + pattern.count <= range.upperBound, let base = raw.baseAddress else { return }
      found = pattern.withUnsafeBytes { memcmp(base + start, $0.baseAddress ?? base, pattern.count) == 0 }
    }
    lookedUp[id] = found
    return found
  }

  /// The ids of the games, read from the start of each line.
  var ids: Set<String> {
    var ids = Set<String>(minimumCapacity: count)
    forEachLineStart { raw, start in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      reader.offset = start
      if (try? reader.beginArray("")) != nil, let id = try? reader.string("") { ids.insert(id) }
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
