import Foundation

/// The answers already written to the history file, for the rare folds that need them (an answer that
/// arrives out of order or twice). ``none`` for a profile that lives only in memory: then every answer it
/// has folded is in ``Profile/newAnswers``.
public struct AnswerHistory {
  /// The written answers of one question of one bank, in any order (duplicates allowed).
  public var answers: (_ bank: String, _ question: QuestionID) -> [AnswerEvent]
  /// Every written answer, in any order (duplicates allowed).
  public var all: () -> [AnswerEvent]

  /// A history read through these closures.
  public init(
    answers: @escaping (_ bank: String, _ question: QuestionID) -> [AnswerEvent],
    all: @escaping () -> [AnswerEvent]
  ) {
    self.answers = answers
    self.all = all
  }

  /// No written answers.
  public static var none: AnswerHistory { AnswerHistory(answers: { _, _ in [] }, all: { [] }) }

  /// Answers sorted in fold order with duplicates (``AnswerEvent/isSameAnswer(as:)``) dropped.
  public static func foldOrdered(_ answers: [AnswerEvent]) -> [AnswerEvent] {
    var result: [AnswerEvent] = []
    result.reserveCapacity(answers.count)
    for event in answers.sorted(by: AnswerEvent.precedes) {
      var index = result.count - 1
      var duplicate = false
      while index >= 0, result[index].answeredAt == event.answeredAt {
        if result[index].isSameAnswer(as: event) {
          duplicate = true
          break
        }
        index -= 1
      }
      if !duplicate { result.append(event) }
    }
    return result
  }
}

extension Profile {
  /// The profile with one more event folded in.
  ///
  /// An answer updates its question's counts, last answer and missed flag, reviews its FSRS card with the
  /// answer's rating at `answeredAt`, and is counted in the tallies. The fold does not depend on the order
  /// events arrive in: an answer older than the question's last one rebuilds that question's record from its
  /// answers, and one older than the latest answer rebuilds the tallies from every answer (both read from
  /// `history` and ``newAnswers``); the same answer folded twice counts once (see
  /// ``AnswerEvent/isSameAnswer(as:)``); a session replaces a session with the same id; each preference keeps
  /// its latest change.
  public func applying(_ event: ProfileEvent, scheduler: Scheduler, history: AnswerHistory = .none) -> Profile {
    var profile = self
    profile.apply(event, scheduler: scheduler, history: history)
    return profile
  }

  /// Folds one event into the profile in place; see ``applying(_:scheduler:history:)``.
  public mutating func apply(_ event: ProfileEvent, scheduler: Scheduler, history: AnswerHistory = .none) {
    switch event {
    case .answer(let answer): apply(answer, scheduler: scheduler, history: history)
    case .session(let session): apply(session)
    case .preferences(let change): apply(change)
    }
  }

  /// The profile with events folded in, in time order.
  public func replaying(_ events: [ProfileEvent], scheduler: Scheduler, history: AnswerHistory = .none) -> Profile {
    var profile = self
    profile.replay(events, scheduler: scheduler, history: history)
    return profile
  }

  /// Folds events in, in time order, in place: unlike ``replaying(_:scheduler:history:)`` on a profile that is
  /// kept, this never copies the record tables.
  public mutating func replay(_ events: [ProfileEvent], scheduler: Scheduler, history: AnswerHistory = .none) {
    for event in Self.foldOrder(events) { apply(event, scheduler: scheduler, history: history) }
  }

