import BenchSupport
import Foundation

/// What games on one profile cost.
struct ProfileGames {
  var questions: Int
  var answers: Int
  var snapshotBytes: Double
  var perAnswer: [Double] = []
  var firstQuestions: [Double] = []
  /// Time to the first question of load-only games (no answer: the profile is left as it was).
  var loads: [Double] = []
  var endOfGame: [Double] = []
  var journalBytes: [Double] = []
  var deviceBytes: [Double] = []
  var peaks: [Double] = []
}

/// Plays one game through `bench-profile play` (which drives `casequiz play --json` over pipes).
func playGame(_ options: Options, casequiz: String, home: String, answers: Int, timeout: Double = 1800)
  -> [String: Any]
{
  let tool = options.path("bench-profile")
  do {
    let run = try Child.run(
      tool, ["play", casequiz, options.path("data-dir"), home, String(answers)],
      environment: toolEnvironment(), stderrPath: home + "/driver-stderr.txt", timeout: timeout)
    if run.timedOut { fail("a game in \(home) took over \(Format.seconds(timeout))") }
    return json(run, "bench-profile play")
  } catch {
    fail("bench-profile: \(error)")
  }
}

/// 4. Profile: per-answer save cost and load time for profiles of 100, 10,000 and 100,000 questions with ten
/// answers each, through the `casequiz` binary; bytes written per answer.
func profileCost(_ options: Options, _ results: Results, work: String) {
  progress("4. profile")
  let tool = options.path("bench-profile")
  let casequiz = options.path("casequiz")
  let folder = makeFolder(work, "profiles")
  let sizes = (options.values["profile-sizes"] ?? (options.quick ? "100,10000" : "100,10000,100000"))
    .split(separator: ",").compactMap { Int($0) }

  var games: [ProfileGames] = []
  for size in sizes {
    let home = makeFolder(folder, "q\(size)")
    let made = json(
      try! Child.run(
        tool, ["make", options.path("data-dir"), "cassez", String(size), "10", home + "/data/casequiz/profiles"],
        environment: toolEnvironment()),
      "bench-profile make")
    games.append(
      ProfileGames(
        questions: size, answers: (made["answers"] as? NSNumber)?.intValue ?? 0,
        snapshotBytes: (made["bytes"] as? NSNumber)?.doubleValue ?? 0))
  }
  let empty = makeFolder(folder, "empty")
  var emptyFirst: [Double] = []

  // Small profiles take turns for several rounds; the largest plays fewer, longer games.
  let rounds = options.int("profile-rounds", options.quick ? 1 : 3)
  for round in 0..<rounds {
    for index in games.indices {
      let size = games[index].questions
      if size >= 100_000 && round > 0 { continue }
      let answers = size >= 100_000 ? options.int("big-profile-answers", 30) : options.int("profile-answers", 40)
      let game = playGame(options, casequiz: casequiz, home: folder + "/q\(size)", answers: answers)
      func number(_ key: String) -> Double { (game[key] as? NSNumber)?.doubleValue ?? .nan }
      games[index].perAnswer += (game["perAnswer"] as? [NSNumber] ?? []).map(\.doubleValue)
      games[index].firstQuestions.append(number("firstQuestion"))
      games[index].endOfGame.append(number("endOfGame"))
      games[index].journalBytes.append(number("journalBytesPerAnswer"))
      games[index].deviceBytes.append(number("writeBytesPerAnswer"))
      games[index].peaks.append(number("maxRSS"))
    }
    // A new player each time: an empty profile, for the time to the first question without history.
    try? FileManager.default.removeItem(atPath: empty + "/data")
    let fresh = playGame(options, casequiz: casequiz, home: empty, answers: 1)
    emptyFirst.append((fresh["firstQuestion"] as? NSNumber)?.doubleValue ?? .nan)
  }

  // Loads only, repeated on the same profiles (a load-only game leaves the profile as it was), taking turns
  // with an empty profile: the figures the load target is read from. The played games above add one sample
  // each, after their own journal.
  let loadRounds = options.int("profile-load-rounds", options.quick ? 3 : 9)
  var emptyLoads: [Double] = []
  for _ in 0..<loadRounds {
    for index in games.indices {
      let game = playGame(options, casequiz: casequiz, home: folder + "/q\(games[index].questions)", answers: 0)
      games[index].loads.append((game["firstQuestion"] as? NSNumber)?.doubleValue ?? .nan)
    }
    try? FileManager.default.removeItem(atPath: empty + "/data")
    let fresh = playGame(options, casequiz: casequiz, home: empty, answers: 0)
    emptyLoads.append((fresh["firstQuestion"] as? NSNumber)?.doubleValue ?? .nan)
  }

  let emptyLoad = loadRounds > 0 ? Stats(emptyLoads).median : Stats(emptyFirst).median
  guard let smallest = games.first else { return }
  let baseMedian = Stats(smallest.perAnswer).median
  for game in games {
    let size = Format.count(Double(game.questions))
    let answers = Format.count(Double(game.answers))
    let stats = Stats(game.perAnswer)
    results.add(
      "4",
      "Per-answer cost (answer → verdict, appended + fsynced), \(size) questions / \(answers) answers: median (p99)",
      "\(Format.seconds(stats.median)) (\(Format.seconds(stats.quantile(0.99))))",
      against: "the same at \(Format.count(Double(smallest.questions))) questions", Format.seconds(baseMedian),
      target: "flat, or < 5 ms at 100k", ratio: Format.ratio(stats.median / baseMedian))
    let loads = game.loads.isEmpty ? game.firstQuestions : game.loads
    let load = Stats(loads).median
    results.add(
      "4",
      "Profile load: time to first question, \(size) questions (\(Format.bytes(game.snapshotBytes)) snapshot; "
        + "median of \(loads.count), min \(Format.seconds(loads.min() ?? .nan)), max \(Format.seconds(loads.max() ?? .nan)))",
      Format.seconds(load), against: "an empty profile (same rounds)", Format.seconds(emptyLoad),
      target: "≤ 30 ms at 100k", ratio: Format.ratio(load / emptyLoad))
    results.note(
      "profile \(size) questions: \(stats.count) answers timed over \(game.firstQuestions.count) game(s); "
        + "end of game (session event; the snapshot is rewritten only once the journal has grown to its size) \(Format.seconds(Stats(game.endOfGame).median)); "
        + "journal \(Format.bytes(Stats(game.journalBytes).median)) per answer, "
        + "\(Format.bytes(Stats(game.deviceBytes).median)) per answer at the block layer (write_bytes); "
        + "peak RSS \(Format.bytes(Stats(game.peaks).median)); "
        + "first question of the played games \(Format.seconds(Stats(game.firstQuestions).median))")
  }
  if let largest = games.last, games.count > 1 {
    let size = Format.count(Double(largest.questions))
    let journal = Stats(largest.journalBytes).median
    let device = Stats(largest.deviceBytes).median
    results.add(
      "4", "Bytes written per answer: journal line (\(Format.bytes(device)) at the block layer), \(size) questions",
      Format.bytes(journal), against: "the same at \(Format.count(Double(smallest.questions))) questions",
      Format.bytes(Stats(smallest.journalBytes).median), target: "flat",
      ratio: Format.ratio(journal / Stats(smallest.journalBytes).median))
    let end = Stats(largest.endOfGame).median
    let smallEnd = Stats(smallest.endOfGame).median
    results.add(
      "4",
      "End of game: session saved (snapshot of \(Format.bytes(largest.snapshotBytes)) compacted only when the journal has grown), \(size) questions",
      Format.seconds(end), against: "the same at \(Format.count(Double(smallest.questions))) questions",
      Format.seconds(smallEnd), target: "—", ratio: Format.ratio(end / smallEnd))
  }
}

