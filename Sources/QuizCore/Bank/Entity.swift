/// A person, organization, place, work, institution or event that facts speak of.
public struct Entity: Codable, Sendable, Equatable {
  /// A stable identifier such as `florence-cassez`.
  public var id: String
  /// The kind of thing: `person`, `organization`, `place`, `work`, `institution`, `event`, `country`…
  /// Distractors for an entity answer are drawn from entities of the same type.
  public var type: String
  /// The name in each language, without a leading article unless the article is part of the name.
  public var name: Localized<String>
  /// Other names a player may type, in each language (for example "The Zodiacs" and "Los Zodiacos").
  public var aliases: Localized<[String]>
  /// For people: the family name a player may type alone, when no other person in the bank shares it.
  public var familyName: String?
  /// How the name behaves in a sentence, in each language.
  public var grammar: Localized<Grammar>
  /// A short description in each language, used by the study view.
  public var description: Localized<String>
  /// Whether the name is the title of a work (a book, film, series, letter, newspaper). Every text then sets
  /// the name off as a title (`TitleMarks`): «Una novela criminal», “A Criminal Novel”. Names are stored bare.
  public var work: Bool

  /// Creates an entity.
  public init(
    id: String, type: String, name: Localized<String>, aliases: Localized<[String]> = Localized(en: [], es: []),
    familyName: String? = nil, grammar: Localized<Grammar>, description: Localized<String>, work: Bool = false
  ) {
    self.id = id
    self.type = type
    self.name = name
    self.aliases = aliases
    self.familyName = familyName
    self.grammar = grammar
    self.description = description
    self.work = work
  }

  enum CodingKeys: String, CodingKey {
    case id, type, name, aliases, familyName, grammar, description, work
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    type = try container.decode(String.self, forKey: .type)
    name = try container.decode(Localized<String>.self, forKey: .name)
    aliases = try container.decodeIfPresent(Localized<[String]>.self, forKey: .aliases) ?? Localized(en: [], es: [])
    familyName = try container.decodeIfPresent(String.self, forKey: .familyName)
    grammar = try container.decode(Localized<Grammar>.self, forKey: .grammar)
    description = try container.decode(Localized<String>.self, forKey: .description)
    work = try container.decodeIfPresent(Bool.self, forKey: .work) ?? false
  }

  /// Encodes the entity, leaving `work` out when it is `false` (the default).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(type, forKey: .type)
    try container.encode(name, forKey: .name)
    try container.encode(aliases, forKey: .aliases)
    try container.encodeIfPresent(familyName, forKey: .familyName)
    try container.encode(grammar, forKey: .grammar)
    try container.encode(description, forKey: .description)
    if work { try container.encode(work, forKey: .work) }
  }

  /// The name as a text shows it: set off as a title when the entity is a work.
  public func displayName(in language: Language) -> String {
    work ? TitleMarks.mark(name[language], in: language) : name[language]
  }
}
