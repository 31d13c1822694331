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

  @Test("an option a hint removed is not an answer: the player is asked again with the options still shown")
  func removedOptionIsAskedAgain() throws {
    let choice = try question("show-director.choice")
    for language in [Language.en, .es] {
      var options = GameSession.Options()
      options.language = language
      var game = try session(["show-director.choice"], options: options)
      _ = game.start(at: Self.start)
      guard case .question(let shown) = game.handle(":hint", at: Self.start).last else {
        Issue.record("no question"); return
      }
      let removed = try #require(shown.removedOptions.first)
      let left = choice.options.indices.filter { !shown.removedOptions.contains($0) }.map {
        RenderedQuestion.letter($0)
      }
      let events = game.handle(RenderedQuestion.letter(removed), at: Self.start)
      let message =
        language == .en
        ? "A hint removed that option: choose \(left[0]) or \(left[1])."
        : "Una pista quitó esa opción: elige \(left[0]) o \(left[1])."
      #expect(events == [.error(message)])
      #expect(answers(events).isEmpty && game.wrong == 0)
      let right = try #require(choice.options.firstIndex(of: choice.answer))
      #expect(verdicts(game.handle(RenderedQuestion.letter(right), at: Self.start)).first?.points.total == 5)
    }
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

  @Test("a two-digit number's first hint shows its first digit with the unit written out; no hint shows it all")
  func numberHint() throws {
    var game = try session(["ana-sentence.number"])
    _ = game.start(at: Self.start)
    guard case .question(let one) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(one.revealed == "6_ years")
    // The leading half of two digits is the digit already shown: refused, and free.
    #expect(game.handle(":hint", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .en))])
    let points = verdicts(game.handle("60", at: Self.start)).first?.points
    #expect(points == ScoringRules.standard.points(kind: .number, credit: 1, hints: 1, streak: 1, elapsed: 0))
  }

  @Test(
    "a number of two or more digits shows its first digit, then its leading half, never all of it",
    arguments: [
      (96.0, 1, "9_ people"), (96.0, 2, "9_ people"), (2603.0, 1, "2___ people"), (2603.0, 2, "26__ people"),
      (28_450.0, 1, "2_,___ people"), (28_450.0, 2, "28,___ people"), (12.0, 1, "1_ people"),
    ])
  func numberHintLevels(number: Double, level: Int, revealed: String) {
    let unit = Localized(en: UnitName(one: "person", other: "people"), es: UnitName(one: "persona", other: "personas"))
    #expect(GameSession.revealedNumber(number, unit: unit, level: level, in: .en) == revealed)
  }

  @Test("a one-digit number's hint is a range of five that holds it, then a range of three inside it", arguments: 0...9)
  func oneDigitRange(answer: Int) throws {
    var starts: Set<Int> = []
    for salt in (0..<40).map({ "question-\($0).number" }) {
      let wide = GameSession.hintRange(answer, level: 1, salt: salt)
      let narrow = GameSession.hintRange(answer, level: 2, salt: salt)
      #expect(wide.count == 5 && wide.contains(answer) && wide.lowerBound >= (answer >= 1 ? 1 : 0))
      #expect(
        narrow.count == 3 && narrow.contains(answer) && wide.contains(narrow.lowerBound)
          && wide.contains(narrow.upperBound))
      #expect(GameSession.hintRange(answer, level: 1, salt: salt) == wide, "the same question, the same range")
      starts.insert(wide.lowerBound)
    }
    // Not always centred: from 4 up every placement of the answer in the range turns up across questions.
    if answer >= 5 { #expect(starts == Set((answer - 4)...answer)) }
  }

  @Test(
    "a one-digit number's hint reads as a range in both languages, with the unit and any bound",
    arguments: [
      (Language.en, nil, "between 1 and 5 people"), (.es, nil, "entre 1 y 5 personas"),
      (.en, NumberBound.moreThan, "more than _ people (between 1 and 5)"),
      (.es, .moreThan, "más de _ personas (entre 1 y 5)"),
    ] as [(Language, NumberBound?, String)])
  func oneDigitRangeText(language: Language, bound: NumberBound?, revealed: String) {
    let unit = Localized(en: UnitName(one: "person", other: "people"), es: UnitName(one: "persona", other: "personas"))
    // 1 has only one range of five from 1 up: 1 to 5, whatever the question.
    #expect(GameSession.revealedNumber(1, unit: unit, bound: bound, level: 1, in: language, salt: "x") == revealed)
  }

  @Test("the same one-digit question gets the same range in a game, in both languages")
  func oneDigitRangeInGame() throws {
    var three = try question("ana-sentence.number")
    three.answer = .number(3, unit: nil)
    var game = GameSession(
      questions: [three], bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(), startedAt: Self.start)
    _ = game.start(at: Self.start)
    guard case .question(let one) = game.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    let range = GameSession.hintRange(3, level: 1, salt: three.id.rawValue)
    #expect(one.revealed == "between \(range.lowerBound) and \(range.upperBound)")
    guard case .question(let spanish) = game.handle(":lang es", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(spanish.revealed == "entre \(range.lowerBound) y \(range.upperBound)")
    guard case .question(let two) = game.handle(":pista", at: Self.start).last else {
      Issue.record("no question"); return
    }
    let narrow = GameSession.hintRange(3, level: 2, salt: three.id.rawValue)
    #expect(two.revealed == "entre \(narrow.lowerBound) y \(narrow.upperBound)")
  }

  @Test(
    "a bounded number's hint keeps its bound words, in both languages",
    arguments: [
      (Language.en, 1, "more than 4__ years"), (.en, 2, "more than 4__ years"), (.es, 1, "más de 4__ años"),
      (.es, 2, "más de 4__ años"),
    ])
  func boundedNumberHint(language: Language, level: Int, revealed: String) {
    let unit = Localized(en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))
    #expect(GameSession.revealedNumber(400, unit: unit, bound: .moreThan, level: level, in: language) == revealed)
  }

  @Test(
    "a date's hints: its decade first, then its year and month (the month's initial when no day is asked)",
    arguments: [
      (CalendarDate(year: 2005, month: 12, day: 8), Language.en, 1, "________ _, 200_"),
      (CalendarDate(year: 2005, month: 12, day: 8), .en, 2, "December _, 2005"),
      (CalendarDate(year: 2005, month: 12, day: 8), .es, 1, "_ de _________ de 200_"),
      (CalendarDate(year: 2005, month: 12, day: 8), .es, 2, "_ de diciembre de 2005"),
      (CalendarDate(year: 2013, month: 1, day: 23), .en, 2, "January __, 2013"),
      (CalendarDate(year: 2009, month: 3), .en, 1, "_____ 200_"),
      (CalendarDate(year: 2009, month: 3), .en, 2, "M____ 2009"),
      (CalendarDate(year: 2009, month: 3), .es, 2, "m____ de 2009"), (CalendarDate(year: 2005), .es, 1, "200_"),
    ])
  func dateHint(date: CalendarDate, language: Language, level: Int, revealed: String) {
    #expect(GameSession.revealedDate(date, level: level, in: language) == revealed)
  }

  @Test("a date question takes two hints, a year alone one; neither gives the whole answer")
  func dateHintInGame() throws {
    var game = try session(["ana-arrest.date"])
    _ = game.start(at: Self.start)
    guard case .question(let one) = game.handle(":hint", at: Self.start).last,
      case .question(let two) = game.handle(":hint", at: Self.start).last
    else { Issue.record("no question"); return }
    #expect(one.revealed == "________ _, 200_" && two.revealed == "December _, 2005")
    #expect(game.handle(":hint", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .en))])
    var year = try question("ana-arrest.date")
    year.answer = .date(CalendarDate(year: 2005))
    var short = GameSession(
      questions: [year], bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(), startedAt: Self.start)
    _ = short.start(at: Self.start)
    guard case .question(let decade) = short.handle(":hint", at: Self.start).last else {
      Issue.record("no question"); return
    }
    #expect(decade.revealed == "200_")
    #expect(short.handle(":hint", at: Self.start) == [.info(MiniBank.catalog.string("info.noMoreHints", in: .en))])
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
    #expect(
      points
        == ScoringRules.standard.points(
          kind: .timeline, credit: 1, hints: 1, streak: 1, elapsed: 0, events: timeline.facts.count))
  }

  @Test("a timeline's points grow with its events: 5 each", arguments: [(2, 10), (3, 15), (4, 20), (5, 25), (6, 30)])
  func timelinePointsScale(events: Int, points: Int) {
    let rules = ScoringRules.standard
    #expect(rules.base(kind: .timeline, events: events) == points)
    #expect(rules.points(kind: .timeline, credit: 1, hints: 0, streak: 1, elapsed: nil, events: events).total == points)
    #expect(
      rules.points(kind: .timeline, credit: 0.5, hints: 0, streak: 0, elapsed: nil, events: events).base
        == Int((Double(points) / 2).rounded()))
    // Other kinds ignore the count.
    #expect(rules.base(kind: .typed, events: events) == 20)
  }

  @Test("a timeline's verdict earns by its events and says so, in both languages", arguments: Language.allCases)
  func timelineVerdictSaysWorth(language: Language) throws {
    let timeline = try #require(all.first { $0.kind == .timeline && $0.facts.count >= 3 })
    let events = timeline.facts.count
    var game = GameSession(
      questions: [timeline], bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(language: language),
      startedAt: Self.start)
    _ = game.start(at: Self.start)
    let answer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog).render(timeline, in: language).answer
    let verdict = try #require(verdicts(game.handle(answer, at: Self.start)).first)
    #expect(verdict.points.total == 5 * events)
    #expect(verdict.timelineWorth == TimelineWorth(events: events, points: 5 * events))
    let line = try #require(EventText(catalog: MiniBank.catalog).verdict(verdict).first?.text)
    let expected =
      language == .en
      ? "Right! +\(5 * events) points (\(events) events, 5 points each)"
      : "¡Correcto! +\(5 * events) puntos (\(events) hechos, 5 puntos cada uno)"
    #expect(line == expected)
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

  /// Play test: "1 correcta, 2 parcialmente correctas, 0 falladas" then "Segunda oportunidad: 2 preguntas
  /// falladas". A partly right timeline comes back like a miss, and the summary calls the questions asked again
  /// "not right the first time", never "missed"; the list to review names a timeline by a short label, not by its
  /// instruction line.
  @Test("a partly right timeline comes back, and the summary never calls it missed", arguments: Language.allCases)
  func partlyRightTimelineSummary(language: Language) throws {
    let timeline = try #require(all.first { $0.kind == .timeline && $0.facts.count >= 3 })
    var game = GameSession(
      questions: [timeline, try question("show-director.typed")], bank: MiniBank.index, catalog: MiniBank.catalog,
      options: .init(language: language), startedAt: Self.start)
    _ = game.start(at: Self.start)
    let rendered = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog).render(timeline, in: language)
    let right = rendered.answer.split(separator: " ").map(String.init)
    let partly = (right.dropLast(2) + [right[right.count - 1], right[right.count - 2]]).joined(separator: " ")
    let verdict = try #require(verdicts(game.handle(partly, at: Self.start)).first)
    #expect(verdict.verdict.outcome == .partial && verdict.comesBack)
    _ = game.handle("Ana Torres", at: Self.start)
    let events = game.handle(":skip", at: Self.start)
    guard case .summary(let summary) = events.last else { Issue.record("no summary: \(events)"); return }
    #expect(summary.partial == 1 && summary.wrong == 0 && summary.relearned == 1)
    let lines = EventText(catalog: MiniBank.catalog).summary(summary).map(\.text)
    let count = timeline.facts.count
    let expected =
      language == .en
      ? ["Asked again: 1 question not right the first time, 0 right the second time", "• Timeline of \(count) events"]
      : [
        "Segunda oportunidad: 1 pregunta que no acertaste del todo; acertaste 0 la segunda vez",
        "• Cronología de \(count) hechos",
      ]
    for line in expected { #expect(lines.contains(line), "\(lines)") }
    #expect(!lines.contains { $0.contains(rendered.prompt) }, "\(lines)")
    let again = lines.filter { $0.hasPrefix(language == .en ? "Asked again" : "Segunda oportunidad") }
    #expect(again.count == 1 && !again.joined().contains(language == .en ? "missed" : "fallada"), "\(lines)")
  }

  /// Play test: "Escribe cada una de las letras abc una vez".
  @Test(
    "a timeline's letters are listed with 'and'",
    arguments: [
      (Language.en, "Type each of the letters a, b and c once, earliest event first."),
      (.es, "Escribe cada una de las letras a, b y c una vez, empezando por el hecho más antiguo."),
    ])
  func timelineLettersListed(language: Language, line: String) throws {
    let timeline = try #require(all.first { $0.kind == .timeline && $0.facts.count == 3 })
    var game = GameSession(
      questions: [timeline], bank: MiniBank.index, catalog: MiniBank.catalog, options: .init(language: language),
      startedAt: Self.start)
    _ = game.start(at: Self.start)
    for input in ["a b", "a b b", "a b d"] {
      #expect(game.handle(input, at: Self.start) == [.error(line)], "\(input)")
    }
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
