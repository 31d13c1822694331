import Foundation

/// Which questions a game asked.
public enum GameMode: String, Codable, Sendable, CaseIterable, Hashable {
  /// A normal game: due questions first, then new ones, then the rest.
  case play
  /// Reviewing the questions FSRS says are due.
  case review
  /// Going over every question missed and not answered right since.
  case missed
}

/// A finished or interrupted game, recorded when it ends (or when the player quits).
///
/// A game killed before it could record this leaves only its answers; the statistics then show it as an
/// interrupted session rebuilt from them.
public struct SessionEvent: Codable, Sendable, Hashable {
  /// The session id, shared with the session's ``AnswerEvent``s.
  public var id: String
  /// The bank id.
  public var bank: String
  /// The language the game ended in.
  public var language: Language
  /// Which questions the game asked.
  public var mode: GameMode
  /// When the game started, rounded to the millisecond.
  public var started: Date
  /// When it ended, rounded to the millisecond.
  public var ended: Date
  /// How many questions were planned.
  public var asked: Int
  /// How many were answered (skips included).
  public var answered: Int
  /// How many answers were right.
  public var right: Int
  /// How many were wrong (skips included).
  public var wrong: Int
  /// The final score.
  public var score: Int
  /// The longest run of right answers in the game.
  public var bestStreak: Int
  /// Whether the game ended before its last question (the player quit or it was cut short).
  public var interrupted: Bool

  /// Creates a session record; dates are rounded to the millisecond.
  public init(
    id: String, bank: String, language: Language, mode: GameMode, started: Date, ended: Date, asked: Int,
    answered: Int, right: Int, wrong: Int, score: Int, bestStreak: Int, interrupted: Bool = false
  ) {
    self.id = id
    self.bank = bank
    self.language = language
    self.mode = mode
    self.started = ProfileCoding.normalized(started)
    self.ended = ProfileCoding.normalized(ended)
    self.asked = asked
    self.answered = answered
    self.right = right
    self.wrong = wrong
    self.score = score
    self.bestStreak = bestStreak
    self.interrupted = interrupted
  }

  enum CodingKeys: String, CodingKey {
    case id, bank, language, mode, started, ended, asked, answered, right, wrong, score, bestStreak, interrupted
  }

  /// Decodes a session; only `id` and `started` are required.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let started = try c.decode(Date.self, forKey: .started)
    self.init(
      id: try c.decode(String.self, forKey: .id), bank: try c.decodeIfPresent(String.self, forKey: .bank) ?? "",
      language: try c.decodeIfPresent(Language.self, forKey: .language) ?? .en,
      mode: try c.decodeIfPresent(GameMode.self, forKey: .mode) ?? .play, started: started,
      ended: try c.decodeIfPresent(Date.self, forKey: .ended) ?? started,
      asked: try c.decodeIfPresent(Int.self, forKey: .asked) ?? 0,
      answered: try c.decodeIfPresent(Int.self, forKey: .answered) ?? 0,
      right: try c.decodeIfPresent(Int.self, forKey: .right) ?? 0,
      wrong: try c.decodeIfPresent(Int.self, forKey: .wrong) ?? 0,
      score: try c.decodeIfPresent(Int.self, forKey: .score) ?? 0,
      bestStreak: try c.decodeIfPresent(Int.self, forKey: .bestStreak) ?? 0,
      interrupted: try c.decodeIfPresent(Bool.self, forKey: .interrupted) ?? false)
  }
}

/// A change of the player's preferences (`:lang es`, `:both`, a retention setting). Fields left `nil` are
/// unchanged; for each preference the latest change (by `changedAt`) wins, whatever order the events are
/// folded in.
public struct PreferencesEvent: Codable, Sendable, Hashable {
  /// The new game language, or `nil` to leave it.
  public var language: Language?
  /// Whether to show both languages side by side, or `nil` to leave it.
  public var showBoth: Bool?
  /// The new FSRS desired retention in `0.7…0.99`, or `nil` to leave it.
  public var desiredRetention: Double?
  /// When the change was made, rounded to the millisecond.
  public var changedAt: Date

  /// Creates a change; the date is rounded to the millisecond and a retention that is not a number is dropped.
  public init(language: Language? = nil, showBoth: Bool? = nil, desiredRetention: Double? = nil, changedAt: Date) {
    self.language = language
    self.showBoth = showBoth
    self.desiredRetention = desiredRetention.flatMap { $0.isFinite ? $0 : nil }
    self.changedAt = ProfileCoding.normalized(changedAt)
  }
}

/// Anything that changes a profile, as one line of the journal: `{"type":"answer", …}`,
/// `{"type":"session", …}` or `{"type":"preferences", …}`, the event's own fields beside `type`.
public enum ProfileEvent: Codable, Sendable, Hashable {
  /// A question was answered or skipped.
  case answer(AnswerEvent)
  /// A game ended.
  case session(SessionEvent)
  /// The preferences changed.
  case preferences(PreferencesEvent)

  /// The `type` discriminator values.
  public enum EventType: String, Codable, Sendable {
    /// An ``AnswerEvent``.
    case answer
    /// A ``SessionEvent``.
    case session
    /// A ``PreferencesEvent``.
    case preferences
  }

  private enum TypeKey: String, CodingKey { case type }

  /// The event's discriminator.
  public var type: EventType {
    switch self {
    case .answer: .answer
    case .session: .session
    case .preferences: .preferences
    }
  }

  /// The instant the event happened, used to order a replay.
  public var date: Date {
    switch self {
    case .answer(let event): event.answeredAt
    case .session(let event): event.ended
    case .preferences(let event): event.changedAt
    }
  }

  /// Decodes an event from its `type` and the fields beside it.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: TypeKey.self)
    switch try container.decode(EventType.self, forKey: .type) {
    case .answer: self = .answer(try AnswerEvent(from: decoder))
    case .session: self = .session(try SessionEvent(from: decoder))
    case .preferences: self = .preferences(try PreferencesEvent(from: decoder))
    }
  }

  /// Encodes the event's fields with its `type` beside them.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: TypeKey.self)
    try container.encode(type, forKey: .type)
    switch self {
    case .answer(let event): try event.encode(to: encoder)
    case .session(let event): try event.encode(to: encoder)
    case .preferences(let event): try event.encode(to: encoder)
    }
  }
}
