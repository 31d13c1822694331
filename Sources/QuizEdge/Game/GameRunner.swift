import Foundation
import QuizCore

/// Sets a game up (bank, profile, language, questions, line editor), plays it and saves it: what `play` and
/// `review` share. Every side effect goes through ``clients``.
public struct GameRunner {
  public var options: GameSettings
  public var mode: GameMode
  public var clients: GameClients

  public init(options: GameSettings, mode: GameMode, clients: GameClients? = nil) {
    self.options = options
    self.mode = mode
    self.clients = clients ?? .live(environment: options.language.environment)
  }

  /// What a game needs once its arguments are checked and its profile is open.
  struct Setup {
    var context: GameContext
    var filter: QuestionFilter
    var name: ProfileName
    var profile: ProfileClient
    var language: Language
    /// What loading the profile found (already told).
    var notices: [ProfileNotice] = []
  }

  /// Checks every argument, then opens the profile: a typo in `--topic` creates no folder or lock file. Only
  /// when several banks are installed and neither `--bank` nor `CASEQUIZ_BANK` names one is the profile opened
  /// first, to play the bank it last played (``BankChoice``).
  /// A `game` in `--json` opens its stream with `hello`, before the profile's notices (`warning` objects).
  func setUp(game: Bool = false) throws -> Setup {
    try options.language.validate()
    let json = game && options.json
    var helloWritten = false
    func hello() {
      guard json, !helloWritten else { return }
      JSONLinesOutput(sink: clients.output).writeHello()
      helloWritten = true
    }
    var opened: (ProfileName, ProfileClient, [ProfileNotice])?
    var failure: (any Error)?
    let context = try GameContext.load(
      dataDir: options.dataDir, bankID: options.bank, environment: options.language.environment,
      lastPlayed: { catalog in
        do {
          hello()
          let profile = try openProfile(catalog: catalog, json: json)
          opened = profile
          return BankChoice.lastPlayed(in: profile.1.profile())
        } catch {
          failure = error  // reported below, as it would be when the profile is opened after the bank
          return nil
        }
      })
    if let failure { throw failure }
    let filter = try options.filter(for: context.bank)
    hello()
    let (name, profile, notices) = try opened ?? openProfile(catalog: context.catalog, json: json)
    let language = try options.language.resolve(saved: profile.profile().preferences.language)
    return Setup(
      context: context, filter: filter, name: name, profile: profile, language: language, notices: notices)
  }

