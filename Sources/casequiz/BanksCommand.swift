import ArgumentParser
import Foundation
import QuizCore

/// `casequiz banks`: lists the question banks found, with their size and languages.
struct BanksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "banks",
    abstract: "List the question banks found: id, title, facts, entities and languages."
  )

  @Flag(help: "Print the list as JSON.")
  var json = false

  @OptionGroup var options: CommonOptions

  /// The number of questions a bank yields in each language it declares: every question is generated in
  /// both languages, so the counts agree unless a bank is played in one language only.
  static let questionCounts: (@Sendable (Bank) -> [Language: Int])? = { bank in
    let count = QuestionGenerator(bank: BankIndex(bank)).allQuestions().count
    return Dictionary(bank.languages.map { ($0, count) }, uniquingKeysWith: { first, _ in first })
  }

  /// One listed bank.
  struct Row: Encodable, Equatable {
    var id: String
    var title: String
    var facts: Int
    var entities: Int
    var languages: [Language]
    var path: String
    var questions: [String: Int]?
  }

  func run() throws {
    let language = options.language
    let data = try DataLocator.live().locate(dataDir: options.dataDir.path)
    let store = BankStore()
    let folders = store.bankFolders(in: data)
    guard !folders.isEmpty else {
      throw CaseQuizError("no banks in \(store.shownPath(data.appendingPathComponent("QuestionBanks")))")
    }
    var rows: [Row] = []
    var broken: [String] = []
    for folder in folders {
      let loaded = store.load(bankFile: folder.appendingPathComponent("bank.json"), validate: false)
      guard let bank = loaded.bank else {
        broken.append(store.shownPath(folder))
        continue
      }
      let counts = Self.questionCounts?(bank)
      rows.append(
        Row(
          id: bank.id, title: bank.title[language], facts: bank.facts.count, entities: bank.entities.count,
          languages: bank.languages, path: store.shownPath(folder),
          questions: counts.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }))
    }
    let catalog = try? GameContext.loadCatalog(in: data, store: store)
    print(json ? try Self.json(rows) : Self.table(rows, language: language, catalog: catalog))
    for path in broken {
      printError("the bank in \(path) cannot be read; run 'casequiz lint \(path)' to see why")
    }
    if !broken.isEmpty { throw ExitCode.failure }
  }

  static func json(_ rows: [Row]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self)
  }

  /// The column headers in a language, from the catalog (`banks.headers`, separated by `|`).
  static func headers(_ catalog: Catalog?, language: Language) -> [String] {
    let english = ["ID", "TITLE", "FACTS", "ENTITIES", "LANGUAGES", "QUESTIONS"]
    guard let text = catalog?.string("banks.headers", in: language), text != "banks.headers" else { return english }
    let headers = text.split(separator: "|").map(String.init)
    return headers.count == english.count ? headers : english
  }

  /// The rows as aligned columns under headers in `language`; numbers are right-aligned.
  static func table(_ rows: [Row], language: Language, catalog: Catalog? = nil) -> String {
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
