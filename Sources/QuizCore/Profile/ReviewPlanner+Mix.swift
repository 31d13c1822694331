import Foundation

extension ReviewPlanner {
  /// The questions of a normal game of `count` (see ``playOrder(count:filter:now:mix:using:)``).
  func mixedGame<G: RandomNumberGenerator>(
    count: Int, filter: QuestionFilter, now: Date, mix: KindMix, using generator: inout G
  ) -> [Question] {
    guard count > 0 else { return [] }
    let progress = FactProgress(profile: profile, bank: bank, questions: questions, scheduler: scheduler, now: now)
    var byFact: [[Question]] = Array(repeating: [], count: progress.entries.count)
    var timelines: [Question] = []
    for question in questions where filter.allows(question) {
      if question.kind == .timeline {
        timelines.append(question)
      } else if question.facts.count == 1, let index = progress.position[question.facts[0]] {
        byFact[index].append(question)
      }
    }
    return mixedGame(
      count: count, filter: filter, now: now, mix: mix, progress: progress, timelines: timelines,
      questionsOf: { byFact[$0] }, hasQuestions: { !byFact[$0].isEmpty }, using: &generator)
  }

  /// ``mixedGame(count:filter:now:mix:using:)`` over questions made when needed: the same game, for the same
  /// profile, seed and generator state, making only the questions of the facts it looks at (every fact's, when
  /// the profile holds records of the bank or the game is filtered; see ``GameQuestions``).
  func mixedGame<G: RandomNumberGenerator>(
    count: Int, filter: QuestionFilter, now: Date, mix: KindMix, source: GameQuestions, using generator: inout G
  ) -> [Question] {
    guard count > 0 else { return [] }
    guard source.facts != nil else {
      return ReviewPlanner(profile: profile, bank: bank, questions: source.all(), scheduler: scheduler).mixedGame(
        count: count, filter: filter, now: now, mix: mix, using: &generator)
    }
    let progress = FactProgress(profile: profile, bank: bank, source: source, scheduler: scheduler, now: now)
    // The entries are the source's facts, in the same order (see `FactProgress.init(profile:bank:source:…)`).
    var filtered: [[Question]?] = Array(repeating: nil, count: progress.entries.count)
    func questionsOf(_ index: Int) -> [Question] {
      if let list = filtered[index] { return list }
      let list = source.questions(ofFact: index).filter(filter.allows)
      filtered[index] = list
      return list
    }
    // Every fact with a relation has a true statement, so only a filter can leave a fact without questions.
    let unfiltered = filter == .all
    return mixedGame(
      count: count, filter: filter, now: now, mix: mix, progress: progress,
      timelines: source.timelines.filter(filter.allows), questionsOf: questionsOf,
      hasQuestions: { unfiltered || !questionsOf($0).isEmpty }, using: &generator)
  }

