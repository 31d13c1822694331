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

  static func catalogJSON() throws -> [Language: Data] {
    var json: [Language: Data] = [:]
    for language in Language.allCases {
      json[language] = try Data(contentsOf: root.appendingPathComponent("Locales/\(language.rawValue).json"))
    }
    return json
  }
}
