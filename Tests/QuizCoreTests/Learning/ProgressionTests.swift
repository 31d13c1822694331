import Foundation
import Testing

@testable import QuizCore

@Suite("Progression of a fact over games")
struct ProgressionTests {
  @Test("recognition first, then recall, then the other direction; siblings share what is known")
  func upwards() throws {
    // The documentary topic has 6 facts: a game of 6 on it asks each once.
    var player = SimulatedPlayer(bank: try Shipped.bank("cassez"))
    var forms: [String] = []
    for seed in 1...4 as ClosedRange<UInt64> {
      let game = player.play(seed: seed, count: 6, filter: QuestionFilter(topics: ["documentary"])) { _ in true }
      #expect(game.count == 6)
      if let asked = game.first(where: { $0.question.facts == ["documentary-based-on-book"] }) {
        forms.append(LearningForm(asked.question).rawValue + ":" + asked.question.kind.rawValue)
      }
    }
    // The book a documentary is based on has no multiple choice (no other book to offer): recognised as a
    // true statement, then typed, then asked the other way round.
    #expect(Array(forms.prefix(3)) == ["recognition:truefalse", "recall:typed", "reverse:typed"], "\(forms)")
  }

  @Test("a miss steps the fact back: a missed recall comes back as recognition")
  func missStepsBack() {
    var player = SimulatedPlayer(bank: MiniBank.index)
    var forms: [String] = []
    // Right, wrong (the recall), right, right.
    let plan = [true, false, true, true]
    for (offset, right) in plan.enumerated() {
      let game = player.play(seed: UInt64(offset + 1), count: 7) { question in
        question.facts == ["show-director"] ? right : true
      }
      if let asked = game.first(where: { $0.question.facts == ["show-director"] }) {
        forms.append(LearningForm(asked.question).rawValue)
      }
    }
    #expect(forms == ["recognition", "recall", "recognition", "recall"])
  }
}
