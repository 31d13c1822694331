import Testing

@testable import QuizCore

/// Play test: "Progress: 5 facts moved up" on a game with 38 % accuracy, because misses answered right on the
/// second try counted. A fact moves up only on a right first try.
@Suite("Facts moved up")
struct GameProgressTests {
  @Test("a fact missed at its first try does not count as moved up, even when its second try was right")
  func secondTryIsNotProgress() {
    let before: [String: FactStage?] = ["a": nil, "b": .new, "c": .recognized, "d": .recognized]
    let after: [String: FactStage?] = ["a": .recognized, "b": .recognized, "c": .recalled, "d": .recognized]
    #expect(GameProgress.movedUp(before: before, after: after) == 3)
    #expect(GameProgress.movedUp(before: before, after: after, missed: ["b", "c"]) == 1)
  }
}
