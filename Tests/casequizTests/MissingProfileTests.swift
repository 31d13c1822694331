import Foundation
import Testing

/// The play test's mistyped profile names: `profile show --profile nobody` showed an empty profile and left
/// `nobody.lock` behind, and `profile reset` did the same. A command that only reads or clears a profile now
/// says in one line that it does not exist, naming it and the profiles that do, exits 1 and creates nothing.
/// The default profile before a first game still reads as empty (a new installation's `casequiz stats` says
/// how to start), also without creating anything; a game with a new name still creates its profile.
@Suite struct MissingProfileTests {
  static let readers: [[String]] = [
    ["profile", "show"], ["stats"], ["profile", "reset", "--yes"], ["profile", "reset"],
    ["profile", "export", "out.json"],
  ]

  @Test(arguments: readers)
  func aMistypedNameIsAnErrorAndCreatesNothing(command: [String]) throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder(["--profile", "maria"])
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    #expect(try recorder.finish().status == 0)
    let before = sandbox.files()
    let arguments = command.map { $0 == "out.json" ? sandbox.home.url.appendingPathComponent("out.json").path : $0 }
    let output = try sandbox.run(arguments + ["--profile", "nobody", "--lang", "en"])
    #expect(output.status == 1, "\(output)")
    #expect(output.stdout == "")
    #expect(
      output.stderr
        == "casequiz: error: no profile \"nobody\" (profiles: maria); 'casequiz play --profile nobody' creates it\n")
    #expect(sandbox.files() == before)
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.url.appendingPathComponent("out.json").path))
    let spanish = try sandbox.run(arguments + ["--profile", "nobody", "--lang", "es"])
    #expect(spanish.status == 1)
    #expect(
      spanish.stderr
        == "casequiz: error: no hay ningún perfil «nobody» (perfiles: maria); 'casequiz play --profile nobody' lo crea\n"
    )
    #expect(sandbox.files() == before)
  }

  @Test(arguments: readers)
  func withNoProfileAtAllNothingIsCreated(command: [String]) throws {
    let sandbox = try ProfileSandbox()
    let arguments = command.map { $0 == "out.json" ? sandbox.home.url.appendingPathComponent("out.json").path : $0 }
    let output = try sandbox.run(arguments + ["--profile", "nobody"])
    #expect(output.status == 1, "\(output)")
    #expect(
      output.stderr
        == "casequiz: error: no profile \"nobody\": there are no profiles yet in \(sandbox.profiles.path); "
        + "'casequiz play --profile nobody' creates it\n")
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.url.appendingPathComponent("casequiz").path))
  }

  @Test func theDefaultProfileBeforeAFirstGameReadsAsEmptyWithoutFiles() throws {
    let sandbox = try ProfileSandbox()
    let stats = try sandbox.run(["stats"])
    #expect(stats.status == 0 && stats.stdout.contains("No answers yet"), "\(stats)")
    let show = try sandbox.run(["profile", "show"])
    #expect(show.status == 0 && show.stdout.contains("No answers yet"), "\(show)")
    let reset = try sandbox.run(["profile", "reset"])
    #expect(reset.status == 0 && reset.stdout.contains("nothing to reset"), "\(reset)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.url.appendingPathComponent("casequiz").path))
  }

  @Test func aGameWithANewNameCreatesItsProfile() throws {
    let sandbox = try ProfileSandbox()
    let output = try CaseQuizProcess.run(
      ["--profile", "newcomer", "--count", "1", "--seed", "1", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: sandbox.environment(), stdin: try Self.input(":skip\n"))
    #expect(output.status == 0, "\(output)")
    #expect(sandbox.files().contains("newcomer.journal") || sandbox.files().contains("newcomer.json"))
    #expect(try sandbox.run(["profile", "show", "--profile", "newcomer"]).status == 0)
  }

  /// A file holding `text`, open for reading, as a game's standard input.
  static func input(_ text: String) throws -> FileHandle {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casequiz-input-\(UUID().uuidString)")
    try Data(text.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try FileHandle(forReadingFrom: url)
  }
}
