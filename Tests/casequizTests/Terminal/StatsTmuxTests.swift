import Foundation
import QuizCore
import Testing

/// `stats` on a narrow terminal wraps its lines itself, at spaces, as `play` and `study` do: the play test saw
/// the terminal break words ("domi / nados") at 40 columns.
@Suite("stats in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StatsTmuxTests {
  @Test(arguments: [("es", 40), ("en", 40), ("es", 60)])
  func statsFitANarrowTerminal(language: String, columns: Int) async throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([
      Script.answer("documentary-platform.typed", .right, minute: 0),
      Script.answer("documentary-platform.typed", .wrong, minute: 1),
    ])
    #expect(try recorder.finish().status == 0)
    let binary = try CaseQuizProcess.binary()
    let tmux = try TmuxSession(
      command: [
        "/bin/sh", "-c", "\"$0\" \"$@\"; echo \"exit status $?\"", binary.path, "stats", "--data-dir",
        CaseQuizProcess.packageRoot.path,
      ],
      columns: columns, rows: 150,
      environment: sandbox.environment(["LANG": "C.UTF-8", "CASEQUIZ_LANG": language]).filter {
        ["HOME", "XDG_DATA_HOME", "LANG", "CASEQUIZ_LANG"].contains($0.key)
      })
    defer { tmux.kill() }
    try await tmux.waitFor("exit status 0")
    let screen = try tmux.joinedScreen()
    // Joined back, a line the terminal had to break is longer than the pane.
    let long = screen.split(separator: "\n").map(String.init).filter { $0.count > columns }
    #expect(long.isEmpty, "lines wider than \(columns) columns:\n\(long.joined(separator: "\n"))\n---\n\(screen)")
    #expect(screen.split(separator: "\n").count > 10, "\(screen)")
    // The mastery bars keep their empty cells: a row too wide is laid out on its own lines, not wrapped
    // (wrapping turned "▒         dominados…" into "▒ dominados…").
    if columns < 80 {
      #expect(
        screen.split(separator: "\n").contains { $0.firstMatch(of: /^    [█▒]+ {3,}\S/) != nil }, "\(screen)")
    }
  }
}
