import Foundation
import QuizCore
import Testing

@testable import QuizEdge

@Suite("casequiz profile")
struct ProfileCommandTests {
  @Test func pathFollowsXDGDataHomeThenHome() throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["profile", "path", "--profile", "ana"])
    #expect(output == .init(status: 0, stdout: sandbox.file("ana.json").path + "\n", stderr: ""))
    let byHome = try CaseQuizProcess.run(
      ["profile", "path"], environment: sandbox.environment(["XDG_DATA_HOME": "", "HOME": "/srv/players/someone"]))
    #expect(byHome.stdout == "/srv/players/someone/.local/share/casequiz/profiles/default.json\n")
    let relative = try CaseQuizProcess.run(
      ["profile", "path"], environment: sandbox.environment(["XDG_DATA_HOME": "relative/dir", "HOME": "/h"]))
    #expect(relative.stdout == "/h/.local/share/casequiz/profiles/default.json\n")
  }

  @Test(arguments: [
    ("../x", "the profile name “../x” contains “.”; use only letters a–z, digits, - and _"),
    ("/", "the profile name “/” contains “/”; use only letters a–z, digits, - and _"),
    ("", "a profile name cannot be empty; use letters a–z, digits, - and _"),
    (
      String(repeating: "a", count: 300),
      "the profile name “aaaaaaaaaaaaaaaaaaaaaaaa…” is 300 characters long; the limit is 64"
    ),
  ])
  func invalidProfileNamesAreRefusedNamingTheValue(name: String, message: String) throws {
    let sandbox = try ProfileSandbox()
    for command in [["profile", "show"], ["stats"], ["profile", "path"]] {
      let output = try sandbox.run(command + ["--profile", name])
      #expect(output.status == 2)
      #expect(output.stderr.hasPrefix("casequiz: error: \(message) (see "), "\(output)")
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.profiles.path))
  }

  @Test func listShowsEveryProfile() throws {
    let sandbox = try ProfileSandbox()
    #expect(try sandbox.run(["profile", "list"]).stdout == "No profiles yet in \(sandbox.profiles.path).\n")
    for name in ["zoe", "ana"] {
      let recorder = try sandbox.startRecorder(["--profile", name])
      try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
      #expect(try recorder.finish().status == 0)
    }
    try sandbox.write("ana.corrupt-20260101T000000Z.json", [])
    #expect(try sandbox.run(["profile", "list"]).stdout == "ana\nzoe\n")
  }

  @Test func showSummarizesAProfile() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([
      Script.answer("documentary-platform.typed", .right, minute: 0),
      Script.answer("raid-people-rescued.number", .wrong, minute: 1, language: .es),
      .preferences(PreferencesEvent(language: .es, showBoth: true, changedAt: Script.start)),
    ])
    #expect(try recorder.finish().status == 0)
    let output = try sandbox.run(["profile", "show", "--lang", "en"])
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Profile “default”: \(sandbox.file("default.json").path)")
    #expect(lines.contains("Language: Spanish"))
    #expect(lines.contains("Both languages side by side: yes"))
    #expect(lines.contains("Desired retention: 90%"))
    #expect(lines.contains("Answers: 2 — right: 1, partly right: 0, wrong: 1"))
    #expect(lines.contains { $0.hasPrefix("Questions seen: 2; still missed: 1; due for review now: ") })
    let spanish = try sandbox.run(["profile", "show"])
    #expect(spanish.stdout.contains("Idioma: español\nLos dos idiomas a la vez: sí\n"))
  }

  @Test func exportRefusesToOverwriteWithoutForce() throws {
    let sandbox = try ProfileSandbox()
    let target = sandbox.home.url.appendingPathComponent("out.json")
    try Data("keep me".utf8).write(to: target)
    let refused = try sandbox.run(["profile", "export", target.path])
    #expect(refused.status == 1)
    #expect(refused.stderr == "casequiz: error: \(target.path) already exists; add --force to overwrite it.\n")
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
    let forced = try sandbox.run(["profile", "export", target.path, "--force"])
    #expect(forced == .init(status: 0, stdout: "Profile “default” exported to \(target.path).\n", stderr: ""))
    #expect(try ProfileDecoding.profile(from: Data(contentsOf: target)).profile == Profile())
  }

  @Test func importChecksTheFileThenAddsItsGamesKeepingABackup() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    #expect(try recorder.finish().status == 0)
    let before = try Data(contentsOf: sandbox.file("default.json"))

    let bad = sandbox.home.url.appendingPathComponent("bad.json")
    try Data("{\"schemaVersion\": 2, \"answers\": 7}".utf8).write(to: bad)
    let refused = try sandbox.run(["profile", "import", bad.path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "casequiz: error: \(bad.path) is not a casequiz profile (unexpected content at answers, line 1, column 22); nothing was imported.\n"
    )
    let missing = try sandbox.run(["profile", "import", "/nonexistent/p.json"])
    #expect(
      missing.stderr
        == "casequiz: error: cannot read /nonexistent/p.json (the file does not exist); nothing was imported.\n")
    #expect(try Data(contentsOf: sandbox.file("default.json")) == before)

    let fixture = CaseQuizProcess.packageRoot.appendingPathComponent(
      "Tests/QuizCoreTests/Fixtures/Profile/v1-profile.json")
    let imported = try sandbox.run(["profile", "import", fixture.path])
    #expect(imported.status == 0)
    let backup = try #require(sandbox.files().first { $0.hasPrefix("default.backup-") })
    #expect(
      imported.stdout
        == "The games of \(fixture.path) were added to the profile “default”, which now holds 4 answers; the previous one was kept as \(sandbox.file(backup).path).\n"
    )
    #expect(try ProfileDecoding.profile(from: Data(contentsOf: sandbox.file(backup))).profile.newAnswers.count == 1)
    #expect(try sandbox.exported().newAnswers.count == 4)
  }

  /// A file that cannot be read is not "not a profile", and the reason is in the session's language, not the
  /// system's English (the play test saw "no es un perfil de casequiz (No such file or directory)").
  @Test(arguments: [
    (
      "en", "/nonexistent-casequiz/p.json",
      "cannot read /nonexistent-casequiz/p.json (the file does not exist); nothing was imported."
    ),
    (
      "es", "/nonexistent-casequiz/p.json",
      "no se puede leer /nonexistent-casequiz/p.json (el archivo no existe); no se importó nada."
    ),
    ("es", "/tmp", "no se puede leer /tmp (es una carpeta, no un archivo); no se importó nada."),
    ("es", "/dev/zero", "no se puede leer /dev/zero (no es un archivo normal); no se importó nada."),
    ("en", "/tmp", "cannot read /tmp (it is a folder, not a file); nothing was imported."),
  ])
  func importOfAFileThatCannotBeReadSaysWhy(language: String, path: String, message: String) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["profile", "import", path, "--lang", language])
    #expect(output.status == 1)
    #expect(output.stderr == "casequiz: error: \(message)\n")
  }

  /// A confirmation takes the yes of either language, whatever the session's; anything else is a no.
  @Test(arguments: [
    ("yes", true), ("y", true), ("YES", true), (" sí ", true), ("si", true), ("s", true), ("Sí", true),
    ("no", false), ("n", false), ("", false), ("yess", false), ("oui", false), ("  ", false),
  ])
  func confirmationAcceptsYesInEitherLanguage(answer: String, accepted: Bool) throws {
    let catalog = ProfileMessages.catalog(dataDir: CaseQuizProcess.packageRoot.path)
    #expect(ProfileMessages.confirms(answer, catalog: catalog) == accepted)
  }

  @Test func resetKeepsABackupAndThePreferences() throws {
    let sandbox = try ProfileSandbox()
    #expect(
      try sandbox.run(["profile", "reset"]).stdout == "Profile “default” has no answers yet; nothing to reset.\n")
    let recorder = try sandbox.startRecorder()
    try recorder.send([
      Script.answer("documentary-platform.typed", .right, minute: 0),
      .preferences(PreferencesEvent(showBoth: true, changedAt: Script.start)),
    ])
    #expect(try recorder.finish().status == 0)
    // Without a terminal, a reset must be confirmed with --yes: refused, nothing changed.
    let refused = try sandbox.run(["profile", "reset"])
    #expect(refused.status == 1 && refused.stdout.isEmpty, "\(refused)")
    #expect(
      refused.stderr
        == "casequiz: error: profile reset clears the profile “default”; standard input is not a terminal, so confirm with --yes\n"
    )
    #expect(!sandbox.files().contains { $0.hasPrefix("default.backup-") })
    let output = try sandbox.run(["profile", "reset", "--yes"])
    let backup = try #require(sandbox.files().first { $0.hasPrefix("default.backup-") })
    #expect(
      output.stdout
        == "Profile “default” was started over (preferences kept); the previous one was kept as \(sandbox.file(backup).path).\n"
    )
    let profile = try sandbox.exported()
    #expect(profile.newAnswers.isEmpty && profile.banks.isEmpty && profile.preferences.showBoth)
    #expect(try ProfileDecoding.profile(from: Data(contentsOf: sandbox.file(backup))).profile.newAnswers.count == 1)
  }

  /// Issue 16, item 5: the one way on from a profile written by a newer casequiz.
  @Test func resetForceSetsANewerProfileAsideUntouchedAndStartsOver() throws {
    let sandbox = try ProfileSandbox()
    let future = Array(#"{"schemaVersion": 99, "banks": {"cassez": {}}, "somethingNew": [1, 2]}"#.utf8)
    try sandbox.write("default.json", future)
    try sandbox.write("default.journal", Array(#"{"future": "event"}"#.utf8) + [0x0A])
    let play = try sandbox.run(["play", "--json", "--count", "1"])
    #expect(play.status == 1 && play.stderr.contains("casequiz profile reset --force --profile default"), "\(play)")
    let refused = try sandbox.run(["profile", "reset", "--yes"])
    #expect(refused.status == 1 && refused.stderr.contains("reset --force"), "\(refused)")
    #expect(sandbox.files() == ["default.journal", "default.json", "default.lock"])
    let output = try sandbox.run(["profile", "reset", "--yes", "--force"])
    #expect(output.status == 0, "\(output)")
    let kept = try #require(sandbox.files().first { $0.hasPrefix("default.newer-") && $0.hasSuffix(".json") })
    #expect(try Data(contentsOf: sandbox.file(kept)) == Data(future))
    #expect(sandbox.files().contains { $0.hasPrefix("default.newer-") && $0.hasSuffix(".journal") })
    #expect(
      output.stdout
        == "The profile “default” was written by a newer casequiz; it was kept, untouched, as \(sandbox.file(kept).path), and a new profile was started.\n"
    )
    let show = try sandbox.run(["profile", "show"])
    #expect(show.status == 0 && show.stderr.isEmpty, "\(show)")
    // --force on a profile this casequiz reads is an ordinary reset.
    #expect(try sandbox.run(["profile", "reset", "--yes", "--force"]).status == 0)
  }
}
