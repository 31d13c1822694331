/// A kind of statement facts make ("was directed by", "was arrested on"), with the type of its value and the
/// templates that ask and state it in each language.
public struct Relation: Codable, Sendable, Equatable {
  /// A stable identifier such as `directed-by`.
  public var id: String
  /// The entity types a subject of this relation may have.
  public var subjectTypes: [String]
  /// The type of the relation's values.
  public var value: ValueType
  /// Whether a subject has at most one value, so that every other value is provably a wrong answer.
  public var functional: Bool
  /// Whether a value belongs to at most one subject, so the question can be asked the other way round with
  /// other subjects as provably wrong answers.
  public var inverseFunctional: Bool
  /// The further values each fact of this relation gives (a date, a place, a recipient), in the order they are
  /// asked; templates name them as slots (`{date:when}`, `{place}`).
  public var qualifiers: [Qualifier]
  /// The templates, per language.
  public var templates: Localized<RelationTemplates>

  /// Creates a relation.
  public init(
    id: String, subjectTypes: [String], value: ValueType, functional: Bool, inverseFunctional: Bool = false,
    qualifiers: [Qualifier] = [], templates: Localized<RelationTemplates>
  ) {
    self.id = id
    self.subjectTypes = subjectTypes
    self.value = value
    self.functional = functional
    self.inverseFunctional = inverseFunctional
    self.qualifiers = qualifiers
    self.templates = templates
  }

  /// The qualifier with this id.
  public func qualifier(_ id: String) -> Qualifier? { qualifiers.first { $0.id == id } }

  enum CodingKeys: String, CodingKey {
    case id, subjectTypes, value, functional, inverseFunctional, qualifiers, templates
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(subjectTypes, forKey: .subjectTypes)
    try container.encode(value, forKey: .value)
    try container.encode(functional, forKey: .functional)
    try container.encode(inverseFunctional, forKey: .inverseFunctional)
    if !qualifiers.isEmpty { try container.encode(qualifiers, forKey: .qualifiers) }
    try container.encode(templates, forKey: .templates)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    subjectTypes = try container.decode([String].self, forKey: .subjectTypes)
    value = try container.decode(ValueType.self, forKey: .value)
    functional = try container.decode(Bool.self, forKey: .functional)
    inverseFunctional = try container.decodeIfPresent(Bool.self, forKey: .inverseFunctional) ?? false
    qualifiers = try container.decodeIfPresent([Qualifier].self, forKey: .qualifiers) ?? []
    templates = try container.decode(Localized<RelationTemplates>.self, forKey: .templates)
  }
}

/// A further value a relation's facts give besides the main one: "in October 1894" (a date), "in Paris" (a
/// place), "to the President" (a recipient). Each fact of the relation gives every qualifier the relation
/// declares; each is rendered by the templates and may be asked on its own (`askQualifier`).
public struct Qualifier: Codable, Sendable, Equatable {
  /// The slot name templates use (`date` → `{date:when}`), and the key facts give the value under.
  public var id: String
  /// The type of the qualifier's values (entity, date, number or text).
  public var value: ValueType

  /// Creates a qualifier.
  public init(id: String, value: ValueType) {
    self.id = id
    self.value = value
  }
}

/// The type of a relation's values.
public enum ValueType: Codable, Sendable, Equatable {
  /// An entity of one of these types.
  case entity(types: [String])
  /// A calendar date; each fact gives its own precision.
  case date
  /// A number, counted in a unit that has a singular and a plural name per language.
  case number(unit: Localized<UnitName>?)
  /// A short text given in each language. `alternatives` are wrong values of the same role that distractors
  /// and false statements may use.
  case text(alternatives: [Localized<String>])

  enum CodingKeys: String, CodingKey {
    case type, entityTypes, unit, alternatives
  }

  /// The name of the value type as written in a bank (`entity`, `date`, `number`, `text`).
  public var name: String {
    switch self {
    case .entity: "entity"
    case .date: "date"
    case .number: "number"
    case .text: "text"
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "entity": self = .entity(types: try container.decode([String].self, forKey: .entityTypes))
    case "date": self = .date
    case "number": self = .number(unit: try container.decodeIfPresent(Localized<UnitName>.self, forKey: .unit))
    case "text":
      self = .text(alternatives: try container.decodeIfPresent([Localized<String>].self, forKey: .alternatives) ?? [])
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container,
        debugDescription: "unknown value type \"\(type)\" (expected entity, date, number or text)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .type)
    switch self {
    case .entity(let types): try container.encode(types, forKey: .entityTypes)
    case .date: break
    case .number(let unit): try container.encodeIfPresent(unit, forKey: .unit)
    case .text(let alternatives): try container.encode(alternatives, forKey: .alternatives)
    }
  }
}

/// The singular and plural name of a unit ("year"/"years", "año"/"años"), and in Spanish its gender, which a
/// number spelled out in running text agrees with ("una persona", "un año").
public struct UnitName: Codable, Sendable, Equatable, Hashable {
  /// The name used with the number 1.
  public var one: String
  /// The name used with every other number.
  public var other: String
  /// The grammatical gender of the noun (Spanish); `nil` reads as masculine.
  public var gender: Grammar.Gender?

  /// Creates a unit name.
  public init(one: String, other: String, gender: Grammar.Gender? = nil) {
    self.one = one
    self.other = other
    self.gender = gender
  }
}

/// The templates of a relation in one language. See `QuestionBanks/README.md` for the slot syntax.
public struct RelationTemplates: Codable, Sendable, Equatable {
  /// Asks for the value given the subject ("Who directed {subject}?").
  public var ask: String
  /// Asks for the subject given the value ("Which series did {value} direct?"), where the relation allows it.
  public var askInverse: String?
  /// States the fact as a sentence ("{subject} was directed by {value}."), for true/false and the study view.
  public var statement: String
  /// For date relations (and relations with a date qualifier): names the event briefly for timelines
  /// ("{subject} is arrested").
  public var event: String?
  /// Asks for one qualifier of the fact, by qualifier id ("When was {subject} arrested in {value}?").
  public var askQualifier: [String: String]

  /// Creates templates.
  public init(
    ask: String, askInverse: String? = nil, statement: String, event: String? = nil,
    askQualifier: [String: String] = [:]
  ) {
    self.ask = ask
    self.askInverse = askInverse
    self.statement = statement
    self.event = event
    self.askQualifier = askQualifier
  }

  enum CodingKeys: String, CodingKey {
    case ask, askInverse, statement, event, askQualifier
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    ask = try container.decode(String.self, forKey: .ask)
    askInverse = try container.decodeIfPresent(String.self, forKey: .askInverse)
    statement = try container.decode(String.self, forKey: .statement)
    event = try container.decodeIfPresent(String.self, forKey: .event)
    askQualifier = try container.decodeIfPresent([String: String].self, forKey: .askQualifier) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ask, forKey: .ask)
    try container.encodeIfPresent(askInverse, forKey: .askInverse)
    try container.encode(statement, forKey: .statement)
    try container.encodeIfPresent(event, forKey: .event)
    if !askQualifier.isEmpty { try container.encode(askQualifier, forKey: .askQualifier) }
  }
}
