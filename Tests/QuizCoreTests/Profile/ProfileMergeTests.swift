import Foundation
import Testing

@testable import QuizCore

/// `profile import` merges: the union of two profiles' games and answers, records folded from both.
@Suite struct ProfileMergeTests {
  typealias S = ProfileTestSupport
  let scheduler = Scheduler()

  /// The scripted history split in two profiles at `split` (answers interleaved in time when `interleave`),
  /// sharing `overlap` events.
  static func halves(overlap: Int, interleave: Bool) -> (Profile, Profile, Profile) {
    let events = ProfileFoldTests.history()
    let scheduler = Scheduler()
    let all = Profile().replaying(events, scheduler: scheduler)
    var left: [ProfileEvent] = []
    var right: [ProfileEvent] = []
    for (index, event) in events.enumerated() {
      let toLeft = interleave ? index % 2 == 0 : index < events.count / 2
      if toLeft { left.append(event) } else { right.append(event) }
    }
    left += right.prefix(overlap)
    return (
      Profile().replaying(left, scheduler: scheduler), Profile().replaying(right, scheduler: scheduler), all
    )
  }

  @Test(arguments: [(0, false), (3, false), (0, true), (5, true)])
  func mergingTwoHalvesGivesTheWholeInEitherOrder(overlap: Int, interleave: Bool) throws {
    let (left, right, whole) = Self.halves(overlap: overlap, interleave: interleave)
    let leftFirst = left.merging(right, answers: right.newAnswers, scheduler: scheduler)
    let rightFirst = right.merging(left, answers: left.newAnswers, scheduler: scheduler)
    for merged in [leftFirst, rightFirst] {
      #expect(merged.newAnswers == whole.newAnswers)
      #expect(merged.tallies == whole.tallies)
      #expect(merged.banks == whole.banks)
      #expect(merged.sessions == whole.sessions)
      #expect(merged.preferences == whole.preferences)
    }
  }

  @Test func mergingAProfileWithItselfChangesNothing() throws {
    let whole = Profile().replaying(ProfileFoldTests.history(), scheduler: scheduler)
    let merged = whole.merging(whole, answers: whole.newAnswers, scheduler: scheduler)
    #expect(try S.json(merged) == S.json(whole))
    #expect(merged.tallies.overall.answered == 24)
  }

  @Test func aSnapshotGivenItsHistoryMergesLikeAnExport() throws {
    let (left, right, whole) = Self.halves(overlap: 2, interleave: false)
    var snapshot = try ProfileDecoding.profile(from: ProfileDecoding.snapshot(of: left)).profile
    #expect(snapshot.newAnswers.isEmpty)
    snapshot.takeHistory(left.newAnswers.reversed())
    let merged = snapshot.merging(right, answers: right.newAnswers, scheduler: scheduler)
    #expect(merged.newAnswers == whole.newAnswers)
    #expect(merged.tallies == whole.tallies)
    #expect(merged.banks == whole.banks)
  }
}
