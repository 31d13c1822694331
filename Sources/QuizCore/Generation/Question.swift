/// The kinds of question the engine generates from facts.
public enum QuestionKind: String, Codable, CaseIterable, Sendable, Hashable {
  /// Four options, one right.
  case choice
  /// A statement that is either the fact or the fact with a wrong value.
  case truefalse
  /// The name of an entity or a short text, typed.
  case typed
  /// A number, typed in digits or words.
  case number
  /// A date, typed in any common form.
  case date
  /// Three to five dated events to put in order.
  case timeline
}

/// Which way a fact is asked: for its value given the subject, or for the subject given the value.
public enum QuestionDirection: String, Codable, Sendable, Hashable {
  /// "Who directed the series?"
  case forward
  /// "Which series did Gerardo Naranjo direct?"
  case inverse
}

/// A question's identity, the same in every language and stable across bank edits that don't touch its facts.
public struct QuestionID: RawRepresentable, Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  /// The id as text, for example `directed-by.choice.forward`.
  public let rawValue: String

  /// Wraps an id read from a profile or typed by a user.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Derives the id from the facts the question asks about, its kind, its direction and, where one fact
  /// yields two questions of a kind (a true and a false statement), a variant.
  /// A question asking for a qualifier of a fact has `@` and the qualifier's id after the fact
  /// (`dreyfus-arrest@date.date`).
  public init(
    facts: [String], kind: QuestionKind, direction: QuestionDirection = .forward, variant: String? = nil,
    qualifier: String? = nil
  ) {
    var id: String
    switch kind {
    case .timeline: id = "timeline(" + facts.sorted().joined(separator: ",") + ")"
    default:
      id =
        facts.joined(separator: "+") + (qualifier.map { "@" + $0 } ?? "") + "." + kind.rawValue
        + (direction == .inverse ? ".inverse" : "")
    }
    if let variant { id += "." + variant }
    rawValue = id
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A value a question asks for or offers, independent of language.
public enum AnswerValue: Hashable, Sendable {
  /// An entity of the bank, by id.
  case entity(String)
  /// A text with its spellings per language.
  case text(Localized<String>, aliases: Localized<[String]>)
  /// A number with its unit, exact or bounded ("more than 4 years").
  case number(Double, unit: Localized<UnitName>?, bound: NumberBound? = nil)
  /// A calendar date at its precision.
  case date(CalendarDate)
  /// True or false.
  case truth(Bool)
}

/// A question: one fact (or a few, for a timeline) seen from one angle. It holds no text: it is rendered in a
/// language on demand, so English and Spanish are two renderings of the same question.
public struct Question: Hashable, Sendable {
  /// The stable, language-neutral id.
  public var id: QuestionID
  /// The kind of question.
  public var kind: QuestionKind
  /// Which way the fact is asked.
  public var direction: QuestionDirection
  /// The ids of the facts asked about (several for a timeline, in the order shown).
  public var facts: [String]
  /// The topic of the (first) fact.
  public var topic: String
  /// The right answer (for a timeline, unused: the right order is the facts sorted by date).
  public var answer: AnswerValue
  /// For multiple choice: the four options in the order shown, the answer among them.
  public var options: [AnswerValue]
  /// For true/false: the value the statement shows, which is the fact's own value or a wrong one.
  public var statedValue: AnswerValue?
  /// For a timeline: the fact ids in their right (chronological) order.
  public var rightOrder: [String]
  /// The topics of all the facts asked about: one for most questions, several for a timeline.
  public var topics: Set<String>
  /// For a question asking for one qualifier of its fact (a date, a place, a recipient): the qualifier's id.
  public var qualifier: String?

  /// Creates a question.
  public init(
    id: QuestionID, kind: QuestionKind, direction: QuestionDirection, facts: [String], topic: String,
    answer: AnswerValue, options: [AnswerValue] = [], statedValue: AnswerValue? = nil, rightOrder: [String] = [],
    topics: Set<String>? = nil, qualifier: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.direction = direction
    self.facts = facts
    self.topic = topic
    self.answer = answer
    self.options = options
    self.statedValue = statedValue
    self.rightOrder = rightOrder
    self.topics = topics ?? [topic]
    self.qualifier = qualifier
  }
}
