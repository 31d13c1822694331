import Foundation
import Testing

@testable import QuizCore

/// Time handling that breaks exact agreement with py-fsrs when done naively:
/// whole 24-hour periods rather than calendar days, absolute day intervals,
/// early reviews and microsecond `timedelta` arithmetic.
@Suite("Scheduling time handling")
struct SchedulingTimeTests {
  let scheduler = Scheduler()
  /// 2024-01-15T09:00:00Z
  let t0 = Date(timeIntervalSince1970: 1_705_309_200)

  /// A review card with S = 10 last reviewed at `t0`.
  var reviewCard: MemoryCard {
    MemoryCard(
      state: .review, step: nil, stability: 10, difficulty: 5, due: t0.addingTimeInterval(10 * 86_400),
      lastReview: t0)
  }

  struct Elapsed: Sendable, CustomStringConvertible {
    let seconds: Double
    let days: Int
    var description: String { "\(seconds) s → \(days)" }
  }

  /// `timedelta.days`: floored whole days of the microsecond-rounded difference.
  @Test(arguments: [
    Elapsed(seconds: 0, days: 0), Elapsed(seconds: 86_399, days: 0), Elapsed(seconds: 86_400, days: 1),
    Elapsed(seconds: 86_399.999_999_9, days: 1), Elapsed(seconds: 172_799.999_999, days: 1),
    Elapsed(seconds: -1, days: -1), Elapsed(seconds: -86_400, days: -1), Elapsed(seconds: -86_401, days: -2),
    Elapsed(seconds: 3_650 * 86_400 + 5, days: 3_650),
  ])
  func elapsedDays(_ row: Elapsed) {
    #expect(ReviewTime.elapsedDays(from: t0, to: t0.addingTimeInterval(row.seconds)) == row.days)
  }

  @Test func justUnder24HoursIsSameDay() {
    let log = scheduler.review(reviewCard, rating: .good, at: t0.addingTimeInterval(86_399)).log
    #expect(log.elapsedDays == 0)
    #expect(log.memoryUpdate == .shortTerm)
  }

  @Test func exactly24HoursIsOneDay() throws {
    let (card, log) = scheduler.review(reviewCard, rating: .good, at: t0.addingTimeInterval(86_400))
    #expect(log.elapsedDays == 1)
    #expect(log.memoryUpdate == .longTerm)
    #expect(try #require(card.stability) > 10)
  }

  /// 23:50 → 00:10 the next calendar day is still 0 elapsed days (not 1).
  @Test func crossingMidnightUnder24HoursIsSameDay() {
    let lateEvening = Date(timeIntervalSince1970: 1_710_114_600)  // 2024-03-10T23:50:00Z
    let card = MemoryCard(
      state: .review, step: nil, stability: 8.2956, difficulty: 1, due: lateEvening,
      lastReview: lateEvening)
    let log = scheduler.review(card, rating: .good, at: lateEvening.addingTimeInterval(20 * 60)).log
    #expect(log.elapsedDays == 0)
    #expect(log.memoryUpdate == .shortTerm)
  }

  /// One second before a 1-day due date is 0 elapsed days: the short-term path.
  @Test func reviewingOneSecondEarlyTakesTheShortTermPath() {
    let card = MemoryCard(
      state: .review, step: nil, stability: 1, difficulty: 5, due: t0.addingTimeInterval(86_400),
      lastReview: t0)
    let early = scheduler.review(card, rating: .good, at: card.due.addingTimeInterval(-1))
    let onTime = scheduler.review(card, rating: .good, at: card.due)
    #expect(early.log.memoryUpdate == .shortTerm)
    #expect(early.card.stability == 1.0507203746232234)
    #expect(onTime.log.memoryUpdate == .longTerm)
    #expect(onTime.card.stability == 4.232585481879205)
  }

  /// A review earlier than the last one is accepted: elapsed −1, short-term path, R = 1.
  @Test func reviewBeforeLastReview() {
    let at = t0.addingTimeInterval(-1)
    #expect(scheduler.retrievability(of: reviewCard, at: at) == 1.0)
    let good = scheduler.review(reviewCard, rating: .good, at: at)
    #expect(good.log.elapsedDays == -1)
    #expect(good.card.stability == 10.0)
    #expect(good.card.difficulty == 4.9902283692968386)
    #expect(good.card.due == at.addingTimeInterval(10 * 86_400))
    let again = scheduler.review(reviewCard, rating: .again, at: at).card
    #expect(again.state == .relearning)
    #expect(again.stability == 3.051248935571638)
    #expect(again.due == at.addingTimeInterval(600))
  }

