import ArgumentParser
import QuizCore

/// `--kind`, repeatable: the question kinds a command keeps.
struct KindFilterOption: ParsableArguments {
  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp(
      HelpText.t("Only questions of this kind: \(HelpText.kinds). Repeatable."),
      valueName: "kind"))
  var kinds: [QuestionKind] = []
}

/// `--kind` and `--topic`, repeatable: which of a bank's questions a game asks.
struct QuestionFilterOptions: ParsableArguments {
  @OptionGroup var kind: KindFilterOption

  @Option(
    name: .customLong("topic"),
    help: ArgumentHelp(
      HelpText.t("Only questions of this topic: its id or its name (`casequiz study` lists them). Repeatable."),
      valueName: "topic")
  )
  var topics: [String] = []
}

extension QuestionKind: ExpressibleByArgument {}
