import ArgumentParser
import Foundation
import QuizEdge
import Testing

@testable import casequiz

/// The default command's fast path reads exactly what ArgumentParser reads, and leaves everything else (help,
/// errors, other commands, completion scripts) to it.
@Suite("fast path of the default command")
struct FastPlayArgumentsTests {
  static let environment = ["LANG": "es_MX.UTF-8", "CASEQUIZ_LANG": "en"]

  static let accepted: [[String]] = [
    [], ["play"], ["--json"], ["play", "--json", "--data-dir", "/tmp/data", "--seed", "1", "--lang", "en"],
    ["--lang=es", "--count=5"], ["--count", "500"], ["--seed", "18446744073709551615"],
    ["--kind", "typed", "--kind", "choice", "--topic", "arrest", "--topic", "trial"],
    ["--color", "never", "--no-streaks", "--timed", "--no-relearn"], ["--color=always"],
    ["play", "--profile", "alice_1", "--bank", "cassez"], ["--bank", "play"], ["--topic", "a b"],
    ["--data-dir", "dir with spaces/ñ"],
  ]

  @Test(arguments: accepted)
  func agreesWithArgumentParser(_ arguments: [String]) throws {
    let fast = try #require(FastPlayArguments.settings(arguments, environment: Self.environment))
    let parsed = try #require(try CaseQuiz.parseAsRoot(arguments) as? PlayCommand)
    #expect(fast == parsed.options.settings(environment: Self.environment))
  }

  static let declined: [[String]] = [
    ["--help"], ["-h"], ["play", "--help"], ["play", "-h"], ["help"], ["help", "play"], ["--version"],
    ["review"], ["play", "play"], ["--json", "play"], ["--"], ["play", "--", "--json"], ["-j"],
    ["--count", "0"], ["--count", "501"], ["--count", "-1"], ["--count", "x"], ["--count"], ["--seed", "-5"],
    ["--seed", "18446744073709551616"], ["--lang", "fr"], ["--lang", "EN"], ["--lang"], ["--lang="],
    ["--json", "--json"], ["--json=true"], ["--bank", "a", "--bank", "b"], ["--bank", "--json"],
    ["--profile", "../x"], ["--profile", "-x"], ["--color", "blue"], ["--kind", "nope"], ["--data-dir="],
    ["--unknown"], ["--generate-completion-script", "bash"], ["--generate-completion-script"],
    ["--experimental-dump-help"], ["--topic", "-x"],
  ]

  @Test(arguments: declined)
  func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
    #expect(FastPlayArguments.settings(arguments, environment: Self.environment) == nil)
  }

  /// Every option of `play` is known to the fast path: an option added to `GameOptions` and not here would send
  /// every game that uses it through the slow path.
  @Test func knowsEveryOptionOfPlay() {
    let help = PlayCommand.helpMessage(columns: 1000)
    let pattern = /--([a-z][a-z-]*)/
    let shown = Set(help.matches(of: pattern).map { String($0.output.1) }).subtracting(["help"])
    let known = Set(FastPlayArguments.Valued.allCases.map(\.rawValue) + FastPlayArguments.Flag.allCases.map(\.rawValue))
    #expect(shown == known)
  }
}
