import BenchSupport
import Foundation

/// One measured run of `bench-bank`: wall time of the child, its peak memory, and the stages it reported.
struct BankRun {
  var seconds: Double
  var peak: Double
  var stages: [String: Double]
  var timedOut: Bool
}

/// 2. Bank scale: synthetic banks of 1,000, 10,000 and 100,000 facts; load + validate + generate every question,
/// against a plain `JSONDecoder` decode of the same file, each measurement in a process of its own.
func bankScale(_ options: Options, _ results: Results, work: String) {
  progress("2. bank scale")
  let folder = makeFolder(work, "banks")
  let tool = options.path("bench-bank")
  let template = options.path("data-dir") + "/QuestionBanks/cassez"
  let sizes = (options.values["bank-sizes"] ?? (options.quick ? "1000,10000" : "1000,10000,100000"))
    .split(separator: ",").compactMap { Int($0) }
  let generateLimit = options.double("generate-timeout", 60)

  func run(_ arguments: [String], timeout: Double) -> BankRun {
    let result: ChildRun
    do {
      result = try Child.run(tool, arguments, environment: toolEnvironment(), timeout: timeout, measurePeak: true)
    } catch {
      fail("bench-bank: \(error)")
    }
    if result.timedOut {
      return BankRun(seconds: result.exit, peak: Double(result.maxRSS), stages: [:], timedOut: true)
    }
    let object = json(result, "bench-bank \(arguments.joined(separator: " "))")
    return BankRun(
      seconds: result.exit, peak: Double(result.maxRSS),
      stages: object.compactMapValues { ($0 as? NSNumber)?.doubleValue }, timedOut: false)
  }

  var full: [Int: BankRun] = [:]
  var decode: [Int: BankRun] = [:]
  for size in sizes {
    let id = "synthetic-\(size)"
    let generated = json(
      try! Child.run(tool, ["generate", template, folder, id, String(size)], environment: toolEnvironment()),
      "bench-bank generate")
    let bytes = (generated["bytes"] as? NSNumber)?.doubleValue ?? 0
    let entities = (generated["entities"] as? NSNumber)?.intValue ?? 0
    let bankFolder = folder + "/QuestionBanks/" + id
    // Many rounds where a round is quick, one where it is not; decode and the full load take turns.
    let rounds = options.quick ? 1 : size <= 1000 ? 5 : 1
    var decodes: [BankRun] = []
    var fulls: [BankRun] = []
    var loads: [BankRun] = []
    for _ in 0..<rounds {
      decodes.append(run(["decode", bankFolder + "/bank.json"], timeout: 600))
      if size >= 100_000 {
        // Generation grows faster than linearly: measure load + validate on their own, then try the whole.
        loads.append(run(["full", bankFolder, "--skip-generate"], timeout: 600))
        fulls.append(run(["full", bankFolder], timeout: generateLimit))
      } else {
        fulls.append(run(["full", bankFolder], timeout: 600))
      }
    }
    func median(_ runs: [BankRun]) -> BankRun {
      let sorted = runs.sorted { $0.seconds < $1.seconds }
      var middle = sorted[sorted.count / 2]
      middle.peak = Stats(runs.map(\.peak)).median
      return middle
    }
    let d = median(decodes)
    let f = median(fulls)
    decode[size] = d
    full[size] = f
    let facts = Format.count(Double(size))
    let runsText = rounds > 1 ? "median of \(rounds) alternating runs" : "1 run"
    let stageText = { (run: BankRun) -> String in
      ["decode", "validate", "index", "generate"].compactMap { key in
        run.stages[key].map { "\(key) \(Format.seconds($0))" }
      }.joined(separator: ", ")
    }
    results.note(
      "bank \(facts) facts (\(entities) entities, \(Format.bytes(bytes)) JSON): JSONDecoder \(Format.seconds(d.stages["decode"] ?? .nan)); "
        + (f.timedOut ? "full load killed after \(Format.seconds(f.seconds))" : "full: \(stageText(f)); \(Format.count(f.stages["questions"] ?? 0)) questions, \(Int(f.stages["errors"] ?? 0)) errors, \(Int(f.stages["warnings"] ?? 0)) warnings"))
    if let load = loads.first {
      results.add(
        "2", "Bank \(facts) facts: load + validate only (\(runsText))", Format.seconds(load.seconds),
        against: "`JSONDecoder` decode of the same file", Format.seconds(d.seconds), target: "—",
        ratio: Format.ratio(load.seconds / d.seconds))
      results.note("bank \(facts) facts, load + validate only: \(stageText(load)); peak \(Format.bytes(load.peak))")
    }
    let time = f.timedOut ? "> " + Format.seconds(f.seconds) + " (killed)" : Format.seconds(f.seconds)
    results.add(
      "2", "Bank \(facts) facts: load + validate + generate all (\(runsText))", time,
      against: "`JSONDecoder` decode of the same file", Format.seconds(d.seconds), target: "≤ 1.5×",
      ratio: (f.timedOut ? "> " : "") + Format.ratio(f.seconds / d.seconds))
    results.add(
      "2", "Bank \(facts) facts: peak memory of that process", (f.timedOut ? "≥ " : "") + Format.bytes(f.peak),
      against: "peak memory of the `JSONDecoder` process", Format.bytes(d.peak), target: "≤ 1.3×",
      ratio: (f.timedOut ? "≥ " : "") + Format.ratio(f.peak / d.peak))
  }
  if let tiny = full[1000], let small = full[10_000], let big = full[100_000], big.timedOut, !small.timedOut {
    let growth = small.seconds / tiny.seconds
    results.note(
      "bank 100,000 facts: the full load was killed after \(Format.seconds(big.seconds)); at the 1k → 10k growth "
        + "(\(Format.ratio(growth))) it would take about \(Format.seconds(small.seconds * growth))")
  }
  if let small = full[10_000], let big = full[100_000], let smallDecode = decode[10_000],
    let bigDecode = decode[100_000]
  {
    let bound = big.timedOut ? "> " : ""
    var value = bound + Format.ratio(big.seconds / small.seconds)
    if big.timedOut, let tiny = full[1000] {
      value += " (≈ \(Format.ratio(small.seconds / tiny.seconds)) if it grows as 1k → 10k did)"
    }
    results.add(
      "2", "Growth 10k → 100k facts, time of load + validate + generate", value,
      against: "growth of the `JSONDecoder` decode", Format.ratio(bigDecode.seconds / smallDecode.seconds),
      target: "≤ 11×", ratio: bound + Format.ratio(big.seconds / small.seconds))
    results.add(
      "2", "Growth 10k → 100k facts, peak memory", (big.timedOut ? "≥ " : "") + Format.ratio(big.peak / small.peak),
      against: "growth of the `JSONDecoder` process", Format.ratio(bigDecode.peak / smallDecode.peak),
      target: "≤ 12×", ratio: (big.timedOut ? "≥ " : "") + Format.ratio(big.peak / small.peak))
  }
}
