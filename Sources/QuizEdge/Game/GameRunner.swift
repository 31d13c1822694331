import Foundation
import QuizCore

/// Sets a game up (bank, profile, language, questions, line editor), plays it and saves it: what `play` and
/// `review` share.
public struct GameRunner {
  public var options: GameSettings
  public var mode: GameMode
  public var environment = ProcessInfo.processInfo.environment

  public init(options: GameSettings, mode: GameMode) {
    self.options = options
    self.mode = mode
    self.environment = options.language.environment
  }

  public func run() throws {
    try options.language.validate()
    let context = try GameContext.load(dataDir: options.dataDir, bankID: options.bank)
    // Every argument is checked before the profile is opened: a typo in --topic creates no folder or lock file.
    let filter = try options.filter(for: context.bank)
    let (name, store) = try Self.openProfile(options, catalog: context.catalog)
    let language = try options.language.resolve(saved: store.profile.preferences.language)
    let now = Date()

    // The seed decides distractors (as `casequiz questions --seed` shows them) and the order of play.
    let seed = options.seed ?? UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix64(seed: seed, salt: "play-order")
    let questions = QuestionGenerator(bank: context.bank, seed: seed).allQuestions()
    let chosen: [Question]
    do {
      // The planner holds a copy of the profile: it must be gone before the first answer, or folding that
      // answer would copy every record of the bank (tens of milliseconds at 100,000 questions).
      let planner = ReviewPlanner(
        profile: store.profile, bank: context.bank.bank.id, questions: questions, scheduler: store.scheduler)
      switch mode {
      case .play:
        chosen = planner.playOrder(
          count: options.count ?? GameSettings.defaultCount, filter: filter, now: now, using: &rng)
      case .review:
        chosen = planner.dueForReview(now: now, filter: filter, count: options.count)
      case .missed:
        chosen = Array(planner.missed(now: now, filter: filter).prefix(options.count ?? GameSettings.maximumCount))
      }
      guard !chosen.isEmpty else {
        try nothingToPlay(planner: planner, filter: filter, now: now, context: context, language: language)
        return
      }
    }

    let sessionID = Self.sessionID(now: now, seed: seed)
    let scoring = ScoringRules(streaks: !options.noStreaks, timed: options.timed)
    let session = GameSession(
      questions: chosen, bank: context.bank, catalog: context.catalog,
      options: .init(language: language, showBoth: store.profile.preferences.showBoth, scoring: scoring),
      startedAt: now)
    let editor: LineEditor =
      options.json
      ? PlainLineReader()
      : makeLineEditor(historyFile: HistoryFile.url(profile: name, environment: environment))
    let front: GameLoop.Front =
      options.json ? .json(JSONLinesOutput()) : .terminal(.live(color: options.color))
    let bankID = context.bank.bank.id
    if !store.profile.sessions.contains(where: { $0.bank == bankID }) {
      let note = context.catalog.string(
        "game.contentNote", in: language, ["note": context.bank.bank.contentNote[language]])
      if options.json {
        JSONLinesOutput().write(.info(note))
      } else {
        TerminalOutput.live(color: options.color).write([StyledLine(note, .secondary)])
      }
    }
    var loop = GameLoop(
      session: session, editor: editor, front: front, catalog: context.catalog,
      record: { answered in
        Self.save(.answer(AnswerEvent(answered, bank: bankID, session: sessionID)), in: store)
      },
      preferencesChanged: { language, showBoth in
        Self.save(
          .preferences(PreferencesEvent(language: language, showBoth: showBoth, changedAt: Date())), in: store)
      },
      now: Date.init)
    let summary = loop.run()
    let end = Date()
    if let summary, summary.answered > 0 {
      let event = SessionEvent(
        id: sessionID, bank: bankID, language: loop.session.language, mode: mode, started: now, ended: end,
        asked: chosen.count, answered: summary.answered, right: summary.right, wrong: summary.wrong + summary.partial,
        score: summary.score, bestStreak: summary.bestStreak, interrupted: summary.answered < chosen.count)
      if let problem = Self.save(.session(event), in: store) { printWarning(problem) }
    }
    try Self.finish(store, catalog: context.catalog, language: loop.session.language)
  }

  /// Ends a game's saving: writes what is pending (a second try, after the failures the game already
  /// reported) and compacts when the journal has grown enough. Answers that still cannot be written are lost
  /// when the process exits: that is an error (exit status 1) naming how many, not a warning.
  public static func finish(_ store: ProfileStore, catalog: Catalog, language: Language) throws {
    do {
      if let problem = try store.finish() {
        printWarning(ProfileMessages.error(problem, catalog: catalog, language: language))
      }
    } catch {
      throw CaseQuizError(ProfileMessages.unsavedAtExit(error, catalog: catalog, language: language))
    }
  }

  /// Opens and loads the profile `--profile` names, printing what the player should know about it (a file set
  /// aside, a migration); a newer or unusable profile stops the command with one clear line.
  public static func openProfile(_ options: GameSettings, catalog: Catalog) throws -> (ProfileName, ProfileStore) {
    let name = try ProfileName(validating: options.profile)
    let store = ProfileStore(directory: ProfilePaths.liveDirectory(), name: name)
    let notices: [ProfileNotice]
    do {
      notices = try store.load()
    } catch {
      throw CaseQuizError(ProfileMessages.error(error, catalog: catalog))
    }
    for notice in notices { printWarning(ProfileMessages.notice(notice, catalog: catalog)) }
    return (name, store)
  }

  /// Records an event durably; returns the message to show when it could not be saved (the game goes on and
  /// the event is retried with the next one).
  public static func save(_ event: ProfileEvent, in store: ProfileStore) -> String? {
    do {
      try store.record(event)
      return nil
    } catch {
      return ProfileMessages.error(error)
    }
  }

  /// A session id that sorts by time: `20261129T231500Z-1a2b3c`.
  public static func sessionID(now: Date, seed: UInt64) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
    let stamp = formatter.string(from: now).replacingOccurrences(of: ":", with: "").replacingOccurrences(
      of: "-", with: "")
    return stamp + "-" + String(seed & 0xFF_FFFF, radix: 16)
  }

  private func nothingToPlay(
    planner: ReviewPlanner, filter: QuestionFilter, now: Date, context: GameContext, language: Language
  ) throws {
    let catalog = context.catalog
    switch mode {
    case .play:
      throw CaseQuizError(catalog.string("error.noQuestions", in: language))
    case .review, .missed:
      var lines = [catalog.string(mode == .review ? "review.nothingDue" : "review.nothingMissed", in: language)]
      if mode == .review, let next = planner.nextDue(after: now, filter: filter) {
        lines.append(
          catalog.string(
            "review.nextDue", in: language, ["when": DueText.text(next, now: now, in: language, catalog: catalog)]))
      }
      if options.json {
        for line in lines { JSONLinesOutput().write(.info(line)) }
      } else {
        TerminalOutput.live(color: options.color).write(lines.map { StyledLine($0, .info) })
      }
    }
  }
}
