import Foundation
import Testing

@testable import QuizCore

/// A work's `article`: "how old is the “Book of Tides”?", "el «Libro de las mareas»", "del «…»", "al «…»".
@Suite("Articles of works")
struct WorkArticleTests {
  static func book(article: Localized<String>?, gender: Grammar.Gender? = .masculine) -> Entity {
    Entity(
      id: "book-of-tides", type: "manuscript", name: Localized(en: "Book of Tides", es: "Libro de las mareas"),
      grammar: Localized(en: Grammar(), es: Grammar(gender: gender)),
      description: Localized(en: "A book.", es: "Un libro."), work: true, article: article)
  }

  @Test(
    "the article goes before the title's marks and contracts in Spanish",
    arguments: [
      (
        Localized(en: "the", es: "el"), Language.en, "the “Book of Tides”", "of the “Book of Tides”",
        "to the “Book of Tides”"
      ),
      (
        Localized(en: "the", es: "el"), .es, "el «Libro de las mareas»", "del «Libro de las mareas»",
        "al «Libro de las mareas»"
      ),
      (
        Localized(en: "the", es: "la"), .es, "la «Libro de las mareas»", "de la «Libro de las mareas»",
        "a la «Libro de las mareas»"
      ),
      (Localized(en: "", es: ""), .en, "“Book of Tides”", "of “Book of Tides”", "to “Book of Tides”"),
      (Localized(en: "", es: ""), .es, "«Libro de las mareas»", "de «Libro de las mareas»", "a «Libro de las mareas»"),
    ] as [(Localized<String>, Language, String, String, String)])
  func phrases(article: Localized<String>, language: Language, phrase: String, de: String, a: String) {
    let entity = Self.book(article: article, gender: nil)
    let grammar = entity.sentenceGrammar(in: language)
    let name = entity.displayName(in: language)
    #expect(NounPhrase.phrase(name: name, grammar: grammar, in: language) == phrase)
    #expect(NounPhrase.withDe(name: name, grammar: grammar, in: language) == de)
    #expect(NounPhrase.withA(name: name, grammar: grammar, in: language) == a)
  }

  @Test("a Spanish article sets the gender and number templates agree with; without one, the grammar decides")
  func agreement() {
    let feminine = Self.book(article: Localized(en: "the", es: "las"), gender: nil).sentenceGrammar(in: .es)
    #expect(feminine.gender == .feminine && feminine.number == .plural && feminine.definiteArticle)
    let unsaid = Self.book(article: nil).sentenceGrammar(in: .es)
    #expect(unsaid == Grammar(gender: .masculine))
  }

  @Test(
    "the training bank's manuscript takes its article in questions of both languages",
    arguments: [
      ("manuscript-age.number", Language.en, "According to the prosecution, how old is the “Book of Tides”?"),
      ("manuscript-age.number", .es, "Según la fiscalía, ¿qué antigüedad tiene el «Libro de las mareas»?"),
    ])
  func inQuestions(id: String, language: Language, prompt: String) throws {
    let index = try TrainingBank.index()
    let question = try #require(QuestionGenerator(bank: index, seed: 1).allQuestions().first { $0.id.rawValue == id })
    #expect(
      QuestionRenderer(bank: index, catalog: Catalog(entries: [:])).render(question, in: language).prompt == prompt)
  }

  @Test(
    "lint checks a work's article",
    arguments: [
      (
        #""work": true, "article": {"en": "the", "es": "el"},"#, #""work": true,"#,
        "warning: entity \"book-of-tides\" is a work whose title \"Book of Tides\" begins with no article"
      ),
      (
        #""article": {"en": "the", "es": "el"}"#, #""article": {"en": "a", "es": "el"}"#,
        "error: entity \"book-of-tides\" has the English article \"a\": write \"the\", or \"\" for none"
      ),
      (
        #""article": {"en": "the", "es": "el"}"#, #""article": {"en": "the", "es": "lo"}"#,
        "error: entity \"book-of-tides\" has the Spanish article \"lo\""
      ),
      (
        #""article": {"en": "the", "es": "el"}"#, #""article": {"en": "the", "es": "la"}"#,
        "error: entity \"book-of-tides\" takes the Spanish article \"la\" but its grammar.es says masculine singular"
      ),
      (
        #""id": "valdeluna-museum","#, #""id": "valdeluna-museum", "article": {"en": "the", "es": "el"},"#,
        "error: entity \"valdeluna-museum\" has an \"article\" but is no work"
      ),
    ])
  func lint(find: String, replace: String, message: String) throws {
    #expect(try TrainingBank.lint(TrainingBank.json()).isEmpty)
    let found = try TrainingBank.lint(TrainingBank.edited(find, replace))
    #expect(found.count == 1 && found.contains { $0.contains(message) }, "\(found)")
  }

  @Test("\"article\" is read from bank.json, absent when not given, and round-trips")
  func coding() throws {
    let json =
      #"{"id": "book", "type": "book", "name": {"en": "Book", "es": "Libro"}, "work": true, "#
      + #""article": {"en": "the", "es": "el"}, "#
      + #""grammar": {"en": {}, "es": {"gender": "masculine"}}, "description": {"en": "A book.", "es": "Un libro."}}"#
    let entity = try JSONDecoder().decode(Entity.self, from: Data(json.utf8))
    #expect(entity.article == Localized(en: "the", es: "el"))
    #expect(try JSONDecoder().decode(Entity.self, from: JSONEncoder().encode(entity)) == entity)
    let plain = try JSONDecoder().decode(
      Entity.self, from: Data(json.replacingOccurrences(of: #""article": {"en": "the", "es": "el"}, "#, with: "").utf8))
    #expect(plain.article == nil)
    #expect(!String(decoding: try JSONEncoder().encode(plain), as: UTF8.self).contains("\"article\""))
  }
}
