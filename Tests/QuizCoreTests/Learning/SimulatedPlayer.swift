import Foundation

@testable import QuizCore

/// Plays seeded games on one profile, answering right with a chance per form, one day apart: what the kind
/// mix and the progression tests look at.
struct SimulatedPlayer {
  var bank: BankIndex
  var profile = Profile()
  var now = ProfileTestSupport.start
  var rng = SplitMix64(seed: 7, salt: "simulated-player")
  let scheduler = Scheduler()
  /// The chance of a right answer per form.
  var chance: (LearningForm) -> Double = { form in
    switch form {
    case .recognition: 0.85
    case .recall, .reverse: 0.65
    case .timeline: 0.5
    }
  }

  init(bank: BankIndex) { self.bank = bank }

  /// Draws a game as `play` does (questions generated with the game's seed, then planned), answers it and
  /// folds the answers into the profile; returns the questions with whether each was answered right.
  mutating func play(seed: UInt64, count: Int = 10, filter: QuestionFilter = .all, answer: ((Question) -> Bool)? = nil)
    -> [(question: Question, right: Bool)]
  {
    let questions = QuestionGenerator(bank: bank, seed: seed).allQuestions()
    var order = SplitMix64(seed: seed, salt: "play-order")
    let planner = ReviewPlanner(profile: profile, bank: bank.bank.id, questions: questions, scheduler: scheduler)
    let game = planner.playOrder(count: count, filter: filter, now: now, using: &order)
    var result: [(question: Question, right: Bool)] = []
    for (offset, question) in game.enumerated() {
      let right = answer?(question) ?? (Double(rng.next() % 1000) / 1000 < chance(LearningForm(question)))
      let event = AnswerEvent(
        bank: bank.bank.id, question: question.id, kind: question.kind, topic: question.topic, language: .en,
        outcome: right ? .right : .wrong, credit: right ? 1 : 0, points: 0, rating: right ? .good : .again, input: "",
        answeredAt: now.addingTimeInterval(Double(offset) * 20), session: "game-\(seed)")
      profile.apply(.answer(event), scheduler: scheduler)
      result.append((question, right))
    }
    now = now.addingTimeInterval(86_400)
    return result
  }
}
