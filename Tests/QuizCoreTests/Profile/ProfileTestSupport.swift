import Foundation

@testable import QuizCore

/// Builders for profile tests: answers, sessions and questions with short defaults.
enum ProfileTestSupport {
  /// 2026-03-01T12:00:00Z.
  static let start = Date(timeIntervalSince1970: 1_772_366_400)

  /// `start` plus some minutes.
  static func at(minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

  /// `start` plus some days.
  static func at(days: Double) -> Date { start.addingTimeInterval(days * 86_400) }

  static func answer(
    _ question: String, _ outcome: AnswerOutcome = .right, at date: Date, bank: String = "cassez",
    kind: QuestionKind? = nil, topic: String = "arrest", language: Language = .en, points: Int? = nil,
    session: String = "s1", skipped: Bool = false, usedHint: Bool = false, forgiven: Bool = false,
    credit: Double? = nil, input: String = "x"
  ) -> AnswerEvent {
    let id = QuestionID(rawValue: question)
    return AnswerEvent(
      bank: bank, question: id, kind: kind ?? id.inferredKind, topic: topic, language: language, outcome: outcome,
      credit: credit ?? (outcome == .right ? 1 : outcome == .partial ? 0.5 : 0),
      points: points ?? (outcome == .right ? 100 : 0),
      rating: Rating.forAnswer(correct: outcome == .right, forgiven: forgiven, usedHint: usedHint, quickTyped: false),
      forgiven: forgiven, usedHint: usedHint, skipped: skipped, input: input, answeredAt: date, elapsed: 3.5,
      session: session)
  }

  static func session(
    _ id: String, started: Date, ended: Date, score: Int, right: Int, wrong: Int, bank: String = "cassez",
    mode: GameMode = .play
  ) -> SessionEvent {
    SessionEvent(
      id: id, bank: bank, language: .en, mode: mode, started: started, ended: ended, asked: right + wrong,
      answered: right + wrong, right: right, wrong: wrong, score: score, bestStreak: right)
  }

  /// A question of one fact (or several, for a timeline) without real content.
  static func question(_ fact: String, _ kind: QuestionKind, topic: String = "arrest") -> Question {
    Question(
      id: QuestionID(facts: [fact], kind: kind), kind: kind, direction: .forward, facts: [fact], topic: topic,
      answer: .truth(true))
  }

  /// The profile's snapshot bytes, to compare profiles exactly as they would be written.
  static func json(_ profile: Profile) throws -> String {
    String(decoding: try ProfileDecoding.snapshot(of: profile), as: UTF8.self)
  }

  static func fixture(_ name: String) throws -> Data {
    guard let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return try Data(contentsOf: directory.appendingPathComponent("Profile").appendingPathComponent(name))
  }
}
