import Foundation

extension Profile {
  /// This profile with another one's games folded in: the union of both profiles' answers (an answer both
  /// hold counts once, see ``AnswerEvent/isSameAnswer(as:)``) and of their games (by id), each question's
  /// record folded from the answers of both, and each preference at its latest change.
  ///
  /// `self` is the base, with every answer it folded in ``newAnswers`` (a profile read from an export, or a
  /// snapshot given its history's answers); `answers` are the other profile's answers, in any order. An
  /// answer of `other` later than the base's last answer of its question is counted on top; an earlier one
  /// rebuilds that question's record from the answers of both, so the result does not depend on which profile
  /// is the base. Pure: `profile import` uses it so that importing never drops a game the current profile
  /// holds.
  public func merging(_ other: Profile, answers: [AnswerEvent], scheduler: Scheduler) -> Profile {
    var events: [ProfileEvent] = other.sessions.map { .session($0) }
    events += answers.map { .answer($0) }
    let changed = other.preferences.changed
    if let date = changed.language, let language = other.preferences.language {
      events.append(.preferences(PreferencesEvent(language: language, changedAt: date)))
    }
    if let date = changed.showBoth {
      events.append(.preferences(PreferencesEvent(showBoth: other.preferences.showBoth, changedAt: date)))
    }
    if let date = changed.desiredRetention {
      events.append(
        .preferences(PreferencesEvent(desiredRetention: other.preferences.desiredRetention, changedAt: date)))
    }
    return replaying(events, scheduler: scheduler)
  }
}

extension Profile {
  /// Gives a profile read from a snapshot the answers of its history file, as an export carries them: they
  /// become its ``newAnswers`` (in fold order, duplicates dropped), which its records and tallies already
  /// count. Use it only with the whole history the snapshot took in.
  public mutating func takeHistory(_ answers: [AnswerEvent]) {
    newAnswers = AnswerHistory.foldOrdered(answers)
    historyLength = 0
    baseTallies = AnswerTallies()
    baseBankTallies = [:]
  }
}
