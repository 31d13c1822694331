import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile import FILE`: adds a checked profile file's games to the profile (or, with `--replace`,
/// replaces it), keeping a backup either way.
struct ProfileImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: HelpText.t("Add a profile file's games to the profile, after checking it; keeps a backup."))
  }

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Argument(
    help: ArgumentHelp(
      HelpText.t("The profile file to import (as written by export, by an older version, or a profile's .json).")))
  var file: String

  @Flag(help: ArgumentHelp(HelpText.t("Replace the profile with the file instead of adding the file's games to it.")))
  var replace = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let source = URL(fileURLWithPath: file).standardized.path
    let imported = try Self.read(source, session: session)
    let backup: String?
    do {
      backup = try replace ? session.store.replace(with: imported) : session.store.merge(imported)
    } catch {
      throw session.failure(error)
    }
    let arguments = ["name": profile.profile, "source": source, "backup": backup ?? ""]
    if replace {
      print(session.text(backup == nil ? "profile.import.doneNoBackup" : "profile.import.done", arguments))
    } else {
      let key = backup == nil ? "profile.import.mergedNoBackup" : "profile.import.merged"
      print(session.text(key, count: session.store.profile.tallies.overall.answered, arguments))
    }
  }

  /// The profile in a file, migrated to the current schema; any problem is an error naming the file.
  static func read(_ path: String, session: ProfileSession) throws(CaseQuizError) -> Profile {
    let data: Data
    do {
      guard let read = try ProfileFiles.read(path) else {
        throw FileError(operation: "open", path: path, code: ENOENT)
      }
      data = read
    } catch {
      throw session.failure(.invalidImport(path: path, reason: .unreadable(ProfileStore.fileError(error))))
    }
    do {
      var profile = try ProfileDecoding.profile(from: data).profile
      // A snapshot keeps its answers in the history file beside it (`default.json` and
      // `default.history.jsonl`, a snapshot set aside and its `….corrupt-<time>.history.jsonl`): take them in,
      // so the merge folds them with the profile's own.
      if profile.newAnswers.isEmpty, profile.historyLength > 0, let history = historyBeside(path) {
        profile.takeHistory(AnswerHistoryFile(path: history, length: profile.historyLength).all())
      }
      return profile
    } catch {
      throw session.failure(.invalidImport(path: path, reason: .damaged(error)))
    }
  }

  /// The history file of a snapshot at `path`, when there is one.
  static func historyBeside(_ path: String) -> String? {
    let history = ProfilePaths.history(besideSnapshot: path)
    return path.hasSuffix(".json") && ProfileFiles.size(history) != nil ? history : nil
  }
}
