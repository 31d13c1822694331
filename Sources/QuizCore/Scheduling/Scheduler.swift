import Foundation

/// The FSRS-6 spaced-repetition scheduler, computing exactly what the Python
/// package `fsrs` 6.3.2 (py-fsrs) computes with `enable_fuzzing=False`, or with
/// fuzz drawn from a caller-supplied generator.
///
/// The scheduler is a pure value: it reads no clock, keeps no state and uses no
/// global randomness. Elapsed time is counted in whole 24-hour periods (not
/// calendar days) and day intervals are added as exact multiples of 86 400 s,
/// so a card keeps its UTC time of day whatever the player's time zone.
public struct Scheduler: Sendable {
  /// The configuration this scheduler was made with.
  public let parameters: SchedulerParameters

  let w: [Double]
  /// `DECAY = -w[20]`, the exponent of the forgetting curve.
  @usableFromInline let decay: Double
  /// `FACTOR = 0.9 ** (1 / DECAY) - 1`, so that R(S, S) = 0.9.
  @usableFromInline let factor: Double
  /// `desired_retention ** (1 / DECAY) - 1`, the retention part of the next interval.
  @usableFromInline let retentionScale: Double
  /// `D0_raw(Easy)`, the unclamped mean-reversion target of difficulty.
  let meanReversionTarget: Double
  /// `e ** w[8]`, the scale of the recall-stability increase.
  @usableFromInline let recallScale: Double
  /// `e ** (w[17] * w[18])`, the divisor of the short-term bound on forget stability.
  @usableFromInline let forgetShortTermDivisor: Double
  /// Learning steps in whole microseconds, as `timedelta` holds them.
  @usableFromInline let learningStepMicros: [Int64]
  /// Relearning steps in whole microseconds.
  @usableFromInline let relearningStepMicros: [Int64]
  /// The interval of a Hard review at the first learning / relearning step (``hardFirstStepMicros(_:)``).
  @usableFromInline let learningHardFirstMicros: Int64, relearningHardFirstMicros: Int64
  /// `parameters.maximumInterval`, the longest day interval.
  @usableFromInline let maximumInterval: Int

  // The weights a review reads, and the parts of the formulas that depend on the rating alone, evaluated once
  // here with the same operations in the same order as the formulas (so every result is the same to the bit).
  /// `-w[9]`, `w[10]`, `w[11]`, `-w[12]`, `w[13]`, `w[14]`, `-w[19]`.
  @usableFromInline let negW9: Double, w10: Double, w11: Double, negW12: Double, w13: Double, w14: Double,
    negW19: Double
  /// `w[7] * D0_raw(Easy)` and `1 - w[7]`, the two terms of mean reversion.
  @usableFromInline let reversionTerm: Double, keptShare: Double
  /// `S0(G)`, clamped.
  @usableFromInline let initialStabilities: RatingTable
  /// `D0(G)` unclamped, and clamped to 1…10.
  @usableFromInline let rawInitialDifficulties: RatingTable, initialDifficulties: RatingTable
  /// `-(w[6] * (G - 3))`, the linear difficulty change.
  @usableFromInline let difficultyDeltas: RatingTable
  /// `e ** (w[17] * (G - 3 + w[18]))`, the rating's factor of the same-day stability increase.
  @usableFromInline let shortTermFactors: RatingTable
  /// `w[15]`, the factor of a Hard recall (1 for the other ratings); `w[16]`, that of an Easy one.
  @usableFromInline let hardPenalty: Double, easyBonus: Double
  /// `S0(G) ** -w[19]` and `S0(G) ** -w[9]`: the `pow` of a same-day and of a recall review whose card still
  /// has its first stability (every card's second review, and a quarter of the same-day ones), computed here
  /// by the same `pow` with the same operands, so looking them up gives the same bits.
  @usableFromInline let initialShortTermPowers: RatingTable, initialRecallPowers: RatingTable

  /// Creates a scheduler with the default configuration (py-fsrs defaults, no fuzz).
  public init() {
    self.init(validated: SchedulerParameters())
  }

  /// Creates a scheduler after checking `parameters` with ``SchedulerParameters/validate()``.
  public init(parameters: SchedulerParameters) throws(SchedulerParameters.ValidationError) {
    try parameters.validate()
    self.init(validated: parameters)
  }

  private init(validated parameters: SchedulerParameters) {
    self.parameters = parameters
    let w = parameters.weights
    self.w = w
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    retentionScale = pow(parameters.desiredRetention, 1 / decay) - 1
    meanReversionTarget = w[4] - Self.ePow(w[5] * (Rating.easy.grade - 1)) + 1
    recallScale = Self.ePow(w[8])
    forgetShortTermDivisor = Self.ePow(w[17] * w[18])
    learningStepMicros = parameters.learningSteps.map(ReviewTime.microseconds)
    relearningStepMicros = parameters.relearningSteps.map(ReviewTime.microseconds)
    learningHardFirstMicros = Self.hardFirstStepMicros(learningStepMicros)
    relearningHardFirstMicros = Self.hardFirstStepMicros(relearningStepMicros)
    maximumInterval = parameters.maximumInterval
    negW9 = -w[9]
    w10 = w[10]
    w11 = w[11]
    negW12 = -w[12]
    w13 = w[13]
    w14 = w[14]
    negW19 = -w[19]
    reversionTerm = w[7] * meanReversionTarget
    keptShare = 1 - w[7]
    initialStabilities = RatingTable { Self.clampStability(w[$0.rawValue - 1]) }
    let rawDifficulties = RatingTable { w[4] - Self.ePow(w[5] * ($0.grade - 1)) + 1 }
    rawInitialDifficulties = rawDifficulties
    initialDifficulties = RatingTable { Self.clampDifficulty(rawDifficulties[$0]) }
    difficultyDeltas = RatingTable { -(w[6] * ($0.grade - 3)) }
    shortTermFactors = RatingTable { Self.ePow(w[17] * ($0.grade - 3 + w[18])) }
    hardPenalty = w[15]
    easyBonus = w[16]
    let stabilities = initialStabilities
    let (negW19, negW9) = (negW19, negW9)
    initialShortTermPowers = RatingTable { pow(stabilities[$0], negW19) }
    initialRecallPowers = RatingTable { pow(stabilities[$0], negW9) }
  }

