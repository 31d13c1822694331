/// A problem found in a bank: how serious it is, where it is, and what to do about it. Problems are collected
/// and reported together, never thrown one at a time.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Equatable, Hashable, Comparable {
    /// The bank cannot be played correctly until this is fixed.
    case error
    /// Probably a mistake, but the bank still plays; `lint --strict` fails on these too.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  /// Where a problem is: a file, and when known, a line and column (both from 1, columns counted in Unicode
  /// scalars) and the key path of the JSON value, such as `facts[12].value`.
  public struct Location: Sendable, Equatable, Hashable {
    /// The file as it should be shown to the user.
    public var file: String
    /// The line, from 1.
    public var line: Int?
    /// The column, from 1, in Unicode scalars.
    public var column: Int?
    /// The key path of the JSON value, such as `facts[12].value`; empty for the whole document.
    public var keyPath: String?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil) {
      self.file = file
      self.line = line
      self.column = column
      self.keyPath = keyPath
    }

    /// `path:line:column`, or `path:line` or `path` when less is known.
    public var rendered: String {
      guard let line else { return file }
      guard let column else { return "\(file):\(line)" }
      return "\(file):\(line):\(column)"
    }
  }

  /// How serious the problem is.
  public var severity: Severity
  /// Where it is.
  public var location: Location
  /// What is wrong, in one line, quoting the offending value.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, _ message: String, at location: Location) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// An error.
  public static func error(_ message: String, at location: Location) -> Diagnostic {
    Diagnostic(.error, message, at: location)
  }

  /// A warning.
  public static func warning(_ message: String, at location: Location) -> Diagnostic {
    Diagnostic(.warning, message, at: location)
  }

  /// The compiler-style line: `path:line:column: error: message`. Messages quote values from the bank, which
  /// may hold terminal escape sequences or line breaks: those characters are written as JSON escapes
  /// (`\u001B`), so printing a diagnostic never drives the terminal and stays on one line.
  ///
  /// A quoted value longer than ``DiagnosticText/longestQuote`` characters is cut there with `…`, so a
  /// 100,000-character text makes a readable line, not a screenful.
  public var description: String {
    DiagnosticText.escapingControls(
      "\(location.rendered): \(severity.rawValue): \(DiagnosticText.cuttingLongQuotes(message))")
  }
}

extension Diagnostic {
  /// Orders diagnostics by file, then line and column (unknown positions last), keeping the original order
  /// of diagnostics at the same place.
  public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      if x.file != y.file { return x.file < y.file }
      let xKey = (x.line ?? Int.max, x.column ?? Int.max)
      let yKey = (y.line ?? Int.max, y.column ?? Int.max)
      if xKey != yKey { return xKey < yKey }
      return a.offset < b.offset
    }.map(\.element)
  }
}

extension Array where Element == Diagnostic {
  /// The number of errors.
  public var errorCount: Int { count { $0.severity == .error } }
  /// The number of warnings.
  public var warningCount: Int { count { $0.severity == .warning } }
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Numbers and values as diagnostics write them.
enum DiagnosticText {
  /// The most characters of a quoted value a message shows.
  static let longestQuote = 80
  /// The most characters of a whole message, whatever it quotes.
  static let longestMessage = 1000

  /// The message with every value quoted in `"…"` or `“…”` cut at ``longestQuote`` characters (and `…` added),
  /// and the whole cut at ``longestMessage``.
  static func cuttingLongQuotes(_ message: String) -> String {
    var result = ""
    var quoted = ""
    var closing: Character?
    for character in message {
      if let close = closing {
        if character == close {
          result += quoted.count > longestQuote ? String(quoted.prefix(longestQuote)) + "…" : quoted
          result.append(character)
          quoted = ""
          closing = nil
        } else {
          quoted.append(character)
        }
      } else {
        result.append(character)
        if character == "\"" { closing = "\"" } else if character == "“" { closing = "”" }
      }
    }
    result += quoted.count > longestQuote ? String(quoted.prefix(longestQuote)) + "…" : quoted
    return result.count > longestMessage ? String(result.prefix(longestMessage)) + "…" : result
  }

  /// Uppercase hexadecimal padded to `width` digits: `E9`, `001B`.
  static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A Unicode code point: `U+001B`.
  static func codePoint(_ value: UInt32) -> String { "U+\(hex(value, width: 4))" }

  /// The text with every character that could move the cursor, recolor or retitle the terminal, break the
  /// line or reorder it (C0 and C1 controls, DEL, bidirectional controls, line and paragraph separators, BOM)
  /// written as a JSON escape such as `\u001B`; tabs are kept.
  static func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        result.append(contentsOf: "\\u\(hex(scalar.value, width: 4))".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF: true
    default: false
    }
  }
}
