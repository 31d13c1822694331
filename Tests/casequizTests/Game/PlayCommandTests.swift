import Foundation
import QuizCore
import Testing

@Suite("casequiz play and review, end to end")
struct PlayCommandTests {
  /// The ids of the questions a seeded game asks, learned by skipping through it on a throwaway profile.
  static func questionOrder(_ game: GameProcess, _ arguments: [String], count: Int) throws -> [String] {
    let output = try game.play(
      arguments + ["--json", "--profile", "probe", "--count", String(count), "--no-relearn"],
      input: String(repeating: ":skip\n", count: count))
    return try GameProcess.objects(output.stdout).filter { $0["type"] as? String == "question" }
      .compactMap { $0["id"] as? String }
  }

  @Test("a piped game answered right scores every answer and keeps it in the profile")
  func rightAnswersThroughAPipe() throws {
    let game = try GameProcess()
    let order = try Self.questionOrder(game, ["--seed", "11"], count: 5)
    #expect(order.count == 5)
    let answers = try game.answers(seed: 11)
    let input = try order.map { try #require(answers[$0]) }.joined(separator: "\n") + "\n"
    let output = try game.play(["--seed", "11", "--count", "5", "--json"], input: input)
    #expect(output.status == 0, "\(output.stderr)")
    let objects = try GameProcess.objects(output.stdout)
    let verdicts = objects.filter { $0["type"] as? String == "verdict" }
    #expect(verdicts.map { $0["outcome"] as? String } == Array(repeating: "right", count: 5), "\(verdicts)")
    let summary = try #require(objects.last)
    #expect(summary["type"] as? String == "summary" && summary["right"] as? Int == 5)
    let profile = try game.sandbox.exported()
    #expect(profile.newAnswers.count == 5 && profile.newAnswers.allSatisfy { $0.outcome == .right })
    #expect(Set(profile.newAnswers.map(\.question.rawValue)) == Set(order))
    #expect(profile.sessions.count == 1 && profile.sessions.first?.right == 5)
  }

  @Test("every JSON Lines object has a type and the fields the README documents")
  func jsonProtocol() throws {
    let game = try GameProcess()
    let output = try game.play(
      ["--seed", "3", "--count", "2", "--json"], input: "\n:nope\n:help\n:lang es\n:skip\n:skip\n")
    #expect(output.status == 0)
    let objects = try GameProcess.objects(output.stdout)
    let types = objects.compactMap { $0["type"] as? String }
    #expect(Set(types).isSubset(of: ["hello", "question", "verdict", "info", "error", "summary"]))
    #expect(types.last == "summary")
    // After the protocol's hello, the first game on a bank opens with the bank's note about the real people.
    #expect(
      Array(types.prefix(9)) == [
        "hello", "info", "question", "error", "error", "info", "question", "info", "question",
      ],
      "\(types)")
    #expect((objects.dropFirst().first?["text"] as? String)?.contains("neither guilty nor innocent") == true)
    for question in objects where question["type"] as? String == "question" {
      for key in ["id", "kind", "prompt", "options", "index", "total", "lang"] {
        #expect(question[key] != nil, "question without \(key)")
      }
    }
    for verdict in objects where verdict["type"] as? String == "verdict" {
      for key in ["id", "outcome", "points", "answer", "forgiven"] {
        #expect(verdict[key] != nil, "verdict without \(key)")
      }
    }
    let langs = objects.filter { $0["type"] as? String == "question" }.compactMap { $0["lang"] as? String }
    // :help shows the question again, :lang es again in Spanish; the skipped first question comes back after
    // the second (also skipped: free text that is no option of a multiple choice question is asked again).
    #expect(langs == ["en", "en", "es", "es", "es"], "\(langs)")
  }

  @Test("a game through a pipe prints plain text: no escape codes, the progress, the verdict, the summary")
  func plainPipe() throws {
    let game = try GameProcess()
    let output = try game.play(
      ["--seed", "5", "--count", "2"], input: ":skip\n:idioma es\n:saltar\n", environment: ["LANG": "C"])
    #expect(output.status == 0)
    #expect(!output.stdout.contains("\u{1B}"))
    // The skipped first question comes back after the second: "3/3 · … (otra vez)".
    #expect(output.stdout.contains("1/2 · ") && output.stdout.contains("2/3 · "))
    #expect(output.stdout.contains("(otra vez)"))
    #expect(output.stdout.contains("Skipped.") && output.stdout.contains("Pregunta omitida."))
    #expect(output.stdout.contains("Fin de la partida"))
    #expect(output.stderr.isEmpty, "\(output.stderr)")
  }