  /// Day intervals are exact multiples of 86 400 s and keep the sub-second part.
  @Test func dueKeepsTheTimeOfDayAndFraction() {
    let at = t0.addingTimeInterval(0.25)
    let (card, log) = scheduler.review(MemoryCard(due: at), rating: .easy, at: at)
    #expect(log.interval == 8 * 86_400)
    #expect(card.due == at.addingTimeInterval(8 * 86_400))
    #expect(card.due.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) == 9 * 3_600 + 0.25)
  }

  @Test func newCardHasZeroRetrievability() {
    #expect(scheduler.retrievability(of: MemoryCard(due: t0), at: t0.addingTimeInterval(86_400)) == 0)
    #expect(scheduler.review(MemoryCard(due: t0), rating: .good, at: t0).log.retrievabilityBefore == 0)
  }

  /// R(S, S) = 0.9 and R falls as days pass; only whole days count.
  @Test func retrievabilityFollowsTheForgettingCurve() {
    let atStability = scheduler.retrievability(of: reviewCard, at: t0.addingTimeInterval(10 * 86_400))
    #expect(abs(atStability - 0.9) < 1e-12)
    let sameDay = scheduler.retrievability(of: reviewCard, at: t0.addingTimeInterval(86_399))
    #expect(sameDay == 1.0)
    let later = scheduler.retrievability(of: reviewCard, at: t0.addingTimeInterval(20 * 86_400))
    #expect(later < atStability)
  }

  struct Division: Sendable, CustomStringConvertible {
    let dividend: Int64
    let divisor: Int64
    let quotient: Int64
    var description: String { "\(dividend)/\(divisor)" }
  }

  /// CPython `_divide_and_round`: half to even (3/2 → 2, 5/2 → 2, 7/2 → 4, 9/2 → 4).
  @Test(arguments: [
    Division(dividend: 3, divisor: 2, quotient: 2), Division(dividend: 5, divisor: 2, quotient: 2),
    Division(dividend: 7, divisor: 2, quotient: 4), Division(dividend: 9, divisor: 2, quotient: 4),
    Division(dividend: 8, divisor: 3, quotient: 3), Division(dividend: 7, divisor: 3, quotient: 2),
    Division(dividend: -3, divisor: 2, quotient: -2), Division(dividend: -5, divisor: 2, quotient: -2),
    Division(dividend: 660_000_000, divisor: 2, quotient: 330_000_000),
  ])
  func roundsHalfToEven(_ row: Division) {
    #expect(ReviewTime.divideRoundingHalfToEven(row.dividend, row.divisor) == row.quotient)
  }

  /// The review's rounding without `rint` gives the same bits as `rounded(.toNearestOrEven)`: ties to even,
  /// signed zeros, values near and beyond 2^52, infinities and NaN.
  @Test(arguments: [
    0.0, -0.0, 0.3, -0.3, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
    1_234_567.5, 1_234_568.5, 86_399_999_999.5, -86_400_000_000.5, 4_503_599_627_370_495.5,
    -4_503_599_627_370_495.5, 4_503_599_627_370_496, -4_503_599_627_370_496, 9_007_199_254_740_994,
    1e300, -1e300, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
  ])
  func roundsLikeRint(_ value: Double) {
    let fast = ReviewTime.roundedToNearestEven(value)
    #expect(fast.bitPattern == value.rounded(.toNearestOrEven).bitPattern)
  }

  @Test func roundsLikeRintOverManyValues() {
    var generator = SplitMix64(seed: 17)
    for _ in 0..<200_000 {
      // Review times in microseconds (differences of dates up to centuries) and day intervals, both signs.
      let magnitude = Double(
        bitPattern: UInt64.random(in: 0x3FE0_0000_0000_0000...0x4340_0000_0000_0000, using: &generator))
      let value = Bool.random(using: &generator) ? magnitude : -magnitude
      #expect(ReviewTime.roundedToNearestEven(value).bitPattern == value.rounded(.toNearestOrEven).bitPattern)
    }
    #expect(ReviewTime.roundedToNearestEven(.nan).isNaN)
  }

  /// Whole days from the fast path agree with the general one, including around the 2^52 µs boundary.
  @Test(arguments: [
    4_503_599_627.370_495, -4_503_599_627.370_495, 4_503_599_627.370_497, -4_503_599_627.370_497, 1e12, -1e12,
  ])
  func elapsedDaysAtTheFastPathsEdge(_ seconds: Double) throws {
    let micros = try #require(Int64(exactly: (seconds * 1_000_000).rounded(.toNearestOrEven)))
    #expect(ReviewTime.elapsedDays(seconds: seconds) == Int(ReviewTime.floorDivide(micros, 86_400_000_000)))
  }
}
