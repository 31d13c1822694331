import Foundation
import Testing

/// Real-terminal tests, run in tmux. Skipped, with the reason, when tmux is missing.
@Suite("Terminal in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalTmuxTests {
  /// The helper itself, against bash's readline: text, ↑, Tab, Ctrl-C, Ctrl-D, exit status.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "no /bin/bash"))
  func tmuxSessionDrivesALineEditor() async throws {
    let home = try TemporaryFolder()
    let tmux = try TmuxSession(
      command: ["/bin/bash", "--noprofile", "--norc", "-i"], columns: 60, rows: 12,
      environment: ["HOME": home.url.path, "PS1": "$ ", "LANG": "C.UTF-8", "HISTFILE": "/dev/null"])
    defer { tmux.kill() }
    try await tmux.waitUntil("the prompt") { _ in try tmux.cursorLine() == "$" }
    try tmux.type("echo héllo ñandú")
    try tmux.press(.enter)
    try await tmux.waitUntil("the echo's output") { $0.split(separator: "\n").contains("héllo ñandú") }
    try tmux.press(.up)
    try await tmux.waitUntil("↑ recalls the line") { _ in try tmux.cursorLine() == "$ echo héllo ñandú" }
    try tmux.press(.ctrlC)
    try await tmux.waitUntil("Ctrl-C gives a fresh prompt") { _ in try tmux.cursorLine() == "$" }
    try tmux.type("ech")
    try tmux.press(.tab)
    try await tmux.waitUntil("Tab completes the command") { _ in try tmux.cursorLine() == "$ echo" }
    try tmux.type("done")
    try tmux.press(.enter)
    try await tmux.waitUntil("the last echo") { $0.split(separator: "\n").contains("done") }
    try tmux.press(.ctrlD)
    let status = try await tmux.waitForExit()  // nil: tmux 3.3 did not learn the status of the remaining pane
    #expect(status == nil || status == 0)
  }

  /// The game in a terminal under `LANG=C`: UTF-8 editing, Tab completion of commands,
  /// Ctrl-D leaving the terminal sane. Needs the game loop (`casequiz play`).
  @Test(.enabled(if: Self.casequizHasGameLoop, "casequiz has no `play` subcommand yet"))
  func gameLineEditingUnderCLocale() async throws {
    let home = try TemporaryFolder()
    let binary = try #require(TmuxSession.builtProduct(named: "casequiz"))
    let tmux = try TmuxSession(
      command: ["/bin/sh", "-c", "\"$0\" play; stty -a", binary.path], columns: 80, rows: 24,
      environment: [
        "LANG": "C", "HOME": home.url.path,
        "XDG_DATA_HOME": home.url.appendingPathComponent("data").path,
        "XDG_STATE_HOME": home.url.appendingPathComponent("state").path,
      ])
    defer { tmux.kill() }
    try await tmux.waitForQuiet()
    try tmux.type("ñé")
    try tmux.press(.backspace)  // one character, not one byte
    try await tmux.waitUntil("é is erased whole") { _ in try tmux.cursorLine().hasSuffix("ñ") }
    try tmux.press(.ctrlU)
    try tmux.type(":he")
    try tmux.press(.tab)
    try await tmux.waitUntil("Tab completes :help") { _ in try tmux.cursorLine().hasSuffix(":help") }
    try tmux.press(.ctrlU, .ctrlD)
    // stty -a ran after the game ended: wait for its local-modes line (icanon … echo …), not its first line,
    // which a loaded machine may show alone for a moment.
    let screen = try await tmux.waitFor("icanon")
    #expect(screen.contains(" icanon") && !screen.contains("-icanon"), "terminal left in raw mode")
    #expect(screen.contains(" echo ") && !screen.contains("-echo "), "terminal left without echo")
  }
}

extension TerminalTmuxTests {
  /// Whether `casequiz --help` lists the interactive `play` subcommand.
  static var casequizHasGameLoop: Bool {
    guard let url = TmuxSession.builtProduct(named: "casequiz") else { return false }
    let process = Process()
    process.executableURL = url
    process.arguments = ["--help"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text.split(whereSeparator: \.isWhitespace).contains("play")
  }

  /// A fresh folder under the temporary directory, removed when released.
  final class TemporaryFolder {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("casequiz-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
  }
}
