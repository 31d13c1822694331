import Foundation

/// The FSRS-6 memory formulas of py-fsrs 6.3.2 (`scheduler.py`), written in
/// Python's evaluation order so that results agree to the bit.
extension Scheduler {
  /// Lower clamp of stability (`STABILITY_MIN`).
  static let minimumStability = 0.001
  /// Difficulty bounds (`MIN_DIFFICULTY`, `MAX_DIFFICULTY`).
  static let difficultyRange = 1.0...10.0

  static func clampStability(_ s: Double) -> Double { max(s, minimumStability) }

  static func clampDifficulty(_ d: Double) -> Double {
    min(max(d, difficultyRange.lowerBound), difficultyRange.upperBound)
  }

  /// `_initial_stability`: `S0(G) = clamp(w[G-1])`.
  func initialStability(_ rating: Rating) -> Double {
    Self.clampStability(w[rating.rawValue - 1])
  }

  /// `_initial_difficulty`: `w4 - e**(w5 * (G - 1)) + 1`, optionally clamped to 1…10.
  func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
    let raw = w[4] - Self.ePow(w[5] * (rating.grade - 1)) + 1
    return clamped ? Self.clampDifficulty(raw) : raw
  }

  /// `_next_difficulty`: linear damping, then mean reversion toward the unclamped
  /// initial difficulty of Easy, then clamping.
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let delta = -(w[6] * (rating.grade - 3))
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return Self.clampDifficulty(w[7] * meanReversionTarget + (1 - w[7]) * damped)
  }

  /// `_short_term_stability`: same-day update; a success never lowers stability.
  func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase = Self.ePow(w[17] * (rating.grade - 3 + w[18])) * pow(stability, -w[19])
    if rating.isSuccess { increase = max(increase, 1.0) }
    return Self.clampStability(stability * increase)
  }

  /// `_next_stability`: recall stability for Hard/Good/Easy, forget stability for
  /// Again, then clamped.
  func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
    let next: Double
    if rating == .again {
      let longTerm =
        w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
        * Self.ePow((1 - retrievability) * w[14])
      let shortTerm = stability / forgetShortTermDivisor
      next = shortTerm < longTerm ? shortTerm : longTerm
    } else {
      let hardPenalty = rating == .hard ? w[15] : 1
      let easyBonus = rating == .easy ? w[16] : 1
      next =
        stability
        * (1 + recallScale * (11 - difficulty) * pow(stability, -w[9])
          * (Self.ePow((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }
    return Self.clampStability(next)
  }

  /// The forgetting curve for `elapsedDays` whole days: `(1 + FACTOR * t / S) ** DECAY`.
  func retrievability(stability: Double, elapsedDays: Int) -> Double {
    pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// `_next_interval`: `round((S / FACTOR) * (r ** (1 / DECAY) - 1))` days, rounded
  /// half to even like Python's `round`, then kept within `1...maximumInterval`.
  func nextIntervalDays(stability: Double) -> Int {
    let raw = (stability / factor) * retentionScale
    let maximum = parameters.maximumInterval
    // Guards keep the Int conversion safe; they do not change the result.
    guard raw < Double(maximum) else { return maximum }
    guard raw >= 1 else { return min(1, maximum) }
    return min(max(Int(raw.rounded(.toNearestOrEven)), 1), maximum)
  }
}
