import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile …`: where profiles live, what they hold, and moving them around.
struct ProfileCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "profile",
      abstract: HelpText.t("Show, list, export, import or reset player profiles."),
      discussion: HelpText.t(
        """
        Profiles live in $XDG_DATA_HOME/casequiz/profiles (default ~/.local/share/casequiz/profiles): \
        <name>.json is the profile, <name>.journal the answers since it was last written, \
        <name>.history.jsonl every earlier answer.
        """),
      subcommands: [
        ProfilePathCommand.self, ProfileListCommand.self, ProfileShowCommand.self, ProfileExportCommand.self,
        ProfileImportCommand.self, ProfileResetCommand.self, ProfileRecordCommand.self,
      ],
      defaultSubcommand: ProfileShowCommand.self
    )
  }
}
