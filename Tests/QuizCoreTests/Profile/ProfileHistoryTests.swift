import Foundation
import Testing

@testable import QuizCore

/// Schema 3: the snapshot without answers, the history kept apart, and folds that read it only when needed.
@Suite struct ProfileHistoryTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  /// A profile with every field set, and strings that need escaping.
  static func everything() -> Profile {
    var events = ProfileFoldTests.history()
    events.append(
      .answer(
        S.answer(
          "q\"uote\\d.typed", .wrong, at: S.at(minutes: 900), topic: "", language: .es, session: "s\n2",
          input: "línea\nnueva \u{01} \"comillas\" 🎉 \\")))
    events.append(.answer(S.answer("a.choice", .right, at: S.at(minutes: 901), session: "killed")))
    var profile = Profile().replaying(events, scheduler: scheduler)
    profile.historyLength = 12_345
    return profile
  }

  static let scheduler = Scheduler()

  @Test func aSnapshotRoundTripsEveryFieldButTheNewAnswers() throws {
    let profile = Self.everything()
    let data = try ProfileDecoding.snapshot(of: profile)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("{\"schemaVersion\":3,"))
    #expect(!text.contains("\"answers\""))
    #expect(text.hasSuffix("}\n"))
    #expect(try JSONSerialization.jsonObject(with: data) is [String: Any], "it is plain JSON")
    let decoded = try ProfileDecoding.profile(from: data)
    #expect(decoded.migratedFrom == nil)
    #expect(decoded.profile == profile.withoutNewAnswers)
    #expect(decoded.profile.historyLength == 12_345)
    #expect(Set(decoded.profile.tallies.orphans.keys) == ["killed", "s2", "s\n2"])
    #expect(try ProfileDecoding.snapshot(of: decoded.profile) == data, "written the same way twice")
  }

  @Test func anExportCarriesTheAnswersAndReadsBackWhole() throws {
    let profile = Self.everything()
    let data = try ProfileDecoding.export(of: profile, answers: profile.newAnswers)
    let decoded = try ProfileDecoding.profile(from: data)
    #expect(decoded.migratedFrom == nil)
    #expect(decoded.profile == profile)
    #expect(decoded.profile.newAnswers.count == 26)
  }

  @Test func aVersion2ProfileMigratesWithItsAnswersAsNewAnswersAndItsTalliesCounted() throws {
    // What schema 2 wrote: records as objects, every answer in `answers`.
    let events = ProfileFoldTests.history()
    let inMemory = Profile().replaying(events, scheduler: scheduler)
    let encoder = ProfileCoding.snapshotEncoder()
    var banks: [String: Any] = [:]
    for (bank, progress) in inMemory.banks {
      var questions: [String: Any] = [:]
      for (id, record) in progress.questions {
        var object = try JSONSerialization.jsonObject(with: encoder.encode(record)) as? [String: Any] ?? [:]
        object["lastSession"] = nil  // schema 2 did not have it
        questions[id.rawValue] = object
      }
      banks[bank] = ["questions": questions]
    }
    let v2: [String: Any] = [
      "schemaVersion": 2,
      "preferences": try JSONSerialization.jsonObject(with: encoder.encode(inMemory.preferences)),
      "banks": banks,
      "sessions": try JSONSerialization.jsonObject(with: encoder.encode(inMemory.sessions)),
      "answers": try JSONSerialization.jsonObject(with: encoder.encode(inMemory.newAnswers.reversed())),
    ]
    let data = try JSONSerialization.data(withJSONObject: v2)
    let decoded = try ProfileDecoding.profile(from: data)
    #expect(decoded.migratedFrom == 2)
    #expect(decoded.profile.newAnswers == inMemory.newAnswers, "in fold order")
    #expect(decoded.profile.tallies == inMemory.tallies)
    #expect(decoded.profile.banks == inMemory.banks, "records, with the session of their last answer, and tallies")
    #expect(decoded.profile == inMemory)
  }

  /// Two games on one profile, their answers interleaved in time; game A's are compacted first (written to
  /// the history, gone from memory), then game B's arrive, most of them older than A's latest.
  static func twoGames() -> (a: [ProfileEvent], b: [ProfileEvent]) {
    let questions = ["a.typed", "b.choice", "c.date", "timeline(x,y,z)"]
    var a: [ProfileEvent] = []
    var b: [ProfileEvent] = []
    for index in 0..<30 {
      let outcome: AnswerOutcome = index % 4 == 0 ? .wrong : index % 9 == 0 ? .partial : .right
      let question = questions[(index * 7) % questions.count]
      let event = S.answer(
        question, outcome, at: S.at(minutes: Double(index)), topic: index % 5 == 0 ? "" : "arrest",
        language: index % 3 == 0 ? .es : .en, session: index % 2 == 0 ? "A" : "B", credit: index % 9 == 0 ? 1.0 / 3 : nil)
      if index % 2 == 0 { a.append(.answer(event)) } else { b.append(.answer(event)) }
    }
    a.append(.session(S.session("A", started: S.start, ended: S.at(minutes: 30), score: 10, right: 10, wrong: 5)))
    return (a, b)
  }

  @Test func outOfOrderAnswersFromTwoGamesFoldToTheSameProfileAsInOrder() throws {
    let (a, b) = Self.twoGames()
    let sequential = Profile().replaying(a + b, scheduler: scheduler)

    // Game A compacted: its answers go to the history, the snapshot keeps none.
    let afterA = Profile().replaying(a, scheduler: scheduler)
    var written = afterA.newAnswers
    var snapshot = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: afterA)).profile
    var reads = 0
    let history = AnswerHistory(
      answers: { bank, question in
        reads += 1
        return written.filter { $0.bank == bank && $0.question == question }
      },
      all: {
        reads += 1
        return written
      })
    for event in b { snapshot.apply(event, scheduler: scheduler, history: history) }
    #expect(reads > 0, "the out-of-order answers read the history")
    written += snapshot.newAnswers
    #expect(try S.json(snapshot) == S.json(sequential))
    #expect(snapshot.tallies == sequential.tallies)
    #expect(AnswerHistory.foldOrdered(written) == sequential.newAnswers)

    // The same answers folded again (a journal replayed after a crash) change nothing.
    let before = try S.json(snapshot)
    for event in a + b { snapshot.apply(event, scheduler: scheduler, history: history) }
    #expect(try S.json(snapshot) == before)
  }

  /// A history whose every read is a test failure.
  static var mustNotBeRead: AnswerHistory {
    AnswerHistory(
      answers: { _, _ in
        Issue.record("read the history of a question")
        return []
      },
      all: {
        Issue.record("read the whole history")
        return []
      })
  }

  @Test func answersInOrderNeverReadTheHistory() throws {
    let (a, b) = Self.twoGames()
    var profile = try ProfileDecoding.profile(
      from: ProfileDecoding.snapshot(of: Profile().replaying(a, scheduler: scheduler))
    ).profile
    let history = Self.mustNotBeRead
    let later = b.map { event -> ProfileEvent in
      guard case .answer(var answer) = event else { return event }
      answer.answeredAt = answer.answeredAt.addingTimeInterval(86_400)
      return .answer(answer)
    }
    for event in Profile.foldOrder(later) { profile.apply(event, scheduler: scheduler, history: history) }
    #expect(profile.tallies.overall.answered == 30)
  }

  @Test func answersOutOfOrderAmongTheNewOnesAreRecountedWithoutTheHistory() throws {
    // A script answering two questions in the same millisecond: the second sorts before the first.
    let (a, _) = Self.twoGames()
    var profile = try ProfileDecoding.profile(
      from: ProfileDecoding.snapshot(of: Profile().replaying(a, scheduler: scheduler))
    ).profile
    let history = Self.mustNotBeRead
    let at = S.at(days: 2)
    let later = [
      S.answer("z.typed", .right, at: at, session: "C"), S.answer("y.choice", .wrong, at: at, session: "C"),
      S.answer("x.date", .right, at: at + 1, session: "C", credit: 1.0 / 3),
      S.answer("w.typed", .right, at: at + 1, session: "C"),
    ]
    var inOrder = profile
    for event in later { profile.apply(.answer(event), scheduler: scheduler, history: history) }
    for event in later.sorted(by: AnswerEvent.precedes) { inOrder.apply(.answer(event), scheduler: scheduler) }
    #expect(try S.json(profile) == S.json(inOrder))
    #expect(profile.tallies == inOrder.tallies)
    #expect(profile.newAnswers == inOrder.newAnswers)
    // The last answer of a question folded again is known from its record alone.
    profile.apply(.answer(later[3]), scheduler: scheduler, history: history)
    #expect(try S.json(profile) == S.json(inOrder))
  }

  @Test func statisticsComeFromTheTalliesAlone() throws {
    let profile = Self.everything()
    let reread = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: profile)).profile
    let now = S.at(days: 3)
    let calendar = Calendar(identifier: .gregorian)
    #expect(
      Statistics(profile: reread, now: now, calendar: calendar)
        == Statistics(profile: profile, now: now, calendar: calendar))
    #expect(
      Statistics(profile: reread, bank: "other", now: now, calendar: calendar)
        == Statistics(profile: profile, bank: "other", now: now, calendar: calendar))
    #expect(Statistics(profile: reread, now: now, calendar: calendar).totals.answered == 26)
  }
}
