import Foundation
import QuizCore
import Testing

/// The game in a real terminal: Tab completion, ↑ history, `:lang es`, accented input, Ctrl-D, the profile.
@Suite("The game in tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct GameTmuxTests {
  @Test func playsAGameInATerminal() async throws {
    let game = try GameProcess()
    let arguments = ["--seed", "4", "--kind", "typed", "--topic", "relationship", "--count", "3"]
    let order = try PlayCommandTests.questionOrder(game, arguments, count: 3)
    try #require(order.count == 3)
    let spanish = try GameProcess.objects(
      try game.sandbox.run(["questions", "--json", "--lang", "es", "--seed", "4"]).stdout
    ).reduce(into: [String: String]()) { answers, object in
      if let id = object["id"] as? String, let answer = object["answer"] as? String { answers[id] = answer }
    }
    let first = try #require(spanish[order[0]])
    let second = try #require(spanish[order[1]])
    #expect((first + second + (spanish[order[2]] ?? "")).contains { !$0.isASCII }, "an accented answer is typed")

    let binary = try CaseQuizProcess.binary()
    var environment = game.environment(["LANG": "C.UTF-8", "TERM": "tmux-256color"])
    environment["NO_COLOR"] = nil
    let tmux = try TmuxSession(
      // The shell prints the exit status: tmux 3.3 does not always report it for a pane that remains.
      command: ["/bin/sh", "-c", "\"$0\" \"$@\"; echo \"exit status $?\"", binary.path, "play"] + arguments
        + ["--data-dir", CaseQuizProcess.packageRoot.path],
      columns: 100, rows: 40,
      environment: environment.filter { ["HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "LANG", "TERM"].contains($0.key) })
    defer { tmux.kill() }
    _ = try await tmux.waitFor("1/3 · ")
    try tmux.type(":he")
    try tmux.press(.tab)
    try await tmux.waitUntil("Tab completes :help") { _ in try tmux.cursorLine().hasSuffix(":help") }
    try tmux.press(.enter)
    _ = try await tmux.waitFor(":lang en|es")
    try tmux.type(":lang es")
    try tmux.press(.enter)
    _ = try await tmux.waitFor("1/3 · Respuesta escrita")
    try tmux.type(first)
    try tmux.press(.enter)
    _ = try await tmux.waitFor("¡Correcto!")
    _ = try await tmux.waitFor("2/3 · ")
    try tmux.press(.up)
    try await tmux.waitUntil("↑ recalls the previous answer") { _ in try tmux.cursorLine().hasSuffix(first) }
    try tmux.press(.ctrlU)
    try tmux.type(second)
    try tmux.press(.enter)
    _ = try await tmux.waitFor("3/3 · ")
    try tmux.press(.ctrlD)
    let screen = try await tmux.waitFor("Fin de la partida")
    #expect(screen.contains("2 correctas"))
    _ = try await tmux.waitFor("exit status 0")
    let profile = try game.sandbox.exported()
    #expect(profile.newAnswers.map(\.question.rawValue) == Array(order.prefix(2)))
    #expect(profile.newAnswers.allSatisfy { $0.outcome == .right && $0.language == .es })
    #expect(profile.preferences.language == .es)
  }
}
