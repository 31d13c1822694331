import Foundation

/// What a player has done and what is coming: totals, accuracy by topic, kind and language, session scores,
/// streaks, reviews due and the most-missed questions. Computed purely from a profile (see
/// ``init(profile:bank:topicNames:questionTopics:now:calendar:mostMissedLimit:)``) and `Codable` for
/// `stats --json`.
public struct Statistics: Codable, Sendable, Equatable {
  /// Answer counts over the whole history.
  public struct Totals: Codable, Sendable, Equatable {
    /// Answers given (skips included).
    public var answered: Int = 0
    /// Fully right answers.
    public var right: Int = 0
    /// Partly right answers.
    public var partial: Int = 0
    /// Wrong answers (skips included).
    public var wrong: Int = 0
    /// Skipped questions.
    public var skipped: Int = 0
    /// Answers given after a hint.
    public var hints: Int = 0
    /// Right answers accepted by forgiving something.
    public var forgiven: Int = 0
    /// Points scored.
    public var points: Int = 0
    /// Different questions answered at least once.
    public var questionsSeen: Int = 0
    /// Questions missed and not answered right since.
    public var questionsMissed: Int = 0
    /// Games played (interrupted ones included).
    public var sessions: Int = 0
  }

  /// Accuracy over a group of answers (a topic, a kind, a language, or all).
  public struct Accuracy: Codable, Sendable, Equatable {
    /// The group's id: a topic id, a kind (`choice`), a language (`es`), or `all`.
    public var id: String
    /// The group's display name when known (topics), else the id.
    public var name: String
    /// Answers in the group.
    public var answered: Int
    /// Fully right ones.
    public var right: Int
    /// Partly right ones.
    public var partial: Int
    /// Wrong ones.
    public var wrong: Int
    /// The credit earned, summed (a partial timeline counts its share).
    public var credit: Double
    /// `credit / answered`, from 0 to 1 (0 with no answers).
    public var accuracy: Double { answered == 0 ? 0 : credit / Double(answered) }

    init(id: String, name: String) {
      self.id = id
      self.name = name
      answered = 0
      right = 0
      partial = 0
      wrong = 0
      credit = 0
    }

    mutating func add(_ counts: AnswerCounts) {
      answered = answered.saturatingAdding(counts.answered)
      credit += counts.credit
      right = right.saturatingAdding(counts.right)
      partial = partial.saturatingAdding(counts.partial)
      wrong = wrong.saturatingAdding(counts.wrong)
    }

    enum CodingKeys: String, CodingKey { case id, name, answered, right, partial, wrong, credit, accuracy }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      name = try c.decode(String.self, forKey: .name)
      answered = try c.decode(Int.self, forKey: .answered)
      right = try c.decode(Int.self, forKey: .right)
      partial = try c.decode(Int.self, forKey: .partial)
      wrong = try c.decode(Int.self, forKey: .wrong)
      credit = try c.decode(Double.self, forKey: .credit)
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(name, forKey: .name)
      try c.encode(answered, forKey: .answered)
      try c.encode(right, forKey: .right)
      try c.encode(partial, forKey: .partial)
      try c.encode(wrong, forKey: .wrong)
      try c.encode(credit, forKey: .credit)
      try c.encode(accuracy, forKey: .accuracy)
    }
  }

  /// One game's score.
  public struct SessionScore: Codable, Sendable, Equatable {
    /// The session id.
    public var id: String
    /// The bank id.
    public var bank: String
    /// Which questions it asked; `nil` for a game rebuilt from its answers.
    public var mode: GameMode?
    /// When it started.
    public var started: Date
    /// When it ended (its last answer, for a game rebuilt from its answers).
    public var ended: Date
    /// The score.
    public var score: Int
    /// Answers given.
    public var answered: Int
    /// Right answers.
    public var right: Int
    /// Wrong answers.
    public var wrong: Int
    /// Whether it ended early, or never recorded its end (killed).
    public var interrupted: Bool
  }

  /// How many reviews fall due on one day.
  public struct DueDay: Codable, Sendable, Equatable {
    /// The day, `yyyy-MM-dd` in the calendar's time zone.
    public var day: String
    /// Days from today (0 is today, which also counts what is overdue).
    public var offset: Int
    /// Questions due that day.
    public var count: Int
  }

  /// A question often answered wrong.
  public struct MissedQuestion: Codable, Sendable, Equatable {
    /// The bank id.
    public var bank: String
    /// The question id: of the questions asked the same way (see ``questions``), the one missed most.
    public var question: QuestionID
    /// Every question counted in this line: those that ask the same thing and differ only in how the answer
    /// is given (typed, chosen among options, a number or a date), which show the player the same prompt.
    public var questions: [QuestionID]
    /// Its kind.
    public var kind: QuestionKind
    /// Its topic id.
    public var topic: String
    /// Times answered wrong (or skipped).
    public var wrong: Int
    /// Times answered.
    public var attempts: Int
    /// Whether it is still missed.
    public var missedSinceRight: Bool
    /// What was typed last.
    public var lastAnswer: String
    /// When it was last answered.
    public var lastAnsweredAt: Date?
    /// The question's prompt in the player's language, filled in by whoever holds the bank.
    public var prompt: String?
    /// The question's right answer in the player's language, filled in by whoever holds the bank: it tells
    /// apart lines whose facts share a prompt ("What was she charged with?").
    public var answer: String? = nil
  }

  /// The bank the figures are limited to, or `nil` for all banks.
  public var bank: String?
  /// The instant the figures were computed for.
  public var generatedAt: Date
  /// Counts over the whole history.
  public var totals: Totals
  /// Accuracy over every answer.
  public var overall: Accuracy
  /// Accuracy per topic, by name.
  public var byTopic: [Accuracy]
  /// Accuracy per kind of question, in the order of `QuestionKind.allCases`.
  public var byKind: [Accuracy]
  /// Accuracy per language the question was shown in.
  public var byLanguage: [Accuracy]
  /// Every game's score, oldest first.
  public var sessions: [SessionScore]
  /// Right answers in a row at the end of the history, across games.
  public var currentStreak: Int
  /// The longest run of right answers ever, across games.
  public var bestStreak: Int
  /// Questions due now.
  public var dueNow: Int
  /// Questions due by the end of today (overdue ones included).
  public var dueToday: Int
  /// Questions falling due on each of the next 14 days, today first.
  public var dueByDay: [DueDay]
  /// The most-missed questions, most wrong answers first.
  public var mostMissed: [MissedQuestion]
  /// Per bank (those whose questions were at hand), how many facts are new, being learned and mastered,
  /// overall and per topic (see ``Mastery``); filled in by whoever holds the banks.
  public var mastery: [Mastery] = []
  /// Days in a row with a game or a review, in the player's local time; filled in by whoever knows the time
  /// zone.
  public var dayStreak: DayStreak? = nil
}
