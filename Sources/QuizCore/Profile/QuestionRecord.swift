import Foundation

/// Answer counts: how many attempts, and how they fared.
public struct Tally: Codable, Sendable, Hashable {
  /// Answers given (skips included).
  public var attempts: Int
  /// Fully right answers.
  public var right: Int
  /// Partly right answers (timelines).
  public var partial: Int
  /// Wrong answers and skips.
  public var wrong: Int

  /// Creates counts, all zero by default.
  public init(attempts: Int = 0, right: Int = 0, partial: Int = 0, wrong: Int = 0) {
    self.attempts = attempts
    self.right = right
    self.partial = partial
    self.wrong = wrong
  }

  /// Counts one answer.
  public mutating func count(_ outcome: AnswerOutcome) {
    attempts = attempts.saturatingAdding(1)  // a profile file may hold any count, Int.max included
    switch outcome {
    case .right: right = right.saturatingAdding(1)
    case .partial: partial = partial.saturatingAdding(1)
    case .wrong: wrong = wrong.saturatingAdding(1)
    }
  }

  /// Decodes counts; missing ones are zero.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      attempts: try c.decodeIfPresent(Int.self, forKey: .attempts) ?? 0,
      right: try c.decodeIfPresent(Int.self, forKey: .right) ?? 0,
      partial: try c.decodeIfPresent(Int.self, forKey: .partial) ?? 0,
      wrong: try c.decodeIfPresent(Int.self, forKey: .wrong) ?? 0)
  }

  enum CodingKeys: String, CodingKey { case attempts, right, partial, wrong }
}

/// What the profile remembers about one question of one bank: its counts overall and per language, the last
/// answer, whether it is still missed, and its FSRS memory card.
public struct QuestionRecord: Codable, Sendable, Hashable {
  /// The kind of question (from its answers).
  public var kind: QuestionKind
  /// The topic id (from its answers; empty if never known).
  public var topic: String
  /// Counts over all languages.
  public var total: Tally
  /// Counts when asked in English.
  public var english: Tally
  /// Counts when asked in Spanish.
  public var spanish: Tally
  /// What was typed last time.
  public var lastAnswer: String
  /// When it was last answered.
  public var lastAnsweredAt: Date?
  /// How the last answer fared.
  public var lastOutcome: AnswerOutcome?
  /// The session of the last answer (with ``lastAnsweredAt``, where it falls in fold order).
  public var lastSession: String?
  /// Whether the question was missed (wrong, partial or skipped) and not answered right since.
  public var missedSinceRight: Bool
  /// The FSRS memory of the question.
  public var card: MemoryCard

  /// A record of a question never answered, its card new and due at `due`.
  public init(kind: QuestionKind, topic: String, due: Date) {
    self.kind = kind
    self.topic = topic
    total = Tally()
    english = Tally()
    spanish = Tally()
    lastAnswer = ""
    lastAnsweredAt = nil
    lastOutcome = nil
    lastSession = nil
    missedSinceRight = false
    card = MemoryCard(due: due)
  }

  /// The counts in one language.
  public subscript(language: Language) -> Tally {
    get { language == .en ? english : spanish }
    set { if language == .en { english = newValue } else { spanish = newValue } }
  }

  /// Folds one answer into the record: counts, last answer, missed flag and an FSRS review of the card with
  /// the answer's rating at its time.
  public mutating func apply(_ event: AnswerEvent, scheduler: Scheduler) {
    kind = event.kind
    if !event.topic.isEmpty { topic = event.topic }
    total.count(event.outcome)
    self[event.language].count(event.outcome)
    lastAnswer = event.input
    lastAnsweredAt = event.answeredAt
    lastOutcome = event.outcome
    lastSession = event.session
    missedSinceRight = event.outcome != .right
    card = scheduler.reviewed(card, rating: event.rating, at: event.answeredAt)
  }

  /// Whether the record's last answer comes after `event` in fold order (both of this question and bank).
  func hasAnswerAfter(_ event: AnswerEvent) -> Bool {
    guard let last = lastAnsweredAt else { return false }
    if last != event.answeredAt { return last > event.answeredAt }
    return (lastSession ?? "") > event.session
  }

  /// The record rebuilt from a question's answers, in fold order.
  public static func replaying(_ events: [AnswerEvent], scheduler: Scheduler) -> QuestionRecord? {
    guard let first = events.first else { return nil }
    var record = QuestionRecord(kind: first.kind, topic: first.topic, due: first.answeredAt)
    for event in events { record.apply(event, scheduler: scheduler) }
    return record
  }

  enum CodingKeys: String, CodingKey {
    case kind, topic, total, english, spanish, lastAnswer, lastAnsweredAt, lastOutcome, lastSession, missedSinceRight
    case card
  }

  /// Decodes a record; missing counts are zero and a missing card is a new card due now-ish (at the last
  /// answer, or the Unix epoch, so it is due).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let last = try c.decodeIfPresent(Date.self, forKey: .lastAnsweredAt)
    self.init(
      kind: try c.decodeIfPresent(QuestionKind.self, forKey: .kind) ?? .typed,
      topic: try c.decodeIfPresent(String.self, forKey: .topic) ?? "",
      due: last ?? Date(timeIntervalSince1970: 0))
    total = try c.decodeIfPresent(Tally.self, forKey: .total) ?? Tally()
    english = try c.decodeIfPresent(Tally.self, forKey: .english) ?? Tally()
    spanish = try c.decodeIfPresent(Tally.self, forKey: .spanish) ?? Tally()
    lastAnswer = try c.decodeIfPresent(String.self, forKey: .lastAnswer) ?? ""
    lastAnsweredAt = last
    lastOutcome = try c.decodeIfPresent(AnswerOutcome.self, forKey: .lastOutcome)
    lastSession = try c.decodeIfPresent(String.self, forKey: .lastSession)
    missedSinceRight = try c.decodeIfPresent(Bool.self, forKey: .missedSinceRight) ?? false
    if let card = try c.decodeIfPresent(MemoryCard.self, forKey: .card) { self.card = card }
  }
}
