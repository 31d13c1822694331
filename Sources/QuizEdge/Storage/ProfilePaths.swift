import Foundation
import QuizCore

/// The files of one profile, all in one folder:
///
/// | file | what |
/// |---|---|
/// | `<name>.json` | the snapshot: the folded profile, replaced atomically when compacting |
/// | `<name>.journal` | one JSON line per event since the snapshot, appended and `fsync`ed per answer |
/// | `<name>.history.jsonl` | every answer, one JSON line each, appended when compacting; never read to start a game |
/// | `<name>.lock` | `flock`ed around every append and compaction (never deleted) |
/// | `<name>.v1-backup.json`, `.v2-backup.json` | the original of a profile migrated from schema 1 or 2 |
/// | `<name>.corrupt-<UTC>.json` / `.journal` | an unreadable snapshot or journal, set aside untouched |
/// | `<name>.corrupt-<UTC>.history.jsonl` | the history of a snapshot set aside |
/// | `<name>.backup-<UTC>.json` | the profile as it was before `profile import` or `profile reset` |
/// | `<name>.newer-<UTC>.json` / `.journal` / `.history.jsonl` | a newer casequiz's profile, set aside untouched by `profile reset --force` |
public struct ProfilePaths: Sendable, Equatable {
  /// The profiles folder.
  public var directory: URL
  /// The profile's name.
  public var name: ProfileName

  public init(directory: URL, name: ProfileName) {
    self.directory = directory
    self.name = name
  }

  /// `$XDG_DATA_HOME/casequiz/profiles` when that variable holds an absolute path, else
  /// `$HOME/.local/share/casequiz/profiles` (per the XDG base directory specification). `home` is only read
  /// when `HOME` is unset or empty (`NSHomeDirectory()` asks the user database: `nsswitch.conf`, `/etc/passwd`).
  public static func profilesDirectory(environment: [String: String], home: @autoclosure () -> String) -> URL {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return URL(fileURLWithPath: data).appendingPathComponent("casequiz/profiles")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home()
    return URL(fileURLWithPath: home).appendingPathComponent(".local/share/casequiz/profiles")
  }

  /// The profiles folder of this process's environment.
  public static func liveDirectory() -> URL {
    profilesDirectory(environment: ProcessEnvironment.variables, home: NSHomeDirectory())
  }

  private func file(_ suffix: String) -> String {
    directory.appendingPathComponent(name.rawValue + suffix).path
  }

  /// `<name>.json`.
  public var snapshot: String { file(".json") }
  /// `<name>.journal`.
  public var journal: String { file(".journal") }
  /// `<name>.history.jsonl`.
  public var history: String { file(".history.jsonl") }
  /// Whether the profile exists: it has a snapshot or a journal (a lock file alone is no profile).
  public var exists: Bool {
    FileManager.default.fileExists(atPath: snapshot) || FileManager.default.fileExists(atPath: journal)
  }

  /// `<name>.lock`.
  public var lock: String { file(".lock") }
  /// `<name>.v<version>-backup.json`.
  public func migrationBackup(from version: Int) -> String { file(".v\(version)-backup.json") }
  /// `<name>.corrupt-<UTC>.json`.
  public func corruptSnapshot(at date: Date) -> String { file(".corrupt-\(Self.stamp(date)).json") }
  /// `<name>.corrupt-<UTC>.journal`.
  public func corruptJournal(at date: Date) -> String { file(".corrupt-\(Self.stamp(date)).journal") }
  /// The history file that belongs to a snapshot file: `x.json` → `x.history.jsonl` (a profile's own, or one
  /// set aside with it).
  public static func history(besideSnapshot snapshot: String) -> String {
    (snapshot.hasSuffix(".json") ? String(snapshot.dropLast(".json".count)) : snapshot) + ".history.jsonl"
  }

  /// `<name>.newer-<UTC><suffix>`: a newer casequiz's file set aside by `profile reset --force`.
  public func newerBackup(at date: Date, suffix: String) -> String { file(".newer-\(Self.stamp(date))\(suffix)") }
  /// `<name>.backup-<UTC>.json`.
  public func backup(at date: Date) -> String { file(".backup-\(Self.stamp(date)).json") }

  /// `20260301T120000Z`: a UTC timestamp safe in a file name.
  public static func stamp(_ date: Date) -> String {
    let iso = ProfileCoding.string(from: date)  // 2026-03-01T12:00:00.000Z
    return iso.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
  }

  /// The profiles in a folder: every valid name with a snapshot or a journal, sorted.
  public static func profiles(in directory: URL) -> [ProfileName] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let names = files.compactMap { file -> ProfileName? in
      for suffix in [".json", ".journal"] where file.hasSuffix(suffix) {
        return ProfileName(rawValue: String(file.dropLast(suffix.count)))
      }
      return nil
    }
    return Set(names).sorted()
  }
}
