import Foundation
import QuizCore

// Fuzz target (b): a profile snapshot (`<name>.json`, schema 3 read by the hand-written reader, or schema 1
// or 2 migrated) and a journal
// (`<name>.journal`, one event per line), as ProfileStore reads them.
//
// An input holding a NUL byte is a snapshot (before it) and a journal (after it); any other input is read as
// both. The journal is split at newlines; its good events are folded into the profile (or a fresh one), as
// loading a profile and playing do. The result then goes where a loaded profile goes: statistics, review
// planning over the Cassez questions, and a new snapshot, which must read back (a profile that loads but
// cannot be saved and read again would be lost at the next compaction), and an export with every answer, which
// must read back to the same profile.

/// The snapshot and journal parts of an input (see above).
func fuzzProfileParts(_ data: Data) -> (snapshot: Data, journal: Data) {
  guard let nul = data.firstIndex(of: 0) else { return (data, data) }
  return (data[data.startIndex..<nul], data[(nul + 1)...])
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProfileDecoding(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let world = FuzzWorld.shared
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  let now = Date(timeIntervalSince1970: 1_772_366_400)  // 2026-03-01T12:00:00Z

  let (snapshotBytes, journalBytes) = fuzzProfileParts(data)
  var profile = Profile()
  do {
    profile = try ProfileDecoding.profile(from: snapshotBytes).profile
  } catch {
    _ = error.description
    _ = error.isCorruption
  }
  var events: [ProfileEvent] = []
  for line in journalBytes.split(separator: 0x0A) {
    if let event = try? ProfileDecoding.event(from: Data(line)) { events.append(event) }
  }
  let scheduler = (try? Scheduler(parameters: profile.preferences.schedulerParameters)) ?? Scheduler()
  profile = profile.replaying(events, scheduler: scheduler)

  _ = Statistics(profile: profile, now: now, calendar: Calendar(identifier: .gregorian))
  _ = Statistics(profile: profile, bank: "cassez", now: now, calendar: Calendar(identifier: .gregorian))
  let planner = ReviewPlanner(profile: profile, bank: "cassez", questions: world.questions, scheduler: scheduler)
  var generator = SplitMix64(seed: UInt64(count))
  _ = planner.playOrder(count: 10, now: now, using: &generator)
  _ = planner.dueForReview(now: now, count: 10)
  _ = planner.missed(now: now)
  _ = planner.nextDue(after: now)

  let snapshot: Data
  do {
    snapshot = try ProfileDecoding.snapshot(of: profile)
  } catch {
    fuzzFailure("a profile that was read cannot be written: \(error)")
  }
  do {
    _ = try ProfileDecoding.profile(from: snapshot)
  } catch {
    fuzzFailure("a profile written cannot be read back: \(error)\n\(String(decoding: snapshot, as: UTF8.self))")
  }
  do {
    let export = try ProfileDecoding.export(of: profile, answers: profile.newAnswers)
    let reread = try ProfileDecoding.profile(from: export).profile
    if reread.newAnswers.count != profile.newAnswers.count { fuzzFailure("an export lost answers") }
  } catch {
    fuzzFailure("an export cannot be written or read back: \(error)")
  }
  for event in events {
    guard let line = try? ProfileDecoding.line(for: event) else { fuzzFailure("an event read cannot be written") }
    if (try? ProfileDecoding.event(from: line)) == nil { fuzzFailure("an event written cannot be read back") }
  }
  return 0
}
