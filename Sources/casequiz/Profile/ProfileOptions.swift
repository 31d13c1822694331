import ArgumentParser
import Foundation
import QuizCore

/// `--profile NAME`, checked to be a safe file name.
struct ProfileOption: ParsableArguments {
  @Option(help: ArgumentHelp("The profile: letters, digits, - and _ (default: default).", valueName: "name"))
  var profile: String = ProfileName.default.rawValue

  func validate() throws {
    do {
      try ProfileName.validate(profile)
    } catch {
      throw ValidationError(ProfileMessages.nameError(error))
    }
  }

  /// The validated name.
  func name() throws(CaseQuizError) -> ProfileName {
    do {
      return try ProfileName(validating: profile)
    } catch {
      throw CaseQuizError(ProfileMessages.nameError(error))
    }
  }
}

/// What the `profile` and `stats` commands work with: the UI strings, the language and the loaded profile.
struct ProfileSession {
  /// The UI strings (empty when no data folder is found: keys then show as themselves).
  var catalog: Catalog
  /// The data folder, when found.
  var dataDirectory: URL?
  /// The profile's store, loaded.
  var store: ProfileStore
  /// The language to write in.
  var language: Language

  /// Opens the profile named by the options, telling the player (on standard error) anything the load found.
  /// A profile from a newer casequiz stops here with exit status 1.
  static func open(
    common: CommonOptions, profile: ProfileOption, load: Bool = true,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> ProfileSession {
    try open(common: common, name: profile.name(), load: load, environment: environment)
  }

  /// Opens the profile `name`; see ``open(common:profile:load:environment:)``.
  static func open(
    common: CommonOptions, name: ProfileName, load: Bool = true,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> ProfileSession {
    let data = try? DataLocator.live().locate(dataDir: common.dataDir.path)
    if data == nil, let path = common.dataDir.path {
      _ = try DataLocator.live().locate(dataDir: path)  // an explicit --data-dir must exist: say why not
    }
    let catalog = data.flatMap { try? GameContext.loadCatalog(in: $0) } ?? Catalog(entries: [:])
    let store = ProfileStore(directory: ProfilePaths.liveDirectory(), name: name)
    var language = Self.language(common: common, saved: nil, environment: environment)
    if load {
      let notices: [ProfileNotice]
      do {
        notices = try store.load()
      } catch {
        throw CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
      }
      language = Self.language(common: common, saved: store.profile.preferences.language, environment: environment)
      for notice in notices {
        printWarning(ProfileMessages.notice(notice, catalog: catalog, language: language))
      }
    }
    return ProfileSession(catalog: catalog, dataDirectory: data, store: store, language: language)
  }

  /// `--lang`, then `CASEQUIZ_LANG`, then the profile's language, then the locale's.
  static func language(common: CommonOptions, saved: Language?, environment: [String: String]) -> Language {
    if let lang = common.lang { return lang }
    if let variable = environment["CASEQUIZ_LANG"], let language = Language(rawValue: variable.lowercased()) {
      return language
    }
    return saved ?? Language.preferred(in: environment)
  }

  /// A catalog string in the session's language.
  func text(_ key: String, count: Int? = nil, _ arguments: [String: String] = [:]) -> String {
    catalog.string(key, in: language, count: count, arguments)
  }

  /// An error in the session's language.
  func failure(_ error: ProfileStoreError) -> CaseQuizError {
    CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
  }
}
