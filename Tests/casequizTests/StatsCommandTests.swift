import Foundation
import QuizCore
import Testing

@Suite("casequiz stats")
struct StatsCommandTests {
  /// Game g1 (recorded): right, wrong, right, right; game g2 (never recorded its end): wrong, right.
  static let history: [ProfileEvent] = [
    Script.answer("documentary-platform.typed", .right, minute: 0, session: "g1"),
    Script.answer("documentary-premiere-date.choice", .wrong, minute: 1, session: "g1", language: .es),
    Script.answer("raid-people-rescued.number", .right, minute: 2, session: "g1"),
    Script.answer("documentary-premiere-date.date", .right, minute: 3, session: "g1", language: .es),
    .session(
      SessionEvent(
        id: "g1", bank: "cassez", language: .en, mode: .play, started: Script.start,
        ended: Script.start.addingTimeInterval(300), asked: 4, answered: 4, right: 3, wrong: 1, score: 30,
        bestStreak: 2)),
    Script.answer("documentary-premiere-date.choice", .wrong, minute: 60, session: "g2"),
    Script.answer("documentary-platform.typed", .right, minute: 61, session: "g2", points: 25),
  ]

  func recorded() throws -> ProfileSandbox {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send(Self.history)
    #expect(try recorder.finish().status == 0)
    return sandbox
  }

