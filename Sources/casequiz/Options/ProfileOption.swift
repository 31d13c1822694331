import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `--profile NAME`, checked to be a safe file name.
struct ProfileOption: ParsableArguments {
  @Option(help: ArgumentHelp(HelpText.t("The profile: letters, digits, - and _."), valueName: "name"))
  var profile: String = ProfileName.default.rawValue

  /// Checks the name, as a usage error in the command's language, with the UI strings of its data folder. Called
  /// from the `validate()` of each command that has the option, which knows `--data-dir` and `--lang`.
  func validate(dataDir: String?, language: LanguageChoice) throws {
    do {
      try ProfileName.validate(profile)
    } catch {
      let catalog = ProfileMessages.catalog(dataDir: dataDir)
      let language = (try? language.resolve()) ?? LanguageChoice.locale(in: language.environment)
      throw ValidationError(ProfileMessages.nameError(error, catalog: catalog, language: language))
    }
  }

  /// The name, checked by ``validate(dataDir:language:)`` during parsing.
  func name() throws(CaseQuizError) -> ProfileName {
    do {
      return try ProfileName(validating: profile)
    } catch {
      throw CaseQuizError("profile name \"\(profile)\" is not valid")
    }
  }
}

extension CommonOptions {
  /// Checks `--profile` against these options' data folder and language.
  func validate(_ profile: ProfileOption) throws {
    try profile.validate(dataDir: dataDir.path, language: language.choice())
  }
}

extension ProfileSession {
  /// Opens the profile the options name; see ``ProfileSession/open(dataDir:name:language:load:mustExist:)``.
  static func open(
    common: CommonOptions, profile: ProfileOption, load: Bool = true, mustExist: Bool = false
  ) throws -> ProfileSession {
    try open(
      dataDir: common.dataDir.path, name: profile.name(), language: common.language.choice(), load: load,
      mustExist: mustExist)
  }

  /// Opens the profile `name` with the common options.
  static func open(common: CommonOptions, name: ProfileName, load: Bool = true) throws -> ProfileSession {
    try open(dataDir: common.dataDir.path, name: name, language: common.language.choice(), load: load)
  }
}
