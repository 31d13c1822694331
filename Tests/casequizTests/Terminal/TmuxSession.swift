import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A detached tmux session running one command in a real terminal, for end-to-end tests of the
/// terminal UI (readline editing, Tab, ↑, Ctrl-C, Ctrl-D, colors, width).
///
///     let tmux = try TmuxSession(
///       command: [binary.path, "play"], columns: 80, rows: 24,
///       environment: ["LANG": "C", "HOME": home.path])
///     defer { tmux.kill() }
///     try await tmux.waitFor("›")          // polls the screen; throws with the screen on timeout
///     try tmux.type("Élysée")              // literal text, UTF-8
///     try tmux.press(.tab, .enter)         // special keys
///     let status = try await tmux.waitForExit()
///
/// - Every session has its own tmux server (`-L <unique socket>`, no user config), so tests may
///   run in parallel and never touch the developer's tmux.
/// - The command runs with `env -i`: only `PATH`, `TERM` (default `tmux-256color`) and the
///   `environment` you pass, so results do not depend on the caller's locale or home.
/// - No status line: the pane is exactly `columns` × `rows`.
/// - The pane stays after the command exits (`remain-on-exit`), so its last screen and its
///   exit status can still be read.
/// - Captured lines lose their trailing spaces (tmux trims them): a prompt "$ " reads "$".
/// - Waiting never sleeps blindly: the screen is captured every 50 ms until the condition
///   holds or the timeout passes.
final class TmuxSession {
  enum Key: String {
    case enter = "Enter", tab = "Tab", escape = "Escape", backspace = "BSpace"
    case up = "Up", down = "Down", left = "Left", right = "Right", home = "Home", end = "End"
    case ctrlA = "C-a", ctrlC = "C-c", ctrlD = "C-d", ctrlE = "C-e", ctrlK = "C-k"
    case ctrlL = "C-l", ctrlR = "C-r", ctrlU = "C-u", ctrlW = "C-w", ctrlZ = "C-z"
  }

  struct Failure: Error, CustomStringConvertible {
    var message: String
    var screen: String?
    var description: String {
      guard let screen else { return message }
      return "\(message)\n--- screen ---\n\(screen)\n--------------"
    }
  }

  /// The `tmux` executable on PATH, if any.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static var isAvailable: Bool { executable != nil }

