import Foundation

/// The player's profile: preferences, what they remember of each question (with its FSRS card), the games
/// they played, and the tallies the statistics are made of.
///
/// A profile is a pure fold of ``ProfileEvent``s (see ``applying(_:scheduler:)``): the file-system edge
/// appends each event to a journal as it happens and, now and then, writes the folded profile as a snapshot.
///
/// **History.** The answers themselves are not part of the snapshot (schema 3): a snapshot's size, and so the
/// time to load it, depends on the number of questions and games, not of answers. Answers folded since the
/// history was last written are in ``newAnswers``; the edge appends them to an append-only history file when it
/// compacts, and the snapshot remembers how much of that file it has taken in (``historyLength``). The fold
/// reads the history (through an ``AnswerHistory``) only in the rare case of an answer that arrives out of
/// order (two games on one profile) or twice (a journal replayed after a crash).
///
/// See ``ProfileDecoding`` for versions and migration, and ``ProfileSnapshot`` for the format.
public struct Profile: Sendable, Equatable {
  /// The schema version this build writes and reads.
  public static let currentSchemaVersion = 3

  /// The schema version of the data (``currentSchemaVersion`` for a profile made by this build).
  public var schemaVersion: Int
  /// The player's preferences.
  public var preferences: Preferences
  /// What the player remembers, per bank id.
  public var banks: [String: BankProgress]
  /// The games played, by start date.
  ///
  /// Read from an intact snapshot, the games are parsed only when this is first read (see ``StoredSessions``);
  /// ``hasSession(bank:)`` and folding a new game do not need them.
  public var sessions: [SessionEvent] {
    get { storedSessions.map { $0.all + appendedSessions } ?? loadedSessions }
    set {
      storedSessions = nil
      appendedSessions = []
      loadedSessions = newValue
      sessionIDs = nil
    }
  }
  /// The games, when they are not read lazily.
  var loadedSessions: [SessionEvent] = []
  /// The snapshot's games, read when needed, and the games folded in after them (all later than the last).
  var storedSessions: StoredSessions?
  var appendedSessions: [SessionEvent] = []
  /// The tallies of every answer, all banks together (each bank has its own in ``BankProgress/tallies``).
  public var tallies: AnswerTallies
  /// The bytes of the history file that this profile has folded in (the rest, if any, was left by a
  /// compaction that did not finish, and is also still in the journal).
  public var historyLength: Int
  /// Answers folded in and not yet in the history file, in fold order. Not part of the snapshot.
  public var newAnswers: [AnswerEvent]
  /// The tallies without ``newAnswers`` (those of the snapshot as read), overall and per bank: an answer
  /// that arrives out of order among the new answers only is recounted from these, without the history.
  var baseTallies = AnswerTallies()
  var baseBankTallies: [String: AnswerTallies] = [:]
  /// The ids of ``sessions``, to tell an answer of a recorded game from one of a killed game; built when the
  /// first answer is folded (not at load: a long-played profile has tens of thousands of sessions).
  var sessionIDs: Set<String>?

  /// A new, empty profile.
  public init(preferences: Preferences = Preferences()) {
    schemaVersion = Self.currentSchemaVersion
    self.preferences = preferences
    banks = [:]
    tallies = AnswerTallies()
    historyLength = 0
    newAnswers = []
  }

  /// The record of a question of a bank, if it was ever answered.
  public func record(bank: String, question: QuestionID) -> QuestionRecord? {
    banks[bank]?.questions[question]
  }

  /// Whether a game of this bank was ever recorded (without reading every game of a lazily read profile).
  public func hasSession(bank: String) -> Bool {
    guard let storedSessions else { return loadedSessions.contains { $0.bank == bank } }
    return storedSessions.banks.contains(bank) || appendedSessions.contains { $0.bank == bank }
  }

  /// How many games were recorded.
  public var sessionCount: Int {
    storedSessions.map { $0.count + appendedSessions.count } ?? loadedSessions.count
  }

  /// The ids of the recorded games.
  var allSessionIDs: Set<String> {
    guard let storedSessions else { return Set(loadedSessions.map(\.id)) }
    return storedSessions.ids.union(appendedSessions.map(\.id))
  }

  /// The latest recorded game.
  var lastSession: SessionEvent? {
    guard let storedSessions else { return loadedSessions.last }
    return appendedSessions.last ?? storedSessions.last
  }

  /// The profile without its unwritten answers: what its snapshot holds.
  public var withoutNewAnswers: Profile {
    var profile = self
    profile.historyWritten(length: historyLength)
    return profile
  }

  /// Records that ``newAnswers`` are now in the history file, which is `length` bytes long: they leave the
  /// profile, and the tallies as they stand become the base later out-of-order answers are recounted from.
  public mutating func historyWritten(length: Int) {
    historyLength = length
    newAnswers = []
    baseTallies = tallies
    baseBankTallies = banks.mapValues(\.tallies)
  }

  public static func == (lhs: Profile, rhs: Profile) -> Bool {
    lhs.schemaVersion == rhs.schemaVersion && lhs.preferences == rhs.preferences && lhs.banks == rhs.banks
      && lhs.sessions == rhs.sessions && lhs.tallies == rhs.tallies && lhs.historyLength == rhs.historyLength
      && lhs.newAnswers == rhs.newAnswers
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

/// What the player remembers of one bank: a record per question id, and the tallies of its answers.
public struct BankProgress: Sendable, Equatable {
  /// The records, by question id.
  public var questions: RecordTable
  /// The tallies of the bank's answers.
  public var tallies: AnswerTallies

  /// Creates progress from records.
  public init(questions: RecordTable = [:], tallies: AnswerTallies = AnswerTallies()) {
    self.questions = questions
    self.tallies = tallies
  }
}
