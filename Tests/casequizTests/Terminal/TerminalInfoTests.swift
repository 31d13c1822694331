import QuizCore
import Testing

@testable import QuizEdge

struct TerminalInfoTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("Élysée, ñandú, e\u{301}", "Élysée, ñandú, e\u{301}"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("red\u{1B}[31;1mtext\u{1B}[0m", "redtext"),
    ("title\u{1B}]0;pwned\u{07}after", "titleafter"),
    ("link\u{1B}]8;;http://x\u{1B}\\text", "linktext"),
    ("c1 csi\u{9B}2Jx", "c1 csix"),
    ("dcs\u{1B}Pq#0;2;0\u{1B}\\end", "dcsend"),
    ("charset\u{1B}(B ok", "charset ok"),
    ("reset\u{1B}c done", "reset done"),
    ("bell\u{07}cr\rdel\u{7F}nul\u{0}c1\u{85}", "bellcrdelnulc1"),
    ("bidi \u{202E}exe.txt\u{202C}", "bidi exe.txt"),
    ("isolate \u{2066}x\u{2069} mark\u{200F}", "isolate x mark"),
    ("bom\u{FEFF} sep\u{2028}", "bom sep"),
    ("emoji 👩‍💻 👍🏽", "emoji 👩‍💻 👍🏽"),
    ("cut at end\u{1B}[31", "cut at end"),
    ("lone esc\u{1B}", "lone esc"),
  ])
  func sanitize(input: String, expected: String) {
    #expect(TerminalInfo.sanitize(input) == expected)
  }

  @Test(arguments: [
    ("the quick brown fox", 10, ["the quick", "brown fox"]),
    ("", 10, [""]),
    ("one\n\ntwo", 10, ["one", "", "two"]),
    ("a   b\tc", 10, ["a b c"]),
    ("Élysée Élysée", 6, ["Élysée", "Élysée"]),
    ("cafe\u{301} ole", 8, ["cafe\u{301} ole"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("日本語 テキスト", 6, ["日本語", "テキス", "ト"]),
    ("x y", 0, ["x", "y"]),
  ])
  func wrap(text: String, width: Int, expected: [String]) {
    #expect(TerminalInfo.wrap(text, width: width) == expected)
  }

  @Test(arguments: [
    ("abc", 3), ("e\u{301}", 1), ("Élysée", 6), ("日本", 4), ("👍", 2), ("👩‍💻", 2), ("a\u{200B}b", 2),
  ])
  func displayWidth(text: String, expected: Int) {
    #expect(TerminalInfo.displayWidth(text) == expected)
  }

  @Test(arguments: [
    (ColorChoice.never, true, ["TERM": "xterm"], false),
    (.always, false, [:], true),
    (.always, true, ["TERM": "dumb", "NO_COLOR": "1"], true),
    (.auto, true, ["TERM": "xterm-256color"], true),
    (.auto, false, ["TERM": "xterm-256color"], false),
    (.auto, true, ["TERM": "dumb"], false),
    (.auto, true, [:], false),
    (.auto, true, ["TERM": "xterm", "NO_COLOR": "1"], false),
    (.auto, true, ["TERM": "xterm", "NO_COLOR": ""], true),
  ])
  func colors(choice: ColorChoice, isTTY: Bool, environment: [String: String], expected: Bool) {
    #expect(TerminalInfo.colorsEnabled(choice: choice, isTTY: isTTY, environment: environment) == expected)
  }

  @Test(arguments: [
    (["LANG": "en_US.UTF-8"], true),
    (["LANG": "es_MX.utf8"], true),
    (["LANG": "C"], false),
    (["LANG": "POSIX"], false),
    ([:], false),
    (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
    (["LC_CTYPE": "C.UTF-8", "LANG": "C"], true),
    (["LC_ALL": "", "LC_CTYPE": "es_MX.UTF-8"], true),
  ])
  func utf8Locale(environment: [String: String], expected: Bool) {
    #expect(TerminalInfo.localeSupportsUTF8(environment: environment) == expected)
  }

  @Test func utf8InputEnvironment() {
    let utf8 = "C.UTF-8"
    #expect(TerminalInfo.environmentForUTF8Input(["LANG": "en_US.UTF-8"], utf8Locale: utf8) == ([:], []))
    #expect(TerminalInfo.environmentForUTF8Input([:], utf8Locale: utf8) == ([:], []))
    #expect(TerminalInfo.environmentForUTF8Input(["LANG": "C"], utf8Locale: utf8) == (["LC_CTYPE": utf8], []))
    let fromAll = TerminalInfo.environmentForUTF8Input(["LC_ALL": "es_MX", "LANG": "C"], utf8Locale: utf8)
    #expect(fromAll.unset == ["LC_ALL"])
    #expect(fromAll.set["LC_CTYPE"] == utf8)
    #expect(fromAll.set["LC_MESSAGES"] == "es_MX")
    #expect(fromAll.set["LC_NUMERIC"] == "es_MX")
  }

  /// A row of a table too wide for the terminal keeps its first column and wraps its description under itself
  /// (the in-game `:help` at 60 columns lost its alignment, play test); other lines wrap as before.
  @Test(
    arguments: [
      (
        "  :hint (:pista)         remove two wrong options, or reveal part of the answer (costs points)", 60,
        [
          "  :hint (:pista)         remove two wrong options, or reveal",
          "                         part of the answer (costs points)",
        ]
      ),
      ("  :help (:ayuda)         this help", 60, ["  :help (:ayuda)         this help"]),
      (
        "Type your answer and press Enter.  Commands follow in the list below, each on a line.", 40,
        ["Type your answer and press Enter.", "Commands follow in the list below, each", "on a line."]
      ),
    ] as [(String, Int, [String])])
  func tableRowsKeepTheirColumns(line: String, width: Int, expected: [String]) {
    let output = TerminalOutput(colors: false, width: width)
    #expect(output.format([StyledLine(line)]) == expected.joined(separator: "\n"))
  }
}
