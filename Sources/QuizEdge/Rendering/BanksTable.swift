import Foundation
import QuizCore

/// The table `casequiz banks` prints: one row per bank found, as text or JSON.
public enum BanksTable {

  /// The number of questions a bank yields in each language it declares: every question is generated in
  /// both languages, so the counts agree unless a bank is played in one language only.
  public static let questionCounts: (@Sendable (Bank) -> [Language: Int])? = { bank in
    let count = QuestionGenerator(bank: BankIndex(bank)).allQuestions().count
    return Dictionary(bank.languages.map { ($0, count) }, uniquingKeysWith: { first, _ in first })
  }

  /// One listed bank.
  public struct Row: Encodable, Equatable {
    public var id: String
    public var title: String
    public var facts: Int
    public var entities: Int
    public var languages: [Language]
    public var path: String
    public var questions: [String: Int]?

    public init(
      id: String, title: String, facts: Int, entities: Int, languages: [Language], path: String,
      questions: [String: Int]?
    ) {
      self.id = id
      self.title = title
      self.facts = facts
      self.entities = entities
      self.languages = languages
      self.path = path
      self.questions = questions
    }
  }

  public static func json(_ rows: [Row]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self)
  }

  /// The column headers in a language, from the catalog (`banks.headers`, separated by `|`).
  public static func headers(_ catalog: Catalog?, language: Language) -> [String] {
    let english = ["ID", "TITLE", "FACTS", "ENTITIES", "LANGUAGES", "QUESTIONS"]
    guard let text = catalog?.string("banks.headers", in: language), text != "banks.headers" else { return english }
    let headers = text.split(separator: "|").map(String.init)
    return headers.count == english.count ? headers : english
  }

  /// The rows as aligned columns under headers in `language`; numbers are right-aligned.
  public static func table(_ rows: [Row], language: Language, catalog: Catalog? = nil) -> String {
    let showQuestions = rows.contains { $0.questions != nil }
    var lines: [[String]] = [Array(headers(catalog, language: language).prefix(showQuestions ? 6 : 5))]
    for row in rows {
      // The id and title come from the bank file, which `banks` lists even when it does not pass lint.
      let cell = { (text: String) in TerminalInfo.sanitize(text).replacingOccurrences(of: "\n", with: " ") }
      var cells = [
        cell(row.id), cell(row.title), String(row.facts), String(row.entities),
        row.languages.map(\.rawValue).joined(separator: ", "),
      ]
      if showQuestions {
        cells.append(
          (row.questions ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
      }
      lines.append(cells)
    }
    let columns = lines.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      lines.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    let numeric: Set<Int> = [2, 3]
    return lines.map { cells in
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        if numeric.contains(column) { return padding + cell }
        return column == cells.count - 1 ? cell : cell + padding
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
