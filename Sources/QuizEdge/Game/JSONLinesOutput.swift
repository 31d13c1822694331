import Foundation
import QuizCore

/// The `--json` protocol: one JSON object per line on standard output, each with a `type`:
/// `question`, `verdict`, `info`, `error` and `summary`. Answers and commands are read one per line on
/// standard input. Documented in the README.
public struct JSONLinesOutput {
  /// Where the lines go.
  public var sink: OutputSink

  public init(sink: OutputSink = .standardOutput) { self.sink = sink }

  /// For the objects ``JSONLineWriter`` leaves to it (those with a number with a fraction); made at its first use.
  private var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// Writes one event as a line; `.answered` is internal and not written.
  public func write(_ event: GameEvent) {
    guard let object = Self.object(for: event) else { return }
    if var line = object.jsonLine() {
      line.append(UInt8(ascii: "\n"))
      sink.write(Data(line))
      return
    }
    guard let data = try? encoder.encode(object) else { return }
    sink.write(data + Data("\n".utf8))
  }

  /// The JSON object of an event.
  public static func object(for event: GameEvent) -> Object? {
    switch event {
    case .question(let presentation):
      let question = presentation.question
      return Object(
        type: "question", id: question.id.rawValue, kind: question.kind.rawValue, lang: question.lang.rawValue,
        prompt: question.prompt, options: question.options,
        removed: presentation.removedOptions.isEmpty ? nil : presentation.removedOptions, hint: presentation.revealed,
        index: presentation.index, secondary: presentation.secondary?.prompt, total: presentation.total,
        form: presentation.form.rawValue, secondTry: presentation.secondTry)
    case .verdict(let verdict):
      return Object(
        type: "verdict", id: verdict.id.rawValue, lang: verdict.language.rawValue,
        outcome: verdict.verdict.outcome.rawValue, credit: verdict.verdict.credit, points: verdict.points.total,
        answer: verdict.answer, answerOther: verdict.answerInOtherLanguage,
        forgiven: verdict.verdict.forgiven.map { Forgiven(kind: $0.kind.rawValue, canonical: $0.canonical) },
        readAs: verdict.verdict.readAs, wrongUnit: verdict.verdict.wrongUnit,
        missing: verdict.verdict.missing?.rawValue, streak: verdict.streak,
        skipped: verdict.skipped, secondTry: verdict.secondTry,
        comesBack: verdict.lesson == nil ? nil : verdict.comesBack, sentence: verdict.lesson?.sentence,
        quote: verdict.lesson?.quote, quoteTranslation: verdict.lesson?.quoteTranslation,
        sentenceOther: verdict.lesson?.otherSentence)
    case .info(let text): return Object(type: "info", text: text)
    case .error(let text): return Object(type: "error", message: text)
    case .summary(let summary):
      return Object(
        type: "summary", lang: summary.language.rawValue, score: summary.score, answered: summary.answered,
        total: summary.total, right: summary.right, partial: summary.partial, wrong: summary.wrong,
        accuracy: summary.accuracy, bestStreak: summary.bestStreak,
        seconds: Self.roundedSeconds(summary.seconds),
        missed: summary.missed.map { Missed(id: $0.id.rawValue, prompt: $0.prompt, answer: $0.answer) },
        // Left out when there is none: a game without timelines writes the summary it always wrote.
        partlyRight: summary.partlyRight?.map { Missed(id: $0.id.rawValue, prompt: $0.prompt, answer: $0.answer) },
        relearned: summary.relearned, relearnedRight: summary.relearnedRight, factsMovedUp: summary.factsMovedUp,
        dayStreak: summary.dayStreak)
    case .answered, .preferencesChanged: return nil
    }
  }

  /// A game's duration as the summary writes it: to the tenth of a second (`41.3`, not `41.26099094867706`);
  /// the clock's finer digits say nothing a player or a program can use. docs/json-protocol.md says so.
  public static func roundedSeconds(_ seconds: Double) -> Double {
    guard seconds.isFinite else { return 0 }
    return (seconds * 10).rounded() / 10
  }

  /// What was forgiven, in a verdict.
  public struct Forgiven: Encodable, Equatable {
    public var kind: String
    public var canonical: String
  }

  /// A missed question, in a summary.
  public struct Missed: Encodable, Equatable {
    public var id: String
    public var prompt: String
    public var answer: String
  }

  /// One line of the protocol; keys that do not apply to a type are left out.
  public struct Object: Encodable, Equatable {
    public var type: String
    public var id: String? = nil
    public var kind: String? = nil
    public var lang: String? = nil
    public var prompt: String? = nil
    public var options: [String]? = nil
    public var removed: [Int]? = nil
    public var hint: String? = nil
    public var index: Int? = nil
    public var secondary: String? = nil
    public var outcome: String? = nil
    public var credit: Double? = nil
    public var points: Int? = nil
    public var answer: String? = nil
    public var answerOther: String? = nil
    public var forgiven: [Forgiven]? = nil
    /// A wrong date in digits that reads either way round: how it was read.
    public var readAs: String? = nil
    /// A wrong number whose figure is right but not its unit: the unit the answer is in.
    public var wrongUnit: String? = nil
    /// A wrong date that is right as far as it goes: what it lacks ("day", "month", "monthAndDay").
    public var missing: String? = nil
    public var streak: Int? = nil
    public var skipped: Bool? = nil
    public var text: String? = nil
    public var message: String? = nil
    public var score: Int? = nil
    public var answered: Int? = nil
    public var total: Int? = nil
    public var right: Int? = nil
    public var partial: Int? = nil
    public var wrong: Int? = nil
    public var accuracy: Double? = nil
    public var bestStreak: Int? = nil
    public var seconds: Double? = nil
    public var missed: [Missed]? = nil
    public var partlyRight: [Missed]? = nil
    public var form: String? = nil
    public var secondTry: Bool? = nil
    public var comesBack: Bool? = nil
    public var sentence: String? = nil
    public var quote: String? = nil
    public var quoteTranslation: String? = nil
    public var sentenceOther: String? = nil
    public var relearned: Int? = nil
    public var relearnedRight: Int? = nil
    public var factsMovedUp: Int? = nil
    public var dayStreak: Int? = nil
  }
}
