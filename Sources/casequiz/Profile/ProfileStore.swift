import Foundation
import QuizCore

/// The file-system edge of a profile: loads it, records each event durably as it happens, and compacts.
///
/// - `record` appends the event as one JSON line to `<name>.journal` (`O_APPEND`, `fsync`) under a `flock`
///   on `<name>.lock` and returns only once it is on disk, so the game prints a verdict only for an answer
///   that survives `kill -9`. The cost per answer is one short append, whatever the history's size.
/// - A failed append (disk full, read-only folder) throws ``ProfileStoreError/saveFailed(_:pending:)`` and
///   keeps the events in ``pending``; the next `record` (or ``flush()``) writes them first.
/// - `compact` (at the end of a game, and at load when the journal is not empty) folds the snapshot on disk,
///   the journal and anything pending into a new snapshot, replaces `<name>.json` atomically and empties the
///   journal, all under the lock: two games on one profile lose no answer.
/// - A damaged file is never overwritten or deleted: it is renamed aside (see ``ProfileNotice``). A snapshot
///   from a newer casequiz is refused and left alone.
final class ProfileStore {
  /// The profile's files.
  let paths: ProfilePaths
  /// The clock, for timestamps in the names of files set aside.
  let now: () -> Date
  /// The profile as this process knows it: what was loaded plus every event recorded since.
  private(set) var profile = Profile()
  /// Events recorded in memory but not yet on disk.
  private(set) var pending: [ProfileEvent] = []

  /// A store for the profile `name` in `directory` (see ``ProfilePaths/liveDirectory()``).
  init(directory: URL, name: ProfileName, now: @escaping () -> Date = Date.init) {
    paths = ProfilePaths(directory: directory, name: name)
    self.now = now
  }

  /// The scheduler the profile's preferences ask for.
  var scheduler: Scheduler { Self.scheduler(for: profile.preferences) }

  static func scheduler(for preferences: Preferences) -> Scheduler {
    (try? Scheduler(parameters: preferences.schedulerParameters)) ?? Scheduler()
  }

  /// Loads the profile: the snapshot (migrated if older, set aside if damaged) plus the journal, then
  /// compacts if the journal held anything. Returns what the player should be told.
  @discardableResult
  func load() throws(ProfileStoreError) -> [ProfileNotice] {
    var notices: [ProfileNotice] = []
    do {
      try ProfileFiles.makeDirectory(paths.directory.path)
    } catch {
      notices.append(.saveFailed(.saveFailed(Self.fileError(error), profile: paths.name, pending: 0)))
    }
    var disk: DiskState
    do {
      disk = try locked { () throws(ProfileStoreError) in try readDisk(fallback: Profile(), canWrite: true) }
    } catch .saveFailed(let file, _, _) where file.path == paths.lock {
      // No lock, so no changes: read what is there (the snapshot is only ever replaced whole) and say why.
      if notices.isEmpty { notices.append(.saveFailed(.saveFailed(file, profile: paths.name, pending: 0))) }
      disk = try readDisk(fallback: Profile(), canWrite: false)
      disk.needsCompaction = false
    }
    notices += disk.notices
    profile = disk.profile
    // A journal set aside is no longer read by `compact`: its good events go through `pending` instead.
    if disk.journalMoved { pending = disk.events }
    if disk.needsCompaction {
      do {
        try compact()
      } catch {
        notices.append(.saveFailed(error))
      }
    }
    return notices
  }

  /// Folds an event into ``profile`` and appends it (with anything pending) to the journal, durably.
  /// On failure the event stays in ``pending`` and ``profile`` keeps it: the game goes on.
  func record(_ event: ProfileEvent) throws(ProfileStoreError) {
    profile.apply(event, scheduler: scheduler)
    pending.append(event)
    try flush()
  }

  /// Writes the pending events to the journal.
  func flush() throws(ProfileStoreError) {
    guard !pending.isEmpty else { return }
    do {
      var data = Data()
      for event in pending {
        data.append(try ProfileDecoding.line(for: event))
        data.append(0x0A)
      }
      try ProfileFiles.makeDirectory(paths.directory.path)
      try ProfileFiles.withLock(paths.lock) { try ProfileFiles.appendDurably(data, to: paths.journal) }
      pending.removeAll()
    } catch {
      throw .saveFailed(Self.fileError(error), profile: paths.name, pending: pending.count)
    }
  }

  /// Folds the snapshot on disk, the journal and the pending events into a new snapshot, written atomically,
  /// and empties the journal. ``profile`` becomes that snapshot (with other games' answers, if any).
  func compact() throws(ProfileStoreError) {
    let merged = try locked { () throws(ProfileStoreError) -> Profile in
      let disk = try readDisk(fallback: profile, canWrite: true)
      let merged = disk.profile.replaying(pending, scheduler: Self.scheduler(for: disk.profile.preferences))
      try write(merged)
      return merged
    }
    pending.removeAll()
    profile = merged
  }

  /// Replaces the profile (`profile import`, `profile reset`), first saving the current one, journal included,
  /// to `<name>.backup-<UTC>.json`. Returns the backup's path, or `nil` when there was nothing to back up.
  func replace(with newProfile: Profile) throws(ProfileStoreError) -> String? {
    let backup = try locked { () throws(ProfileStoreError) -> String? in
      let disk = try readDisk(fallback: Profile(), canWrite: true)
      let current = disk.profile.replaying(pending, scheduler: Self.scheduler(for: disk.profile.preferences))
      var backup: String?
      if disk.existed || !pending.isEmpty {
        backup = try saving {
          try ProfileFiles.writeBackup(ProfileDecoding.snapshot(of: current), to: paths.backup(at: now()))
        }
      }
      try write(newProfile)
      return backup
    }
    pending.removeAll()
    profile = newProfile
    return backup
  }
}
