import Foundation

/// How far the player has come with one fact: what decides the form its next question takes.
///
/// A fact's questions (choice, true/false, typed, reverse, timeline) share one stage, derived from the
/// profile's records of all of them (see ``init(records:)``), so answering one sibling moves them all:
///
/// | stage | reached when | next asked as |
/// |---|---|---|
/// | `new` | never answered (or back after misses) | recognition: choice, or a true statement |
/// | `recognized` | a recognition question's last answer was right | recall: typed, number or date |
/// | `recalled` | a recall question's last answer was right | the other direction or a timeline |
/// | `mastered` | a recall question's last answer was right and its FSRS stability is ≥ 21 days | any form |
///
/// A miss steps the fact back one stage below the form it was asked in: a missed recall goes back to
/// recognition, a missed reverse or timeline to recall.
public enum FactStage: Int, Codable, Sendable, CaseIterable, Comparable, Hashable {
  /// Never answered right in any form (or stepped back there by a miss).
  case new
  /// Recognised: the last answer to a choice or true/false question was right.
  case recognized
  /// Recalled: the last answer to a typed, number or date question was right.
  case recalled
  /// Mastered: recalled, and that memory is stable for three weeks or more.
  case mastered

  /// The FSRS stability, in days, from which a recalled fact counts as mastered (Anki calls a card with an
  /// interval of 21 days or more "mature").
  public static let masteredStability = 21.0

  /// The form a fact at this stage is asked in first.
  public var form: LearningForm {
    switch self {
    case .new: .recognition
    case .recognized: .recall
    case .recalled: .reverse
    case .mastered: .recall
    }
  }

  /// The stage one answer right in a question of this kind shows, given its card.
  static func shown(byRightAnswerTo kind: QuestionKind, card: MemoryCard) -> FactStage {
    if kind.isRecall {
      return (card.stability ?? 0) >= masteredStability ? .mastered : .recalled
    }
    return kind.isRecognition ? .recognized : .new
  }

  /// The stage after the fact's latest answer was a miss in `form`, when its right answers show `best`: one
  /// stage below the one the form is asked at, and never above `best`.
  public static func after(missIn form: LearningForm, best: FactStage) -> FactStage {
    let ceiling: FactStage =
      switch form {
      case .recognition: .recognized
      case .recall: .recalled
      case .reverse, .timeline: .mastered
      }
    return FactStage(rawValue: max(0, min(best, ceiling).rawValue - 1)) ?? .new
  }

  /// The stage of a fact from the records of its own questions (timelines, which hold several facts, are left
  /// out): the highest stage its right answers show, unless its latest answer was a miss, which steps it back
  /// (see ``after(missIn:best:)``). `nil` when none was ever answered.
  public init?(records: [(form: LearningForm, record: QuestionRecord)]) {
    var best = FactStage.new
    var latest: (date: Date, form: LearningForm, right: Bool)?
    for (form, record) in records {
      guard let answered = record.lastAnsweredAt, let outcome = record.lastOutcome else { continue }
      if outcome == .right { best = max(best, Self.shown(byRightAnswerTo: record.kind, card: record.card)) }
      if latest.map({ answered > $0.date }) ?? true { latest = (answered, form, outcome == .right) }
    }
    guard let latest else { return nil }
    self = latest.right ? best : Self.after(missIn: latest.form, best: best)
  }

  public static func < (lhs: FactStage, rhs: FactStage) -> Bool { lhs.rawValue < rhs.rawValue }
}
