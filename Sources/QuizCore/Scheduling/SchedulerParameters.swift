import Foundation

/// Configuration of the FSRS-6 ``Scheduler``: the 21 model weights and the
/// scheduling settings, with the defaults of py-fsrs 6.3.2 (except fuzzing,
/// which is off by default here).
public struct SchedulerParameters: Codable, Sendable, Hashable {
  /// The 21 default FSRS-6 weights (`DEFAULT_PARAMETERS` of py-fsrs 6.3.2).
  public static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
    0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
    0.1542,
  ]
  /// The inclusive lower bound of each weight (`LOWER_BOUNDS_PARAMETERS`).
  public static let weightLowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0,
    0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0,
    0.1,
  ]
  /// The inclusive upper bound of each weight (`UPPER_BOUNDS_PARAMETERS`).
  public static let weightUpperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8,
    3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8,
    0.8,
  ]

  /// The longest learning or relearning step accepted, in seconds (36 500 days).
  public static let maximumStepDuration: TimeInterval = 36_500 * 86_400

  /// The 21 model weights `w[0]…w[20]`; `w[20]` is the forgetting-curve decay.
  public var weights: [Double]
  /// The recall probability at which reviews are scheduled, in `(0, 1]`.
  public var desiredRetention: Double
  /// Durations, in seconds, of the steps a new card walks through.
  public var learningSteps: [TimeInterval]
  /// Durations, in seconds, of the steps a lapsed card walks through.
  public var relearningSteps: [TimeInterval]
  /// The longest interval, in days, a review card may be scheduled for.
  public var maximumInterval: Int
  /// Whether to randomise day intervals slightly. Fuzz is drawn only from a
  /// generator passed to ``Scheduler/review(_:rating:at:using:)``.
  public var enableFuzzing: Bool

  /// Creates a configuration; every argument defaults to py-fsrs 6.3.2's value
  /// (steps 1 min and 10 min, relearning 10 min, 36 500 days) except
  /// `enableFuzzing`, which defaults to `false`.
  public init(
    weights: [Double] = SchedulerParameters.defaultWeights,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500,
    enableFuzzing: Bool = false
  ) {
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.enableFuzzing = enableFuzzing
  }

  /// Why a configuration was rejected by ``validate()``.
  public enum ValidationError: Error, Equatable, Sendable {
    /// There were not exactly 21 weights.
    case wrongWeightCount(Int)
    /// `weights[index]` is outside its bounds (or not a number).
    case weightOutOfBounds(index: Int, value: Double)
    /// The desired retention is not in `(0, 1]`.
    case desiredRetentionOutOfRange(Double)
    /// A learning or relearning step is negative, not a number, or longer than
    /// ``maximumStepDuration``.
    case invalidStep(TimeInterval)
    /// The maximum interval is below one day.
    case maximumIntervalTooSmall(Int)
  }

  /// Checks the configuration. Like py-fsrs it requires 21 weights, each within
  /// ``weightLowerBounds`` and ``weightUpperBounds``. It also rejects what would
  /// make py-fsrs raise or schedule nonsense: a retention outside `(0, 1]`,
  /// negative or overlong steps and a maximum interval under one day.
  public func validate() throws(ValidationError) {
    guard weights.count == Self.defaultWeights.count else {
      throw .wrongWeightCount(weights.count)
    }
    for (index, value) in weights.enumerated()
    where !(Self.weightLowerBounds[index] <= value && value <= Self.weightUpperBounds[index]) {
      throw .weightOutOfBounds(index: index, value: value)
    }
    guard desiredRetention > 0, desiredRetention <= 1 else {
      throw .desiredRetentionOutOfRange(desiredRetention)
    }
    for step in learningSteps + relearningSteps where !(step >= 0 && step <= Self.maximumStepDuration) {
      throw .invalidStep(step)
    }
    guard maximumInterval >= 1 else { throw .maximumIntervalTooSmall(maximumInterval) }
  }
}
