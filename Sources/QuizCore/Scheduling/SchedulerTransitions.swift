import Foundation

/// The state machine of `Scheduler.review_card` in py-fsrs 6.3.2: the memory
/// update, then the move between learning, review and relearning.
extension Scheduler {
  /// A review's result before the due date is computed.
  struct Outcome {
    var state: CardState
    var step: Int?
    var stability: Double
    var difficulty: Double
    /// Whole days, when the interval is a day interval (the card is in review).
    var intervalDays: Int?
    /// The interval in whole microseconds.
    var intervalMicros: Int64
    var elapsedDays: Int?
    var memoryUpdate: MemoryUpdate
    /// The card's retrievability before the review, when the transition computed it (a long-term review),
    /// so the review log does not compute it again.
    var retrievabilityBefore: Double? = nil
  }

  /// Computes the memory update and the state transition of one review.
  ///
  /// Cards that py-fsrs would reject with an assertion are handled leniently:
  /// a card without stability or difficulty starts afresh whatever its state, and a
  /// missing or negative step counts as step 0.
  func transition(_ card: MemoryCard, rating: Rating, at now: Date) -> Outcome {
    let elapsed = card.lastReview.map { ReviewTime.elapsedDays(from: $0, to: now) }
    var outcome: Outcome
    if let s = card.stability, let d = card.difficulty {
      if let elapsed, elapsed < 1 {
        outcome = Outcome(
          state: card.state, step: card.step, stability: shortTermStability(s, rating: rating),
          difficulty: nextDifficulty(d, rating: rating), intervalDays: nil, intervalMicros: 0,
          elapsedDays: elapsed, memoryUpdate: .shortTerm)
      } else {
        let r = retrievability(of: card, at: now)
        outcome = Outcome(
          state: card.state, step: card.step,
          stability: nextStability(difficulty: d, stability: s, retrievability: r, rating: rating),
          difficulty: nextDifficulty(d, rating: rating), intervalDays: nil, intervalMicros: 0,
          elapsedDays: elapsed, memoryUpdate: .longTerm, retrievabilityBefore: r)
      }
    } else {
      outcome = Outcome(
        state: card.state, step: card.step, stability: initialStability(rating),
        difficulty: initialDifficulty(rating, clamped: true), intervalDays: nil, intervalMicros: 0,
        elapsedDays: elapsed, memoryUpdate: .initial)
    }

    switch card.state {
    case .learning:
      moveThroughSteps(&outcome, steps: learningStepMicros, step: card.step, rating: rating)
    case .relearning:
      moveThroughSteps(&outcome, steps: relearningStepMicros, step: card.step, rating: rating)
    case .review:
      if rating == .again, let first = relearningStepMicros.first {
        outcome.state = .relearning
        outcome.step = 0
        outcome.intervalMicros = first
      } else {
        graduate(&outcome)
      }
    }
    return outcome
  }

  /// The learning/relearning step table (same rules for both, with their own steps).
  private func moveThroughSteps(_ outcome: inout Outcome, steps: [Int64], step: Int?, rating: Rating) {
    let step = max(step ?? 0, 0)
    // No steps at all, or a step index beyond the configured steps (the card was
    // scheduled with more steps than this scheduler has): graduate on success.
    if steps.isEmpty || (step >= steps.count && rating.isSuccess) {
      graduate(&outcome)
      return
    }
    switch rating {
    case .again:
      outcome.step = 0
      outcome.intervalMicros = steps[0]
    case .hard:
      outcome.step = step
      if step == 0 && steps.count == 1 {
        // timedelta * 1.5
        outcome.intervalMicros = ReviewTime.divideRoundingHalfToEven(steps[0] * 3, 2)
      } else if step == 0 {
        // (steps[0] + steps[1]) / 2.0
        outcome.intervalMicros = ReviewTime.divideRoundingHalfToEven(steps[0] + steps[1], 2)
      } else {
        outcome.intervalMicros = steps[step]
      }
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

  /// Moves (or keeps) the card in review with a day interval from its new stability.
  private func graduate(_ outcome: inout Outcome) {
    let days = nextIntervalDays(stability: outcome.stability)
    outcome.state = .review
    outcome.step = nil
    outcome.intervalDays = days
    outcome.intervalMicros = Int64(days) * ReviewTime.microsecondsPerDay
  }
}
