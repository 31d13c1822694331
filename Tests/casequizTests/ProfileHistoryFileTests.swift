import Foundation
import QuizCore
import Testing

/// Schema 3 on disk: the snapshot without answers, `<name>.history.jsonl` beside it, migration from schema 2,
/// export and import of the whole, and a snapshot that is not rewritten after every game.
@Suite("profile files: the history file, migration from schema 2, export and import")
struct ProfileHistoryFileTests {
  /// Records events with `profile record` (which compacts at the end) and checks it went well.
  static func record(_ sandbox: ProfileSandbox, _ events: [ProfileEvent], _ arguments: [String] = []) throws {
    let recorder = try sandbox.startRecorder(arguments)
    try recorder.send(events)
    let (status, stderr) = try recorder.finish()
    try #require(status == 0, "\(stderr)")
  }

  static func answers(_ count: Int, session: String = "s1", from minute: Double = 0) -> [ProfileEvent] {
    let questions = ["documentary-platform.typed", "raid-people-rescued.number", "documentary-premiere-date.choice"]
    return (0..<count).map {
      Script.answer(
        questions[$0 % questions.count], $0 % 3 == 1 ? .wrong : .right, minute: minute + Double($0), session: session)
    }
  }

  @Test func aVersion2ProfileIsMigratedKeepingABackupAndItsAnswersGoToTheHistory() throws {
    let sandbox = try ProfileSandbox()
    let original = try Data(
      contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent("Fuzz/corpus/ProfileDecoding/v2-profile.json"))
    let expected = try ProfileDecoding.profile(from: original).profile
    try #require(expected.newAnswers.count == 2)
    try sandbox.write("default.json", Array(original))
    let statsBefore = try sandbox.run(["stats", "--json", "--lang", "en"])
    #expect(statsBefore.status == 0)
    #expect(
      statsBefore.stderr == """
        casequiz: warning: Profile “default” was upgraded from schema version 2 to 3; the original was kept as \
        \(sandbox.file("default.v2-backup.json").path).

        """)
    #expect(try Data(contentsOf: sandbox.file("default.v2-backup.json")) == original)
    let snapshot = try Data(contentsOf: sandbox.file("default.json"))
    #expect(String(decoding: snapshot, as: UTF8.self).hasPrefix("{\"schemaVersion\":3,"))
    #expect(!String(decoding: snapshot, as: UTF8.self).contains("\"answers\""))
    let history = try Data(contentsOf: sandbox.file("default.history.jsonl"))
    #expect(history.split(separator: 0x0A).count == 2)
    let migrated = try ProfileDecoding.profile(from: snapshot).profile
    #expect(migrated.historyLength == history.count)
    #expect(migrated.banks.mapValues(\.questions) == expected.banks.mapValues(\.questions))
    #expect(try sandbox.exported().newAnswers == expected.newAnswers)
    // Read again, nothing more to migrate, and the same figures.
    let statsAfter = try sandbox.run(["stats", "--json", "--lang", "en"])
    #expect(statsAfter.stderr == "")
    #expect(Self.withoutDate(statsAfter.stdout) == Self.withoutDate(statsBefore.stdout))
  }

  static func withoutDate(_ json: String) -> String {
    json.split(separator: "\n").filter { !$0.contains("\"generatedAt\"") }.joined(separator: "\n")
  }

  @Test func startingNeverReadsTheHistory() throws {
    let sandbox = try ProfileSandbox()
    try Self.record(sandbox, Self.answers(9))
    let history = sandbox.file("default.history.jsonl")
    #expect(try Data(contentsOf: history).split(separator: 0x0A).count == 9)
    let stats = try sandbox.run(["stats", "--json"])
    let show = try sandbox.run(["profile", "show"])
    #expect(show.stdout.contains("Answers: 9"), "\(show)")

    // Garbage where the history was: the snapshot alone gives every figure, and a game starts and ends.
    try Data(repeating: 0xFF, count: 100_000).write(to: history)
    let statsAgain = try sandbox.run(["stats", "--json"])
    #expect(statsAgain.status == 0 && statsAgain.stderr == "", "\(statsAgain)")
    #expect(Self.withoutDate(statsAgain.stdout) == Self.withoutDate(stats.stdout))
    #expect(try sandbox.run(["profile", "show"]) == show)
    let game = try sandbox.run(["play", "--json", "--count", "2", "--seed", "3"], stdin: ":skip\n:skip\n")
    #expect(game.status == 0 && game.stderr == "", "\(game)")
    #expect(try sandbox.run(["profile", "show"]).stdout.contains("Answers: 11"))
  }

  @Test func theSnapshotIsNotRewrittenAfterEveryGame() throws {
    let sandbox = try ProfileSandbox()
    try Self.record(sandbox, Self.answers(30))
    let snapshot = try Data(contentsOf: sandbox.file("default.json"))
    let game = try sandbox.run(["play", "--json", "--count", "2", "--seed", "3"], stdin: ":skip\n:skip\n")
    #expect(game.status == 0, "\(game)")
    #expect(try Data(contentsOf: sandbox.file("default.json")) == snapshot, "a short game only appends")
    let journal = try String(contentsOf: sandbox.file("default.journal"), encoding: .utf8)
    #expect(journal.split(separator: "\n").count == 3)
    #expect(!journal.contains("\n\n") && journal.hasSuffix("\n"), "one line per event, no blank lines")
    #expect(try sandbox.run(["profile", "show"]).stdout.contains("Answers: 32"))
    // Once the journal has grown as big as the snapshot, the end of a game compacts.
    for round in 0..<40 where (try? Data(contentsOf: sandbox.file("default.journal")).isEmpty) == false {
      let more = try sandbox.run(["play", "--json", "--count", "3", "--seed", String(round)], stdin: ":skip\n:skip\n:skip\n")
      #expect(more.status == 0, "\(more)")
    }
    #expect(try Data(contentsOf: sandbox.file("default.journal")).isEmpty)
    #expect(try Data(contentsOf: sandbox.file("default.json")) != snapshot)
  }

  @Test func exportThenImportGivesBackTheSameProfileAndHistory() throws {
    let sandbox = try ProfileSandbox()
    try Self.record(
      sandbox,
      Self.answers(12) + [Script.session("s1", minutes: 12)] + Self.answers(5, session: "killed", from: 20))
    let target = sandbox.home.url.appendingPathComponent("whole.json")
    #expect(try sandbox.run(["profile", "export", target.path]).status == 0)
    let exported = try ProfileDecoding.profile(from: Data(contentsOf: target))
    #expect(exported.migratedFrom == nil)
    #expect(exported.profile.newAnswers.count == 17)
    #expect(exported.profile.tallies.orphans.keys.sorted() == ["killed"])

    #expect(try sandbox.run(["profile", "reset", "--yes"]).status == 0)
    #expect(!sandbox.files().contains("default.history.jsonl"), "reset removes the history")
    let backup = try #require(sandbox.files().first { $0.hasPrefix("default.backup-") })
    #expect(try ProfileDecoding.profile(from: Data(contentsOf: sandbox.file(backup))).profile.newAnswers.count == 17)

    #expect(try sandbox.run(["profile", "import", target.path]).status == 0)
    var again = try sandbox.exported()
    again.historyLength = exported.profile.historyLength
    #expect(again == exported.profile)
    #expect(try Data(contentsOf: sandbox.file("default.history.jsonl")).split(separator: 0x0A).count == 17)
  }

  @Test func theOldExportFormIsImported() throws {
    let sandbox = try ProfileSandbox()
    let original = CaseQuizProcess.packageRoot.appendingPathComponent("Fuzz/corpus/ProfileDecoding/v2-profile.json")
    #expect(try sandbox.run(["profile", "import", original.path]).status == 0)
    let expected = try ProfileDecoding.profile(from: Data(contentsOf: original)).profile
    #expect(try sandbox.exported().newAnswers == expected.newAnswers)
    #expect(try Data(contentsOf: sandbox.file("default.history.jsonl")).split(separator: 0x0A).count == 2)
  }
}

extension ProfileSandbox {
  /// Runs `casequiz` with `text` on standard input.
  func run(_ arguments: [String], stdin text: String) throws -> CaseQuizProcess.Output {
    let file = home.url.appendingPathComponent("stdin-\(UUID().uuidString)")
    try Data(text.utf8).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    return try CaseQuizProcess.run(
      arguments + ["--data-dir", CaseQuizProcess.packageRoot.path], environment: environment(), stdin: handle)
  }
}

extension Script {
  static func session(_ id: String, minutes: Double) -> ProfileEvent {
    .session(
      SessionEvent(
        id: id, bank: "cassez", language: .en, mode: .play, started: start,
        ended: start.addingTimeInterval(minutes * 60), asked: 12, answered: 12, right: 8, wrong: 4, score: 80,
        bestStreak: 3))
  }
}
