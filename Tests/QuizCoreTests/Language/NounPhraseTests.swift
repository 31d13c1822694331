import Testing

@testable import QuizCore

@Suite("Noun phrases, articles and contractions")
struct NounPhraseTests {
  static let ranch = Grammar(gender: .masculine, number: .singular, definiteArticle: true)
  static let court = Grammar(gender: .feminine, number: .singular, definiteArticle: true)
  static let zodiacs = Grammar(gender: .masculine, number: .plural, definiteArticle: false)
  static let universal = Grammar(gender: .masculine, number: .singular, definiteArticle: true, articleInName: true)
  static let person = Grammar(gender: .feminine, number: .singular)
  static let courts = Grammar(gender: .feminine, number: .plural, definiteArticle: true)

  @Test(
    "Spanish",
    arguments: [
      ("rancho", ranch, "el rancho", "del rancho", "al rancho"),
      ("Suprema Corte", court, "la Suprema Corte", "de la Suprema Corte", "a la Suprema Corte"),
      ("Los Zodiacos", zodiacs, "Los Zodiacos", "de Los Zodiacos", "a Los Zodiacos"),
      ("El Universal", universal, "El Universal", "de El Universal", "a El Universal"),
      ("Florence Cassez", person, "Florence Cassez", "de Florence Cassez", "a Florence Cassez"),
      ("cortes", courts, "las cortes", "de las cortes", "a las cortes"),
    ])
  func spanish(name: String, grammar: Grammar, phrase: String, de: String, a: String) {
    #expect(NounPhrase.phrase(name: name, grammar: grammar, in: .es) == phrase)
    #expect(NounPhrase.withDe(name: name, grammar: grammar, in: .es) == de)
    #expect(NounPhrase.withA(name: name, grammar: grammar, in: .es) == a)
  }

  @Test(
    "English",
    arguments: [
      ("Mexican Supreme Court", Grammar(definiteArticle: true), "the Mexican Supreme Court", "of the Mexican Supreme Court"),
      ("Netflix", Grammar(), "Netflix", "of Netflix"),
    ])
  func english(name: String, grammar: Grammar, phrase: String, of: String) {
    #expect(NounPhrase.phrase(name: name, grammar: grammar, in: .en) == phrase)
    #expect(NounPhrase.withDe(name: name, grammar: grammar, in: .en) == of)
  }
}
