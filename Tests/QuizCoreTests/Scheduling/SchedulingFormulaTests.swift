import Foundation
import Testing

@testable import QuizCore

/// Table-driven checks of each FSRS-6 formula against `fsrs-unit-vectors.json`
/// (values of py-fsrs 6.3.2's private helpers), within 1e-12 relative.
@Suite("Scheduling formulas against py-fsrs unit vectors")
struct SchedulingFormulaTests {
  let scheduler = Scheduler()

  @Test(arguments: try FSRSUnitVectors.load().initialStability)
  func initialStability(_ row: FSRSUnitVectors.InitialStability) throws {
    let rating = try #require(Rating(rawValue: row.rating))
    #expect(FSRSFixtures.close(scheduler.initialStability(rating), row.value))
  }

  @Test(arguments: try FSRSUnitVectors.load().initialDifficulty)
  func initialDifficulty(_ row: FSRSUnitVectors.InitialDifficulty) throws {
    let rating = try #require(Rating(rawValue: row.rating))
    #expect(FSRSFixtures.close(scheduler.initialDifficulty(rating, clamped: true), row.clamped))
    #expect(FSRSFixtures.close(scheduler.initialDifficulty(rating, clamped: false), row.unclamped))
  }

  @Test(arguments: try FSRSUnitVectors.load().nextDifficulty)
  func nextDifficulty(_ row: FSRSUnitVectors.NextDifficulty) throws {
    let rating = try #require(Rating(rawValue: row.rating))
    let value = scheduler.nextDifficulty(row.difficulty, rating: rating)
    #expect(FSRSFixtures.close(value, row.value), "D=\(row.difficulty) G=\(row.rating): \(value) vs \(row.value)")
  }

  @Test(arguments: try FSRSUnitVectors.load().shortTermStability)
  func shortTermStability(_ row: FSRSUnitVectors.ShortTermStability) throws {
    let rating = try #require(Rating(rawValue: row.rating))
    let value = scheduler.shortTermStability(row.stability, rating: rating)
    #expect(FSRSFixtures.close(value, row.value), "S=\(row.stability) G=\(row.rating): \(value) vs \(row.value)")
  }

  @Test(arguments: try FSRSUnitVectors.load().nextStability)
  func nextStability(_ row: FSRSUnitVectors.NextStability) throws {
    let rating = try #require(Rating(rawValue: row.rating))
    let value = scheduler.nextStability(
      difficulty: row.difficulty, stability: row.stability, retrievability: row.retrievability, rating: rating)
    #expect(
      FSRSFixtures.close(value, row.value),
      "D=\(row.difficulty) S=\(row.stability) R=\(row.retrievability) G=\(row.rating): \(value) vs \(row.value)")
  }

  /// Through the public API: a card last reviewed `t` days and 5 hours ago.
  @Test(arguments: try FSRSUnitVectors.load().retrievability)
  func retrievability(_ row: FSRSUnitVectors.Retrievability) {
    let last = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z
    let card = MemoryCard(
      state: .review, step: nil, stability: row.stability, difficulty: 5.0, due: last, lastReview: last)
    let now = last.addingTimeInterval(Double(row.elapsedDays) * 86_400 + 5 * 3_600)
    let value = scheduler.retrievability(of: card, at: now)
    #expect(FSRSFixtures.close(value, row.value), "S=\(row.stability) t=\(row.elapsedDays): \(value)")
  }

  /// Includes half-way ties (S = 2.5 → 2, 3.5 → 4) and seven retentions.
  @Test(arguments: try FSRSUnitVectors.load().nextInterval)
  func nextInterval(_ row: FSRSUnitVectors.NextInterval) throws {
    let custom = try Scheduler(parameters: SchedulerParameters(desiredRetention: row.desiredRetention))
    let raw = (row.stability / custom.factor) * custom.retentionScale
    #expect(FSRSFixtures.close(raw, row.raw), "raw \(raw) vs \(row.raw)")
    #expect(
      custom.nextIntervalDays(stability: row.stability) == row.days,
      "r=\(row.desiredRetention) S=\(row.stability)")
  }

  /// py-fsrs with `random()` patched to return `u`.
  @Test(arguments: try FSRSUnitVectors.load().fuzz)
  func fuzz(_ row: FSRSUnitVectors.Fuzz) {
    let days = scheduler.fuzzedIntervalDays(row.intervalDays, u: row.u)
    #expect(days == row.fuzzedDays, "ivl=\(row.intervalDays) u=\(row.u): \(days)")
    #expect(Double(days) * 86_400 == row.fuzzedSeconds)
  }

  /// The precomputed constants of the default scheduler (spec §1.4).
  @Test func derivedConstants() {
    #expect(scheduler.decay == -0.1542)
    #expect(scheduler.factor == 0.9803464944134797)
    #expect(scheduler.forgetShortTermDivisor == 1.0507203746232234)
    #expect(scheduler.meanReversionTarget == -4.771630703161737)
  }

  /// `math.e ** x` is `pow(e, x)`, which differs from `exp(x)` in the last bit for
  /// many `x`: e.g. the D0 exponent of Good, `w5 * 2`.
  @Test func ePowIsPowNotExp() {
    let xs = stride(from: -3.0, through: 3.0, by: 0.0137).map { $0 }
    let differing = xs.filter { Scheduler.ePow($0) != exp($0) }
    #expect(xs.allSatisfy { Scheduler.ePow($0) == pow(2.718281828459045, $0) })
    #expect(!differing.isEmpty, "pow(e, x) and exp(x) never differed: the pitfall would go unnoticed")
  }

  /// The powers of the initial stabilities looked up instead of computed are `pow`'s own bits, for each rating
  /// and both exponents, and a stability next to an initial one (or a parameter set with its own weights) still
  /// goes to `pow`.
  @Test(arguments: Rating.allCases)
  func initialStabilityPowersArePowsOwnBits(_ rating: Rating) throws {
    var weights = SchedulerParameters().weights
    weights[rating.rawValue - 1] = 0.5 + Double(rating.rawValue)
    let custom = try Scheduler(parameters: SchedulerParameters(weights: weights))
    for scheduler in [scheduler, custom] {
      let s0 = scheduler.initialStability(rating)
      for stability in [s0, s0.nextUp, s0.nextDown, s0 * 2] {
        for (exponent, table) in [
          (scheduler.negW19, scheduler.initialShortTermPowers), (scheduler.negW9, scheduler.initialRecallPowers),
        ] {
          let looked = scheduler.stabilityPower(stability, exponent, table)
          #expect(looked.bitPattern == pow(stability, exponent).bitPattern, "S=\(stability) exponent \(exponent)")
        }
      }
    }
  }
}
