/// A command typed during a game instead of an answer. Every command has an English and a Spanish name.
public enum InGameCommand: Equatable, Sendable {
  /// Show the commands and the scoring rules.
  case help
  /// Switch language; `nil` switches to the other one.
  case language(Language?)
  /// Show the other language under each question and verdict, or stop showing it.
  case both
  /// Remove two wrong options, or reveal part of the answer.
  case hint
  /// Give up on the question; it counts as missed.
  case skip
  /// Show the source quote of the last question answered.
  case source
  /// Show the score so far.
  case score
  /// Save and end the game with its summary.
  case quit

  /// The names of each command, English first; all are accepted whatever the current language.
  public static let names: [(command: String, aliases: [String])] = [
    ("help", ["help", "ayuda", "h", "?"]),
    ("lang", ["lang", "idioma", "language", "lengua"]),
    ("both", ["both", "ambos"]),
    ("hint", ["hint", "pista"]),
    ("skip", ["skip", "saltar", "pasar"]),
    ("source", ["source", "fuente"]),
    ("score", ["score", "puntos", "marcador"]),
    ("quit", ["quit", "salir", "exit", "q"]),
  ]

  /// Every name a player may type, with its colon, for tab completion.
  public static var completions: [String] { names.flatMap { $0.aliases.filter { $0.count > 1 }.map { ":" + $0 } } }

  /// The outcome of reading a line as a command.
  public enum Parsed: Equatable, Sendable {
    /// Not a command: an answer.
    case answer
    /// A command.
    case command(InGameCommand)
    /// Looks like a command but is not one (the text after the colon).
    case unknown(String)
    /// `:lang` with a language that does not exist.
    case unknownLanguage(String)
  }

  /// Reads a line: a command starts with `:`; anything else is an answer.
  public static func parse(_ line: String) -> Parsed {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix(":") else { return .answer }
    let words = trimmed.dropFirst().split(separator: " ", omittingEmptySubsequences: true)
    guard let first = words.first?.lowercased() else { return .unknown("") }
    guard let entry = names.first(where: { $0.aliases.contains(first) }) else { return .unknown(first) }
    switch entry.command {
    case "help": return .command(.help)
    case "lang":
      guard words.count > 1 else { return .command(.language(nil)) }
      let code = words[1].lowercased()
      switch code {
      case "en", "english", "inglés", "ingles": return .command(.language(.en))
      case "es", "spanish", "español", "espanol": return .command(.language(.es))
      default: return .unknownLanguage(String(words[1]))
      }
    case "both": return .command(.both)
    case "hint": return .command(.hint)
    case "skip": return .command(.skip)
    case "source": return .command(.source)
    case "score": return .command(.score)
    default: return .command(.quit)
    }
  }
}
