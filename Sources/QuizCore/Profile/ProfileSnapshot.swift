import Foundation

/// The schema 3 snapshot: one JSON object, written and read without `Codable` for its large parts, so that a
/// profile of 100,000 questions loads in a few tens of milliseconds.
///
/// ```json
/// {"schemaVersion":3,
/// "preferences":{…},
/// "history":{"length":123456},
/// "tallies":{…},
/// "sessions":[
/// ["<id>","<bank>","en","play",<started>,<ended>,<asked>,<answered>,<right>,<wrong>,<score>,<bestStreak>,false],
/// …],
/// "banks":{"cassez":{"tallies":{…},"count":<records>,"bytes":<length>,"digest":"<16 hex digits>",
/// "questions":[
/// ["<question id>","<kind>","<topic>","<last answer>",<lastAnsweredAt>|null,"<lastOutcome>"|null,<missed>,
///  "<lastSession>"|null,<total: attempts,right,partial,wrong>,<english: 4 counts>,<spanish: 4 counts>,
///  "<card state>",<step>|null,<stability>|null,<difficulty>|null,<due>,<lastReview>|null],
/// …]}}}
/// ```
///
/// Dates in sessions and records are integers, milliseconds since 1970 UTC (the precision the profile keeps);
/// one record or session per line. `preferences` and `tallies` are small objects with named keys (dates as
/// ISO 8601 text, see ``ProfileCoding``). `history.length` is how many bytes of the history file the snapshot
/// has folded in. An export (``ProfileDecoding/export(of:answers:)``) adds `"answers":[…]`, every answer as an
/// object, as schema 2 had them. Missing keys read as their defaults; unknown keys are skipped.
///
/// Records are sorted by id. `bytes` is the length of the `questions` array as written (from its `[` to its
/// `]`) and `digest` its ``SnapshotDigest`` (with `count`): when both match what is read, the array is known to
/// be exactly what casequiz wrote, and it is read lazily (``RecordTable``): a record is parsed when it is asked
/// for. Without them (a snapshot written before them, or edited by hand) or when they do not match, every record
/// is read and checked at load, as before. Both keys are optional, so older builds read the snapshot unchanged.
public enum ProfileSnapshot {
  // MARK: Writing

  /// The snapshot's bytes, with a final newline; `answers`, when given, are added as `"answers"`.
  public static func encode(_ profile: Profile, answers: [AnswerEvent]? = nil) throws -> Data {
    var out = JSONOut()
    let encoder = ProfileCoding.lineEncoder()
    out.raw("{\"schemaVersion\":\(Profile.currentSchemaVersion),\n\"preferences\":")
    out.bytes.append(contentsOf: try encoder.encode(profile.preferences))
    out.raw(",\n\"history\":{\"length\":\(profile.historyLength)},\n\"tallies\":")
    out.bytes.append(contentsOf: try encoder.encode(profile.tallies))
    var games = JSONOut()
    var first = true
    // The stored games are copied as they are only while their bytes still match the digest checked at load
    // (a file mapped into memory could have been changed in place since); otherwise every game that still
    // reads is written anew.
    let verbatim = profile.storedSessions.map { $0.isUnchanged } ?? false
    if let stored = profile.storedSessions, verbatim {
      stored.withLines { games.bytes.append(contentsOf: $0) }
      first = stored.count == 0
      if first { games.bytes.removeAll() }
    }
    if games.bytes.isEmpty { games.raw("[") }
    for session in verbatim ? profile.appendedSessions : profile.sessions {
      games.session(session, first: first)
      first = false
    }
    games.raw("]")
    let gameBanks =
      verbatim
      ? profile.storedSessions.map { stored in stored.banks.union(profile.appendedSessions.map(\.bank)) } ?? []
      : Set(profile.sessions.map(\.bank))
    let gameCount = verbatim ? profile.sessionCount : profile.sessions.count
    out.raw(",\n\"sessionIndex\":{\"count\":\(gameCount),\"bytes\":\(games.bytes.count),\"banks\":[")
    for (index, bank) in gameBanks.sorted().enumerated() {
      if index > 0 { out.comma() }
      out.string(bank)
    }
    let digest = games.bytes.withUnsafeBytes { sessionsDigest($0, count: gameCount, banks: gameBanks) }
    out.raw("],\"digest\":\"\(SnapshotDigest.hex(digest))\"}")
    out.raw(",\n\"sessions\":")
    out.bytes.append(contentsOf: games.bytes)
    out.raw(",\n\"banks\":{")
    for (bankIndex, (bank, progress)) in profile.banks.sorted(by: { $0.key < $1.key }).enumerated() {
      out.raw(bankIndex == 0 ? "\n" : ",\n")
      out.string(bank)
      out.raw(":{\"tallies\":")
      out.bytes.append(contentsOf: try encoder.encode(progress.tallies))
      var array = JSONOut()
      array.raw("[")
      // The records written: the table's count, unless lines that no longer read were left out.
      let count = progress.questions.writeSorted(to: &array)
      array.raw("]")
      let digest = array.bytes.withUnsafeBytes { SnapshotDigest.of(count: count, bytes: $0) }
      out.raw(",\"count\":\(count),\"bytes\":\(array.bytes.count),\"digest\":\"\(SnapshotDigest.hex(digest))\",")
      out.raw("\n\"questions\":")
      out.bytes.append(contentsOf: array.bytes)
      out.raw("}")
    }
    out.raw("}")
    if let answers {
      out.raw(",\n\"answers\":[")
      for (index, answer) in answers.enumerated() {
        out.raw(index == 0 ? "\n" : ",\n")
        out.bytes.append(contentsOf: try encoder.encode(answer))
      }
      out.raw("]")
    }
    out.raw("}\n")
    return Data(out.bytes)
  }

