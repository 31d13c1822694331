import Foundation
import QuizCore

/// Writes styled lines to standard output: bank text made safe (no control characters or escape sequences),
/// wrapped to the terminal's width keeping each line's indent, colored only when colors are allowed.
public struct TerminalOutput {
  /// Whether ANSI colors are written.
  public var colors: Bool
  /// The width lines are wrapped to; `nil` writes lines as they are (a pipe).
  public var width: Int?
  /// Where the lines go.
  public var sink: OutputSink

  public init(colors: Bool, width: Int?, sink: OutputSink = .standardOutput) {
    self.colors = colors
    self.width = width
    self.sink = sink
  }

  /// The output for this process: colors by `--color` and the environment, wrapping on a terminal only.
  public static func live(color: ColorChoice) -> TerminalOutput {
    let tty = TerminalInfo.isTTY(STDOUT_FILENO)
    return TerminalOutput(
      colors: TerminalInfo.liveColorsEnabled(choice: color), width: tty ? TerminalInfo.width() : nil)
  }

  /// The text of lines as they will be written, without the final newline.
  public func format(_ lines: [StyledLine]) -> String {
    var out: [String] = []
    for line in lines {
      let safe = TerminalInfo.sanitize(line.text)
      for piece in wrapped(safe) {
        out.append(colors ? Self.color(line.style, piece) : piece)
      }
    }
    return out.joined(separator: "\n")
  }

  /// Writes lines and flushes, so a player (or a test reading a pipe) sees them at once.
  public func write(_ lines: [StyledLine]) {
    guard !lines.isEmpty else { return }
    sink.write(format(lines) + "\n")
  }

  private func wrapped(_ text: String) -> [String] {
    guard let width, !text.isEmpty else { return [text] }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
      // A line that fits is written as it is: the aligned columns of a table keep their runs of spaces.
      if TerminalInfo.displayWidth(String(paragraph)) <= width { return [String(paragraph)] }
      // A row of a table (":hint (:pista)         remove two wrong options…"): the first column is kept as it is
      // and the description wraps under itself, instead of runs of spaces collapsing into a ragged line.
      if let column = Self.tableColumn(paragraph), column <= width / 2 {
        let head = paragraph.prefix(column)
        let lines = TerminalInfo.wrap(String(paragraph.dropFirst(column)), width: max(20, width - column))
        let pad = String(repeating: " ", count: TerminalInfo.displayWidth(String(head)))
        return lines.enumerated().map { ($0.offset == 0 ? String(head) : pad) + $0.element }
      }
      let indent = String(paragraph.prefix { $0 == " " })
      let body = String(paragraph.dropFirst(indent.count))
      guard !body.isEmpty else { return [String(paragraph)] }
      let hanging = indent + String(repeating: " ", count: Self.hangingIndent(body))
      let lines = TerminalInfo.wrap(body, width: max(20, width - hanging.count))
      return lines.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
    }
  }

  /// Where the second column of a table row starts: the characters before the text that follows the first run
  /// of two or more spaces after the row's first word; `nil` for a line without one.
  static func tableColumn(_ line: Substring) -> Int? {
    let characters = Array(line)
    var index = 0
    while index < characters.count, characters[index] == " " { index += 1 }
    guard index < characters.count else { return nil }
    while index + 1 < characters.count {
      if characters[index] == " " && characters[index + 1] == " " {
        var end = index
        while end < characters.count, characters[end] == " " { end += 1 }
        return end < characters.count ? end : nil
      }
      index += 1
    }
    return nil
  }

  /// Continuation lines of an option (`a) …`) or a bullet (`• …`) line up with its text.
  private static func hangingIndent(_ body: String) -> Int {
    if body.hasPrefix("• ") || body.hasPrefix("→ ") { return 2 }
    let head = body.prefix(3)
    if head.count == 3, head.dropFirst().first == ")", head.last == " " { return 3 }
    return 0
  }

  public static func color(_ style: StyledLine.Style, _ text: String) -> String {
    let code: String
    switch style {
    case .plain, .option: return text
    case .heading: code = "1"
    case .prompt: code = "1"
    case .removedOption, .secondary: code = "2"
    case .right: code = "32"
    case .partial, .hint: code = "33"
    case .wrong, .error: code = "31"
    case .info: code = "36"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
