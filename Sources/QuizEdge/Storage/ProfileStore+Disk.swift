import Foundation
import QuizCore

/// Reading and writing the profile's files, under the lock.
extension ProfileStore {
  /// What is on disk, read under the lock.
  public struct DiskState {
    public var profile: Profile
    public var history: AnswerHistoryFile
    public var events: [ProfileEvent] = []
    public var notices: [ProfileNotice] = []
    public var needsCompaction = false
    public var journalMoved = false
    public var existed = false
  }

  public func locked<T>(_ body: () throws(ProfileStoreError) -> T) throws(ProfileStoreError) -> T {
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
  public func readDisk(fallback: Profile, canWrite: Bool) throws(ProfileStoreError) -> DiskState {
    var state = DiskState(profile: Profile(), history: AnswerHistoryFile(path: paths.history, length: 0))
    var snapshotSize = 0
    switch readSnapshot() {
    case .missing: break
    case .read(let data):
      state.existed = true
      snapshotSize = data.count
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
      // A permission problem is not damage: the file is left where it is, and the command stops saying so.
      if error.isPermissionDenied { throw .unreadable(error) }
      state.existed = true
      try setAside(&state, reason: .unreadable(error), fallback: fallback, canWrite: canWrite)
    }
    state.history = AnswerHistoryFile(path: paths.history, length: state.profile.historyLength)
    let journalSize = try readJournal(into: &state, canWrite: canWrite)
    if journalSize >= Self.compactionThreshold(snapshotSize: snapshotSize) { state.needsCompaction = true }
    // In place: `replaying` would copy every record table of a profile still held here.
    state.profile.replay(
      state.events, scheduler: Self.scheduler(for: state.profile.preferences), history: state.history.answerHistory)
    return state
  }

  public enum SnapshotRead {
    case missing, read(Data), unreadable(FileError)
  }

  public func readSnapshot() -> SnapshotRead {
    do {
      // Mapped, not copied, when large: a profile of 100,000 questions is a 27 MiB snapshot, of which a game
      // reads the header, checks the digests and parses a few hundred records.
      guard let data = try ProfileFiles.readMapped(paths.snapshot) else { return .missing }
      return .read(data)
    } catch {
      return .unreadable(Self.fileError(error))
    }
  }

  public func setAside(
    _ state: inout DiskState, reason: SetAsideReason, fallback: Profile, canWrite: Bool
  ) throws(ProfileStoreError) {
    guard canWrite else {
      if case .unreadable(let file) = reason { throw .unusable(file) }
      throw .unusable(FileError(operation: "read", path: paths.snapshot, code: EIO))
    }
    do {
      // One instant for both names: `profile import` finds the history beside the snapshot by its name.
      let date = now()
      let moved = try ProfileFiles.moveAside(paths.snapshot, to: paths.corruptSnapshot(at: date))
      state.notices.append(.snapshotSetAside(movedTo: moved, reason: reason))
      // The history belongs to the snapshot set aside (its records and tallies count those answers): keep it
      // beside it, so the fresh profile does not take in answers it did not count.
      if ProfileFiles.size(paths.history) != nil {
        _ = try ProfileFiles.moveAside(paths.history, to: ProfilePaths.history(besideSnapshot: moved))
      }
      state.profile = fallback
      state.needsCompaction = fallback != Profile()
    } catch {
      throw .unusable(Self.fileError(error))
    }
  }

  /// Reads the journal's events into `state`; returns the journal's size in bytes.
  public func readJournal(into state: inout DiskState, canWrite: Bool) throws(ProfileStoreError) -> Int {
    let data: Data
    do {
      guard let read = try ProfileFiles.read(paths.journal) else { return 0 }
      data = read
    } catch {
      let file = Self.fileError(error)
      throw file.isPermissionDenied ? .unreadable(file) : .unusable(file)
    }
    var bad = 0
    for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
      if let event = try? ProfileDecoding.event(from: Data(line)) { state.events.append(event) } else { bad += 1 }
    }
    guard bad > 0, canWrite else { return data.count }
    do {
      let moved = try ProfileFiles.moveAside(paths.journal, to: paths.corruptJournal(at: now()))
      state.notices.append(.journalSetAside(movedTo: moved, badLines: bad, goodLines: state.events.count))
      state.journalMoved = true
      state.needsCompaction = true
    } catch {
      throw .unusable(Self.fileError(error))
    }
    return data.count
  }

  /// Appends the profile's new answers to the history file, durably, and records the file's new length in the
  /// profile (before the snapshot that says so is written: a crash between the two leaves lines past the old
  /// length, which the next compaction appends again and readers count once).
  public func appendHistory(_ profile: inout Profile) throws(ProfileStoreError) {
    guard !profile.newAnswers.isEmpty else { return }
    try saving {
      var data = Data()
      for answer in profile.newAnswers {
        data.append(try ProfileDecoding.line(for: .answer(answer)))
        data.append(0x0A)
      }
      try ProfileFiles.appendDurably(data, to: paths.history)
      profile.historyWritten(length: ProfileFiles.size(paths.history) ?? data.count)
    }
  }

  /// Writes the snapshot atomically and empties the journal (in this order: a crash between the two leaves
  /// events that the next fold counts once).
  public func write(_ profile: Profile) throws(ProfileStoreError) {
    ProfileFiles.removeStaleTemporaries(of: paths.snapshot)
    try saving {
      try ProfileFiles.replaceAtomically(paths.snapshot, with: ProfileDecoding.snapshot(of: profile))
      try ProfileFiles.truncateDurably(paths.journal)
    }
  }

  public func saving<T>(_ body: () throws -> T) throws(ProfileStoreError) -> T {
    do {
      return try body()
    } catch {
      throw .saveFailed(Self.fileError(error), profile: paths.name, pending: pending.count)
    }
  }

  public static func fileError(_ error: any Error) -> FileError {
    if let error = error as? FileError { return error }
    if let error = error as? ProfileStoreError, case .saveFailed(let file, _, _) = error { return file }
    return FileError(operation: "encode", path: "", code: EINVAL)
  }
}
