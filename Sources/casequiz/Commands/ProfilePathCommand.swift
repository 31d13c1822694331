import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile path`: the profile file's path.
struct ProfilePathCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "path", abstract: HelpText.t("Print the path of the profile file (it may not exist yet)."))
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  func run() throws {
    let paths = ProfilePaths(directory: ProfilePaths.liveDirectory(), name: try profile.name())
    print(paths.snapshot)
  }
}
