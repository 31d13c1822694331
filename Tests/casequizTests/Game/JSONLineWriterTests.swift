import Foundation
import QuizCore
import Testing

@testable import QuizEdge

/// Issue 17, item 1: the `--json` lines are written without `JSONEncoder` (its first use cost the start-up
/// half a million instructions), byte for byte as the encoder wrote them.
@Suite("the --json lines, written as JSONEncoder writes them")
struct JSONLineWriterTests {
  typealias Object = JSONLinesOutput.Object

  /// What `JSONLinesOutput` used before: the encoder with sorted keys and slashes left alone.
  func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  func written(_ object: Object) throws -> String {
    String(decoding: try #require(object.jsonLine()), as: UTF8.self)
  }

  /// Every character a string can hold that the encoder treats apart, and some it leaves alone.
  static let awkwardTexts: [String] = [
    "", "plain", "\"quoted\" and \\back\\slashed", "a/b </script>", "tab\there", "line\nbreak\r\n",
    "\u{8}\u{C}", (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined(), "\u{7F}", "¿Quién? «sí» — ñ",
    "\u{2028}\u{2029}", "😀 e\u{301}", "\u{0}",
  ]

  /// Every property set at once (the three fractions left out: those objects stay with the encoder).
  static func full(_ text: String) -> Object {
    Object(
      type: "question", id: text, kind: text, lang: text, prompt: text, options: [text, "b", ""], removed: [0, 2],
      hint: text, index: 1, secondary: text, outcome: text, credit: nil, points: -3, answer: text,
      answerOther: text, forgiven: [.init(kind: text, canonical: text), .init(kind: "k", canonical: "c")], readAs: text,
      wrongUnit: text, missing: text, streak: 4, skipped: false, text: text, message: text, score: 120, answered: 9,
      total: 10, right: 5,
      partial: 1, wrong: 3, accuracy: nil, bestStreak: 4, seconds: nil,
      missed: [.init(id: text, prompt: text, answer: text)], form: text, secondTry: true, comesBack: false,
      sentence: text, quote: text, quoteTranslation: text, sentenceOther: text, relearned: 2, relearnedRight: 1,
      factsMovedUp: 0, dayStreak: Int.max)
  }

  @Test("a fully populated object is written as the encoder writes it", arguments: awkwardTexts)
  func fullObject(_ text: String) throws {
    let object = Self.full(text)
    #expect(try written(object) == encoded(object))
  }

  @Test("what a game writes before and around its questions is written as the encoder writes it")
  func gameObjects() throws {
    let objects: [Object] = [
      Object(type: "info", text: "About this case: “neither guilty nor innocent”"),
      Object(type: "error", message: "Type a, b, c or d."),
      Object(
        type: "question", id: "cassez-arrested-with.truefalse.true", kind: "truefalse", lang: "en",
        prompt: "True or false? Florence Cassez was arrested together with Israel Vallarta.", options: [],
        index: 1, total: 10, form: "recognition", secondTry: false),
      Object(type: "question", options: nil, removed: [], index: 0, skipped: true),
      Object(type: "summary", missed: [], relearned: 0),
    ]
    for object in objects { #expect(try written(object) == encoded(object)) }
  }

  @Test("objects with a number that has a fraction are left to the encoder")
  func fractionsStayWithTheEncoder() {
    #expect(Object(type: "verdict", credit: 0.5).jsonLine() == nil)
    #expect(Object(type: "summary", accuracy: 1).jsonLine() == nil)
    #expect(Object(type: "summary", seconds: 41.3).jsonLine() == nil)
  }

  /// A property added to `Object` must be added to the writer too (or it would be silently left out).
  @Test("the writer knows every property of the protocol's object")
  func knowsEveryProperty() {
    #expect(Mirror(reflecting: Object(type: "info")).children.count == Object.knownPropertyCount)
  }

  @Test("the hello line and a whole event go out as the encoder wrote them, with a newline")
  func linesThroughTheOutput() throws {
    let (sink, buffer) = OutputSink.buffer()
    let output = JSONLinesOutput(sink: sink)
    output.writeHello()
    output.write(.info("/ \"x\""))
    #expect(buffer.text == (try encoded(JSONProtocol.Hello())) + "\n" + #"{"text":"/ \"x\"","type":"info"}"# + "\n")
  }
}
