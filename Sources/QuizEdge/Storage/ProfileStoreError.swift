import Foundation
import QuizCore

/// Why a profile file could not be used as it was.
public enum SetAsideReason: Error, Equatable, Sendable {
  /// The bytes are damaged (empty, not UTF-8, not JSON, wrong shape).
  case damaged(ProfileReadError)
  /// The file could not be read at all.
  case unreadable(FileError)
}

/// Something the player should know after loading a profile; each is one line (see `ProfileMessages`).
public enum ProfileNotice: Equatable, Sendable {
  /// The snapshot was damaged or unreadable: it was moved to `movedTo`, untouched, and a fresh profile started.
  case snapshotSetAside(movedTo: String, reason: SetAsideReason)
  /// The journal had `badLines` lines that could not be read: it was moved to `movedTo`, untouched, and its
  /// `goodLines` good events were kept.
  case journalSetAside(movedTo: String, badLines: Int, goodLines: Int)
  /// The profile was migrated from an older schema; the original bytes are in `backup`.
  case migrated(from: Int, backup: String)
  /// The profile could not be saved; the events are kept in memory and retried on the next `record`.
  case saveFailed(ProfileStoreError)
}

/// A profile problem the caller must handle.
public enum ProfileStoreError: Error, Equatable, Sendable {
  /// The snapshot was written by a newer casequiz; it is left untouched.
  case newerVersion(path: String, found: Int, supported: Int)
  /// Saving the profile `profile` failed (disk full, read-only folder…); `pending` events are kept in memory
  /// for the next try.
  case saveFailed(FileError, profile: ProfileName, pending: Int)
  /// A file could not be read, and could not be set aside either, so nothing was changed.
  case unusable(FileError)
  /// A profile file may not be read (permission denied): it is not damaged, so it is left where it is and
  /// nothing is changed.
  case unreadable(FileError)
  /// A file given to `profile import` is not a profile.
  case invalidImport(path: String, reason: SetAsideReason)
}
