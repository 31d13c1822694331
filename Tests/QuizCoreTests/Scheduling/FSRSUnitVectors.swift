import Foundation

/// `fsrs-unit-vectors.json`: function-level values of py-fsrs 6.3.2's private helpers.
struct FSRSUnitVectors: Decodable, Sendable {
  struct InitialStability: Decodable, Sendable {
    let rating: Int
    let value: Double
  }
  struct InitialDifficulty: Decodable, Sendable {
    let rating: Int
    let clamped: Double
    let unclamped: Double
  }
  struct NextDifficulty: Decodable, Sendable {
    let difficulty: Double
    let rating: Int
    let value: Double
  }
  struct ShortTermStability: Decodable, Sendable {
    let stability: Double
    let rating: Int
    let value: Double
  }
  struct NextStability: Decodable, Sendable {
    let difficulty: Double
    let stability: Double
    let retrievability: Double
    let rating: Int
    let value: Double
  }
  struct Retrievability: Decodable, Sendable {
    let stability: Double
    let elapsedDays: Int
    let value: Double
  }
  struct NextInterval: Decodable, Sendable {
    let desiredRetention: Double
    let stability: Double
    let raw: Double
    let days: Int
  }
  struct Fuzz: Decodable, Sendable {
    let intervalDays: Int
    let u: Double
    let fuzzedDays: Int
    let fuzzedSeconds: Double
  }

  let initialStability: [InitialStability]
  let initialDifficulty: [InitialDifficulty]
  let nextDifficulty: [NextDifficulty]
  let shortTermStability: [ShortTermStability]
  let nextStability: [NextStability]
  let retrievability: [Retrievability]
  let nextInterval: [NextInterval]
  let fuzz: [Fuzz]

  /// Loads the bundled fixture.
  static func load() throws -> FSRSUnitVectors { try FSRSFixtures.unitVectors() }
}
