import Foundation

/// How an answer fared, as the profile stores it (the same cases as the answer checker's verdict).
public enum AnswerOutcome: String, Codable, Sendable, CaseIterable, Hashable {
  /// Fully right, possibly with something forgiven.
  case right
  /// Partly right (a timeline with some events in order).
  case partial
  /// Wrong, or skipped.
  case wrong
}

/// One answered (or skipped) question, self-contained: everything the profile and the statistics need is in
/// the event, so replaying a journal of events rebuilds the profile without the bank.
///
/// Stored as one JSON line in the journal (with `"type": "answer"`, see ``ProfileEvent``) and kept in the
/// profile's answer history.
public struct AnswerEvent: Codable, Sendable, Hashable {
  /// The longest typed input kept, in characters; longer input is cut there.
  public static let maximumInputLength = 200

  /// The bank id.
  public var bank: String
  /// The question's language-neutral id.
  public var question: QuestionID
  /// The kind of question.
  public var kind: QuestionKind
  /// The topic id of the question's (first) fact.
  public var topic: String
  /// The language the question was shown in.
  public var language: Language
  /// How the answer fared.
  public var outcome: AnswerOutcome
  /// The credit earned, from 0 to 1.
  public var credit: Double
  /// The points scored.
  public var points: Int
  /// The FSRS rating the answer was given (see `Rating.forAnswer`).
  public var rating: Rating
  /// Whether the answer was accepted only by forgiving something (a typo, accents…).
  public var forgiven: Bool
  /// Whether the player asked for a hint first.
  public var usedHint: Bool
  /// Whether the player skipped the question (then the outcome is wrong).
  public var skipped: Bool
  /// What the player typed, cut to ``maximumInputLength`` characters.
  public var input: String
  /// When the answer was given, rounded to the millisecond.
  public var answeredAt: Date
  /// How long the player took, in seconds, when measured.
  public var elapsed: Double?
  /// The id of the game session the answer belongs to.
  public var session: String
  /// Whether this answers the second try of a question missed earlier in the same game. Such an answer keeps
  /// its points but, as in the game's summary, leaves the right/wrong counts, the accuracy and the streak alone.
  /// Written only when `true`; profiles from before it read as first tries.
  public var secondTry: Bool

  /// Creates an event; `input` is cut to ``maximumInputLength`` characters, `credit` clamped to 0…1 and
  /// `answeredAt` rounded to the millisecond; an `elapsed` time that is negative or not a number is dropped.
  public init(
    bank: String, question: QuestionID, kind: QuestionKind, topic: String, language: Language,
    outcome: AnswerOutcome, credit: Double, points: Int, rating: Rating, forgiven: Bool = false,
    usedHint: Bool = false, skipped: Bool = false, input: String, answeredAt: Date, elapsed: Double? = nil,
    session: String, secondTry: Bool = false
  ) {
    self.bank = bank
    self.question = question
    self.kind = kind
    self.topic = topic
    self.language = language
    self.outcome = outcome
    self.credit = credit.isFinite ? min(1, max(0, credit)) : 0
    self.points = points
    self.rating = rating
    self.forgiven = forgiven
    self.usedHint = usedHint
    self.skipped = skipped
    self.input = String(input.prefix(Self.maximumInputLength))
    self.answeredAt = ProfileCoding.normalized(answeredAt)
    self.elapsed = elapsed.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
    self.session = session
    self.secondTry = secondTry
  }

  /// Whether the answer was fully right.
  public var isRight: Bool { outcome == .right }

  enum CodingKeys: String, CodingKey {
    case bank, question, kind, topic, language, outcome, credit, points, rating, forgiven, usedHint, skipped
    case input, answeredAt, elapsed, session, secondTry
  }