  public func run() throws {
    // From now on SIGINT, SIGTERM and SIGHUP end the game with its summary, also while it is still loading
    // (the line editor takes them over; its `close` puts the previous handlers back).
    TerminalSignals.install()
    defer { TerminalSignals.restore() }
    let setup = try setUp(game: true)
    let (context, profile, language) = (setup.context, setup.profile, setup.language)
    let now = clients.clock.now()

    // The seed decides distractors (as `casequiz questions --seed` shows them) and the order of play.
    let seed = options.seed ?? clients.random.seed()
    guard let (chosen, questions) = try choose(setup, seed: seed, now: now) else { return }
    // `--count 3` with only 2 questions to ask plays 2: say so rather than end early without a word.
    if mode == .play, let count = options.count, chosen.count < count {
      let note = context.catalog.string(
        "game.fewerThanCount", in: language, count: chosen.count,
        ["available": String(chosen.count), "count": String(count)])
      write([.info(note)], style: .info)
    }
    if let note = otherBanksNote(setup, now: now) { write([.info(note)], style: .info) }

    let sessionID = Self.sessionID(now: now, seed: seed)
    let scoring = ScoringRules(streaks: !options.noStreaks, timed: options.timed)
    var session = GameSession(
      questions: chosen, bank: context.bank, catalog: context.catalog,
      options: .init(
        language: language, showBoth: profile.profile().preferences.showBoth, scoring: scoring,
        relearn: !options.noRelearn),
      startedAt: now, siblings: questions.filter(setup.filter.allows))
    // Where the game's facts stand before it, to say at the end how many moved up.
    let progress = GameProgress(chosen: chosen, questions: questions, bank: context.bank.bank.id)
    let stagesBefore = progress.stages(in: profile.profile(), scheduler: profile.scheduler(), now: now)
    session.newFacts = Set(stagesBefore.filter { $0.value == nil }.keys)
    let bankID = context.bank.bank.id
    if !profile.profile().hasSession(bank: bankID) {
      let note = Self.contentNote(context.bank.bank, catalog: context.catalog, in: language)
      write([.info(note)], style: .secondary)
    }
    let catalog = context.catalog
    let faults = SaveFaults(showsRepeats: options.json, after: setup.notices)
    var loop = GameLoop(
      session: session, editor: clients.lineEditor(setup.name, options.json), front: front(),
      catalog: catalog,
      record: { answered, language in
        faults.fault(
          save(.answer(AnswerEvent(answered, bank: bankID, session: sessionID)), in: profile), catalog, language)
      },
      preferencesChanged: { [clock = clients.clock] language, showBoth, current in
        faults.fault(
          save(
            .preferences(PreferencesEvent(language: language, showBoth: showBoth, changedAt: clock.now())),
            in: profile), catalog, current)
      },
      now: clients.clock.now)
    loop.completeSummary = { [clock = clients.clock] summary in
      var summary = summary
      let end = clock.now()
      let after = progress.stages(in: profile.profile(), scheduler: profile.scheduler(), now: end)
      let missedIDs = Set((summary.missed + (summary.partlyRight ?? [])).map(\.id))
      let missedFacts = Set(questions.filter { missedIDs.contains($0.id) }.flatMap(\.facts))
      summary.factsMovedUp = GameProgress.movedUp(before: stagesBefore, after: after, missed: missedFacts)
      let activity = profile.profile().sessions.flatMap { [$0.started, $0.ended] } + [now]
      summary.dayStreak = DayStreak(activity: activity, now: end, utcOffset: clock.utcOffset(end)).current
      return summary
    }
    let summary = loop.run()
    let end = clients.clock.now()
    if let summary, summary.answered > 0 {
      let event = SessionEvent(
        id: sessionID, bank: bankID, language: loop.session.language, mode: mode, started: now, ended: end,
        asked: chosen.count, answered: summary.answered, right: summary.right, wrong: summary.wrong + summary.partial,
        score: summary.score, bestStreak: summary.bestStreak, interrupted: summary.answered < chosen.count)
      // A failure stays pending: `finish` tries once more and reports what is still unsaved, in one message.
      _ = save(.session(event), in: profile)
    }
    try finish(profile, catalog: catalog, language: loop.session.language)
  }

  /// The questions of the game, in order, and the bank's questions it may need besides them (all of them, or for
  /// `play` those about its facts and the timelines: a missed question's second try is taken from them); `nil`
  /// when there are none (after saying so, or throwing for `play`).
  private func choose(_ setup: Setup, seed: UInt64, now: Date) throws -> (chosen: [Question], all: [Question])? {
    var rng = SplitMix64(seed: seed, salt: "play-order")
    let source = GameQuestions(bank: setup.context.bank, seed: seed)
    if mode == .play {
      // A game makes only the questions its plan looks at, and those of the facts it asks (their siblings give
      // the second tries): the same game as planning over every question of the bank (`GameQuestions`).
      let planner = ReviewPlanner(
        profile: setup.profile.profile(), bank: setup.context.bank.bank.id, questions: [],
        scheduler: setup.profile.scheduler())
      let chosen = planner.playOrder(
        count: options.count ?? GameSettings.defaultCount, filter: setup.filter, now: now, source: source,
        using: &rng)
      guard chosen.isEmpty else { return (chosen, source.about(chosen)) }
    }
    let questions = source.all()
    // The planner holds a copy of the profile: it must be gone before the first answer, or folding that
    // answer would copy every record of the bank (tens of milliseconds at 100,000 questions).
    let planner = ReviewPlanner(
      profile: setup.profile.profile(), bank: setup.context.bank.bank.id, questions: questions,
      scheduler: setup.profile.scheduler())
    let chosen: [Question]
    switch mode {
    case .play:
      chosen = []
    case .review:
      chosen = planner.dueForReview(now: now, filter: setup.filter, count: options.count)
    case .missed:
      chosen = Array(
        planner.missedForReview(now: now, filter: setup.filter).prefix(options.count ?? GameSettings.maximumCount))
    }
    guard chosen.isEmpty else { return (chosen, questions) }
    try nothingToPlay(planner: planner, setup: setup, now: now, questions: questions)
    return nil
  }

