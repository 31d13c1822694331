import Foundation

// Line input for the game: one protocol, two implementations.
//
//     enum LineInput: Equatable {
//       case line(String)   // a line, without its newline; at most `LineInputLimit.maxBytes` bytes
//       case interrupted    // Ctrl-C on an EMPTY line (Ctrl-C on a typed line just clears it)
//       case endOfInput     // Ctrl-D on an empty line, or end of file
//       case terminated     // SIGTERM or SIGHUP arrived; every later call returns this too
//     }
//     protocol LineEditor: AnyObject {
//       func readLine(prompt: String) -> LineInput
//       var completionCandidates: (_ lineBeforeCursor: String, _ word: String) -> [String] { get set }
//       func addToHistory(_ line: String)
//       func close()        // saves/trims history, restores the terminal and signal handlers
//     }
//     func makeLineEditor(historyFile: URL?, historyLimit: Int = 500) -> LineEditor
//
// `makeLineEditor` returns a `ReadlineEditor` (GNU readline: editing, ↑ history, Tab completion)
// when stdin AND stdout are terminals, and a `PlainLineReader` otherwise (pipes, files, tests).
// Make one editor per process, use it from one thread, and `close()` it before exiting.
//
// Signals: from creation to `close()` the editor catches SIGINT, SIGTERM, SIGHUP (and, for
// readline, SIGWINCH and SIGCONT) with handlers that only set flags; `close()` puts the previous
// handlers back. A Ctrl-C pressed while the game is busy between two `readLine` calls is not
// lost: the next `readLine` returns `.interrupted` at once. SIGINT, SIGTERM and SIGHUP are caught
// even when ignored at start-up (see `TerminalSignals`). `readLine` polls with a 100 ms timeout, so a signal delivered to another thread
// (Dispatch threads block signals) is still noticed.
//
// Completion: `completionCandidates` gets the line up to the cursor and its last space-separated
// word, and returns the texts that could go there: words (`en`, `es` after `:lang `), commands
// (`:help`), option letters or whole option texts (`Buenos Aires`). The editor keeps the
// candidates that continue the longest tail of the line starting at a word boundary
// ("Buenos A" → `Buenos Aires`, ":lang e" → `en`), ignoring case and accents ("ely" completes
// to `Élysée`); see `CompletionMatches`. A candidate that takes an argument carries its own
// trailing space (`:lang `); nothing is appended otherwise. `readLine` never adds to history: the game calls
// `addToHistory` for the lines worth recalling (empty lines and repeats are skipped).
//
// Long lines: a line longer than `LineInputLimit.maxBytes` UTF-8 bytes is cut there (at a
// character boundary) and the rest of it is discarded without being stored; the game rejects
// answers far shorter than that, so a cut line is still recognized as too long.
// Invalid UTF-8 is decoded with U+FFFD replacements and NUL bytes are dropped: input never traps.

public enum LineInput: Equatable, Sendable {
  case line(String)
  case interrupted
  case endOfInput
  case terminated
}

public protocol LineEditor: AnyObject {
  func readLine(prompt: String) -> LineInput
  var completionCandidates: (_ lineBeforeCursor: String, _ word: String) -> [String] { get set }
  func addToHistory(_ line: String)
  func close()
}

public func makeLineEditor(historyFile: URL?, historyLimit: Int = 500) -> LineEditor {
  if TerminalInfo.isTTY(STDIN_FILENO) && TerminalInfo.isTTY(STDOUT_FILENO) {
    return ReadlineEditor(historyFile: historyFile, historyLimit: historyLimit)
  }
  return PlainLineReader()
}

public enum LineInputLimit {
  public static let maxBytes = 4096

  /// Decodes one line of input: drops NUL bytes, cuts at `maxBytes` on a UTF-8 boundary,
  /// replaces invalid UTF-8 with U+FFFD.
  public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    var kept = [UInt8]()
    kept.reserveCapacity(min(bytes.count, maxBytes))
    for byte in bytes where byte != 0 {
      if kept.count == maxBytes { break }
      kept.append(byte)
    }
    if kept.count == maxBytes, let last = kept.lastIndex(where: { $0 & 0xC0 != 0x80 }),
      kept[last] >= 0xC0, kept.count - last < utf8Length(leadByte: kept[last])
    {
      kept.removeSubrange(last...)  // a character cut in half: drop its first bytes
    }
    return String(decoding: kept, as: UTF8.self)
  }

  private static func utf8Length(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0xF0...: return 4
    case 0xE0...: return 3
    default: return 2
    }
  }
}

/// Which candidates complete the line, and the text each would turn the line into.
///
/// A candidate matches a tail of the line that starts at a word boundary, ignoring case and
/// accents. The longest matched tail wins: when "Buenos A" matches `Buenos Aires` as a whole,
/// the option letter `a` matching only "A" is not offered.
public struct CompletionMatches: Equatable {
  /// Replacements for the whole line before the cursor, one per kept candidate, in order.
  public var lines: [String] = []
  /// The kept candidates as given, for the list shown on a second Tab.
  public var shown: [String] = []
  /// What to put before the cursor now: the single match, or what all matches share when that
  /// is longer than what was typed, or else the typed text unchanged.
  public var commonLine: String

  public init(lineBeforeCursor: String, candidates: [String]) {
    commonLine = lineBeforeCursor
    let typed = Array(lineBeforeCursor)
    // Where a candidate may start: the line's start and after each space, longest tail first.
    let starts = [0] + typed.indices.filter { typed[$0] == " " }.map { $0 + 1 }
    let texts = candidates.map(Array.init)
    guard
      let start = starts.first(where: { start in
        texts.contains { Self.isFoldedPrefix(typed[start...], of: $0) }
      })
    else { return }
    for (candidate, text) in zip(candidates, texts)
    where Self.isFoldedPrefix(typed[start...], of: text) && !shown.contains(candidate) {
      lines.append(String(typed[..<start]) + candidate)
      shown.append(candidate)
    }
    let first = Array(lines[0])
    var shared = first.count
    for other in lines.dropFirst().map(Array.init) {
      shared = min(shared, zip(first, other).prefix { Self.fold($0) == Self.fold($1) }.count)
    }
    if lines.count == 1 || shared > typed.count { commonLine = String(first[..<shared]) }
  }

  public static func isFoldedPrefix(_ prefix: ArraySlice<Character>, of text: [Character]) -> Bool {
    prefix.count <= text.count && zip(prefix, text).allSatisfy { fold($0) == fold($1) }
  }

  public static func fold(_ character: Character) -> String {
    String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
