import Foundation
import QuizCore
import Testing

/// Smaller points of the play test, end to end: `--count 3` silently played 2 when only 2 questions matched;
/// a partly right timeline was listed among the missed questions of the summary (and in its JSON `missed`);
/// its points did not say why ("+10 points (3 events, 5 points each)": why not 15?).
@Suite("game notes: fewer questions than --count, partly right timelines")
struct GameNotesTests {
  @Test(arguments: [
    (
      "en", "Only one question matches your options, so this game has one, not 5.",
      "Only 3 questions match your options, so this game has 3, not 50."
    ),
    (
      "es", "Solo una pregunta coincide con tus opciones, así que esta partida tiene una, no 5.",
      "Solo 3 preguntas coinciden con tus opciones, así que esta partida tiene 3, no 50."
    ),
  ])
  func fewerQuestionsThanCountIsSaidBeforePlaying(language: String, one: String, three: String) throws {
    let game = try GameProcess()
    let single = try game.play(
      ["--lang", language, "--topic", "legal-status", "--kind", "typed", "--count", "5", "--seed", "1"],
      input: ":skip\n")
    #expect(single.status == 0, "\(single)")
    let lines = single.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let note = try #require(lines.firstIndex(of: one), "\(single.stdout)")
    let question = try #require(lines.firstIndex { $0.hasPrefix("1/1 · ") }, "\(single.stdout)")
    #expect(note < question, "the note comes before the first question")
    let json = try game.play(
      ["--lang", language, "--topic", "legal-status", "--count", "50", "--json", "--no-relearn"],
      input: String(repeating: ":skip\n", count: 50))
    let objects = try GameProcess.objects(json.stdout)
    let infos = objects.filter { $0["type"] as? String == "info" }.compactMap { $0["text"] as? String }
    let count = objects.filter { $0["type"] as? String == "question" }.count
    try #require(count >= 2 && count < 50, "\(json.stdout)")
    #expect(infos.contains(three.replacingOccurrences(of: "3", with: String(count))), "\(infos)")
  }

  @Test func enoughQuestionsSayNothing() throws {
    let game = try GameProcess()
    let output = try game.play(["--lang", "en", "--count", "2", "--seed", "1"], input: ":skip\n:skip\n")
    #expect(!output.stdout.contains("match your options"))
    let unasked = try game.play(["--lang", "en", "--topic", "legal-status", "--seed", "1"], input: ":quit\n")
    #expect(!unasked.stdout.contains("match your options"), "no --count, no promise broken")
  }

  /// A timeline answered with its two earliest events swapped: every pair but one in order, every event but
  /// two in place. It is partly right in the counts, in its own list of the summary and in the JSON summary;
  /// the verdict says how many pairs and events were right.
  @Test(arguments: ["en", "es"])
  func aPartlyRightTimelineIsCountedAndExplainedAsSuch(language: String) throws {
    let game = try GameProcess()
    let arguments = ["--lang", language, "--kind", "timeline", "--count", "1", "--seed", "5", "--no-relearn"]
    let probe = try game.play(arguments + ["--json", "--profile", "probe"], input: ":skip\n")
    let id = try #require(
      try GameProcess.objects(probe.stdout).first { $0["type"] as? String == "question" }?["id"] as? String)
    let right = try #require(try game.answers(seed: 5)[id]).split(separator: " ").map(String.init)
    let events = right.count
    try #require(events >= 3)
    let swapped = [right[1], right[0]] + right.dropFirst(2)
    let (pairs, inOrder, placed) = (events * (events - 1) / 2, events * (events - 1) / 2 - 1, events - 2)

    let output = try game.play(arguments, input: swapped.joined(separator: " ") + "\n")
    #expect(output.status == 0, "\(output)")
    let text = output.stdout
    if language == "en" {
      #expect(
        text.contains(
          "\n\(inOrder) of \(pairs) pairs of events in the right order (each pair earns its share of the points); "
            + "\(placed) of \(events) events in their right place.\n"), "\(text)")
      #expect(text.contains("0 right, 1 partly right, 0 missed"))
      #expect(!text.contains("To review"))
      #expect(
        text.contains(
          "Partly right (1):\n• Timeline of \(events) events\n"
            + "  (\(inOrder) of \(pairs) pairs in the right order, \(placed) of \(events) events in their right place)\n"
            + "  → \(right.joined(separator: " "))\n"), "\(text)")
    } else {
      #expect(
        text.contains(
          "\n\(inOrder) de \(pairs) pares de hechos en el orden correcto (cada par vale su parte de los puntos); "
            + "\(placed) de \(events) hechos en su lugar.\n"), "\(text)")
      #expect(text.contains("0 correctas, 1 parcialmente correcta, 0 falladas"))
      #expect(!text.contains("Para repasar"))
      // A short label, not the instruction line ("Ordena estos hechos… por ejemplo: b a c"; play test).
      #expect(text.contains("Parcialmente correcta (1):\n• Cronología de \(events) hechos\n"), "\(text)")
      #expect(
        text.contains(
          "  (\(inOrder) de \(pairs) pares en el orden correcto, \(placed) de \(events) hechos en su lugar)\n"))
    }

    let json = try game.play(arguments + ["--json", "--profile", "json"], input: swapped.joined(separator: " ") + "\n")
    let summary = try #require(try GameProcess.objects(json.stdout).last)
    #expect(summary["type"] as? String == "summary" && summary["partial"] as? Int == 1)
    #expect((summary["missed"] as? [Any])?.isEmpty == true, "\(summary)")
    let partly = try #require(summary["partlyRight"] as? [[String: Any]], "\(summary)")
    #expect(partly.map { $0["id"] as? String } == [id])
  }
}
