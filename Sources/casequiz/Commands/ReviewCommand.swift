import ArgumentParser
import QuizEdge

/// `casequiz review`: the questions due for review, missed ones first; `--missed` drills every question ever
/// missed and not answered right since; `--list` prints the missed questions with their right answers.
struct ReviewCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "review",
      abstract: HelpText.t("Review the questions that are due (spaced repetition), or drill the ones you missed."),
      discussion: HelpText.t(
        """
        Examples: casequiz review
                  casequiz review --missed --lang es
                  casequiz review --list
        """)
    )
  }

  @OptionGroup var options: GameOptions

  @Flag(help: ArgumentHelp(HelpText.t("Drill every question ever missed and not answered right since, due or not.")))
  var missed = false

  @Flag(help: ArgumentHelp(HelpText.t("Print the missed questions with their right answers instead of playing.")))
  var list = false

  func run() throws {
    let runner = GameRunner(options: options.settings(), mode: missed ? .missed : .review)
    if list {
      try runner.listMissed()
    } else {
      try runner.run()
    }
  }
}
