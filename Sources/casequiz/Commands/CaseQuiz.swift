import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz`: a bilingual quiz about a real case, generated from the facts of its question banks.
@main
struct CaseQuiz: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "casequiz",
      abstract: HelpText.t("A bilingual (English/Spanish) quiz game about real cases, generated from sourced facts."),
      version: "0.1.0",
      subcommands: [
        PlayCommand.self, ReviewCommand.self, BanksCommand.self, LintCommand.self, QuestionsCommand.self,
        StudyCommand.self, ExportCommand.self,
        ProfileCommand.self, StatsCommand.self,
      ],
      defaultSubcommand: PlayCommand.self
    )
  }

  /// Runs the command line, turning every error into one `casequiz: error: …` line: exit status 1 for bad
  /// data, 2 for bad usage, and whatever code a command chose (`lint` exits 1 when it finds errors).
  static func main() {
    do {
      let arguments = Array(CommandLine.arguments.dropFirst())
      let environment = ProcessEnvironment.variables
      // A game with ordinary options starts without ArgumentParser (see FastPlayArguments); anything else, help
      // and errors included, is parsed by it.
      if let settings = FastPlayArguments.settings(arguments, environment: environment) {
        try checkLanguageVariable(environment)
        try GameRunner(options: settings, mode: .play).run()
        return
      }
      // Help in the session's language: set before anything reads a command's configuration (see HelpText).
      if HelpText.isRequested(arguments) {
        HelpText.language = usageLanguage()
        HelpText.narrowForSpanish(environment)
      }
      let reordered = LeadingOptions.subcommandFirst(arguments, root: Self.self)
      try checkHelpTopic(reordered)
      var command = try parseAsRoot(reordered)
      if String(describing: type(of: command)) != "HelpCommand" { try checkLanguageVariable(environment) }
      try command.run()
    } catch let error as CaseQuizError {
      printError(localized(error))
      Foundation.exit(1)
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(HelpText.localizedFrame(fullMessage(for: error)))
        Foundation.exit(0)
      }
      let message = OneLineMessage.make(Self.message(for: error))
      guard code == .validationFailure else {
        printError(message)
        Foundation.exit(1)
      }
      // In the session's language: ArgumentParser's common messages are said in Spanish in a Spanish session.
      let language = usageLanguage()
      printError(
        UsageErrorText.localized(message, in: language) + UsageErrorText.seeHelp(helpCommand(), in: language))
      Foundation.exit(2)
    }
  }

  /// One language rule for every command (LanguageChoice): a CASEQUIZ_LANG that is neither en nor es is the same
  /// error whatever the command, unless --lang overrides it.
  static func checkLanguageVariable(_ environment: [String: String]) throws {
    guard !CommandLine.arguments.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) else { return }
    try LanguageChoice(flag: nil, environment: environment).validate()
  }

  /// `casequiz help NAME…` must name commands: ArgumentParser would show the top-level help for an unknown one
  /// and exit 0, which reads as success to a script.
  static func checkHelpTopic(_ arguments: [String]) throws {
    guard arguments.first == "help" else { return }
    var subcommands: [any ParsableCommand.Type] = configuration.subcommands
    var path = "casequiz"
    var isValue = false
    for name in arguments.dropFirst() {
      defer { isValue = LeadingOptions.valued.contains(name) }
      if name.hasPrefix("-") || isValue { continue }
      let names = subcommands.map { $0._commandName }
      guard let index = names.firstIndex(of: name) else {
        let shown = subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
        let known = shown.isEmpty ? "" : " (commands: \(shown.joined(separator: ", ")))"
        throw ValidationError("\(path) has no command \"\(ProfileMessages.escaped(name))\"\(known)")
      }
      subcommands = subcommands[index].configuration.subcommands
      path += " " + name
    }
  }

  /// An error raised before the session's catalog was at hand, said in the session's language with the UI
  /// strings of the data folder (`--data-dir`, or the usual search when that one is the problem).
  static func localized(_ error: CaseQuizError) -> String {
    guard let key = error.key else { return error.message }
    let arguments = Array(CommandLine.arguments.dropFirst())
    var dataDir: String?
    for (index, argument) in arguments.enumerated() {
      if argument == "--data-dir", index + 1 < arguments.count {
        dataDir = arguments[index + 1]
      } else if argument.hasPrefix("--data-dir=") {
        dataDir = String(argument.dropFirst("--data-dir=".count))
      }
    }
    var catalog = ProfileMessages.catalog(dataDir: dataDir)
    if catalog.string(key, in: .en) == key { catalog = ProfileMessages.catalog(dataDir: nil) }
    return error.message(catalog: catalog, language: usageLanguage())
  }

  /// The language of a usage error: the one rule, read from the raw arguments since they did not parse (a
  /// `--lang` that is not en or es counts as absent).
  private static func usageLanguage() -> Language {
    let arguments = Array(CommandLine.arguments.dropFirst())
    var flag: Language?
    for (index, argument) in arguments.enumerated() {
      if argument == "--lang", index + 1 < arguments.count {
        flag = Language(rawValue: arguments[index + 1].lowercased()) ?? flag
      } else if argument.hasPrefix("--lang=") {
        flag = Language(rawValue: argument.dropFirst("--lang=".count).lowercased()) ?? flag
      }
    }
    let choice = LanguageChoice(flag: flag, environment: ProcessInfo.processInfo.environment)
    return (try? choice.resolveWithSavedProfile()) ?? LanguageChoice.locale(in: choice.environment)
  }

  /// `casequiz lint` when the arguments name a subcommand, `casequiz` otherwise.
  private static func helpCommand() -> String {
    let names = configuration.subcommands.map { $0._commandName }
    guard let subcommand = CommandLine.arguments.dropFirst().first(where: names.contains) else { return "casequiz" }
    return "casequiz \(subcommand)"
  }
}
