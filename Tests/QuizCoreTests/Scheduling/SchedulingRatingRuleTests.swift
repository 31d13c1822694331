import Testing

@testable import QuizCore

/// `Rating.forAnswer`: wrong → Again; hint or forgiven typo → Hard; quick typed → Easy; else Good.
@Suite("Scheduling rating rule")
struct SchedulingRatingRuleTests {
  struct Answer: Sendable, CustomStringConvertible {
    let correct: Bool, forgiven: Bool, usedHint: Bool, quickTyped: Bool
    let expected: Rating
    var description: String {
      "correct:\(correct) forgiven:\(forgiven) hint:\(usedHint) quick:\(quickTyped) → \(expected)"
    }
  }

  /// All 16 combinations, written out rather than derived.
  static let table: [Answer] = [
    Answer(correct: false, forgiven: false, usedHint: false, quickTyped: false, expected: .again),
    Answer(correct: false, forgiven: false, usedHint: false, quickTyped: true, expected: .again),
    Answer(correct: false, forgiven: false, usedHint: true, quickTyped: false, expected: .again),
    Answer(correct: false, forgiven: false, usedHint: true, quickTyped: true, expected: .again),
    Answer(correct: false, forgiven: true, usedHint: false, quickTyped: false, expected: .again),
    Answer(correct: false, forgiven: true, usedHint: false, quickTyped: true, expected: .again),
    Answer(correct: false, forgiven: true, usedHint: true, quickTyped: false, expected: .again),
    Answer(correct: false, forgiven: true, usedHint: true, quickTyped: true, expected: .again),
    Answer(correct: true, forgiven: false, usedHint: false, quickTyped: false, expected: .good),
    Answer(correct: true, forgiven: false, usedHint: false, quickTyped: true, expected: .easy),
    Answer(correct: true, forgiven: false, usedHint: true, quickTyped: false, expected: .hard),
    Answer(correct: true, forgiven: false, usedHint: true, quickTyped: true, expected: .hard),
    Answer(correct: true, forgiven: true, usedHint: false, quickTyped: false, expected: .hard),
    Answer(correct: true, forgiven: true, usedHint: false, quickTyped: true, expected: .hard),
    Answer(correct: true, forgiven: true, usedHint: true, quickTyped: false, expected: .hard),
    Answer(correct: true, forgiven: true, usedHint: true, quickTyped: true, expected: .hard),
  ]

  @Test(arguments: table)
  func mapsAnswerToRating(_ answer: Answer) {
    let rating = Rating.forAnswer(
      correct: answer.correct, forgiven: answer.forgiven, usedHint: answer.usedHint,
      quickTyped: answer.quickTyped)
    #expect(rating == answer.expected)
  }

  @Test func ratingValuesAreTheFSRSGrades() {
    #expect(Rating.allCases.map(\.rawValue) == [1, 2, 3, 4])
    #expect(Rating.allCases.filter(\.isSuccess) == [.hard, .good, .easy])
  }
}
