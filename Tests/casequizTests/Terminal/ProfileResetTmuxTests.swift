import Foundation
import QuizCore
import Testing

/// Issue 16, item 5: on a terminal, `profile reset` asks first; anything but "yes" changes nothing.
@Suite("profile reset in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ProfileResetTmuxTests {
  func reset(_ sandbox: ProfileSandbox, typing answer: String) async throws -> (screen: String, status: String) {
    let binary = try CaseQuizProcess.binary()
    let tmux = try TmuxSession(
      command: [
        "/bin/sh", "-c", "\"$0\" \"$@\"; echo \"exit status $?\"", binary.path, "profile", "reset",
        "--data-dir", CaseQuizProcess.packageRoot.path,
      ],
      columns: 120, rows: 20,
      environment: sandbox.environment(["LANG": "C.UTF-8", "TERM": "tmux-256color", "HOME": sandbox.home.url.path])
        .filter {
          ["HOME", "XDG_DATA_HOME", "LANG", "TERM"].contains($0.key)
        })
    defer { tmux.kill() }
    let prompt = try await tmux.waitFor("Type yes to confirm:")
    try tmux.type(answer)
    try tmux.press(.enter)
    let screen = try await tmux.waitFor("exit status")
    return (prompt + screen, screen.contains("exit status 0") ? "0" : "1")
  }

  @Test func resetAsksAndOnlyYesResets() async throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([Script.answer("documentary-platform.typed", .right, minute: 0)])
    #expect(try recorder.finish().status == 0)

    let declined = try await reset(sandbox, typing: "no")
    #expect(declined.screen.contains("Start the profile “default” over?"), "\(declined.screen)")
    #expect(declined.screen.contains("Nothing was changed.") && declined.status == "1", "\(declined.screen)")
    #expect(!sandbox.files().contains { $0.hasPrefix("default.backup-") })
    #expect(try sandbox.exported().newAnswers.count == 1)

    let confirmed = try await reset(sandbox, typing: "yes")
    #expect(confirmed.screen.contains("was started over") && confirmed.status == "0", "\(confirmed.screen)")
    #expect(sandbox.files().contains { $0.hasPrefix("default.backup-") })
    #expect(try sandbox.exported().newAnswers.isEmpty)
  }
}
