import BenchSupport
import Foundation

/// 6. Drawing a game: generate every question of a bank and plan a game of 10 on a profile that has played
/// 100 games (the kind mix and each fact's stage included), against generating alone; and the kinds asked.
func gameDraw(_ options: Options, _ results: Results, work: String) {
  progress("6. drawing a game")
  let tool = options.path("bench-bank")
  let template = options.path("data-dir") + "/QuestionBanks/cassez"
  let folder = makeFolder(work, "draw")
  _ = try? Child.run(tool, ["generate-dated", template, folder, "dated", "7"], environment: toolEnvironment())
  let games = options.quick ? "20" : "100"
  for (name, bank) in [("Cassez", template), ("dated (48 dated events)", folder + "/QuestionBanks/dated")] {
    let run: ChildRun
    do {
      run = try Child.run(tool, ["mix", bank, "--games", games, "--count", "10"], environment: toolEnvironment())
    } catch {
      fail("bench-bank mix: \(error)")
    }
    let object = json(run, "bench-bank mix \(bank)")
    let value = { (key: String) in (object[key] as? NSNumber)?.doubleValue ?? .nan }
    results.add(
      "6", "Draw a game of 10, \(name) bank (generate + plan, median of \(games))",
      Format.seconds(value("drawMedian")), against: "generating every question alone",
      Format.seconds(value("generateMedian")), target: "≤ 2×",
      ratio: Format.ratio(value("drawMedian") / value("generateMedian")))
    let shares = ["truefalse", "choice", "typed", "number", "date", "timeline"].map { kind in
      "\(kind) \(Int((value("share." + kind) * 100).rounded()))%"
    }.joined(separator: ", ")
    results.note(
      "kinds asked over \(games) games of 10 on the \(name) bank (one profile, simulated player): \(shares); "
        + "longest run of one kind \(Int(value("longestRun")))")
  }
}
