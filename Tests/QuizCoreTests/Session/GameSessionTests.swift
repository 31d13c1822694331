import Foundation
import Testing

@testable import QuizCore

@Suite("Game session")
struct GameSessionTests {
  static let start = Date(timeIntervalSince1970: 1_700_000_000)
  let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()

  func question(_ id: String) throws -> Question {
    try #require(all.first { $0.id.rawValue == id })
  }

  func session(_ ids: [String], options: GameSession.Options = .init()) throws -> GameSession {
    GameSession(
      questions: try ids.map(question), bank: MiniBank.index, catalog: MiniBank.catalog, options: options,
      startedAt: Self.start)
  }

  func verdicts(_ events: [GameEvent]) -> [VerdictPresentation] {
    events.compactMap { if case .verdict(let v) = $0 { v } else { nil } }
  }

  func answers(_ events: [GameEvent]) -> [AnsweredQuestion] {
    events.compactMap { if case .answered(let a) = $0 { a } else { nil } }
  }

  @Test("a game asks each question, records each answer before its verdict, and ends with a summary")
  func playsThrough() throws {
    var game = try session(["show-director.typed", "ana-sentence.number", "ana-arrest.date"])
    let first = game.start(at: Self.start)
    guard case .question(let shown) = first.first else { Issue.record("no question"); return }
    #expect(shown.index == 1 && shown.total == 3)
    let one = game.handle("Ana Torres", at: Self.start.addingTimeInterval(20))
    #expect(one.count == 3)
    guard case .answered = one[0], case .verdict = one[1], case .question(let next) = one[2] else {
      Issue.record("expected answered, verdict, question; got \(one)")
      return
    }
    #expect(next.index == 2)
    _ = game.handle("sixty", at: Self.start.addingTimeInterval(40))
    let last = game.handle("2004", at: Self.start.addingTimeInterval(60))
    guard case .summary(let summary) = last.last else { Issue.record("no summary"); return }
    #expect(summary.right == 2 && summary.wrong == 1 && summary.answered == 3)
    #expect(summary.missed.map(\.id.rawValue) == ["ana-arrest.date"])
    #expect(summary.missed.first?.answer == "December 8, 2005")
    #expect(summary.seconds == 60)
    #expect(game.isFinished)
  }

  @Test("empty input and unknown commands never count as answers")
  func askAgain() throws {
    var game = try session(["show-director.typed"])
    _ = game.start(at: Self.start)
    for input in ["", "   ", "?!", ":frobnicate", ":lang fr"] {
      let events = game.handle(input, at: Self.start)
      #expect(answers(events).isEmpty, "\(input)")
      #expect(events.contains { if case .error = $0 { true } else { false } }, "\(input)")
    }
    #expect(game.index == 0)
  }

  @Test(":lang switches at once, shows the question again and keeps score and streak")
  func switchLanguage() throws {
    var game = try session(["show-director.typed", "ana-arrest.date", "ana-sentence.number"])
    _ = game.start(at: Self.start)
    _ = game.handle("ana torres", at: Self.start)
    let events = game.handle(":idioma es", at: Self.start)
    #expect(game.language == .es)
    guard case .question(let shown) = events.last else { Issue.record("no question"); return }
    #expect(shown.question.prompt == "¿Cuándo fue detenida Ana Torres?")
    #expect(shown.index == 2)
    #expect(game.score > 0 && game.streak == 1)
    let verdict = verdicts(game.handle("8 de diciembre de 2005", at: Self.start))
    #expect(verdict.first?.verdict.outcome == .right)
    #expect(verdict.first?.language == .es)
  }

  /// The help is taller than a 30-row screen: like :lang and :hint, it is followed by the open question again.
  @Test(":help and :ayuda show the help, then the open question again", arguments: [":help", ":ayuda"])
  func helpShowsTheQuestionAgain(command: String) throws {
    var game = try session(["show-director.typed", "ana-arrest.date"])
    _ = game.start(at: Self.start)
    _ = game.handle("ana torres", at: Self.start)
    let events = game.handle(command, at: Self.start)
    guard case .info(let help) = events.first, case .question(let shown) = events.last, events.count == 2 else {
      Issue.record("expected the help, then the question; got \(events)")
      return
    }
    #expect(help.hasPrefix(MiniBank.catalog.string("help.text", in: .en)))
    #expect(shown.index == 2)
    #expect(game.index == 1, "the help answers nothing")
  }

