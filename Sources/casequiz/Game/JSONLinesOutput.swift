import Foundation
import QuizCore

/// The `--json` protocol: one JSON object per line on standard output, each with a `type`:
/// `question`, `verdict`, `info`, `error` and `summary`. Answers and commands are read one per line on
/// standard input. Documented in the README.
struct JSONLinesOutput {
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Writes one event as a line; `.answered` is internal and not written.
  func write(_ event: GameEvent) {
    guard let object = Self.object(for: event), let data = try? encoder.encode(object) else { return }
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }

  /// The JSON object of an event.
  static func object(for event: GameEvent) -> Object? {
    switch event {
    case .question(let presentation):
      let question = presentation.question
      return Object(
        type: "question", id: question.id.rawValue, kind: question.kind.rawValue, lang: question.lang.rawValue,
        prompt: question.prompt, options: question.options,
        removed: presentation.removedOptions.isEmpty ? nil : presentation.removedOptions, hint: presentation.revealed,
        index: presentation.index, secondary: presentation.secondary?.prompt, total: presentation.total)
    case .verdict(let verdict):
      return Object(
        type: "verdict", id: verdict.id.rawValue, lang: verdict.language.rawValue,
        outcome: verdict.verdict.outcome.rawValue, credit: verdict.verdict.credit, points: verdict.points.total,
        answer: verdict.answer, answerOther: verdict.answerInOtherLanguage,
        forgiven: verdict.verdict.forgiven.map { Forgiven(kind: $0.kind.rawValue, canonical: $0.canonical) },
        streak: verdict.streak, skipped: verdict.skipped)
    case .info(let text): return Object(type: "info", text: text)
    case .error(let text): return Object(type: "error", message: text)
    case .summary(let summary):
      return Object(
        type: "summary", lang: summary.language.rawValue, score: summary.score, answered: summary.answered,
        total: summary.total, right: summary.right, partial: summary.partial, wrong: summary.wrong,
        accuracy: summary.accuracy, bestStreak: summary.bestStreak, seconds: summary.seconds,
        missed: summary.missed.map { Missed(id: $0.id.rawValue, prompt: $0.prompt, answer: $0.answer) })
    case .answered: return nil
    }
  }

  /// What was forgiven, in a verdict.
  struct Forgiven: Encodable, Equatable {
    var kind: String
    var canonical: String
  }

  /// A missed question, in a summary.
  struct Missed: Encodable, Equatable {
    var id: String
    var prompt: String
    var answer: String
  }

  /// One line of the protocol; keys that do not apply to a type are left out.
  struct Object: Encodable, Equatable {
    var type: String
    var id: String? = nil
    var kind: String? = nil
    var lang: String? = nil
    var prompt: String? = nil
    var options: [String]? = nil
    var removed: [Int]? = nil
    var hint: String? = nil
    var index: Int? = nil
    var secondary: String? = nil
    var outcome: String? = nil
    var credit: Double? = nil
    var points: Int? = nil
    var answer: String? = nil
    var answerOther: String? = nil
    var forgiven: [Forgiven]? = nil
    var streak: Int? = nil
    var skipped: Bool? = nil
    var text: String? = nil
    var message: String? = nil
    var score: Int? = nil
    var answered: Int? = nil
    var total: Int? = nil
    var right: Int? = nil
    var partial: Int? = nil
    var wrong: Int? = nil
    var accuracy: Double? = nil
    var bestStreak: Int? = nil
    var seconds: Double? = nil
    var missed: [Missed]? = nil
  }
}
