import Foundation

/// One game as a pure state machine: it takes lines typed by the player (answers or `:commands`) and the
/// time, and returns the events to show and record. It never touches the terminal, files or the clock.
public struct GameSession: Sendable {
  /// The options a game is played with.
  public struct Options: Sendable, Equatable {
    /// The language questions are shown in first.
    public var language: Language
    /// Whether the other language is shown under each question and verdict.
    public var showBoth: Bool
    /// The scoring rules (streaks and timing included).
    public var scoring: ScoringRules
    /// The seconds within which a right typed answer counts as quick (an Easy review).
    public var quickAnswerSeconds: Double
    /// Whether a question missed early comes back once before the summary (see ``Relearning``).
    public var relearn: Bool

    /// Creates options.
    public init(
      language: Language = .en, showBoth: Bool = false, scoring: ScoringRules = .standard,
      quickAnswerSeconds: Double = 8, relearn: Bool = true
    ) {
      self.language = language
      self.showBoth = showBoth
      self.scoring = scoring
      self.quickAnswerSeconds = quickAnswerSeconds
      self.relearn = relearn
    }
  }

  /// The questions of the game, in the order asked: those planned, and the misses that come back.
  public private(set) var questions: [Question]
  /// The positions in ``questions`` of the misses that come back (second tries).
  public private(set) var secondTries: Set<Int> = []
  /// The current language.
  public internal(set) var language: Language
  /// Whether the other language is shown too.
  public internal(set) var showBoth: Bool
  /// The index of the current question; equal to the count when the game is over.
  public internal(set) var index = 0
  /// The score so far.
  public internal(set) var score = 0
  /// Right answers so far, at the first try (second tries are counted apart).
  public internal(set) var right = 0
  /// Partly right answers so far.
  public internal(set) var partial = 0
  /// Wrong or skipped answers so far.
  public internal(set) var wrong = 0
  /// The credit earned so far (right = 1, partial = its share).
  public internal(set) var credit = 0.0
  /// Right answers in a row.
  public internal(set) var streak = 0
  /// The longest run of right answers.
  public internal(set) var bestStreak = 0
  /// Whether the game is over.
  public internal(set) var isFinished = false
  /// Second tries asked so far.
  public internal(set) var relearned = 0
  /// Second tries answered right.
  public internal(set) var relearnedRight = 0

  let renderer: QuestionRenderer
  let checker: AnswerChecker
  let options: Options
  let startedAt: Date
  var shownAt: Date?
  var hints = 0
  var removedOptions: [Int] = []
  var missed: [Question] = []
  /// Timelines answered partly right, with how their answer stood: neither right nor missed.
  var partlyRight: [(question: Question, placement: TimelinePlacement?)] = []
  var lastAnswered: (question: Question, index: Int)?
  let siblings: [Question]
  /// The facts never answered before this game: a question about one of them in a form harder than
  /// recognition shows no stage in its header (it is not "(recall)" of a fact never recognised).
  public var newFacts: Set<String> = []

  /// Creates a game over questions already chosen (see `ReviewPlanner`), starting at `now`. `siblings` are the
  /// bank's questions, from which a missed question's second try is taken (see ``Relearning``).
  public init(
    questions: [Question], bank: BankIndex, catalog: Catalog, options: Options, startedAt now: Date,
    siblings: [Question] = []
  ) {
    self.questions = questions
    self.siblings = siblings
    renderer = QuestionRenderer(bank: bank, catalog: catalog)
    checker = AnswerChecker(bank: bank, text: renderer.values, forms: renderer.forms)
    self.options = options
    language = options.language
    showBoth = options.showBoth
    startedAt = now
  }

  var catalog: Catalog { renderer.catalog }

  /// The question being asked, if the game is not over.
  public var currentQuestion: Question? { index < questions.count && !isFinished ? questions[index] : nil }

  /// Starts the game: the first question, or the summary of an empty game.
  public mutating func start(at now: Date) -> [GameEvent] {
    guard let question = currentQuestion else { return finish(at: now) }
    shownAt = now
    return [.question(presentation(of: question))]
  }

  /// Handles one line typed by the player.
  public mutating func handle(_ line: String, at now: Date) -> [GameEvent] {
    guard let question = currentQuestion else { return [] }
    switch InGameCommand.parse(line) {
    case .answer: return answer(line, to: question, at: now)
    case .command(let command): return run(command, at: now)
    case .unknown(let name):
      return [.error(catalog.string("error.unknownCommand", in: language, ["name": name]))]
    case .unknownLanguage(let value):
      return [.error(catalog.string("error.unknownLanguage", in: language, ["value": value]))]
    }
  }

