import Foundation
import QuizCore

/// The file-system edge of a profile: loads it, records each event durably as it happens, and compacts.
///
/// - `record` appends the event as one JSON line to `<name>.journal` (`O_APPEND`, `fsync`) under a `flock`
///   on `<name>.lock` and returns only once it is on disk, so the game prints a verdict only for an answer
///   that survives `kill -9`. The cost per answer is one short append, whatever the history's size.
/// - A failed append (disk full, read-only folder) throws ``ProfileStoreError/saveFailed(_:pending:)`` and
///   keeps the events in ``pending``; the next `record` (or ``flush()``) writes them first. A game that still
///   cannot write them when it ends says how many are lost and exits with status 1.
/// - `load` reads the snapshot `<name>.json` (schema 3: records, sessions and tallies, no answers) and folds
///   the journal in; it never reads the answer history `<name>.history.jsonl`, except for the rare answer the
///   journal holds out of order or twice (see `Profile.apply`).
/// - `compact` folds the snapshot on disk, the journal and anything pending, appends the answers this folded
///   to the history file (`fsync`), replaces `<name>.json` atomically (recording how much of the history it
///   has taken in) and empties the journal, all under the lock: two games on one profile lose no answer, and a
///   crash at any point leaves files that the next compaction folds to the same profile. It runs at load and
///   at the end of a game only when the journal has grown past ``compactionThreshold(snapshotSize:)``, so a
///   big snapshot is not rewritten after every game.
/// - A damaged file is never overwritten or deleted: it is renamed aside (see ``ProfileNotice``), and with a
///   damaged snapshot the history it belonged to is set aside too. A snapshot from a newer casequiz is refused
///   and left alone.
public final class ProfileStore {
  /// The profile's files.
  public let paths: ProfilePaths
  /// The clock, for timestamps in the names of files set aside.
  public let now: () -> Date
  /// The profile as this process knows it: what was loaded plus every event recorded since.
  public private(set) var profile = Profile()
  /// Events recorded in memory but not yet on disk.
  public private(set) var pending: [ProfileEvent] = []
  /// The history file as ``profile`` knows it (up to its ``Profile/historyLength``).
  private(set) var history: AnswerHistoryFile

  /// A store for the profile `name` in `directory` (see ``ProfilePaths/liveDirectory()``).
  public init(directory: URL, name: ProfileName, now: @escaping () -> Date = Clock.live.now) {
    paths = ProfilePaths(directory: directory, name: name)
    self.now = now
    history = AnswerHistoryFile(path: paths.history, length: 0)
  }

  /// The scheduler the profile's preferences ask for.
  public var scheduler: Scheduler { Self.scheduler(for: profile.preferences) }

  public static func scheduler(for preferences: Preferences) -> Scheduler {
    (try? Scheduler(parameters: preferences.schedulerParameters)) ?? Scheduler()
  }

  /// The journal size from which a compaction is due: the snapshot's own size (so a small profile is compacted
  /// often and cheaply), but at most 256 KiB (about 700 answers), which keeps the journal quick to fold at
  /// load.
  /// With no snapshot yet, any journal is worth compacting.
  public static func compactionThreshold(snapshotSize: Int) -> Int {
    snapshotSize == 0 ? 1 : min(256 * 1024, max(4 * 1024, snapshotSize))
  }

