import Foundation
import Testing

@testable import QuizCore

/// Play test B5: `review --list` listed one fact twice (its typed question, then the multiple choice its second
/// try asked, both missed); recalling it right in `review` left it listed. The missed list is one entry per
/// fact, a fact leaves it once a form at least as hard is answered right, and it is asked in the form its stage
/// calls for.
@Suite("Missed facts in review")
struct MissedReviewTests {
  static let fact = "cassez-met-vallarta-through"

  struct Setup {
    let bank: BankIndex
    let questions: [Question]
    var profile = Profile()
    var now = ProfileTestSupport.start
    let scheduler = Scheduler()

    init() throws {
      bank = try Shipped.bank("cassez")
      questions = QuestionGenerator(bank: bank, seed: 1).allQuestions()
    }

    func question(_ kind: QuestionKind) throws -> Question {
      try #require(
        questions.first { $0.facts == [MissedReviewTests.fact] && $0.kind == kind && $0.direction == .forward })
    }

    mutating func answer(_ question: Question, right: Bool) {
      now = now.addingTimeInterval(60)
      let event = AnswerEvent(
        bank: bank.bank.id, question: question.id, kind: question.kind, topic: question.topic, language: .en,
        outcome: right ? .right : .wrong, credit: right ? 1 : 0, points: 0, rating: right ? .good : .again,
        input: "", answeredAt: now, session: "s")
      profile.apply(.answer(event), scheduler: scheduler)
    }

    func missed() -> [Question] {
      ReviewPlanner(profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler)
        .missedForReview(now: now)
    }

    func listed() -> [Question] {
      ReviewPlanner(profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler).missed(now: now)
    }
  }

  @Test("a typed miss and its second try's miss are one entry, reviewed as the stage after the miss calls for")
  func oneEntryPerFact() throws {
    var setup = try Setup()
    let typed = try setup.question(.typed)
    let choice = try setup.question(.choice)
    setup.answer(typed, right: false)
    setup.answer(choice, right: false)
    let missed = setup.missed().filter { $0.facts == [Self.fact] }
    // A miss steps the fact back one stage (docs/learning.md): missed in recall and in recognition, it is new
    // again, so it is reviewed as recognition.
    #expect(missed.map(\.kind) == [.choice])
    // `review --list` shows it once, as the question missed first-most urgently.
    #expect(setup.listed().filter { $0.facts == [Self.fact] }.count == 1)
  }

  @Test("recalled right after the miss: the fact leaves the missed list")
  func recallClears() throws {
    var setup = try Setup()
    let typed = try setup.question(.typed)
    let choice = try setup.question(.choice)
    setup.answer(typed, right: false)
    setup.answer(choice, right: false)
    setup.answer(typed, right: true)
    #expect(setup.missed().allSatisfy { $0.facts != [Self.fact] })
    #expect(setup.listed().allSatisfy { $0.facts != [Self.fact] })
    // A right multiple choice clears a missed multiple choice too.
    var other = try Setup()
    other.answer(choice, right: false)
    other.answer(choice, right: true)
    #expect(other.missed().allSatisfy { $0.facts != [Self.fact] })
  }

  @Test("recognised right after a missed recall: still missed, now asked as recall, not recognition")
  func easierFormDoesNotClear() throws {
    var setup = try Setup()
    let typed = try setup.question(.typed)
    let choice = try setup.question(.choice)
    setup.answer(typed, right: false)
    setup.answer(choice, right: true)
    let missed = setup.missed().filter { $0.facts == [Self.fact] }
    #expect(missed.map(\.kind) == [.typed])
  }
}
