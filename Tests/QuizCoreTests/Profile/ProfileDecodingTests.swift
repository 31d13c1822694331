import Foundation
import Testing

@testable import QuizCore

@Suite struct ProfileDecodingTests {
  typealias S = ProfileTestSupport

  @Test func theCommittedV1ProfileMigratesToTheCurrentSchema() throws {
    let decoded = try ProfileDecoding.profile(from: S.fixture("v1-profile.json"))
    #expect(decoded.migratedFrom == 1)
    let profile = decoded.profile
    #expect(profile.schemaVersion == 3)
    #expect(profile.preferences.language == .es)
    #expect(profile.preferences.showBoth)
    #expect(profile.preferences.desiredRetention == 0.9)
    #expect(Array(profile.banks.keys) == ["cassez"])

    let date = try #require(profile.record(bank: "cassez", question: QuestionID(rawValue: "arrest-date.date")))
    #expect(date.kind == .date)
    #expect(date.total == Tally(attempts: 2, right: 1, partial: 0, wrong: 1))
    #expect(date.spanish == date.total)
    #expect(date.english == Tally())
    #expect(date.lastAnswer == "8 de diciembre de 2005")
    #expect(date.lastOutcome == .right)
    #expect(!date.missedSinceRight)
    #expect(date.card.stability == 2.3065)
    #expect(date.card.lastReview == ProfileCoding.date(from: "2025-11-02T19:30:05.250Z"))

    let choice = try #require(profile.record(bank: "cassez", question: QuestionID(rawValue: "arrested-by.choice")))
    #expect(choice.kind == .choice && choice.missedSinceRight && choice.lastOutcome == .wrong)

    // No history and no card: missed because never right; a new card due at the epoch, so due now.
    let number = try #require(profile.record(bank: "cassez", question: QuestionID(rawValue: "sentence-years.number")))
    #expect(number.kind == .number && number.missedSinceRight && number.card.isNew)
    #expect(number.card.due == Date(timeIntervalSince1970: 0))

    #expect(profile.newAnswers.map(\.question.rawValue) == ["arrest-date.date", "arrested-by.choice", "arrest-date.date"])
    #expect(profile.newAnswers.map(\.outcome) == [.wrong, .wrong, .right])
    #expect(profile.tallies.overall.answered == 3 && profile.tallies.overall.right == 1)
    #expect(profile.newAnswers.allSatisfy { $0.language == .es && $0.bank == "cassez" && $0.session == "2025-11-02-a" })
    #expect(profile.sessions.map(\.id) == ["2025-11-02-a"])
    #expect(profile.sessions.first?.score == 100 && profile.sessions.first?.answered == 3)
  }

