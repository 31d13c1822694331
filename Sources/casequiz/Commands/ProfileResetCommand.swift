import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile reset`: starts the profile's progress over, keeping a backup. On a terminal it asks first
/// (`--yes` does not); without a terminal it needs `--yes`. `--force` is the way on from a profile written by a
/// newer casequiz: its files are set aside, untouched, and a new profile starts.
struct ProfileResetCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "reset",
      abstract: HelpText.t(
        "Start a profile over: answers, games and reviews are cleared (preferences kept); keeps a backup."),
      discussion: HelpText.t(
        """
        Asks for confirmation on a terminal (yes, y, sí or s, in either language); any other answer changes \
        nothing and exits with status 0, as rm -i and git clean -i do: declining is a choice, not a failure. \
        --yes confirms beforehand, and is needed when standard input is not a terminal (without it the command \
        fails with status 1). A profile written by a newer casequiz is refused unless --force: its files are then kept, \
        untouched, as <name>.newer-<time>.json (.journal, .history.jsonl) and a new profile starts.
        """))
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Flag(name: [.customLong("yes"), .customShort("y")], help: ArgumentHelp(HelpText.t("Do not ask for confirmation.")))
  var yes = false

  @Flag(
    help: ArgumentHelp(HelpText.t("Also start over a profile written by a newer casequiz, keeping its files aside.")))
  var force = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile, load: false, mustExist: true)
    // The default profile before a first game: nothing to reset, and nothing is created.
    guard session.store.paths.exists else {
      print(session.text("profile.reset.nothing", ["name": profile.profile]))
      return
    }
    do {
      try session.store.load().forEach {
        printWarning(ProfileMessages.notice($0, catalog: session.catalog, language: session.language))
      }
    } catch .newerVersion where force {
      try confirm(session)
      let kept: String
      do {
        kept = try session.store.setAsideNewer()
        try session.store.load()
      } catch {
        throw session.failure(error)
      }
      print(session.text("profile.reset.newerDone", ["name": profile.profile, "backup": kept]))
      return
    } catch {
      throw session.failure(error)
    }
    let current = session.store.profile
    guard current.tallies.overall.answered == 0, current.newAnswers.isEmpty, current.sessions.isEmpty,
      current.banks.isEmpty
    else {
      try confirm(session)
      let backup: String?
      do {
        backup = try session.store.replace(with: Profile(preferences: current.preferences))
      } catch {
        throw session.failure(error)
      }
      print(session.text("profile.reset.done", ["name": profile.profile, "backup": backup ?? ""]))
      return
    }
    print(session.text("profile.reset.nothing", ["name": profile.profile]))
  }

  /// Returns when the reset is confirmed: `--yes`, or yes typed on a terminal (in either language). A declined
  /// confirmation changes nothing and ends the command with status 0 (a choice, not an error, as with `rm -i`);
  /// no terminal and no `--yes` is an error.
  private func confirm(_ session: ProfileSession) throws {
    if yes { return }
    guard TerminalInfo.isTTY(STDIN_FILENO) else {
      throw CaseQuizError(session.text("profile.reset.needsYes", ["name": profile.profile]))
    }
    let prompt = session.text("profile.reset.confirm", ["name": profile.profile]) + " "
    FileHandle.standardOutput.write(Data(prompt.utf8))
    guard ProfileMessages.confirms(readLine() ?? "", catalog: session.catalog) else {
      print(session.text("profile.reset.cancelled"))
      throw ExitCode.success
    }
  }
}
