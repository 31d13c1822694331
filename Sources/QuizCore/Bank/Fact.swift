/// One statement of the case: a subject, a relation and a value, with the quote it rests on.
public struct Fact: Codable, Sendable, Equatable {
  /// A stable identifier; question ids are derived from it, so it should not change when the wording does.
  public var id: String
  /// The topic the fact belongs to.
  public var topic: String
  /// The id of the entity the fact is about.
  public var subject: String
  /// The id of the relation.
  public var relation: String
  /// The value.
  public var value: FactValue
  /// The further values of the statement, by the qualifier ids its relation declares ("date", "place",
  /// "recipient"): "In October 1894 he was arrested in Paris" is one fact with a place value and a date qualifier.
  public var qualifiers: [String: FactValue]
  /// The source the fact rests on.
  public var source: FactSource

  /// Creates a fact.
  public init(
    id: String, topic: String, subject: String, relation: String, value: FactValue,
    qualifiers: [String: FactValue] = [:], source: FactSource
  ) {
    self.id = id
    self.topic = topic
    self.subject = subject
    self.relation = relation
    self.value = value
    self.qualifiers = qualifiers
    self.source = source
  }

  enum CodingKeys: String, CodingKey {
    case id, topic, subject, relation, value, qualifiers, source
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    topic = try container.decode(String.self, forKey: .topic)
    subject = try container.decode(String.self, forKey: .subject)
    relation = try container.decode(String.self, forKey: .relation)
    value = try container.decode(FactValue.self, forKey: .value)
    qualifiers = try container.decodeIfPresent([String: FactValue].self, forKey: .qualifiers) ?? [:]
    source = try container.decode(FactSource.self, forKey: .source)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(topic, forKey: .topic)
    try container.encode(subject, forKey: .subject)
    try container.encode(relation, forKey: .relation)
    try container.encode(value, forKey: .value)
    if !qualifiers.isEmpty { try container.encode(qualifiers, forKey: .qualifiers) }
    try container.encode(source, forKey: .source)
  }
}

/// Where a fact comes from: a document and the exact words it says them in.
public struct FactSource: Codable, Sendable, Equatable {
  /// The id of a source document of the bank.
  public var document: String
  /// The exact words of the document the fact rests on, in the document's language; the validator checks that
  /// they appear verbatim.
  public var quote: String
  /// A careful translation of the quote into the other language (Spanish for an English document, English
  /// for a Spanish one).
  public var translation: String

  /// Creates a fact source.
  public init(document: String, quote: String, translation: String) {
    self.document = document
    self.quote = quote
    self.translation = translation
  }
}

/// The value of a fact.
public enum FactValue: Codable, Sendable, Equatable, Hashable {
  /// An entity, by id.
  case entity(String)
  /// A calendar date at its precision.
  case date(CalendarDate)
  /// A number (whole numbers are written without a decimal point), exact or bounded ("more than 4 years").
  case number(Double, bound: NumberBound? = nil)
  /// A text in each language, with other spellings a player may type.
  case text(Localized<String>, aliases: Localized<[String]>)

  enum CodingKeys: String, CodingKey {
    case entity, date, number, bound, text, aliases
  }

  /// The name of the value's type as written in a bank (`entity`, `date`, `number`, `text`).
  public var typeName: String {
    switch self {
    case .entity: "entity"
    case .date: "date"
    case .number: "number"
    case .text: "text"
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let present = [CodingKeys.entity, .date, .number, .text].filter { container.contains($0) }
    guard present.count == 1, let key = present.first else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "a value needs exactly one of \"entity\", \"date\", \"number\" or \"text\""))
    }
    switch key {
    case .entity: self = .entity(try container.decode(String.self, forKey: .entity))
    case .date: self = .date(try container.decode(CalendarDate.self, forKey: .date))
    case .number:
      self = .number(
        try container.decode(Double.self, forKey: .number),
        bound: try container.decodeIfPresent(NumberBound.self, forKey: .bound))
    default:
      self = .text(
        try container.decode(Localized<String>.self, forKey: .text),
        aliases: try container.decodeIfPresent(Localized<[String]>.self, forKey: .aliases) ?? Localized(en: [], es: []))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .entity(let id): try container.encode(id, forKey: .entity)
    case .date(let date): try container.encode(date, forKey: .date)
    case .number(let number, let bound):
      if number == number.rounded(), abs(number) < 1e15 {
        try container.encode(Int(number), forKey: .number)
      } else {
        try container.encode(number, forKey: .number)
      }
      try container.encodeIfPresent(bound, forKey: .bound)
    case .text(let text, let aliases):
      try container.encode(text, forKey: .text)
      if !aliases.en.isEmpty || !aliases.es.isEmpty { try container.encode(aliases, forKey: .aliases) }
    }
  }
}

/// How a number relates to the true quantity when the source gives only a bound: "more than four years",
/// "fewer than ten people", "about 300 visitors".
public enum NumberBound: String, Codable, Sendable, Hashable, CaseIterable {
  /// The quantity is greater than the number.
  case moreThan = "more-than"
  /// The quantity is smaller than the number.
  case fewerThan = "fewer-than"
  /// The quantity is near the number (within a tenth of it either way, for checking answers).
  case about
}
