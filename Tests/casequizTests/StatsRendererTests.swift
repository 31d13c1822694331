import Foundation
import Testing

@testable import QuizCore
@testable import QuizEdge

/// How `stats` lays out its charts: forecast days in the player's language, bars that fit the terminal.
@Suite struct StatsRendererTests {
  static func renderer(_ language: Language) -> StatsRenderer {
    StatsRenderer(text: { key, _ in key }, glyphs: .ascii, language: language)
  }

  @Test(arguments: [
    ("2026-12-08", Language.en, "Dec 8"), ("2026-12-08", .es, "8 dic"), ("2027-01-15", .es, "15 ene"),
    ("not a day", .en, "not a day"),
  ])
  func forecastDaysAreWrittenInTheLanguage(day: String, language: Language, label: String) {
    #expect(Self.renderer(language).forecastLabel(day) == label)
  }

  @Test(arguments: [(80, 20), (120, 40), (200, 40), (72, 12), (40, 10), (0, 10)])
  func barsFitTheTerminal(columns: Int, width: Int) {
    #expect(StatsRenderer.barWidth(columns: columns) == width)
  }

  /// The reviews line: nothing on an empty profile (the play test saw "due now: 0; by the end of today: 0"
  /// under "No answers yet"), a sentence when nothing is due, the counts otherwise.
  @Test(arguments: [
    (0, 0, 0, 0, [String]()), (3, 0, 0, 0, ["", "stats.nothingDue"]), (3, 2, 4, 4, ["", "stats.due"]),
    (3, 0, 0, 2, ["", "stats.nothingDue", "stats.forecast"]),
  ])
  func theDueLineSaysWhatIsTrue(answered: Int, now: Int, today: Int, tomorrow: Int, expected: [String]) {
    var stats = Statistics(profile: Profile(), now: Date(timeIntervalSince1970: 0), calendar: .current)
    stats.totals.answered = answered
    stats.dueNow = now
    stats.dueToday = today
    stats.dueByDay =
      tomorrow == 0
      ? [] : [.init(day: "1970-01-01", offset: 0, count: today), .init(day: "1970-01-02", offset: 1, count: tomorrow)]
    #expect(Array(Self.renderer(.en).due(stats).prefix(expected.count)) == expected)
    if expected.isEmpty { #expect(Self.renderer(.en).due(stats).isEmpty) }
  }

  /// A chart row wider than the terminal is laid out on its own lines (name, then bar and figures with the
  /// figures in their own column), every line fitting, so the terminal output never wraps a bar (which would
  /// collapse its spaces). Piped output (no width) keeps one line per row.
  @Test(arguments: [
    (Int?.none, ["  La relación con Israel Vallarta  ▒▒▒         dominados 0, en aprendizaje 1, nuevos 7"]),
    (
      40,
      [
        "  La relación con Israel Vallarta", "    ▒▒▒         dominados 0, en",
        "                aprendizaje 1, nuevos 7",
      ]
    ),
    (
      60,
      ["  La relación con Israel Vallarta", "    ▒▒▒         dominados 0, en aprendizaje 1, nuevos 7"]
    ),
    (100, ["  La relación con Israel Vallarta  ▒▒▒         dominados 0, en aprendizaje 1, nuevos 7"]),
  ])
  func rowsFitTheTerminal(columns: Int?, lines: [String]) {
    var renderer = Self.renderer(.es)
    renderer.barWidth = 10
    renderer.columns = columns
    let row = renderer.row(
      indent: "  ", name: "La relación con Israel Vallarta", nameWidth: 10, bar: "▒▒▒       ", gap: "  ",
      tail: "dominados 0, en aprendizaje 1, nuevos 7")
    #expect(row == lines)
    if let columns { #expect(row.allSatisfy { TerminalInfo.displayWidth($0) <= columns }) }
  }
}
