import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz banks`: lists the question banks found, with their size and languages.
struct BanksCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "banks",
      abstract: HelpText.t("List the question banks found: id, title, facts, entities and languages.")
    )
  }

  @Flag(help: ArgumentHelp(HelpText.t("Print the list as JSON.")))
  var json = false

  @OptionGroup var options: CommonOptions

  func run() throws {
    let language = try options.resolvedLanguage()
    let data = try DataLocator.live().locate(dataDir: options.dataDir.path)
    let store = BankStore()
    let folders = store.bankFolders(in: data)
    let banksFolder = data.appendingPathComponent("QuestionBanks")
    if let problem = FolderAccess.problem(banksFolder.path) {
      throw CaseQuizError.cannotRead(store.shownPath(banksFolder), problem)
    }
    let unreadable = FolderAccess.unreadableFolders(in: banksFolder.path)
    if folders.isEmpty, let first = unreadable.first {
      throw CaseQuizError.cannotReadBankFolder(store.shownPath(URL(fileURLWithPath: first)), "permission denied")
    }
    guard !folders.isEmpty else {
      throw CaseQuizError(
        "no banks in \(store.shownPath(banksFolder))", key: "error.noBanks", ["path": store.shownPath(banksFolder)])
    }
    var rows: [BanksTable.Row] = []
    var broken: [String] = []
    for folder in folders {
      let loaded = store.load(bankFile: folder.appendingPathComponent("bank.json"), validate: false)
      guard let bank = loaded.bank else {
        broken.append(store.shownPath(folder))
        continue
      }
      let counts = BanksTable.questionCounts?(bank)
      rows.append(
        BanksTable.Row(
          id: bank.id, title: bank.title[language], facts: bank.facts.count, entities: bank.entities.count,
          languages: bank.languages, path: store.shownPath(folder),
          questions: counts.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }))
    }
    let catalog = try? GameContext.loadCatalog(in: data, store: store)
    print(json ? try BanksTable.json(rows) : BanksTable.table(rows, language: language, catalog: catalog))
    for path in unreadable {
      printError("cannot read the bank folder \(store.shownPath(URL(fileURLWithPath: path))): permission denied")
    }
    for path in broken {
      printError("the bank in \(path) cannot be read; run 'casequiz lint \(path)' to see why")
    }
    if !broken.isEmpty || !unreadable.isEmpty { throw ExitCode.failure }
  }

}
