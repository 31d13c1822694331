import Foundation

/// The records of one bank's questions, by question id.
///
/// A table behaves like a dictionary, but one read from a snapshot whose record array is intact (its
/// ``SnapshotDigest`` matches, see ``ProfileSnapshot``) is not parsed at load: the table keeps the snapshot's
/// bytes and reads a record when it is asked for, by binary search over the array, which the snapshot keeps
/// sorted by id, one record per line. A profile of 100,000 questions so loads in the time it takes to check the
/// digest, and the first question reads only the records it asks about. Records changed since (by the fold)
/// live in a dictionary beside the bytes and win over them. Iterating the table (statistics, a merge) reads
/// every record once.
public struct RecordTable: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
  /// Records set since the table was read (or all of them, for a table built in memory).
  private var changed: [QuestionID: QuestionRecord]
  /// Records of the snapshot removed since (set to `nil`).
  private var removed: Set<QuestionID> = []
  /// The snapshot's record array, when read lazily.
  private var stored: StoredRecords?
  /// How many records the table holds.
  public private(set) var count: Int

  /// A table of the records in `dictionary`.
  public init(_ dictionary: [QuestionID: QuestionRecord] = [:]) {
    changed = dictionary
    count = dictionary.count
  }

  /// A table of the given records (the last one wins for a repeated id).
  public init(dictionaryLiteral elements: (QuestionID, QuestionRecord)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// A table over an intact record array of a snapshot.
  init(stored: StoredRecords) {
    changed = [:]
    self.stored = stored
    count = stored.count
  }

  /// Whether records are read from a snapshot's bytes when asked for (for tests).
  var readsLazily: Bool { stored != nil }

  /// Whether the table holds no record.
  public var isEmpty: Bool { count == 0 }

  /// The record of a question, or `nil` if it was never answered.
  public subscript(id: QuestionID) -> QuestionRecord? {
    get {
      if let record = changed[id] { return record }
      guard let stored, !removed.contains(id) else { return nil }
      return stored.record(id)
    }
    set {
      let existed = self[id] != nil
      if let newValue {
        changed[id] = newValue
        if stored != nil { removed.remove(id) }
      } else {
        changed[id] = nil
        if let stored, stored.contains(id) { removed.insert(id) }
      }
      count += (newValue != nil ? 1 : 0) - (existed ? 1 : 0)
    }
  }

  /// Every record, read into a dictionary.
  public var dictionary: [QuestionID: QuestionRecord] {
    guard let stored else { return changed }
    var all = stored.all()
    for id in removed { all[id] = nil }
    all.merge(changed) { _, new in new }
    return all
  }

  /// The ids of the records.
  public var keys: Dictionary<QuestionID, QuestionRecord>.Keys { dictionary.keys }
  /// The records.
  public var values: Dictionary<QuestionID, QuestionRecord>.Values { dictionary.values }

  public func makeIterator() -> Dictionary<QuestionID, QuestionRecord>.Iterator { dictionary.makeIterator() }

  public var underestimatedCount: Int { count }

  public static func == (lhs: RecordTable, rhs: RecordTable) -> Bool {
    lhs.count == rhs.count && lhs.dictionary == rhs.dictionary
  }

  /// Writes the records sorted by id, each as the snapshot's line, separated by `,\n` and preceded by `\n`.
  /// Lines of the stored array that did not change are copied as they are, without being parsed.
  ///
  /// The stored lines are copied only while their bytes still match the digest checked at load (a snapshot
  /// mapped into memory could have been changed in place by another program since); otherwise every record
  /// that still reads is written anew, and a line that does not read is left out rather than copied.
  /// Returns how many records it wrote.
  @discardableResult
  func writeSorted(to out: inout JSONOut) -> Int {
    var written = 0
    var first = true
    func emit(_ id: QuestionID, _ record: QuestionRecord, _ out: inout JSONOut) {
      out.raw(first ? "\n" : ",\n")
      first = false
      out.record(id, record)
      written += 1
    }
    if let stored, !stored.isUnchanged {
      for (id, record) in dictionary.sorted(by: { $0.key < $1.key }) { emit(id, record, &out) }
      return written
    }
    var pending = changed.sorted { $0.key < $1.key }[...]
    if let stored {
      stored.forEachLine { id, line in
        while let next = pending.first, next.key < id {
          emit(next.key, next.value, &out)
          pending.removeFirst()
        }
        if let next = pending.first, next.key == id {
          emit(next.key, next.value, &out)
          pending.removeFirst()
        } else if !removed.contains(id) {
          out.raw(first ? "\n" : ",\n")
          first = false
          out.bytes.append(contentsOf: line)
          written += 1
        }
      }
    }
    for (id, record) in pending { emit(id, record, &out) }
    return written
  }
}

