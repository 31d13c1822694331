import Foundation
import Testing

@testable import QuizCore

@Suite struct ChartsTests {
  @Test(
    "stacked bars: full cells for the first share, shaded for the second",
    arguments: [
      (0.0, 0.0, 4, ChartGlyphs.unicode, "    "), (0.5, 0.25, 4, .unicode, "██▒ "), (0.25, 0.75, 4, .ascii, "#+++"),
      (1.0, 1.0, 3, .ascii, "###"), (Double.nan, 0.5, 4, .unicode, "▒▒  "), (0.5, 0.5, 0, .unicode, ""),
    ] as [(Double, Double, Int, ChartGlyphs, String)])
  func stackedBars(first: Double, second: Double, width: Int, glyphs: ChartGlyphs, expected: String) {
    #expect(Charts.stackedBar(first, second, width: width, glyphs: glyphs) == expected)
  }

  @Test(
    arguments: [
      (0.0, 4, ChartGlyphs.unicode, "    "),
      (1.0, 4, .unicode, "████"),
      (0.5, 4, .unicode, "██  "),
      (0.5625, 4, .unicode, "██▎ "),
      (0.03125, 4, .unicode, "▏   "),
      (0.99, 4, .unicode, "████"),
      (1.7, 3, .unicode, "███"),
      (-1, 3, .unicode, "   "),
      (.nan, 3, .unicode, "   "),
      (0.5, 0, .unicode, ""),
      (0.0, 4, .ascii, "    "),
      (0.5, 4, .ascii, "##  "),
      (0.6, 5, .ascii, "###  "),
      (1.0, 3, .ascii, "###"),
      (.infinity, 2, .ascii, "  "),
    ] as [(Double, Int, ChartGlyphs, String)])
  func bars(fraction: Double, width: Int, glyphs: ChartGlyphs, expected: String) {
    let bar = Charts.bar(fraction, width: width, glyphs: glyphs)
    #expect(bar == expected)
    #expect(bar.count == max(0, width))
  }

  @Test(
    arguments: [
      ([], ChartGlyphs.unicode, ""),
      ([0, 0, 0], .unicode, "▁▁▁"),
      ([5, 5], .unicode, "██"),
      ([0, 1, 2, 3, 4, 5, 6, 7], .unicode, "▁▂▃▄▅▆▇█"),
      ([100, 50, 0], .unicode, "█▅▁"),
      ([-7, 0, 7], .unicode, "▁▅█"),
      ([1, .nan, 1], .unicode, "█▁█"),
      ([0, 1, 2, 3, 4, 5, 6, 7], .ascii, "_.,-~=*#"),
      ([700, 0, 350], .ascii, "#_~"),
    ] as [([Double], ChartGlyphs, String)])
  func sparklines(values: [Double], glyphs: ChartGlyphs, expected: String) {
    #expect(Charts.sparkline(values, glyphs: glyphs) == expected)
  }

  @Test(
    arguments: [
      ([:], ChartGlyphs.ascii),
      (["LANG": "en_US.UTF-8"], .unicode),
      (["LANG": "es_MX.utf8"], .unicode),
      (["LANG": "C"], .ascii),
      (["LANG": "C.UTF-8", "LC_ALL": "POSIX"], .ascii),
      (["LANG": "C", "LC_CTYPE": "en_US.UTF-8"], .unicode),
      (["LC_ALL": "", "LANG": "en_US.UTF-8"], .unicode),
      (["LANG": "en_US.UTF-8", "TERM": "dumb"], .ascii),
      (["LANG": "en_US.UTF-8", "TERM": "xterm-256color"], .unicode),
      (["LANG": "es_ES.ISO-8859-1"], .ascii),
    ] as [([String: String], ChartGlyphs)])
  func glyphsFollowTheLocaleAndTerminal(environment: [String: String], expected: ChartGlyphs) {
    #expect(ChartGlyphs.detect(environment: environment) == expected)
  }

  @Test(
    arguments: [(0.0, "0%"), (0.874, "87%"), (0.875, "88%"), (1, "100%"), (3, "100%"), (.nan, "0%")]
      as [(Double, String)])
  func percentages(fraction: Double, expected: String) {
    #expect(Charts.percent(fraction) == expected)
    #expect(Charts.percent(fraction, in: .es) == expected.replacingOccurrences(of: "%", with: " %"))
  }

  /// One percent convention per language, in the charts and in every catalog string: "73%" in English,
  /// "73 %" in Spanish (the play test saw "60 %" in the summary but "73%" in stats and "90%" in profile).
  @Test("every catalog string writes % as its language does", arguments: Language.allCases)
  func catalogPercents(language: Language) throws {
    let catalog = try Catalog(json: Shipped.catalogJSON())
    for (key, entry) in catalog.entries[language] ?? [:] {
      for form in entry.forms {
        for index in form.indices where form[index] == "%" && index > form.startIndex {
          let before = form[form.index(before: index)]
          if language == .es {
            #expect(before == " ", "\(key): \(form)")
          } else {
            #expect(before != " ", "\(key): \(form)")
          }
        }
      }
    }
  }
}
