import Foundation
import Testing

@testable import QuizCore

/// The answers a new player gave in a play test of the shipped Cassez bank, each right answer refused then and
/// each wrong one that must stay wrong. Only outcomes are checked here (the bank's aliases may grow and turn a
/// forgiven preposition into an alias); what is forgiven is checked on fixed banks in the other suites.
@Suite("Play-test answers on the shipped bank")
struct PlayTestAnswerTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var input: String
    var fact: String
    var kind: QuestionKind
    var language: Language
    /// The outcome, or `nil` when the input must be asked again.
    var outcome: Verdict.Outcome?
    init(
      _ input: String, _ fact: String, _ kind: QuestionKind, _ language: Language, _ outcome: Verdict.Outcome?
    ) {
      self.input = input
      self.fact = fact
      self.kind = kind
      self.language = language
      self.outcome = outcome
    }
    var testDescription: String {
      "\(fact).\(kind) [\(language.rawValue)] \"\(input)\" → \(outcome?.rawValue ?? "ask again")"
    }
  }

  static let bank: BankIndex? = try? Shipped.bank("cassez")

  static func question(_ fact: String, _ kind: QuestionKind) -> Question? {
    guard let bank else { return nil }
    return QuestionGenerator(bank: bank).allQuestions().first {
      $0.facts == [fact] && $0.kind == kind && $0.direction == .forward && $0.qualifier == nil
    }
  }

  static let typedRows: [Row] = [
    // B1: the question's own preposition, echoed.
    Row("with Israel Vallarta", "cassez-partner", .typed, .en, .right),
    Row("con Israel Vallarta", "cassez-partner", .typed, .es, .right),
    Row("with Jorge Volpi", "cassez-partner", .typed, .en, .wrong),
    Row("with", "cassez-partner", .typed, .en, .wrong),
    Row("in Mexico", "cassez-met-vallarta-in", .typed, .en, .right),
    Row("en México", "cassez-met-vallarta-in", .typed, .es, .right),
    Row("in France", "cassez-met-vallarta-in", .typed, .en, .wrong),
    Row("by her brother", "cassez-met-vallarta-through", .typed, .en, .right),
    Row("de su hermano", "cassez-met-vallarta-through", .typed, .es, .right),
    Row("by her father", "cassez-met-vallarta-through", .typed, .en, .wrong),
    Row("de su padre", "cassez-met-vallarta-through", .typed, .es, .wrong),
    Row("he is Mexican", "vallarta-nationality", .typed, .en, .right),
    Row("es mexicano", "vallarta-nationality", .typed, .es, .right),
    Row("he is Belgian", "vallarta-nationality", .typed, .en, .wrong),
    Row("he is", "vallarta-nationality", .typed, .en, .wrong),
    Row("to France", "cassez-flew-to", .typed, .en, .right),
    Row("a Francia", "cassez-flew-to", .typed, .es, .right),
    Row("to Mexico", "cassez-flew-to", .typed, .en, .wrong),
    Row("between France and Mexico", "cassez-tension-between", .typed, .en, .right),
    Row("entre francia y mexico", "cassez-tension-between", .typed, .es, .right),
    Row("France & Mexico", "cassez-tension-between", .typed, .en, .right),
    Row("Mexico, France", "cassez-tension-between", .typed, .en, .right),
    Row("Francia e México", "cassez-tension-between", .typed, .es, .right),
    Row("between France and Spain", "cassez-tension-between", .typed, .en, .wrong),
    Row("Spain & Mexico", "cassez-tension-between", .typed, .en, .wrong),
    Row("entre", "cassez-tension-between", .typed, .es, .wrong),
    Row("to the police station", "cassez-taken-back-to-ranch", .typed, .en, .wrong),
  ]

  static let valueRows: [Row] = [
    Row("viernes 8 de diciembre de 2005", "cassez-arrest-date", .date, .es, .right),
    Row("Friday, December 8, 2005", "cassez-arrest-date", .date, .en, .right),
    Row("viernes 9 de diciembre de 2005", "cassez-arrest-date", .date, .es, .wrong),
    Row("25/08/22", "documentary-premiere-date", .date, .es, .right),
    Row("08/25/22", "documentary-premiere-date", .date, .en, .right),
    Row("25/08/21", "documentary-premiere-date", .date, .es, .wrong),
    Row("60 años de cárcel", "cassez-reduced-sentence", .number, .es, .right),
    Row("60 years in prison", "cassez-reduced-sentence", .number, .en, .right),
    Row("60 yrs", "cassez-reduced-sentence", .number, .en, .right),
    Row("96 años de cárcel", "cassez-reduced-sentence", .number, .es, .wrong),
    Row("noventaiséis", "cassez-initial-sentence", .number, .es, .right),
    Row("noventaiseis años de prisión", "cassez-initial-sentence", .number, .es, .right),
    Row("3 hostages", "raid-people-rescued", .number, .en, .right),
    Row("tres rehenes", "raid-people-rescued", .number, .es, .right),
    Row("3 years", "raid-people-rescued", .number, .en, .wrong),
  ]

  @Test("typed answers", arguments: typedRows + valueRows)
  func typed(_ row: Row) throws {
    let bank = try #require(Self.bank)
    let question = try #require(Self.question(row.fact, row.kind), "no \(row.kind) question for \(row.fact)")
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let result = checker.check(row.input, question: question, language: row.language)
    guard let outcome = row.outcome else {
      #expect(result.askAgain != nil, "expected to ask again, got \(result)")
      return
    }
    #expect(result.verdict?.outcome == outcome, "\(result)")
  }
}
