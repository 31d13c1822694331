import QuizCore

/// ArgumentParser's usage errors in the session's language. ArgumentParser writes them in English; in a Spanish
/// session the common ones (a value not among the choices or not a number, an unknown option, an unexpected or
/// missing argument or value) are said in Spanish. A message matched by none of them stays as it is, whole,
/// rather than half translated.
public enum UsageErrorText {
  /// `message` (already one line, see ``OneLineMessage``) in `language`. The Spanish starts in lowercase, as
  /// casequiz's errors do after `error:` (``ErrorText``).
  public static func localized(_ message: String, in language: Language) -> String {
    guard language == .es else { return message }
    if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)'\. Please provide one of (.*)\./) {
      return "el valor '\(match.1)' no es válido para '\(match.2)'; usa uno de estos: \(spanishList(String(match.3)))."
    }
    if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)': (.*)/),
      let reason = spanishReason(String(match.3))
    {
      return "el valor '\(match.1)' no es válido para '\(match.2)': \(reason)"
    }
    if let match = message.wholeMatch(of: /Unknown option '([^']*)'(.*)/),
      let rest = match.2.isEmpty ? "" : spanishSuggestion(String(match.2))
    {
      return "opción desconocida: '\(match.1)'" + rest
    }
    if let match = message.wholeMatch(of: /(\d+) unexpected arguments: (.*)/) {
      return "\(match.1) argumentos inesperados: \(spanishList(String(match.2)))"
    }
    if let match = message.wholeMatch(of: /Unexpected arguments? (.*)/) {
      return "argumento inesperado: \(match.1)"
    }
    if let match = message.wholeMatch(of: /Missing expected argument '([^']*)'/) {
      return "falta el argumento '\(match.1)'"
    }
    if let match = message.wholeMatch(of: /(--[a-z-]+) must be between (\d+) and (\d+), not (.*)/) {
      return "\(match.1) debe estar entre \(match.2) y \(match.3), no \(match.4)"
    }
    if let match = message.wholeMatch(of: /(casequiz[a-z ]*) has no command "(.*)" \(commands: (.*)\)/) {
      return "\(match.1) no tiene ningún comando «\(match.2)» (comandos: \(match.3))"
    }
    if let match = message.wholeMatch(of: /Missing value for '([^']*)'/) {
      return "falta el valor de '\(match.1)'"
    }
    return message
  }

  /// ` (see 'casequiz play --help')`, in `language`.
  public static func seeHelp(_ command: String, in language: Language) -> String {
    language == .es ? " (consulta '\(command) --help')" : " (see '\(command) --help')"
  }

  /// A list as ArgumentParser joins it ("'a', 'b' or 'c'", "'en' and 'es'"), with the Spanish conjunction.
  static func spanishList(_ list: String) -> String {
    list.replacingOccurrences(of: "' or '", with: "' o '").replacingOccurrences(of: "' and '", with: "' o '")
  }

  /// The reasons casequiz's own number arguments give, in Spanish; `nil` for any other.
  static func spanishReason(_ reason: String) -> String? {
    if reason == "it must be a whole number" { return "debe ser un número entero" }
    if let match = reason.wholeMatch(of: /it must be a whole number from (\d+) to (\d+)/) {
      return "debe ser un número entero de \(match.1) a \(match.2)"
    }
    return nil
  }

  /// ArgumentParser's ". Did you mean '--lang'?" after an unknown option.
  static func spanishSuggestion(_ rest: String) -> String? {
    guard let match = rest.wholeMatch(of: /\. Did you mean '([^']*)'\?/) else { return nil }
    return ". ¿Quisiste decir '\(match.1)'?"
  }
}
