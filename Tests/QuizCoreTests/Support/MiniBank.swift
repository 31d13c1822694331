import Foundation

@testable import QuizCore

/// A small bank written in Swift for tests that must not depend on the shipped banks' content.
enum MiniBank {
  static func person(_ id: String, _ name: String, _ gender: Grammar.Gender, family: String) -> Entity {
    Entity(
      id: id, type: "person", name: Localized(name), familyName: family,
      grammar: Localized(en: Grammar(), es: Grammar(gender: gender)), description: Localized("A person."))
  }

  static let entities: [Entity] = [
    person("ana", "Ana Torres", .feminine, family: "Torres"),
    person("bea", "Beatriz Ruiz", .feminine, family: "Ruiz"),
    person("carla", "Carla Gómez", .feminine, family: "Gómez"),
    person("diana", "Diana Peña", .feminine, family: "Peña"),
    person("elena", "Elena Soto", .feminine, family: "Soto"),
    person("juan", "Juan Mora", .masculine, family: "Mora"),
    Entity(
      id: "show", type: "work", name: Localized("The Case"), grammar: Localized(en: Grammar(), es: Grammar(gender: .feminine)),
      description: Localized("A series.")),
    Entity(
      id: "ranch", type: "place", name: Localized(en: "ranch", es: "rancho"),
      grammar: Localized(en: Grammar(definiteArticle: true), es: Grammar(gender: .masculine, definiteArticle: true)),
      description: Localized("A ranch.")),
  ]

  static let templatesDirected = Localized(
    en: RelationTemplates(
      ask: "Who directed {subject}?", askInverse: "Which series did {value} direct?",
      statement: "{subject} was directed by {value}."),
    es: RelationTemplates(
      ask: "¿Quién dirigió {subject}?", askInverse: "¿Qué serie dirigió {value}?",
      statement: "{subject} fue dirigida por {value}."))

  static let relations: [Relation] = [
    Relation(
      id: "directed-by", subjectTypes: ["work"], value: .entity(types: ["person"]), functional: true,
      inverseFunctional: false, templates: templatesDirected),
    Relation(
      id: "arrested-on", subjectTypes: ["person"], value: .date, functional: true,
      templates: Localized(
        en: RelationTemplates(
          ask: "When was {subject} arrested?", statement: "{subject} was arrested {value:when}.",
          event: "{subject} is arrested"),
        es: RelationTemplates(
          ask: "¿Cuándo {subject:gender(fue detenido,fue detenida)} {subject}?",
          statement: "{subject} fue {subject:gender(detenido,detenida)} {value:when}.",
          event: "{subject} es {subject:gender(detenido,detenida)}"))),
    Relation(
      id: "sentence", subjectTypes: ["person"], value: .number(unit: Localized(
        en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))), functional: true,
      templates: Localized(
        en: RelationTemplates(ask: "How many years was {subject} sentenced to?", statement: "{subject} was sentenced to {value}."),
        es: RelationTemplates(
          ask: "¿A cuántos años fue {subject:gender(condenado,condenada)} {subject}?",
          statement: "{subject} fue {subject:gender(condenado,condenada)} a {value}."))),
    Relation(
      id: "held-at", subjectTypes: ["person"], value: .entity(types: ["place"]), functional: false,
      templates: Localized(
        en: RelationTemplates(ask: "Where was {subject} held?", statement: "{subject} was held at {value}."),
        es: RelationTemplates(
          ask: "¿Dónde estuvo {subject:gender(retenido,retenida)} {subject}?",
          statement: "{subject} estuvo {subject:gender(retenido,retenida)} en {value}."))),
  ]

  static func fact(_ id: String, _ subject: String, _ relation: String, _ value: FactValue, topic: String = "t")
    -> Fact
  {
    Fact(
      id: id, topic: topic, subject: subject, relation: relation, value: value,
      source: FactSource(document: "doc", quote: "quote of \(id)", translation: "cita de \(id)"))
  }

  static let facts: [Fact] = [
    fact("show-director", "show", "directed-by", .entity("ana")),
    fact("ana-arrest", "ana", "arrested-on", .date(CalendarDate(year: 2005, month: 12, day: 8))),
    fact("juan-arrest", "juan", "arrested-on", .date(CalendarDate(year: 2007, month: 3))),
    fact("bea-arrest", "bea", "arrested-on", .date(CalendarDate(year: 2003))),
    fact("carla-arrest", "carla", "arrested-on", .date(CalendarDate(year: 2013, month: 1))),
    fact("ana-sentence", "ana", "sentence", .number(60)),
    fact("juan-held", "juan", "held-at", .entity("ranch")),
  ]

  static let bank = Bank(
    id: "mini", title: Localized("Mini"), description: Localized("A test bank."),
    sources: [SourceDocument(id: "doc", title: "Doc", publisher: "Pub", date: CalendarDate(year: 2022), file: "doc.txt")],
    contentNote: Localized("Test."), license: "CC0-1.0", topics: [Topic(id: "t", name: Localized("Topic"))],
    entities: entities, relations: relations, facts: facts)

  static let index = BankIndex(bank)

  /// A catalog with the strings the core uses, read from the shipped Locales.
  static let catalog: Catalog = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var json: [Language: Data] = [:]
    for language in Language.allCases {
      json[language] = (try? Data(contentsOf: root.appendingPathComponent("Locales/\(language.rawValue).json"))) ?? Data("{}".utf8)
    }
    return (try? Catalog(json: json)) ?? Catalog(entries: [:])
  }()
}
