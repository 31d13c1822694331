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

  /// Creates an entity.
  public init(
    id: String, type: String, name: Localized<String>, aliases: Localized<[String]> = Localized(en: [], es: []),
    familyName: String? = nil, grammar: Localized<Grammar>, description: Localized<String>
  ) {
    self.id = id
    self.type = type
    self.name = name
    self.aliases = aliases
    self.familyName = familyName
    self.grammar = grammar
    self.description = description
  }

  enum CodingKeys: String, CodingKey {
    case id, type, name, aliases, familyName, grammar, description
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
  }
}
