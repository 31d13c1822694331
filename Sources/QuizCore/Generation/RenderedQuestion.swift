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
  /// The quotes the facts rest on, verbatim in their documents' languages.
  public var source: [String]
  /// The translations of the quotes into the other language, in the same order.
  public var sourceTranslation: [String]
  /// The language of each quote (its document's); each translation is in the other language.
  public var sourceLanguages: [Language]

  /// Creates a rendered question.
  public init(
    id: QuestionID, kind: QuestionKind, lang: Language, topic: String, prompt: String, options: [String],
    answer: String, accepted: [String], facts: [String], source: [String], sourceTranslation: [String],
    sourceLanguages: [Language]? = nil
  ) {
    self.id = id
    self.kind = kind
    self.lang = lang
    self.topic = topic
    self.prompt = prompt
    self.options = options
    self.answer = answer
    self.accepted = accepted
    self.facts = facts
    self.source = source
    self.sourceTranslation = sourceTranslation
    self.sourceLanguages = sourceLanguages ?? source.map { _ in .en }
  }

  /// The quote of fact `index` as a reader of `language` should see it: the quote itself when it is in that
  /// language, else its translation; with whether it is a translation.
  public func quote(_ index: Int, in language: Language) -> (text: String, translated: Bool) {
    guard source.indices.contains(index) else { return ("", false) }
    let original = sourceLanguages.indices.contains(index) ? sourceLanguages[index] : .en
    if original == language || !sourceTranslation.indices.contains(index) { return (source[index], false) }
    return (sourceTranslation[index], true)
  }

  /// The letter shown before an option or event: `a`, `b`, `c`…
  public static func letter(_ index: Int) -> String {
    guard (0..<26).contains(index), let scalar = Unicode.Scalar(97 + index) else { return String(index + 1) }
    return String(Character(scalar))
  }
}
