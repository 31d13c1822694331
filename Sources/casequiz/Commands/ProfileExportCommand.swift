import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile export FILE`: the profile and its whole answer history, as one JSON file.
struct ProfileExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: HelpText.t("Write the profile to a JSON file (refusing to overwrite one unless --force)."))
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Argument(help: ArgumentHelp(HelpText.t("The file to write.")))
  var file: String

  @Flag(help: ArgumentHelp(HelpText.t("Overwrite the file if it exists.")))
  var force = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile, mustExist: true)
    let target = URL(fileURLWithPath: file).standardized.path
    if !force, FileManager.default.fileExists(atPath: target) {
      throw CaseQuizError(session.text("profile.export.exists", ["path": target]))
    }
    let data: Data
    do {
      data = try ProfileDecoding.export(of: session.store.profile, answers: session.store.allAnswers())
    } catch {
      throw session.failure(.saveFailed(ProfileStore.fileError(error), profile: session.store.paths.name, pending: 0))
    }
    // Written as `export` writes a deck: a missing folder or a folder in the way is named as such, in the
    // session's language (not as a failure to save the profile, naming a temporary file).
    do {
      try ExportFile.write(String(decoding: data, as: UTF8.self), to: target, force: true)
    } catch {
      throw CaseQuizError(error.message(catalog: session.catalog, language: session.language))
    }
    print(session.text("profile.export.done", ["name": profile.profile, "path": target]))
  }
}
