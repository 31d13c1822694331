import Foundation

/// What a game session asks its front end to show or do, in order. The terminal and the JSON Lines protocol
/// both render these.
public enum GameEvent: Sendable, Equatable {
  /// A question to ask (again, after a language switch or a hint).
  case question(QuestionPresentation)
  /// An answer to record durably. It always comes before the verdict it belongs to, so a front end that saves
  /// as it meets this event has saved before the player sees the verdict.
  case answered(AnsweredQuestion)
  /// The verdict on an answer.
  case verdict(VerdictPresentation)
  /// A reply to a command, already written in the current language.
  case info(String)
  /// A problem with the input, already written in the current language; the question stays.
  case error(String)
  /// The end of the game.
  case summary(GameSummary)
  /// The player changed a preference the profile keeps (`:lang`, `:both`); `nil` for what did not change. A
  /// front end saves it; it shows nothing.
  case preferencesChanged(language: Language?, showBoth: Bool?)
}

/// A question as it is shown.
public struct QuestionPresentation: Sendable, Equatable {
  /// The question in the current language.
  public var question: RenderedQuestion
  /// The question in the other language, when `:both` is on.
  public var secondary: RenderedQuestion?
  /// The position of the question, from 1.
  public var index: Int
  /// The number of questions in the game.
  public var total: Int
  /// Option indices removed by a hint (multiple choice).
  public var removedOptions: [Int]
  /// The letters revealed by hints ("F_______ C_____"), when any.
  public var revealed: String?
  /// The form the question asks its fact in (shown in the header: "(recall)").
  public var form: LearningForm = .recognition
  /// Whether this is the second try of a question missed earlier in the game.
  public var secondTry = false
  /// Whether the question's fact was never answered before the game (its header then names no stage beyond
  /// recognition).
  public var newFact = false
}

/// What a miss teaches: the fact as a sentence and the source quote it rests on.
public struct Lesson: Sendable, Equatable, Codable {
  /// The fact stated as a sentence in the verdict's language (for a timeline, each event's sentence in
  /// chronological order, one per line).
  public var sentence: String
  /// The quote of the source the fact rests on, verbatim in its document's language; `nil` for a timeline.
  public var quote: String?
  /// The language of the quote's document; its translation is in the other one.
  public var quoteLanguage: Language
  /// The quote's translation, when the reader is shown it: always for a quote in the other language, and
  /// with `:both` for one in the game's language.
  public var quoteTranslation: String?
  /// The sentence in the other language, with `:both`.
  public var otherSentence: String?

  /// Creates a lesson.
  public init(
    sentence: String, quote: String? = nil, quoteLanguage: Language = .en, quoteTranslation: String? = nil,
    otherSentence: String? = nil
  ) {
    self.sentence = sentence
    self.quote = quote
    self.quoteLanguage = quoteLanguage
    self.quoteTranslation = quoteTranslation
    self.otherSentence = otherSentence
  }
}

/// The verdict on an answer as it is shown.
public struct VerdictPresentation: Sendable, Equatable {
  /// The question's id.
  public var id: QuestionID
  /// The checker's verdict (what was forgiven, the right answer in both languages).
  public var verdict: Verdict
  /// The points earned.
  public var points: Points
  /// The right answers in a row after this one.
  public var streak: Int
  /// The right answer in the current language; for a timeline, the events in order.
  public var answer: String
  /// The right answer in the other language, when it differs.
  public var answerInOtherLanguage: String?
  /// Whether the question was skipped.
  public var skipped: Bool
  /// The language the verdict is written in.
  public var language: Language
  /// On a miss, the fact as a sentence and its source.
  public var lesson: Lesson? = nil
  /// Whether this answers the second try of a question missed earlier.
  public var secondTry = false
  /// Whether the missed question comes back later in the game.
  public var comesBack = false
  /// For a timeline: how many events it orders and the points it is worth in full, said beside its points.
  public var timelineWorth: TimelineWorth? = nil
  /// For a partly right timeline: how its answer stood (pairs in order, events in place), saying why it
  /// earned the points it did.
  public var timelinePlacement: TimelinePlacement? = nil
}

/// What a timeline is worth: its points grow with the events it orders.
public struct TimelineWorth: Sendable, Equatable {
  /// The events to order.
  public var events: Int
  /// The points of a right answer without hints or bonuses.
  public var points: Int

  /// Creates a timeline's worth.
  public init(events: Int, points: Int) {
    self.events = events
    self.points = points
  }
}

/// Everything about one answer that the profile keeps.
public struct AnsweredQuestion: Sendable, Equatable {
  /// The question.
  public var question: Question
  /// The language it was answered in.
  public var language: Language
  /// What was typed (empty when skipped).
  public var input: String
  /// The verdict.
  public var verdict: Verdict
  /// The points earned.
  public var points: Points
  /// How many hints were taken.
  public var hints: Int
  /// Whether the question was skipped.
  public var skipped: Bool
  /// When it was answered.
  public var answeredAt: Date
  /// Seconds from when the question was first shown.
  public var elapsed: Double?
  /// How the answer counts as a review of the question's memory.
  public var rating: Rating
  /// Whether this answers the second try of a question missed earlier in the game.
  public var secondTry = false
}

/// The end of a game.
public struct GameSummary: Sendable, Equatable, Codable {
  /// A missed question with its right answer.
  public struct Miss: Sendable, Equatable, Codable {
    /// The question's id.
    public var id: QuestionID
    /// The question as it was asked, in the current language.
    public var prompt: String
    /// The right answer in the current language.
    public var answer: String
    /// For a timeline answered partly right: how the answer stood.
    public var placement: TimelinePlacement? = nil
  }

  /// The total score.
  public var score: Int
  /// Questions answered (skipped ones included).
  public var answered: Int
  /// Questions in the game.
  public var total: Int
  /// Right answers.
  public var right: Int
  /// Partly right answers.
  public var partial: Int
  /// Wrong or skipped answers.
  public var wrong: Int
  /// The share of credit earned over the questions answered, from 0 to 1.
  public var accuracy: Double
  /// The longest run of right answers.
  public var bestStreak: Int
  /// Missed questions asked a second time.
  public var relearned: Int = 0
  /// Second tries answered right.
  public var relearnedRight: Int = 0
  /// Facts whose stage rose in this game (see ``FactStage``), filled in by whoever holds the profile.
  public var factsMovedUp: Int? = nil
  /// Days in a row with a game, today included, filled in by whoever holds the profile.
  public var dayStreak: Int? = nil
  /// The seconds the game lasted.
  public var seconds: Double
  /// The questions missed, with their right answers.
  public var missed: [Miss]
  /// The timelines answered partly right (counted in ``partial``, not in ``wrong``), with their right order and
  /// how the answer stood; `nil` when there is none (as a summary written before there was this list decodes).
  public var partlyRight: [Miss]? = nil
  /// The language the summary is written in.
  public var language: Language
}
