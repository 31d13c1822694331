import Foundation
import Glibc
import QuizCore

/// Where the prompt's history is kept: `$XDG_STATE_HOME/casequiz/history-<profile>` (default
/// `~/.local/state/casequiz/`), one file per profile.
public enum HistoryFile {
  /// `home` is only read when neither `XDG_STATE_HOME` nor `HOME` gives the folder.
  public static func url(
    profile: ProfileName, environment: [String: String], home: @autoclosure () -> String = NSHomeDirectory()
  ) -> URL {
    let base: URL
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = URL(fileURLWithPath: state)
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home()
      base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
    }
    return base.appendingPathComponent("casequiz/history-\(profile.rawValue)")
  }

  /// The line as the history keeps it: as the terminal showed it, escape sequences and control characters
  /// removed (raw bytes typed by mistake or pasted are not stored); `nil` when nothing is left to recall.
  public static func entry(for line: String) -> String? {
    let shown = TerminalInfo.sanitize(line).replacingOccurrences(of: "\n", with: " ")
    return shown.allSatisfy(\.isWhitespace) ? nil : shown
  }

  /// Creates the history's folder (mode 0700 for the folders it creates) and the file, private to its owner
  /// (0600, as profiles are; an older file readable by others is made private too), since `append_history`
  /// does not create it. Returns the path, or nil when that is impossible: the game then runs without saved
  /// history.
  public static func prepare(_ url: URL) -> String? {
    do {
      try ProfileFiles.makeDirectory(url.deletingLastPathComponent().path)
    } catch { return nil }
    let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
    return url.path
  }
}
