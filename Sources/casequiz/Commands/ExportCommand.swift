import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz export`: a bank's generated questions as flashcards, for Anki (tab-separated with Anki's header
/// lines) or as two plain columns (Quizlet and most other apps).
struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: HelpText.t(
        "Write a bank's questions as flashcards: an Anki deck (TSV) or two plain columns (Quizlet)."),
      discussion: HelpText.t(
        """
        Anki: File › Import the file; the notes are Basic, in the deck casequiz::<the bank's title, in the \
        export's language>, tagged by topic, kind and language. Quizlet: paste or import it with Tab between term \
        and definition, a new line between cards.
        Examples: casequiz export deck.tsv --both
                  casequiz export deck.txt --format plain --lang es
        """)
    )
  }

  @Argument(help: ArgumentHelp(HelpText.t("The file to write, or - for standard output."), valueName: "file"))
  var file: String

  @OptionGroup var options: CommonOptions

  @Option(
    help: ArgumentHelp(
      HelpText.t("The bank to export (default: $CASEQUIZ_BANK, the bank last played, then the first bank found).")))
  var bank: String?

  @Flag(help: ArgumentHelp(HelpText.t("Both languages: every question in English and in Spanish.")))
  var both = false

  @Option(
    help: ArgumentHelp(HelpText.t("anki (tab-separated, with Anki's header lines and HTML) or plain (two columns).")))
  var format: DeckFormat = .anki

  @OptionGroup var filter: QuestionFilterOptions

  // ArgumentParser adds "(default: 0)".
  @Option(help: ArgumentHelp(HelpText.t("The seed that decides distractors and shown orders.")))
  var seed: UInt64 = 0

  @Flag(help: ArgumentHelp(HelpText.t("Replace the file if it exists.")))
  var force = false

  func run() throws {
    let language = try options.resolvedLanguage()
    let context = try GameContext.load(
      dataDir: options.dataDir.path, bankID: bank, lastPlayed: { _ in BankChoice.lastPlayed() })
    let allowed = try QuestionFilter.checked(kinds: filter.kind.kinds, topics: filter.topics, in: context.bank)
    let questions = QuestionGenerator(bank: context.bank, seed: seed).allQuestions().filter(allowed.allows)
    let export = DeckExport(bank: context.bank, catalog: context.catalog)
    let cards = export.cards(questions, languages: both ? [language, language.other] : [language])
    let text = export.text(cards, format: format, language: language)
    if file == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try ExportFile.write(text, to: file, force: force)
    print(context.catalog.string("export.done", in: language, count: cards.count, ["path": file]))
  }
}

extension DeckFormat: ExpressibleByArgument {}
