import Foundation
import QuizCore

/// Every side effect a game has, as values: the live ones for the program, in-memory ones for tests that
/// play whole games in process (see `Tests/casequizTests/Game/GameLoopTests.swift`).
public struct GameClients {
  /// The time.
  public var clock: Clock
  /// Seeds, when `--seed` is not given.
  public var random: RandomSource
  /// Opens the named profile (not loaded yet).
  public var profile: (ProfileName) -> ProfileClient
  /// The line editor for a game: readline on a terminal, plain lines otherwise; `json` forces plain lines.
  public var lineEditor: (_ profile: ProfileName, _ json: Bool) -> LineEditor
  /// Standard output.
  public var output: OutputSink
  /// Standard error (warnings).
  public var errors: OutputSink
  /// Whether standard output is a terminal (wrapping) and the terminal's width.
  public var terminalWidth: () -> Int?

  public init(
    clock: Clock, random: RandomSource, profile: @escaping (ProfileName) -> ProfileClient,
    lineEditor: @escaping (_ profile: ProfileName, _ json: Bool) -> LineEditor, output: OutputSink,
    errors: OutputSink, terminalWidth: @escaping () -> Int?
  ) {
    self.clock = clock
    self.random = random
    self.profile = profile
    self.lineEditor = lineEditor
    self.output = output
    self.errors = errors
    self.terminalWidth = terminalWidth
  }

  /// The program's: the system clock and generator, profiles under `$XDG_DATA_HOME`, the terminal.
  public static func live(environment: [String: String]) -> GameClients {
    GameClients(
      clock: .live, random: .live,
      profile: { name in .live(ProfileStore(directory: ProfilePaths.liveDirectory(), name: name)) },
      lineEditor: { name, json in
        json ? PlainLineReader() : makeLineEditor(historyFile: HistoryFile.url(profile: name, environment: environment))
      },
      output: .standardOutput, errors: .standardError,
      terminalWidth: { TerminalInfo.isTTY(STDOUT_FILENO) ? TerminalInfo.width() : nil })
  }

  /// Writes `casequiz: warning: message` to ``errors``.
  public func warn(_ message: String) {
    errors.write("casequiz: warning: \(TerminalInfo.sanitize(message))\n")
  }

  /// The terminal output for `--color`.
  public func terminal(color: ColorChoice) -> TerminalOutput {
    TerminalOutput(
      colors: TerminalInfo.liveColorsEnabled(choice: color), width: terminalWidth(), sink: output)
  }
}
