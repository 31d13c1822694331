import Foundation

/// Counts over a group of answers (all, a topic, a kind, a language): what ``Statistics/Accuracy`` is made of.
public struct AnswerCounts: Codable, Sendable, Equatable {
  /// Answers in the group.
  public var answered = 0
  /// Fully right ones.
  public var right = 0
  /// Partly right ones.
  public var partial = 0
  /// Wrong ones (skips included).
  public var wrong = 0
  /// The credit earned, summed in fold order.
  public var credit = 0.0

  /// No answers.
  public init() {}

  /// Counts one answer.
  public mutating func count(_ event: AnswerEvent) {
    answered = answered.saturatingAdding(1)
    credit += event.credit
    switch event.outcome {
    case .right: right = right.saturatingAdding(1)
    case .partial: partial = partial.saturatingAdding(1)
    case .wrong: wrong = wrong.saturatingAdding(1)
    }
  }

  enum CodingKeys: String, CodingKey { case answered, right, partial, wrong, credit }

  /// Decodes counts; missing ones are zero.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    answered = try c.decodeIfPresent(Int.self, forKey: .answered) ?? 0
    right = try c.decodeIfPresent(Int.self, forKey: .right) ?? 0
    partial = try c.decodeIfPresent(Int.self, forKey: .partial) ?? 0
    wrong = try c.decodeIfPresent(Int.self, forKey: .wrong) ?? 0
    credit = try c.decodeIfPresent(Double.self, forKey: .credit) ?? 0
  }
}

/// The answers of a game that has no ``SessionEvent`` (it was killed), for the statistics to show it as an
/// interrupted session.
public struct OrphanSession: Codable, Sendable, Equatable {
  /// The bank of its first answer.
  public var bank: String
  /// Its first answer's time.
  public var started: Date
  /// Its last answer's time.
  public var ended: Date
  /// Points scored.
  public var score = 0
  /// Answers given.
  public var answered = 0
  /// Right answers.
  public var right = 0
  /// Wrong answers.
  public var wrong = 0

  init(_ event: AnswerEvent) {
    bank = event.bank
    started = event.answeredAt
    ended = event.answeredAt
  }

  mutating func count(_ event: AnswerEvent) {
    ended = max(ended, event.answeredAt)
    started = min(started, event.answeredAt)
    score = score.saturatingAdding(event.points)
    guard !event.secondTry else { return }
    answered = answered.saturatingAdding(1)
    right = right.saturatingAdding(event.isRight ? 1 : 0)
    wrong = wrong.saturatingAdding(event.outcome == .wrong ? 1 : 0)
  }
}

/// The fold order of the latest answer folded, to tell an answer that comes after every other (counted on
/// top) from one that arrives out of order (then the tallies are rebuilt from the history).
public struct AnswerMark: Codable, Sendable, Hashable {
  /// When it was given.
  public var answeredAt: Date
  /// Its session.
  public var session: String
  /// Its bank.
  public var bank: String
  /// Its question.
  public var question: QuestionID

  init(_ event: AnswerEvent) {
    answeredAt = event.answeredAt
    session = event.session
    bank = event.bank
    question = event.question
  }

  /// Whether `event` comes strictly after this answer in fold order (see ``AnswerEvent/precedes(_:_:)``).
  func isBefore(_ event: AnswerEvent) -> Bool {
    if answeredAt != event.answeredAt { return answeredAt < event.answeredAt }
    if session != event.session { return session < event.session }
    if bank != event.bank { return bank < event.bank }
    return question < event.question
  }
}

