import Foundation
import Testing

@testable import QuizCore

@Suite("Game session: teaching after a miss and second tries")
struct GameSessionLearningTests {
  static let start = Date(timeIntervalSince1970: 1_700_000_000)
  let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()

  func session(_ ids: [String], options: GameSession.Options = .init()) throws -> GameSession {
    let questions = try ids.map { id in try #require(all.first { $0.id.rawValue == id }) }
    return GameSession(
      questions: questions, bank: MiniBank.index, catalog: MiniBank.catalog, options: options, startedAt: Self.start,
      siblings: all)
  }

  /// Plays a game answering each question shown with the answer the closure gives; returns every event.
  func play(_ game: inout GameSession, answer: (QuestionPresentation) -> String) -> [GameEvent] {
    var events = game.start(at: Self.start)
    var clock = Self.start
    while !game.isFinished, let shown = game.presentation() {
      clock = clock.addingTimeInterval(10)
      events += game.handle(answer(shown), at: clock)
    }
    return events
  }

  func verdicts(_ events: [GameEvent]) -> [VerdictPresentation] {
    events.compactMap { if case .verdict(let v) = $0 { v } else { nil } }
  }

  /// A wrong answer for any question: a wrong option's letter for multiple choice (free text that is no option
  /// is asked again, not counted), a word that answers nothing otherwise.
  static func miss(_ shown: QuestionPresentation) -> String {
    let question = shown.question
    guard question.kind == .choice, let index = question.options.firstIndex(where: { $0 != question.answer }),
      let scalar = Unicode.Scalar(UInt32(97 + index))
    else { return "zzz no" }
    return String(Character(scalar))
  }

  static let five = [
    "show-director.typed", "ana-sentence.number", "juan-held.typed", "ana-arrest.date", "juan-arrest.date",
  ]

  @Test("a miss shows the fact as a sentence and its quote, and comes back once, easier, with its own verdict")
  func missComesBack() throws {
    var game = try session(Self.five)
    var asked: [String] = []
    let events = play(&game) { shown in
      asked.append(shown.question.id.rawValue + (shown.secondTry ? " (again)" : ""))
      // Miss the director the first time; answer its second try right.
      if shown.question.id.rawValue == "show-director.typed" { return "Juan Mora" }
      if shown.secondTry { return shown.question.accepted.first ?? "" }
      return shown.question.accepted.first ?? ""
    }
    #expect(
      asked == [
        "show-director.typed", "ana-sentence.number", "juan-held.typed", "ana-arrest.date",
        "show-director.choice (again)", "juan-arrest.date",
      ])
    let miss = try #require(verdicts(events).first)
    #expect(miss.verdict.outcome == .wrong && miss.comesBack)
    #expect(miss.lesson?.sentence == "The Case was directed by Ana Torres.")
    #expect(miss.lesson?.quote == "quote of show-director")
    #expect(miss.lesson?.quoteTranslation == nil)
    let again = try #require(verdicts(events).first { $0.secondTry })
    #expect(again.id.rawValue == "show-director.choice" && again.verdict.outcome == .right && again.lesson == nil)
    let answered = events.compactMap { if case .answered(let a) = $0 { a } else { nil } }
    #expect(answered.count == 6 && answered.filter(\.secondTry).count == 1)
    guard case .summary(let summary) = events.last else { Issue.record("no summary"); return }
    // First-try accuracy stays first-try: the second try is counted apart, at half points.
    #expect(summary.total == 5 && summary.answered == 5 && summary.right == 4 && summary.wrong == 1)
    #expect(summary.relearned == 1 && summary.relearnedRight == 1)
    #expect(summary.missed.map(\.id.rawValue) == ["show-director.typed"])
    #expect(again.points.total == ScoringRules.standard.basePoints[.choice]! / 2)
  }

