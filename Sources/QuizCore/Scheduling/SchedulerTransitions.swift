import Foundation

/// The state machine of `Scheduler.review_card` in py-fsrs 6.3.2: the memory
/// update, then the move between learning, review and relearning.
extension Scheduler {
  /// A review's result before the due date is computed.
  ///
  /// The words come before the optionals and the one-byte enums, and the whole is built inline in the caller,
  /// so a review copies no padded, misaligned fields between functions (that copy was a third of the time).
  @usableFromInline
  struct Outcome {
    @usableFromInline var stability: Double
    @usableFromInline var difficulty: Double
    /// The interval in whole microseconds.
    @usableFromInline var intervalMicros: Int64
    /// Whole days, when the interval is a day interval (the card is in review).
    @usableFromInline var intervalDays: Int?
    @usableFromInline var step: Int?
    @usableFromInline var elapsedDays: Int?
    /// The card's retrievability before the review, when the transition computed it (a long-term review),
    /// so the review log does not compute it again.
    @usableFromInline var retrievabilityBefore: Double?
    @usableFromInline var state: CardState
    @usableFromInline var memoryUpdate: MemoryUpdate

    @inlinable @inline(__always)
    init(
      stability: Double, difficulty: Double, intervalMicros: Int64, intervalDays: Int?, step: Int?,
      elapsedDays: Int?, retrievabilityBefore: Double? = nil, state: CardState, memoryUpdate: MemoryUpdate
    ) {
      self.stability = stability
      self.difficulty = difficulty
      self.intervalMicros = intervalMicros
      self.intervalDays = intervalDays
      self.step = step
      self.elapsedDays = elapsedDays
      self.retrievabilityBefore = retrievabilityBefore
      self.state = state
      self.memoryUpdate = memoryUpdate
    }
  }

  /// Computes the memory update and the state transition of one review.
  ///
  /// Cards that py-fsrs would reject with an assertion are handled leniently:
  /// a card without stability or difficulty starts afresh whatever its state, and a
  /// missing or negative step counts as step 0.
  ///
  /// `now` is in seconds since the reference date (`Date.timeIntervalSinceReferenceDate`): the review needs
  /// only differences of times, which are the same subtractions `Date` would make.
  @inlinable @inline(__always)
  func transition(_ card: MemoryCard, rating: Rating, at now: TimeInterval) -> Outcome {
    let elapsed = card.lastReview.map { ReviewTime.elapsedDays(seconds: now - $0.timeIntervalSinceReferenceDate) }
    var outcome: Outcome
    if let s = card.stability, let d = card.difficulty {
      if let elapsed, elapsed < 1 {
        outcome = Outcome(
          stability: shortTermStability(s, rating: rating), difficulty: nextDifficulty(d, rating: rating),
          intervalMicros: 0, intervalDays: nil,
          step: card.step, elapsedDays: elapsed, state: card.state, memoryUpdate: .shortTerm)
      } else {
        // A card with a memory state but no last review (only from a hand-edited profile) has retrievability 0.
        let r = elapsed.map { retrievability(stability: s, elapsedDays: max(0, $0)) } ?? 0
        outcome = Outcome(
          stability: nextStability(difficulty: d, stability: s, retrievability: r, rating: rating),
          difficulty: nextDifficulty(d, rating: rating), intervalMicros: 0, intervalDays: nil,
          step: card.step, elapsedDays: elapsed, retrievabilityBefore: r, state: card.state, memoryUpdate: .longTerm)
      }
    } else {
      outcome = Outcome(
        stability: initialStability(rating), difficulty: initialDifficulty(rating, clamped: true), intervalMicros: 0,
        intervalDays: nil,
        step: card.step, elapsedDays: elapsed, state: card.state, memoryUpdate: .initial)
    }

    if card.state == .review {
      if rating == .again, let first = relearningStepMicros.first {
        outcome.state = .relearning
        outcome.step = 0
        outcome.intervalMicros = first
      } else {
        graduate(&outcome)
      }
    } else {
      // The step table's move, written out here rather than in a function taking the outcome `inout`: the
      // compiler did not inline that function into callers in another module, so a learning or relearning
      // review passed the outcome (its new stability included) through memory to a call.
      let learning = card.state == .learning
      let steps = learning ? learningStepMicros : relearningStepMicros
      let step = max(card.step ?? 0, 0)
      // No steps at all, or a step index beyond the configured steps (the card was
      // scheduled with more steps than this scheduler has): graduate on success.
      if steps.isEmpty || (step >= steps.count && rating.isSuccess) {
        graduate(&outcome)
      } else {
        switch rating {
        case .again:
          outcome.step = 0
          outcome.intervalMicros = steps[0]
        case .hard:
          outcome.step = step
          // At step 0, `timedelta * 1.5` (one step) or `(steps[0] + steps[1]) / 2.0`, computed once in `init`.
          outcome.intervalMicros =
            step == 0 ? (learning ? learningHardFirstMicros : relearningHardFirstMicros) : steps[step]
        case .good:
          if step + 1 == steps.count {
            graduate(&outcome)
          } else {
            outcome.step = step + 1
            outcome.intervalMicros = steps[step + 1]
          }
        case .easy:
          graduate(&outcome)
        }
      }
    }
    return outcome
  }

  /// The interval of a Hard review at step 0 of `steps` (not empty): `timedelta * 1.5` for one step,
  /// `(steps[0] + steps[1]) / 2.0` for more, rounded half to even like CPython's `timedelta` arithmetic.
  static func hardFirstStepMicros(_ steps: [Int64]) -> Int64 {
    guard let first = steps.first else { return 0 }
    if steps.count == 1 { return ReviewTime.divideRoundingHalfToEven(first * 3, 2) }
    return ReviewTime.divideRoundingHalfToEven(first + steps[1], 2)
  }

  /// Moves (or keeps) the card in review with a day interval from its new stability.
  @inlinable @inline(__always)
  func graduate(_ outcome: inout Outcome) {
    let days = nextIntervalDays(stability: outcome.stability)
    outcome.state = .review
    outcome.step = nil
    outcome.intervalDays = days
    outcome.intervalMicros = Int64(days) * ReviewTime.microsecondsPerDay
  }
}
