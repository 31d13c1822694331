import Foundation

/// The environment this process started with, read once: `ProcessInfo.processInfo.environment` builds a new
/// dictionary from `environ` at every call (about 60,000 instructions per variable set in a typical shell, and a
/// game's start read it six times). Only for what the program itself never changes (`HOME`, the `XDG_*` and
/// `CASEQUIZ_*` variables, the language variables before the line editor adjusts `LC_CTYPE`).
public enum ProcessEnvironment {
  /// The variables at the first use.
  public static let variables: [String: String] = ProcessInfo.processInfo.environment
}