  /// Ends the game early (Ctrl-D, Ctrl-C on an empty line, a signal): the summary of what was answered.
  public mutating func end(at now: Date) -> [GameEvent] {
    isFinished ? [] : finish(at: now)
  }

  /// The current question as shown now (language, `:both`, hints), while a question is open.
  public func presentation() -> QuestionPresentation? {
    currentQuestion.map(presentation(of:))
  }

  func presentation(of question: Question) -> QuestionPresentation {
    QuestionPresentation(
      question: renderer.render(question, in: language),
      secondary: showBoth ? renderer.render(question, in: language.other) : nil,
      index: index + 1, total: questions.count, removedOptions: removedOptions, revealed: revealedLetters(question),
      form: LearningForm(question), secondTry: secondTries.contains(index),
      newFact: question.facts.count == 1 && newFacts.contains(question.facts[0]))
  }

  private mutating func answer(_ line: String, to question: Question, at now: Date) -> [GameEvent] {
    switch checker.check(line, question: question, language: language) {
    case .askAgain(let reason): return [.error(askAgainText(reason))]
    case .verdict(let verdict):
      // A hint took that option away: choosing it is not an answer, so nothing is counted.
      if let chosen = verdict.matchedOption, removedOptions.contains(chosen) {
        let letters = question.options.indices.map { AnswerChecker.letter($0) }
        return [.error(askAgainText(AskAgain(.removedOption, letters: letters)))]
      }
      return conclude(question, verdict: verdict, input: line, skipped: false, at: now)
    }
  }

  mutating func conclude(
    _ question: Question, verdict: Verdict, input: String, skipped: Bool, at now: Date
  ) -> [GameEvent] {
    let elapsed = shownAt.map { now.timeIntervalSince($0) }
    let secondTry = secondTries.contains(index)
    if secondTry {
      // A second try has its own verdict and review, but leaves the first-try counts and the streak alone.
      relearned += 1
      if verdict.outcome == .right { relearnedRight += 1 }
    } else {
      switch verdict.outcome {
      case .right:
        right += 1
        streak += 1
        bestStreak = max(bestStreak, streak)
      case .partial:
        partial += 1
        streak = 0
        partlyRight.append((question, TimelinePlacement(input: input, question: question)))
      case .wrong:
        wrong += 1
        streak = 0
        missed.append(question)
      }
      credit += verdict.credit
    }
    var points = options.scoring.points(
      kind: question.kind, credit: verdict.credit, hints: hints, streak: secondTry ? 0 : streak, elapsed: elapsed,
      events: question.kind == .timeline ? question.facts.count : nil)
    if secondTry { points = Points(base: points.base / 2, streakBonus: 0, speedBonus: 0) }
    score += points.total
    let typedKinds: Set<QuestionKind> = [.typed, .number, .date]
    // A slip in what was typed (a typo, a wrong weekday beside the right date) rates the review Hard.
    let forgivenTypo = verdict.forgiven.contains { $0.kind == .typo || $0.kind == .weekday }
    let rating = Rating.forAnswer(
      correct: verdict.outcome == .right || (verdict.outcome == .partial && verdict.credit >= 0.5),
      forgiven: forgivenTypo || verdict.outcome == .partial, usedHint: hints > 0,
      quickTyped: typedKinds.contains(question.kind) && verdict.forgiven.isEmpty
        && (elapsed ?? .infinity) <= options.quickAnswerSeconds)
    let answered = AnsweredQuestion(
      question: question, language: language, input: input, verdict: verdict, points: points, hints: hints,
      skipped: skipped, answeredAt: now, elapsed: elapsed, rating: rating, secondTry: secondTry)
    let comesBack = !secondTry && verdict.outcome != .right && scheduleSecondTry(of: question)
    let rendered = renderer.render(question, in: language)
    let other = renderer.render(question, in: language.other)
    let shown = VerdictPresentation(
      id: question.id, verdict: verdict, points: points, streak: streak,
      answer: Self.answerText(rendered),
      answerInOtherLanguage: other.answer == rendered.answer ? nil : Self.answerText(other),
      skipped: skipped, language: language,
      lesson: verdict.outcome == .right && question.answer != .truth(false) ? nil : lesson(for: question),
      secondTry: secondTry, comesBack: comesBack,
      timelineWorth: question.kind == .timeline
        ? TimelineWorth(
          events: question.facts.count, points: options.scoring.base(kind: .timeline, events: question.facts.count))
        : nil,
      timelinePlacement: verdict.outcome == .partial ? TimelinePlacement(input: input, question: question) : nil)
    lastAnswered = (question, index)
    index += 1
    hints = 0
    removedOptions = []
    var events: [GameEvent] = [.answered(answered), .verdict(shown)]
    if let next = currentQuestion {
      shownAt = now
      events.append(.question(presentation(of: next)))
    } else {
      events += finish(at: now)
    }
    return events
  }

