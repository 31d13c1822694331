import CReadline
import Foundation
import Glibc

/// `--color auto|always|never`.
public enum ColorChoice: String, CaseIterable, Sendable {
  case auto, always, never
}

/// What the terminal can do, and how to make bank text safe and fit for it.
/// The decisions are pure functions of their arguments; only the `live…` helpers read the process.
public enum TerminalInfo {
  public static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// Columns of the terminal on `fd`, else `COLUMNS`, else 80.
  public static func width(
    fd: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Int {
    let columns = Int(cq_terminal_columns(fd))
    if columns > 0 { return columns }
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
    return 80
  }

  /// `never` and `always` win; `auto` means a terminal that is not `dumb` (nor unknown), and no
  /// non-empty `NO_COLOR` (https://no-color.org: an explicit `--color always` overrides it).
  public static func colorsEnabled(choice: ColorChoice, isTTY: Bool, environment: [String: String]) -> Bool {
    switch choice {
    case .never: return false
    case .always: return true
    case .auto:
      guard isTTY, environment["NO_COLOR", default: ""].isEmpty else { return false }
      let term = environment["TERM", default: ""]
      return !term.isEmpty && term != "dumb"
    }
  }

  public static func liveColorsEnabled(choice: ColorChoice, fd: Int32 = STDOUT_FILENO) -> Bool {
    colorsEnabled(choice: choice, isTTY: isTTY(fd), environment: ProcessInfo.processInfo.environment)
  }

  /// Whether the locale promises UTF-8 output: the first set of LC_ALL, LC_CTYPE, LANG names
  /// UTF-8 (`en_US.UTF-8`, `C.utf8`). When false, draw with ASCII.
  public static func localeSupportsUTF8(environment: [String: String]) -> Bool {
    let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    guard let name = name?.lowercased() else { return false }
    return name.contains("utf-8") || name.contains("utf8")
  }

  /// The environment changes that make readline read UTF-8 when the locale is `C`, `POSIX` or
  /// another non-UTF-8 one. Readline does `setlocale(LC_CTYPE, $LC_ALL or $LC_CTYPE or $LANG)`
  /// each time it starts a line, undoing a plain `setlocale`, so the variable it finds must name
  /// a UTF-8 locale: LC_CTYPE becomes `utf8Locale`, and a non-UTF-8 LC_ALL (which would win) is
  /// unset after copying its value to the other categories, so messages, numbers and dates keep
  /// their language. Nothing changes when the variables already say UTF-8 or are all unset.
  public static func environmentForUTF8Input(
    _ environment: [String: String], utf8Locale: String
  ) -> (set: [String: String], unset: [String]) {
    let effective = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    guard effective != nil, !localeSupportsUTF8(environment: environment) else { return ([:], []) }
    var set = ["LC_CTYPE": utf8Locale]
    guard let all = environment["LC_ALL"], !all.isEmpty else { return (set, []) }
    for category in ["LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME"] {
      set[category] = all
    }
    return (set, ["LC_ALL"])
  }

  // MARK: - Text

  /// Removes what could move the cursor, recolor, retitle or reorder the terminal: C0 controls
  /// except `\n` and `\t`, DEL, C1 controls, whole ESC/CSI/OSC/DCS sequences, bidi embeddings,
  /// overrides, isolates and marks, line/paragraph separators and BOM.
  public static func sanitize(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B: skipEscapeSequence(&scalars)
      case 0x9B: skipControlSequence(&scalars)  // C1 CSI
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F: skipString(&scalars)  // C1 DCS, SOS, OSC, PM, APC
      case 0x09, 0x0A: result.append(scalar)
      case 0x00...0x1F, 0x7F...0x9F: break
      case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: break  // bidi
      case 0x2028, 0x2029, 0xFEFF: break
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// After ESC: CSI (`[`), string sequences (`]`, `P`, `X`, `^`, `_`) or a short escape.
  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[": skipControlSequence(&scalars)
    case "]", "P", "X", "^", "_": skipString(&scalars)
    default:  // intermediates (0x20–0x2F) then one final character
      var current = next
      while (0x20...0x2F).contains(current.value), let following = scalars.next() {
        current = following
      }
    }
  }

  /// Parameters and intermediates up to a final byte 0x40–0x7E.
  private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) || scalar.value < 0x20 { return }
    }
  }

  /// Up to BEL, ST (ESC \) or C1 ST.
  private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x07, 0x9C: return
      case 0x1B:
        _ = scalars.next()
        return
      default: continue
      }
    }
  }

  /// Columns a string takes: marks and format characters 0, wide East Asian and emoji 2.
  public static func displayWidth(_ text: String) -> Int {
    text.reduce(0) { $0 + displayWidth($1) }
  }

  public static func displayWidth(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }) {
      return 2
    }
    switch first.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  /// Splits `text` into lines of at most `width` columns, breaking at spaces; a word wider than
  /// `width` is cut. Existing `\n` are kept as breaks; runs of spaces and tabs become one space.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        var word = Substring(word)
        var wordWidth = displayWidth(String(word))
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 { lines.append(line) }
        while wordWidth > width {  // cut a word that cannot fit on any line
          var cut = word.startIndex
          var cutWidth = 0
          while cut < word.endIndex, cutWidth + displayWidth(word[cut]) <= width {
            cutWidth += displayWidth(word[cut])
            cut = word.index(after: cut)
          }
          if cut == word.startIndex { cut = word.index(after: cut) }  // wider than the line
          lines.append(String(word[..<cut]))
          word = word[cut...]
          wordWidth = displayWidth(String(word))
        }
        line = String(word)
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}
