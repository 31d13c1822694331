import Foundation
import Testing

@testable import QuizCore

/// The `stats` command and the end-of-game summary count a game the same way: a second try (a question missed
/// earlier in the same game, asked again) keeps its points but leaves the right/wrong counts, the accuracy and
/// the streak alone. The profile marks such answers with an optional `secondTry`, absent from older profiles.
@Suite("Second tries in the profile")
struct SecondTryStatisticsTests {
  static let start = Date(timeIntervalSince1970: 1_700_000_000)

  /// Plays a game of the mini bank, missing `missed` questions first, answering everything else right, and
  /// returns its summary and the profile events it recorded.
  static func play(missing missed: Set<String>) throws -> (GameSummary, [AnswerEvent]) {
    let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()
    let ids = ["show-director.typed", "ana-sentence.number", "ana-arrest.date", "show-director.choice"]
    let questions = try ids.map { id in try #require(all.first { $0.id.rawValue == id }) }
    var game = GameSession(
      questions: questions, bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(), startedAt: start)
    let renderer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog)
    var events = game.start(at: start)
    var answers: [AnswerEvent] = []
    var summary: GameSummary?
    var step = 0.0
    while summary == nil, step < 20 {
      let question = try #require(game.currentQuestion)
      let first = !answers.contains { $0.question == question.id }
      let input = first && missed.contains(question.id.rawValue) ? "zzz" : renderer.render(question, in: .en).answer
      step += 1
      events = game.handle(input, at: start.addingTimeInterval(step * 10))
      for case .answered(let answered) in events {
        answers.append(AnswerEvent(answered, bank: "mini", session: "game-1"))
      }
      for case .summary(let end) in events { summary = end }
    }
    return (try #require(summary), answers)
  }

  @Test(
    "stats agree with the game's summary on a game with second tries",
    arguments: [
      Set<String>(), ["show-director.typed"], ["show-director.typed", "ana-arrest.date"], ["ana-sentence.number"],
    ])
  func statsAgreeWithSummary(missed: Set<String>) throws {
    let (summary, answers) = try Self.play(missing: missed)
    #expect(answers.filter(\.secondTry).count == missed.count, "every miss came back once")
    var profile = Profile()
    for answer in answers { profile.apply(.answer(answer), scheduler: Scheduler()) }
    // Read back as the next start-up would.
    let reread = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: profile)).profile
    let stats = Statistics(
      profile: reread, now: Self.start.addingTimeInterval(3600), calendar: Calendar(identifier: .gregorian))
    #expect(stats.totals.answered == summary.answered)
    #expect(stats.totals.right == summary.right)
    #expect(stats.totals.wrong == summary.wrong)
    #expect(stats.totals.points == summary.score)
    #expect(stats.overall.accuracy == summary.accuracy)
    #expect(stats.bestStreak == summary.bestStreak)
  }

  @Test("an answer without secondTry (an older profile) reads as a first try, and a first try is written as before")
  func olderAnswersLoad() throws {
    let old =
      #"{"bank":"cassez","question":"cassez-arrest-date.date","kind":"date","topic":"arrest","language":"en","#
      + #""outcome":"right","credit":1,"points":15,"rating":3,"forgiven":false,"usedHint":false,"#
      + #""skipped":false,"input":"December 8, 2005","answeredAt":"2026-03-01T12:00:00.000Z","session":"s"}"#
    let event = try ProfileCoding.decoder().decode(AnswerEvent.self, from: Data(old.utf8))
    #expect(!event.secondTry)
    let written = String(decoding: try ProfileCoding.lineEncoder().encode(event), as: UTF8.self)
    #expect(!written.contains("secondTry"))
    var second = event
    second.secondTry = true
    let marked = try ProfileCoding.lineEncoder().encode(second)
    #expect(String(decoding: marked, as: UTF8.self).contains("\"secondTry\":true"))
    #expect(try ProfileCoding.decoder().decode(AnswerEvent.self, from: marked) == second)
    // A whole profile from before: loads, and its answers are first tries.
    let v1 = try ProfileDecoding.profile(from: ProfileTestSupport.fixture("v1-profile.json")).profile
    #expect(v1.tallies.overall.answered > 0)
  }

  @Test("a second try adds its points to the tallies and nothing else")
  func talliesOfASecondTry() {
    func event(_ outcome: AnswerOutcome, second: Bool, at seconds: Double) -> AnswerEvent {
      AnswerEvent(
        bank: "b", question: QuestionID(rawValue: "q\(seconds).typed"), kind: .typed, topic: "t", language: .en,
        outcome: outcome, credit: outcome == .right ? 1 : 0, points: outcome == .right ? 10 : 0,
        rating: outcome == .right ? .good : .again, input: "x",
        answeredAt: Self.start.addingTimeInterval(seconds), session: "s", secondTry: second)
    }
    var tallies = AnswerTallies()
    tallies.count(event(.right, second: false, at: 1), sessionRecorded: false)
    tallies.count(event(.wrong, second: false, at: 2), sessionRecorded: false)
    tallies.count(event(.right, second: true, at: 3), sessionRecorded: false)
    #expect(tallies.overall.answered == 2 && tallies.overall.right == 1 && tallies.overall.wrong == 1)
    #expect(tallies.points == 20 && tallies.currentStreak == 0 && tallies.bestStreak == 1)
    #expect(tallies.orphans["s"]?.answered == 2 && tallies.orphans["s"]?.score == 20)
  }
}