  /// The command table of the help lines its descriptions up in one column, in both languages: the name column
  /// is as wide as its widest entry (`:lang en|es (:idioma)`), measured in characters (an accent is one).
  @Test("the help's command table is aligned", arguments: Language.allCases)
  func helpColumnsAlign(language: Language) throws {
    let catalog = MiniBank.catalog
    let rows = catalog.string("help.text", in: language).split(separator: "\n").filter { $0.hasPrefix("  :") }
    #expect(rows.count == 8)
    let starts = Set(
      rows.map { row -> Int in
        // The description starts after the first run of two or more spaces past the command names.
        let body = Array(row.dropFirst(2))
        var index = 0
        while index + 1 < body.count, !(body[index] == " " && body[index + 1] == " ") { index += 1 }
        while index < body.count, body[index] == " " { index += 1 }
        return index
      })
    #expect(starts.count == 1, "\(rows.joined(separator: "\n"))")
  }

  @Test(":both shows the other language; :source quotes the last answered fact and names its document")
  func bothAndSource() throws {
    var game = try session(["show-director.typed", "ana-arrest.date"])
    _ = game.start(at: Self.start)
    #expect(game.handle(":source", at: Self.start) == [.info(MiniBank.catalog.string("info.noSource", in: .en))])
    let both = game.handle(":both", at: Self.start)
    guard case .question(let shown) = both.last else { Issue.record("no question"); return }
    #expect(shown.secondary?.prompt == "¿Quién dirigió The Case?")
    _ = game.handle("Ana Torres", at: Self.start)
    guard case .info(let text) = game.handle(":fuente", at: Self.start).first else { Issue.record("no info"); return }
    #expect(text.contains("quote of show-director"))
    // Which document, with its publisher and date: "the article" alone does not say.
    #expect(text.hasSuffix("\nQuoted from “Doc”, Pub, 2022."), "\(text)")
  }

  @Test("a skipped question counts as missed and breaks the streak")
  func skip() throws {
    var game = try session(["show-director.typed", "ana-arrest.date"])
    _ = game.start(at: Self.start)
    let events = game.handle(":skip", at: Self.start)
    let answered = try #require(answers(events).first)
    #expect(answered.skipped && answered.rating == .again)
    #expect(verdicts(events).first?.answer == "Ana Torres")
    #expect(game.wrong == 1 && game.streak == 0)
  }

  @Test("a multiple-choice hint removes two wrong options and halves the points")
  func choiceHint() throws {
    let choice = try question("show-director.choice")
    var game = try session(["show-director.choice"])
    _ = game.start(at: Self.start)
    guard case .question(let shown) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(shown.removedOptions.count == 2)
    #expect(!shown.removedOptions.contains { choice.options[$0] == choice.answer })
    let right = try #require(choice.options.firstIndex(of: choice.answer))
    let events = game.handle(RenderedQuestion.letter(right), at: Self.start)
    #expect(verdicts(events).first?.points.total == 5)
    #expect(answers(events).first?.rating == .hard)
  }

  @Test("typed hints reveal letters progressively")
  func typedHint() throws {
    var game = try session(["show-director.typed"])
    _ = game.start(at: Self.start)
    guard case .question(let one) = game.handle(":pista", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(one.revealed == "A__ T_____")
    guard case .question(let two) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(two.revealed == "An_ Tor___")
    #expect(game.handle(":hint", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .en))])
  }

  @Test("number hints show how many digits, then the leading digits, with the unit written out; never the whole number")
  func numberHint() throws {
    var game = try session(["ana-sentence.number"])
    _ = game.start(at: Self.start)
    guard case .question(let one) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(one.revealed == "__ years")
    guard case .question(let two) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(two.revealed == "6_ years")
    #expect(game.handle(":hint", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .en))])
  }

  @Test(
    "number hints by size: a one-digit number stays masked, longer ones show their leading half",
    arguments: [
      (3.0, 1, "_ people"), (3.0, 2, "_ people"), (96.0, 2, "9_ people"), (2603.0, 1, "____ people"),
      (2603.0, 2, "26__ people"), (28_450.0, 2, "28,___ people"),
    ])
  func numberHintLevels(number: Double, level: Int, revealed: String) {
    let unit = Localized(en: UnitName(one: "person", other: "people"), es: UnitName(one: "persona", other: "personas"))
    #expect(GameSession.revealedNumber(number, unit: unit, level: level, in: .en) == revealed)
  }

  @Test(
    "a bounded number's hint keeps its bound words, in both languages",
    arguments: [
      (Language.en, 1, "more than ___ years"), (.en, 2, "more than 4__ years"), (.es, 1, "más de ___ años"),
      (.es, 2, "más de 4__ años"),
    ])
  func boundedNumberHint(language: Language, level: Int, revealed: String) {
    let unit = Localized(en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))
    #expect(GameSession.revealedNumber(400, unit: unit, bound: .moreThan, level: level, in: language) == revealed)
  }

