import Foundation
import QuizCore

/// What every game-like command needs: the data folder, one bank indexed for play, and the UI strings.
public struct GameContext {
  /// The bank played when `--bank` is not given.
  public static let defaultBankID = "cassez"

  /// The data folder found by `DataLocator`.
  public var dataDirectory: URL
  /// The bank, indexed.
  public var bank: BankIndex
  /// The UI strings of both languages.
  public var catalog: Catalog

  /// Finds the data, reads the bank (by id, or the default one) and the catalogs; every problem is one
  /// `CaseQuizError` naming the file or value.
  public static func load(dataDir: String?, bankID: String?) throws(CaseQuizError) -> GameContext {
    let data = try DataLocator.live().locate(dataDir: dataDir)
    var store = BankStore()
    store.validated = ValidatedBanks.live()
    let folders = store.bankFolders(in: data)
    let wanted = bankID ?? defaultBankID
    guard let folder = folders.first(where: { $0.lastPathComponent == wanted }) ?? (bankID == nil ? folders.first : nil)
    else {
      let wantedFolder = data.appendingPathComponent("QuestionBanks").appendingPathComponent(wanted)
      if let problem = FolderAccess.problem(wantedFolder.path) {
        throw CaseQuizError("cannot read the bank folder \(store.shownPath(wantedFolder)): \(problem)")
      }
      let banks = data.appendingPathComponent("QuestionBanks")
      if let problem = FolderAccess.problem(banks.path) {
        throw CaseQuizError("cannot read \(store.shownPath(banks)): \(problem)")
      }
      let known = folders.map(\.lastPathComponent).joined(separator: ", ")
      throw CaseQuizError(
        "no bank \"\(wanted)\" in \(store.shownPath(data.appendingPathComponent("QuestionBanks")))"
          + (known.isEmpty ? "" : " (banks found: \(known))"))
    }
    // Validated, not only decoded: a dangling id, a duplicate or a control character in a text is refused
    // here with the first error, as `lint` reports it, instead of being played. An unchanged bank this build
    // already found clean is not validated again (see `ValidatedBanks`).
    let loaded = store.load(bankFile: folder.appendingPathComponent("bank.json"), validate: true)
    guard let bank = loaded.bank, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
      let first = loaded.diagnostics.first { $0.severity == .error }.map { " (" + $0.description + ")" } ?? ""
      throw CaseQuizError(
        "the bank in \(store.shownPath(folder)) cannot be read\(first); run 'casequiz lint \(store.shownPath(folder))'")
    }
    return GameContext(dataDirectory: data, bank: BankIndex(bank), catalog: try loadCatalog(in: data, store: store))
  }

  /// Reads `Locales/en.json` and `Locales/es.json` from the data folder.
  public static func loadCatalog(in data: URL, store: BankStore = BankStore()) throws(CaseQuizError) -> Catalog {
    var json: [Language: Data] = [:]
    for language in Language.allCases {
      let file = data.appendingPathComponent("Locales/\(language.rawValue).json")
      switch store.read(file, limit: 1 << 20) {
      case .success(let bytes): json[language] = bytes
      case .failure(let problem): throw CaseQuizError("\(store.shownPath(file)): \(problem.message)")
      }
    }
    do {
      return try Catalog(json: json)
    } catch {
      throw CaseQuizError(
        "the UI strings in \(store.shownPath(data.appendingPathComponent("Locales"))) are not valid JSON")
    }
  }
}
