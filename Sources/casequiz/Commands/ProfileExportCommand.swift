import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile export FILE`: the profile and its whole answer history, as one JSON file.
struct ProfileExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the profile to a JSON file (refusing to overwrite one unless --force).")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Argument(help: "The file to write.")
  var file: String

  @Flag(help: "Overwrite the file if it exists.")
  var force = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let target = URL(fileURLWithPath: file).standardized.path
    if !force, FileManager.default.fileExists(atPath: target) {
      throw CaseQuizError(session.text("profile.export.exists", ["path": target]))
    }
    do {
      let store = session.store
      try ProfileFiles.replaceAtomically(
        target, with: ProfileDecoding.export(of: store.profile, answers: store.allAnswers()))
    } catch {
      throw session.failure(.saveFailed(ProfileStore.fileError(error), profile: session.store.paths.name, pending: 0))
    }
    print(session.text("profile.export.done", ["name": profile.profile, "path": target]))
  }
}
