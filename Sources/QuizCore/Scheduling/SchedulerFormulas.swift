import Foundation

/// The FSRS-6 memory formulas of py-fsrs 6.3.2 (`scheduler.py`), written in
/// Python's evaluation order so that results agree to the bit.
extension Scheduler {
  /// Lower clamp of stability (`STABILITY_MIN`).
  @inlinable static var minimumStability: Double { 0.001 }
  /// Difficulty bounds (`MIN_DIFFICULTY`, `MAX_DIFFICULTY`).
  @inlinable static var difficultyRange: ClosedRange<Double> { 1.0...10.0 }

  @inlinable @inline(__always)
  static func clampStability(_ s: Double) -> Double { max(s, minimumStability) }

  @inlinable @inline(__always)
  static func clampDifficulty(_ d: Double) -> Double {
    min(max(d, difficultyRange.lowerBound), difficultyRange.upperBound)
  }

  /// `_initial_stability`: `S0(G) = clamp(w[G-1])`.
  @inlinable @inline(__always)
  func initialStability(_ rating: Rating) -> Double {
    initialStabilities[rating]
  }

  /// `_initial_difficulty`: `w4 - e**(w5 * (G - 1)) + 1`, optionally clamped to 1…10.
  @inlinable @inline(__always)
  func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
    clamped ? initialDifficulties[rating] : rawInitialDifficulties[rating]
  }

  /// `_next_difficulty`: linear damping, then mean reversion toward the unclamped
  /// initial difficulty of Easy, then clamping.
  @inlinable @inline(__always)
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let delta = difficultyDeltas[rating]
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return Self.clampDifficulty(reversionTerm + keptShare * damped)
  }

  /// `_short_term_stability`: same-day update; a success never lowers stability.
  @inlinable @inline(__always)
  func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase = shortTermFactors[rating] * stabilityPower(stability, negW19, initialShortTermPowers)
    if rating.isSuccess { increase = max(increase, 1.0) }
    return Self.clampStability(stability * increase)
  }

  /// `_next_stability`: recall stability for Hard/Good/Easy, forget stability for
  /// Again, then clamped.
  @inlinable @inline(__always)
  func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
    let next: Double
    if rating == .again {
      let longTerm =
        w11 * pow(difficulty, negW12) * (pow(stability + 1, w13) - 1)
        * Self.ePow((1 - retrievability) * w14)
      let shortTerm = stability / forgetShortTermDivisor
      next = shortTerm < longTerm ? shortTerm : longTerm
    } else {
      // `… * hard_penalty * easy_bonus`, where at most one of the two is not 1 and multiplying by 1 changes
      // nothing (to the bit): a Good review skips both multiplications, on the path the next review waits for.
      let increase =
        recallScale * (11 - difficulty) * stabilityPower(stability, negW9, initialRecallPowers)
        * (Self.ePow((1 - retrievability) * w10) - 1)
      let weighted: Double
      switch rating {
      case .hard: weighted = increase * hardPenalty
      case .easy: weighted = increase * easyBonus
      default: weighted = increase
      }
      next = stability * (1 + weighted)
    }
    return Self.clampStability(next)
  }

  /// `stability ** exponent`, where `powers` holds that power of each initial stability `S0(G)`: when
  /// `stability` equals one of them (equal doubles other than zeros have the same bits, and every `S0(G)` is at
  /// least `minimumStability`), its power is the one `pow` gave for the same operands when the scheduler was
  /// made; otherwise `pow` is called. Either way the result is `pow(stability, exponent)` to the bit.
  @inlinable @inline(__always)
  func stabilityPower(_ stability: Double, _ exponent: Double, _ powers: RatingTable) -> Double {
    let initial = initialStabilities
    if stability == initial.good { return powers.good }
    if stability == initial.again { return powers.again }
    if stability == initial.hard { return powers.hard }
    if stability == initial.easy { return powers.easy }
    return pow(stability, exponent)
  }

  /// The forgetting curve for `elapsedDays` whole days: `(1 + FACTOR * t / S) ** DECAY`.
  @inlinable @inline(__always)
  func retrievability(stability: Double, elapsedDays: Int) -> Double {
    pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// `_next_interval`: `round((S / FACTOR) * (r ** (1 / DECAY) - 1))` days, rounded
  /// half to even like Python's `round`, then kept within `1...maximumInterval`.
  @inlinable @inline(__always)
  func nextIntervalDays(stability: Double) -> Int {
    let raw = (stability / factor) * retentionScale
    let maximum = maximumInterval
    // Guards keep the Int conversion safe; they do not change the result.
    guard raw < Double(maximum) else { return maximum }
    guard raw >= 1 else { return min(1, maximum) }
    return min(max(Int(ReviewTime.roundedToNearestEven(raw)), 1), maximum)
  }
}
