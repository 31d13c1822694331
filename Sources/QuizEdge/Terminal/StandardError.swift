import Foundation

/// Writes `casequiz: error: message` to standard error.
public func printError(_ message: String) {
  // Messages quote values from files (a profile's keys, a path): never let them drive the terminal.
  OutputSink.standardError.write("casequiz: error: \(TerminalInfo.sanitize(message))\n")
}

/// Writes `casequiz: warning: message` to standard error.
public func printWarning(_ message: String) {
  OutputSink.standardError.write("casequiz: warning: \(TerminalInfo.sanitize(message))\n")
}
