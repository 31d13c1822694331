import BenchSupport
import Foundation

/// One program whose start-up is raced against the others.
struct Contender {
  var name: String
  var executable: String
  var arguments: [String]
  var environment: [String: String]
  var stdin: String?
  /// The stdout line that counts as "the first question" (any line when nil).
  var marker: String?
  var firstLines: [Double] = []
  var exits: [Double] = []

  var firstLine: Double { Stats(firstLines).median }
  var exit: Double { Stats(exits).median }
}

/// Runs the contenders in turns (each round in a rotated order, after warm-up rounds that are not counted),
/// so that a slow moment of the machine hits them all alike; keeps every run's figures.
func race(_ contenders: inout [Contender], rounds: Int, warmUp: Int) {
  for round in 0..<(warmUp + rounds) {
    for offset in contenders.indices {
      let index = (offset + round) % contenders.count
      let contender = contenders[index]
      let run: ChildRun
      do {
        run = try Child.run(
          contender.executable, contender.arguments, environment: contender.environment,
          stdinPath: contender.stdin, marker: contender.marker, timeout: 60)
      } catch {
        fail("\(contender.name): \(error)")
      }
      guard run.status == 0, let first = run.firstLine else {
        fail("\(contender.name) failed (status \(run.status)); output: \(String(decoding: run.stdout.prefix(400), as: UTF8.self))")
      }
      guard round >= warmUp else { continue }
      contenders[index].firstLines.append(first)
      contenders[index].exits.append(run.exit)
    }
  }
}

/// 1. Time to the first question, against the Swift floor and bsdgames' `quiz`; both builds of casequiz when
/// the static one is given. Timing only: peak memory is section 5's, measured under the `peak` launcher.
func startup(_ options: Options, _ results: Results, work: String) {
  progress("1. start-up")
  let folder = makeFolder(work, "startup")
  let floorJSON = folder + "/floor.json"
  let quit = folder + "/quit.txt"
  try? Data(#"{"language": "en", "prompt": "Who was arrested on December 8, 2005?", "options": ["Florence Cassez", "Israel Vallarta"]}"#.utf8)
    .write(to: URL(fileURLWithPath: floorJSON))
  try? Data(":quit\n".utf8).write(to: URL(fileURLWithPath: quit))
  let dataDir = options.path("data-dir")
  let quizArguments = ["capital", "state"]

  func game(_ name: String, _ executable: String) -> Contender {
    let home = makeFolder(folder, name.replacingOccurrences(of: " ", with: "-"))
    return Contender(
      name: name, executable: executable,
      arguments: ["play", "--json", "--data-dir", dataDir, "--seed", "1", "--lang", "en"],
      environment: gameEnvironment(home: home), stdin: quit, marker: #""type":"question""#)
  }
  func floor(_ name: String, _ executable: String) -> Contender {
    Contender(name: name, executable: executable, arguments: [floorJSON], environment: ["PATH": "/usr/bin:/bin"])
  }

  var contenders = [game("casequiz", options.path("casequiz")), floor("floor", options.path("floor"))]
  let casequizStatic = options.optionalPath("casequiz-static")
  let floorStatic = options.optionalPath("floor-static")
  if let casequizStatic { contenders.append(game("casequiz static", casequizStatic)) }
  // Another build to compare with (BENCH_BASELINE, e.g. the shipped build of an earlier commit): before and after
  // a change, side by side in the same rounds.
  let baseline = options.optionalPath("casequiz-baseline")
  if let baseline { contenders.append(game("casequiz baseline", baseline)) }
  if let floorStatic { contenders.append(floor("floor static", floorStatic)) }
  let quiz = options.optionalPath("quiz")
  if let quiz {
    contenders.append(
      Contender(name: "quiz", executable: quiz, arguments: quizArguments, environment: ["PATH": "/usr/bin:/bin"]))
  }
  let rounds = options.int("startup-rounds", options.quick ? 8 : 60)
  race(&contenders, rounds: rounds, warmUp: 3)

  func find(_ name: String) -> Contender? { contenders.first { $0.name == name } }
  let game = find("casequiz")!
  let floorRun = find("floor")!
  let runs = "median of \(rounds) alternating runs"
  results.add(
    "1a", "Time to first question: `casequiz play --json`, `:quit` piped (\(runs))", Format.seconds(game.firstLine),
    against: "Swift floor (Foundation + JSONDecoder of a small file)", Format.seconds(floorRun.firstLine),
    target: "≤ 2×", ratio: Format.ratio(game.firstLine / floorRun.firstLine))
  if let quizRun = find("quiz") {
    results.add(
      "1b", "Time to first question (same runs)", Format.seconds(game.firstLine),
      against: "bsdgames `quiz capital state` < /dev/null", Format.seconds(quizRun.firstLine), target: "—",
      ratio: Format.ratio(game.firstLine / quizRun.firstLine))
  }
  if let staticGame = find("casequiz static") {
    results.add(
      "1c", "Time to first question, built with `--static-swift-stdlib` (what `make release` ships)", Format.seconds(staticGame.firstLine),
      against: "the default (dynamic) build, same runs", Format.seconds(game.firstLine), target: "—",
      ratio: Format.ratio(staticGame.firstLine / game.firstLine))
    if let staticFloor = find("floor static") {
      results.add(
        "1d", "Time to first question, `--static-swift-stdlib`", Format.seconds(staticGame.firstLine),
        against: "Swift floor, `-static-stdlib`", Format.seconds(staticFloor.firstLine), target: "≤ 2×",
        ratio: Format.ratio(staticGame.firstLine / staticFloor.firstLine))
    }
    results.add(
      "1e", "Time to first question, the shipped (static) build", Format.seconds(staticGame.firstLine),
      against: "Swift floor (default build, as 1a)", Format.seconds(floorRun.firstLine), target: "≤ 1.5×",
      ratio: Format.ratio(staticGame.firstLine / floorRun.firstLine))
    if let quizRun = find("quiz") {
      results.add(
        "1f", "Time to first question, the shipped (static) build", Format.seconds(staticGame.firstLine),
        against: "bsdgames `quiz capital state` < /dev/null", Format.seconds(quizRun.firstLine), target: "≤ 5×",
        ratio: Format.ratio(staticGame.firstLine / quizRun.firstLine))
    }
    if let baselineRun = find("casequiz baseline") {
      results.add(
        "1g", "Time to first question, the shipped (static) build", Format.seconds(staticGame.firstLine),
        against: "the baseline build (`BENCH_BASELINE`)", Format.seconds(baselineRun.firstLine), target: "—",
        ratio: Format.ratio(staticGame.firstLine / baselineRun.firstLine))
    }
  }
  for contender in contenders {
    results.note(
      "start-up, \(contender.name): first line \(Format.seconds(contender.firstLine)) "
        + "(p10 \(Format.seconds(Stats(contender.firstLines).quantile(0.1))), p90 \(Format.seconds(Stats(contender.firstLines).quantile(0.9)))), "
        + "process exit \(Format.seconds(contender.exit))")
  }
}