  /// The game's plan once the questions of each fact (by its index in `progress.entries`, filtered) and the
  /// timelines are known.
  private func mixedGame<G: RandomNumberGenerator>(
    count: Int, filter: QuestionFilter, now: Date, mix: KindMix, progress: FactProgress, timelines: [Question],
    questionsOf byFact: (Int) -> [Question], hasQuestions: (Int) -> Bool, using generator: inout G
  ) -> [Question] {
    // Facts by priority: due ones (the most forgotten first), never-answered ones (shuffled), then the rest
    // (the soonest due first).
    var due: [Int] = []
    var unseen: [Int] = []
    var rest: [Int] = []
    for (index, entry) in progress.entries.enumerated() where hasQuestions(index) {
      guard let dueDate = entry.due, entry.stage != nil else {
        unseen.append(index)
        continue
      }
      if dueDate <= now { due.append(index) } else { rest.append(index) }
    }
    let entries = progress.entries
    due.sort {
      (entries[$0].retrievability, entries[$0].due ?? .distantPast, entries[$0].fact) < (
        entries[$1].retrievability, entries[$1].due ?? .distantPast, entries[$1].fact
      )
    }
    unseen.shuffle(using: &generator)
    rest.sort {
      (entries[$0].due ?? .distantPast, entries[$0].fact) < (entries[$1].due ?? .distantPast, entries[$1].fact)
    }
    let order = due + unseen + rest

    var picked: [Question] = []
    var used: Set<String> = []
    // Timelines first, as seasoning: they take their events out of the rest of the game. A timeline asks to
    // place facts the player knows: every one of its events recognised at least (a new player gets none), and
    // not one answered in the last `timelineRest` (the same events do not open the next game).
    let allTimelines = byUrgencyThenUnseen(timelines, now: now, using: &generator)
    let timelineOrder = allTimelines.filter { timeline in
      timeline.facts.allSatisfy { (progress.stage(of: $0) ?? .new) >= .recognized }
        && (profile.record(bank: bank, question: timeline.id)?.lastAnsweredAt.map {
          now.timeIntervalSince($0) >= Self.timelineRest
        } ?? true)
    }
    for timeline in timelineOrder where picked.count < min(count, mix.timelineTarget(count)) {
      guard !timeline.facts.contains(where: used.contains) else { continue }
      picked.append(timeline)
      used.formUnion(timeline.facts)
    }
    var tally = KindTally()
    var deferred: [Int] = []
    // A fact's true/false statement stands for both of its statements: which one is asked is decided when it is
    // picked (see `statement`), so that about half the statements of a game are false.
    let onlyStatements = filter.kinds.map { !$0.contains(.choice) } ?? false
    func candidates(_ index: Int, stage: FactStage) -> [Question] {
      Self.preferred(byFact(index), stage: stage).filter { question in
        guard question.kind == .truefalse else { return true }
        if question.answer == .truth(false) { return false }
        // A fact the player has not recognised yet is asked as multiple choice; a statement only when it has
        // no choice question (or the game asks statements only).
        return stage > .new || !byFact(index).contains { $0.kind == .choice }
      }
    }
    // A false statement only of a fact the player has met (answered in some form, and so seen stated), unless
    // the game asks statements only.
    // A statement that can only be true (the fact has no false one, or may not be stated false yet) takes a
    // true/false slot only when the game has stated as many false statements as true ones (a fact never met:
    // its first sight of the fact), or more (a fact met before, whose true statement teaches little more).
    func balanced(_ question: Question, index: Int) -> Bool {
      guard question.kind == .truefalse else { return true }
      let met = entries[index].stage != nil
      if (met || onlyStatements) && byFact(index).contains(where: { $0.answer == .truth(false) }) { return true }
      let trueOnes = tally.trueFalse - tally.falseStatements
      return met ? tally.falseStatements > trueOnes : tally.falseStatements >= trueOnes
    }
    func place<R: RandomNumberGenerator>(_ question: Question, index: Int, stage: FactStage, using rng: inout R) {
      let met = entries[index].stage != nil
      let asked =
        question.kind == .truefalse
        ? statement(for: question, among: byFact(index), falseAllowed: met || onlyStatements, tally: tally, using: &rng)
        : question
      picked.append(asked)
      used.formUnion(asked.facts)
      tally.add(asked)
    }
    for index in order where picked.count < count {
      let stage = entries[index].stage ?? .new
      // Every form a new fact may be asked in here is recognition: once the game has its share of those, no
      // question of the fact fits, and it is deferred without looking at its questions (which a game planned
      // over `GameQuestions` then need not make).
      if stage == .new, tally.recognition >= mix.recognitionCap(count) {
        deferred.append(index)
        continue
      }
      let choices = candidates(index, stage: stage)
      let fitting = choices.first { question in
        LearningForm(question).stage <= max(stage, .new) && tally.allows(question, count: count, mix: mix)
          && balanced(question, index: index)
      }
      if let question = fitting, !question.facts.contains(where: used.contains) {
        place(question, index: index, stage: stage, using: &generator)
      } else {
        deferred.append(index)
      }
    }
    // What the mix could not place: first in a fitting form beyond the recognition cap (true/false still
    // capped), then any form, then questions that share a fact with one already asked.
    for pass in 0..<2 where picked.count < count {
      for index in deferred where picked.count < count && !used.contains(entries[index].fact) {
        let stage = entries[index].stage ?? .new
        let choices = candidates(index, stage: stage)
        // Among the fitting forms, the kind asked least so far, so a game of new facts is not all choice.
        let fitting =
          pass == 0
          ? choices.filter {
            LearningForm($0).stage <= stage && ($0.kind != .truefalse || tally.trueFalse < mix.trueFalseCap(count))
              && balanced($0, index: index)
          }
          : choices.filter { balanced($0, index: index) }
        let question = fitting.enumerated().min {
          (tally[$0.element.kind], $0.offset) < (tally[$1.element.kind], $1.offset)
        }?.element
        guard let question else { continue }
        place(question, index: index, stage: stage, using: &generator)
      }
    }
    if picked.count < count {
      let rest =
        allTimelines.filter { !$0.facts.contains(where: used.contains) }
        + order.flatMap { byFact($0) }.filter { !picked.contains($0) }
      picked += pick(count - picked.count, from: rest)
      if picked.count < count {
        picked += (allTimelines + order.flatMap { byFact($0) }).filter { !picked.contains($0) }.prefix(
          count - picked.count)
      }
    }
    // Timelines go last in priority, so that the game warms up on single facts before it asks to order them.
    let ordered = picked.filter { $0.kind != .timeline } + picked.filter { $0.kind == .timeline }
    return KindArrangement.arrange(ordered, longestRun: mix.longestRun)
  }