  @Test("a second try missed again does not come back a third time; a miss on the last question does not come back")
  func onlyOnce() throws {
    var game = try session(Array(Self.five.prefix(2)))
    var asked: [String] = []
    let events = play(&game) { shown in
      asked.append(shown.question.id.rawValue)
      return Self.miss(shown)
    }
    // The director comes back last (fewer than three questions left), then the number after it; missed again,
    // neither comes back a third time.
    #expect(asked == ["show-director.typed", "ana-sentence.number", "show-director.choice", "ana-sentence.choice"])
    #expect(verdicts(events).map(\.comesBack) == [true, true, false, false])
    guard case .summary(let summary) = events.last else { Issue.record("no summary"); return }
    #expect(summary.wrong == 2 && summary.relearned == 2 && summary.relearnedRight == 0 && summary.total == 2)
    // Nothing is left to come between: the last question of a game does not come back.
    var single = try session(["juan-held.typed"])
    let alone = play(&single) { Self.miss($0) }
    #expect(verdicts(alone).map(\.comesBack) == [false])
  }

  @Test("with relearning off, misses do not come back")
  func noRelearn() throws {
    var game = try session(Self.five, options: .init(relearn: false))
    let events = play(&game) { Self.miss($0) }
    #expect(verdicts(events).count == 5 && verdicts(events).allSatisfy { !$0.comesBack && !$0.secondTry })
    #expect(verdicts(events).allSatisfy { $0.lesson != nil })
  }

  @Test("in Spanish the lesson quotes the source and its translation; :both adds the other language")
  func spanishLesson() throws {
    var game = try session(["ana-arrest.date", "show-director.typed"], options: .init(language: .es, showBoth: true))
    _ = game.start(at: Self.start)
    let events = game.handle(":saltar", at: Self.start)
    let lesson = try #require(verdicts(events).first?.lesson)
    #expect(lesson.sentence == "Ana Torres fue detenida el 8 de diciembre de 2005.")
    #expect(lesson.quote == "quote of ana-arrest" && lesson.quoteTranslation == "cita de ana-arrest")
    #expect(lesson.otherSentence == "Ana Torres was arrested on December 8, 2005.")
    let lines = EventText(catalog: MiniBank.catalog).lines(
      try #require(events.first { if case .verdict = $0 { true } else { false } })
    )
    .map(\.text)
    #expect(lines.contains("Ana Torres fue detenida el 8 de diciembre de 2005."))
    #expect(lines.contains("Fuente: «quote of ana-arrest»") && lines.contains("En español: «cita de ana-arrest»"))
    #expect(lines.contains("Volverá a salir antes del final de la partida."))
  }

  @Test(":source names the question it belongs to and shows the open question again")
  func sourceBelongsToItsQuestion() throws {
    var game = try session(["show-director.typed", "ana-sentence.number"])
    _ = game.start(at: Self.start)
    _ = game.handle("Ana Torres", at: Self.start)
    let events = game.handle(":source", at: Self.start)
    guard case .info(let text) = events.first, case .question(let shown) = events.last else {
      Issue.record("expected info then question: \(events)")
      return
    }
    #expect(text.hasPrefix("Source of question 1 (Who directed The Case?):"))
    // The quote sits under its heading without a second "Source:" label.
    #expect(text.contains("\n  “quote of show-director”"))
    #expect(text.components(separatedBy: "Source").count == 2, "\(text)")
    #expect(shown.question.id.rawValue == "ana-sentence.number")
  }

  @Test("the header shows the form: recognition, recall, reverse, or again")
  func header() throws {
    var game = try session(["show-director.choice", "show-director.typed"])
    let text = EventText(catalog: MiniBank.catalog)
    guard case .question(let first) = game.start(at: Self.start).first else { Issue.record("no question"); return }
    #expect(text.question(first)[1].text == "1/2 · Multiple choice (recognition)")
    let next = game.handle(first.question.answer, at: Self.start).compactMap {
      if case .question(let q) = $0 { q } else { nil }
    }.first
    #expect(next.map { text.question($0)[1].text } == "2/2 · Typed answer (recall)")
  }
}