/// Everything the statistics need from the answer history, kept up to date as answers are folded, so that the
/// history itself (``Profile/newAnswers`` and the history file) is never read to show them.
///
/// Counts are order-independent; the streaks and the credit sums follow fold order, so an answer folded out of
/// order makes the fold rebuild these tallies from the whole history (see ``Profile/apply(_:scheduler:history:)``),
/// which gives exactly what counting the history in order gives.
public struct AnswerTallies: Codable, Sendable, Equatable {
  /// Every answer.
  public var overall = AnswerCounts()
  /// Per topic id, answers that recorded one.
  public var topics: [String: AnswerCounts] = [:]
  /// Per question id, answers that recorded no topic (migrated from schema 1): the statistics look their
  /// topic up in the bank.
  public var untopicked: [String: AnswerCounts] = [:]
  /// Per kind (`QuestionKind` raw value).
  public var kinds: [String: AnswerCounts] = [:]
  /// Per language shown (`Language` raw value).
  public var languages: [String: AnswerCounts] = [:]
  /// Skipped questions.
  public var skipped = 0
  /// Answers given after a hint.
  public var hints = 0
  /// Right answers accepted by forgiving something.
  public var forgiven = 0
  /// Points scored.
  public var points = 0
  /// Right answers in a row at the end of the history.
  public var currentStreak = 0
  /// The longest run of right answers.
  public var bestStreak = 0
  /// The latest answer folded, in fold order.
  public var last: AnswerMark?
  /// Games with answers but no session record, by session id.
  public var orphans: [String: OrphanSession] = [:]

  /// No answers.
  public init() {}

  /// Counts one answer that comes after every answer counted so far; `recorded` says whether its session has
  /// a record (else it counts towards an orphan session).
  /// A second try (``AnswerEvent/secondTry``) adds its points only, as the game's summary counts it.
  public mutating func count(_ event: AnswerEvent, sessionRecorded recorded: Bool) {
    points = points.saturatingAdding(event.points)
    if last.map({ $0.isBefore(event) }) ?? true { last = AnswerMark(event) }
    if !recorded {
      var orphan = orphans[event.session] ?? OrphanSession(event)
      orphan.count(event)
      orphans[event.session] = orphan
    }
    guard !event.secondTry else { return }
    overall.count(event)
    if event.topic.isEmpty {
      untopicked[event.question.rawValue, default: AnswerCounts()].count(event)
    } else {
      topics[event.topic, default: AnswerCounts()].count(event)
    }
    kinds[event.kind.rawValue, default: AnswerCounts()].count(event)
    languages[event.language.rawValue, default: AnswerCounts()].count(event)
    skipped = skipped.saturatingAdding(event.skipped ? 1 : 0)
    hints = hints.saturatingAdding(event.usedHint ? 1 : 0)
    forgiven = forgiven.saturatingAdding(event.forgiven && event.isRight ? 1 : 0)
    currentStreak = event.isRight ? currentStreak.saturatingAdding(1) : 0
    bestStreak = max(bestStreak, currentStreak)
  }

  enum CodingKeys: String, CodingKey {
    case overall, topics, untopicked, kinds, languages, skipped, hints, forgiven, points, currentStreak, bestStreak
    case last, orphans
  }

  /// Decodes tallies; missing keys are empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    overall = try c.decodeIfPresent(AnswerCounts.self, forKey: .overall) ?? AnswerCounts()
    topics = try c.decodeIfPresent([String: AnswerCounts].self, forKey: .topics) ?? [:]
    untopicked = try c.decodeIfPresent([String: AnswerCounts].self, forKey: .untopicked) ?? [:]
    kinds = try c.decodeIfPresent([String: AnswerCounts].self, forKey: .kinds) ?? [:]
    languages = try c.decodeIfPresent([String: AnswerCounts].self, forKey: .languages) ?? [:]
    skipped = try c.decodeIfPresent(Int.self, forKey: .skipped) ?? 0
    hints = try c.decodeIfPresent(Int.self, forKey: .hints) ?? 0
    forgiven = try c.decodeIfPresent(Int.self, forKey: .forgiven) ?? 0
    points = try c.decodeIfPresent(Int.self, forKey: .points) ?? 0
    currentStreak = try c.decodeIfPresent(Int.self, forKey: .currentStreak) ?? 0
    bestStreak = try c.decodeIfPresent(Int.self, forKey: .bestStreak) ?? 0
    last = try c.decodeIfPresent(AnswerMark.self, forKey: .last)
    orphans = try c.decodeIfPresent([String: OrphanSession].self, forKey: .orphans) ?? [:]
  }
}
