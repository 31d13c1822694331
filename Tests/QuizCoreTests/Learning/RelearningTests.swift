import Testing

@testable import QuizCore

@Suite("Second tries")
struct RelearningTests {
  let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()

  @Test(
    "a missed question comes back in the same or an easier form",
    arguments: [
      ("show-director.typed", "show-director.choice"),
      ("show-director.choice", "show-director.choice"),
      ("show-director.truefalse.false", "show-director.choice"),
      ("ana-arrest.date", "ana-arrest.choice"),
      ("juan-held.typed", "juan-held.typed"),
      ("juan-held.truefalse.true", "juan-held.truefalse.true"),
    ])
  func form(missed: String, again: String) throws {
    let question = try #require(all.first { $0.id.rawValue == missed })
    #expect(Relearning.question(after: question, among: all).id.rawValue == again)
  }

  @Test("options and timeline events come back in another order")
  func reshuffled() throws {
    let choice = try #require(all.first { $0.id.rawValue == "show-director.choice" })
    let again = Relearning.question(after: choice, among: all)
    #expect(again.options != choice.options && Set(again.options) == Set(choice.options))
    let timeline = try #require(all.first { $0.kind == .timeline })
    let back = Relearning.question(after: timeline, among: all)
    #expect(back.facts != timeline.facts && back.facts != back.rightOrder && back.id == timeline.id)
  }
}
