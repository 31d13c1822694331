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

    // Facts by priority: due ones (the most forgotten first), never-answered ones (shuffled), then the rest
    // (the soonest due first).
    var due: [Int] = []
    var unseen: [Int] = []
    var rest: [Int] = []
    for (index, entry) in progress.entries.enumerated() where !byFact[index].isEmpty {
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
    // Timelines first, as seasoning: they take their events out of the rest of the game.
    let timelineOrder = byUrgencyThenUnseen(timelines, now: now, using: &generator)
    for timeline in timelineOrder where picked.count < min(count, mix.timelineTarget(count)) {
      guard !timeline.facts.contains(where: used.contains) else { continue }
      picked.append(timeline)
      used.formUnion(timeline.facts)
    }
    var tally = KindTally()
    var deferred: [Int] = []
    for index in order where picked.count < count {
      let stage = entries[index].stage ?? .new
      let choices = Self.preferred(byFact[index], stage: stage)
      let fitting = choices.first { question in
        LearningForm(question).stage <= max(stage, .new) && tally.allows(question, count: count, mix: mix)
      }
      if let question = fitting, !question.facts.contains(where: used.contains) {
        picked.append(question)
        used.formUnion(question.facts)
        tally.add(question)
      } else {
        deferred.append(index)
      }
    }
    // What the mix could not place: first in a fitting form beyond the recognition cap (true/false still
    // capped), then any form, then questions that share a fact with one already asked.
    for pass in 0..<2 where picked.count < count {
      for index in deferred where picked.count < count && !used.contains(entries[index].fact) {
        let stage = entries[index].stage ?? .new
        let choices = Self.preferred(byFact[index], stage: stage)
        // Among the fitting forms, the kind asked least so far, so a game of new facts is not all choice.
        let fitting =
          pass == 0
          ? choices.filter {
            LearningForm($0).stage <= stage && ($0.kind != .truefalse || tally.trueFalse < mix.trueFalseCap(count))
          }
          : choices
        let question = fitting.enumerated().min {
          (tally[$0.element.kind], $0.offset) < (tally[$1.element.kind], $1.offset)
        }?.element
        guard let question else { continue }
        picked.append(question)
        used.formUnion(question.facts)
        tally.add(question)
      }
    }
    if picked.count < count {
      let rest =
        timelineOrder.filter { !$0.facts.contains(where: used.contains) }
        + order.flatMap { byFact[$0] }.filter { !picked.contains($0) }
      picked += pick(count - picked.count, from: rest)
      if picked.count < count {
        picked += (timelineOrder + order.flatMap { byFact[$0] }).filter { !picked.contains($0) }.prefix(
          count - picked.count)
      }
    }
    return KindArrangement.arrange(picked, longestRun: mix.longestRun)
  }

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
        switch form {
        case .reverse: return question.kind.isRecall ? 0 : 1
        case .recall: return 2
        default: return isFalse ? 3 : question.kind == .choice ? 4 : 5
        }
      case .mastered:
        switch form {
        case .recall: return 0
        case .reverse: return question.kind.isRecall ? 1 : 3
        default: return isFalse ? 2 : question.kind == .choice ? 4 : 5
        }
      }
    }
    return questions.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(
      \.element)
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
    if question.kind.isRecognition { recognition += 1 }
  }
}
