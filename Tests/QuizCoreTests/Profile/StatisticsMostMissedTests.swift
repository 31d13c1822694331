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

  /// What a demanding learner expects of a line that folds the forms of one prompt: it counts every answer
  /// given to that prompt, whatever its form (the forms never missed too), and it is "still missed" only when
  /// the last answer to the prompt, in any form, was not right. Missing the typed form and then picking the
  /// right option means they knew it the last time they were asked; missing it again, typed, after picking it
  /// right means they do not know it now.
  @Test func rightAnswersInAnotherFormCountAndClearStillMissed() {
    let events: [ProfileEvent] = [
      .answer(S.answer("nationality.typed", .wrong, at: S.at(minutes: 0), input: "Belgian")),
      .answer(S.answer("nationality.choice", .right, at: S.at(minutes: 1), input: "b")),
      .answer(S.answer("nationality.choice", .right, at: S.at(minutes: 2), input: "c")),
      .answer(S.answer("spouse.choice", .right, at: S.at(minutes: 3))),
      .answer(S.answer("spouse.typed", .wrong, at: S.at(minutes: 4), input: "nobody")),
      .answer(S.answer("arrest@date.date", .right, at: S.at(minutes: 5))),
    ]
    let profile = Profile().replaying(events, scheduler: Scheduler())
    let stats = Statistics(profile: profile, bank: nil, now: S.at(days: 1), calendar: StatisticsTests.utc)
    let lines = Dictionary(uniqueKeysWithValues: stats.mostMissed.map { ($0.question.rawValue, $0) })
    #expect(lines.count == 2, "a prompt never missed has no line: \(stats.mostMissed)")
    let nationality = try? #require(lines["nationality.typed"])
    #expect(nationality?.questions.map(\.rawValue) == ["nationality.choice", "nationality.typed"])
    #expect(nationality?.wrong == 1 && nationality?.attempts == 3)
    #expect(nationality?.missedSinceRight == false)
    #expect(nationality?.lastAnswer == "c" && nationality?.lastAnsweredAt == S.at(minutes: 2))
    let spouse = try? #require(lines["spouse.typed"])
    #expect(spouse?.wrong == 1 && spouse?.attempts == 2 && spouse?.missedSinceRight == true)
    #expect(spouse?.lastAnswer == "nobody")
    // The header's count of questions still missed follows the same rule: the typed nationality question is
    // no longer still missed (its choice form was answered right after it); the typed spouse question is.
    #expect(stats.totals.questionsMissed == 1)
    // Still missed first among lines with as many wrong answers.
    #expect(stats.mostMissed.map(\.question.rawValue) == ["spouse.typed", "nationality.typed"])
  }
}