  /// How long after it was answered a timeline is not dealt again: half a day, so the events of one game's
  /// timeline do not come back at the start of the next (Anki buries a card's siblings until the next day).
  static let timelineRest: TimeInterval = 12 * 3600

  /// A fact's questions in the order its stage prefers them: the form the stage asks for first, then the
  /// easier forms, then the harder ones. A new fact is only ever stated true; a false statement waits for a
  /// fact the player knows.
  static func preferred(_ questions: [Question], stage: FactStage) -> [Question] {
    func rank(_ question: Question) -> Int {
      let form = LearningForm(question)
      let isFalse = question.kind == .truefalse && question.answer == .truth(false)
      switch stage {
      case .new:
        if form == .recognition { return question.kind == .choice ? 0 : isFalse ? 9 : 1 }
        return form == .recall ? 5 : 6
      case .recognized:
        switch form {
        case .recall: return 0
        case .reverse: return question.kind == .choice ? 3 : 2
        default: return question.kind == .choice ? 4 : isFalse ? 5 : 6
        }
      case .recalled:
        // A recalled fact is ready for the harder forms: the other direction, or a statement that may be false
        // ("A, not B"), before its recall again.
        switch form {
        case .reverse: return question.kind.isRecall ? 0 : 2
        case .recall: return 3
        default: return question.kind == .truefalse ? 1 : 4
        }
      case .mastered:
        switch form {
        case .recall: return 0
        case .reverse: return question.kind.isRecall ? 1 : 3
        default: return isFalse ? 2 : question.kind == .choice ? 4 : 5
        }
      }
    }
    // Each question ranked once, then sorted by (rank, position): the same order as comparing ranks inside the
    // sort, without a rank (and a copy of the question) per comparison.
    let ranks = questions.map(rank)
    var order = Array(questions.indices)
    order.sort { (ranks[$0], $0) < (ranks[$1], $1) }
    return order.map { questions[$0] }
  }

  /// The statement a true/false slot asks among a fact's questions: false when the game has so far stated
  /// fewer false than true statements, true when fewer true, a coin toss when as many, so that about half the
  /// statements of a game are false and "true" is no longer always the answer. A false statement needs
  /// `falseAllowed` (the fact is recognised, or the game asks statements only) and one generated for the fact.
  func statement<G: RandomNumberGenerator>(
    for question: Question, among questions: [Question], falseAllowed: Bool, tally: KindTally, using generator: inout G
  ) -> Question {
    let statements = questions.filter { $0.kind == .truefalse }
    let trueOne = statements.first { $0.answer == .truth(true) }
    guard falseAllowed, let falseOne = statements.first(where: { $0.answer == .truth(false) }) else {
      return trueOne ?? question
    }
    guard let trueOne else { return falseOne }
    let wantsFalse =
      tally.falseStatements == tally.trueFalse - tally.falseStatements
      ? generator.next() & 1 == 0 : tally.falseStatements < tally.trueFalse - tally.falseStatements
    return wantsFalse ? falseOne : trueOne
  }

  /// Due questions by urgency, then never-answered ones shuffled, then the rest by urgency.
  func byUrgencyThenUnseen<G: RandomNumberGenerator>(_ list: [Question], now: Date, using generator: inout G)
    -> [Question]
  {
    var due: [Question] = []
    var unseen: [Question] = []
    var rest: [Question] = []
    for question in list {
      guard let record = profile.record(bank: bank, question: question.id) else {
        unseen.append(question)
        continue
      }
      if record.card.due <= now { due.append(question) } else { rest.append(question) }
    }
    return byUrgency(due, now: now) + unseen.shuffled(using: &generator) + byUrgency(rest, now: now)
  }
}

/// The kinds picked so far, against the mix's caps.
struct KindTally {
  var trueFalse = 0
  /// The false statements among ``trueFalse``.
  var falseStatements = 0
  var recognition = 0
  var kinds: [QuestionKind: Int] = [:]

  subscript(kind: QuestionKind) -> Int { kinds[kind] ?? 0 }

  func allows(_ question: Question, count: Int, mix: KindMix) -> Bool {
    if question.kind == .truefalse, trueFalse >= mix.trueFalseCap(count) { return false }
    if question.kind.isRecognition, recognition >= mix.recognitionCap(count) { return false }
    return self[question.kind] < mix.kindCap(count)
  }

  mutating func add(_ question: Question) {
    kinds[question.kind, default: 0] += 1
    if question.kind == .truefalse { trueFalse += 1 }
    if question.answer == .truth(false) { falseStatements += 1 }
    if question.kind.isRecognition { recognition += 1 }
  }
}