  // MARK: Reading

  /// Reads a schema 3 document; answers it carries (an export) go to ``Profile/newAnswers``.
  static func decode(_ data: Data) throws(ProfileReadError) -> Profile {
    let result: Result<Profile, ProfileReadError> = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var reader = ProfileJSONReader(bytes)
      do {
        return .success(try decode(&reader, data: data))
      } catch {
        return .failure(error as? ProfileReadError ?? .notJSON(detail: String(describing: error)))
      }
    }
    return try result.get()
  }

  private static func decode(_ reader: inout ProfileJSONReader, data: Data) throws(ProfileReadError) -> Profile {
    var profile = Profile()
    var answers: [AnswerEvent]?
    var sessionIndex: SessionIndex?
    try reader.beginObject("")
    var first = true
    while let key = try reader.nextKey(first: &first) {
      switch key {
      case "schemaVersion": _ = try reader.int("schemaVersion")
      case "preferences":
        profile.preferences = try slice(&reader, Preferences.self, path: "preferences")
      case "history":
        try reader.beginObject("history")
        var firstKey = true
        while let key = try reader.nextKey(first: &firstKey) {
          if key == "length" {
            profile.historyLength = try reader.int("history.length")
            guard profile.historyLength >= 0 else { throw ProfileJSONReader.shape("history.length", "negative") }
          } else {
            try reader.skipValue()
          }
        }
      case "tallies": profile.tallies = try slice(&reader, AnswerTallies.self, path: "tallies")
      case "sessionIndex": sessionIndex = try? slice(&reader, SessionIndex.self, path: "sessionIndex")
      case "sessions":
        if let stored = intactSessions(&reader, data: data, index: sessionIndex) {
          profile.storedSessions = stored
        } else {
          profile.sessions = try sessions(&reader)
        }
      case "banks": profile.banks = try banks(&reader, data: data)
      case "answers": answers = try slice(&reader, [AnswerEvent].self, path: "answers")
      default: try reader.skipValue()
      }
    }
    try reader.expectEnd()
    if let answers {
      // An export: its tallies count its answers, all of them new here.
      profile.newAnswers = answers.sorted(by: AnswerEvent.precedes)
    } else {
      profile.historyWritten(length: profile.historyLength)
    }
    return profile
  }

  /// A small value decoded with `JSONDecoder` from its bytes.
  private static func slice<T: Decodable>(
    _ reader: inout ProfileJSONReader, _ type: T.Type, path: String
  ) throws(ProfileReadError) -> T {
    let range = try reader.skipValue()
    let data = Data(UnsafeBufferPointer(rebasing: reader.bytes[range]))
    do {
      return try ProfileCoding.decoder().decode(type, from: data)
    } catch let error as DecodingError {
      switch ProfileDecoding.readError(error) {
      case .wrongShape(let keyPath, let detail):
        throw .wrongShape(
          keyPath: path + (keyPath.isEmpty || keyPath.hasPrefix("[") ? "" : ".") + keyPath, detail: detail)
      default: throw .wrongShape(keyPath: path, detail: String(describing: error))
      }
    } catch {
      throw .wrongShape(keyPath: path, detail: String(describing: error))
    }
  }

  /// What the snapshot says of its `sessions` array, just before it.
  private struct SessionIndex: Decodable {
    var count: Int
    var bytes: Int
    var banks: [String]
    var digest: String
  }

  /// The digest of a `sessions` array as written, with its count and the banks listed beside it.
  static func sessionsDigest(_ bytes: UnsafeRawBufferPointer, count: Int, banks: Set<String>) -> UInt64 {
    let array = SnapshotDigest.of(count: count, bytes: bytes)
    let names = Array(banks.sorted().joined(separator: "\n").utf8)
    return names.withUnsafeBytes { SnapshotDigest.of(count: Int(truncatingIfNeeded: array), bytes: $0) }
  }

  /// The `sessions` array at the reader, when the index before it matches it: the reader is then moved past
  /// it. `nil` (the reader unmoved) otherwise.
  private static func intactSessions(
    _ reader: inout ProfileJSONReader, data: Data, index: SessionIndex?
  ) -> StoredSessions? {
    guard let index, index.count >= 0, index.bytes >= 2, reader.peek() == UInt8(ascii: "[") else { return nil }
    let start = reader.offset
    guard index.bytes <= reader.bytes.count - start, reader.bytes[start + index.bytes - 1] == UInt8(ascii: "]")
    else { return nil }
    let bytes = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: reader.bytes[start..<start + index.bytes]))
    let banks = Set(index.banks)
    guard SnapshotDigest.hex(sessionsDigest(bytes, count: index.count, banks: banks)) == index.digest else {
      return nil
    }
    reader.offset = start + index.bytes
    return StoredSessions(
      data: data, range: start..<start + index.bytes, count: index.count, banks: banks, digest: index.digest)
  }

  static func sessions(_ reader: inout ProfileJSONReader) throws(ProfileReadError) -> [SessionEvent] {
    var sessions: [SessionEvent] = []
    try reader.beginArray("sessions")
    var first = true
    while try reader.nextElement(first: &first) {
      sessions.append(try session(&reader, index: sessions.count))
    }
    return sessions
  }

  /// One game (the array described above) at the reader.
  static func session(_ reader: inout ProfileJSONReader, index: Int) throws(ProfileReadError) -> SessionEvent {
    var fields = Fields(parent: "sessions", index: index)
    try fields.begin(&reader)
    let id = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.string(p) }
    let bank = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.string(p) }
    let language = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.enumValue(Language.self, p) }
    let mode = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.enumValue(GameMode.self, p) }
    let started = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.date(p) }
    let ended = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.date(p) }
    // Six counts, read into locals: an array per game cost three allocations (50,000 games in a long history).
    func count(_ reader: inout ProfileJSONReader) throws(ProfileReadError) -> Int {
      try fields.next(&reader) { r, p throws(ProfileReadError) in try r.int(p) }
    }
    let asked = try count(&reader)
    let answered = try count(&reader)
    let right = try count(&reader)
    let wrong = try count(&reader)
    let score = try count(&reader)
    let bestStreak = try count(&reader)
    let interrupted = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.bool(p) }
    try fields.end(&reader)
    return SessionEvent(
      id: id, bank: bank, language: language, mode: mode, started: started, ended: ended, asked: asked,
      answered: answered, right: right, wrong: wrong, score: score, bestStreak: bestStreak,
      interrupted: interrupted)
  }

  private static func banks(
    _ reader: inout ProfileJSONReader, data: Data
  ) throws(ProfileReadError) -> [String: BankProgress] {
    var banks: [String: BankProgress] = [:]
    try reader.beginObject("banks")
    var first = true
    while let bank = try reader.nextKey(first: &first) {
      var progress = BankProgress()
      let path = "banks.\(bank)"
      try reader.beginObject(path)
      var firstKey = true
      var count = 0
      var length: Int?
      var digest: String?
      while let key = try reader.nextKey(first: &firstKey) {
        switch key {
        case "tallies": progress.tallies = try slice(&reader, AnswerTallies.self, path: path + ".tallies")
        case "count": count = try reader.int(path + ".count")
        case "bytes": length = try reader.int(path + ".bytes")
        case "digest": digest = try reader.string(path + ".digest")
        case "questions":
          if let stored = intact(&reader, data: data, count: count, length: length, digest: digest) {
            progress.questions = RecordTable(stored: stored)
          } else {
            progress.questions = RecordTable(try records(&reader, path: path + ".questions", expected: count))
          }
        default: try reader.skipValue()
        }
      }
      banks[bank] = progress
    }
    return banks
  }

  /// The record array at the reader, when its length and digest (read before it) match: the reader is then
  /// moved past it. `nil` (the reader unmoved) when they are missing or do not match.
  private static func intact(
    _ reader: inout ProfileJSONReader, data: Data, count: Int, length: Int?, digest: String?
  ) -> StoredRecords? {
    guard let length, let digest, count >= 0, length >= 2, reader.peek() == UInt8(ascii: "[") else { return nil }
    let start = reader.offset
    guard length <= reader.bytes.count - start, reader.bytes[start + length - 1] == UInt8(ascii: "]") else {
      return nil
    }
    let found = SnapshotDigest.of(
      count: count, bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: reader.bytes[start..<start + length])))
    guard SnapshotDigest.hex(found) == digest else { return nil }
    reader.offset = start + length
    return StoredRecords(data: data, range: start..<start + length, count: count, digest: found)
  }

  private static func records(
    _ reader: inout ProfileJSONReader, path: String, expected: Int
  ) throws(ProfileReadError) -> [QuestionID: QuestionRecord] {
    // Room for the records the snapshot announces (growing a dictionary of 100,000 records step by step
    // costs more than reading them), but never more than the bytes left could hold.
    var records: [QuestionID: QuestionRecord] = [:]
    records.reserveCapacity(max(0, min(expected, (reader.bytes.count - reader.offset) / 64)))
    try reader.beginArray(path)
    var first = true
    var index = 0
    while try reader.nextElement(first: &first) {
      let (id, record) = try record(&reader, path: path, index: index)
      index += 1
      records[id] = record
    }
    return records
  }

  /// One record (the array described above) at the reader, and its id.
  static func record(
    _ reader: inout ProfileJSONReader, path: String, index: Int
  ) throws(ProfileReadError) -> (id: QuestionID, record: QuestionRecord) {
    var fields = Fields(parent: path, index: index)
    try fields.begin(&reader)
    let id = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.string(p) }
    let kind = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.enumValue(QuestionKind.self, p) }
    let topic = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.string(p) }
    var record = QuestionRecord(kind: kind, topic: topic, due: Date(timeIntervalSince1970: 0))
    record.lastAnswer = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.string(p) }
    record.lastAnsweredAt = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalDate(p) }
    record.lastOutcome = try fields.next(&reader) { r, p throws(ProfileReadError) in
      try r.consumeNull() ? nil : r.enumValue(AnswerOutcome.self, p)
    }
    record.missedSinceRight = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.bool(p) }
    record.lastSession = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalString(p) }
    var counts: [Int] = []
    counts.reserveCapacity(12)
    for _ in 0..<12 { counts.append(try fields.next(&reader) { r, p throws(ProfileReadError) in try r.int(p) }) }
    record.total = Tally(attempts: counts[0], right: counts[1], partial: counts[2], wrong: counts[3])
    record.english = Tally(attempts: counts[4], right: counts[5], partial: counts[6], wrong: counts[7])
    record.spanish = Tally(attempts: counts[8], right: counts[9], partial: counts[10], wrong: counts[11])
    let state = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.enumValue(CardState.self, p) }
    let step = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalInt(p) }
    let stability = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalDouble(p) }
    let difficulty = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalDouble(p) }
    let due = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.date(p) }
    let lastReview = try fields.next(&reader) { r, p throws(ProfileReadError) in try r.optionalDate(p) }
    try fields.end(&reader)
    record.card = MemoryCard(
      state: state, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    return (QuestionID(rawValue: id), record)
  }

  /// The elements of one array-encoded session or record, read in order. Key paths for errors are built
  /// only when an error is thrown: building one per field would cost more than reading the field.
  private struct Fields {
    let parent: String
    let index: Int
    var count = 0

    init(parent: String, index: Int) {
      self.parent = parent
      self.index = index
    }

    var path: String { "\(parent)[\(index)]" }

    mutating func begin(_ reader: inout ProfileJSONReader) throws(ProfileReadError) {
      do {
        try reader.beginArray("")
      } catch {
        throw relocated(error, to: path)
      }
    }

    mutating func next<T>(
      _ reader: inout ProfileJSONReader,
      _ read: (inout ProfileJSONReader, String) throws(ProfileReadError) -> T
    ) throws(ProfileReadError) -> T {
      var first = count == 0
      guard try reader.nextElement(first: &first) else {
        throw ProfileJSONReader.shape(path, "too few elements")
      }
      do {
        let value = try read(&reader, "")
        count += 1
        return value
      } catch {
        throw relocated(error, to: "\(path)[\(count)]")
      }
    }

    mutating func end(_ reader: inout ProfileJSONReader) throws(ProfileReadError) {
      guard reader.consume(UInt8(ascii: "]")) else {
        if reader.consume(UInt8(ascii: ",")) { throw ProfileJSONReader.shape(path, "too many elements") }
        throw reader.syntaxError("expected ']'")
      }
    }

    private func relocated(_ error: ProfileReadError, to path: String) -> ProfileReadError {
      if case .wrongShape(let keyPath, let detail) = error, keyPath.isEmpty {
        return .wrongShape(keyPath: path, detail: detail)
      }
      return error
    }
  }
}

