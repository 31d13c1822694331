import Foundation
import Testing

@testable import QuizCore

/// True/false statements must not always be true: a game whose statements are all true is won by typing "t",
/// teaches nothing and reports a score that lies.
@Suite("True/false balance")
struct TrueFalseBalanceTests {
  static func isFalse(_ question: Question) -> Bool { question.answer == .truth(false) }

  /// 100 seeded games of 10 on one profile (the simulated player of `KindMixTests`): about half the statements
  /// are false, true/false stays within its cap, and a fact not yet recognised is asked as multiple choice
  /// whenever it has one, never as a statement; a false statement only of a fact the player has met.
  @Test("over 100 seeded games: about half the statements false, true/false ≤ 20 %, new facts asked as choice")
  func seededGames() throws {
    let bank = try Shipped.bank("cassez")
    var player = SimulatedPlayer(bank: bank)
    var kinds: [QuestionKind: Int] = [:]
    var statements = 0
    var falseOnes = 0
    var total = 0
    for seed in 1...100 as ClosedRange<UInt64> {
      let pool = QuestionGenerator(bank: bank, seed: seed).allQuestions()
      let progress = FactProgress(
        profile: player.profile, bank: bank.bank.id, questions: pool, scheduler: player.scheduler, now: player.now)
      let game = player.play(seed: seed).map(\.question)
      for question in game {
        kinds[question.kind, default: 0] += 1
        guard question.kind == .truefalse else { continue }
        statements += 1
        if Self.isFalse(question) { falseOnes += 1 }
        let fact = question.facts[0]
        let hasChoice = pool.contains { $0.kind == .choice && $0.facts == [fact] }
        let stage = progress.stage(of: fact) ?? .new
        #expect(stage > .new || !hasChoice, "game \(seed): \(question.id.rawValue) asked of a new fact with a choice")
        let met = progress.stage(of: fact) != nil
        #expect(met || !Self.isFalse(question), "game \(seed): false statement of a fact never met")
      }
      total += game.count
    }
    let falseShare = Double(falseOnes) / Double(max(1, statements))
    print(
      "true/false: \(statements) of \(total), \(falseOnes) false (\(Int((falseShare * 100).rounded())) %);"
        + " kinds: \(kinds.sorted { $0.key.rawValue < $1.key.rawValue })")
    #expect(statements > 0)
    #expect(Double(statements) / Double(total) <= 0.2)
    #expect((0.35...0.65).contains(falseShare), "\(falseOnes) false of \(statements)")
  }

  /// `--kind truefalse` on a fresh profile: the player asked for statements only, so new facts are stated false
  /// too (each false one's verdict states the fact, see `GameLoopTests`); about half of them over 100 games.
  @Test("statements only, fresh profile: about half false in every game's run")
  func statementsOnly() throws {
    let bank = try Shipped.bank("cassez")
    var statements = 0
    var falseOnes = 0
    for seed in 1...100 as ClosedRange<UInt64> {
      var player = SimulatedPlayer(bank: bank)
      let game = player.play(seed: seed, filter: QuestionFilter(kinds: [.truefalse])).map(\.question)
      #expect(game.count == 10 && game.allSatisfy { $0.kind == .truefalse })
      let falseInGame = game.filter(Self.isFalse).count
      #expect((2...8).contains(falseInGame), "game \(seed): \(falseInGame) false of 10")
      statements += game.count
      falseOnes += falseInGame
    }
    print("statements only, fresh: \(falseOnes) false of \(statements)")
    #expect((0.4...0.6).contains(Double(falseOnes) / Double(statements)))
  }

  /// A false statement gives a functional relation a wrong value; of a relation with several values (the
  /// charges against a person) a wrong value would state one more charge: an accusation no source makes.
  @Test("no false statement of a relation with several values", arguments: [0, 1, 2] as [UInt64])
  func noFalseExtraValue(seed: UInt64) throws {
    let bank = try Shipped.bank("cassez")
    let questions = QuestionGenerator(bank: bank, seed: seed).allQuestions()
    let falseOnes = questions.filter(Self.isFalse)
    #expect(!falseOnes.isEmpty)
    for question in falseOnes {
      let relation = bank.fact(question.facts[0]).flatMap { bank.relation($0.relation) }
      #expect(relation?.functional == true, "\(question.id.rawValue)")
    }
  }
}
