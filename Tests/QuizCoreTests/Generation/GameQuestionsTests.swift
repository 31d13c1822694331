import Foundation
import Testing

@testable import QuizCore

/// A game planned over questions made fact by fact (`GameQuestions`, what `play` does) is the game planned over
/// every question of the bank, and needs only a part of them.
@Suite("questions made when a game needs them")
struct GameQuestionsTests {
  static let banks = ["cassez", "valdeluna", "crowd"]

  static func bank(_ name: String) throws -> BankIndex {
    switch name {
    case "cassez": try Shipped.bank("cassez")
    case "valdeluna": try TrainingBank.index()
    default: CrowdBank.index
    }
  }

  @Test(arguments: banks)
  func makesTheSameQuestions(bankName: String) throws {
    let bank = try Self.bank(bankName)
    for seed in [0, 1, 42, 9_999] as [UInt64] {
      let all = QuestionGenerator(bank: bank, seed: seed).allQuestions()
      let source = GameQuestions(bank: bank, seed: seed)
      // Made out of order, then the whole bank: each fact's questions do not depend on what was made before.
      for index in stride(from: (source.facts?.count ?? 0) - 1, through: 0, by: -3) {
        _ = source.questions(ofFact: index)
      }
      #expect(source.all() == all, "seed \(seed)")
      let some = Array(all.filter { $0.kind != .timeline }.prefix(7))
      let facts = Set(some.flatMap(\.facts))
      #expect(
        GameQuestions(bank: bank, seed: seed).about(some)
          == all.filter { $0.kind != .timeline && facts.contains($0.facts[0]) } + all.filter { $0.kind == .timeline })
    }
  }

  static let filters: [QuestionFilter] = [
    .all, QuestionFilter(kinds: [.typed, .date, .number]), QuestionFilter(kinds: [.truefalse]),
    QuestionFilter(kinds: [.choice, .timeline]), QuestionFilter(topics: ["arrest", "trial", "cronica"]),
  ]

  /// Day after day of one simulated player (a new profile first, then one with records of the bank), every
  /// filter and several lengths: the same questions in the same order, and the same generator state after.
  @Test(arguments: banks)
  func plansTheSameGames(bankName: String) throws {
    let bank = try Self.bank(bankName)
    var player = SimulatedPlayer(bank: bank)
    for day in 0..<6 {
      for seed in [1, 2, 77] as [UInt64] {
        let all = QuestionGenerator(bank: bank, seed: seed).allQuestions()
        let eager = ReviewPlanner(profile: player.profile, bank: bank.bank.id, questions: all)
        let lazy = ReviewPlanner(profile: player.profile, bank: bank.bank.id, questions: [])
        for filter in Self.filters {
          for count in [0, 1, 5, 10, 40, 500] {
            var eagerOrder = SplitMix64(seed: seed, salt: "play-order")
            var lazyOrder = eagerOrder
            let expected = eager.playOrder(count: count, filter: filter, now: player.now, using: &eagerOrder)
            let source = GameQuestions(bank: bank, seed: seed)
            let game = lazy.playOrder(count: count, filter: filter, now: player.now, source: source, using: &lazyOrder)
            #expect(game == expected, "day \(day), seed \(seed), \(filter), count \(count)")
            #expect(lazyOrder.next() == eagerOrder.next(), "day \(day), seed \(seed), \(filter), count \(count)")
          }
        }
      }
      _ = player.play(seed: UInt64(day + 100))
    }
  }

  /// A new player's game of 10 makes the questions of the facts it looks at, not of the whole bank.
  @Test func aFirstGameMakesAPartOfTheBank() throws {
    let bank = try Shipped.bank("cassez")
    let source = GameQuestions(bank: bank, seed: 1)
    var order = SplitMix64(seed: 1, salt: "play-order")
    let game = ReviewPlanner(profile: Profile(), bank: bank.bank.id, questions: []).playOrder(
      count: 10, now: ProfileTestSupport.start, source: source, using: &order)
    #expect(game.count == 10)
    let facts = try #require(source.facts?.count)
    #expect(source.madeFactCount >= 10)
    #expect(source.madeFactCount < facts / 2, "\(source.madeFactCount) of \(facts) facts made")
  }

  /// A bank whose fact ids repeat (which `lint` refuses) is planned over all its questions, as before.
  @Test func repeatedFactIdsMakeEveryQuestion() throws {
    var bank = try Shipped.bank("cassez").bank
    bank.facts.append(bank.facts[0])
    let index = BankIndex(bank)
    let source = GameQuestions(bank: index, seed: 3)
    #expect(source.facts == nil)
    #expect(source.all() == QuestionGenerator(bank: index, seed: 3).allQuestions())
    var eagerOrder = SplitMix64(seed: 3, salt: "play-order")
    var lazyOrder = eagerOrder
    let expected = ReviewPlanner(profile: Profile(), bank: bank.id, questions: source.all()).playOrder(
      count: 10, now: ProfileTestSupport.start, using: &eagerOrder)
    let game = ReviewPlanner(profile: Profile(), bank: bank.id, questions: []).playOrder(
      count: 10, now: ProfileTestSupport.start, source: source, using: &lazyOrder)
    #expect(game == expected)
  }
}
