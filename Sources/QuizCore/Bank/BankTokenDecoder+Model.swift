/// The bank's types, read key by key as their `init(from:)` reads them: the same required keys, the same
/// defaults for absent or `null` optional keys, unknown keys skipped.
extension BankTokenDecoder {
  mutating func bank() throws(Refused) -> Bank {
    var schemaVersion: Int?
    var id: String?
    var title: Localized<String>?
    var description: Localized<String>?
    var languages: [Language]?
    var sources: [SourceDocument]?
    var contentNote: Localized<String>?
    var contentNoteLabel: Localized<String>?
    var license: String?
    var topics: [Topic]?
    var entities: [Entity]?
    var relations: [Relation]?
    var facts: [Fact]?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "schemaVersion": schemaVersion = try d.int(); return 1
      case "id": id = try d.string(); return 2
      case "title": title = try d.localizedString(); return 4
      case "description": description = try d.localizedString(); return 8
      case "languages":
        languages = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.raw(Language.self) }
        return 16
      case "sources":
        sources = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.source() }
        return 32
      case "contentNote": contentNote = try d.localizedString(); return 64
      case "contentNoteLabel": contentNoteLabel = try d.null() ? nil : d.localizedString(); return 128
      case "license": license = try d.string(); return 256
      case "topics":
        topics = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.topic() }
        return 512
      case "entities":
        entities = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.entity() }
        return 1024
      case "relations":
        relations = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.relation() }
        return 2048
      case "facts":
        facts = try d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.fact() }
        return 4096
      default: return try d.skip()
      }
    }
    guard let schemaVersion, let id, let title, let description, let languages, let sources, let contentNote,
      let license, let topics, let entities, let relations, let facts
    else { throw Refused() }
    return Bank(
      schemaVersion: schemaVersion, id: id, title: title, description: description, languages: languages,
      sources: sources, contentNote: contentNote, contentNoteLabel: contentNoteLabel, license: license,
      topics: topics, entities: entities, relations: relations, facts: facts)
  }

  mutating func source() throws(Refused) -> SourceDocument {
    var id: String?
    var title: String?
    var language: Language?
    var publisher: String?
    var date: CalendarDate?
    var file: String?
    var url: String?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "title": title = try d.string(); return 2
      case "language": language = try d.null() ? nil : d.raw(Language.self); return 4
      case "publisher": publisher = try d.optionalString(); return 8
      case "date": date = try d.null() ? nil : d.date(); return 16
      case "file": file = try d.string(); return 32
      case "url": url = try d.optionalString(); return 64
      default: return try d.skip()
      }
    }
    guard let id, let title, let file else { throw Refused() }
    return SourceDocument(
      id: id, title: title, language: language ?? .en, publisher: publisher, date: date, file: file, url: url)
  }

  mutating func topic() throws(Refused) -> Topic {
    var id: String?
    var name: Localized<String>?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "name": name = try d.localizedString(); return 2
      default: return try d.skip()
      }
    }
    guard let id, let name else { throw Refused() }
    return Topic(id: id, name: name)
  }

  mutating func entity() throws(Refused) -> Entity {
    var id: String?
    var type: String?
    var name: Localized<String>?
    var aliases: Localized<[String]>?
    var familyName: String?
    var grammar: Localized<Grammar>?
    var description: Localized<String>?
    var work: Bool?
    var article: Localized<String>?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "type": type = try d.string(); return 2
      case "name": name = try d.localizedString(); return 4
      case "aliases": aliases = try d.null() ? nil : d.localizedStrings(); return 8
      case "familyName": familyName = try d.optionalString(); return 16
      case "grammar":
        grammar = try d.localized { (d: inout BankTokenDecoder) throws(Refused) in try d.grammar() }
        return 32
      case "description": description = try d.localizedString(); return 64
      case "work": work = try d.null() ? nil : d.bool(); return 128
      case "article": article = try d.null() ? nil : d.localizedString(); return 256
      default: return try d.skip()
      }
    }
    guard let id, let type, let name, let grammar, let description else { throw Refused() }
    return Entity(
      id: id, type: type, name: name, aliases: aliases ?? Localized(en: [], es: []), familyName: familyName,
      grammar: grammar, description: description, work: work ?? false, article: article)
  }

  mutating func grammar() throws(Refused) -> Grammar {
    var gender: Grammar.Gender?
    var number: Grammar.Number?
    var definiteArticle: Bool?
    var articleInName: Bool?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "gender": gender = try d.null() ? nil : d.raw(Grammar.Gender.self); return 1
      case "number": number = try d.null() ? nil : d.raw(Grammar.Number.self); return 2
      case "definiteArticle": definiteArticle = try d.null() ? nil : d.bool(); return 4
      case "articleInName": articleInName = try d.null() ? nil : d.bool(); return 8
      default: return try d.skip()
      }
    }
    return Grammar(
      gender: gender, number: number ?? .singular, definiteArticle: definiteArticle ?? false,
      articleInName: articleInName ?? false)
  }
}
