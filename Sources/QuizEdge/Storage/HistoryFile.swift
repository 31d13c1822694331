import Foundation
import QuizCore

/// Where the prompt's history is kept: `$XDG_STATE_HOME/casequiz/history-<profile>` (default
/// `~/.local/state/casequiz/`), one file per profile.
public enum HistoryFile {
  public static func url(profile: ProfileName, environment: [String: String], home: String = NSHomeDirectory()) -> URL {
    let base: URL
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = URL(fileURLWithPath: state)
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home
      base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
    }
    return base.appendingPathComponent("casequiz/history-\(profile.rawValue)")
  }
}
