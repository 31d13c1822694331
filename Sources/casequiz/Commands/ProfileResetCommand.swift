import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile reset`: starts the profile's progress over, keeping a backup.
struct ProfileResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset",
    abstract: "Start a profile over: answers, games and reviews are cleared (preferences kept); keeps a backup.")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let current = session.store.profile
    guard current.tallies.overall.answered == 0, current.newAnswers.isEmpty, current.sessions.isEmpty,
      current.banks.isEmpty
    else {
      let backup: String?
      do {
        backup = try session.store.replace(with: Profile(preferences: current.preferences))
      } catch {
        throw session.failure(error)
      }
      print(session.text("profile.reset.done", ["name": profile.profile, "backup": backup ?? ""]))
      return
    }
    print(session.text("profile.reset.nothing", ["name": profile.profile]))
  }
}
