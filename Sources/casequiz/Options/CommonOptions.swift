import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `--data-dir`: where to find `QuestionBanks/` (and `Locales/`), overriding the usual search.
struct DataDirOption: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      HelpText.t(
        "The folder holding QuestionBanks/ (default: $CASEQUIZ_DATA_DIR, then the installed or bundled data)."),
      valueName: "dir"))
  var path: String?
}

/// `--lang`, resolved by the one rule every command shares (``LanguageChoice``).
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      HelpText.t("The language: en or es (default: $CASEQUIZ_LANG, the profile's, then the locale's)."),
      valueName: "lang"))
  var lang: Language?

  /// The rule, applied to this process's environment.
  func choice(environment: [String: String] = ProcessInfo.processInfo.environment) -> LanguageChoice {
    LanguageChoice(flag: lang, environment: environment)
  }
}

/// The options most commands share: the data folder and the language.
struct CommonOptions: ParsableArguments {
  @OptionGroup var dataDir: DataDirOption
  @OptionGroup var language: LanguageOption

  /// The language for a command that opens no profile of its own (`banks`, `study`, `export`): the one rule,
  /// with the default profile's saved language (read, never written); a bad `CASEQUIZ_LANG` is an error.
  func resolvedLanguage() throws(CaseQuizError) -> Language {
    try language.choice().resolveWithSavedProfile()
  }
}
