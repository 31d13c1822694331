import Foundation
import QuizCore
import Testing

/// Issue 16, item 1: SIGINT, SIGTERM and SIGHUP end a game promptly when standard input is not a terminal
/// (`--json`, or plain text from a pipe that stays open), also when the game was started with them ignored:
/// the answer given is saved, the summary printed, and the exit status is 0 (the documented status of a game
/// ended by a signal, as by `:quit`).
@Suite("robustness: signals without a terminal")
struct SignalTests {
  static let cases: [(Int32, Bool, Bool)] = [SIGTERM, SIGHUP, SIGINT].flatMap { signal in
    [(signal, true, false), (signal, false, false), (signal, true, true), (signal, false, true)]
  }

  @Test(
    "a signal ends the game at once, saved, with its summary (signal, --json, started with signals ignored)",
    arguments: cases)
  func aSignalEndsTheGame(signal: Int32, json: Bool, ignoredAtStart: Bool) throws {
    let home = try SandboxHome()
    let game = try LiveGame(
      ["play", "--no-relearn", "--count", "3", "--seed", "2", "--data-dir", CaseQuizProcess.packageRoot.path]
        + (json ? ["--json"] : []),
      environment: home.environment(), ignoringSignals: ignoredAtStart)
    game.send(":skip\n")
    let secondQuestion = json ? "\"index\":2" : "2/3 · "
    try #require(game.wait(for: { $0.contains(secondQuestion) }), "the game did not get going:\n\(game.stdout)")
    usleep(100_000)  // waiting for the next line
    let sent = Date()
    game.signal(signal)
    let status = game.exitStatus(timeout: 10)
    let took = Date().timeIntervalSince(sent)
    try #require(status != nil, "still running 10 s after signal \(signal)\n\(game.stdout)")
    #expect(status == 0, "\(game.stderr)")
    #expect(took < 3, "took \(took) s")
    if json {
      let summary = try #require(game.objects.last)
      #expect(summary["type"] as? String == "summary" && summary["answered"] as? Int == 1, "\(game.stdout)")
      #expect(game.objects.first?["type"] as? String == "hello")
    } else {
      #expect(game.stdout.contains("Game over") && game.stdout.contains("1 of 3 questions answered"), "\(game.stdout)")
    }
    #expect(game.stderr.isEmpty, "\(game.stderr)")
    let show = try Robust.run(
      [
        "profile", "export", home.url.appendingPathComponent("out.json").path, "--data-dir",
        CaseQuizProcess.packageRoot.path,
      ],
      environment: home.environment())
    #expect(show.status == 0, "\(show)")
    let exported = try ProfileDecoding.profile(from: Data(contentsOf: home.url.appendingPathComponent("out.json")))
    #expect(exported.profile.newAnswers.count == 1 && exported.profile.sessions.count == 1)
    #expect(exported.profile.sessions.first?.interrupted == true)
  }

  @Test(
    "a front end that closes the game's output ends the game, saved, instead of SIGPIPE killing it",
    arguments: [true, false])
  func aClosedOutputEndsTheGame(json: Bool) throws {
    let home = try SandboxHome()
    let game = try LiveGame(
      ["play", "--no-relearn", "--count", "3", "--seed", "2", "--data-dir", CaseQuizProcess.packageRoot.path]
        + (json ? ["--json"] : []),
      environment: home.environment())
    game.send(":skip\n")
    let secondQuestion = json ? "\"index\":2" : "2/3 · "
    try #require(game.wait(for: { $0.contains(secondQuestion) }), "the game did not get going:\n\(game.stdout)")
    game.closeOutput()
    game.send("b\n")  // its verdict cannot be written: the game ends there
    let status = game.exitStatus(timeout: 10)
    try #require(status != nil, "still running 10 s after its output was closed")
    #expect(status == 0, "exit status \(status ?? 0) (-13 is a SIGPIPE death)")
    #expect(game.stderr.isEmpty, "\(game.stderr)")
    let export = home.url.appendingPathComponent("out.json")
    let show = try Robust.run(
      ["profile", "export", export.path, "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment())
    #expect(show.status == 0, "\(show)")
    let exported = try ProfileDecoding.profile(from: Data(contentsOf: export))
    #expect(exported.profile.newAnswers.count == 2, "both answers saved")
    #expect(exported.profile.sessions.count == 1 && exported.profile.sessions.first?.interrupted == true)
  }

  @Test("a game told to stop while another program holds the profile's lock stops, saying what is lost")
  func aSignalEndsAGameWaitingForTheLock() throws {
    let home = try SandboxHome()
    let game = try LiveGame(
      [
        "play", "--json", "--no-relearn", "--count", "3", "--seed", "2", "--data-dir", CaseQuizProcess.packageRoot.path,
      ],
      environment: home.environment())
    try #require(game.wait(for: { $0.contains("\"index\":1") }), "the game did not get going:\n\(game.stdout)")
    let lock = open(home.profiles.appendingPathComponent("default.lock").path, O_RDWR | O_CREAT, 0o600)
    try #require(lock >= 0)
    defer { close(lock) }
    try #require(flock(lock, LOCK_EX) == 0)
    game.send(":skip\n")
    usleep(300_000)  // the game now waits for the lock
    #expect(!game.stdout.contains("\"index\":2"), "answered without the lock:\n\(game.stdout)")
    let sent = Date()
    game.signal(SIGTERM)
    let status = game.exitStatus(timeout: 10)
    let took = Date().timeIntervalSince(sent)
    try #require(status != nil, "still waiting for the lock 10 s after SIGTERM")
    #expect(took < 3, "took \(took) s")
    #expect(status == 1, "\(game.stderr)")
    let warnings = game.objects.filter { $0["type"] as? String == "warning" }
    #expect(warnings.count == 1, "one warning, after the summary: \(game.stdout)")
    let lost = try #require(warnings.last)
    #expect(lost["code"] as? String == "answers-lost" && (lost["lost"] as? Int ?? 0) >= 1, "\(lost)")
    #expect((lost["message"] as? String)?.contains("another casequiz program held the profile") == true, "\(lost)")
    #expect(game.objects.last?["type"] as? String == "warning")
  }
}