  /// Loads the profile: the snapshot (migrated if older, set aside if damaged) plus the journal; compacts when
  /// the journal is big, or to write a migration or a file set aside. Returns what the player should be told.
  @discardableResult
  public func load() throws(ProfileStoreError) -> [ProfileNotice] {
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
    history = disk.history
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
  public func record(_ event: ProfileEvent) throws(ProfileStoreError) {
    profile.apply(event, scheduler: scheduler, history: history.answerHistory)
    pending.append(event)
    try flush()
  }

  /// Writes the pending events to the journal.
  public func flush() throws(ProfileStoreError) {
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

  /// The end of a game: writes what is pending (trying twice) and compacts if the journal has grown past
  /// the threshold. Throws only when pending events could not be written: they are lost when the process
  /// exits. A failed compaction is returned as a warning (the journal still holds everything).
  public func finish() throws(ProfileStoreError) -> ProfileStoreError? {
    do {
      try flush()
    } catch {
      try flush()
    }
    guard isCompactionDue() else { return nil }
    do {
      try compact()
      return nil
    } catch {
      return error
    }
  }

  /// Whether the journal on disk has grown past ``compactionThreshold(snapshotSize:)``.
  public func isCompactionDue() -> Bool {
    let journal = ProfileFiles.size(paths.journal) ?? 0
    return journal > 0 && journal >= Self.compactionThreshold(snapshotSize: ProfileFiles.size(paths.snapshot) ?? 0)
  }

  /// Folds the snapshot on disk, the journal and the pending events into a new snapshot, appending their
  /// answers to the history file; empties the journal. ``profile`` becomes that snapshot (with other games'
  /// answers, if any).
  public func compact() throws(ProfileStoreError) {
    let (merged, file) = try locked { () throws(ProfileStoreError) -> (Profile, AnswerHistoryFile) in
      let disk = try readDisk(fallback: profile, canWrite: true)
      var merged = disk.profile.replaying(
        pending, scheduler: Self.scheduler(for: disk.profile.preferences), history: disk.history.answerHistory)
      try appendHistory(&merged)
      try write(merged)
      return (merged, AnswerHistoryFile(path: paths.history, length: merged.historyLength))
    }
    pending.removeAll()
    profile = merged
    history = file
  }

  /// Every answer of the profile, in fold order: the history file's and those not yet written to it. Reads
  /// the whole history (for `profile export` and backups).
  public func allAnswers() -> [AnswerEvent] {
    AnswerHistory.foldOrdered(history.all() + profile.newAnswers)
  }

  /// Replaces the profile (`profile import`, `profile reset`), first saving the current one, history and
  /// journal included, to `<name>.backup-<UTC>.json`; the history file is replaced by the new profile's
  /// answers. Returns the backup's path, or `nil` when there was nothing to back up.
  public func replace(with newProfile: Profile) throws(ProfileStoreError) -> String? {
    try rewrite { _, _ in newProfile }
  }

  /// Merges a profile into this one (`profile import`): the union of both profiles' games and answers, records
  /// folded from both (see ``Profile/merging(_:answers:scheduler:)``), after saving the current profile to a
  /// backup as ``replace(with:)`` does. `imported` must carry every answer it counts in its
  /// ``Profile/newAnswers``. Returns the backup's path, or `nil` when there was nothing to back up.
  public func merge(_ imported: Profile) throws(ProfileStoreError) -> String? {
    try rewrite { current, answers in
      imported.merging(current, answers: answers, scheduler: Self.scheduler(for: imported.preferences))
    }
  }

  /// Backs up the current profile, then writes the profile `make` builds from it and its answers.
  private func rewrite(
    _ make: (_ current: Profile, _ answers: [AnswerEvent]) -> Profile
  ) throws(ProfileStoreError) -> String? {
    let (written, backup) = try locked { () throws(ProfileStoreError) -> (Profile, String?) in
      let disk = try readDisk(fallback: Profile(), canWrite: true)
      let current = disk.profile.replaying(
        pending, scheduler: Self.scheduler(for: disk.profile.preferences), history: disk.history.answerHistory)
      let answers = AnswerHistory.foldOrdered(disk.history.all() + current.newAnswers)
      var backup: String?
      if disk.existed || !pending.isEmpty || ProfileFiles.size(paths.history) != nil {
        backup = try saving {
          try ProfileFiles.writeBackup(
            ProfileDecoding.export(of: current, answers: answers), to: paths.backup(at: now()))
        }
      }
      var written = make(current, answers)
      try saving {
        var data = Data()
        for answer in written.newAnswers {
          data.append(try ProfileDecoding.line(for: .answer(answer)))
          data.append(0x0A)
        }
        if data.isEmpty {
          try ProfileFiles.remove(paths.history)
        } else {
          try ProfileFiles.replaceAtomically(paths.history, with: data)
        }
        written.historyWritten(length: data.count)
      }
      try write(written)
      return (written, backup)
    }
    pending.removeAll()
    profile = written
    history = AnswerHistoryFile(path: paths.history, length: written.historyLength)
    return backup
  }
}

/// The answer history file, `<name>.history.jsonl`: one answer event per line (the journal's form), appended
/// at each compaction, read only when needed and then once (the answers are cached).
public final class AnswerHistoryFile {
  public let path: String
  /// The bytes a snapshot has taken in; anything after was left by a compaction that did not finish.
  public let length: Int
  private var cache: [AnswerEvent]?

  public init(path: String, length: Int) {
    self.path = path
    self.length = length
  }

  /// The answers in the first ``length`` bytes, in file order; lines that cannot be read are skipped (the file
  /// is only ever appended to whole lines, so a bad line is damage, not a torn write).
  public func all() -> [AnswerEvent] {
    if let cache { return cache }
    var answers: [AnswerEvent] = []
    if length > 0, let data = try? ProfileFiles.read(path) {
      for line in data.prefix(length).split(separator: 0x0A) {
        if case .answer(let event)? = try? ProfileDecoding.event(from: Data(line)) { answers.append(event) }
      }
    }
    cache = answers
    return answers
  }

  /// The history as the fold asks for it.
  public var answerHistory: AnswerHistory {
    AnswerHistory(
      answers: { bank, question in self.all().filter { $0.question == question && $0.bank == bank } },
      all: { self.all() })
  }
}
