import ArgumentParser
import Foundation
import QuizCore

/// `--data-dir`: where to find `QuestionBanks/` (and `Locales/`), overriding the usual search.
struct DataDirOption: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "The folder holding QuestionBanks/ (default: $CASEQUIZ_DATA_DIR, then the installed or bundled data).",
      valueName: "dir"))
  var path: String?
}

/// The options most commands share: the data folder and the language.
struct CommonOptions: ParsableArguments {
  @OptionGroup var dataDir: DataDirOption

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp("The language to use: en or es (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lang"))
  var lang: Language?

  /// The language asked for, or the one the environment suggests.
  var language: Language { lang ?? Language.preferred(in: ProcessInfo.processInfo.environment) }
}
