import Foundation
import Testing

@testable import QuizCore

@Suite("Fact stages")
struct FactStageTests {
  typealias S = ProfileTestSupport

  /// One answered question of a fact: its kind and direction, whether its last answer was right, its
  /// stability, and when it was answered (minutes after the start).
  struct Answered: Sendable, CustomStringConvertible {
    var kind: QuestionKind
    var direction: QuestionDirection = .forward
    var right: Bool
    var stability: Double = 2
    var minute: Double

    var description: String { "\(kind)\(direction == .inverse ? "⁻¹" : "") \(right ? "right" : "wrong") @\(minute)" }

    var entry: (form: LearningForm, record: QuestionRecord) {
      var record = QuestionRecord(kind: kind, topic: "t", due: S.start)
      record.lastAnsweredAt = S.at(minutes: minute)
      record.lastOutcome = right ? .right : .wrong
      record.card.stability = stability
      return (LearningForm(kind: kind, direction: direction), record)
    }
  }

  static let cases: [([Answered], FactStage?)] = [
    ([], nil),
    ([Answered(kind: .choice, right: false, minute: 1)], .new),
    ([Answered(kind: .choice, right: true, minute: 1)], .recognized),
    ([Answered(kind: .truefalse, right: true, minute: 1)], .recognized),
    // Recognised, then recall missed: back to recognition.
    ([Answered(kind: .choice, right: true, minute: 1), Answered(kind: .typed, right: false, minute: 2)], .new),
    // Recognised, then recalled.
    ([Answered(kind: .choice, right: true, minute: 1), Answered(kind: .date, right: true, minute: 2)], .recalled),
    // Recalled, then the other direction missed: back to recall.
    (
      [
        Answered(kind: .choice, right: true, minute: 1), Answered(kind: .typed, right: true, minute: 2),
        Answered(kind: .typed, direction: .inverse, right: false, minute: 3),
      ], .recognized
    ),
    // Recall right and stable for three weeks: mastered.
    ([Answered(kind: .number, right: true, stability: 30, minute: 1)], .mastered),
    // Mastered, then the other direction missed: one stage back, to recalled.
    (
      [
        Answered(kind: .typed, right: true, stability: 30, minute: 1),
        Answered(kind: .choice, direction: .inverse, right: false, minute: 2),
      ], .recalled
    ),
    // A later right answer in any form ends the step back.
    (
      [
        Answered(kind: .choice, right: true, minute: 1), Answered(kind: .typed, right: false, minute: 2),
        Answered(kind: .truefalse, right: true, minute: 3),
      ], .recognized
    ),
    // Stability alone never masters a recognition question.
    ([Answered(kind: .choice, right: true, stability: 90, minute: 1)], .recognized),
  ]

  @Test("a fact's stage from the records of its questions", arguments: cases)
  func stage(answers: [Answered], expected: FactStage?) {
    #expect(FactStage(records: answers.map(\.entry)) == expected)
  }

  @Test(
    "each form is asked from its stage, and a miss in it steps back one stage below",
    arguments: [
      (LearningForm.recognition, FactStage.new, FactStage.mastered, FactStage.new),
      (.recall, .recognized, .recognized, .new),
      (.recall, .recognized, .mastered, .recognized),
      (.reverse, .recalled, .recalled, .recognized),
      (.timeline, .recalled, .mastered, .recalled),
    ])
  func forms(form: LearningForm, askedAt: FactStage, best: FactStage, afterMiss: FactStage) {
    #expect(form.stage == askedAt)
    #expect(FactStage.after(missIn: form, best: best) == afterMiss)
  }

  @Test(
    "the form of each kind and direction",
    arguments: [
      (QuestionKind.choice, QuestionDirection.forward, LearningForm.recognition),
      (.truefalse, .forward, .recognition), (.typed, .forward, .recall), (.number, .forward, .recall),
      (.date, .forward, .recall), (.typed, .inverse, .reverse), (.choice, .inverse, .reverse),
      (.timeline, .forward, .timeline),
    ])
  func formOfKind(kind: QuestionKind, direction: QuestionDirection, form: LearningForm) {
    #expect(LearningForm(kind: kind, direction: direction) == form)
  }
}
