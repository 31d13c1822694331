import Foundation

/// Which questions a game may ask: a set of kinds and of topic ids; `nil` allows all.
public struct QuestionFilter: Sendable, Hashable {
  /// The kinds allowed, or `nil` for all.
  public var kinds: Set<QuestionKind>?
  /// The topic ids allowed, or `nil` for all.
  public var topics: Set<String>?

  /// Creates a filter; with no arguments it allows every question.
  public init(kinds: Set<QuestionKind>? = nil, topics: Set<String>? = nil) {
    self.kinds = kinds
    self.topics = topics
  }

  /// Every question allowed.
  public static let all = QuestionFilter()

  /// Whether the filter allows a question: its kind, and every topic it touches (a timeline spans several).
  public func allows(_ question: Question) -> Bool {
    (kinds?.contains(question.kind) ?? true) && (topics.map { question.topics.isSubset(of: $0) } ?? true)
  }
}

/// Decides which questions to ask, from the profile's memory of them: pure, with the clock and the random
/// source passed in.
///
/// A choice question and a typed question about the same fact are different questions, with their own ids
/// and cards; the planner only avoids asking both in the same game.
public struct ReviewPlanner: Sendable {
  /// The profile.
  public let profile: Profile
  /// The bank id the questions belong to.
  public let bank: String
  /// The bank's questions, in bank order.
  public let questions: [Question]
  /// The scheduler used for retrievability (the lower, the sooner a question should come back).
  public let scheduler: Scheduler

  /// Creates a planner for a bank's questions.
  public init(profile: Profile, bank: String, questions: [Question], scheduler: Scheduler = Scheduler()) {
    self.profile = profile
    self.bank = bank
    self.questions = questions
    self.scheduler = scheduler
  }

  /// The questions of a game of `count`, mixed by design (see ``KindMix``) and asked in the form each fact's
  /// stage calls for (see ``FactStage``): facts due for review first (the most forgotten first), then facts
  /// never answered (shuffled), then the rest (the soonest due first); a never-answered fact is asked as
  /// recognition, a recognised one as recall, a recalled one the other way round or in a timeline. No two
  /// questions share a fact while other questions are left, and kinds alternate (see ``KindMix/longestRun``).
  public func playOrder<G: RandomNumberGenerator>(
    count: Int, filter: QuestionFilter = .all, now: Date, mix: KindMix = .standard, using generator: inout G
  ) -> [Question] {
    mixedGame(count: count, filter: filter, now: now, mix: mix, using: &generator)
  }

  /// ``playOrder(count:filter:now:mix:using:)`` over the questions of `source` instead of ``questions``, made
  /// only as the plan needs them: the same game, question for question, for the same profile and generator
  /// state. What a game's start uses: the first question no longer waits for every question of the bank.
  public func playOrder<G: RandomNumberGenerator>(
    count: Int, filter: QuestionFilter = .all, now: Date, mix: KindMix = .standard, source: GameQuestions,
    using generator: inout G
  ) -> [Question] {
    mixedGame(count: count, filter: filter, now: now, mix: mix, source: source, using: &generator)
  }

  /// The questions due for review now: missed ones first, then by urgency (lowest retrievability, then the
  /// earliest due). Arranged like ``playOrder(count:filter:now:using:)`` when `count` is given.
  public func dueForReview(now: Date, filter: QuestionFilter = .all, count: Int? = nil) -> [Question] {
    let due = questions.filter { question in
      guard filter.allows(question), let record = record(question) else { return false }
      return record.card.due <= now
    }
    let missedFirst =
      byUrgency(due.filter { isMissed($0) }, now: now) + byUrgency(due.filter { !isMissed($0) }, now: now)
    guard let count else { return missedFirst }
    return KindArrangement.arrange(pick(count, from: missedFirst))
  }

  /// The questions missed (wrong, partly right or skipped) and not made good since, most urgent first, one per
  /// fact: a typed question missed and then its multiple choice missed on the second try are one entry (the
  /// most urgent), and a fact leaves the list once a question of it in a form at least as hard is answered right
  /// after the miss (see `isCleared`). What `review --list` shows.
  public func missed(now: Date, filter: QuestionFilter = .all) -> [Question] {
    missedByFact(now: now, filter: filter).map(\.missed)
  }