  /// Reviews `card` with `rating` at `now` and returns the updated card and a log
  /// of the review. The input card is not changed. No fuzz is applied, whatever
  /// ``SchedulerParameters/enableFuzzing`` says: to fuzz, call
  /// ``review(_:rating:at:using:)``.
  ///
  /// Reviewing before the due date is allowed and gives a different result than
  /// reviewing at it; a review under 24 hours after the previous one uses the
  /// short-term (same-day) stability formula.
  public func review(_ card: MemoryCard, rating: Rating, at now: Date) -> (card: MemoryCard, log: ReviewLog) {
    let outcome = transition(card, rating: rating, at: now.timeIntervalSinceReferenceDate)
    return finish(card, rating: rating, at: now, outcome: outcome, intervalMicros: outcome.intervalMicros)
  }

  /// The card after reviewing `card` with `rating` at `now`: the `card` of ``review(_:rating:at:)``, without
  /// building the review log (what folding a player's answers into a profile needs).
  ///
  /// Inlinable, with everything it calls, so a caller in another module runs a review without a call per
  /// step: only the `pow` of the formulas remain calls.
  @inlinable @inline(__always)
  public func reviewed(_ card: MemoryCard, rating: Rating, at now: Date) -> MemoryCard {
    let outcome = transition(card, rating: rating, at: now.timeIntervalSinceReferenceDate)
    return MemoryCard(
      state: outcome.state, step: outcome.step, stability: outcome.stability, difficulty: outcome.difficulty,
      due: now.addingTimeInterval(ReviewTime.seconds(microseconds: outcome.intervalMicros)), lastReview: now)
  }

  /// Reviews `card` like ``review(_:rating:at:)`` and, if
  /// ``SchedulerParameters/enableFuzzing`` is on and the card ends in
  /// ``CardState/review`` with an interval of 3 days or more, randomises that
  /// interval as py-fsrs does, drawing one `Double` in `0..<1` from `generator`.
  public func review<G: RandomNumberGenerator>(
    _ card: MemoryCard, rating: Rating, at now: Date, using generator: inout G
  ) -> (card: MemoryCard, log: ReviewLog) {
    let outcome = transition(card, rating: rating, at: now.timeIntervalSinceReferenceDate)
    var micros = outcome.intervalMicros
    if parameters.enableFuzzing, outcome.state == .review, let days = outcome.intervalDays,
      Double(days) >= Self.minimumFuzzedDays
    {
      let u = Double.random(in: 0..<1, using: &generator)
      micros = Int64(fuzzedIntervalDays(days, u: u)) * ReviewTime.microsecondsPerDay
    }
    return finish(card, rating: rating, at: now, outcome: outcome, intervalMicros: micros)
  }

  /// The predicted probability that the player recalls `card` at `now`, from the
  /// FSRS-6 forgetting curve `(1 + FACTOR * t / S) ** DECAY`, where `t` is the number
  /// of whole 24-hour periods since the last review (never below 0). A card that was
  /// never reviewed has retrievability 0.
  public func retrievability(of card: MemoryCard, at now: Date) -> Double {
    guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
    let days = max(0, ReviewTime.elapsedDays(from: lastReview, to: now))
    return retrievability(stability: stability, elapsedDays: days)
  }

  private func finish(
    _ card: MemoryCard, rating: Rating, at now: Date, outcome: Outcome, intervalMicros: Int64
  ) -> (card: MemoryCard, log: ReviewLog) {
    let interval = ReviewTime.seconds(microseconds: intervalMicros)
    let updated = MemoryCard(
      state: outcome.state, step: outcome.step, stability: outcome.stability,
      difficulty: outcome.difficulty, due: now.addingTimeInterval(interval), lastReview: now)
    let log = ReviewLog(
      rating: rating, reviewedAt: now, stateBefore: card.state, elapsedDays: outcome.elapsedDays,
      retrievabilityBefore: outcome.retrievabilityBefore ?? retrievability(of: card, at: now),
      memoryUpdate: outcome.memoryUpdate,
      interval: interval)
    return (updated, log)
  }

  /// `math.e ** x` exactly as Python evaluates it: `pow(e, x)`, which differs from
  /// `exp(x)` in the last bit for most `x`.
  @inlinable @inline(__always)
  static func ePow(_ x: Double) -> Double { pow(2.718281828459045, x) }
}
