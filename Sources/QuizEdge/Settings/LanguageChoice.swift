import Foundation
import QuizCore

/// The one rule every command uses to choose its language: `--lang`, then `CASEQUIZ_LANG`, then the language
/// the profile saved with `:lang` (for the commands that open a profile), then the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`), then English. A `CASEQUIZ_LANG` that is neither `en` nor `es` is the same error for
/// every command.
public struct LanguageChoice: Sendable, Equatable {
  /// The `--lang` option, when given.
  public var flag: Language?
  /// The environment the variables are read from.
  public var environment: [String: String]

  public init(flag: Language?, environment: [String: String]) {
    self.flag = flag
    self.environment = environment
  }

  /// Checks `CASEQUIZ_LANG` when `--lang` does not override it: a value other than en or es is an error.
  public func validate() throws(CaseQuizError) {
    _ = try variable()
  }

  /// The language to use, given what the profile saved (nil for commands without a profile).
  public func resolve(saved: Language? = nil) throws(CaseQuizError) -> Language {
    if let flag { return flag }
    if let variable = try variable() { return variable }
    return saved ?? Self.locale(in: environment)
  }

  /// `CASEQUIZ_LANG`, when set and not empty.
  private func variable() throws(CaseQuizError) -> Language? {
    guard flag == nil, let value = environment["CASEQUIZ_LANG"], !value.isEmpty else { return nil }
    guard let language = Language(rawValue: value.lowercased()) else {
      throw CaseQuizError(
        "CASEQUIZ_LANG is \"\(value)\"; use en or es", key: "error.languageVariable", ["value": value])
    }
    return language
  }

  /// The language of the user's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not
  /// empty decides (Foundation's `Locale.current` ignores them on Linux). Spanish when it starts with `es`,
  /// English otherwise.
  public static func locale(in environment: [String: String]) -> Language {
    let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    return setting?.lowercased().hasPrefix("es") == true ? .es : .en
  }
}

extension LanguageChoice {
  /// The language for a command that opens no profile of its own (`banks`, `study`, `export`): the same rule,
  /// with the language the default profile saved. The profile is read only when `--lang` and `CASEQUIZ_LANG`
  /// leave the choice open, and nothing is written (no folder, lock, compaction or file set aside).
  public func resolveWithSavedProfile(
    _ name: ProfileName = .default, directory: URL = ProfilePaths.liveDirectory()
  ) throws(CaseQuizError) -> Language {
    if flag != nil || !environment["CASEQUIZ_LANG", default: ""].isEmpty { return try resolve() }
    return try resolve(saved: Self.savedLanguage(name, directory: directory))
  }

  /// The language a profile saved with `:lang`, read without changing anything; `nil` when the profile has no
  /// files, saved no language or cannot be read.
  public static func savedLanguage(_ name: ProfileName, directory: URL) -> Language? {
    let paths = ProfilePaths(directory: directory, name: name)
    let manager = FileManager.default
    guard manager.fileExists(atPath: paths.snapshot) || manager.fileExists(atPath: paths.journal) else { return nil }
    let store = ProfileStore(directory: directory, name: name)
    return (try? store.readDisk(fallback: Profile(), canWrite: false))?.profile.preferences.language
  }
}
