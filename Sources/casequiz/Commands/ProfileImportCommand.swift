import ArgumentParser
import Foundation
import QuizCore
import QuizEdge

/// `casequiz profile import FILE`: replaces the profile with a checked file, keeping a backup.
struct ProfileImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Replace the profile with a profile file, after checking it; keeps a backup.")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func validate() throws { try options.validate(profile) }

  @Argument(help: "The profile file to import (as written by export, by an older version, or a profile's .json).")
  var file: String

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let source = URL(fileURLWithPath: file).standardized.path
    let imported = try Self.read(source, session: session)
    let backup: String?
    do {
      backup = try session.store.replace(with: imported)
    } catch {
      throw session.failure(error)
    }
    let arguments = ["name": profile.profile, "source": source, "backup": backup ?? ""]
    print(session.text(backup == nil ? "profile.import.doneNoBackup" : "profile.import.done", arguments))
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
      return try ProfileDecoding.profile(from: data).profile
    } catch {
      throw session.failure(.invalidImport(path: path, reason: .damaged(error)))
    }
  }
}
