import Foundation
import Testing

@testable import QuizCore

/// "Most missed" lists a question once however its answer was given: the play test saw the typed and the
/// multiple-choice prompt of the same fact as two identical lines.
@Suite struct StatisticsMostMissedTests {
  typealias S = ProfileTestSupport

  @Test(arguments: [
    ("nationality.typed", "nationality"),
    ("nationality.choice", "nationality"),
    ("arrest@date.date", "arrest@date"),
    ("arrest@date.choice", "arrest@date"),
    ("rescued.number", "rescued"),
    ("spouse.choice.inverse", "spouse.inverse"),
    ("spouse.typed.inverse", "spouse.inverse"),
    ("spouse.truefalse.true", "spouse.truefalse.true"),
    ("spouse.truefalse.false", "spouse.truefalse.false"),
    ("timeline(a,b.c,d)", "timeline(a,b.c,d)"),
    ("legacy-id", "legacy-id"),
  ])
  func questionsAskingTheSameThingShareAKey(id: String, key: String) {
    #expect(QuestionID(rawValue: id).askedAs == key)
  }

  @Test func theFormsOfOnePromptAreOneLineCountingBoth() {
    let events: [ProfileEvent] = [
      .answer(S.answer("nationality.typed", .wrong, at: S.at(minutes: 0), input: "French")),
      .answer(S.answer("nationality.choice", .wrong, at: S.at(minutes: 1), input: "b")),
      .answer(S.answer("nationality.choice", .right, at: S.at(minutes: 2), input: "c")),
      .answer(S.answer("nationality.truefalse.true", .wrong, at: S.at(minutes: 3))),
      .answer(S.answer("spouse.typed", .wrong, at: S.at(minutes: 4))),
      .answer(S.answer("spouse.typed.inverse", .wrong, at: S.at(minutes: 5))),
      .answer(S.answer("nationality.typed", .wrong, at: S.at(minutes: 6), input: "Belgian")),
      .answer(S.answer("nationality.typed", .wrong, at: S.at(minutes: 0), bank: "other")),
    ]
    let profile = Profile().replaying(events, scheduler: Scheduler())
    let stats = Statistics(profile: profile, bank: nil, now: S.at(days: 1), calendar: StatisticsTests.utc)
    #expect(
      stats.mostMissed.map(\.questions.description) == [
        "[nationality.choice, nationality.typed]", "[nationality.truefalse.true]", "[spouse.typed]",
        "[spouse.typed.inverse]", "[nationality.typed]",
      ])
    let first = stats.mostMissed[0]
    #expect(first.bank == "cassez" && first.question.rawValue == "nationality.typed" && first.kind == .typed)
    #expect(first.wrong == 3 && first.attempts == 4 && first.missedSinceRight)
    #expect(first.lastAnswer == "Belgian" && first.lastAnsweredAt == S.at(minutes: 6))
    #expect(stats.mostMissed.map(\.bank) == ["cassez", "cassez", "cassez", "cassez", "other"])
    let limited = Statistics(
      profile: profile, bank: "cassez", now: S.at(days: 1), calendar: StatisticsTests.utc, mostMissedLimit: 2)
    #expect(limited.mostMissed.map(\.question.rawValue) == ["nationality.typed", "nationality.truefalse.true"])
  }
}