  /// Whether a session has a record. Games read lazily are searched for the id in their bytes (folding a
  /// journal's answers at load, or a game's first answer, asks about one or two games, and building the set of
  /// 50,000 ids took 10 ms); otherwise the set of recorded ids is built on first use.
  private mutating func isRecorded(_ session: String) -> Bool {
    if let sessionIDs { return sessionIDs.contains(session) }
    if let storedSessions {
      return appendedSessions.contains { $0.id == session } || storedSessions.contains(id: session)
    }
    let ids = allSessionIDs
    sessionIDs = ids
    return ids.contains(session)
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

  private mutating func apply(_ event: AnswerEvent, scheduler: Scheduler, history: AnswerHistory) {
    // Taken out of `banks` while it changes, so its record dictionary stays uniquely referenced and is updated
    // in place: reading it with `banks[event.bank]` would copy every record of the bank on each answer.
    var progress = banks.removeValue(forKey: event.bank) ?? BankProgress()
    defer { banks[event.bank] = progress }
    let recorded = isRecorded(event.session)
    if tallies.last.map({ $0.isBefore(event) }) ?? true {
      // After every answer folded so far: the common case, counted on top.
      var record =
        progress.questions[event.question]
        ?? QuestionRecord(kind: event.kind, topic: event.topic, due: event.answeredAt)
      record.apply(event, scheduler: scheduler)
      progress.questions[event.question] = record
      tallies.count(event, sessionRecorded: recorded)
      progress.tallies.count(event, sessionRecorded: recorded)
      newAnswers.append(event)
      return
    }
    // Out of order, or folded before. The question's record tells most cases apart without the history:
    // an answer after the question's last one is neither a duplicate nor a reason to rebuild the record.
    let record = progress.questions[event.question]
    let afterQuestion =
      record.map { record in
        record.lastAnsweredAt.map { $0 < event.answeredAt } ?? true
      } ?? true
    if !afterQuestion, let record, record.lastAnsweredAt == event.answeredAt, record.lastSession == event.session {
      return  // the question's last answer, folded again
    }
    var rebuilt: QuestionRecord?
    if !afterQuestion {
      let sameQuestion = { (other: AnswerEvent) in other.question == event.question && other.bank == event.bank }
      var questionAnswers = history.answers(event.bank, event.question).filter(sameQuestion)
      questionAnswers += newAnswers.filter(sameQuestion)
      if questionAnswers.contains(where: { $0.isSameAnswer(as: event) }) { return }
      if let record, record.hasAnswerAfter(event) {
        rebuilt = QuestionRecord.replaying(AnswerHistory.foldOrdered(questionAnswers + [event]), scheduler: scheduler)
      }
    }
    let index = newAnswers.firstIndex { AnswerEvent.precedes(event, $0) } ?? newAnswers.count
    newAnswers.insert(event, at: index)
    if let rebuilt {
      progress.questions[event.question] = rebuilt
    } else {
      var updated = record ?? QuestionRecord(kind: event.kind, topic: event.topic, due: event.answeredAt)
      updated.apply(event, scheduler: scheduler)
      progress.questions[event.question] = updated
    }
    banks[event.bank] = progress
    if let first = newAnswers.first, baseTallies.last.map({ $0.isBefore(first) }) ?? true {
      // Among the new answers only: recount them on top of the tallies the history gave.
      rebuildTallies(from: newAnswers, base: baseTallies, bankBase: baseBankTallies)
    } else {
      rebuildTallies(from: AnswerHistory.foldOrdered(history.all() + newAnswers))
    }
    progress = banks[event.bank] ?? progress
  }

  /// Recounts every tally from the whole history, in fold order.
  mutating func rebuildTallies(
    from answers: [AnswerEvent], base: AnswerTallies = AnswerTallies(), bankBase: [String: AnswerTallies] = [:]
  ) {
    tallies = base
    for bank in banks.keys { banks[bank]?.tallies = bankBase[bank] ?? AnswerTallies() }
    for event in answers {
      let recorded = isRecorded(event.session)
      tallies.count(event, sessionRecorded: recorded)
      banks[event.bank, default: BankProgress()].tallies.count(event, sessionRecorded: recorded)
    }
  }

  private mutating func apply(_ session: SessionEvent) {
    tallies.orphans[session.id] = nil
    for bank in banks.keys where banks[bank]?.tallies.orphans[session.id] != nil {
      banks[bank]?.tallies.orphans[session.id] = nil
    }
    var ids = sessionIDs
    // A game later than every recorded one, and new, goes after them without reading the snapshot's games.
    if storedSessions != nil, let last = lastSession, (last.started, last.id) < (session.started, session.id),
      !isRecorded(session.id)
    {
      ids = sessionIDs
      appendedSessions.append(session)
      ids?.insert(session.id)
      sessionIDs = ids
      return
    }
    sessions.removeAll { $0.id == session.id }
    let index = sessions.firstIndex { ($0.started, $0.id) > (session.started, session.id) } ?? sessions.count
    sessions.insert(session, at: index)
    ids?.insert(session.id)
    sessionIDs = ids  // kept up to date rather than rebuilt (the `sessions` setter drops it)
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