  /// The front end the options ask for.
  func front() -> GameLoop.Front {
    options.json ? .json(JSONLinesOutput(sink: clients.output)) : .terminal(clients.terminal(color: options.color))
  }

  /// Writes lines of text outside the game's events: as `info` objects in `--json`, styled otherwise.
  func write(_ events: [GameEvent], style: StyledLine.Style) {
    for event in events {
      switch front() {
      case .json(let output): output.write(event)
      case .terminal(let output):
        if case .info(let text) = event { output.write([StyledLine(text, style)]) }
      }
    }
  }

  /// A session id that sorts by time: `20261129T231500Z-1a2b3c` (the UTC second, as ISO 8601's basic format
  /// writes it, computed without a date formatter: creating one cost 4 % of the start-up's instructions).
  public static func sessionID(now: Date, seed: UInt64) -> String {
    let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
    let (days, second) = (seconds.floorDivided(by: 86_400), seconds.floorModulo(86_400))
    // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
    let shifted = days + 719_468
    let era = shifted.floorDivided(by: 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func digits(_ value: Int64, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    let stamp =
      digits(year, 4) + digits(month, 2) + digits(day, 2) + "T" + digits(second / 3600, 2)
      + digits(second / 60 % 60, 2) + digits(second % 60, 2) + "Z"
    return stamp + "-" + String(seed & 0xFF_FFFF, radix: 16)
  }

  private func nothingToPlay(planner: ReviewPlanner, setup: Setup, now: Date, questions: [Question]) throws {
    let (catalog, language) = (setup.context.catalog, setup.language)
    switch mode {
    case .play:
      guard options.kinds.isEmpty && options.topics.isEmpty else {
        throw CaseQuizError(catalog.string("error.noQuestions", in: language))
      }
      // Nothing was filtered out: the bank itself makes no question.
      let bankID = setup.context.bank.bank.id
      let folder = setup.context.dataDirectory.appendingPathComponent("QuestionBanks").appendingPathComponent(bankID)
      throw CaseQuizError(
        catalog.string(
          "error.noQuestionsInBank", in: language,
          ["bank": bankID, "path": BankStore().shownPath(folder.appendingPathComponent("bank.json"))]))
    case .review, .missed:
      let nothingMissed =
        Self.everMissed(
          questions, bank: setup.context.bank.bank.id, filter: setup.filter, profile: setup.profile.profile())
        ? "review.nothingMissed" : "review.neverMissed"
      var lines = [catalog.string(mode == .review ? "review.nothingDue" : nothingMissed, in: language)]
      if mode == .review, let next = planner.nextDue(after: now, filter: setup.filter) {
        lines.append(
          catalog.string(
            "review.nextDue", in: language, ["when": DueText.text(next, now: now, in: language, catalog: catalog)]))
      }
      if let note = otherBanksNote(setup, now: now) { lines.append(note) }
      write(lines.map { .info($0) }, style: .info)
    }
  }

  /// The bank's note before its first game: with the bank's own label when it gives one ("About this training
  /// case: …"), else the interface's ("About this case: …").
  static func contentNote(_ bank: Bank, catalog: Catalog, in language: Language) -> String {
    let note = bank.contentNote[language]
    if let label = bank.contentNoteLabel?[language] { return label + ": " + note }
    return catalog.string("game.contentNote", in: language, ["note": note])
  }
}

extension Int64 {
  /// The quotient rounded toward negative infinity.
  fileprivate func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }

  /// The remainder of ``floorDivided(by:)``, from 0 to `divisor - 1` for a positive divisor.
  fileprivate func floorModulo(_ divisor: Int64) -> Int64 { self - floorDivided(by: divisor) * divisor }
}
