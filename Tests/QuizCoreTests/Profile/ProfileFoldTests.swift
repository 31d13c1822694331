import Foundation
import Testing

@testable import QuizCore

@Suite struct ProfileFoldTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  @Test func anAnswerUpdatesCountsLastAnswerAndReviewsTheCard() {
    let event = S.answer("arrest-date.date", .wrong, at: S.start, language: .es, input: "9 de diciembre")
    let profile = Profile().applying(.answer(event), scheduler: scheduler)
    let record = profile.record(bank: "cassez", question: event.question)
    #expect(record?.total == Tally(attempts: 1, right: 0, partial: 0, wrong: 1))
    #expect(record?.spanish == Tally(attempts: 1, right: 0, partial: 0, wrong: 1))
    #expect(record?.english == Tally())
    #expect(record?.lastAnswer == "9 de diciembre")
    #expect(record?.lastAnsweredAt == S.start)
    #expect(record?.lastOutcome == .wrong)
    #expect(record?.missedSinceRight == true)
    #expect(record?.kind == .date)
    #expect(record?.card == scheduler.review(MemoryCard(due: S.start), rating: .again, at: S.start).card)
    #expect(profile.newAnswers == [event])
    #expect(profile.tallies.overall.answered == 1 && profile.tallies.overall.wrong == 1)
  }

  @Test func aRightAnswerClearsTheMissedFlagAndAPartialOneSetsIt() {
    var profile = Profile()
    profile.apply(.answer(S.answer("q.typed", .wrong, at: S.at(minutes: 0))), scheduler: scheduler)
    profile.apply(.answer(S.answer("q.typed", .right, at: S.at(minutes: 1))), scheduler: scheduler)
    #expect(profile.record(bank: "cassez", question: QuestionID(rawValue: "q.typed"))?.missedSinceRight == false)
    profile.apply(.answer(S.answer("q.typed", .partial, at: S.at(minutes: 2))), scheduler: scheduler)
    let record = profile.record(bank: "cassez", question: QuestionID(rawValue: "q.typed"))
    #expect(record?.missedSinceRight == true)
    #expect(record?.total == Tally(attempts: 3, right: 1, partial: 1, wrong: 1))
  }

  @Test func theCardFollowsTheSchedulerReviewByReview() {
    var profile = Profile()
    var card = MemoryCard(due: S.start)
    for (index, outcome) in [AnswerOutcome.right, .wrong, .right, .right].enumerated() {
      let event = S.answer("q.choice", outcome, at: S.at(days: Double(index) * 2))
      profile.apply(.answer(event), scheduler: scheduler)
      card = scheduler.review(card, rating: event.rating, at: event.answeredAt).card
    }
    #expect(profile.record(bank: "cassez", question: QuestionID(rawValue: "q.choice"))?.card == card)
  }

  /// A scripted history over two banks, three questions, two languages and two games.
  static func history() -> [ProfileEvent] {
    var events: [ProfileEvent] = []
    let questions = ["a.typed", "a.choice", "b.date", "timeline(a,b,c)"]
    for index in 0..<24 {
      let question = questions[index % questions.count]
      let outcome: AnswerOutcome = index % 5 == 0 ? .wrong : index % 7 == 0 ? .partial : .right
      events.append(
        .answer(
          S.answer(
            question, outcome, at: S.at(minutes: Double(index * 37)), bank: index % 6 == 0 ? "other" : "cassez",
            language: index % 3 == 0 ? .es : .en, session: index < 12 ? "s1" : "s2")))
    }
    events.append(
      .session(S.session("s1", started: S.start, ended: S.at(minutes: 400), score: 900, right: 9, wrong: 3)))
    events.append(.preferences(PreferencesEvent(language: .es, changedAt: S.at(minutes: 10))))
    events.append(.preferences(PreferencesEvent(showBoth: true, desiredRetention: 0.85, changedAt: S.at(minutes: 500))))
    return events
  }

  @Test(arguments: [1, 2, 3, 42, 1234] as [UInt64])
  func replayingInAnyOrderGivesTheSameProfile(seed: UInt64) throws {
    let events = Self.history()
    var inOrder = Profile()
    for event in events { inOrder.apply(event, scheduler: scheduler) }
    var generator = SplitMix64(seed: seed)
    var shuffled = Profile()
    for event in events.shuffled(using: &generator) { shuffled.apply(event, scheduler: scheduler) }
    #expect(try S.json(shuffled) == S.json(inOrder))
    #expect(shuffled == inOrder)
    let replayed = Profile().replaying(events.shuffled(using: &generator), scheduler: scheduler)
    #expect(try S.json(replayed) == S.json(inOrder))
    #expect(replayed == inOrder)
  }

  @Test func theSameAnswerFoldedTwiceCountsOnce() throws {
    let events = Self.history()
    let once = Profile().replaying(events, scheduler: scheduler)
    let twice = once.replaying(Array(events.prefix(10)), scheduler: scheduler)
    #expect(try S.json(twice) == S.json(once))
    #expect(twice.newAnswers.count == 24)
    #expect(twice.tallies.overall.answered == 24)
  }

  @Test func aSnapshotReadBackFoldsOnExactlyLikeTheProfileInMemory() throws {
    let events = Self.history()
    let firstHalf = Profile().replaying(Array(events.prefix(12)), scheduler: scheduler)
    let reread = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: firstHalf)).profile
    #expect(reread == firstHalf.withoutNewAnswers)
    let rest = Array(events.dropFirst(12))
    #expect(
      try S.json(reread.replaying(rest, scheduler: scheduler))
        == S.json(firstHalf.replaying(rest, scheduler: scheduler)))
  }

  @Test func aSessionReplacesOneWithTheSameIDAndSessionsStayInStartOrder() {
    var profile = Profile()
    profile.apply(
      .session(S.session("b", started: S.at(minutes: 60), ended: S.at(minutes: 70), score: 1, right: 1, wrong: 0)),
      scheduler: scheduler)
    profile.apply(
      .session(S.session("a", started: S.at(minutes: 0), ended: S.at(minutes: 10), score: 2, right: 2, wrong: 0)),
      scheduler: scheduler)
    profile.apply(
      .session(S.session("b", started: S.at(minutes: 60), ended: S.at(minutes: 80), score: 5, right: 5, wrong: 0)),
      scheduler: scheduler)
    #expect(profile.sessions.map(\.id) == ["a", "b"])
    #expect(profile.sessions.last?.score == 5)
  }

  @Test func theLatestPreferenceChangeWins() {
    var profile = Profile()
    profile.apply(
      .preferences(PreferencesEvent(language: .es, showBoth: true, changedAt: S.at(minutes: 5))), scheduler: scheduler)
    profile.apply(.preferences(PreferencesEvent(language: .en, changedAt: S.at(minutes: 1))), scheduler: scheduler)
    #expect(profile.preferences.language == .es)
    profile.apply(.preferences(PreferencesEvent(showBoth: false, changedAt: S.at(minutes: 3))), scheduler: scheduler)
    #expect(profile.preferences.showBoth)
    profile.apply(
      .preferences(PreferencesEvent(desiredRetention: 2, changedAt: S.at(minutes: 9))), scheduler: scheduler)
    #expect(profile.preferences.desiredRetention == 0.99)
    #expect(profile.preferences.showBoth == true)
  }

  @Test func eventsRoundTripAsJSONLinesWithATypeDiscriminator() throws {
    let events = Self.history()
    for event in events {
      let line = try ProfileDecoding.line(for: event)
      let text = String(decoding: line, as: UTF8.self)
      #expect(!text.contains("\n"))
      #expect(text.hasPrefix("{") && text.contains("\"type\":\"\(event.type.rawValue)\""))
      #expect(try ProfileDecoding.event(from: line) == event)
    }
  }

  @Test func anAnswerLineWithOnlyTheRequiredKeysDecodesWithDefaults() throws {
    let line = Data(
      #"{"type":"answer","bank":"cassez","question":"f.choice","answeredAt":"2026-03-01T12:00:00Z"}"#.utf8)
    guard case .answer(let event) = try ProfileDecoding.event(from: line) else {
      Issue.record("not an answer")
      return
    }
    #expect(event.kind == .choice)
    #expect(event.outcome == .wrong && event.rating == .again && event.language == .en)
    #expect(event.answeredAt == S.start)
  }

  @Test func anEventCutsLongInputAndClampsCredit() {
    let event = S.answer("q.typed", at: S.start, credit: 7, input: String(repeating: "é", count: 500))
    #expect(event.input.count == AnswerEvent.maximumInputLength)
    #expect(event.credit == 1)
  }
}