  /// The missed facts of ``missed(now:filter:)``, each asked in the form its stage calls for (see
  /// ``FactStage``): a miss steps a fact back one stage, so a missed recall is reviewed as recognition and, once
  /// recognised again, as recall. A timeline stays itself. What `review --missed` asks.
  public func missedForReview(now: Date, filter: QuestionFilter = .all) -> [Question] {
    let entries = missedByFact(now: now, filter: filter)
    guard !entries.isEmpty else { return [] }
    let progress = FactProgress(profile: profile, bank: bank, questions: questions, scheduler: scheduler, now: now)
    return entries.map { entry in
      guard entry.missed.kind != .timeline, entry.missed.facts.count == 1 else { return entry.missed }
      let stage = progress.stage(of: entry.missed.facts[0]) ?? .new
      let askable = entry.family.filter { filter.allows($0) && $0.answer != .truth(false) }
      let notStatements = askable.filter { $0.kind != .truefalse }
      let forms = notStatements.isEmpty ? askable : notStatements
      return Self.preferred(forms, stage: stage).first { LearningForm($0).stage <= stage } ?? entry.missed
    }
  }

  private func missedByFact(now: Date, filter: QuestionFilter) -> [(missed: Question, family: [Question])] {
    let candidates = byUrgency(questions.filter { filter.allows($0) && isMissed($0) }, now: now)
    guard !candidates.isEmpty else { return [] }
    var siblings: [String: [Question]] = [:]
    for question in questions where question.facts.count == 1 && question.kind != .timeline {
      siblings[question.facts[0], default: []].append(question)
    }
    var result: [(missed: Question, family: [Question])] = []
    var facts: Set<String> = []
    for question in candidates {
      guard question.kind != .timeline, question.facts.count == 1 else {
        result.append((question, [question]))
        continue
      }
      let fact = question.facts[0]
      let family = siblings[fact] ?? [question]
      guard !facts.contains(fact), !isCleared(question, by: family) else { continue }
      facts.insert(fact)
      result.append((question, family))
    }
    return result
  }

  /// Whether a missed question was made good since: a question of the same fact in a form at least as hard
  /// (recognition < recall < reverse) answered right after the miss.
  private func isCleared(_ question: Question, by family: [Question]) -> Bool {
    guard let missedAt = record(question)?.lastAnsweredAt else { return false }
    let form = LearningForm(question)
    return family.contains { sibling in
      guard sibling.id != question.id, LearningForm(sibling) >= form, let record = record(sibling),
        record.lastOutcome == .right, let answered = record.lastAnsweredAt
      else { return false }
      return answered > missedAt
    }
  }

  /// When the next question falls due after `now` (for "nothing due; next at …"), or `nil` if none will.
  public func nextDue(after now: Date, filter: QuestionFilter = .all) -> Date? {
    questions.lazy.filter(filter.allows).compactMap { record($0)?.card.due }.filter { $0 > now }.min()
  }

  // MARK: - Ordering

  private func record(_ question: Question) -> QuestionRecord? {
    profile.record(bank: bank, question: question.id)
  }

  private func isMissed(_ question: Question) -> Bool { record(question)?.missedSinceRight ?? false }

  /// Lowest retrievability first, then earliest due, then id (so the order never depends on bank order).
  func byUrgency(_ list: [Question], now: Date) -> [Question] {
    let keyed = list.map { question -> (Question, Double, Date) in
      guard let record = record(question) else { return (question, 0, .distantPast) }
      return (question, scheduler.retrievability(of: record.card, at: now), record.card.due)
    }
    return keyed.sorted { lhs, rhs in
      if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
      if lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
      return lhs.0.id < rhs.0.id
    }.map(\.0)
  }

  /// The first `count` questions in priority order that share no fact with one already picked; if too few,
  /// the remaining slots go to the skipped ones, in priority order.
  func pick(_ count: Int, from candidates: [Question]) -> [Question] {
    guard count > 0 else { return [] }
    var picked: [Question] = []
    var skipped: [Question] = []
    var facts: Set<String> = []
    for question in candidates {
      guard picked.count < count else { break }
      if question.facts.contains(where: facts.contains) {
        skipped.append(question)
      } else {
        picked.append(question)
        facts.formUnion(question.facts)
      }
    }
    return picked + skipped.prefix(count - picked.count)
  }
}
