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
  public static func open(
    dataDir: String?, name: ProfileName, language choice: LanguageChoice, load: Bool = true
  ) throws -> ProfileSession {
    try choice.validate()
    let data = try? DataLocator.live().locate(dataDir: dataDir)
    if data == nil, let path = dataDir {
      _ = try DataLocator.live().locate(dataDir: path)  // an explicit --data-dir must exist: say why not
    }
    let catalog = data.flatMap { try? GameContext.loadCatalog(in: $0) } ?? Catalog(entries: [:])
    let store = ProfileStore(directory: ProfilePaths.liveDirectory(), name: name)
    var language = try choice.resolve()
    if load {
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

  /// A catalog string in the session's language.
  public func text(_ key: String, count: Int? = nil, _ arguments: [String: String] = [:]) -> String {
    catalog.string(key, in: language, count: count, arguments)
  }

  /// An error in the session's language.
  public func failure(_ error: ProfileStoreError) -> CaseQuizError {
    CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
  }
}