/// The record array of one bank in a snapshot's bytes, known intact (its digest matched): `[`, then one record
/// per line (`\n[…]`, lines separated by `,`), sorted by id, then `]`.
struct StoredRecords: Sendable {
  /// The whole snapshot.
  let data: Data
  /// The array, from its `[` to its `]`.
  let range: Range<Int>
  /// How many records it holds.
  let count: Int
  /// Its digest, checked at load.
  let digest: UInt64

  /// Whether the bytes still match the digest checked at load (they can only change when the snapshot is a
  /// file mapped into memory that another program changed in place). Reads the array once, at memory speed.
  var isUnchanged: Bool {
    data.withUnsafeBytes { raw in
      SnapshotDigest.of(count: count, bytes: UnsafeRawBufferPointer(rebasing: raw[range])) == digest
    }
  }

  /// Whether a record with this id is stored.
  func contains(_ id: QuestionID) -> Bool { lineRange(of: id) != nil }

  /// The record with this id, read from its line; `nil` if there is none (or, which the digest rules out, if
  /// its line cannot be read).
  func record(_ id: QuestionID) -> QuestionRecord? {
    guard let line = lineRange(of: id) else { return nil }
    return data.withUnsafeBytes { raw -> QuestionRecord? in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      reader.offset = line.lowerBound
      return try? ProfileSnapshot.record(&reader, path: "", index: 0).record
    }
  }

  /// Every stored record, parsed.
  func all() -> [QuestionID: QuestionRecord] {
    var records: [QuestionID: QuestionRecord] = [:]
    records.reserveCapacity(count)
    data.withUnsafeBytes { raw in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      forEachLineStart(raw) { start in
        reader.offset = start
        if let (id, record) = try? ProfileSnapshot.record(&reader, path: "", index: 0) { records[id] = record }
      }
    }
    return records
  }

  /// Calls `body` with each record's id and the bytes of its line (the record's `[…]`, without the separator),
  /// in order.
  func forEachLine(_ body: (QuestionID, UnsafeRawBufferPointer) -> Void) {
    data.withUnsafeBytes { raw in
      forEachLineStart(raw) { start in
        let end = lineEnd(raw, from: start)
        guard let id = id(raw, at: start) else { return }
        body(id, UnsafeRawBufferPointer(rebasing: raw[start..<end]))
      }
    }
  }

  // MARK: Lines

  /// The offset of each line's `[`, in order.
  private func forEachLineStart(_ raw: UnsafeRawBufferPointer, _ body: (Int) -> Void) {
    var position = range.lowerBound + 1
    while position < range.upperBound - 1 {
      // Each line starts after a newline.
      guard let newline = Self.find(0x0A, in: raw, from: position, to: range.upperBound) else { return }
      let start = newline + 1
      guard start < range.upperBound - 1 else { return }
      body(start)
      position = start
    }
  }

  /// The end of the record whose line starts at `start`: its closing `]`, included.
  private func lineEnd(_ raw: UnsafeRawBufferPointer, from start: Int) -> Int {
    let newline = Self.find(0x0A, in: raw, from: start, to: range.upperBound) ?? (range.upperBound - 1)
    // The line is `[…]` followed by `,` (then the newline) or, for the last, by the array's `]`.
    return raw[newline - 1] == UInt8(ascii: ",") ? newline - 1 : newline
  }

  /// The line of the record with this id, by binary search over the lines (the array is sorted by id).
  private func lineRange(of id: QuestionID) -> Range<Int>? {
    data.withUnsafeBytes { raw -> Range<Int>? in
      // Invariant: `low` is the start of a line (or equals `high`); the record, if any, starts in low..<high.
      var low = range.lowerBound + 1
      guard low < range.upperBound, raw[low] == 0x0A else { return nil }
      low += 1
      var high = range.upperBound - 1
      while low < high {
        let middle = low + (high - low) / 2
        let start: Int
        if middle == low {
          start = low
        } else if let newline = Self.find(0x0A, in: raw, from: middle - 1, to: high) {
          start = newline + 1
        } else {
          start = high
        }
        if start >= high {
          high = middle
          continue
        }
        guard let found = self.id(raw, at: start) else { return nil }
        if found == id { return start..<lineEnd(raw, from: start) }
        if found < id {
          guard let newline = Self.find(0x0A, in: raw, from: start, to: high) else { return nil }
          low = newline + 1
        } else {
          high = start
        }
      }
      return nil
    }
  }

  /// The id of the record whose line starts at `start`.
  private func id(_ raw: UnsafeRawBufferPointer, at start: Int) -> QuestionID? {
    var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
    reader.offset = start
    guard (try? reader.beginArray("")) != nil, let text = try? reader.string("") else { return nil }
    return QuestionID(rawValue: text)
  }

  /// The offset of the first `byte` in `from..<to`.
  private static func find(_ byte: UInt8, in raw: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
    guard from < to, let base = raw.baseAddress else { return nil }
    guard let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
    return UnsafeRawPointer(hit) - base
  }
}
