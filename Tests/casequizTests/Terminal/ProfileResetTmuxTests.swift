import Foundation
import QuizCore
import Testing

/// Issue 16, item 5: on a terminal, `profile reset` asks first; anything but "yes" changes nothing.
@Suite("profile reset in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ProfileResetTmuxTests {
  func reset(
    _ sandbox: ProfileSandbox, typing answer: String, language: String = "C.UTF-8", spanish: Bool? = nil
  ) async throws -> (
    screen: String, status: String
  ) {
    let binary = try CaseQuizProcess.binary()
    let tmux = try TmuxSession(
      command: [
        "/bin/sh", "-c", "\"$0\" \"$@\"; echo \"exit status $?\"", binary.path, "profile", "reset",
        "--data-dir", CaseQuizProcess.packageRoot.path,
      ],
      columns: 120, rows: 20,
      environment: sandbox.environment(["LANG": language, "TERM": "tmux-256color", "HOME": sandbox.home.url.path])
        .filter {
          ["HOME", "XDG_DATA_HOME", "LANG", "TERM"].contains($0.key)
        })
    defer { tmux.kill() }
    let prompt = try await tmux.waitFor(
      spanish ?? language.hasPrefix("es") ? "Escribe sí para confirmar:" : "Type yes to confirm:")
    try tmux.type(answer)
    try tmux.press(.enter)
    let screen = try await tmux.waitFor("exit status")
    let status = screen.components(separatedBy: "exit status ").last?.prefix { $0.isNumber } ?? ""
    return (prompt + screen, String(status))
  }

  @Test func resetAsksAndOnlyYesResets() async throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    #expect(try recorder.finish().status == 0)

    let declined = try await reset(sandbox, typing: "no")
    #expect(declined.screen.contains("Start the profile “default” over?"), "\(declined.screen)")
    // Declining is a choice, not a failure: status 0, as with rm -i and git clean -i (see `profile reset --help`).
    #expect(declined.screen.contains("Nothing was changed.") && declined.status == "0", "\(declined.screen)")
    #expect(!sandbox.files().contains { $0.hasPrefix("default.backup-") })
    #expect(try sandbox.exported().newAnswers.count == 1)

    let confirmed = try await reset(sandbox, typing: "yes")
    #expect(confirmed.screen.contains("was started over") && confirmed.status == "0", "\(confirmed.screen)")
    #expect(sandbox.files().contains { $0.hasPrefix("default.backup-") })
    #expect(try sandbox.exported().newAnswers.isEmpty)
  }

  /// The yes of either language confirms, whatever the session's: "sí" in English, "yes" in Spanish.
  @Test(arguments: [("C.UTF-8", "sí"), ("es_MX.UTF-8", "yes"), ("es_MX.UTF-8", "s")])
  func yesInEitherLanguageConfirms(language: String, answer: String) async throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    #expect(try recorder.finish().status == 0)
    let confirmed = try await reset(sandbox, typing: answer, language: language)
    #expect(confirmed.status == "0", "\(confirmed.screen)")
    #expect(try sandbox.exported().newAnswers.isEmpty, "\(confirmed.screen)")
  }

  /// A profile saved in Spanish (`:lang es`) is asked and answered in Spanish, whatever the locale: `profile
  /// reset` opened its profile without reading its language (play test).
  @Test func theSavedLanguageAsks() async throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([
      Script.answer("documentary-platform.typed", .right, minute: 0),
      .preferences(PreferencesEvent(language: .es, changedAt: Script.start)),
    ])
    #expect(try recorder.finish().status == 0)
    let declined = try await reset(sandbox, typing: "no", spanish: true)
    #expect(declined.screen.contains("¿Empezar de nuevo el perfil «default»?"), "\(declined.screen)")
    #expect(declined.screen.contains("No se cambió nada.") && declined.status == "0", "\(declined.screen)")
  }
}
