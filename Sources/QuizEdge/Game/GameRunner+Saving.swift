import Foundation
import QuizCore

extension GameRunner {
  /// Opens and loads the profile `--profile` names, printing what the player should know about it (a file set
  /// aside, a migration); a newer or unusable profile stops the command with one clear line.
  func openProfile(catalog: Catalog) throws -> (ProfileName, ProfileClient) {
    let name = try ProfileName(validating: options.profile)
    let profile = clients.profile(name)
    // Messages before the profile is read are in the language of the flag, the variable or the locale.
    let language = try options.language.resolve()
    let notices: [ProfileNotice]
    do {
      notices = try profile.load()
    } catch {
      throw CaseQuizError(ProfileMessages.error(error, catalog: catalog, language: language))
    }
    for notice in notices { clients.warn(ProfileMessages.notice(notice, catalog: catalog, language: language)) }
    return (name, profile)
  }

  /// Records an event durably; returns the message to show when it could not be saved (the game goes on and
  /// the event is retried with the next one).
  func save(_ event: ProfileEvent, in profile: ProfileClient, _ catalog: Catalog, _ language: Language) -> String? {
    do {
      try profile.record(event)
      return nil
    } catch {
      return ProfileMessages.error(error, catalog: catalog, language: language)
    }
  }

  /// Ends a game's saving: writes what is pending (a second try, after the failures the game already
  /// reported) and compacts when the journal has grown enough. Answers that still cannot be written are lost
  /// when the process exits: that is an error (exit status 1) naming how many, not a warning.
  func finish(_ profile: ProfileClient, catalog: Catalog, language: Language) throws {
    do {
      if let problem = try profile.finish() {
        clients.warn(ProfileMessages.error(problem, catalog: catalog, language: language))
      }
    } catch {
      throw CaseQuizError(ProfileMessages.unsavedAtExit(error, catalog: catalog, language: language))
    }
  }
}
