import Foundation

/// Writes `casequiz: error: message` to standard error.
public func printError(_ message: String) {
  // Messages quote values from files (a profile's keys, a path): never let them drive the terminal.
  FileHandle.standardError.write(Data("casequiz: error: \(TerminalInfo.sanitize(message))\n".utf8))
}

/// Writes `casequiz: warning: message` to standard error.
public func printWarning(_ message: String) {
  FileHandle.standardError.write(Data("casequiz: warning: \(TerminalInfo.sanitize(message))\n".utf8))
}
