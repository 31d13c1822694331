import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile show`: a readable summary of a profile.
struct ProfileShowCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "show", abstract: HelpText.t("Summarize a profile: preferences, answers, games and reviews due."))
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile, mustExist: true)
    for line in ProfileSummary.lines(session, now: Clock.live.now()) { print(TerminalInfo.sanitize(line)) }
  }
}
