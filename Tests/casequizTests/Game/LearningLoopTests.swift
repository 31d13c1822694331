import Foundation
import QuizCore
import Testing

@Suite("The learning loop, end to end")
struct LearningLoopTests {
  @Test("--json: a miss carries the fact as a sentence and its quote, and comes back before the summary")
  func missTeachesAndComesBack() throws {
    let game = try GameProcess()
    let output = try game.play(
      ["--seed", "21", "--count", "5", "--json", "--lang", "es"], input: String(repeating: ":skip\n", count: 12))
    #expect(output.status == 0, "\(output.stderr)")
    let objects = try GameProcess.objects(output.stdout)
    let verdicts = objects.filter { $0["type"] as? String == "verdict" }
    let first = try #require(verdicts.first)
    #expect(first["outcome"] as? String != "right")
    // The sentence in the game's language, the quote as the source says it (English), and its translation.
    let sentence = try #require(first["sentence"] as? String)
    #expect(!sentence.isEmpty && sentence.hasSuffix("."))
    let quote = try #require(first["quote"] as? String)
    let translation = try #require(first["quoteTranslation"] as? String)
    #expect(!quote.isEmpty && !translation.isEmpty && quote != translation)
    #expect(first["comesBack"] as? Bool == true)
    // Its second try comes before the summary, on the same fact, marked as such, with its own verdict.
    let firstID = try #require(first["id"] as? String)
    let fact = String(firstID.split(separator: ".").first ?? "")
    let summaryIndex = try #require(objects.firstIndex { $0["type"] as? String == "summary" })
    let again = try #require(
      objects.firstIndex { $0["type"] as? String == "question" && $0["secondTry"] as? Bool == true })
    #expect(again < summaryIndex)
    #expect((objects[again]["id"] as? String)?.hasPrefix(fact + ".") == true)
    #expect(verdicts.contains { $0["secondTry"] as? Bool == true })
    // First-try counts stay first-try; second tries are counted apart.
    let summary = objects[summaryIndex]
    #expect(summary["total"] as? Int == 5 && summary["answered"] as? Int == 5 && summary["wrong"] as? Int == 5)
    #expect((summary["relearned"] as? Int ?? 0) >= 1)
    #expect(summary["dayStreak"] as? Int == 1)
    // Each second try was recorded as an answer of its own.
    let profile = try game.sandbox.exported()
    #expect(profile.newAnswers.count == 5 + (summary["relearned"] as? Int ?? 0))
  }

  @Test("--no-relearn: no question comes back")
  func noRelearn() throws {
    let game = try GameProcess()
    let output = try game.play(
      ["--seed", "21", "--count", "5", "--json", "--no-relearn"], input: String(repeating: ":skip\n", count: 12))
    let objects = try GameProcess.objects(output.stdout)
    #expect(objects.filter { $0["type"] as? String == "question" }.count == 5)
    #expect(objects.filter { $0["type"] as? String == "verdict" }.allSatisfy { $0["comesBack"] as? Bool == false })
  }

  @Test("the header and :help show the progression; the summary says nothing of progress when none was made")
  func terminalText() throws {
    let game = try GameProcess()
    let output = try game.play(["--seed", "4", "--count", "3"], input: ":help\n:skip\n:skip\n:skip\n:skip\n")
    #expect(output.status == 0)
    #expect(output.stdout.contains("(recognition)"))
    #expect(output.stdout.contains("How a fact moves on"))
    #expect(output.stdout.contains("You will get it again before the end of the game."))
    #expect(output.stdout.contains("Source: “"))
    // Nothing moved up and no streak: those summary lines are left out, not written as zeros.
    #expect(!output.stdout.contains("Progress:") && !output.stdout.contains("Best streak"))
    #expect(output.stdout.contains("Day streak: 1 day"))
  }
}
