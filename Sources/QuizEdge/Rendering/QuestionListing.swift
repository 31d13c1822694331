import Foundation
import QuizCore

/// What `casequiz questions` prints of each rendered question: a JSON line or a block of text.
public enum QuestionListing {
  /// One question as JSON.
  public struct Line: Encodable {
    public var id: String
    public var kind: String
    public var lang: String
    public var topic: String
    public var prompt: String
    public var options: [String]
    public var answer: String
    public var accepted: [String]
    public var facts: [String]
    public var source: [String]

    public init(_ rendered: RenderedQuestion) {
      id = rendered.id.rawValue
      kind = rendered.kind.rawValue
      lang = rendered.lang.rawValue
      topic = rendered.topic
      prompt = rendered.prompt
      options = rendered.options
      answer = rendered.answer
      accepted = rendered.accepted
      facts = rendered.facts
      source = rendered.source
    }
  }

  /// One question as readable text.
  public static func text(_ rendered: RenderedQuestion, catalog: Catalog) -> String {
    let language = rendered.lang
    var lines = [
      "[\(rendered.id.rawValue)] \(language.rawValue) · \(catalog.string("kind." + rendered.kind.rawValue, in: language))"
    ]
    lines.append("  " + rendered.prompt)
    for (offset, option) in rendered.options.enumerated() {
      lines.append("    \(RenderedQuestion.letter(offset))) \(option)")
    }
    lines.append("  = " + rendered.answer)
    if rendered.accepted.count > 1 { lines.append("  ≈ " + rendered.accepted.joined(separator: " | ")) }
    for quote in rendered.source { lines.append("  “\(quote)”") }
    return lines.map(TerminalInfo.sanitize).joined(separator: "\n")
  }
}