/// 5. Memory: the peak resident memory of a 10-question game on the Cassez bank, answers piped, against the
/// Swift floor's; games and floors take turns, each under the `peak` launcher.
func memory(_ options: Options, _ results: Results, work: String) {
  progress("5. memory")
  let folder = makeFolder(work, "memory")
  let floorJSON = folder + "/floor.json"
  try? Data(#"{"language": "en", "prompt": "Who?", "options": ["Florence Cassez", "Israel Vallarta"]}"#.utf8)
    .write(to: URL(fileURLWithPath: floorJSON))
  let rounds = options.int("memory-rounds", options.quick ? 2 : 5)
  struct Variant {
    var name: String
    var game: String
    var floor: String
    var gamePeaks: [Double] = []
    var floorPeaks: [Double] = []
  }
  var variants = [Variant(name: "casequiz", game: options.path("casequiz"), floor: options.path("floor"))]
  if let game = options.optionalPath("casequiz-static"), let floor = options.optionalPath("floor-static") {
    variants.append(Variant(name: "casequiz static", game: game, floor: floor))
  }
  for _ in 0..<rounds {
    for index in variants.indices {
      let home = makeFolder(folder, "home")
      let game = playGame(options, casequiz: variants[index].game, home: home, answers: 10)
      variants[index].gamePeaks.append((game["maxRSS"] as? NSNumber)?.doubleValue ?? .nan)
      guard let floor = try? Child.run(variants[index].floor, [floorJSON], environment: [:], measurePeak: true),
        floor.status == 0
      else { fail("the floor \(variants[index].floor) failed") }
      variants[index].floorPeaks.append(Double(floor.maxRSS))
    }
  }
  for variant in variants {
    let peak = Stats(variant.gamePeaks).median
    let floor = Stats(variant.floorPeaks).median
    let isStatic = variant.name.hasSuffix("static")
    results.add(
      "5",
      "Peak RSS, 10-question game on Cassez, answers piped\(isStatic ? ", `--static-swift-stdlib`" : "") (median of \(rounds))",
      Format.bytes(peak), against: isStatic ? "Swift floor, `-static-stdlib`" : "Swift floor", Format.bytes(floor),
      target: "—", ratio: Format.ratio(peak / floor))
  }
}
