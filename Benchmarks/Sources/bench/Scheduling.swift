import BenchSupport
import Foundation

/// 3. Scheduling: one stream of 1,000,000 reviews replayed through casequiz's FSRS-6 port and through the
/// reference py-fsrs 6.3.2; reviews per second of each (parsing the stream excluded from both).
func scheduling(_ options: Options, _ results: Results, work: String) {
  progress("3. scheduling")
  let folder = makeFolder(work, "fsrs")
  let tool = options.path("bench-fsrs")
  let stream = folder + "/reviews.csv"
  let cards = options.int("fsrs-cards", 50_000)
  let perCard = options.int("fsrs-reviews-per-card", 20)
  let environment = toolEnvironment()
  do {
    let generated = try Child.run(tool, ["generate", stream, String(cards), String(perCard)], environment: environment)
    guard generated.status == 0 else { fail("bench-fsrs generate failed") }
  } catch {
    fail("bench-fsrs: \(error)")
  }
  let swiftRuns = options.int("fsrs-runs", options.quick ? 2 : 7)
  let swift = json(try! Child.run(tool, ["replay", stream, String(swiftRuns)], environment: environment), "bench-fsrs")
  let swiftSeconds = Stats((swift["seconds"] as? [NSNumber] ?? []).map(\.doubleValue)).median
  let reviews = (swift["reviews"] as? NSNumber)?.doubleValue ?? 0
  let swiftRate = reviews / swiftSeconds

  guard let python = options.optionalPath("python") else {
    results.add(
      "3", "FSRS-6: replay \(Format.count(reviews)) reviews (median of \(swiftRuns))",
      Format.count(swiftRate) + " reviews/s", against: "py-fsrs 6.3.2 (not installed)", "—", target: "≥ 150×",
      ratio: "n/a")
    return
  }
  var environmentPython = environment
  environmentPython["PYTHONDONTWRITEBYTECODE"] = "1"
  let reference = json(
    try! Child.run(
      python, [options.path("fsrs-script"), stream, "1"], environment: environmentPython,
      stderrPath: folder + "/python-stderr.txt"),
    "py-fsrs replay")
  let pythonSeconds = Stats((reference["seconds"] as? [NSNumber] ?? []).map(\.doubleValue)).median
  let pythonRate = ((reference["reviews"] as? NSNumber)?.doubleValue ?? 0) / pythonSeconds
  results.add(
    "3", "FSRS-6: replay \(Format.count(reviews)) reviews, reviews/s (Swift: median of \(swiftRuns))",
    Format.count(swiftRate) + "/s", against: "py-fsrs 6.3.2, same reviews (1 run)", Format.count(pythonRate) + "/s",
    target: "≥ 150×", ratio: Format.ratio(swiftRate / pythonRate))

  // The same runs in CPU time of the replaying thread: a busy machine takes the CPU away from both replays
  // for different shares of their (very different) durations, which moves the wall-clock ratio; CPU time
  // does not count the time a replay waited for a CPU.
  let swiftCPU = Stats((swift["cpuSeconds"] as? [NSNumber] ?? []).map(\.doubleValue)).median
  let pythonCPU = Stats((reference["cpuSeconds"] as? [NSNumber] ?? []).map(\.doubleValue)).median
  if swiftCPU > 0, pythonCPU > 0 {
    results.add(
      "3", "FSRS-6: the same runs in CPU time of the replaying thread, reviews per CPU second",
      Format.count(reviews / swiftCPU) + "/s", against: "py-fsrs 6.3.2, same run",
      Format.count(reviews / pythonCPU) + "/s",
      target: "≥ 150×", ratio: Format.ratio(pythonCPU / swiftCPU))
  }

  func number(_ object: [String: Any], _ key: String) -> Double { (object[key] as? NSNumber)?.doubleValue ?? .nan }
  let stabilityGap =
    abs(number(swift, "stabilitySum") - number(reference, "stabilitySum")) / number(reference, "stabilitySum")
  let dueGap = abs(number(swift, "dueDaysSum") - number(reference, "dueDaysSum"))
  results.note(
    "FSRS: \(Format.count(reviews)) reviews (\(Format.count(Double(cards))) cards × \(perCard)); Swift \(Format.seconds(swiftSeconds)), "
      + "py-fsrs \(Format.seconds(pythonSeconds)); the final cards agree: sum of stabilities within "
      + String(format: "%.1e", stabilityGap) + " (relative), sum of due dates within " + String(format: "%.1e", dueGap)
      + " days")
}
