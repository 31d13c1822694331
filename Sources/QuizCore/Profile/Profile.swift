import Foundation

/// The player's profile: preferences, what they remember of each question (with its FSRS card), the games
/// they played and every answer they gave.
///
/// A profile is a pure fold of ``ProfileEvent``s (see ``applying(_:scheduler:)``): the file-system edge
/// appends each event to a journal as it happens and, now and then, writes the folded profile as a snapshot.
///
/// **History.** Every ``AnswerEvent`` is kept, whole, in ``answers`` (sorted in fold order). They are what
/// the statistics are computed from (accuracy per topic, kind and language; streaks across games), and what
/// lets a question's record be rebuilt exactly when an answer arrives out of order (two games on one profile).
/// An event is about 350 bytes, so 10 000 answers make a 3.5 MB snapshot; that file is only rewritten when a
/// game ends, never per answer. Compacting old answers into daily tallies is left for when a profile gets
/// that big.
///
/// Missing keys decode to their defaults; see ``ProfileDecoding`` for versions and migration.
public struct Profile: Codable, Sendable, Equatable {
  /// The schema version this build writes and reads.
  public static let currentSchemaVersion = 2

  /// The schema version of the data (``currentSchemaVersion`` for a profile made by this build).
  public var schemaVersion: Int
  /// The player's preferences.
  public var preferences: Preferences
  /// What the player remembers, per bank id.
  public var banks: [String: BankProgress]
  /// The games played, by start date.
  public var sessions: [SessionEvent]
  /// Every answer, in fold order (see ``AnswerEvent/precedes(_:_:)``).
  public var answers: [AnswerEvent]

  /// A new, empty profile.
  public init(preferences: Preferences = Preferences()) {
    schemaVersion = Self.currentSchemaVersion
    self.preferences = preferences
    banks = [:]
    sessions = []
    answers = []
  }

  /// The record of a question of a bank, if it was ever answered.
  public func record(bank: String, question: QuestionID) -> QuestionRecord? {
    banks[bank]?.questions[question]
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, preferences, banks, sessions, answers }

  /// Decodes a profile of the current schema; every key may be missing.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(preferences: try c.decodeIfPresent(Preferences.self, forKey: .preferences) ?? Preferences())
    schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? Self.currentSchemaVersion
    banks = try c.decodeIfPresent([String: BankProgress].self, forKey: .banks) ?? [:]
    sessions = try c.decodeIfPresent([SessionEvent].self, forKey: .sessions) ?? []
    answers = (try c.decodeIfPresent([AnswerEvent].self, forKey: .answers) ?? []).sorted(by: AnswerEvent.precedes)
  }
}

/// The player's settings.
public struct Preferences: Codable, Sendable, Hashable {
  /// The default FSRS desired retention.
  public static let defaultDesiredRetention = 0.9
  /// The desired retentions accepted.
  public static let desiredRetentionRange = 0.7...0.99

  /// The game language chosen by the player, or `nil` to follow the environment (`LANG`).
  public var language: Language?
  /// Whether to show both languages side by side.
  public var showBoth: Bool
  /// The probability of recall FSRS schedules reviews at.
  public var desiredRetention: Double
  /// When each preference was last changed: a change older than that is ignored, whatever order changes
  /// are folded in.
  public var changed: ChangeTimes

  /// Creates preferences; the retention is clamped to ``desiredRetentionRange``.
  public init(
    language: Language? = nil, showBoth: Bool = false, desiredRetention: Double = Preferences.defaultDesiredRetention,
    changed: ChangeTimes = ChangeTimes()
  ) {
    self.language = language
    self.showBoth = showBoth
    self.desiredRetention = Self.clampedRetention(desiredRetention)
    self.changed = changed
  }

  /// A retention within ``desiredRetentionRange`` (the default for a value that is not a number).
  public static func clampedRetention(_ value: Double) -> Double {
    guard value.isFinite else { return defaultDesiredRetention }
    return min(desiredRetentionRange.upperBound, max(desiredRetentionRange.lowerBound, value))
  }

  /// The FSRS parameters these preferences ask for.
  public var schedulerParameters: SchedulerParameters {
    SchedulerParameters(desiredRetention: desiredRetention)
  }

  /// When each preference was last changed (`nil`: never).
  public struct ChangeTimes: Codable, Sendable, Hashable {
    /// When the language was last chosen.
    public var language: Date?
    /// When side-by-side display was last switched.
    public var showBoth: Date?
    /// When the desired retention was last set.
    public var desiredRetention: Date?

    /// Creates change times, none by default.
    public init(language: Date? = nil, showBoth: Date? = nil, desiredRetention: Date? = nil) {
      self.language = language
      self.showBoth = showBoth
      self.desiredRetention = desiredRetention
    }
  }

  enum CodingKeys: String, CodingKey { case language, showBoth, desiredRetention, changed }

  /// Decodes preferences; every key may be missing.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      language: try c.decodeIfPresent(Language.self, forKey: .language),
      showBoth: try c.decodeIfPresent(Bool.self, forKey: .showBoth) ?? false,
      desiredRetention: try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? Self.defaultDesiredRetention,
      changed: try c.decodeIfPresent(ChangeTimes.self, forKey: .changed) ?? ChangeTimes())
  }
}

/// What the player remembers of one bank: a record per question id.
public struct BankProgress: Codable, Sendable, Equatable {
  /// The records, by question id.
  public var questions: [QuestionID: QuestionRecord]

  /// Creates progress from records.
  public init(questions: [QuestionID: QuestionRecord] = [:]) { self.questions = questions }

  /// Decodes `{"questions": {"<id>": record, …}}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let byName = try c.decodeIfPresent([String: QuestionRecord].self, forKey: .questions) ?? [:]
    questions = Dictionary(uniqueKeysWithValues: byName.map { (QuestionID(rawValue: $0.key), $0.value) })
  }

  /// Encodes the records as an object keyed by question id.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    let byName = Dictionary(uniqueKeysWithValues: questions.map { ($0.key.rawValue, $0.value) })
    try c.encode(byName, forKey: .questions)
  }

  enum CodingKeys: String, CodingKey { case questions }
}
