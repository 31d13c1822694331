import Foundation
import Testing

@testable import QuizCore

/// The fictional training bank in `Fixtures/Training/QuestionBanks/valdeluna`, the worked example of
/// `QuestionBanks/README.md`: a Spanish source with English translations, an English statement, qualifiers,
/// bounded numbers and small casts. It lives under `Tests/` so that it is never installed for players.
enum TrainingBank {
  static func folder() throws -> URL {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return fixtures.appendingPathComponent("Training/QuestionBanks/valdeluna")
  }

  static func json() throws -> String {
    try String(contentsOf: folder().appendingPathComponent("bank.json"), encoding: .utf8)
  }

  static func sourceTexts() throws -> [String: String] {
    let folder = try folder()
    return [
      "cronica": try String(contentsOf: folder.appendingPathComponent("sources/cronica.txt"), encoding: .utf8),
      "statement": try String(contentsOf: folder.appendingPathComponent("sources/statement.txt"), encoding: .utf8),
    ]
  }

  static func index() throws -> BankIndex {
    BankIndex(try #require(BankDecoder.decode(Data(try json().utf8), file: "bank.json").bank))
  }

  /// Everything lint reports for a text of the bank, rendered.
  static func lint(_ text: String) throws -> [String] {
    let decoded = BankDecoder.decode(Data(text.utf8), file: "bank.json")
    guard let bank = decoded.bank else { return decoded.diagnostics.map(\.description) }
    let validator = BankValidator(
      file: "bank.json", positions: decoded.positions, sourceTexts: try sourceTexts(), folderName: "valdeluna")
    return Diagnostic.sorted(decoded.diagnostics + validator.validate(bank)).map(\.description)
  }

  /// The bank's text with the only occurrence of `find` replaced.
  static func edited(_ find: String, _ replace: String) throws -> String {
    let parts = try json().components(separatedBy: find)
    try #require(parts.count == 2, "\"\(find)\" occurs \(parts.count - 1) times in the training bank")
    return parts.joined(separator: replace)
  }
}
