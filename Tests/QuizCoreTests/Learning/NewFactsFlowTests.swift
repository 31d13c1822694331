import Foundation
import Testing

@testable import QuizCore

/// Regular games of 10 on one new profile, a day apart, keep meeting new facts and deal timelines once their
/// events are known (docs/learning.md: about 10 % timelines). The play test found none: a fact's first
/// multiple choice left a learning card due ten minutes later, never asked again once the fact moved on to
/// recall, and the fact counted as due for good, so the same ten to thirteen facts filled every game.
@Suite("New facts keep coming, and timelines with them")
struct NewFactsFlowTests {
  struct Row: Sendable, CustomTestStringConvertible {
    /// The share of answers the simulated player gets right.
    var chance: Double
    /// The game by which a timeline must have been dealt.
    var timelineBy: Int
    /// The facts that must have been met by game 20.
    var metBy20: Int
    var testDescription: String {
      "right \(Int(chance * 100)) %: a timeline by game \(timelineBy), \(metBy20) facts by 20"
    }
  }

  @Test(
    "games of 10 a day apart",
    arguments: [Row(chance: 1, timelineBy: 9, metBy20: 30), Row(chance: 0.85, timelineBy: 20, metBy20: 25)])
  func flow(_ row: Row) throws {
    let bank = try Shipped.bank("cassez")
    let scheduler = Scheduler()
    var profile = Profile()
    var now = Date(timeIntervalSince1970: 1_800_000_000)
    var rng = SplitMix64(seed: 7, salt: "simulated-player")
    var firstTimeline: Int?
    var met = 0
    for game in 1...20 {
      let questions = QuestionGenerator(bank: bank, seed: UInt64(game)).allQuestions()
      var order = SplitMix64(seed: UInt64(game), salt: "play-order")
      let chosen = ReviewPlanner(profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler)
        .playOrder(count: 10, filter: .all, now: now, using: &order)
      #expect(chosen.count == 10)
      if firstTimeline == nil, chosen.contains(where: { $0.kind == .timeline }) { firstTimeline = game }
      for (offset, question) in chosen.enumerated() {
        let right = Double(rng.next() % 1000) / 1000 < row.chance
        let event = AnswerEvent(
          bank: bank.bank.id, question: question.id, kind: question.kind, topic: question.topic, language: .en,
          outcome: right ? .right : .wrong, credit: right ? 1 : 0, points: 0, rating: right ? .good : .again,
          input: "", answeredAt: now.addingTimeInterval(Double(offset) * 20), session: "game-\(game)")
        profile.apply(.answer(event), scheduler: scheduler)
      }
      now = now.addingTimeInterval(86_400)
      let progress = FactProgress(
        profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler, now: now)
      met = progress.entries.filter { $0.stage != nil }.count
    }
    let first = try #require(firstTimeline, "no timeline in 20 games")
    #expect(first <= row.timelineBy)
    #expect(met >= row.metBy20)
  }

  /// A fact is due when the card of its latest answer is: an older form's overdue learning step does not keep
  /// it due.
  @Test("a fact's due date is its latest answer's")
  func dueOfLatestAnswer() throws {
    let bank = try Shipped.bank("cassez")
    let scheduler = Scheduler()
    let questions = QuestionGenerator(bank: bank, seed: 1).allQuestions()
    let choice = try #require(questions.first { $0.facts == ["vallarta-nationality"] && $0.kind == .choice })
    let typed = try #require(questions.first { $0.facts == ["vallarta-nationality"] && $0.kind == .typed })
    var profile = Profile()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    for (question, day) in [(choice, 0.0), (typed, 1.0)] {
      profile.apply(
        .answer(
          AnswerEvent(
            bank: bank.bank.id, question: question.id, kind: question.kind, topic: question.topic, language: .en,
            outcome: .right, credit: 1, points: 0, rating: .good, input: "",
            answeredAt: start.addingTimeInterval(day * 86_400), session: "s")), scheduler: scheduler)
    }
    let now = start.addingTimeInterval(86_400 + 300)
    let progress = FactProgress(
      profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler, now: now)
    let entry = try #require(progress.entries.first { $0.fact == "vallarta-nationality" })
    let typedCard = try #require(profile.banks[bank.bank.id]?.questions[typed.id]?.card)
    #expect(entry.due == typedCard.due)
    #expect(try #require(entry.due) > now)
  }
}
