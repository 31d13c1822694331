import ArgumentParser
import Foundation
import QuizCore

/// `casequiz profile export FILE`: the profile and its whole answer history, as one JSON file.
struct ProfileExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write the profile to a JSON file (refusing to overwrite one unless --force).")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  @Argument(help: "The file to write.")
  var file: String

  @Flag(help: "Overwrite the file if it exists.")
  var force = false

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let target = URL(fileURLWithPath: file).standardized.path
    if !force, FileManager.default.fileExists(atPath: target) {
      throw CaseQuizError(session.text("profile.export.exists", ["path": target]))
    }
    do {
      let store = session.store
      try ProfileFiles.replaceAtomically(
        target, with: ProfileDecoding.export(of: store.profile, answers: store.allAnswers()))
    } catch {
      throw session.failure(.saveFailed(ProfileStore.fileError(error), profile: session.store.paths.name, pending: 0))
    }
    print(session.text("profile.export.done", ["name": profile.profile, "path": target]))
  }
}

/// `casequiz profile import FILE`: replaces the profile with a checked file, keeping a backup.
struct ProfileImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Replace the profile with a profile file, after checking it; keeps a backup.")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

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

/// `casequiz profile reset`: starts the profile's progress over, keeping a backup.
struct ProfileResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset",
    abstract: "Start a profile over: answers, games and reviews are cleared (preferences kept); keeps a backup.")

  @OptionGroup var options: CommonOptions
  @OptionGroup var profile: ProfileOption

  func run() throws {
    let session = try ProfileSession.open(common: options, profile: profile)
    let current = session.store.profile
    guard current.tallies.overall.answered == 0, current.newAnswers.isEmpty, current.sessions.isEmpty,
      current.banks.isEmpty
    else {
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
}