  /// A product built next to the test bundle (`.build/debug/casequiz`), if it exists.
  static func builtProduct(named name: String) -> URL? {
    let bundle = Bundle.main.bundleURL
    return [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  let socket = "casequiz-test-\(UUID().uuidString)"
  private let target = "main"
  private let configDirectory: URL
  private var socketPath: String?
  private var killed = false

  /// Starts `command` (executable and arguments, run without a shell) in a new session.
  init(
    command: [String], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
    workingDirectory: URL? = nil
  ) throws {
    guard Self.isAvailable else { throw Failure(message: "tmux is not installed") }
    configDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
    let config = configDirectory.appendingPathComponent("tmux.conf")
    try "set -g remain-on-exit on\nset -g status off\nset -g history-limit 2000\n"
      .write(to: config, atomically: true, encoding: .utf8)
    var variables = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    variables["TERM"] = "tmux-256color"
    variables.merge(environment) { _, new in new }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    var arguments = ["-f", config.path, "new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)"]
    if let workingDirectory { arguments += ["-c", workingDirectory.path] }
    try tmux(arguments + ["--", "/usr/bin/env", "-i"] + assignments + command)
    socketPath = try? query("#{socket_path}")
  }

  deinit { kill() }

  /// Types `text` literally (no key names), as a paste of keystrokes.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", "--", text])
  }

  func press(_ keys: Key...) throws {
    try tmux(["send-keys", "-t", target] + keys.map(\.rawValue))
  }

  /// Any key tmux can name (`M-b`, `F1`, `C-Left`…).
  func press(named keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
  }

  /// The visible screen, trailing blank lines removed; `escapes` keeps colors and attributes.
  func screen(escapes: Bool = false) throws -> String {
    var lines = try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
      .split(separator: "\n", omittingEmptySubsequences: false)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// The screen with the lines the terminal wrapped joined back (`capture-pane -J`): a line longer than the
  /// pane shows here as one long line, so a test can tell the program's own wrapping from the terminal's.
  func joinedScreen() throws -> String {
    var lines = try tmux(["capture-pane", "-p", "-J", "-t", target]).split(
      separator: "\n", omittingEmptySubsequences: false)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// The screen line the cursor is on (the prompt and what was typed).
  func cursorLine() throws -> String {
    let row = Int(try query("#{cursor_y}")) ?? 0
    let lines = try tmux(["capture-pane", "-p", "-t", target]).split(separator: "\n", omittingEmptySubsequences: false)
    return row < lines.count ? String(lines[row]) : ""
  }

  /// The process id of the command (tmux runs it without a shell), to send it signals.
  func processID() throws -> Int32 {
    guard let pid = Int32(try query("#{pane_pid}")) else { throw Failure(message: "no pane pid") }
    return pid
  }

  /// Polls the screen until `text` appears; returns that screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(20)) async throws -> String {
    try await waitUntil("the screen shows \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
  }

  /// Polls the screen until `condition` holds; returns that screen.
  @discardableResult
  func waitUntil(
    _ what: String = "the condition holds", timeout: Duration = .seconds(20),
    _ condition: (String) throws -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + timeout
    while true {
      let current = try screen()
      if try condition(current) { return current }
      guard ContinuousClock.now < deadline else {
        throw Failure(message: "timed out after \(timeout) waiting until \(what)", screen: current)
      }
      try await Task.sleep(for: .milliseconds(50))
    }
  }

  /// Polls until the screen has not changed for `quiet` (when the exact text is unknown).
  @discardableResult
  func waitForQuiet(_ quiet: Duration = .milliseconds(300), timeout: Duration = .seconds(20)) async throws
    -> String
  {
    let deadline = ContinuousClock.now + timeout
    var last = try screen()
    var since = ContinuousClock.now
    // The check comes after each sleep and before the deadline test, so a test task that was not scheduled
    // for a while on a loaded machine still looks once more before giving up.
    while true {
      try await Task.sleep(for: .milliseconds(50))
      let current = try screen()
      if current != last {
        (last, since) = (current, .now)
      } else if ContinuousClock.now - since >= quiet, !current.isEmpty {
        return current
      }
      if ContinuousClock.now >= deadline { break }
    }
    throw Failure(message: "the screen kept changing (or stayed empty) for \(timeout)", screen: last)
  }

  /// Polls until the command has exited; returns its exit status (nil if a signal ended it).
  @discardableResult
  func waitForExit(timeout: Duration = .seconds(20)) async throws -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while true {
      let fields = try query("#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}")
        .split(separator: "|", omittingEmptySubsequences: false)
      // tmux can mark the pane dead (its terminal closed) before it knows the command's status: keep polling
      // until the status or the signal shows.
      if fields.count == 3, fields[0] == "1" {
        if let status = Int32(fields[1]) { return status }
        if !fields[2].isEmpty { return nil }
      }
      guard ContinuousClock.now < deadline else {
        if fields.first == "1" { return nil }  // dead, but tmux never told how
        throw Failure(message: "the command still runs after \(timeout)", screen: try? screen())
      }
      try await Task.sleep(for: .milliseconds(50))
    }
  }

  /// Ends the session and its server; safe to call twice.
  func kill() {
    guard !killed else { return }
    killed = true
    _ = try? tmux(["kill-server"])
    if let socketPath { unlink(socketPath) }  // tmux 3.3 leaves it behind
    try? FileManager.default.removeItem(at: configDirectory)
  }

  private func query(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Runs one tmux command on this session's server; returns its output (stdout and stderr).
  ///
  /// Spawned with `posix_spawn`, an empty signal mask and default handlers, not with
  /// `Foundation.Process`: test threads block most signals, a child inherits that mask, and a
  /// tmux server started with SIGCHLD and SIGTERM blocked never notices its command exiting and
  /// ignores `kill-server`, so the tests hang.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw Failure(message: "tmux is not installed") }
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw Failure(message: "pipe failed: errno \(errno)") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable.path, "-L", socket] + arguments).map { strdup($0) } + [nil]
    let environment =
      ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + environment).forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environment)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard spawned == 0 else { throw Failure(message: "cannot run tmux: error \(spawned)") }

    var output = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count > 0 {
        output += chunk[..<count]
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = String(decoding: output, as: UTF8.self)
    guard status == 0 else {
      throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
    }
    return text
  }
}
