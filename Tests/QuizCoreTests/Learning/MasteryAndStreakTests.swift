import Foundation
import Testing

@testable import QuizCore

@Suite("Mastery and day streak")
struct MasteryAndStreakTests {
  typealias S = ProfileTestSupport

  @Test("facts are new, learning or mastered, per topic and for the bank")
  func mastery() {
    let questions = [
      S.question("a", .choice), S.question("a", .typed), S.question("b", .typed, topic: "trial"),
      S.question("c", .choice, topic: "trial"), S.question("d", .date, topic: "trial"),
    ]
    var profile = Profile()
    let scheduler = Scheduler()
    var answered: [(String, QuestionKind, AnswerOutcome)] = [("a", .choice, .right), ("b", .typed, .wrong)]
    answered.append(("d", .date, .right))
    for (offset, (fact, kind, outcome)) in answered.enumerated() {
      profile.apply(
        .answer(S.answer("\(fact).\(kind.rawValue)", outcome, at: S.at(minutes: Double(offset)), kind: kind)),
        scheduler: scheduler)
    }
    // d's date was answered right long ago and again much later: stable for weeks.
    profile.banks["cassez"]?.questions[QuestionID(rawValue: "d.date")]?.card.stability = 40
    let progress = FactProgress(
      profile: profile, bank: "cassez", questions: questions, scheduler: scheduler, now: S.at(days: 1))
    let mastery = Mastery(
      progress: progress, bank: (id: "cassez", name: "Cassez"),
      topics: [(id: "arrest", name: "Arrest"), (id: "trial", name: "Trial")])
    #expect(
      mastery.bank.facts == 4 && mastery.bank.new == 1 && mastery.bank.learning == 2 && mastery.bank.mastered == 1)
    #expect(mastery.topics.map(\.name) == ["Arrest", "Trial"])
    #expect(mastery.topics[0].learning == 1 && mastery.topics[0].facts == 1)
    #expect(mastery.topics[1].new == 1 && mastery.topics[1].learning == 1 && mastery.topics[1].mastered == 1)
    #expect(abs(mastery.topics[1].masteredShare - 1.0 / 3) < 1e-9)
  }

  /// Games at these local times (days after the start, hours) and the streak at `now`.
  static let streaks: [(games: [Double], now: Double, offsetHours: Int, current: Int, longest: Int, today: Bool)] = [
    ([], 0, 0, 0, 0, false),
    ([0], 0, 0, 1, 1, true),
    ([0, 1, 2], 2, 0, 3, 3, true),
    // Yesterday counts while today has no game yet.
    ([0, 1, 2], 3, 0, 3, 3, false),
    // A day missed ends the streak.
    ([0, 1, 2], 4, 0, 0, 3, false),
    ([0, 2, 3, 4, 6], 6, 0, 1, 3, true),
    // 12:00 UTC + 0.5 days = 00:00 UTC the next day: in Mexico City (UTC−6) both games are on one day.
    ([0, 0.5], 0.5, -6, 1, 1, true),
    ([0, 0.5], 0.5, 0, 2, 2, true),
    // Several games a day count once.
    ([0, 0.01, 0.02, 1], 1, 0, 2, 2, true),
  ]

  @Test("days in a row with a game, in the player's local time", arguments: streaks)
  func dayStreak(case: (games: [Double], now: Double, offsetHours: Int, current: Int, longest: Int, today: Bool)) {
    let streak = DayStreak(
      activity: `case`.games.map { S.at(days: $0) }, now: S.at(days: `case`.now), utcOffset: `case`.offsetHours * 3600)
    #expect(streak == DayStreak(current: `case`.current, longest: `case`.longest, today: `case`.today))
  }

  @Test("absurd dates do not trap")
  func absurd() {
    let streak = DayStreak(activity: [Date(timeIntervalSince1970: 1e300), .distantPast], now: S.start, utcOffset: 0)
    #expect(streak.longest == 1 && streak.current == 0)
  }
}
