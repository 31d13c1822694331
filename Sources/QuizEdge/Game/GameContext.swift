import Foundation
import QuizCore

/// What every game-like command needs: the data folder, one bank indexed for play, and the UI strings.
public struct GameContext {
  /// The data folder found by `DataLocator`.
  public var dataDirectory: URL
  /// The bank, indexed.
  public var bank: BankIndex
  /// The UI strings of both languages.
  public var catalog: Catalog

  /// Finds the data, reads the bank and the catalogs; every problem is one `CaseQuizError` naming the file or
  /// value. The bank is `bankID`, else the one `CASEQUIZ_BANK` names, else the one `lastPlayed` returns (asked
  /// only when several banks are installed, with the catalogs for its messages), else the first found
  /// (``BankChoice``).
  public static func load(
    dataDir: String?, bankID: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    lastPlayed: (Catalog) throws(CaseQuizError) -> String? = { _ in nil }
  ) throws(CaseQuizError) -> GameContext {
    let data = try DataLocator.live().locate(dataDir: dataDir)
    var store = BankStore()
    store.validated = ValidatedBanks.live()
    let folders = store.bankFolders(in: data)
    let banks = data.appendingPathComponent("QuestionBanks")
    let banksFolder = store.shownPath(banks)
    var catalog: Catalog?
    let choice = try BankChoice.resolve(
      flag: bankID, environment: environment, available: folders.map(\.lastPathComponent),
      lastPlayed: { () throws(CaseQuizError) -> String? in
        let loaded = try loadCatalog(in: data, store: store)
        catalog = loaded
        return try lastPlayed(loaded)
      })
    guard let choice else {
      if let problem = FolderAccess.problem(banks.path) {
        throw CaseQuizError.cannotRead(banksFolder, problem)
      }
      // A bank folder that cannot be read is not "no bank": say which one, and why.
      if let unreadable = FolderAccess.unreadableFolders(in: banks.path).first,
        let problem = FolderAccess.problem(unreadable)
      {
        throw CaseQuizError.cannotReadBankFolder(store.shownPath(URL(fileURLWithPath: unreadable)), problem)
      }
      throw CaseQuizError(
        "no bank in \(banksFolder): it holds no folder with a bank.json", key: "error.noBankInFolder",
        ["path": banksFolder])
    }
    guard let folder = folders.first(where: { $0.lastPathComponent == choice.id }) else {
      // A folder that is there but cannot be read is named with the reason, not reported missing.
      let wantedFolder = banks.appendingPathComponent(choice.id)
      if let problem = FolderAccess.problem(wantedFolder.path) {
        throw CaseQuizError.cannotReadBankFolder(store.shownPath(wantedFolder), problem)
      }
      if let problem = FolderAccess.problem(banks.path) {
        throw CaseQuizError.cannotRead(banksFolder, problem)
      }
      let known = folders.map(\.lastPathComponent).joined(separator: ", ")
      let fromVariable = choice.source == .environment
      let named = fromVariable ? "\(BankChoice.variable) names no bank" : "no bank"
      throw CaseQuizError(
        "\(named) \"\(choice.id)\" in \(banksFolder)" + (known.isEmpty ? "" : " (banks found: \(known))"),
        key: "error.noBank" + (fromVariable ? "InVariable" : "") + (known.isEmpty ? "" : "Listed"),
        ["bank": choice.id, "path": banksFolder, "banks": known, "variable": BankChoice.variable])
    }
    // Validated, not only decoded: a dangling id, a duplicate or a control character in a text is refused
    // here with the first error, as `lint` reports it, instead of being played. An unchanged bank this build
    // already found clean is not validated again (see `ValidatedBanks`).
    let loaded = store.load(bankFile: folder.appendingPathComponent("bank.json"), validate: true)
    guard let bank = loaded.bank, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
      let first = loaded.diagnostics.first { $0.severity == .error }.map { " (" + $0.description + ")" } ?? ""
      throw CaseQuizError(
        "the bank in \(store.shownPath(folder)) cannot be read\(first); run 'casequiz lint \(store.shownPath(folder))'",
        key: "error.bankUnreadable", ["path": store.shownPath(folder), "detail": first])
    }
    let strings: Catalog
    if let catalog { strings = catalog } else { strings = try loadCatalog(in: data, store: store) }
    return GameContext(
      dataDirectory: data, bank: BankIndex(bank, sourceTexts: loaded.sourceTexts), catalog: strings)
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
