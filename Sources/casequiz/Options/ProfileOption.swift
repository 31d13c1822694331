import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

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

extension ProfileSession {
  /// Opens the profile the options name; see ``ProfileSession/open(dataDir:name:language:load:)``.
  static func open(common: CommonOptions, profile: ProfileOption, load: Bool = true) throws -> ProfileSession {
    try open(dataDir: common.dataDir.path, name: profile.name(), language: common.language.choice(), load: load)
  }

  /// Opens the profile `name` with the common options.
  static func open(common: CommonOptions, name: ProfileName, load: Bool = true) throws -> ProfileSession {
    try open(dataDir: common.dataDir.path, name: name, language: common.language.choice(), load: load)
  }
}
