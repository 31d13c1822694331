import Testing

@testable import QuizCore

@Suite("Scoring")
struct ScoringRulesTests {
  @Test(
    "points by kind, credit, hints, streak and speed",
    arguments: [
      (QuestionKind.truefalse, 1.0, 0, 1, nil as Double?, ScoringRules.standard, 5),
      (.typed, 1.0, 0, 1, nil, .standard, 20),
      (.typed, 0.0, 0, 0, nil, .standard, 0),
      (.timeline, 0.5, 0, 0, nil, .standard, 10),
      (.choice, 1.0, 1, 1, nil, .standard, 5),
      (.typed, 1.0, 1, 1, nil, .standard, 15),
      (.typed, 1.0, 2, 1, nil, .standard, 10),
      (.typed, 1.0, 0, 3, nil, .standard, 25),
      (.typed, 1.0, 0, 9, nil, .standard, 45),
      (.typed, 1.0, 0, 9, nil, ScoringRules(streaks: false), 20),
      (.typed, 1.0, 0, 1, 0.0, ScoringRules(timed: true), 30),
      (.typed, 1.0, 0, 1, 15.0, ScoringRules(timed: true), 25),
      (.typed, 1.0, 0, 1, 45.0, ScoringRules(timed: true), 20),
      (.typed, 1.0, 0, 1, 0.0, .standard, 20),
    ])
  func points(
    kind: QuestionKind, credit: Double, hints: Int, streak: Int, elapsed: Double?, rules: ScoringRules, total: Int
  ) {
    #expect(rules.points(kind: kind, credit: credit, hints: hints, streak: streak, elapsed: elapsed).total == total)
  }

  @Test(
    "in-game commands in both languages",
    arguments: [
      (":help", InGameCommand.Parsed.command(.help)), (":ayuda", .command(.help)),
      (":lang es", .command(.language(.es))), (":idioma en", .command(.language(.en))),
      (":lang", .command(.language(nil))), (":LANG ES", .command(.language(.es))),
      (":lang fr", .unknownLanguage("fr")), (":both", .command(.both)), (":ambos", .command(.both)),
      (":hint", .command(.hint)), (":pista", .command(.hint)), (":skip", .command(.skip)),
      (":saltar", .command(.skip)), (":source", .command(.source)), (":fuente", .command(.source)),
      (":score", .command(.score)), (":puntos", .command(.score)), (":quit", .command(.quit)),
      (":salir", .command(.quit)), (":nope", .unknown("nope")), ("Ana", .answer), ("  :quit  ", .command(.quit)),
    ])
  func commands(line: String, parsed: InGameCommand.Parsed) {
    #expect(InGameCommand.parse(line) == parsed)
  }
}
