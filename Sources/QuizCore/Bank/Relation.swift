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
  /// The templates, per language.
  public var templates: Localized<RelationTemplates>

  /// Creates a relation.
  public init(
    id: String, subjectTypes: [String], value: ValueType, functional: Bool, inverseFunctional: Bool = false,
    templates: Localized<RelationTemplates>
  ) {
    self.id = id
    self.subjectTypes = subjectTypes
    self.value = value
    self.functional = functional
    self.inverseFunctional = inverseFunctional
    self.templates = templates
  }

  enum CodingKeys: String, CodingKey {
    case id, subjectTypes, value, functional, inverseFunctional, templates
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    subjectTypes = try container.decode([String].self, forKey: .subjectTypes)
    value = try container.decode(ValueType.self, forKey: .value)
    functional = try container.decode(Bool.self, forKey: .functional)
    inverseFunctional = try container.decodeIfPresent(Bool.self, forKey: .inverseFunctional) ?? false
    templates = try container.decode(Localized<RelationTemplates>.self, forKey: .templates)
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
  /// For date relations: names the event briefly for timelines ("{subject} is arrested").
  public var event: String?

  /// Creates templates.
  public init(ask: String, askInverse: String? = nil, statement: String, event: String? = nil) {
    self.ask = ask
    self.askInverse = askInverse
    self.statement = statement
    self.event = event
  }
}
