import Foundation

extension Profile {
  /// The profile with one more event folded in.
  ///
  /// An answer updates its question's counts, last answer and missed flag, and reviews its FSRS card with
  /// the answer's rating at `answeredAt`. The fold does not depend on the order events arrive in: answers are
  /// kept in time order, and an answer older than the question's last one rebuilds that question's record from
  /// its answers; the same answer folded twice counts once (see ``AnswerEvent/isSameAnswer(as:)``); a session
  /// replaces a session with the same id; each preference keeps its latest change.
  public func applying(_ event: ProfileEvent, scheduler: Scheduler) -> Profile {
    var profile = self
    profile.apply(event, scheduler: scheduler)
    return profile
  }

  /// Folds one event into the profile in place; see ``applying(_:scheduler:)``.
  public mutating func apply(_ event: ProfileEvent, scheduler: Scheduler) {
    switch event {
    case .answer(let answer): apply(answer, scheduler: scheduler)
    case .session(let session): apply(session)
    case .preferences(let change): apply(change)
    }
  }

  /// The profile with events folded in, in time order.
  public func replaying(_ events: [ProfileEvent], scheduler: Scheduler) -> Profile {
    var profile = self
    for event in Self.foldOrder(events) { profile.apply(event, scheduler: scheduler) }
    return profile
  }

  /// Events in the order a replay folds them: by date, answers ordered as ``AnswerEvent/precedes(_:_:)``
  /// orders them; the sort is stable, so events of the same instant keep their journal order.
  public static func foldOrder(_ events: [ProfileEvent]) -> [ProfileEvent] {
    events.enumerated().sorted { lhs, rhs in
      if case .answer(let a) = lhs.element, case .answer(let b) = rhs.element {
        if AnswerEvent.precedes(a, b) { return true }
        if AnswerEvent.precedes(b, a) { return false }
      } else if lhs.element.date != rhs.element.date {
        return lhs.element.date < rhs.element.date
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  private mutating func apply(_ event: AnswerEvent, scheduler: Scheduler) {
    let index = insertionIndex(of: event)
    var earlier = index - 1
    while earlier >= 0, answers[earlier].answeredAt == event.answeredAt {
      if answers[earlier].isSameAnswer(as: event) { return }
      earlier -= 1
    }
    answers.insert(event, at: index)
    // Taken out of `banks` while it changes, so its record dictionary stays uniquely referenced and is updated
    // in place: reading it with `banks[event.bank]` would copy every record of the bank on each answer.
    var progress = banks.removeValue(forKey: event.bank) ?? BankProgress()
    let laterAnswerOfSameQuestion = answers[(index + 1)...].contains {
      $0.question == event.question && $0.bank == event.bank
    }
    if laterAnswerOfSameQuestion {
      let history = answers.filter { $0.question == event.question && $0.bank == event.bank }
      progress.questions[event.question] = QuestionRecord.replaying(history, scheduler: scheduler)
    } else {
      var record =
        progress.questions[event.question]
        ?? QuestionRecord(kind: event.kind, topic: event.topic, due: event.answeredAt)
      record.apply(event, scheduler: scheduler)
      progress.questions[event.question] = record
    }
    banks[event.bank] = progress
  }

  /// The index after every answer that comes before or with `event` in fold order.
  private func insertionIndex(of event: AnswerEvent) -> Int {
    if let last = answers.last, !AnswerEvent.precedes(event, last) { return answers.count }
    var low = 0
    var high = answers.count
    while low < high {
      let middle = (low + high) / 2
      if AnswerEvent.precedes(event, answers[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  private mutating func apply(_ session: SessionEvent) {
    sessions.removeAll { $0.id == session.id }
    let index = sessions.firstIndex { ($0.started, $0.id) > (session.started, session.id) } ?? sessions.count
    sessions.insert(session, at: index)
  }

  private mutating func apply(_ change: PreferencesEvent) {
    func isNewer(_ last: Date?) -> Bool { last.map { change.changedAt >= $0 } ?? true }
    if let language = change.language, isNewer(preferences.changed.language) {
      preferences.language = language
      preferences.changed.language = change.changedAt
    }
    if let showBoth = change.showBoth, isNewer(preferences.changed.showBoth) {
      preferences.showBoth = showBoth
      preferences.changed.showBoth = change.changedAt
    }
    if let retention = change.desiredRetention, isNewer(preferences.changed.desiredRetention) {
      preferences.desiredRetention = Preferences.clampedRetention(retention)
      preferences.changed.desiredRetention = change.changedAt
    }
  }
}
