import ArgumentParser
import QuizEdge

/// `casequiz play` (and plain `casequiz`): a game of questions drawn by priority: due for review, never seen,
/// then the rest.
struct PlayCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "play",
      abstract: HelpText.t("Play a game on a bank (the default command)."),
      discussion: HelpText.t(
        """
        Examples: casequiz play --lang es --count 5
                  casequiz play --kind typed --seed 42
                  casequiz play --bank <bank> --topic <topic>
                  (casequiz banks lists the banks, casequiz study the topics)
        Type :help during the game for the commands and the scoring rules.
        """)
    )
  }

  @OptionGroup var options: GameOptions

  func run() throws {
    try GameRunner(options: options.settings(), mode: .play).run()
  }
}
