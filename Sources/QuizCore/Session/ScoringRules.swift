/// How answers earn points. Written out in `:help` and the README.
///
/// - Each kind has base points: typed answers are worth more than true/false. A timeline is worth
///   `timelinePointsPerEvent` for each event it orders (four events: 20), so a longer one is worth more.
/// - A partly right timeline earns its share of the base (the share of pairs in the right order).
/// - Hints cost: on multiple choice a hint (two wrong options removed) halves the points; on other kinds each
///   hint takes a quarter of the base, down to a quarter at most.
/// - Streaks: from the third right answer in a row, each right answer earns a bonus of 5 points per answer
///   beyond the second, up to 25 (turned off by `--no-streaks`).
/// - Timed games (`--timed`): a right answer earns up to half its base again, shrinking linearly to nothing
///   at `speedWindow` seconds.
public struct ScoringRules: Sendable, Equatable {
  /// Base points per kind of question.
  public var basePoints: [QuestionKind: Int]
  /// The points a timeline earns per event it orders.
  public var timelinePointsPerEvent: Int
  /// Whether streaks earn a bonus.
  public var streaks: Bool
  /// Whether answering fast earns a bonus.
  public var timed: Bool
  /// The seconds within which a timed answer earns a speed bonus.
  public var speedWindow: Double
  /// The bonus per right answer in a row beyond the second.
  public var streakStep: Int
  /// The largest streak bonus for one answer.
  public var streakCap: Int

  /// The standard rules.
  public static let standard = ScoringRules()

  /// Creates rules; the defaults are the game's.
  public init(
    basePoints: [QuestionKind: Int] = [
      .truefalse: 5, .choice: 10, .number: 15, .date: 15, .timeline: 20, .typed: 20,
    ], timelinePointsPerEvent: Int = 5, streaks: Bool = true, timed: Bool = false, speedWindow: Double = 30,
    streakStep: Int = 5, streakCap: Int = 25
  ) {
    self.basePoints = basePoints
    self.timelinePointsPerEvent = timelinePointsPerEvent
    self.streaks = streaks
    self.timed = timed
    self.speedWindow = speedWindow
    self.streakStep = streakStep
    self.streakCap = streakCap
  }

  /// The full points of a question before credit, hints and bonuses: a timeline's by its events (when `events`
  /// is given), any other kind's from `basePoints`.
  public func base(kind: QuestionKind, events: Int? = nil) -> Int {
    if kind == .timeline, let events, events > 0 { return timelinePointsPerEvent * events }
    return basePoints[kind] ?? 10
  }

  /// The points an answer earns.
  /// - Parameters:
  ///   - kind: the question's kind.
  ///   - credit: 1 for right, 0 for wrong, the timeline share in between.
  ///   - hints: how many hints were taken on this question.
  ///   - streak: the number of right answers in a row including this one.
  ///   - elapsed: seconds taken, when known.
  ///   - events: for a timeline, how many events it orders.
  public func points(
    kind: QuestionKind, credit: Double, hints: Int, streak: Int, elapsed: Double?, events: Int? = nil
  ) -> Points {
    let base = Double(self.base(kind: kind, events: events))
    guard credit > 0 else { return Points(base: 0, streakBonus: 0, speedBonus: 0) }
    var earned = base * credit
    if hints > 0 {
      earned *= kind == .choice ? 0.5 : max(0.25, 1 - 0.25 * Double(hints))
    }
    let right = credit >= 1
    let streakBonus = streaks && right && streak >= 3 ? min(streakCap, streakStep * (streak - 2)) : 0
    var speedBonus = 0
    if timed, right, let elapsed, elapsed >= 0 {
      speedBonus = Int((base * 0.5 * max(0, 1 - elapsed / speedWindow)).rounded())
    }
    return Points(base: Int(earned.rounded()), streakBonus: streakBonus, speedBonus: speedBonus)
  }
}

/// The points one answer earned, by source.
public struct Points: Sendable, Equatable, Codable {
  /// Points for the answer itself, after partial credit and hints.
  public var base: Int
  /// The streak bonus.
  public var streakBonus: Int
  /// The speed bonus of a timed game.
  public var speedBonus: Int

  /// Creates points.
  public init(base: Int, streakBonus: Int, speedBonus: Int) {
    self.base = base
    self.streakBonus = streakBonus
    self.speedBonus = speedBonus
  }

  /// All the points.
  public var total: Int { base + streakBonus + speedBonus }
}
