import Foundation
import QuizCore

extension GameRunner {
  /// Opens and loads the profile `--profile` names, printing what the player should know about it (a file set
  /// aside, a migration); a newer or unusable profile stops the command with one clear line.
  /// With `json`, each notice is also written as a `warning` object.
  func openProfile(catalog: Catalog, json: Bool = false) throws -> (ProfileName, ProfileClient, [ProfileNotice]) {
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
    for notice in notices {
      let fault = GameFault.notice(notice, catalog: catalog, language: language)
      if json { JSONLinesOutput(sink: clients.output).write(fault) }
      clients.warn(fault.message)
    }
    return (name, profile, notices)
  }

  /// Records an event durably; returns the error when it could not be saved (the game goes on and the event is
  /// retried with the next one).
  func save(_ event: ProfileEvent, in profile: ProfileClient) -> ProfileStoreError? {
    do {
      try profile.record(event)
      return nil
    } catch {
      return error
    }
  }

  /// Ends a game's saving: writes what is pending (a second try, after the failures the game already
  /// reported) and compacts when the journal has grown enough. Answers that still cannot be written are lost
  /// when the process exits: that is an error (exit status 1) naming how many, not a warning.
  func finish(_ profile: ProfileClient, catalog: Catalog, language: Language) throws {
    do {
      if let problem = try profile.finish() {
        let message = ProfileMessages.error(problem, catalog: catalog, language: language)
        if options.json {
          JSONLinesOutput(sink: clients.output).write(GameFault(code: .compactionFailed, message: message))
        }
        clients.warn(message)
      }
    } catch {
      let message = ProfileMessages.unsavedAtExit(error, catalog: catalog, language: language)
      if options.json { JSONLinesOutput(sink: clients.output).write(GameFault.lost(error, message: message)) }
      throw CaseQuizError(message)
    }
  }
}
