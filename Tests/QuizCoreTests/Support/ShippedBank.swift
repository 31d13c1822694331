import Foundation

@testable import QuizCore

/// The banks and catalogs shipped in the repository, read from the checkout the tests were built from.
enum Shipped {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func bank(_ id: String) throws -> BankIndex {
    let data = try Data(contentsOf: root.appendingPathComponent("QuestionBanks/\(id)/bank.json"))
    return BankIndex(try JSONDecoder().decode(Bank.self, from: data))
  }

  /// A shipped bank with the texts of its source documents, as a game loads it.
  static func bankWithSources(_ id: String) throws -> BankIndex {
    let folder = root.appendingPathComponent("QuestionBanks/\(id)")
    let bank = try JSONDecoder().decode(Bank.self, from: Data(contentsOf: folder.appendingPathComponent("bank.json")))
    var texts: [String: String] = [:]
    for source in bank.sources {
      texts[source.id] = try String(contentsOf: folder.appendingPathComponent(source.file), encoding: .utf8)
    }
    return BankIndex(bank, sourceTexts: texts)
  }

  static func catalogJSON() throws -> [Language: Data] {
    var json: [Language: Data] = [:]
    for language in Language.allCases {
      json[language] = try Data(contentsOf: root.appendingPathComponent("Locales/\(language.rawValue).json"))
    }
    return json
  }
}
