import Foundation
import QuizCore

/// Which bank a command uses when more than one may be installed, by one rule for every command: `--bank`,
/// else `CASEQUIZ_BANK`, else the bank the profile last played, else the only or first bank found (by id).
/// No bank is named in the code: a data folder holding a single bank of any name plays it.
public enum BankChoice {
  /// Where the choice came from.
  public enum Source: Equatable, Sendable {
    case flag, environment, lastPlayed, firstFound
  }

  /// The environment variable naming the bank to play when `--bank` is not given.
  public static let variable = "CASEQUIZ_BANK"

  /// The bank to use among `available` (folder names, sorted), or `nil` when none is installed. `lastPlayed`
  /// is asked only when it can decide (no flag, no variable, more than one bank), so a command with one bank
  /// never reads a profile for it. A flag or variable naming a missing bank is still returned: the caller
  /// says it is missing, naming where it came from.
  public static func resolve<Failure: Error>(
    flag: String?, environment: [String: String], available: [String],
    lastPlayed: () throws(Failure) -> String?
  ) throws(Failure) -> (id: String, source: Source)? {
    if let flag { return (flag, .flag) }
    if let named = environment[variable], !named.isEmpty { return (named, .environment) }
    guard let first = available.first else { return nil }
    if available.count > 1, let last = try lastPlayed(), available.contains(last) { return (last, .lastPlayed) }
    return (first, .firstFound)
  }

  /// The bank of the profile's most recent game, if it played any.
  public static func lastPlayed(in profile: Profile) -> String? {
    profile.sessions.max { ($0.ended, $0.started) < ($1.ended, $1.started) }?.bank
  }
}

extension BankChoice {
  /// The bank a profile last played, read for commands that open no profile of their own (`study`,
  /// `questions`): `nil` when the profile has no files yet (nothing is created) or cannot be read.
  public static func lastPlayed(profile name: ProfileName = .default, directory: URL = ProfilePaths.liveDirectory())
    -> String?
  {
    let paths = ProfilePaths(directory: directory, name: name)
    let manager = FileManager.default
    guard manager.fileExists(atPath: paths.snapshot) || manager.fileExists(atPath: paths.journal) else { return nil }
    let store = ProfileStore(directory: directory, name: name)
    guard (try? store.load()) != nil else { return nil }
    return lastPlayed(in: store.profile)
  }
}
