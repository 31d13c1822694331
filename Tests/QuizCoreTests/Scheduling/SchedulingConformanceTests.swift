import Foundation
import Testing

@testable import QuizCore

/// Replays the py-fsrs 6.3.2 oracle vectors (or the file named by
/// `CASEQUIZ_FSRS_VECTORS`) through ``Scheduler`` and compares every review.
@Suite("Scheduling conformance with py-fsrs 6.3.2")
struct SchedulingConformanceTests {
  /// State, step, due, interval, elapsed days and branch must match exactly;
  /// stability, difficulty and retrievability within 1e-12 relative.
  @Test("replays a vector scenario", arguments: try FSRSFixtures.vectors().replays)
  func replaysScenario(_ replay: FSRSReplay) throws {
    let scenario = replay.scenario
    let scheduler = try replay.makeScheduler()
    let first = try #require(scenario.results.first, "scenario \(scenario.name) has no reviews")
    var card = MemoryCard(due: Date(timeIntervalSince1970: first.atUnix))

    for expected in scenario.results {
      let at = Date(timeIntervalSince1970: expected.atUnix)
      let rating = try #require(Rating(rawValue: expected.rating))
      let here = "\(scenario.name)#\(expected.index)"

      #expect(card.state == FSRSFixtures.state(named: expected.stateBefore), "\(here) state before")
      #expect(card.step == expected.stepBefore, "\(here) step before")
      let rBefore = scheduler.retrievability(of: card, at: at)
      #expect(
        FSRSFixtures.close(rBefore, expected.retrievabilityBefore),
        "\(here) R before: \(rBefore) vs \(expected.retrievabilityBefore)")

      let (next, log) = scheduler.review(card, rating: rating, at: at)
      #expect(scheduler.reviewed(card, rating: rating, at: at) == next, "\(here) card-only review")

      #expect(log.elapsedDays == expected.elapsedDays, "\(here) elapsed days")
      #expect(log.memoryUpdate == FSRSFixtures.memoryUpdate(named: expected.memoryUpdate), "\(here) branch")
      #expect(log.retrievabilityBefore == rBefore, "\(here) logged R")
      #expect(next.state == FSRSFixtures.state(named: expected.state), "\(here) state")
      #expect(next.step == expected.step, "\(here) step")
      #expect(
        next.due == Date(timeIntervalSince1970: expected.dueUnix),
        "\(here) due \(next.due.timeIntervalSince1970) vs \(expected.dueUnix)")
      #expect(log.interval == expected.intervalSeconds, "\(here) interval \(log.interval)")
      #expect(next.lastReview == at, "\(here) last review")
      let s = try #require(next.stability)
      let d = try #require(next.difficulty)
      #expect(FSRSFixtures.close(s, expected.stability), "\(here) S \(s) vs \(expected.stability)")
      #expect(FSRSFixtures.close(d, expected.difficulty), "\(here) D \(d) vs \(expected.difficulty)")
      card = next
    }
  }

  /// Guards against a vacuous replay (an empty or truncated fixture).
  @Test("the vectors file holds reviews to replay")
  func vectorsAreNotEmpty() throws {
    let file = try FSRSFixtures.vectors()
    let reviews = file.scenarios.reduce(0) { $0 + $1.results.count }
    if FSRSFixtures.overridePath == nil {
      #expect(file.scenarios.count == 45)
      #expect(reviews == 523)
      #expect(file.replays.filter { !$0.usesDefaults }.isEmpty)
    } else {
      #expect(reviews > 0)
    }
  }

  /// The port's defaults are py-fsrs 6.3.2's (`meta.default_scheduler` of the oracle).
  @Test("default parameters match the oracle's")
  func defaultsMatchOracle() throws {
    let oracle = try #require(try FSRSFixtures.bundledVectors().meta?.defaultScheduler)
    let defaults = SchedulerParameters()
    #expect(oracle.parameters == defaults.weights)
    #expect(oracle.desiredRetention == defaults.desiredRetention)
    #expect(oracle.learningSteps == defaults.learningSteps)
    #expect(oracle.relearningSteps == defaults.relearningSteps)
    #expect(oracle.maximumInterval == defaults.maximumInterval)
  }

  #if os(Linux)
    /// With glibc's `pow`, the port reproduces the bundled vectors bit for bit. This
    /// catches evaluation-order mistakes and `exp(x)` used for `math.e ** x`, which
    /// stay within the 1e-12 tolerance.
    @Test("bundled vectors match bit for bit on Linux")
    func bitExactOnGlibc() throws {
      var mismatches: [String] = []
      var compared = 0
      for scenario in try FSRSFixtures.bundledVectors().scenarios {
        let scheduler = Scheduler()
        var card = MemoryCard(due: Date(timeIntervalSince1970: scenario.results[0].atUnix))
        for expected in scenario.results {
          let at = Date(timeIntervalSince1970: expected.atUnix)
          let r = scheduler.retrievability(of: card, at: at)
          let rating = try #require(Rating(rawValue: expected.rating))
          // The card-only path (the profile's fold) and the full review (with its log) agree to the bit.
          let full = scheduler.review(card, rating: rating, at: at).card
          card = scheduler.reviewed(card, rating: rating, at: at)
          #expect(card == full)
          let pairs: [(Double?, String)] = [
            (card.stability, expected.stabilityHex), (card.difficulty, expected.difficultyHex),
            (r, expected.retrievabilityBeforeHex),
          ]
          for (actual, hex) in pairs {
            compared += 1
            if actual?.bitPattern != FSRSFixtures.double(hex: hex)?.bitPattern {
              mismatches.append("\(scenario.name)#\(expected.index): \(actual.map { "\($0)" } ?? "nil") vs \(hex)")
            }
          }
        }
      }
      #expect(compared == 3 * 523)
      let examples = mismatches.prefix(5).joined(separator: "; ")
      #expect(mismatches.count == 0, "values differ, e.g. \(examples)")
    }
  #endif
}
