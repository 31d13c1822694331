import CReadline
import Foundation
import Glibc

/// GNU readline through its callback interface: `rl_callback_read_char` is fed from a `poll`
/// loop that also watches the signal flags, so Ctrl-C, SIGTERM and SIGHUP are handled between
/// keystrokes, with the terminal restored, instead of killing the process in raw mode.
///
/// Readline is one set of C globals: make one editor per process and use it from one thread.
public final class ReadlineEditor: LineEditor {
  public var completionCandidates: (_ lineBeforeCursor: String, _ word: String) -> [String] = { _, _ in [] }

  private let historyPath: String?
  private let historyLimit: Int
  private var closed = false

  public init(historyFile: URL?, historyLimit: Int = 500) {
    self.historyLimit = max(historyLimit, 1)
    historyPath = historyFile.flatMap(HistoryFile.prepare)
    Self.useUTF8CharacterType()
    cq_rl_configure()
    cq_rl_set_completion(Self.complete, Self.displayMatches)
    _ = rl_initialize()
    // After rl_initialize: eight-bit input and output, no ESC-prefixing of é.
    _ = rl_variable_bind("input-meta", "on")
    _ = rl_variable_bind("output-meta", "on")
    _ = rl_variable_bind("convert-meta", "off")
    stifle_history(Int32(clamping: self.historyLimit))
    if let historyPath {
      _ = read_history(historyPath)
      _ = history_truncate_file(historyPath, Int32(clamping: self.historyLimit))
    }
    TerminalSignals.install()
  }

  public func readLine(prompt: String) -> LineInput {
    guard !closed else { return .endOfInput }
    guard TerminalSignals.terminationSignal == nil else { return .terminated }
    cq_stdout_write("")  // flush: what the game printed must come before the prompt
    if TerminalSignals.takeInterrupt() { return .interrupted }  // Ctrl-C while not reading
    Self.active = self
    Self.received = nil
    defer { Self.active = nil }
    rl_callback_handler_install(Self.markingInvisibleSequences(in: prompt), Self.lineHandler)
    while true {
      if let received = Self.received { return received }
      if TerminalSignals.terminationSignal != nil {
        stopReading()
        return .terminated
      }
      if TerminalSignals.takeInterrupt() {
        if cq_rl_end() == 0 {
          rl_echo_signal_char(SIGINT)  // "^C", as the terminal would echo it
          stopReading()
          return .interrupted
        }
        cq_rl_discard_line()
      }
      if TerminalSignals.takeResize() { rl_resize_terminal() }
      if TerminalSignals.takeContinue() {  // back from Ctrl-Z: the shell reset the modes
        rl_deprep_terminal()
        rl_prep_terminal(1)
        rl_forced_update_display()
      }
      if TerminalSignals.waitForInput(on: STDIN_FILENO) { rl_callback_read_char() }
    }
  }

  public func addToHistory(_ typed: String) {
    guard let line = HistoryFile.entry(for: typed) else { return }
    if let last = cq_history_last_line(), String(cString: last) == line { return }
    add_history(line)
    // Written at once (the game may be killed at any point); other instances' lines are kept.
    if let historyPath { _ = append_history(1, historyPath) }
  }

  public func close() {
    guard !closed else { return }
    closed = true
    if let historyPath { _ = history_truncate_file(historyPath, Int32(clamping: historyLimit)) }
    TerminalSignals.restore()
  }

  deinit { close() }

  /// Leaves readline mid-line: terminal modes restored, cursor on a new line.
  private func stopReading() {
    rl_callback_sigcleanup()
    rl_callback_handler_remove()  // restores the terminal; with bracketed paste, ends in "\r"
    cq_stdout_write("\n")
  }

  // MARK: - The C side: callbacks cannot capture, so they go through these statics.

  /// The editor inside `readLine`, for the completion callback.
  nonisolated(unsafe) private static weak var active: ReadlineEditor?
  /// Set by `lineHandler` when readline has a whole line (or EOF).
  nonisolated(unsafe) private static var received: LineInput?
  /// The candidates of the last completion, as shown in a list.
  nonisolated(unsafe) private static var shownMatches: [String] = []