  @Test func aMigratedProfileIsWrittenAndReadBackAsTheCurrentSchema() throws {
    let migrated = try ProfileDecoding.profile(from: S.fixture("v1-profile.json")).profile
    let reread = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: migrated))
    #expect(reread.migratedFrom == nil)
    #expect(reread.profile == migrated.withoutNewAnswers)
    #expect(String(decoding: try ProfileDecoding.snapshot(of: migrated), as: UTF8.self).hasPrefix("{\"schemaVersion\":3,"))
  }

  @Test func aDocumentWithoutAVersionButWithFlatQuestionsIsVersion1() throws {
    let data = Data(#"{"questions":{"x.typed":{"attempts":1,"right":1,"wrong":0}}}"#.utf8)
    let decoded = try ProfileDecoding.profile(from: data)
    #expect(decoded.migratedFrom == 1)
    #expect(decoded.profile.record(bank: "cassez", question: QuestionID(rawValue: "x.typed"))?.english.right == 1)
  }

  @Test(arguments: [#"{"schemaVersion":3}"#, #"{"schemaVersion":3,"preferences":{}}"#, #"{"preferences":{},"schemaVersion":3}"#])
  func missingKeysDecodeToDefaults(json: String) throws {
    let decoded = try ProfileDecoding.profile(from: Data(json.utf8))
    #expect(decoded.migratedFrom == nil)
    #expect(decoded.profile == Profile())
  }

  @Test(arguments: ["{}", #"{"schemaVersion":2}"#, #"{"schemaVersion":2,"preferences":{}}"#])
  func aDocumentOfVersion2OrWithoutVersionIsMigratedFromVersion2(json: String) throws {
    let decoded = try ProfileDecoding.profile(from: Data(json.utf8))
    #expect(decoded.migratedFrom == 2)
    #expect(decoded.profile == Profile())
  }

  @Test func aRecordWithMissingKeysDecodesToDefaults() throws {
    let json = #"{"banks":{"cassez":{"questions":{"q.choice":{"total":{"attempts":2}}}}}}"#
    let record = try #require(
      try ProfileDecoding.profile(from: Data(json.utf8)).profile.record(
        bank: "cassez", question: QuestionID(rawValue: "q.choice")))
    #expect(record.total == Tally(attempts: 2))
    #expect(record.card.isNew && !record.missedSinceRight && record.lastOutcome == nil)
  }

  @Test func aNewerSchemaIsRefusedWithItsVersion() {
    #expect(throws: ProfileReadError.newerVersion(found: 4, supported: 3)) {
      try ProfileDecoding.profile(from: Data(#"{"schemaVersion":4,"banks":"whatever"}"#.utf8))
    }
    #expect(throws: ProfileReadError.newerVersion(found: 4, supported: 3)) {
      try ProfileDecoding.profile(from: Data(#"{"banks":"whatever","schemaVersion":4}"#.utf8))
    }
    #expect(!ProfileReadError.newerVersion(found: 4, supported: 3).isCorruption)
  }

  struct Damaged: Sendable, CustomStringConvertible {
    let name: String
    let bytes: [UInt8]
    let check: @Sendable (ProfileReadError) -> Bool
    var description: String { name }
  }

  static let damaged: [Damaged] = [
    Damaged(name: "empty", bytes: []) { $0 == .empty },
    Damaged(name: "blank", bytes: Array(" \n\t\n".utf8)) { $0 == .empty },
    Damaged(name: "not JSON", bytes: Array("schemaVersion = 2\n".utf8)) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(name: "truncated", bytes: Array(#"{"schemaVersion": 2, "banks": {"cassez": {"quest"#.utf8)) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(
      name: "invalid UTF-8",
      bytes: Array(#"{"schemaVersion":2,"preferences":{"language":""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8)
    ) {
      $0 == .notUTF8
    },
    Damaged(name: "an array", bytes: Array("[1, 2, 3]".utf8)) {
      if case .wrongShape = $0 { true } else { false }
    },
    Damaged(name: "banks of the wrong type", bytes: Array(#"{"schemaVersion":2,"banks":5}"#.utf8)) {
      if case .wrongShape(let path, _) = $0 { path == "banks" } else { false }
    },
    Damaged(
      name: "a bad date deep inside",
      bytes: Array(#"{"answers":[{"bank":"b","question":"q","answeredAt":"yesterday"}]}"#.utf8)
    ) {
      if case .wrongShape(let path, _) = $0 { path == "answers[0].answeredAt" } else { false }
    },
    Damaged(name: "version zero", bytes: Array(#"{"schemaVersion":0}"#.utf8)) {
      $0 == .wrongShape(keyPath: "schemaVersion", detail: "unknown version 0")
    },
    Damaged(name: "v3: banks of the wrong type", bytes: Array(#"{"schemaVersion":3,"banks":5}"#.utf8)) {
      if case .wrongShape(let path, _) = $0 { path == "banks" } else { false }
    },
    Damaged(
      name: "v3: a record with too few elements",
      bytes: Array(#"{"schemaVersion":3,"banks":{"cassez":{"questions":[["q.typed","typed","t"]]}}}"#.utf8)
    ) {
      if case .wrongShape(let path, _) = $0 { path == "banks.cassez.questions[0]" } else { false }
    },
    Damaged(
      name: "v3: an unknown kind",
      bytes: Array(#"{"schemaVersion":3,"banks":{"cassez":{"questions":[["q.typed","essay"]]}}}"#.utf8)
    ) {
      if case .wrongShape(let path, _) = $0 { path == "banks.cassez.questions[0][1]" } else { false }
    },
    Damaged(name: "v3: a session date out of range", bytes: Array(#"{"schemaVersion":3,"sessions":[["s","b","en","play",99999999999999999]]}"#.utf8)) {
      if case .wrongShape(let path, _) = $0 { path == "sessions[0][4]" } else { false }
    },
    Damaged(name: "v3: truncated", bytes: Array(#"{"schemaVersion":3,"sessions":[["s","b","#.utf8)) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(name: "v3: bad escape", bytes: Array(#"{"schemaVersion":3,"x":"\q"}"#.utf8)) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(
      name: "v3: nested too deeply", bytes: Array(#"{"schemaVersion":3,"x":"#.utf8) + Array(repeating: 0x5B, count: 100_000)
    ) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(name: "v3: trailing content", bytes: Array(#"{"schemaVersion":3} {}"#.utf8)) {
      if case .notJSON = $0 { true } else { false }
    },
    Damaged(name: "v3: bad tallies", bytes: Array(#"{"schemaVersion":3,"tallies":{"overall":{"answered":"many"}}}"#.utf8)) {
      if case .wrongShape(let path, _) = $0 { path.hasPrefix("tallies.overall") } else { false }
    },
  ]

  @Test(arguments: damaged)
  func damagedProfilesAreReportedAsCorrupt(_ damaged: Damaged) {
    do {
      _ = try ProfileDecoding.profile(from: Data(damaged.bytes))
      Issue.record("\(damaged.name) was accepted")
    } catch {
      #expect(damaged.check(error), "\(damaged.name): \(error)")
      #expect(error.isCorruption)
    }
  }

  @Test(arguments: [
    "", "{", "not json", #"{"type":"bet","bank":"b"}"#, #"{"type":"answer","bank":"b"}"#, #"["answer"]"#,
  ])
  func damagedJournalLinesAreRejected(line: String) {
    #expect(throws: ProfileReadError.self) { try ProfileDecoding.event(from: Data(line.utf8)) }
  }

  @Test(
    arguments: [
      ("2026-03-01T12:00:00Z", 1_772_366_400_000),
      ("2026-03-01T12:00:00.5Z", 1_772_366_400_500),
      ("2026-03-01T12:00:00.123456Z", 1_772_366_400_123),
      ("2026-03-01T06:00:00-06:00", 1_772_366_400_000),
      ("1969-12-31T23:59:59.999Z", -1),
      ("2000-02-29T00:00:00Z", 951_782_400_000),
    ] as [(String, Int64)])
  func datesParse(text: String, milliseconds: Int64) {
    #expect(ProfileCoding.date(from: text) == ProfileCoding.date(milliseconds: milliseconds))
  }

  @Test(arguments: [
    "", "2026-03-01", "2026-03-01T12:00:00", "2026-13-01T12:00:00Z", "2026-03-01T12:00:00.Z",
    "2026-03-01T12:00:00Zjunk",
  ])
  func nonDatesDoNotParse(text: String) {
    #expect(ProfileCoding.date(from: text) == nil)
  }

  @Test(arguments: [0, 1, -1, 951_782_400_123, 1_772_366_400_999, 4_102_444_800_000] as [Int64])
  func datesRoundTripToTheMillisecond(milliseconds: Int64) {
    let date = ProfileCoding.date(milliseconds: milliseconds)
    let text = ProfileCoding.string(from: date)
    #expect(ProfileCoding.date(from: text) == date)
    #expect(ProfileCoding.normalized(date) == date)
  }

  @Test func datesAreWrittenInUTCWithMilliseconds() {
    #expect(ProfileCoding.string(from: S.start.addingTimeInterval(0.0421)) == "2026-03-01T12:00:00.042Z")
    #expect(ProfileCoding.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
  }
}
