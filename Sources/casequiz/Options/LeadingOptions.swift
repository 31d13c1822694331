import ArgumentParser

/// Options written before the subcommand (`casequiz --data-dir X study --both`).
///
/// ArgumentParser gives everything before a subcommand's name to the root command, which has no options of its
/// own: `--data-dir X` went to the default subcommand (`play`), and `study` and `--both` were reported as
/// unexpected. The options are moved after the subcommand's name (its whole path: `profile show`), where they
/// mean what they mean after it; an option the subcommand does not take is then reported as unknown for it.
enum LeadingOptions {
  /// The options that take a value, so that their value is not mistaken for a subcommand's name.
  static let valued: Set<String> = [
    "--data-dir", "--lang", "--profile", "--bank", "--color", "--seed", "--count", "--kind", "--topic",
  ]

  /// `arguments` with the subcommand path first when options come before it; unchanged otherwise.
  /// Before `help`, which takes none, they are dropped.
  static func subcommandFirst(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "--" {
      let option = arguments[index]
      index += valued.contains(option) ? 2 : 1
    }
    guard index > 0, index < arguments.count else { return arguments }
    var subcommands = root.configuration.subcommands
    var end = index
    // `casequiz --data-dir X help play`: help takes no options, and needs none.
    if arguments[index] == "help" { return Array(arguments[index...]) }
    while end < arguments.count, let command = subcommands.first(where: { $0._commandName == arguments[end] }) {
      subcommands = command.configuration.subcommands
      end += 1
    }
    guard end > index else { return arguments }
    return Array(arguments[index..<end]) + Array(arguments[..<index]) + Array(arguments[end...])
  }
}