  /// Puts a missed question's second try ``Relearning/gap`` questions later, or last when fewer are left;
  /// `false` (no second try) when the game is not replaying misses or no other question is left to come
  /// between.
  private mutating func scheduleSecondTry(of question: Question) -> Bool {
    guard options.relearn, index + 1 < questions.count else { return false }
    let position = min(index + 1 + Relearning.gap, questions.count)
    questions.insert(Relearning.question(after: question, among: siblings), at: position)
    secondTries = Set(secondTries.map { $0 >= position ? $0 + 1 : $0 })
    secondTries.insert(position)
    return true
  }

  /// What a miss teaches: the fact as a sentence and the quote it rests on (with its translation when the quote
  /// is in the other language), and with `:both` the other language too. A timeline states its events in order, without quotes.
  func lesson(for question: Question) -> Lesson {
    let facts = (question.kind == .timeline ? question.rightOrder : question.facts).compactMap(renderer.bank.fact)
    let sentences = { (language: Language) in
      facts.map { renderer.statement($0, in: language) }.joined(separator: "\n")
    }
    let fact = question.kind == .timeline ? nil : facts.first
    let original = fact.map(renderer.sourceLanguage) ?? .en
    let shown = Catalog.showsTranslation(of: original, to: language, showBoth: showBoth)
    return Lesson(
      sentence: sentences(language), quote: fact?.source.quote, quoteLanguage: original,
      quoteTranslation: shown ? fact?.source.translation : nil,
      otherSentence: showBoth ? sentences(language.other) : nil)
  }

  /// The right answer as a verdict shows it: for a timeline, the letters followed by the events in order.
  public static func answerText(_ rendered: RenderedQuestion) -> String {
    guard rendered.kind == .timeline else { return rendered.answer }
    let letters = rendered.answer.split(separator: " ")
    let events = letters.compactMap { letter -> String? in
      guard let scalar = letter.unicodeScalars.first, letter.count == 1 else { return nil }
      let position = Int(scalar.value) - 97
      return rendered.options.indices.contains(position) ? "\(letter)) \(rendered.options[position])" : nil
    }
    return ([rendered.answer] + events).joined(separator: "\n")
  }

  /// How a question is named in the summary's lists: its prompt; for a timeline, whose prompt is its
  /// instruction ("Put these events in order… e.g. b a c"), a short label ("Timeline of 3 events"), the events
  /// following in order under it.
  private func reviewLabel(_ question: Question, _ rendered: RenderedQuestion) -> String {
    question.kind == .timeline
      ? catalog.string("summary.timeline", in: language, count: question.facts.count) : rendered.prompt
  }

  private mutating func finish(at now: Date) -> [GameEvent] {
    isFinished = true
    let answered = right + partial + wrong
    let planned = questions.count - secondTries.count
    let summary = GameSummary(
      score: score, answered: answered, total: planned, right: right, partial: partial, wrong: wrong,
      accuracy: answered == 0 ? 0 : credit / Double(answered), bestStreak: bestStreak,
      relearned: relearned, relearnedRight: relearnedRight,
      seconds: max(0, now.timeIntervalSince(startedAt)),
      missed: missed.map { question in
        let rendered = renderer.render(question, in: language)
        return GameSummary.Miss(
          id: question.id, prompt: reviewLabel(question, rendered), answer: Self.answerText(rendered))
      },
      partlyRight: partlyRight.isEmpty
        ? nil
        : partlyRight.map { question, placement in
          let rendered = renderer.render(question, in: language)
          return GameSummary.Miss(
            id: question.id, prompt: reviewLabel(question, rendered), answer: Self.answerText(rendered),
            placement: placement)
        }, language: language)
    return [.summary(summary)]
  }
}
