/// A question written out in one language: what the player reads, and what bank authors check.
public struct RenderedQuestion: Sendable, Equatable, Codable {
  /// The question's language-neutral id.
  public var id: QuestionID
  /// The kind of question.
  public var kind: QuestionKind
  /// The language it is written in.
  public var lang: Language
  /// The topic of its fact.
  public var topic: String
  /// The stem: the question, the statement to judge, or the instruction to order events.
  public var prompt: String
  /// The options in the order shown (multiple choice), or the events in the order shown (timeline).
  public var options: [String]
  /// The right answer as the game shows it.
  public var answer: String
  /// The spellings answer checking accepts as exact (before forgiving accents, articles and typos).
  public var accepted: [String]
  /// The ids of the facts asked about.
  public var facts: [String]
  /// The quotes the facts rest on, in the original English, and their Spanish translations.
  public var source: [String]
  /// The Spanish translations of the quotes, in the same order.
  public var sourceTranslation: [String]

  /// The letter shown before an option or event: `a`, `b`, `c`…
  public static func letter(_ index: Int) -> String {
    guard (0..<26).contains(index), let scalar = Unicode.Scalar(97 + index) else { return String(index + 1) }
    return String(Character(scalar))
  }
}
