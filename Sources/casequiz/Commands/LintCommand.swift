import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz lint`: checks banks and prints every problem as `path:line:column: error: message`.
struct LintCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "lint",
      abstract: HelpText.t("Check question banks: JSON, ids, references, value types, templates, quotes and texts."),
      discussion: HelpText.t(
        """
        Prints each problem as 'path:line:column: error: message', then a count. Exits with 0 when no errors \
        were found, 1 otherwise; with --strict, warnings fail too. The problems are said in English, in the form \
        editors and scripts read; the count and the command's own errors follow --lang.
        """)
    )
  }

  @Argument(
    help: ArgumentHelp(HelpText.t("Bank folders or bank.json files (default: every bank found)."), valueName: "path"))
  var paths: [String] = []

  @Flag(help: ArgumentHelp(HelpText.t("Fail on warnings as well as errors.")))
  var strict = false

  @OptionGroup var dataDir: DataDirOption
  @OptionGroup var language: LanguageOption

  func run() throws {
    let language = try language.choice().resolveWithSavedProfile()
    let store = BankStore()
    var diagnostics: [Diagnostic] = []
    var banks: [String] = []
    func lint(_ files: [URL]) {
      for file in files {
        let loaded = store.load(bankFile: file, validate: true, detail: .full)
        diagnostics += loaded.diagnostics
        banks.append(loaded.bank?.id ?? file.deletingLastPathComponent().lastPathComponent)
      }
    }
    if paths.isEmpty {
      let data = try DataLocator.live().locate(dataDir: dataDir.path)
      let folders = store.bankFolders(in: data)
      guard !folders.isEmpty else {
        let path = store.shownPath(data.appendingPathComponent("QuestionBanks"))
        throw CaseQuizError("no banks in \(path)", key: "error.noBanks", ["path": path])
      }
      lint(folders.map { $0.appendingPathComponent("bank.json") })
    }
    for path in paths {
      let found = store.bankFiles(at: path)
      diagnostics += found.problems
      lint(found.files)
    }
    for diagnostic in diagnostics { print(diagnostic) }
    let catalog = ProfileMessages.catalog(dataDir: dataDir.path)
    print(LintSummary.line(diagnostics, banks: banks, catalog: catalog, language: language))
    if diagnostics.hasErrors || (strict && diagnostics.warningCount > 0) { throw ExitCode.failure }
  }
}
