import Foundation

@testable import QuizCore

/// Loads the py-fsrs 6.3.2 oracle files copied from shared/reference/fsrs into Fixtures/.
enum FSRSFixtures {
  /// Environment variable naming another vectors file (same format) to replay instead.
  static let vectorsEnvironmentVariable = "CASEQUIZ_FSRS_VECTORS"

  struct MissingFixture: Error, CustomStringConvertible {
    let name: String
    var description: String { "fixture \(name) not found in the test bundle" }
  }

  static func fixtureURL(_ name: String) throws -> URL {
    guard let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw MissingFixture(name: "Fixtures/")
    }
    let url = directory.appendingPathComponent(name)
    guard FileManager.default.fileExists(atPath: url.path) else { throw MissingFixture(name: name) }
    return url
  }

  static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
    // JSONDecoder, not JSONSerialization: the latter misreads some 17-digit doubles on Linux.
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(type, from: Data(contentsOf: url))
  }

  /// The path given by `CASEQUIZ_FSRS_VECTORS`, if set and non-empty.
  static var overridePath: String? {
    guard let path = ProcessInfo.processInfo.environment[vectorsEnvironmentVariable], !path.isEmpty else {
      return nil
    }
    return path
  }

  /// The vectors to replay: the override file if set, else the bundled fsrs-vectors.json.
  static func vectors() throws -> FSRSVectorFile {
    let url = try overridePath.map { URL(fileURLWithPath: $0) } ?? fixtureURL("fsrs-vectors.json")
    return try decode(FSRSVectorFile.self, from: url)
  }

  /// The bundled vectors, whatever the environment says.
  static func bundledVectors() throws -> FSRSVectorFile {
    try decode(FSRSVectorFile.self, from: fixtureURL("fsrs-vectors.json"))
  }

  static func unitVectors() throws -> FSRSUnitVectors {
    try decode(FSRSUnitVectors.self, from: fixtureURL("fsrs-unit-vectors.json"))
  }

  /// Parses a `float.hex()` string exactly.
  static func double(hex: String) -> Double? { Double(hex) }

  static func state(named name: String) -> CardState? {
    switch name {
    case "Learning": .learning
    case "Review": .review
    case "Relearning": .relearning
    default: nil
    }
  }

  static func memoryUpdate(named name: String) -> MemoryUpdate? {
    switch name {
    case "initial": .initial
    case "short_term": .shortTerm
    case "long_term": .longTerm
    default: nil
    }
  }

  /// Whether `actual` is within `tolerance` of `expected`, relative to `expected`
  /// (exact equality when `expected` is 0).
  static func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
    if expected == 0 { return actual == 0 }
    return abs(actual - expected) <= tolerance * abs(expected)
  }
}

/// `fsrs-vectors.json`: the output of `fsrs_oracle.py`.
struct FSRSVectorFile: Decodable, Sendable {
  struct Meta: Decodable, Sendable {
    let defaultScheduler: FSRSVectorSchedulerConfig?
  }
  let meta: Meta?
  let scenarios: [FSRSVectorScenario]

  /// One replay per scenario. Scenarios run with the oracle's default scheduler are
  /// replayed with `Scheduler()` itself, so the port's own defaults are exercised.
  var replays: [FSRSReplay] {
    scenarios.map { FSRSReplay(scenario: $0, usesDefaults: $0.scheduler == meta?.defaultScheduler) }
  }
}

struct FSRSReplay: Sendable, CustomStringConvertible {
  let scenario: FSRSVectorScenario
  let usesDefaults: Bool
  var description: String { scenario.name }

  func makeScheduler() throws -> Scheduler {
    usesDefaults ? Scheduler() : try Scheduler(parameters: scenario.scheduler.schedulerParameters)
  }
}

struct FSRSVectorScenario: Decodable, Sendable, CustomStringConvertible {
  let name: String
  let scheduler: FSRSVectorSchedulerConfig
  let results: [FSRSVectorReview]
  var description: String { name }
}

/// The scheduler settings of one scenario (fuzz is always off in the oracle).
struct FSRSVectorSchedulerConfig: Decodable, Sendable, Equatable {
  let parameters: [Double]?
  let desiredRetention: Double?
  let learningSteps: [Double]?
  let relearningSteps: [Double]?
  let maximumInterval: Int?

  var schedulerParameters: SchedulerParameters {
    let defaults = SchedulerParameters()
    return SchedulerParameters(
      weights: parameters ?? defaults.weights,
      desiredRetention: desiredRetention ?? defaults.desiredRetention,
      learningSteps: learningSteps ?? defaults.learningSteps,
      relearningSteps: relearningSteps ?? defaults.relearningSteps,
      maximumInterval: maximumInterval ?? defaults.maximumInterval,
      enableFuzzing: false)
  }
}

/// One review of a scenario and the card py-fsrs produced.
struct FSRSVectorReview: Decodable, Sendable {
  let index: Int
  let rating: Int
  let atUnix: Double
  let stateBefore: String
  let stepBefore: Int?
  let elapsedDays: Int?
  let retrievabilityBefore: Double
  let retrievabilityBeforeHex: String
  let memoryUpdate: String
  let state: String
  let step: Int?
  let stability: Double
  let difficulty: Double
  let stabilityHex: String
  let difficultyHex: String
  let dueUnix: Double
  let intervalSeconds: Double
}
