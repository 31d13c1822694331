import Foundation

/// What the profile knows of each fact of a bank, from the records of all its questions: its stage (see
/// ``FactStage``), whether one of its questions is due, and how urgent it is. Pure: the caller passes the
/// profile, the bank's questions and the time.
public struct FactProgress: Sendable {
  /// One fact as the planner and the statistics see it.
  public struct Entry: Sendable, Equatable {
    /// The fact's id.
    public var fact: String
    /// Its topic.
    public var topic: String
    /// Its stage, or `nil` when none of its questions was ever answered.
    public var stage: FactStage?
    /// The lowest retrievability of its answered questions at the time asked (0 when never answered).
    public var retrievability: Double
    /// The due date of its question answered last (the latest review of the fact).
    public var due: Date?
  }

  /// The facts in bank order (the order of their first question).
  public var entries: [Entry]
  /// The index of each fact in ``entries``.
  public var position: [String: Int]

  /// The progress of every fact that has a question of its own in `questions`.
  public init(profile: Profile, bank: String, questions: [Question], scheduler: Scheduler, now: Date) {
    entries = []
    position = [:]
    var records: [[(form: LearningForm, record: QuestionRecord)]] = []
    let progress = profile.banks[bank]
    for question in questions where question.facts.count == 1 && question.kind != .timeline {
      let fact = question.facts[0]
      let index: Int
      if let known = position[fact] {
        index = known
      } else {
        index = entries.count
        position[fact] = index
        entries.append(Entry(fact: fact, topic: question.topic, stage: nil, retrievability: 0, due: nil))
        records.append([])
      }
      guard let record = progress?.questions[question.id] else { continue }
      records[index].append((LearningForm(question), record))
    }
    for index in entries.indices where !records[index].isEmpty {
      entries[index].stage = FactStage(records: records[index])
      entries[index].retrievability =
        records[index].map { scheduler.retrievability(of: $0.record.card, at: now) }.min() ?? 0
      // The fact is due when its latest review says so: the card of the form answered last carries what the
      // player knows now. The earliest due of every form would keep a fact due for good (a first multiple
      // choice's learning step, ten minutes, stays overdue once the fact moves on to recall), so the same
      // facts filled every game and new ones, and the timelines that need them, never came.
      entries[index].due =
        records[index].max { lhs, rhs in
          (lhs.record.card.lastReview ?? .distantPast) < (rhs.record.card.lastReview ?? .distantPast)
        }?.record.card.due
    }
  }

  /// The progress of the facts of `source` (``GameQuestions/facts``, which must not be `nil`), making no
  /// question when the profile holds no record of the bank (every fact is then new); else the same as
  /// ``init(profile:bank:questions:scheduler:now:)`` over all of them.
  init(profile: Profile, bank: String, source: GameQuestions, scheduler: Scheduler, now: Date) {
    guard let facts = source.facts, profile.banks[bank]?.questions.isEmpty ?? true else {
      self.init(profile: profile, bank: bank, questions: source.all(), scheduler: scheduler, now: now)
      return
    }
    var position: [String: Int] = [:]
    position.reserveCapacity(facts.count)
    for (index, fact) in facts.enumerated() { position[fact.id] = index }
    self.init(
      entries: facts.map { Entry(fact: $0.id, topic: $0.topic, stage: nil, retrievability: 0, due: nil) },
      position: position)
  }

  private init(entries: [Entry], position: [String: Int]) {
    self.entries = entries
    self.position = position
  }

  /// The stage of a fact, or `nil` when it was never answered (or is not in the bank).
  public func stage(of fact: String) -> FactStage? {
    position[fact].flatMap { entries[$0].stage }
  }
}
