import Foundation
import QuizCore
import Testing

/// The small, clean bank in `Fixtures/QuestionBanks/mini`, and helpers that break one thing in its JSON text and
/// report what the decoder and validator say, as the lines `casequiz lint` prints.
enum BankFixture {
  static func folder() throws -> URL {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return fixtures.appendingPathComponent("QuestionBanks/mini")
  }

  /// The text of `bank.json`.
  static func json() throws -> String {
    try String(contentsOf: folder().appendingPathComponent("bank.json"), encoding: .utf8)
  }

  /// The source documents' texts by document id.
  static func sourceTexts() throws -> [String: String] {
    let folder = try folder()
    return [
      "report": try String(contentsOf: folder.appendingPathComponent("sources/report.txt"), encoding: .utf8),
      "nota": try String(contentsOf: folder.appendingPathComponent("sources/nota.txt"), encoding: .utf8),
    ]
  }

  /// The decoded bank.
  static func bank() throws -> Bank {
    try #require(BankDecoder.decode(Data(try json().utf8), file: "bank.json").bank)
  }

  /// Everything lint reports for a bank text, rendered.
  static func lint(_ text: String, folderName: String = "mini") throws -> [String] {
    let decoded = BankDecoder.decode(Data(text.utf8), file: "bank.json")
    guard let bank = decoded.bank else { return decoded.diagnostics.map(\.description) }
    let validator = BankValidator(
      file: "bank.json", positions: decoded.positions, sourceTexts: try sourceTexts(), folderName: folderName)
    return Diagnostic.sorted(decoded.diagnostics + validator.validate(bank)).map(\.description)
  }
}

/// One way of breaking the mini bank: replace the only occurrence of `find` with `replace`.
struct BankEdit: Sendable, CustomTestStringConvertible {
  var name: String
  var find: String
  var replace: String
  var expected: [String]

  init(_ name: String, find: String, replace: String, _ expected: [String]) {
    self.name = name
    self.find = find
    self.replace = replace
    self.expected = expected
  }

  var testDescription: String { name }

  /// The mini bank's text with the edit applied; fails the test unless `find` occurs exactly once.
  func apply() throws -> String {
    let text = try BankFixture.json()
    let parts = text.components(separatedBy: find)
    try #require(parts.count == 2, "\"\(find)\" occurs \(parts.count - 1) times in the mini bank")
    return parts.joined(separator: replace)
  }
}
