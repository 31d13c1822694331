import Foundation
import QuizCore

/// The one-line messages about profiles, in the player's language, from the catalog's `profile.*` keys.
///
/// Every function takes the catalog and language to use (see ``catalog(dataDir:)`` for a command that has not
/// loaded one yet).
public enum ProfileMessages {
  /// The UI strings of the data folder `--data-dir` (or the usual search) finds; an empty catalog, whose keys
  /// show as themselves, when there is none.
  public static func catalog(dataDir: String?) -> Catalog {
    guard let data = try? DataLocator.live().locate(dataDir: dataDir) else { return Catalog(entries: [:]) }
    return (try? GameContext.loadCatalog(in: data)) ?? Catalog(entries: [:])
  }
  /// What to tell the player after loading a profile.
  public static func notice(
    _ notice: ProfileNotice, catalog: Catalog, language: Language
  )
    -> String
  {
    switch notice {
    case .snapshotSetAside(let movedTo, let reason):
      return catalog.string(
        "profile.notice.setAside", in: language,
        [
          "name": profileName(of: movedTo), "path": movedTo,
          "reason": Self.reason(reason, catalog: catalog, language: language, file: movedTo),
        ])
    case .journalSetAside(let movedTo, let bad, let good):
      return catalog.string(
        "profile.notice.journalSetAside", in: language, count: bad,
        ["name": profileName(of: movedTo), "path": movedTo, "good": String(good)])
    case .migrated(let version, let backup):
      return catalog.string(
        "profile.notice.migrated", in: language,
        [
          "name": profileName(of: backup), "from": String(version), "to": String(Profile.currentSchemaVersion),
          "path": backup,
        ])
    case .saveFailed(.saveFailed(let file, let profile, 0)) where isWriteRefused(file):
      // Nothing is pending yet: say what this means for the game about to be played, and what to do.
      return catalog.string(
        "profile.notice.cannotSave", in: language,
        [
          "name": profile.rawValue, "path": file.path, "folder": folder(of: file.path),
          "reason": fileReason(file, catalog: catalog, language: language),
        ])
    case .saveFailed(let error):
      return Self.error(error, catalog: catalog, language: language)
    }
  }

  /// Whether loading found that nothing can be written: the profile's folder cannot be created or its lock
  /// opened. (A failed tidy-up at load is told otherwise: answers can still be saved.)
  public static func isWriteRefused(_ file: FileError) -> Bool {
    file.operation == "mkdir" || file.path.hasSuffix(".lock")
  }

  /// The folder holding a file, as shown in messages.
  static func folder(of path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().path
  }

  /// A profile error as one line naming the file and what to do.
  public static func error(
    _ error: ProfileStoreError, catalog: Catalog, language: Language
  )
    -> String
  {
    switch error {
    case .newerVersion(let path, let found, let supported):
      return catalog.string(
        "profile.error.newerVersionWayOut", in: language,
        ["path": path, "found": String(found), "supported": String(supported), "name": profileName(of: path)])
    case .saveFailed(let file, let profile, let pending):
      let arguments = [
        "name": profile.rawValue, "path": file.path,
        "reason": fileReason(file, catalog: catalog, language: language),
      ]
      return pending == 0
        ? catalog.string("profile.error.saveFailed", in: language, arguments)
        : catalog.string("profile.error.saveFailedPending", in: language, count: pending, arguments)
    case .unusable(let file):
      return catalog.string(
        "profile.error.unusable", in: language,
        ["path": file.path, "reason": fileReason(file, catalog: catalog, language: language)])
    case .unreadable(let file):
      return catalog.string(
        "profile.error.unreadable", in: language,
        ["path": file.path, "reason": fileReason(file, catalog: catalog, language: language)])
    case .invalidImport(let path, .unreadable(let file)):
      // A file that is missing or cannot be read is not an invalid profile: say which it is.
      return catalog.string(
        "profile.error.importUnreadable", in: language,
        ["path": path, "reason": fileReason(file, catalog: catalog, language: language)])
    case .invalidImport(let path, let reason):
      return catalog.string(
        "profile.error.invalidImport", in: language,
        ["path": path, "reason": Self.reason(reason, catalog: catalog, language: language, file: path)])
    }
  }

  /// A save that failed for good at the end of a game: the events still pending are lost.
  public static func unsavedAtExit(
    _ error: ProfileStoreError, catalog: Catalog, language: Language
  ) -> String {
    guard case .saveFailed(let file, let profile, let pending) = error, pending > 0 else {
      return Self.error(error, catalog: catalog, language: language)
    }
    return catalog.string(
      file.isStoppedWhileLocked ? "profile.error.lostWhileLocked" : "profile.error.lostAtExit", in: language,
      count: pending,
      [
        "name": profile.rawValue, "path": file.path, "folder": folder(of: file.path),
        "reason": fileReason(file, catalog: catalog, language: language),
      ])
  }

