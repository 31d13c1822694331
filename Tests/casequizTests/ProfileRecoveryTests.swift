import Foundation
import QuizCore
import Testing

/// The play test's data loss: after a damaged snapshot was set aside, following the program's own advice
/// (`profile import <the file set aside>`) replaced the new profile, and the games the journal had recovered
/// were gone (42 answers → 33). Importing now adds the file's games to the profile's.
@Suite("profile recovery after a damaged snapshot")
struct ProfileRecoveryTests {
  /// Plays a piped game of `count` questions, all skipped (each is an answer); returns how many answers the
  /// profile gained.
  static func play(_ game: GameProcess, seed: Int, count: Int) throws -> Int {
    let before = try game.sandbox.exported().newAnswers.count
    let input = ":skip\n" + String(repeating: ":skip\n", count: count)
    let output = try game.play(
      ["--seed", String(seed), "--count", String(count), "--json", "--no-relearn"], input: input)
    try #require(output.status == 0, "\(output)")
    return try game.sandbox.exported().newAnswers.count - before
  }

  /// The command the notice tells the player to run, split into its arguments (after `casequiz`).
  static func advice(in stderr: String) throws -> [String] {
    let marker = ": casequiz "
    let start = try #require(stderr.range(of: marker), "no advice in: \(stderr)")
    let line = stderr[start.upperBound...].prefix { $0 != "\n" }
    let command = line.components(separatedBy: " (").first ?? ""
    return command.split(separator: " ").map(String.init)
  }

  @Test(arguments: ["en", "es"])
  func followingTheAdviceKeepsEveryGame(language: String) throws {
    let game = try GameProcess()
    let sandbox = game.sandbox
    let first = try Self.play(game, seed: 3, count: 6)
    #expect(first == 6)
    let second = try Self.play(game, seed: 4, count: 4)
    #expect(second == 4)
    // The first game was compacted into the snapshot and its history; the second is still in the journal.
    #expect(ProfileFilesSize.of(sandbox.file("default.journal")) > 0)
    #expect(ProfileFilesSize.of(sandbox.file("default.history.jsonl")) > 0)
    let before = try sandbox.exported()
    #expect(before.newAnswers.count == first + second)
    #expect(before.sessions.count == 2)

    let snapshot = try Data(contentsOf: sandbox.file("default.json"))
    try Data("{\"schemaVersion\": 3, \"banks\": [".utf8).write(to: sandbox.file("default.json"))
    let start = try sandbox.run(["profile", "show", "--lang", language])
    #expect(start.status == 0, "\(start)")
    let advice = try Self.advice(in: start.stderr)
    #expect(Array(advice.prefix(2)) == ["profile", "import"], "\(advice)")
    let aside = try #require(advice.dropFirst(2).first)
    #expect(aside.contains(".corrupt-") && aside.hasSuffix(".json"))
    #expect(advice.suffix(2) == ["--profile", "default"])
    // The new profile took in the journal's game only.
    #expect(try sandbox.exported().newAnswers.count == second)

    // The player repairs the file set aside (here: puts its bytes back) and runs the advice as printed.
    try snapshot.write(to: URL(fileURLWithPath: aside))
    let imported = try sandbox.run(advice + ["--lang", language])
    #expect(imported.status == 0, "\(imported)")
    let after = try sandbox.exported()
    #expect(after.newAnswers.count == first + second)
    #expect(Set(after.newAnswers.map(\.session)) == Set(before.newAnswers.map(\.session)))
    #expect(after.sessions.map(\.id) == before.sessions.map(\.id))
    #expect(after.tallies == before.tallies)
    #expect(after.banks == before.banks)
    let total = first + second
    let expected =
      language == "en"
      ? "The games of \(aside) were added to the profile “default”, which now holds \(total) answers;"
      : "Las partidas de \(aside) se agregaron al perfil «default», que ahora tiene \(total) respuestas;"
    #expect(imported.stdout.hasPrefix(expected), "\(imported.stdout)")
    // The profile as it was before the import is kept too.
    let backup = try #require(sandbox.files().first { $0.hasPrefix("default.backup-") })
    #expect(
      try ProfileDecoding.profile(from: Data(contentsOf: sandbox.file(backup))).profile.newAnswers.count == second)

    // Running the advice twice changes nothing: every answer is already there.
    let again = try sandbox.run(advice)
    #expect(again.status == 0, "\(again)")
    #expect(try sandbox.exported().newAnswers.count == total)
  }

  @Test func replaceStillReplacesWithABackup() throws {
    let game = try GameProcess()
    let played = try Self.play(game, seed: 3, count: 3)
    let fixture = CaseQuizProcess.packageRoot.appendingPathComponent(
      "Tests/QuizCoreTests/Fixtures/Profile/v1-profile.json")
    let replaced = try game.sandbox.run(["profile", "import", fixture.path, "--replace"])
    #expect(replaced.status == 0, "\(replaced)")
    #expect(replaced.stdout.hasPrefix("Profile “default” replaced by \(fixture.path);"))
    #expect(try game.sandbox.exported().newAnswers.count == 3)
    let backup = try #require(game.sandbox.files().first { $0.hasPrefix("default.backup-") })
    let kept = try ProfileDecoding.profile(from: Data(contentsOf: game.sandbox.file(backup))).profile
    #expect(kept.newAnswers.count == played)
  }
}

enum ProfileFilesSize {
  static func of(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
  }
}
