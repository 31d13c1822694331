import Foundation
import QuizCore
import Testing

/// Runs `casequiz` games with text on standard input, in a sandboxed home, with the package's own data.
struct GameProcess {
  let sandbox: ProfileSandbox

  init() throws { sandbox = try ProfileSandbox() }

  /// The environment of a game: the sandbox for data and history, English unless told otherwise.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    sandbox.environment(
      ["HOME": sandbox.home.url.path, "XDG_STATE_HOME": sandbox.home.url.appendingPathComponent("state").path]
        .merging(extra) { _, new in new })
  }

  /// Plays with `input` on standard input (a file, as a pipe would give it); returns status, standard output
  /// and standard error.
  func play(_ arguments: [String], input: String, environment extra: [String: String] = [:]) throws
    -> CaseQuizProcess.Output
  {
    let scratch = try TemporaryFolder()
    let inURL = scratch.url.appendingPathComponent("stdin")
    try Data(input.utf8).write(to: inURL)
    let stdin = try FileHandle(forReadingFrom: inURL)
    defer { try? stdin.close() }
    return try CaseQuizProcess.run(
      arguments + ["--data-dir", CaseQuizProcess.packageRoot.path], environment: environment(extra), stdin: stdin)
  }

  /// The JSON objects of a `--json` game's output.
  static func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
    }
  }

  /// The right answers of the questions a seeded game asks, read from `questions --json` with the same seed.
  func answers(seed: UInt64) throws -> [String: String] {
    let output = try sandbox.run(["questions", "--json", "--lang", "en", "--seed", String(seed)])
    var answers: [String: String] = [:]
    for object in try Self.objects(output.stdout) {
      if let id = object["id"] as? String, let answer = object["answer"] as? String { answers[id] = answer }
    }
    return answers
  }
}
