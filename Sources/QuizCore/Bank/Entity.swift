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
  /// For a work: the definite article its title takes in a sentence, per language ("the"; "el", "la", "los",
  /// "las"), or "" where the title reads without one. It goes before the marks and contracts in Spanish:
  /// "the “Book of Tides”", "el «Libro de las mareas»", "del «…»", "al «…»". `nil` when the bank does not say.
  public var article: Localized<String>?

  /// Creates an entity.
  public init(
    id: String, type: String, name: Localized<String>, aliases: Localized<[String]> = Localized(en: [], es: []),
    familyName: String? = nil, grammar: Localized<Grammar>, description: Localized<String>, work: Bool = false,
    article: Localized<String>? = nil
  ) {
    self.id = id
    self.type = type
    self.name = name
    self.aliases = aliases
    self.familyName = familyName
    self.grammar = grammar
    self.description = description
    self.work = work
    self.article = article
  }

  enum CodingKeys: String, CodingKey {
    case id, type, name, aliases, familyName, grammar, description, work, article
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
    article = try container.decodeIfPresent(Localized<String>.self, forKey: .article)
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
    try container.encodeIfPresent(article, forKey: .article)
  }

  /// The grammar a sentence writes the name with: a work's `article`, when given, decides whether it takes one
  /// (and in Spanish its gender and number follow the article); otherwise `grammar` as written.
  public func sentenceGrammar(in language: Language) -> Grammar {
    var result = grammar[language]
    guard work, let word = article?[language].lowercased() else { return result }
    result.definiteArticle = !word.isEmpty
    result.articleInName = false
    if language == .es, let form = Self.spanishArticles[word] {
      result.gender = form.gender
      result.number = form.number
    }
    return result
  }

  /// The Spanish definite articles and what each says of its noun.
  static let spanishArticles: [String: (gender: Grammar.Gender, number: Grammar.Number)] = [
    "el": (.masculine, .singular), "la": (.feminine, .singular), "los": (.masculine, .plural),
    "las": (.feminine, .plural),
  ]

  /// The name as a text shows it: set off as a title when the entity is a work.
  public func displayName(in language: Language) -> String {
    work ? TitleMarks.mark(name[language], in: language) : name[language]
  }
}
