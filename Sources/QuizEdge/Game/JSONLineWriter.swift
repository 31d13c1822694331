import Foundation

/// Writes the `--json` protocol's objects byte for byte as `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes`, without it: the encoder's first use costs a game's start about 0.5 M
/// instructions (its containers' run-time type lookups) before the first question can be printed.
///
/// Keys come in the encoder's order (by their UTF-8 bytes), absent optionals are left out, and strings are
/// escaped as it escapes them: `"` and `\` with a backslash, `\b \f \n \r \t` by name, other control
/// characters as `\u00xx` (lower-case hex), everything else (`/`, DEL, any non-ASCII character) as it is.
/// Numbers with a fraction (`credit`, `accuracy`, `seconds`) are the encoder's own business: an object
/// holding one is left to it (see ``JSONLinesOutput/Object/jsonLine()``). `JSONLineWriterTests` compares the
/// two on every kind of object and on every escaped character.
struct JSONLineWriter {
  private(set) var bytes: [UInt8] = []
  private var needsComma = false

  init() { bytes.reserveCapacity(256) }

  mutating func open() {
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  mutating func close() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  private mutating func key(_ name: StaticString) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = true
  }

  mutating func field(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  mutating func field(_ name: StaticString, _ value: Int?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func field(_ name: StaticString, _ value: Bool?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  mutating func field(_ name: StaticString, _ values: [String]?) {
    guard let values else { return }
    key(name)
    array(values) { $0.string($1) }
  }

  mutating func field(_ name: StaticString, _ values: [Int]?) {
    guard let values else { return }
    key(name)
    array(values) { $0.bytes.append(contentsOf: String($1).utf8) }
  }

  /// An array of objects, each written by `write` (which opens and closes it).
  mutating func field<Element>(_ name: StaticString, _ values: [Element]?, _ write: (inout Self, Element) -> Void) {
    guard let values else { return }
    key(name)
    array(values, write)
  }

  private mutating func array<Element>(_ values: [Element], _ write: (inout Self, Element) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (position, value) in values.enumerated() {
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      needsComma = false
      write(&self, value)
    }
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A JSON string, escaped as `JSONEncoder` escapes it.
  mutating func string(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        let digits = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(digits[Int(byte >> 4)])
        bytes.append(digits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

extension JSONLinesOutput.Object {
  /// The object as `JSONEncoder` writes it (sorted keys, slashes not escaped), without the newline; `nil`
  /// when it holds a number with a fraction, which only the encoder writes.
  func jsonLine() -> [UInt8]? {
    guard credit == nil, accuracy == nil, seconds == nil else { return nil }
    var writer = JSONLineWriter()
    writer.open()
    // Every stored property but the three numbers above, in the encoder's order (by UTF-8 bytes).
    writer.field("answer", answer)
    writer.field("answerOther", answerOther)
    writer.field("answered", answered)
    writer.field("bestStreak", bestStreak)
    writer.field("comesBack", comesBack)
    writer.field("dayStreak", dayStreak)
    writer.field("factsMovedUp", factsMovedUp)
    writer.field("forgiven", forgiven) { writer, forgiven in
      writer.open()
      writer.field("canonical", forgiven.canonical)
      writer.field("kind", forgiven.kind)
      writer.close()
    }
    writer.field("form", form)
    writer.field("hint", hint)
    writer.field("id", id)
    writer.field("index", index)
    writer.field("kind", kind)
    writer.field("lang", lang)
    writer.field("message", message)
    writer.field("missed", missed) { writer, missed in
      writer.open()
      writer.field("answer", missed.answer)
      writer.field("id", missed.id)
      writer.field("prompt", missed.prompt)
      writer.close()
    }
    writer.field("missing", missing)
    writer.field("options", options)
    writer.field("outcome", outcome)
    writer.field("partial", partial)
    writer.field("partlyRight", partlyRight) { writer, partly in
      writer.open()
      writer.field("answer", partly.answer)
      writer.field("id", partly.id)
      writer.field("prompt", partly.prompt)
      writer.close()
    }
    writer.field("points", points)
    writer.field("prompt", prompt)
    writer.field("quote", quote)
    writer.field("quoteTranslation", quoteTranslation)
    writer.field("readAs", readAs)
    writer.field("relearned", relearned)
    writer.field("relearnedRight", relearnedRight)
    writer.field("removed", removed)
    writer.field("right", right)
    writer.field("score", score)
    writer.field("secondTry", secondTry)
    writer.field("secondary", secondary)
    writer.field("sentence", sentence)
    writer.field("sentenceOther", sentenceOther)
    writer.field("skipped", skipped)
    writer.field("streak", streak)
    writer.field("text", text)
    writer.field("total", total)
    writer.field("type", type)
    writer.field("wrong", wrong)
    writer.field("wrongUnit", wrongUnit)
    writer.close()
    return writer.bytes
  }

  /// How many stored properties ``jsonLine()`` knows (the 42 it writes and the three numbers it leaves to
  /// `JSONEncoder`); a test compares it with the struct's, so a property added later is not silently dropped.
  static let knownPropertyCount = 45
}
