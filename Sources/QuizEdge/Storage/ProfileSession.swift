import Foundation
import QuizCore

/// What the `profile` and `stats` commands work with: the UI strings, the language and the loaded profile.
public struct ProfileSession {
  /// The UI strings (empty when no data folder is found: keys then show as themselves).
  public var catalog: Catalog
  /// The data folder, when found.
  public var dataDirectory: URL?
  /// The profile's store, loaded.
  public var store: ProfileStore
  /// The language to write in.
  public var language: Language

  /// Opens the profile named by the options, telling the player (on standard error) anything the load found.
  /// A profile from a newer casequiz stops here with exit status 1.
  ///
  /// With `mustExist` (the commands that only read or clear a profile: `profile show`, `stats`,
  /// `profile export`, `profile reset`), a profile that has no files is not created: a mistyped name is an
  /// error naming it and the profiles that exist, and nothing is written (no folder, no lock). The default
  /// profile is the exception: before a first game it reads as empty (still without writing anything), so
  /// `casequiz stats` on a new installation says how to start rather than failing.
  /// Without `load`, the language still follows what the profile saved (read, never written).
  public static func open(
    dataDir: String?, name: ProfileName, language choice: LanguageChoice, load: Bool = true,
    mustExist: Bool = false
  ) throws -> ProfileSession {
    try choice.validate()
    let data = try? DataLocator.live().locate(dataDir: dataDir)
    if data == nil, let path = dataDir {
      _ = try DataLocator.live().locate(dataDir: path)  // an explicit --data-dir must exist: say why not
    }
    let catalog = data.flatMap { try? GameContext.loadCatalog(in: $0) } ?? Catalog(entries: [:])
    let directory = ProfilePaths.liveDirectory()
    let store = ProfileStore(directory: directory, name: name)
    let exists = ProfilePaths(directory: directory, name: name).exists
    // A profile loaded below gives its saved language then; one not loaded is read for it, never written.
    var language = try exists && !load ? choice.resolveWithSavedProfile(name, directory: directory) : choice.resolve()
    if mustExist, !exists, name != .default {
      throw missingProfile(name, in: directory, catalog: catalog, language: language)
    }
    if load, exists || !mustExist {
      let notices: [ProfileNotice]
      do {
        notices = try store.load()
      } catch {
        throw CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
      }
      language = try choice.resolve(saved: store.profile.preferences.language)
      for notice in notices {
        printWarning(ProfileMessages.notice(notice, catalog: catalog, language: language))
      }
    }
    return ProfileSession(catalog: catalog, dataDirectory: data, store: store, language: language)
  }

  /// "no profile "NAME" (profiles: a, b); 'casequiz play --profile NAME' creates it", in `language`.
  static func missingProfile(
    _ name: ProfileName, in directory: URL, catalog: Catalog, language: Language
  ) -> CaseQuizError {
    let names = ProfilePaths.profiles(in: directory).map(\.rawValue)
    let key = names.isEmpty ? "error.noProfileNone" : "error.noProfile"
    let arguments = ["name": name.rawValue, "profiles": names.joined(separator: ", "), "path": directory.path]
    let english =
      names.isEmpty
      ? "no profile \"\(name.rawValue)\": there are no profiles yet in \(directory.path); "
        + "'casequiz play --profile \(name.rawValue)' creates it"
      : "no profile \"\(name.rawValue)\" (profiles: \(names.joined(separator: ", "))); "
        + "'casequiz play --profile \(name.rawValue)' creates it"
    return CaseQuizError(CaseQuizError(english, key: key, arguments).message(catalog: catalog, language: language))
  }

  /// A catalog string in the session's language.
  public func text(_ key: String, count: Int? = nil, _ arguments: [String: String] = [:]) -> String {
    catalog.string(key, in: language, count: count, arguments)
  }

  /// An error in the session's language.
  public func failure(_ error: ProfileStoreError) -> CaseQuizError {
    CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
  }
}
