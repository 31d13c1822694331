import Testing

@testable import QuizCore

@Suite("A gender swap is a different answer, not a typo")
struct GenderSwapTests {
  @Test(
    arguments: [
      ("su hermana", "su hermano", true), ("hermanos", "hermanas", true), ("detenida", "detenido", true),
      ("su hermano", "su hermano", false), ("su hermamo", "su hermano", false), ("hermana mayor", "hermano", false),
      ("francesa", "frances", false), ("la", "lo", true), ("casa", "caso", true), ("mexicano", "mexicanu", false),
    ])
  func swaps(typed: String, expected: String, swapped: Bool) {
    #expect(AnswerChecker.swapsGender(typed, expected) == swapped)
  }

  @Test("the checker refuses su hermana for su hermano")
  func checker() {
    let bank = BankIndex(MiniBank.bank)
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let question = Question(
      id: QuestionID(rawValue: "q"), kind: .typed, direction: .forward, facts: [], topic: "t",
      answer: .text(Localized(en: "her brother", es: "su hermano"), aliases: Localized(en: [], es: [])))
    #expect(checker.check("su hermana", question: question, language: .es).verdict?.outcome == .wrong)
    #expect(checker.check("su hermanno", question: question, language: .es).verdict?.outcome == .right)
  }
}
