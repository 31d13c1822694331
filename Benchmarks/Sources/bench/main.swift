// bench: every measurement of casequiz's performance, side by side, in one run, and one table.
//
// `Benchmarks/run.sh` builds the binaries and passes them here; run it (or `make bench`) rather than this.
// Figures only: nothing here passes or fails. Progress goes to stderr, the table to stdout (and to --out).
import BenchSupport
import Foundation

let options = Options(Array(CommandLine.arguments.dropFirst()))
let work = options.path("work")
let results = Results()
let started = Date()

func machine() -> String {
  let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
  let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
    .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
  let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
  let memory = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
    .flatMap { Double($0.split(separator: " ").dropFirst().first ?? "") }.map { Format.bytes($0 * 1024) } ?? "unknown"
  let load = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3)
    .joined(separator: " ")
  let kernel = ((try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)) ?? "")
    .trimmingCharacters(in: .whitespacesAndNewlines)
  return "\(ProcessInfo.processInfo.activeProcessorCount) CPUs (nproc), \(model), \(memory) memory, Linux \(kernel), "
    + "load average \(load)"
}

let machineBefore = machine()
progress("bench: \(machineBefore)")
if let launcher = options.values["peak"] { Child.peakLauncher = launcher }
if options.runs("startup") { startup(options, results, work: work) }
if options.runs("bank") { bankScale(options, results, work: work) }
if options.runs("fsrs") { scheduling(options, results, work: work) }
if options.runs("profile") { profileCost(options, results, work: work) }
if options.runs("memory") { memory(options, results, work: work) }
if options.runs("draw") { gameDraw(options, results, work: work) }

let formatter = ISO8601DateFormatter()
let report = "Measured \(formatter.string(from: started)) in \(Format.seconds(Date().timeIntervalSince(started))) on: "
  + machineBefore + "\n\n" + results.table() + "\n\nNotes:\n" + results.notes.map { "- " + $0 }.joined(separator: "\n")
  + "\n"
print(report)
if let out = options.values["out"] {
  try? Data(report.utf8).write(to: URL(fileURLWithPath: out))
}
