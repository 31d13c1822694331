import BenchSupport
import Foundation

/// The command line of `bench`: `--name value` pairs (see `run.sh` for every one it passes).
struct Options {
  var values: [String: String] = [:]

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      guard argument.hasPrefix("--") else { fail("unexpected argument \(argument)") }
      let name = String(argument.dropFirst(2))
      if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") {
        values[name] = arguments[index + 1]
        index += 2
      } else {
        values[name] = "true"
        index += 1
      }
    }
  }

  /// A path that must be given.
  func path(_ name: String) -> String {
    guard let value = values[name], !value.isEmpty else { fail("--\(name) is required") }
    return value
  }

  /// A path that may be missing (an empty value counts as missing).
  func optionalPath(_ name: String) -> String? {
    guard let value = values[name], !value.isEmpty, FileManager.default.isExecutableFile(atPath: value) else {
      return nil
    }
    return value
  }

  func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
  func double(_ name: String, _ fallback: Double) -> Double { values[name].flatMap(Double.init) ?? fallback }

  /// Whether a section should run (`--sections startup,bank,fsrs,profile,memory,draw`; all by default).
  func runs(_ section: String) -> Bool {
    guard let list = values["sections"] else { return true }
    return list.split(separator: ",").contains { $0 == section }
  }

  /// `--quick`: a few runs of each, for trying the harness out.
  var quick: Bool { values["quick"] == "true" }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
  exit(2)
}

/// Parses the one JSON object a benchmark child printed.
func json(_ run: ChildRun, _ what: String) -> [String: Any] {
  let text = String(decoding: run.stdout, as: UTF8.self)
  guard run.status == 0, let line = text.split(separator: "\n").last,
    let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
  else { fail("\(what) failed (status \(run.status)): \(text.prefix(500))") }
  return object
}

/// The environment of a game whose home and XDG folders are all under `home`.
func gameEnvironment(home: String) -> [String: String] {
  [
    "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state",
    "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb",
  ]
}

/// The environment of the benchmark tools: `BENCH_PEAK` tells them where the `peak` launcher is.
func toolEnvironment() -> [String: String] {
  var environment = ["PATH": "/usr/bin:/bin"]
  if let launcher = Child.peakLauncher { environment["BENCH_PEAK"] = launcher }
  return environment
}

/// A fresh folder under `parent`.
func makeFolder(_ parent: String, _ name: String) -> String {
  let path = parent + "/" + name
  try? FileManager.default.removeItem(atPath: path)
  do {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  } catch {
    fail("cannot create \(path): \(error)")
  }
  return path
}

/// The rows of the results table: what was measured, casequiz's figure, what it is compared with, the target,
/// and the ratio last.
struct Row {
  var id: String
  var measurement: String
  var value: String
  var baseline: String
  var baselineValue: String
  var target: String
  var ratio: String
}

/// Numbers for the notes under the table.
final class Results {
  var rows: [Row] = []
  var notes: [String] = []

  func add(
    _ id: String, _ measurement: String, _ value: String, against baseline: String, _ baselineValue: String,
    target: String, ratio: String
  ) {
    rows.append(Row(id: id, measurement: measurement, value: value, baseline: baseline,
      baselineValue: baselineValue, target: target, ratio: ratio))
    progress("  \(id) \(measurement): \(value) vs \(baseline) \(baselineValue) → \(ratio)")
  }

  func note(_ text: String) {
    notes.append(text)
    progress("  note: \(text)")
  }

  func table() -> String {
    var table = Table(header: ["#", "Measurement", "casequiz", "Against", "Baseline", "Target", "Ratio"])
    for row in rows {
      table.add([row.id, row.measurement, row.value, row.baseline, row.baselineValue, row.target, row.ratio])
    }
    return table.markdown()
  }
}
