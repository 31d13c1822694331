import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz study`: the case to read before playing: a timeline of the dated facts, then every fact by topic
/// with its source.
struct StudyCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "study",
      abstract: HelpText.t("Read the case: a timeline, then every fact by topic with the quote it rests on."),
      discussion: HelpText.t("Examples: casequiz study --both\n          casequiz study --bank <bank> --topic <topic>")
    )
  }

  @OptionGroup var options: CommonOptions

  @Option(
    help: ArgumentHelp(
      HelpText.t("The bank to read (default: $CASEQUIZ_BANK, the bank last played, then the first bank found).")))
  var bank: String?

  @Flag(
    help: ArgumentHelp(HelpText.t("Show English and Spanish side by side (one under the other on narrow terminals).")))
  var both = false

  @Option(
    help: ArgumentHelp(
      HelpText.t(
        "Only this topic: its id (shown beside each heading of the study view) or its name in either language.")))
  var topic: String?

  @Option(help: ArgumentHelp(HelpText.t("Use colors: auto, always or never.")))
  var color: ColorChoice = .auto

  func run() throws {
    let language = try options.resolvedLanguage()
    let context = try GameContext.load(
      dataDir: options.dataDir.path, bankID: bank, lastPlayed: { _ in BankChoice.lastPlayed() })
    // The topic as named (its id, or its name in either language), as its id.
    let topic =
      try self.topic.map { try QuestionFilter.checked(kinds: [], topics: [$0], in: context.bank).topics?.first }
      ?? nil
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let text = StudyText(catalog: context.catalog)
    let primary = text.lines(StudyGuide(bank: context.bank, renderer: renderer, language: language, topic: topic))
    let output = TerminalOutput.live(color: color)
    guard both else {
      output.write(primary)
      return
    }
    let other = StudyGuide(bank: context.bank, renderer: renderer, language: language.other, topic: topic)
    let width = output.width ?? TerminalInfo.width()
    let secondary = text.lines(other, quotes: false)
    if width >= 100 {
      FileHandle.standardOutput.write(
        Data((StudyLayout.sideBySide(primary, secondary, width: width, output: output) + "\n").utf8))
    } else {
      output.write(StudyLayout.interleaved(primary, secondary))
    }
  }
}