  @Test("casequiz with no subcommand plays")
  func playIsTheDefault() throws {
    let game = try GameProcess()
    let output = try game.play(["--json", "--count", "1", "--seed", "1"], input: ":quit\n")
    #expect(output.status == 0)
    #expect(try GameProcess.objects(output.stdout).contains { $0["type"] as? String == "question" })
  }

  @Test("a missed question comes back in review, --missed and --list")
  func reviewBringsBackMissed() throws {
    let game = try GameProcess()
    let order = try Self.questionOrder(game, ["--seed", "8", "--kind", "typed"], count: 1)
    let missedID = try #require(order.first)
    let first = try game.play(["--seed", "8", "--kind", "typed", "--count", "1", "--json"], input: "zzzz qqqq\n")
    #expect(
      try GameProcess.objects(first.stdout).first { $0["type"] as? String == "verdict" }?["outcome"] as? String
        == "wrong")
    let list = try game.play(["review", "--list", "--json"], input: "")
    #expect(list.status == 0)
    #expect(try GameProcess.objects(list.stdout).compactMap { $0["id"] as? String } == [missedID])
    let drill = try game.play(["review", "--missed", "--json"], input: ":quit\n")
    let drillQuestion = try GameProcess.objects(drill.stdout).first { $0["type"] as? String == "question" }
    // A miss steps the fact back one stage (docs/learning.md): the missed typed question of a fact never
    // recognised is reviewed as its multiple choice.
    let fact = missedID.components(separatedBy: ".")[0]
    #expect(drillQuestion?["id"] as? String == fact + ".choice")
    // A missed question is due again within minutes (FSRS relearning), so later it is due for review.
    let later = try game.play(["review", "--json"], input: ":quit\n", environment: [:])
    #expect(later.status == 0)
  }

  @Test("review --list and --missed say what is true: nothing missed yet, then everything missed answered right since")
  func emptyMissedLists() throws {
    let game = try GameProcess()
    for arguments in [["review", "--list"], ["review", "--missed"]] {
      let fresh = try game.play(arguments, input: "")
      #expect(fresh.status == 0)
      #expect(fresh.stdout.contains("You have not missed any question yet."), "\(fresh.stdout)")
      #expect(!fresh.stdout.contains("answered right since"))
    }
    let order = try Self.questionOrder(game, ["--seed", "8", "--kind", "typed"], count: 1)
    let missedID = try #require(order.first)
    _ = try game.play(["--seed", "8", "--kind", "typed", "--count", "1", "--json"], input: "zzzz qqqq\n")
    let answer = try #require(try game.answers(seed: 8)[missedID])
    // Reviewed first as recognition (a right choice does not make good a missed recall), then as recall.
    let choice = try game.play(["review", "--missed", "--json"], input: answer + "\n")
    #expect(
      try GameProcess.objects(choice.stdout).first { $0["type"] as? String == "question" }?["kind"] as? String
        == "choice")
    let stillListed = try game.play(["review", "--list", "--json"], input: "")
    #expect(try GameProcess.objects(stillListed.stdout).compactMap { $0["id"] as? String } == [missedID])
    let recall = try game.play(["review", "--missed", "--json"], input: answer + "\n")
    let recallObjects = try GameProcess.objects(recall.stdout)
    #expect(recallObjects.first { $0["type"] as? String == "question" }?["id"] as? String == missedID)
    #expect(recallObjects.first { $0["type"] as? String == "verdict" }?["outcome"] as? String == "right")
    let list = try game.play(["review", "--list"], input: "")
    #expect(
      list.stdout.contains("No missed questions: everything you missed has been answered right since."),
      "\(list.stdout)")
  }

  @Test("help play gives each default once and the count's range in words a man page keeps")
  func helpText() throws {
    let output = try CaseQuizProcess.run(["help", "play"])
    #expect(output.status == 0)
    // The help is wrapped to the terminal's width: compare with single spaces.
    let text = output.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(!text.contains("(default: default). (default: default)"), "\(text)")
    #expect(text.components(separatedBy: "(default: default)").count == 2, "\(text)")
    #expect(text.contains("How many questions, from 1 to 500 (default: 10 in play;"), "\(text)")
  }

  @Test(
    "bad arguments get one clear line and exit 2; bad values exit 1",
    arguments: [
      (["--count", "0"], Int32(2), "--count must be between 1 and 500, not 0"),
      (["--count", "1000000"], 2, "--count must be between 1 and 500, not 1000000"),
      (["--count=-1"], 2, "--count must be between 1 and 500, not -1"),
      (["--count", "-1"], 2, "--count must be between 1 and 500, not -1"),
      (["--lang", "fr"], 2, "fr"),
      (["--kind", "essay"], 2, "essay"),
      (["--profile", "../x"], 2, "../x"),
      (["--profile", String(repeating: "p", count: 300)], 2, "is 300 characters long"),
      (["--topic", "nope"], 1, "no topic \"nope\" in the bank \"cassez\""),
      (["--bank", "nope"], 1, "no bank \"nope\""),
      (["--frobnicate"], 2, "--frobnicate"),
    ])
  func badArguments(arguments: [String], status: Int32, message: String) throws {
    let game = try GameProcess()
    let output = try game.play(["play"] + arguments, input: "")
    #expect(output.status == status, "\(output)")
    #expect(output.stderr.hasPrefix("casequiz: error: "), "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1, "one line: \(output.stderr)")
    #expect(output.stdout.isEmpty)
    #expect(!output.stderr.contains("Fatal error"))
    let written = try FileManager.default.subpathsOfDirectory(atPath: game.sandbox.home.url.path)
    #expect(written.isEmpty, "a refused game writes nothing (no profile folder, no lock): \(written)")
  }

  @Test("SIGTERM and SIGHUP end the game cleanly with its summary", arguments: [SIGTERM, SIGHUP])
  func signalsEndCleanly(signal: Int32) throws {
    let game = try GameProcess()
    var running = try RunningGame.start(game, skipping: 1)
    running.read(until: { $0.components(separatedBy: "\"type\":\"question\"").count >= 3 })
    kill(running.process.processIdentifier, signal)
    // A watchdog: a game that ignored the signal is killed, so the test fails instead of hanging. It is
    // cancelled once the game has exited, so it can never hit another process that reuses the pid.
    let process = running.process
    let watchdog = DispatchWorkItem {
      if process.isRunning { process.terminate(); kill(process.processIdentifier, SIGKILL) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
    running.readToEnd()
    process.waitUntilExit()
    watchdog.cancel()
    #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    let objects = try GameProcess.objects(running.seen)
    #expect(objects.last?["type"] as? String == "summary" && objects.last?["answered"] as? Int == 1, "\(running.seen)")
    let profile = try game.sandbox.exported()
    #expect(profile.newAnswers.count == 1 && profile.sessions.count == 1)
  }

  @Test("kill -9 right after a verdict keeps that answer")
  func killNine() throws {
    let game = try GameProcess()
    var running = try RunningGame.start(game, skipping: 1)
    running.read(until: { $0.contains("\"type\":\"verdict\"") })
    kill(running.process.processIdentifier, SIGKILL)
    running.process.waitUntilExit()
    #expect(running.process.terminationReason == .uncaughtSignal)
    let profile = try game.sandbox.exported()
    #expect(profile.newAnswers.count == 1 && profile.newAnswers.first?.skipped == true)
  }
}

/// A `play --json` game of 3 questions (seed 2) running over pipes, for tests that stop it from outside.
struct RunningGame {
  let process: Process
  let input: Pipe
  let output: Pipe
  /// Everything read from standard output so far.
  var seen = ""

  /// Starts the game and sends `:skip` `skipping` times.
  static func start(_ game: GameProcess, skipping: Int) throws -> RunningGame {
    let process = Process()
    process.executableURL = try CaseQuizProcess.binary()
    process.arguments = [
      "play", "--json", "--seed", "2", "--count", "3", "--data-dir", CaseQuizProcess.packageRoot.path,
    ]
    process.environment = game.environment()
    let running = RunningGame(process: process, input: Pipe(), output: Pipe())
    process.standardInput = running.input
    process.standardOutput = running.output
    process.standardError = FileHandle.nullDevice
    try process.run()
    running.input.fileHandleForWriting.write(Data(String(repeating: ":skip\n", count: skipping).utf8))
    return running
  }

  /// Reads standard output until `done` holds for what was seen, or the output ends.
  mutating func read(until done: (String) -> Bool) {
    while !done(seen) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen += String(decoding: chunk, as: UTF8.self)
    }
  }

  /// Reads standard output to its end.
  mutating func readToEnd() {
    seen += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }
}
