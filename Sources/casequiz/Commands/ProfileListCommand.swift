import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile list`: the profiles that exist.
struct ProfileListCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "list", abstract: HelpText.t("List the profiles."))
  }

  @OptionGroup var options: CommonOptions

  func run() throws {
    let directory = ProfilePaths.liveDirectory()
    if let problem = FolderAccess.problem(directory.path) {
      throw CaseQuizError(
        "cannot read the profiles folder \(directory.path): \(problem)", key: "error.profilesFolderUnreadable",
        ["path": directory.path], keyed: ["reason": "profile.reason.permission"])
    }
    let names = ProfilePaths.profiles(in: directory)
    guard !names.isEmpty else {
      let session = try ProfileSession.open(common: options, name: .default, load: false)
      print(session.text("profile.list.none", ["path": directory.path]))
      return
    }
    for name in names { print(name.rawValue) }
  }
}
