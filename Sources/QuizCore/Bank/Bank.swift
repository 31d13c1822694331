/// A question bank: a real case described as entities, relations and facts, each fact resting on a quote from a
/// source document shipped with the bank. Questions are generated from it, never written by hand.
public struct Bank: Codable, Sendable, Equatable {
  /// The newest bank format this build understands.
  public static let currentSchemaVersion = 1

  /// The format version of this bank file.
  public var schemaVersion: Int
  /// A short identifier made of lowercase letters, digits and `-`, equal to the bank's folder name.
  public var id: String
  /// The bank's title in each language.
  public var title: Localized<String>
  /// What the bank is about, in each language.
  public var description: Localized<String>
  /// The languages the bank can be played in.
  public var languages: [Language]
  /// The documents the facts are taken from.
  public var sources: [SourceDocument]
  /// A note shown to players about the real people in the bank and their legal status.
  public var contentNote: Localized<String>
  /// The label the game shows before the note ("About this case", "About this training case"); when the bank
  /// gives none, the interface's own.
  public var contentNoteLabel: Localized<String>?
  /// The license of the bank's data, as an SPDX identifier or a short sentence.
  public var license: String
  /// The groups facts belong to, in the order they are studied.
  public var topics: [Topic]
  /// The people, organizations, places, works and events the facts speak of.
  public var entities: [Entity]
  /// The kinds of statement the facts make, with their templates.
  public var relations: [Relation]
  /// The statements of the case.
  public var facts: [Fact]

  /// Creates a bank from its parts.
  public init(
    schemaVersion: Int = Bank.currentSchemaVersion, id: String, title: Localized<String>,
    description: Localized<String>, languages: [Language] = Language.allCases, sources: [SourceDocument],
    contentNote: Localized<String>, contentNoteLabel: Localized<String>? = nil, license: String, topics: [Topic],
    entities: [Entity], relations: [Relation], facts: [Fact]
  ) {
    self.schemaVersion = schemaVersion
    self.id = id
    self.title = title
    self.description = description
    self.languages = languages
    self.sources = sources
    self.contentNote = contentNote
    self.contentNoteLabel = contentNoteLabel
    self.license = license
    self.topics = topics
    self.entities = entities
    self.relations = relations
    self.facts = facts
  }
}

/// A document shipped with a bank, from which facts quote.
public struct SourceDocument: Codable, Sendable, Equatable {
  /// The identifier facts use to cite this document.
  public var id: String
  /// The document's title.
  public var title: String
  /// The language the document is written in: quotes are verbatim in it, and each fact's `translation` is in
  /// the other language. English when the bank does not say.
  public var language: Language
  /// Who published it, when the document says (`lint` warns when it is left out).
  public var publisher: String?
  /// When it was published, when the document says (`lint` warns when it is left out).
  public var date: CalendarDate?
  /// The document's text, relative to the bank's folder (for example `sources/article.txt`).
  public var file: String
  /// Where the document was published, when known.
  public var url: String?

  /// Creates a source document.
  public init(
    id: String, title: String, language: Language = .en, publisher: String? = nil, date: CalendarDate? = nil,
    file: String, url: String? = nil
  ) {
    self.id = id
    self.title = title
    self.language = language
    self.publisher = publisher
    self.date = date
    self.file = file
    self.url = url
  }

  enum CodingKeys: String, CodingKey {
    case id, title, language, publisher, date, file, url
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .en
    publisher = try container.decodeIfPresent(String.self, forKey: .publisher)
    date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
    file = try container.decode(String.self, forKey: .file)
    url = try container.decodeIfPresent(String.self, forKey: .url)
  }
}

/// A group of facts that belong together, such as the arrest or the documentary.
public struct Topic: Codable, Sendable, Equatable {
  /// The identifier facts use, also accepted by `--topic`.
  public var id: String
  /// The topic's name in each language.
  public var name: Localized<String>

  /// Creates a topic.
  public init(id: String, name: Localized<String>) {
    self.id = id
    self.name = name
  }
}
