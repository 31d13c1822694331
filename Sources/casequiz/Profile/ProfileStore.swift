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

  // MARK: - Under the lock

  private struct DiskState {
    var profile: Profile
    var events: [ProfileEvent] = []
    var notices: [ProfileNotice] = []
    var needsCompaction = false
    var journalMoved = false
    var existed = false
  }

  private func locked<T>(_ body: () throws(ProfileStoreError) -> T) throws(ProfileStoreError) -> T {
    do {
      return try ProfileFiles.withLock(paths.lock) { try body() }
    } catch let error as ProfileStoreError {
      throw error
    } catch {
      throw .saveFailed(Self.fileError(error), profile: paths.name, pending: pending.count)
    }
  }

  /// Reads the snapshot and the journal; `fallback` is the base when the snapshot must be set aside. Without
  /// `canWrite` (no lock could be taken) nothing is moved or backed up: damaged journal lines are skipped and a
  /// damaged snapshot is an error.
  private func readDisk(fallback: Profile, canWrite: Bool) throws(ProfileStoreError) -> DiskState {
    var state = DiskState(profile: Profile())
    switch readSnapshot() {
    case .missing: break
    case .read(let data):
      state.existed = true
      let decoded: DecodedProfile
      do {
        decoded = try ProfileDecoding.profile(from: data)
      } catch {
        if case .newerVersion(let found, let supported) = error {
          throw .newerVersion(path: paths.snapshot, found: found, supported: supported)
        }
        try setAside(&state, reason: .damaged(error), fallback: fallback, canWrite: canWrite)
        break
      }
      state.profile = decoded.profile
      if let version = decoded.migratedFrom, canWrite {
        let backup = try saving { try ProfileFiles.writeBackup(data, to: paths.migrationBackup(from: version)) }
        state.notices.append(.migrated(from: version, backup: backup))
        state.needsCompaction = true
      }
    case .unreadable(let error):
      state.existed = true
      try setAside(&state, reason: .unreadable(error), fallback: fallback, canWrite: canWrite)
    }
    try readJournal(into: &state, canWrite: canWrite)
    state.profile = state.profile.replaying(state.events, scheduler: Self.scheduler(for: state.profile.preferences))
    return state
  }

  private enum SnapshotRead {
    case missing, read(Data), unreadable(FileError)
  }

  private func readSnapshot() -> SnapshotRead {
    do {
      guard let data = try ProfileFiles.read(paths.snapshot) else { return .missing }
      return .read(data)
    } catch {
      return .unreadable(Self.fileError(error))
    }
  }

  private func setAside(
    _ state: inout DiskState, reason: SetAsideReason, fallback: Profile, canWrite: Bool
  ) throws(ProfileStoreError) {
    guard canWrite else {
      if case .unreadable(let file) = reason { throw .unusable(file) }
      throw .unusable(FileError(operation: "read", path: paths.snapshot, code: EIO))
    }
    do {
      let moved = try ProfileFiles.moveAside(paths.snapshot, to: paths.corruptSnapshot(at: now()))
      state.notices.append(.snapshotSetAside(movedTo: moved, reason: reason))
      state.profile = fallback
      state.needsCompaction = fallback != Profile()
    } catch {
      throw .unusable(Self.fileError(error))
    }
  }

  private func readJournal(into state: inout DiskState, canWrite: Bool) throws(ProfileStoreError) {
    let data: Data
    do {
      guard let read = try ProfileFiles.read(paths.journal) else { return }
      data = read
    } catch {
      throw .unusable(Self.fileError(error))
    }
    var bad = 0
    for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
      if let event = try? ProfileDecoding.event(from: Data(line)) { state.events.append(event) } else { bad += 1 }
    }
    state.needsCompaction = state.needsCompaction || !state.events.isEmpty
    guard bad > 0, canWrite else { return }
    do {
      let moved = try ProfileFiles.moveAside(paths.journal, to: paths.corruptJournal(at: now()))
      state.notices.append(.journalSetAside(movedTo: moved, badLines: bad, goodLines: state.events.count))
      state.journalMoved = true
      state.needsCompaction = true
    } catch {
      throw .unusable(Self.fileError(error))
    }
  }

  /// Writes the snapshot atomically and empties the journal (in this order: a crash between the two leaves
  /// events that the next fold counts once).
  private func write(_ profile: Profile) throws(ProfileStoreError) {
    try saving {
      try ProfileFiles.replaceAtomically(paths.snapshot, with: ProfileDecoding.snapshot(of: profile))
      try ProfileFiles.truncateDurably(paths.journal)
    }
  }

  private func saving<T>(_ body: () throws -> T) throws(ProfileStoreError) -> T {
    do {
      return try body()
    } catch {
      throw .saveFailed(Self.fileError(error), profile: paths.name, pending: pending.count)
    }
  }

  static func fileError(_ error: any Error) -> FileError {
    if let error = error as? FileError { return error }
    if let error = error as? ProfileStoreError, case .saveFailed(let file, _, _) = error { return file }
    return FileError(operation: "encode", path: "", code: EINVAL)
  }
}