extension ProfileJSONReader {
  /// A string that is one of an enumeration's raw values.
  mutating func enumValue<T: RawRepresentable>(_ type: T.Type, _ path: String) throws(ProfileReadError) -> T
  where T.RawValue == String {
    let text = try string(path)
    guard let value = T(rawValue: text) else { throw Self.shape(path, "unknown value \"\(text)\"") }
    return value
  }
}

extension JSONOut {
  /// A game as the array ``ProfileSnapshot`` describes, on a line of its own (after `,` unless `first`).
  mutating func session(_ session: SessionEvent, first: Bool) {
    raw(first ? "\n[" : ",\n[")
    string(session.id)
    comma()
    string(session.bank)
    comma()
    string(session.language.rawValue)
    comma()
    string(session.mode.rawValue)
    comma()
    date(session.started)
    comma()
    date(session.ended)
    for value in [session.asked, session.answered, session.right, session.wrong, session.score, session.bestStreak] {
      comma()
      int(value)
    }
    raw(session.interrupted ? ",true]" : ",false]")
  }

  /// A question record as the array ``ProfileSnapshot`` describes.
  mutating func record(_ id: QuestionID, _ record: QuestionRecord) {
    bytes.append(UInt8(ascii: "["))
    string(id.rawValue)
    comma()
    string(record.kind.rawValue)
    comma()
    string(record.topic)
    comma()
    string(record.lastAnswer)
    comma()
    if let date = record.lastAnsweredAt { self.date(date) } else { null() }
    comma()
    if let outcome = record.lastOutcome { string(outcome.rawValue) } else { null() }
    raw(record.missedSinceRight ? ",true," : ",false,")
    if let session = record.lastSession { string(session) } else { null() }
    for tally in [record.total, record.english, record.spanish] {
      for value in [tally.attempts, tally.right, tally.partial, tally.wrong] {
        comma()
        int(value)
      }
    }
    comma()
    string(record.card.state.rawValue)
    comma()
    if let step = record.card.step { int(step) } else { null() }
    comma()
    if let stability = record.card.stability { double(stability) } else { null() }
    comma()
    if let difficulty = record.card.difficulty { double(difficulty) } else { null() }
    comma()
    date(record.card.due)
    comma()
    if let review = record.card.lastReview { date(review) } else { null() }
    bytes.append(UInt8(ascii: "]"))
  }
}

/// Compact JSON output into bytes.
struct JSONOut {
  var bytes: [UInt8] = []

  mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }
  mutating func comma() { bytes.append(UInt8(ascii: ",")) }
  mutating func int(_ value: Int) { int64(Int64(value)) }

  /// Decimal digits written straight into the bytes (no intermediate string: a snapshot has millions).
  mutating func int64(_ value: Int64) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }
  mutating func null() { raw("null") }

  mutating func date(_ date: Date) { int64(ProfileCoding.milliseconds(date)) }

  mutating func double(_ value: Double) {
    if value.isFinite { raw(String(describing: value)) } else { null() }
  }

  /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`, the rest as UTF-8.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x09: raw("\\t")
      case 0x0D: raw("\\r")
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        raw("\\u00" + (hex.count == 1 ? "0" : "") + hex)
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
