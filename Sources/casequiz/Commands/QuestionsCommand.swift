import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz questions`: every generated question with its answer, options, accepted answers and source,
/// for bank authors.
struct QuestionsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "questions",
      abstract: HelpText.t("Print every question a bank generates, with answers and sources (for bank authors)."),
      discussion: HelpText.t("Example: casequiz questions --lang es --kind choice --kind timeline")
    )
  }

  /// `--lang`: one language or both.
  enum Languages: String, ExpressibleByArgument, CaseIterable {
    case en, es, all
  }

  @OptionGroup var dataDir: DataDirOption

  @Option(
    help: ArgumentHelp(
      HelpText.t("The bank to read (default: $CASEQUIZ_BANK, the bank last played, then the first bank found).")))
  var bank: String?

  @Option(
    help: ArgumentHelp(HelpText.t("The language: en, es or all (default: from the environment)."), valueName: "lang"))
  var lang: Languages?

  @OptionGroup var kind: KindFilterOption

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(HelpText.t("The seed that chooses distractors and shown orders (default: 0).")),
    transform: NumberArgument.seed)
  var seed: UInt64 = 0

  @Flag(
    help: ArgumentHelp(
      HelpText.t("Print JSON Lines: id, kind, lang, topic, prompt, options, answer, accepted, facts, source.")))
  var json = false

  func run() throws {
    let context = try GameContext.load(
      dataDir: dataDir.path, bankID: bank, lastPlayed: { _ in BankChoice.lastPlayed() })
    let languages: [Language] =
      switch lang {
      case .all: Language.allCases
      case .en: [.en]
      case .es: [.es]
      case nil: [try LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).resolve()]
      }
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let questions = QuestionGenerator(bank: context.bank, seed: seed).allQuestions()
      .filter { kind.kinds.isEmpty || kind.kinds.contains($0.kind) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var output = ""
    for question in questions {
      for language in languages {
        let rendered = renderer.render(question, in: language)
        if json {
          output += String(decoding: try encoder.encode(QuestionListing.Line(rendered)), as: UTF8.self) + "\n"
        } else {
          output += QuestionListing.text(rendered, catalog: context.catalog) + "\n"
        }
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }
}