  private static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
    // Remove the handler now, or readline prints the prompt again for a next line.
    rl_callback_handler_remove()
    guard let line else {
      received = .endOfInput  // Ctrl-D on an empty line
      // Readline 8.1+ ends the line itself on EOF, but only when bracketed paste is on.
      if let paste = rl_variable_value("enable-bracketed-paste"), String(cString: paste) == "off" {
        cq_stdout_write("\n")
      }
      return
    }
    received = .line(LineInputLimit.decode(UnsafeRawBufferPointer(start: line, count: strlen(line))))
    free(line)
  }

  private static let complete:
    @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<
      UnsafeMutablePointer<CChar>?
    >? = { _, _, end in
      cq_rl_completion_setup()
      guard let editor = active, let buffer = cq_rl_line_buffer() else { return nil }
      let before = String(
        decoding: UnsafeRawBufferPointer(start: buffer, count: Int(max(end, 0))), as: UTF8.self)
      let word = before.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
      let matches = CompletionMatches(
        lineBeforeCursor: before, candidates: editor.completionCandidates(before, word))
      shownMatches = matches.shown
      guard !matches.lines.isEmpty else { return nil }
      // Readline frees the array and its strings: allocate them with malloc.
      let entries = [matches.commonLine] + (matches.lines.count > 1 ? matches.lines : [])
      guard let array = calloc(entries.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)
      else { return nil }
      let pointers = array.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
      for (index, entry) in entries.enumerated() { pointers[index] = strdup(entry) }
      return pointers
    }

  /// Lists the candidates as the game wrote them (`en`, not `:lang en`).
  private static let displayMatches:
    @convention(c) (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, Int32, Int32) -> Void = {
      _, _, _ in
      let shown = [""] + shownMatches
      var pointers = shown.map { strdup($0) }
      defer { pointers.forEach { free($0) } }
      let widest = shownMatches.map(TerminalInfo.displayWidth).max() ?? 0
      pointers.withUnsafeMutableBufferPointer { buffer in
        rl_display_match_list(buffer.baseAddress, Int32(shownMatches.count), Int32(widest))
      }
      rl_forced_update_display()
    }

  // MARK: - Setup

  /// Wraps the prompt's escape sequences (colors) in readline's \u{1}…\u{2} markers, so
  /// readline does not count them as columns and the cursor lands where the text ends.
  public static func markingInvisibleSequences(in prompt: String) -> String {
    guard prompt.unicodeScalars.contains("\u{1B}"), !prompt.unicodeScalars.contains("\u{1}") else {
      return prompt
    }
    var result = String.UnicodeScalarView()
    var inSequence = false
    for scalar in prompt.unicodeScalars {
      if scalar == "\u{1B}" {
        if !inSequence { result.append("\u{1}") }
        inSequence = true
      } else if inSequence, scalar.value >= 0x40, scalar.value <= 0x7E, scalar != "[" {
        result.append(scalar)
        result.append("\u{2}")
        inSequence = false
        continue
      }
      result.append(scalar)
    }
    if inSequence { result.append("\u{2}") }
    return String(result)
  }

  /// Readline needs a UTF-8 LC_CTYPE to treat `é` as one character, also under `LANG=C`.
  /// Only LC_CTYPE changes, so C number formatting and parsing stay as they were.
  private static func useUTF8CharacterType() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)),
      ["utf-8", "utf8"].contains(String(cString: codeset).lowercased())
    {
      return
    }
    // With no UTF-8 locale installed at all, readline stays byte-oriented.
    let names = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
    guard let name = names.first(where: { name in setlocale(LC_CTYPE, name) != nil }) else { return }
    let change = TerminalInfo.environmentForUTF8Input(
      ProcessInfo.processInfo.environment, utf8Locale: name)
    for variable in change.unset { unsetenv(variable) }
    for (variable, value) in change.set { setenv(variable, value, 1) }
  }
}