  /// Encodes the event; `elapsed` only when measured and `secondTry` only when `true`, so a first try is
  /// written exactly as before the field existed.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(bank, forKey: .bank)
    try c.encode(question, forKey: .question)
    try c.encode(kind, forKey: .kind)
    try c.encode(topic, forKey: .topic)
    try c.encode(language, forKey: .language)
    try c.encode(outcome, forKey: .outcome)
    try c.encode(credit, forKey: .credit)
    try c.encode(points, forKey: .points)
    try c.encode(rating, forKey: .rating)
    try c.encode(forgiven, forKey: .forgiven)
    try c.encode(usedHint, forKey: .usedHint)
    try c.encode(skipped, forKey: .skipped)
    try c.encode(input, forKey: .input)
    try c.encode(answeredAt, forKey: .answeredAt)
    try c.encodeIfPresent(elapsed, forKey: .elapsed)
    try c.encode(session, forKey: .session)
    if secondTry { try c.encode(secondTry, forKey: .secondTry) }
  }

  /// Decodes an event; only `bank`, `question` and `answeredAt` are required, the rest fall back to what a
  /// wrong answer in English would have (the kind is read from the question id when absent).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let question = try c.decode(QuestionID.self, forKey: .question)
    let outcome = try c.decodeIfPresent(AnswerOutcome.self, forKey: .outcome) ?? .wrong
    self.init(
      bank: try c.decode(String.self, forKey: .bank), question: question,
      kind: try c.decodeIfPresent(QuestionKind.self, forKey: .kind) ?? question.inferredKind,
      topic: try c.decodeIfPresent(String.self, forKey: .topic) ?? "",
      language: try c.decodeIfPresent(Language.self, forKey: .language) ?? .en, outcome: outcome,
      credit: try c.decodeIfPresent(Double.self, forKey: .credit) ?? (outcome == .right ? 1 : 0),
      points: try c.decodeIfPresent(Int.self, forKey: .points) ?? 0,
      rating: try c.decodeIfPresent(Rating.self, forKey: .rating) ?? (outcome == .right ? .good : .again),
      forgiven: try c.decodeIfPresent(Bool.self, forKey: .forgiven) ?? false,
      usedHint: try c.decodeIfPresent(Bool.self, forKey: .usedHint) ?? false,
      skipped: try c.decodeIfPresent(Bool.self, forKey: .skipped) ?? false,
      input: try c.decodeIfPresent(String.self, forKey: .input) ?? "",
      answeredAt: try c.decode(Date.self, forKey: .answeredAt),
      elapsed: try c.decodeIfPresent(Double.self, forKey: .elapsed),
      session: try c.decodeIfPresent(String.self, forKey: .session) ?? "",
      secondTry: try c.decodeIfPresent(Bool.self, forKey: .secondTry) ?? false)
  }

  /// The order events are folded in: by time, then session, then question, so any arrival order of the same
  /// events gives the same profile.
  public static func precedes(_ lhs: AnswerEvent, _ rhs: AnswerEvent) -> Bool {
    if lhs.answeredAt != rhs.answeredAt { return lhs.answeredAt < rhs.answeredAt }
    if lhs.session != rhs.session { return lhs.session < rhs.session }
    if lhs.bank != rhs.bank { return lhs.bank < rhs.bank }
    return lhs.question < rhs.question
  }

  /// Whether two events record the same answer (same bank, question, session and instant): the fold keeps
  /// only the first, so an event replayed twice (a journal re-read after a crash during compaction) counts once.
  public func isSameAnswer(as other: AnswerEvent) -> Bool {
    answeredAt == other.answeredAt && question == other.question && session == other.session && bank == other.bank
  }
}

extension QuestionID {
  /// The kind written in the id (`fact.kind[.inverse][.variant]` or `timeline(…)`), or `typed` when the id
  /// names none; used for events and profiles written before the kind was stored.
  public var inferredKind: QuestionKind {
    if rawValue.hasPrefix("timeline(") { return .timeline }
    for part in rawValue.split(separator: ".").dropFirst() {
      if let kind = QuestionKind(rawValue: String(part)) { return kind }
    }
    return .typed
  }
}
