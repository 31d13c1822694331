import Foundation
import Testing

@testable import QuizCore

/// Issue 14, item 2: a quote stays in its source's language; its translation is shown to a reader of the other
/// language (and with `:both`), labelled by the language it is in, in lessons, `:source` and exports alike.
@Suite("Quotes from sources in either language")
struct QuoteLanguageTests {
  static let start = Date(timeIntervalSince1970: 1_700_000_000)

  struct Row: Sendable, CustomTestStringConvertible {
    var original: Language
    var reader: Language
    var showBoth: Bool
    var expected: String?
    var testDescription: String { "\(original) quote, \(reader) reader\(showBoth ? ", :both" : "")" }
  }

  @Test(
    "the translation line: shown for a quote in the other language, or with :both; named by its language",
    arguments: [
      Row(original: .en, reader: .en, showBoth: false, expected: nil),
      Row(original: .en, reader: .en, showBoth: true, expected: "In Spanish: “T”"),
      Row(original: .en, reader: .es, showBoth: false, expected: "En español: «T»"),
      Row(original: .es, reader: .es, showBoth: false, expected: nil),
      Row(original: .es, reader: .es, showBoth: true, expected: "En inglés: «T»"),
      Row(original: .es, reader: .en, showBoth: false, expected: "In English: “T”"),
    ])
  func translationLine(_ row: Row) throws {
    let catalog = try Catalog(json: Shipped.catalogJSON())
    #expect(catalog.quoteTranslation("T", of: row.original, in: row.reader, showBoth: row.showBoth) == row.expected)
  }

  func verdictLines(_ id: String, _ language: Language) throws -> [String] {
    let bank = try TrainingBank.index()
    let catalog = try Catalog(json: Shipped.catalogJSON())
    let question = try #require(QuestionGenerator(bank: bank, seed: 1).allQuestions().first { $0.id.rawValue == id })
    var game = GameSession(
      questions: [question], bank: bank, catalog: catalog, options: .init(language: language), startedAt: Self.start)
    _ = game.start(at: Self.start)
    let events = game.handle(":skip", at: Self.start)
    let verdict = try #require(events.first { if case .verdict = $0 { true } else { false } })
    return EventText(catalog: catalog).lines(verdict).map(\.text)
  }

  @Test("a miss on a fact of the Spanish chronicle: its quote, and in English its English translation")
  func spanishSourceLesson() throws {
    let english = try verdictLines("museum-director.typed", .en)
    #expect(english.contains("Source: “La directora del museo, Lucía Ferrer, denunció el robo”"), "\(english)")
    #expect(english.contains("In English: “The museum’s director, Lucía Ferrer, reported the theft”"), "\(english)")
    let spanish = try verdictLines("museum-director.typed", .es)
    #expect(spanish.contains("Fuente: «La directora del museo, Lucía Ferrer, denunció el robo»"), "\(spanish)")
    #expect(!spanish.contains { $0.hasPrefix("En inglés: «") || $0.hasPrefix("En español: «") }, "\(spanish)")
  }

  @Test("a miss on a fact of the English statement: in Spanish its Spanish translation, in English none")
  func englishSourceLesson() throws {
    let spanish = try verdictLines("manuscript-returned.typed", .es)
    #expect(spanish.contains { $0.hasPrefix("Fuente: «The Book of Tides was returned") }, "\(spanish)")
    #expect(spanish.contains { $0.hasPrefix("En español: «El “Libro de las mareas” fue devuelto") }, "\(spanish)")
    let english = try verdictLines("manuscript-returned.typed", .en)
    // ("In Spanish: Museo de Valdeluna" is the answer in the other language, not a quote.)
    #expect(!english.contains { $0.hasPrefix("In Spanish: “") || $0.hasPrefix("In English: “") }, "\(english)")
  }

  @Test("the Anki export follows the same rule")
  func export() throws {
    let bank = try TrainingBank.index()
    let catalog = try Catalog(json: Shipped.catalogJSON())
    let question = try #require(
      QuestionGenerator(bank: bank, seed: 0).allQuestions().first { $0.id.rawValue == "museum-director.typed" })
    let exporter = DeckExport(bank: bank, catalog: catalog)
    let english = exporter.cards([question], languages: [.en]).flatMap(\.back)
    #expect(english.contains("In English: “The museum’s director, Lucía Ferrer, reported the theft”"), "\(english)")
    // The card names its source as the game and the study guide do: title, publisher, date.
    #expect(
      english.contains {
        $0.hasSuffix(
          "(“Desaparece el «Libro de las mareas» del Museo de Valdeluna”, Gaceta de Valdeluna, May 20, 2021)")
      }, "\(english)")
    let spanish = exporter.cards([question], languages: [.es]).flatMap(\.back)
    #expect(!spanish.contains { $0.hasPrefix("En inglés: «") || $0.hasPrefix("En español: «") }, "\(spanish)")
  }
}
