import Foundation

/// The stages of the facts one game asks about, before and after it: how many facts moved up.
public struct GameProgress: Sendable {
  /// The bank's questions about the game's facts (every sibling, so a fact's stage sees all its records).
  public let questions: [Question]
  /// The bank id.
  public let bank: String

  /// The progress of the facts of `chosen`, from the bank's `questions`.
  public init(chosen: [Question], questions: [Question], bank: String) {
    let facts = Set(chosen.flatMap(\.facts))
    self.questions = questions.filter { $0.facts.count == 1 && facts.contains($0.facts[0]) }
    self.bank = bank
  }

  /// Each fact's stage in a profile (`nil`: never answered).
  public func stages(in profile: Profile, scheduler: Scheduler, now: Date) -> [String: FactStage?] {
    let progress = FactProgress(profile: profile, bank: bank, questions: questions, scheduler: scheduler, now: now)
    return Dictionary(progress.entries.map { ($0.fact, $0.stage) }) { first, _ in first }
  }

  /// How many facts stand at a higher stage after than before (a first answer counts when it reaches a
  /// stage above new). A fact missed at its first try in the game (`missed`) does not count: a right second
  /// try a few questions after seeing the answer is not progress.
  public static func movedUp(
    before: [String: FactStage?], after: [String: FactStage?], missed: Set<String> = []
  ) -> Int {
    after.filter { fact, stage in
      guard !missed.contains(fact) else { return false }
      let old = (before[fact] ?? nil)?.rawValue ?? 0
      return (stage?.rawValue ?? 0) > old
    }.count
  }
}