  /// Whether a typed answer to a yes/no confirmation means yes: the words of both languages are accepted
  /// whatever the session's ("sí" in an English session, "yes" in a Spanish one), ignoring case and spaces.
  public static func confirms(_ answer: String, catalog: Catalog) -> Bool {
    let typed = answer.trimmingCharacters(in: .whitespaces).lowercased()
    guard !typed.isEmpty else { return false }
    return Language.allCases.contains { language in
      catalog.string("profile.reset.yes", in: language).split(separator: "|").contains { $0.lowercased() == typed }
    }
  }

  /// Why a file could not be used, in a few words.
  /// With `file`, the damaged file (as set aside, or as given to `profile import`), a damaged file's reason
  /// also says where: the line and column of the first syntax error or of the unexpected value.
  public static func reason(
    _ reason: SetAsideReason, catalog: Catalog, language: Language, file: String? = nil
  ) -> String {
    let text = Self.reason(reason, catalog: catalog, language: language)
    guard case .damaged(let error) = reason, let file, let data = FileManager.default.contents(atPath: file),
      let position = error.position(in: data)
    else { return text }
    return catalog.string(
      "profile.reason.position", in: language,
      ["reason": text, "line": String(position.line), "column": String(position.column)])
  }

  /// Why a file could not be used, in a few words.
  public static func reason(_ reason: SetAsideReason, catalog: Catalog, language: Language) -> String {
    switch reason {
    case .unreadable(let file): return fileReason(file, catalog: catalog, language: language)
    case .damaged(let error):
      switch error {
      case .empty: return catalog.string("profile.reason.empty", in: language)
      case .notUTF8: return catalog.string("profile.reason.notUTF8", in: language)
      case .notJSON: return catalog.string("profile.reason.notJSON", in: language)
      case .wrongShape(let keyPath, _):
        return keyPath.isEmpty
          ? catalog.string("profile.reason.wrongShape", in: language)
          : catalog.string("profile.reason.wrongShapeAt", in: language, ["keyPath": keyPath])
      case .newerVersion(let found, let supported):
        return catalog.string(
          "profile.reason.newerVersion", in: language, ["found": String(found), "supported": String(supported)])
      }
    }
  }

  /// A system error in words: the common ones from the catalog, others as the system says them.
  public static func fileReason(_ file: FileError, catalog: Catalog, language: Language) -> String {
    if file.isStoppedWhileLocked { return catalog.string("profile.reason.stoppedWhileLocked", in: language) }
    return switch file.code {
    case ENOSPC, EDQUOT: catalog.string("profile.reason.diskFull", in: language)
    case EROFS: catalog.string("profile.reason.readOnly", in: language)
    case EACCES, EPERM: catalog.string("profile.reason.permission", in: language)
    case ENOENT, ENOTDIR: catalog.string("profile.reason.missing", in: language)
    case EISDIR: catalog.string("profile.reason.isFolder", in: language)
    case EINVAL: catalog.string("profile.reason.notRegular", in: language)
    case ENAMETOOLONG: catalog.string("profile.reason.nameTooLong", in: language)
    case EIO: catalog.string("profile.reason.ioError", in: language)
    default: file.reason
    }
  }

  /// An invalid `--profile` value, naming it.
  public static func nameError(
    _ error: ProfileNameError, catalog: Catalog, language: Language
  )
    -> String
  {
    switch error {
    case .empty:
      catalog.string("profile.name.empty", in: language)
    case .invalidCharacter(let name, let character):
      catalog.string(
        "profile.name.invalidCharacter", in: language,
        ["name": escaped(name), "character": character.unicodeScalars.map(visible).joined()])
    case .badStart(let name, let character):
      catalog.string(
        "profile.name.badStart", in: language,
        ["name": escaped(name), "character": character.unicodeScalars.map(visible).joined()])
    case .tooLong(let name, let length):
      catalog.string(
        "profile.name.tooLong", in: language,
        [
          "name": escaped(String(name.prefix(24))) + "…", "length": String(length),
          "limit": String(ProfileName.maximumLength),
        ])
    }
  }

  /// A name as shown in a message: control and format characters written as `\u0001`, never raw.
  public static func escaped(_ name: String) -> String {
    name.unicodeScalars.map { scalar in
      isInvisible(scalar) ? "\\u" + String(format: "%04X", scalar.value) : String(scalar)
    }.joined()
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
  }

  /// A scalar as shown in a message: control characters as `U+0009`.
  private static func visible(_ scalar: Unicode.Scalar) -> String {
    scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
      ? "U+" + String(format: "%04X", scalar.value) : String(scalar)
  }

  /// The profile name a profile file belongs to: its file name up to the first dot.
  public static func profileName(of path: String) -> String {
    let file = URL(fileURLWithPath: path).lastPathComponent
    return String(file.prefix { $0 != "." })
  }
}