  /// The play test saw the typed and the multiple-choice question of one fact as two identical "most missed"
  /// lines; two facts that share a prompt are told apart by their answers.
  @Test func mostMissedListsAQuestionOnceWhateverItsForm() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([
      Script.answer("vallarta-nationality.typed", .wrong, minute: 0),
      Script.answer("vallarta-nationality.choice", .wrong, minute: 1),
      Script.answer("cassez-charge-kidnapping.choice", .wrong, minute: 2),
      Script.answer("cassez-charge-firearms.choice", .wrong, minute: 3),
    ])
    #expect(try recorder.finish().status == 0)
    let output = try sandbox.run(["stats", "--lang", "en"])
    #expect(output.status == 0, "\(output)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "Most missed"), "\(output.stdout)")
    let missed = Array(lines[(start + 1)...].prefix { $0.hasPrefix("  ") })
    let charges = "Which of these was one of the charges against Florence Cassez in Mexico?"
    #expect(
      missed == [
        "  2 of 2 wrong  What nationality is Israel Vallarta?  (still missed)",
        "  1 of 1 wrong  \(charges) → illegal firearm possession  (still missed)",
        "  1 of 1 wrong  \(charges) → kidnapping  (still missed)",
      ], "\(output.stdout)")
    let json = try sandbox.run(["stats", "--json"])
    let stats = try ProfileCoding.decoder().decode(Statistics.self, from: Data(json.stdout.utf8))
    #expect(
      stats.mostMissed.first?.questions.map(\.rawValue) == [
        "vallarta-nationality.choice", "vallarta-nationality.typed",
      ])
  }

  @Test func jsonFiguresMatchTheScriptedHistory() throws {
    let sandbox = try recorded()
    let output = try sandbox.run(["stats", "--json", "--bank", "cassez"])
    #expect(output.status == 0, "\(output)")
    let stats = try ProfileCoding.decoder().decode(Statistics.self, from: Data(output.stdout.utf8))
    #expect(stats.totals.answered == 6 && stats.totals.right == 4 && stats.totals.wrong == 2)
    #expect(stats.totals.points == 55 && stats.totals.questionsSeen == 4 && stats.totals.questionsMissed == 1)
    #expect(abs(stats.overall.accuracy - 4.0 / 6) < 1e-12)
    #expect(stats.byKind.map(\.id) == ["choice", "typed", "number", "date"])
    #expect(stats.byKind.map(\.right) == [0, 2, 1, 1])
    #expect(stats.byLanguage.map(\.answered) == [4, 2])
    #expect(stats.byTopic.map(\.name) == ["The documentary"] || stats.byTopic.count == 1)
    #expect(stats.sessions.map(\.id) == ["g1", "g2"] && stats.sessions.map(\.score) == [30, 25])
    #expect(stats.sessions.map(\.interrupted) == [false, true])
    #expect(stats.currentStreak == 1 && stats.bestStreak == 2)
    #expect(stats.dueByDay.count == 14)
    let missed = try #require(stats.mostMissed.first)
    #expect(missed.question.rawValue == "documentary-premiere-date.choice" && missed.wrong == 2)
    #expect(missed.prompt?.isEmpty == false && missed.prompt != missed.question.rawValue)
    // Three facts answered (two recalled, one stepped back by its last miss): being learned; none mastered.
    let mastery = try #require(stats.mastery.first)
    #expect(mastery.bank.id == "cassez" && mastery.bank.facts == 45)
    #expect(mastery.bank.learning == 3 && mastery.bank.mastered == 0 && mastery.bank.new == 42)
    #expect(mastery.topics.first { $0.id == "documentary" }?.learning == 2)
    #expect(mastery.topics.map(\.facts).reduce(0, +) == 45)
    // One recorded game, long ago: no current day streak, a longest of one day.
    #expect(stats.dayStreak == DayStreak(current: 0, longest: 1, today: false))
  }

  @Test func textShowsBarsASparklineAndPromptsInTheLanguage() throws {
    let sandbox = try recorded()
    let output = try sandbox.run(["stats"])
    #expect(output.status == 0)
    let text = output.stdout
    #expect(text.hasPrefix("Statistics of profile “default”\n"))
    #expect(text.contains("Answers: 6 — right: 4, partly right: 0, wrong: 2 (skipped: 0); points: 55"))
    #expect(text.contains("Accuracy  █████████████▍" + String(repeating: " ", count: 8) + "67%  (6)"))
    #expect(text.contains("  Multiple choice  " + String(repeating: " ", count: 23) + "0%  (2)"))
    #expect(text.contains("Scores, oldest game first: █▇  (last 25, best 30)"))
    #expect(text.contains("Right answers in a row: 1 now, 2 at best"))
    // The date question of the same prompt was answered right once: it counts (2 of 3), the line is still missed.
    #expect(text.contains("Most missed\n  2 of 3 wrong  "))
    #expect(!text.contains("documentary-premiere-date.choice"))
    let spanish = try sandbox.run(["stats", "--lang", "es"])
    #expect(spanish.stdout.contains("Estadísticas del perfil «default»"))
    #expect(spanish.stdout.contains("Las más falladas\n  fallos: 2 de 3  ¿"))
    // Spanish writes a space before % (as the game's summary does), and the column still lines up.
    #expect(spanish.stdout.contains("Aciertos  █████████████▍" + String(repeating: " ", count: 8) + "67 %  (6)"))
  }

  @Test(arguments: [["LANG": "C"], ["LANG": "en_US.UTF-8", "TERM": "dumb"], ["LANG": "", "LC_ALL": "POSIX"]])
  func chartsFallBackToASCII(environment: [String: String]) throws {
    let sandbox = try recorded()
    let output = try sandbox.run(["stats", "--lang", "en"], environment: environment)
    #expect(output.status == 0)
    #expect(output.stdout.contains("Accuracy  #############" + String(repeating: " ", count: 9) + "67%  (6)"))
    #expect(output.stdout.contains("Scores, oldest game first: #*  (last 25, best 30)"))
    let blocks = CharacterSet(charactersIn: "▏▎▍▌▋▊▉█▁▂▃▄▅▆▇")
    #expect(output.stdout.unicodeScalars.allSatisfy { !blocks.contains($0) })
  }

  @Test func anEmptyProfileSaysHowToStart() throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["stats"])
    #expect(
      output.stdout == """
        Statistics of profile “default”
        No answers yet: play a game with casequiz play.

        """)
  }
}

extension StatsCommandTests {
  @Test("--color always colors the title and headings; never and a pipe write plain text")
  func colorOption() throws {
    let sandbox = try recorded()
    let colored = try sandbox.run(["stats", "--color", "always"], environment: ["NO_COLOR": ""])
    #expect(colored.status == 0)
    #expect(colored.stdout.contains("\u{1B}["), "\(colored.stdout.prefix(200))")
    let plain = try sandbox.run(["stats", "--color", "never"])
    #expect(plain.status == 0 && !plain.stdout.contains("\u{1B}"))
    let piped = try sandbox.run(["stats"])
    #expect(!piped.stdout.contains("\u{1B}"), "auto colors only a terminal")
    #expect(
      colored.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        == plain.stdout)
  }
}
