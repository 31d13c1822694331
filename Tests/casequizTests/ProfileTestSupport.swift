import Foundation
import QuizCore
import Testing

/// A temporary `XDG_DATA_HOME` for profile tests, and ways to run `casequiz` against it.
final class ProfileSandbox {
  let home: TemporaryFolder

  init() throws { home = try TemporaryFolder() }

  /// `<XDG_DATA_HOME>/casequiz/profiles`.
  var profiles: URL { home.url.appendingPathComponent("casequiz/profiles") }

  /// A file of the profiles folder.
  func file(_ name: String) -> URL { profiles.appendingPathComponent(name) }

  /// The environment: this sandbox as `XDG_DATA_HOME`, English UTF-8 unless `extra` says otherwise.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var base = CaseQuizProcess.environment(["XDG_DATA_HOME": home.url.path, "LANG": "en_US.UTF-8"])
    base["CASEQUIZ_LANG"] = nil
    return base.merging(extra) { _, new in new }
  }

  /// Runs `casequiz` with the package's own data (the Cassez bank and the catalogs).
  func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CaseQuizProcess.Output {
    try CaseQuizProcess.run(
      arguments + ["--data-dir", CaseQuizProcess.packageRoot.path], environment: environment(extra))
  }

  /// Writes a profile file's bytes, creating the folder.
  func write(_ name: String, _ bytes: [UInt8]) throws {
    try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
    try Data(bytes).write(to: file(name))
  }

  /// The files of the profiles folder, sorted.
  func files() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: profiles.path)) ?? []).sorted()
  }

  /// The profile as `profile export` writes it.
  func exported(_ profile: String = "default") throws -> Profile {
    let target = home.url.appendingPathComponent("export-\(UUID().uuidString).json")
    let output = try run(["profile", "export", target.path, "--profile", profile])
    try #require(output.status == 0, "\(output)")
    return try ProfileDecoding.profile(from: Data(contentsOf: target)).profile
  }

  /// Starts `casequiz profile record …` with pipes on standard input and output.
  func startRecorder(_ arguments: [String] = []) throws -> Recorder {
    try Recorder(
      arguments: ["profile", "record"] + arguments + ["--data-dir", CaseQuizProcess.packageRoot.path],
      environment: environment())
  }
}

/// A running `casequiz profile record`, fed events one line at a time.
final class Recorder {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private var buffer = Data()

  init(arguments: [String], environment: [String: String]) throws {
    process.executableURL = try CaseQuizProcess.binary()
    process.arguments = arguments
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  /// Sends events as JSON lines.
  func send(_ events: [ProfileEvent]) throws {
    var data = Data()
    for event in events {
      data.append(try ProfileDecoding.line(for: event))
      data.append(0x0A)
    }
    try input.fileHandleForWriting.write(contentsOf: data)
  }

  /// Reads standard output up to and including the line `expected`; returns every line read.
  @discardableResult
  func waitFor(_ expected: String) throws -> [String] {
    var lines: [String] = []
    while true {
      while let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...newline)
        lines.append(line)
        if line == expected { return lines }
      }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty {
        Issue.record("recorder ended before printing \"\(expected)\"; read \(lines)")
        throw CancellationError()
      }
      buffer.append(chunk)
    }
  }

  /// Closes standard input and waits for the exit; returns the status and standard error.
  func finish() throws -> (status: Int32, stderr: String) {
    try input.fileHandleForWriting.close()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
  }

  /// Kills the process with SIGKILL and waits for it.
  func kill9() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// Events with real Cassez question ids.
enum Script {
  /// 2026-03-01T12:00:00Z.
  static let start = Date(timeIntervalSince1970: 1_772_366_400)

  static func answer(
    _ question: String, _ outcome: AnswerOutcome, minute: Double, session: String = "s1", language: Language = .en,
    points: Int = 10
  ) -> ProfileEvent {
    let id = QuestionID(rawValue: question)
    return .answer(
      AnswerEvent(
        bank: "cassez", question: id, kind: id.inferredKind, topic: "documentary", language: language,
        outcome: outcome, credit: outcome == .right ? 1 : 0, points: outcome == .right ? points : 0,
        rating: outcome == .right ? .good : .again, input: "typed", answeredAt: start.addingTimeInterval(minute * 60),
        session: session))
  }
}
