import Foundation
import Testing

@testable import QuizCore

/// Diagnostics quote values from the bank; printed by `casequiz lint`, they must not carry the bank's control
/// characters to the terminal, nor break the one-line format.
@Suite("diagnostics escape control characters")
struct DiagnosticEscapingTests {
  @Test(arguments: [
    ("nobody\u{1B}[2J", #"nobody\u001B[2J"#),
    ("a\u{9B}31m", #"a\u009B31m"#),
    ("title\u{1B}]0;owned\u{07}", #"title\u001B]0;owned\u0007"#),
    ("two\nlines\r", #"two\u000Alines\u000D"#),
    ("right\u{202E}to left\u{2066}", #"right\u202Eto left\u2066"#),
    ("tab\tkept", "tab\tkept"),
    ("Crépin «ñ» 漢字 😀", "Crépin «ñ» 漢字 😀"),
  ])
  func valuesAreWrittenAsJSONEscapes(value: String, shown: String) {
    let diagnostic = Diagnostic.error(
      "unknown subject entity \"\(value)\"", at: .init(file: "bank.json", line: 3, column: 7))
    #expect(diagnostic.description == "bank.json:3:7: error: unknown subject entity \"\(shown)\"")
    #expect(diagnostic.message.contains(value), "the message itself keeps the value")
  }

  @Test func aDanglingIDWithAnEscapeSequenceIsReportedEscaped() throws {
    let data = try Data(contentsOf: Shipped.root.appendingPathComponent("QuestionBanks/cassez/bank.json"))
    let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
      of: "\"subject\": \"kidnapping-scandal\"", with: "\"subject\": \"x\\u001b[2J\"")
    let decoded = BankDecoder.decode(Data(text.utf8), file: "bank.json")
    let bank = try #require(decoded.bank)
    let lines = BankValidator(file: "bank.json", positions: decoded.positions).validate(bank).map(\.description)
    #expect(lines.contains { $0.hasSuffix(#"unknown subject entity "x\u001B[2J""#) }, "\(lines)")
    #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
  }
}
