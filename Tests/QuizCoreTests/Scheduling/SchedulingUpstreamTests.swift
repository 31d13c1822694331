import Foundation
import Testing

@testable import QuizCore

/// py-fsrs's own upstream tests (tests/test_basic.py), fuzz through `review`, and
/// parameter validation.
@Suite("Scheduling upstream cases, fuzz and validation")
struct SchedulingUpstreamTests {
  let scheduler = Scheduler()

  /// `test_review_card`: each review at due; whole days between reviews.
  @Test func upstreamReviewCardIntervals() {
    let start = Date(timeIntervalSince1970: 1_669_725_000)  // 2022-11-29T12:30:00Z
    let ratings: [Rating] = [
      .good, .good, .good, .good, .good, .good, .again, .again, .good, .good, .good,
      .good, .good,
    ]
    var card = MemoryCard(due: start)
    var intervals: [Int] = []
    for rating in ratings {
      card = scheduler.review(card, rating: rating, at: card.due).card
      intervals.append(ReviewTime.elapsedDays(from: card.lastReview!, to: card.due))
    }
    #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  }

  /// `test_memo_state`: Again, then Good after 0, 1, 3, 8 and 21 days.
  @Test func upstreamMemoState() throws {
    var at = Date(timeIntervalSince1970: 1_669_725_000)
    var card = MemoryCard(due: at)
    let plan: [(Rating, Double)] = [(.again, 0), (.good, 0), (.good, 1), (.good, 3), (.good, 8), (.good, 21)]
    for (rating, days) in plan {
      at = at.addingTimeInterval(days * 86_400)
      card = scheduler.review(card, rating: rating, at: at).card
    }
    #expect(abs(try #require(card.stability) - 53.62691) < 1e-4)
    #expect(abs(try #require(card.difficulty) - 6.3574867) < 1e-4)
  }

  /// A generator that counts its draws and returns a fixed 64-bit pattern.
  struct CountingGenerator: RandomNumberGenerator {
    var value: UInt64
    var draws = 0
    mutating func next() -> UInt64 {
      draws += 1
      return value
    }
  }

  func fuzzing(_ on: Bool) throws -> Scheduler {
    try Scheduler(parameters: SchedulerParameters(enableFuzzing: on))
  }

  @Test func fuzzIsOffByDefault() {
    #expect(SchedulerParameters().enableFuzzing == false)
    let t0 = Date(timeIntervalSince1970: 0)
    var generator = CountingGenerator(value: .max)
    let fuzzed = scheduler.review(MemoryCard(due: t0), rating: .easy, at: t0, using: &generator)
    #expect(generator.draws == 0)
    #expect(fuzzed.log.interval == 8 * 86_400)
  }

  /// Easy on a new card: 8 days, fuzzed within 6…11 (hi + 1 is reachable).
  @Test(arguments: [UInt64.min, 1 << 63, .max])
  func fuzzedGraduation(_ bits: UInt64) throws {
    let t0 = Date(timeIntervalSince1970: 0)
    var generator = CountingGenerator(value: bits)
    var replay = CountingGenerator(value: bits)
    let u = Double.random(in: 0..<1, using: &replay)
    let (card, log) = try fuzzing(true).review(MemoryCard(due: t0), rating: .easy, at: t0, using: &generator)
    #expect(generator.draws == 1)
    let days = try fuzzing(true).fuzzedIntervalDays(8, u: u)
    #expect(log.interval == Double(days) * 86_400)
    #expect(card.due == t0.addingTimeInterval(log.interval))
    #expect((6...11).contains(days))
    #expect(bits != .max || days == 11)
    #expect(bits != .min || days == 6)
  }

  /// No draw for learning steps or for intervals under 3 days.
  @Test func fuzzSkipsStepsAndShortIntervals() throws {
    let t0 = Date(timeIntervalSince1970: 0)
    var generator = CountingGenerator(value: .max)
    let fuzzer = try fuzzing(true)
    let learning = fuzzer.review(MemoryCard(due: t0), rating: .good, at: t0, using: &generator).card
    let graduated = fuzzer.review(learning, rating: .good, at: learning.due, using: &generator)
    #expect(generator.draws == 0)
    #expect(graduated.log.interval == 2 * 86_400)
  }

  struct BadParameters: Sendable, CustomStringConvertible {
    let parameters: SchedulerParameters
    let error: SchedulerParameters.ValidationError
    var description: String { "\(error)" }
  }

  static func weights(setting index: Int, to value: Double) -> [Double] {
    var weights = SchedulerParameters.defaultWeights
    weights[index] = value
    return weights
  }

  @Test(arguments: [
    BadParameters(
      parameters: .init(weights: Array(SchedulerParameters.defaultWeights.prefix(19))),
      error: .wrongWeightCount(19)),
    BadParameters(
      parameters: .init(weights: weights(setting: 20, to: 0.05)),
      error: .weightOutOfBounds(index: 20, value: 0.05)),
    BadParameters(
      parameters: .init(weights: weights(setting: 4, to: 10.5)),
      error: .weightOutOfBounds(index: 4, value: 10.5)),
    BadParameters(parameters: .init(desiredRetention: 0), error: .desiredRetentionOutOfRange(0)),
    BadParameters(parameters: .init(desiredRetention: 1.2), error: .desiredRetentionOutOfRange(1.2)),
    BadParameters(parameters: .init(learningSteps: [60, -1]), error: .invalidStep(-1)),
    BadParameters(parameters: .init(relearningSteps: [.infinity]), error: .invalidStep(.infinity)),
    BadParameters(parameters: .init(maximumInterval: 0), error: .maximumIntervalTooSmall(0)),
  ])
  func rejectsInvalidParameters(_ bad: BadParameters) {
    #expect(throws: bad.error) { try Scheduler(parameters: bad.parameters) }
  }

  @Test func acceptsBoundaryWeights() throws {
    _ = try Scheduler(parameters: .init(weights: SchedulerParameters.weightLowerBounds))
    _ = try Scheduler(parameters: .init(weights: SchedulerParameters.weightUpperBounds, desiredRetention: 1))
    #expect(SchedulerParameters.defaultWeights.count == 21)
  }
}