  @Test("a timeline hint names the first event once, and a second hint is refused without costing points")
  func timelineHint() throws {
    let timeline = try #require(all.first { $0.kind == .timeline })
    var game = GameSession(
      questions: [timeline], bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(language: .es),
      startedAt: Self.start)
    _ = game.start(at: Self.start)
    guard case .question(let shown) = game.handle(":pista", at: Self.start).last else {
      Issue.record("no question")
      return
    }
    let first = try #require(timeline.rightOrder.first.flatMap { timeline.facts.firstIndex(of: $0) })
    let line = EventText(catalog: MiniBank.catalog).question(shown).map(\.text).first { $0.hasPrefix("Pista") }
    #expect(line == "Pista: primero va el hecho \(RenderedQuestion.letter(first)).")
    #expect(game.handle(":pista", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .es))])
    let answer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog).render(timeline, in: .es).answer
    let points = verdicts(game.handle(answer, at: Self.start)).first?.points
    #expect(points == ScoringRules.standard.points(kind: .timeline, credit: 1, hints: 1, streak: 1, elapsed: 0))
  }

  @Test(":score counts a partly right timeline as partly right, not as missed")
  func scoreCountsPartial() throws {
    let timeline = try #require(all.first { $0.kind == .timeline && $0.facts.count >= 3 })
    var game = GameSession(
      questions: [timeline, try question("show-director.typed")], bank: MiniBank.index, catalog: MiniBank.catalog,
      options: .init(), startedAt: Self.start)
    _ = game.start(at: Self.start)
    let right = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog).render(timeline, in: .en).answer
      .split(separator: " ").map(String.init)
    // The right order with its last two events swapped: most pairs in order, so partly right.
    let partly = (right.dropLast(2) + [right[right.count - 1], right[right.count - 2]]).joined(separator: " ")
    let verdict = try #require(verdicts(game.handle(partly, at: Self.start)).first)
    #expect(verdict.verdict.outcome == .partial)
    guard case .info(let score) = game.handle(":score", at: Self.start).first else { Issue.record("no score"); return }
    #expect(score.contains("0 right, 1 partly right, 0 missed"), "\(score)")
  }

  @Test("ending early (Ctrl-D) gives the summary of what was answered")
  func endEarly() throws {
    var game = try session(["show-director.typed", "ana-arrest.date"])
    _ = game.start(at: Self.start)
    _ = game.handle("Ana Torres", at: Self.start)
    guard case .summary(let summary) = game.end(at: Self.start.addingTimeInterval(5)).first else {
      Issue.record("no summary")
      return
    }
    #expect(summary.answered == 1 && summary.total == 2 && summary.right == 1)
    #expect(game.end(at: Self.start).isEmpty)
    #expect(game.handle("x", at: Self.start).isEmpty)
  }

  @Test(
    "answers map to FSRS ratings",
    arguments: [
      ("Ana Torres", 3.0, Rating.easy),  // typed, exact, quick
      ("Ana Torres", 30.0, .good),  // typed, exact, slow
      ("Ana Tores", 3.0, .hard),  // a forgiven typo
      ("Juan Mora", 3.0, .again),  // wrong
    ])
  func ratings(input: String, seconds: Double, rating: Rating) throws {
    var game = try session(["show-director.typed"])
    _ = game.start(at: Self.start)
    let answered = try #require(answers(game.handle(input, at: Self.start.addingTimeInterval(seconds))).first)
    #expect(answered.rating == rating)
  }

  @Test("streaks earn a bonus from the third right answer, unless turned off")
  func streaks() throws {
    let ids = [
      "bea-arrest.truefalse.true", "ana-arrest.truefalse.true", "juan-arrest.truefalse.true",
      "carla-arrest.truefalse.true",
    ]
    var game = try session(ids)
    _ = game.start(at: Self.start)
    let bonuses = ids.map { _ in verdicts(game.handle("t", at: Self.start)).first?.points.streakBonus ?? -1 }
    #expect(bonuses == [0, 0, 5, 10])
    var plain = try session(ids, options: .init(scoring: ScoringRules(streaks: false)))
    _ = plain.start(at: Self.start)
    #expect(
      ids.map { _ in verdicts(plain.handle("true", at: Self.start)).first?.points.streakBonus ?? -1 } == [0, 0, 0, 0])
  }
}
