import Foundation

/// Writes `casequiz: error: message` to standard error.
public func printError(_ message: String) {
  // Messages quote values from files (a profile's keys, a path): never let them drive the terminal.
  OutputSink.standardError.write("casequiz: error: \(TerminalInfo.sanitize(ErrorText.afterPrefix(message)))\n")
}

/// How a message reads after `casequiz: error: `.
public enum ErrorText {
  /// `message` starting in lowercase, as every error of casequiz's catalogs does in both languages (and as
  /// compilers and GNU tools write after `error:`): ArgumentParser's messages ("Unknown option"), their Spanish
  /// translations and the profile's sentences ("Cannot read…", "No se puede leer…") started with a capital,
  /// the rest did not (play test). Only an ordinary word is lowered: an initial capital followed by a
  /// lowercase letter; `CASEQUIZ_LANG`, `--count`, a path or a quoted value stay as they are.
  public static func afterPrefix(_ message: String) -> String {
    guard let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true else {
      return message
    }
    return first.lowercased() + message.dropFirst()
  }
}

/// Writes `casequiz: warning: message` to standard error.
public func printWarning(_ message: String) {
  OutputSink.standardError.write("casequiz: warning: \(TerminalInfo.sanitize(message))\n")
}
