import Foundation
import QuizCore
import Testing

@Suite("profile files: damaged, newer and older profiles")
struct ProfileFilesTests {
  struct Damaged: Sendable, CustomStringConvertible {
    let name: String
    let bytes: [UInt8]
    let reason: String
    var description: String { name }
  }

  static let damaged: [Damaged] = [
    Damaged(name: "empty", bytes: [], reason: "the file is empty"),
    Damaged(name: "not JSON", bytes: Array("score: 12\n".utf8), reason: "the file is not valid JSON, line 1, column 1"),
    Damaged(
      name: "truncated", bytes: Array(#"{"schemaVersion": 2, "banks": {"cassez": {"questions": {"#.utf8),
      reason: "the file is not valid JSON, line 1, column 57"),
    Damaged(
      name: "invalid UTF-8",
      bytes: Array(#"{"preferences": {"language": ""#.utf8) + [0xFF, 0xFE] + Array(#""}}"#.utf8),
      reason: "the file is not UTF-8 text"),
    Damaged(
      name: "wrong shape", bytes: Array("[1, 2, 3]".utf8), reason: "the file does not hold a profile, line 1, column 1"),
    Damaged(
      name: "wrong type inside", bytes: Array(#"{"schemaVersion": 2, "sessions": {"a": 1}}"#.utf8),
      reason: "unexpected content at sessions, line 1, column 22"),
  ]

  @Test(arguments: damaged)
  func aDamagedProfileIsSetAsideUntouchedAndAFreshOneStarts(_ damaged: Damaged) throws {
    let sandbox = try ProfileSandbox()
    try sandbox.write("default.json", damaged.bytes)
    let output = try sandbox.run(["profile", "show"])
    #expect(output.status == 0, "\(output)")
    let aside = try #require(sandbox.files().first { $0.hasPrefix("default.corrupt-") && $0.hasSuffix(".json") })
    #expect(aside.count == "default.corrupt-20260301T120000Z.json".count)
    let path = sandbox.file(aside).path
    #expect(
      output.stderr == """
        casequiz: warning: The profile “default” could not be read (\(damaged.reason)); it was kept, untouched, as \
        \(path), and a new profile was started. To recover it, repair that file and run: casequiz profile import \
        \(path) --profile default (its games are added to those of the new profile; nothing is replaced)

        """)
    #expect(try Data(contentsOf: sandbox.file(aside)) == Data(damaged.bytes))
    #expect(!sandbox.files().contains("default.json"))
    #expect(output.stdout.contains("No answers yet"))
    // Told once: the next run finds no damaged file.
    #expect(try sandbox.run(["profile", "show"]).stderr == "")
  }

  @Test func aDamagedJournalLineSetsTheJournalAsideAndKeepsTheGoodLines() throws {
    let sandbox = try ProfileSandbox()
    let good1 = try ProfileDecoding.line(for: Script.answer("documentary-platform.typed", .right, minute: 0))
    let good2 = try ProfileDecoding.line(for: Script.answer("raid-people-rescued.number", .wrong, minute: 1))
    let journal = Array(good1) + [0x0A] + Array(#"{"type":"answer","bank":"#.utf8) + [0x0A] + Array(good2) + [0x0A]
    try sandbox.write("default.journal", journal)
    let output = try sandbox.run(["profile", "show"])
    #expect(output.status == 0)
    let aside = try #require(sandbox.files().first { $0.hasPrefix("default.corrupt-") && $0.hasSuffix(".journal") })
    #expect(
      output.stderr == """
        casequiz: warning: 1 line of the journal of profile “default” could not be read; the journal was kept, \
        untouched, as \(sandbox.file(aside).path), and the readable events in it (2) were saved. Look at it if \
        an answer seems missing; otherwise you can delete it.

        """)
    #expect(try Data(contentsOf: sandbox.file(aside)) == Data(journal))
    #expect(try sandbox.exported().newAnswers.count == 2)
  }

  @Test func aProfileFromANewerCasequizIsRefusedAndLeftAlone() throws {
    let sandbox = try ProfileSandbox()
    let bytes = Array(#"{"schemaVersion": 4, "futureField": true}"#.utf8)
    try sandbox.write("default.json", bytes)
    for arguments in [["profile", "show"], ["stats"], ["profile", "record"]] {
      let output = try sandbox.run(arguments)
      #expect(output.status == 1)
      #expect(
        output.stderr == """
          casequiz: error: the profile \(sandbox.file("default.json").path) was written by a newer casequiz (schema \
          version 4; this one reads up to version 3); the file was left untouched. Install a newer casequiz to use it, or \
          start over with: casequiz profile reset --force --profile default (the file is kept as a backup).

          """)
    }
    #expect(try Data(contentsOf: sandbox.file("default.json")) == Data(bytes))
    #expect(sandbox.files() == ["default.json", "default.lock"])
  }

  @Test func aVersion1ProfileIsMigratedKeepingABackup() throws {
    let sandbox = try ProfileSandbox()
    let fixture = CaseQuizProcess.packageRoot.appendingPathComponent(
      "Tests/QuizCoreTests/Fixtures/Profile/v1-profile.json")
    let original = try Data(contentsOf: fixture)
    try sandbox.write("default.json", Array(original))
    let output = try sandbox.run(["profile", "show", "--lang", "en"])
    #expect(output.status == 0)
    #expect(
      output.stderr == """
        casequiz: warning: Profile “default” was upgraded from schema version 1 to 3; the original was kept as \
        \(sandbox.file("default.v1-backup.json").path).

        """)
    #expect(try Data(contentsOf: sandbox.file("default.v1-backup.json")) == original)
    let migrated = try ProfileDecoding.profile(from: Data(contentsOf: sandbox.file("default.json")))
    #expect(migrated.migratedFrom == nil)
    #expect(migrated.profile.newAnswers.isEmpty && migrated.profile.tallies.overall.answered == 3)
    let history = try String(contentsOf: sandbox.file("default.history.jsonl"), encoding: .utf8)
    #expect(history.split(separator: "\n").count == 3)
    #expect(try sandbox.exported().newAnswers.count == 3)
    #expect(output.stdout.contains("Language: Spanish"))
    #expect(try sandbox.run(["profile", "show"]).stderr == "")
  }
}
