import QuizCore
import Testing

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
}
