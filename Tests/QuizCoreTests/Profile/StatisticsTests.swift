import Foundation
import Testing

@testable import QuizCore

@Suite struct StatisticsTests {
  typealias S = ProfileTestSupport

  static var utc: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }

  /// Game s1 (recorded) on day 0, game s2 (killed: no session record) on day 1, one answer in another bank on
  /// day 2.
  static var scripted: Profile {
    let day1 = S.at(days: 1)
    let events: [ProfileEvent] = [
      .answer(S.answer("a.typed", .right, at: S.at(minutes: 0), topic: "arrest")),
      .answer(S.answer("b.choice", .wrong, at: S.at(minutes: 1), topic: "trial", language: .es)),
      .answer(S.answer("c.date", .right, at: S.at(minutes: 2), topic: "trial", language: .es, forgiven: true)),
      .answer(S.answer("a.typed", .right, at: S.at(minutes: 3), topic: "arrest", usedHint: true)),
      .answer(S.answer("timeline(x,y,z)", .partial, at: S.at(minutes: 4), topic: "arrest", points: 50)),
      .session(S.session("s1", started: S.start, ended: S.at(minutes: 5), score: 350, right: 3, wrong: 1)),
      .answer(S.answer("b.choice", .wrong, at: day1, topic: "trial", language: .es, session: "s2", skipped: true)),
      .answer(S.answer("b.choice", .right, at: day1 + 60, topic: "trial", language: .es, session: "s2")),
      .answer(S.answer("c.date", .right, at: day1 + 120, topic: "trial", session: "s2")),
      .answer(S.answer("d.number", .right, at: day1 + 180, topic: "", session: "s2")),
      .answer(S.answer("z.typed", .wrong, at: S.at(days: 2), bank: "other", session: "s3")),
      .session(
        S.session("s3", started: S.at(days: 2), ended: S.at(days: 2) + 30, score: 0, right: 0, wrong: 1, bank: "other")),
    ]
    return Profile().replaying(events, scheduler: Scheduler())
  }

  static let names = ["arrest": "The arrest", "trial": "The trial"]
  static let topics = [QuestionID(rawValue: "d.number"): "sentence"]

  func stats(bank: String?) -> Statistics {
    Statistics(
      profile: Self.scripted, bank: bank, topicNames: Self.names, questionTopics: Self.topics, now: S.at(days: 3),
      calendar: Self.utc)
  }

  @Test func totalsCountEveryAnswerOfTheBank() {
    let totals = stats(bank: "cassez").totals
    #expect(totals.answered == 9)
    #expect(totals.right == 6 && totals.partial == 1 && totals.wrong == 2)
    #expect(totals.skipped == 1 && totals.hints == 1 && totals.forgiven == 1)
    #expect(totals.points == 650)
    // The timeline was only partly right: still missed.
    #expect(totals.questionsSeen == 5 && totals.questionsMissed == 1)
    #expect(totals.sessions == 2)
    let all = stats(bank: nil).totals
    #expect(
      all.answered == 10 && all.wrong == 3 && all.questionsSeen == 6 && all.questionsMissed == 2 && all.sessions == 3)
  }

  @Test func accuracyOverallAndPerTopicKindAndLanguage() {
    let stats = stats(bank: "cassez")
    #expect(stats.overall.answered == 9 && stats.overall.credit == 6.5)
    #expect(abs(stats.overall.accuracy - 6.5 / 9) < 1e-12)
    #expect(stats.byTopic.map(\.name) == ["The arrest", "The trial", "sentence"])
    #expect(stats.byTopic.map(\.answered) == [3, 5, 1])
    #expect(stats.byTopic.map(\.credit) == [2.5, 3, 1])
    #expect(stats.byKind.map(\.id) == ["choice", "typed", "number", "date", "timeline"])
    #expect(stats.byKind.map(\.answered) == [3, 2, 1, 2, 1])
    #expect(stats.byKind.map(\.right) == [1, 2, 1, 2, 0])
    #expect(stats.byLanguage.map(\.id) == ["en", "es"])
    #expect(stats.byLanguage.map(\.answered) == [5, 4])
    #expect(stats.byLanguage.map(\.credit) == [4.5, 2])
  }

  @Test func streaksRunAcrossGames() {
    #expect(stats(bank: "cassez").currentStreak == 3)
    #expect(stats(bank: "cassez").bestStreak == 3)
    #expect(stats(bank: nil).currentStreak == 0)
    #expect(stats(bank: nil).bestStreak == 3)
  }

  @Test func sessionsIncludeGamesRebuiltFromTheirAnswers() {
    let sessions = stats(bank: "cassez").sessions
    #expect(sessions.map(\.id) == ["s1", "s2"])
    #expect(sessions.map(\.score) == [350, 300])
    #expect(sessions.map(\.interrupted) == [false, true])
    #expect(sessions[1].mode == nil && sessions[1].answered == 4 && sessions[1].right == 3 && sessions[1].wrong == 1)
    #expect(sessions[1].started == S.at(days: 1) && sessions[1].ended == S.at(days: 1) + 180)
  }

  @Test func mostMissedQuestionsComeWithTheirCounts() {
    let missed = stats(bank: nil).mostMissed
    #expect(missed.map(\.question.rawValue) == ["b.choice", "z.typed"])
    #expect(missed.map(\.wrong) == [2, 1])
    #expect(missed.map(\.missedSinceRight) == [false, true])
    #expect(missed.first?.topic == "trial" && missed.first?.attempts == 3)
    #expect(stats(bank: "cassez").mostMissed.count == 1)
  }

  @Test func statisticsEncodeAsJSON() throws {
    let data = try ProfileCoding.snapshotEncoder().encode(stats(bank: "cassez"))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"accuracy\" : 0.72"))
    #expect(try ProfileCoding.decoder().decode(Statistics.self, from: data) == stats(bank: "cassez"))
  }

  func dueProfile(_ offsets: [TimeInterval], now: Date) -> Profile {
    var progress = BankProgress()
    for (index, offset) in offsets.enumerated() {
      progress.questions[QuestionID(rawValue: "q\(index).typed")] = QuestionRecord(
        kind: .typed, topic: "", due: now.addingTimeInterval(offset))
    }
    var profile = Profile()
    profile.banks["cassez"] = progress
    return profile
  }

  @Test func dueTodayAndTheFourteenDayForecast() {
    let now = S.start  // 12:00 UTC, 06:00 in Mexico City
    let hour: TimeInterval = 3600
    let profile = dueProfile([-48 * hour, 0, 1 * hour, 13 * hour, 24 * hour, 13 * 24 * hour, 20 * 24 * hour], now: now)
    let stats = Statistics(profile: profile, now: now, calendar: Self.utc)
    #expect(stats.dueNow == 2)
    #expect(stats.dueToday == 3)
    #expect(stats.dueByDay.count == 14)
    #expect(stats.dueByDay.map(\.count) == [3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    #expect(stats.dueByDay.first?.day == "2026-03-01" && stats.dueByDay.last?.day == "2026-03-14")

    var mexico = Calendar(identifier: .gregorian)
    mexico.timeZone = TimeZone(identifier: "America/Mexico_City") ?? mexico.timeZone
    let local = Statistics(profile: profile, now: now, calendar: mexico)
    #expect(local.dueByDay.map(\.count).prefix(2) == [4, 1])
    #expect(local.dueToday == 4)
  }

  @Test func anEmptyProfileHasZeroesEverywhere() {
    let stats = Statistics(profile: Profile(), now: S.start, calendar: Self.utc)
    #expect(stats.totals == Statistics.Totals())
    #expect(stats.overall.accuracy == 0)
    #expect(stats.byTopic.isEmpty && stats.sessions.isEmpty && stats.mostMissed.isEmpty)
    #expect(stats.dueByDay.allSatisfy { $0.count == 0 })
  }
}
