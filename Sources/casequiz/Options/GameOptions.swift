import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// The options of `play` and `review`.
struct GameOptions: ParsableArguments {
  @OptionGroup var dataDir: DataDirOption

  @Option(
    help: ArgumentHelp(
      HelpText.t("The bank to play (default: $CASEQUIZ_BANK, the bank last played, then the first bank found).")))
  var bank: String?

  @OptionGroup var language: LanguageOption

  @Option(
    parsing: .unconditional,
    help:
      ArgumentHelp(
        HelpText.t(
          "How many questions, from 1 to \(GameSettings.maximumCount) (default: \(GameSettings.defaultCount) in play; in review, every question due or missed)."
        )),
    transform: NumberArgument.integer)
  var count: Int?

  @OptionGroup var filter: QuestionFilterOptions

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      HelpText.t("Play the same game again: the same seed asks the same questions in the same order.")),
    transform: NumberArgument.seed)
  var seed: UInt64?

  @OptionGroup var profile: ProfileOption

  @Option(help: ArgumentHelp(HelpText.t("Use colors: auto, always or never.")))
  var color: ColorChoice = .auto

  @Flag(help: ArgumentHelp(HelpText.t("No streak bonus.")))
  var noStreaks = false

  @Flag(help: ArgumentHelp(HelpText.t("Add a speed bonus that shrinks with the time taken.")))
  var timed = false

  @Flag(help: ArgumentHelp(HelpText.t("Do not ask a missed question again before the end of the game.")))
  var noRelearn = false

  @Flag(
    help: ArgumentHelp(
      HelpText.t("Speak JSON Lines on stdout and read one answer or command per line on stdin (see the README).")))
  var json = false

  mutating func validate() throws {
    if let count, !(1...GameSettings.maximumCount).contains(count) {
      throw ValidationError("--count must be between 1 and \(GameSettings.maximumCount), not \(count)")
    }
    try profile.validate(dataDir: dataDir.path, language: language.choice())
  }

  /// The options as the edge library takes them.
  func settings(environment: [String: String] = ProcessEnvironment.variables) -> GameSettings {
    GameSettings(
      dataDir: dataDir.path, bank: bank, language: language.choice(environment: environment), count: count,
      kinds: filter.kind.kinds, topics: filter.topics, seed: seed, profile: profile.profile, color: color,
      noStreaks: noStreaks, timed: timed, json: json, noRelearn: noRelearn)
  }
}
