import Foundation
import QuizCore

/// A player's profile as a game uses it: load it, read it, record each event durably, finish. The live client
/// is a ``ProfileStore`` on disk; the in-memory one folds the same events into a `Profile` with the same rules,
/// so whole games can be tested without files.
public struct ProfileClient {
  /// Loads the profile; returns what the player should be told (a file set aside, a migration).
  public var load: () throws(ProfileStoreError) -> [ProfileNotice]
  /// The profile as this process knows it.
  public var profile: () -> Profile
  /// The scheduler of the profile's preferences.
  public var scheduler: () -> Scheduler
  /// Folds an event in and saves it durably before returning; on failure the game goes on and the event is
  /// retried with the next one.
  public var record: (ProfileEvent) throws(ProfileStoreError) -> Void
  /// The end of a game: writes what is pending; throws when it cannot (those events are lost at exit), and
  /// returns a warning when only the compaction failed.
  public var finish: () throws(ProfileStoreError) -> ProfileStoreError?

  public init(
    load: @escaping () throws(ProfileStoreError) -> [ProfileNotice], profile: @escaping () -> Profile,
    scheduler: @escaping () -> Scheduler, record: @escaping (ProfileEvent) throws(ProfileStoreError) -> Void,
    finish: @escaping () throws(ProfileStoreError) -> ProfileStoreError?
  ) {
    self.load = load
    self.profile = profile
    self.scheduler = scheduler
    self.record = record
    self.finish = finish
  }

  /// The profile on disk.
  public static func live(_ store: ProfileStore) -> ProfileClient {
    ProfileClient(
      load: { () throws(ProfileStoreError) in try store.load() }, profile: { store.profile },
      scheduler: { store.scheduler }, record: { (event) throws(ProfileStoreError) in try store.record(event) },
      finish: { () throws(ProfileStoreError) in try store.finish() })
  }

  /// A profile kept in memory by `memory`.
  public static func inMemory(_ memory: InMemoryProfile) -> ProfileClient {
    ProfileClient(
      load: { [] }, profile: { memory.profile }, scheduler: { ProfileStore.scheduler(for: memory.profile.preferences) },
      record: { (event) throws(ProfileStoreError) in try memory.record(event) },
      finish: { () throws(ProfileStoreError) in
        if memory.failingSaves { throw memory.failure }
        return nil
      })
  }
}

/// The state behind ``ProfileClient/inMemory(_:)``: the profile, every event recorded, and a switch that
/// makes saves fail as a full disk would.
public final class InMemoryProfile {
  /// The profile with every recorded event folded in.
  public private(set) var profile: Profile
  /// The events recorded, in order (including those whose save "failed": they are kept, as on disk).
  public private(set) var events: [ProfileEvent] = []
  /// When true, every save fails with ``failure``.
  public var failingSaves = false
  /// The name the profile goes by in messages.
  public let name: ProfileName

  public init(profile: Profile = Profile(), name: ProfileName = .default) {
    self.profile = profile
    self.name = name
  }

  /// The error a failing save throws.
  public var failure: ProfileStoreError {
    .saveFailed(FileError(operation: "write", path: "memory:\(name.rawValue)", code: ENOSPC), profile: name, pending: 1)
  }

  func record(_ event: ProfileEvent) throws(ProfileStoreError) {
    profile.apply(event, scheduler: ProfileStore.scheduler(for: profile.preferences))
    events.append(event)
    if failingSaves { throw failure }
  }
}
