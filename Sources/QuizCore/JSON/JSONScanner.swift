/// A strict JSON (RFC 8259) syntax check that never recurses, so a document nested 100,000 levels deep is
/// refused with a message instead of overflowing the stack. It reports the first syntax error with its line and
/// column, records where each key path is written, and notes duplicate keys, which decoders silently drop.
struct JSONScanner {
  struct SyntaxError: Error, Equatable {
    var message: String
    var position: TextPosition
  }

  struct DuplicateKey: Equatable {
    var key: String
    var objectPath: String
    var position: TextPosition
  }

  /// A key outside `BankDecoder.knownKeys` for its object.
  struct UnknownKey: Equatable {
    var keyPath: String
    var key: String
    var objectPath: String
  }

  struct Result {
    var positions: JSONPositions
    var duplicateKeys: [DuplicateKey]
    /// The keys unknown to `BankDecoder.knownKeys`, in the order written.
    var unknownKeys: [UnknownKey]
    /// Whether a key is empty or holds `.`, `[` or `]`, so that key paths can be read more than one way (and
    /// `unknownKeys` may differ from what `BankDecoder.unknownKeys(in:)` reads from the positions).
    var irregularKeys: Bool
  }

  private struct Frame {
    var isObject: Bool
    var path: String
    var openedAt: TextPosition
    /// Objects: the keys seen and the last one. Arrays: the number of elements before the current one.
    var keys: Set<String> = []
    var lastKey = ""
    var count = 0
    /// The keys `BankDecoder.knownKeys` allows in this object, found by its path with indices written `[]`.
    var template: String
    var known: Set<String>?
  }

  private enum Expect {
    case value(path: String, keyPosition: TextPosition?, afterComma: Bool)
    case key(afterComma: Bool)
    case afterValue
  }

  private var cursor: Cursor
  private let maxDepth: Int
  private var stack: [Frame] = []
  private var entries: [String: JSONPositions.Entry] = [:]
  private var duplicates: [DuplicateKey] = []
  private var unknown: [UnknownKey] = []
  private var irregularKeys = false
  /// The template of the value being read (`facts[].value`), set with its path.
  private var template = ""

  /// Scans a document given as bytes of valid UTF-8.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Swift.Result<Result, SyntaxError> {
    var scanner = JSONScanner(cursor: Cursor(bytes: bytes), maxDepth: maxDepth)
    do throws(SyntaxError) {
      try scanner.run()
      return .success(
        Result(
          positions: JSONPositions(entries: scanner.entries), duplicateKeys: scanner.duplicates,
          unknownKeys: scanner.unknown, irregularKeys: scanner.irregularKeys))
    } catch {
      return .failure(error)
    }
  }

  private init(cursor: Cursor, maxDepth: Int) {
    self.cursor = cursor
    self.maxDepth = maxDepth
  }

  private mutating func run() throws(SyntaxError) {
    var expect = Expect.value(path: "", keyPosition: nil, afterComma: false)
    while true {
      cursor.skipWhitespace()
      switch expect {
      case .value(let path, let keyPosition, let afterComma):
        expect = try value(at: path, keyPosition: keyPosition, afterComma: afterComma)
      case .key(let afterComma):
        expect = try key(afterComma: afterComma)
      case .afterValue:
        guard let top = stack.last else {
          guard cursor.peek == nil else {
            throw error("unexpected \(cursor.describeCurrent()) after the end of the document")
          }
          return
        }
        expect = try afterValue(in: top)
      }
    }
  }

  // MARK: Values

  private mutating func value(at path: String, keyPosition: TextPosition?, afterComma: Bool) throws(SyntaxError)
    -> Expect
  {
    guard let byte = cursor.peek else { throw endOfFile() }
    let start = cursor.position
    let kind: JSONValueKind
    switch byte {
    case UInt8(ascii: "{"): kind = .object
    case UInt8(ascii: "["): kind = .array
    case UInt8(ascii: "\""): kind = .string
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number
    case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = .boolean
    case UInt8(ascii: "n"): kind = .null
    case UInt8(ascii: "]"), UInt8(ascii: "}"):
      if afterComma { throw error("trailing comma before '\(Character(UnicodeScalar(byte)))'") }
      throw error("expected a value, found '\(Character(UnicodeScalar(byte)))'")
    default: throw unexpectedInValue()
    }
    if entries[path] == nil { entries[path] = .init(position: keyPosition ?? start, kind: kind) }

    switch kind {
    case .object, .array:
      guard stack.count < maxDepth else {
        throw SyntaxError(message: "nesting deeper than \(maxDepth) levels", position: start)
      }
      cursor.advance()
      cursor.skipWhitespace()
      if kind == .object {
        stack.append(
          Frame(isObject: true, path: path, openedAt: start, template: template, known: BankDecoder.knownKeys[template])
        )
        if cursor.peek == UInt8(ascii: "}") {
          cursor.advance()
          stack.removeLast()
          return .afterValue
        }
        return .key(afterComma: false)
      }
      stack.append(Frame(isObject: false, path: path, openedAt: start, template: template))
      if cursor.peek == UInt8(ascii: "]") {
        cursor.advance()
        stack.removeLast()
        return .afterValue
      }
      template += "[]"
      return .value(path: JSONKeyPath.element(path, 0), keyPosition: nil, afterComma: false)
    case .string:
      _ = try string(decoding: false)
    case .number:
      try number()
    case .boolean, .null:
      try literal()
    }
    return .afterValue
  }

  private mutating func key(afterComma: Bool) throws(SyntaxError) -> Expect {
    guard let byte = cursor.peek else { throw endOfFile() }
    guard byte == UInt8(ascii: "\"") else {
      if byte == UInt8(ascii: "}") && afterComma { throw error("trailing comma before '}'") }
      if byte == UInt8(ascii: "'") { throw error("keys must be in double quotes, not single quotes") }
      if byte == UInt8(ascii: "/") { throw error("comments are not allowed in JSON") }
      if Cursor.isWordByte(byte) {
        let start = cursor.position
        let word = cursor.readWord()
        throw SyntaxError(message: "keys must be in double quotes: \"\(word)\"", position: start)
      }
      throw error("expected a key in double quotes, found \(cursor.describeCurrent())")
    }
    let keyPosition = cursor.position
    let key = try string(decoding: true)
    // Keys are only read inside objects, so the top of the stack is always an object here.
    let top = stack.count - 1
    let path = stack[top].path
    if !stack[top].keys.insert(key).inserted {
      duplicates.append(DuplicateKey(key: key, objectPath: path, position: keyPosition))
    }
    stack[top].lastKey = key
    if key.isEmpty
      || key.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") })
    {
      irregularKeys = true
    }
    if let known = stack[top].known, !known.contains(key) {
      unknown.append(UnknownKey(keyPath: JSONKeyPath.member(path, key), key: key, objectPath: path))
    }
    template = JSONKeyPath.member(stack[top].template, key)
    cursor.skipWhitespace()
    guard cursor.peek == UInt8(ascii: ":") else {
      if cursor.peek == nil { throw endOfFile() }
      throw error("expected ':' after the key \"\(key)\", found \(cursor.describeCurrent())")
    }
    cursor.advance()
    return .value(path: JSONKeyPath.member(path, key), keyPosition: keyPosition, afterComma: false)
  }

  private mutating func afterValue(in top: Frame) throws(SyntaxError) -> Expect {
    guard let byte = cursor.peek else { throw endOfFile() }
    if top.isObject {
      if byte == UInt8(ascii: ",") {
        cursor.advance()
        return .key(afterComma: true)
      }
      if byte == UInt8(ascii: "}") {
        cursor.advance()
        stack.removeLast()
        return .afterValue
      }
      if byte == UInt8(ascii: "/") { throw error("comments are not allowed in JSON") }
      throw error("expected ',' or '}' after the value of \"\(top.lastKey)\", found \(cursor.describeCurrent())")
    } else {
      let path = top.path
      if byte == UInt8(ascii: ",") {
        cursor.advance()
        stack[stack.count - 1].count += 1
        template = top.template + "[]"
        return .value(path: JSONKeyPath.element(path, top.count + 1), keyPosition: nil, afterComma: true)
      }
      if byte == UInt8(ascii: "]") {
        cursor.advance()
        stack.removeLast()
        return .afterValue
      }
      if byte == UInt8(ascii: "/") { throw error("comments are not allowed in JSON") }
      throw error(
        "expected ',' or ']' after an element of \(path.isEmpty ? "the array" : path), found \(cursor.describeCurrent())"
      )
    }
  }

  // MARK: Tokens

  /// Reads a string; returns its decoded text when `decoding` (keys), an empty string otherwise.
  private mutating func string(decoding: Bool) throws(SyntaxError) -> String {
    let start = cursor.position
    cursor.advance()  // the opening quote
    var text: [UInt8] = []
    while true {
      guard let byte = cursor.peek else {
        throw SyntaxError(message: "this string is not closed", position: start)
      }
      switch byte {
      case UInt8(ascii: "\""):
        cursor.advance()
        return decoding ? String(decoding: text, as: UTF8.self) : ""
      case UInt8(ascii: "\\"):
        let escapeStart = cursor.position
        cursor.advance()
        guard let escaped = cursor.peek else {
          throw SyntaxError(message: "this string is not closed", position: start)
        }
        cursor.advance()
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
          let scalar = try unicodeEscape(startingAt: escapeStart)
          if decoding { text.append(contentsOf: Array(String(Character(scalar)).utf8)) }
        default:
          throw SyntaxError(
            message:
              "invalid escape '\\\(Cursor.describe(escaped))' (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
            position: escapeStart)
        }
      case 0x0A, 0x0D:
        throw SyntaxError(message: "line break inside a string (is a closing '\"' missing?)", position: cursor.position)
      case 0x00..<0x20:
        throw SyntaxError(
          message:
            "control character \(DiagnosticText.codePoint(UInt32(byte))) inside a string; write it as an escape such as \\t or \\u00\(DiagnosticText.hex(UInt32(byte), width: 2))",
          position: cursor.position)
      default:
        if decoding { text.append(byte) }
        cursor.advance()
      }
    }
  }

  /// Reads the four hex digits after `\u` (and a second escape for a surrogate pair).
  private mutating func unicodeEscape(startingAt start: TextPosition) throws(SyntaxError) -> Unicode.Scalar {
    let first = try hexQuad(escapeStart: start)
    if (0xDC00...0xDFFF).contains(first) {
      throw SyntaxError(message: "unpaired surrogate \\u\(DiagnosticText.hex(first, width: 4))", position: start)
    }
    if (0xD800...0xDBFF).contains(first) {
      guard cursor.peek == UInt8(ascii: "\\"), cursor.peek(at: 1) == UInt8(ascii: "u") else {
        throw SyntaxError(message: "unpaired surrogate \\u\(DiagnosticText.hex(first, width: 4))", position: start)
      }
      cursor.advance()
      cursor.advance()
      let second = try hexQuad(escapeStart: start)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw SyntaxError(message: "unpaired surrogate \\u\(DiagnosticText.hex(first, width: 4))", position: start)
      }
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }
    return Unicode.Scalar(first) ?? "\u{FFFD}"
  }

  private mutating func hexQuad(escapeStart: TextPosition) throws(SyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = cursor.peek, let digit = Cursor.hexValue(byte) else {
        throw SyntaxError(message: "invalid \\u escape: expected four hex digits", position: escapeStart)
      }
      value = value * 16 + digit
      cursor.advance()
    }
    return value
  }

  private mutating func number() throws(SyntaxError) {
    if cursor.peek == UInt8(ascii: "-") { cursor.advance() }
    guard let first = cursor.peek, Cursor.isDigit(first) else {
      throw error("invalid number: expected a digit, found \(cursor.describeCurrent())")
    }
    cursor.advance()
    if first == UInt8(ascii: "0"), let next = cursor.peek, Cursor.isDigit(next) {
      throw error("invalid number: a number cannot start with 0 followed by digits")
    }
    cursor.skipDigits()
    if cursor.peek == UInt8(ascii: ".") {
      cursor.advance()
      guard let byte = cursor.peek, Cursor.isDigit(byte) else {
        throw error("invalid number: expected a digit after '.', found \(cursor.describeCurrent())")
      }
      cursor.skipDigits()
    }
    if cursor.peek == UInt8(ascii: "e") || cursor.peek == UInt8(ascii: "E") {
      cursor.advance()
      if cursor.peek == UInt8(ascii: "+") || cursor.peek == UInt8(ascii: "-") { cursor.advance() }
      guard let byte = cursor.peek, Cursor.isDigit(byte) else {
        throw error("invalid number: expected a digit in the exponent, found \(cursor.describeCurrent())")
      }
      cursor.skipDigits()
    }
  }

  private mutating func literal() throws(SyntaxError) {
    let start = cursor.position
    let word = cursor.readWord()
    guard word == "true" || word == "false" || word == "null" else {
      throw SyntaxError(message: "unexpected word \"\(word)\" (JSON has true, false and null)", position: start)
    }
  }

  // MARK: Errors

  private func error(_ message: String) -> SyntaxError { SyntaxError(message: message, position: cursor.position) }

  private mutating func unexpectedInValue() -> SyntaxError {
    guard let byte = cursor.peek else { return endOfFile() }
    let start = cursor.position
    if byte == UInt8(ascii: "'") { return error("strings must be in double quotes, not single quotes") }
    if byte == UInt8(ascii: "/") { return error("comments are not allowed in JSON") }
    if Cursor.isWordByte(byte) {
      let word = cursor.readWord()
      return SyntaxError(message: "unexpected word \"\(word)\" (strings must be in double quotes)", position: start)
    }
    return error("expected a value, found \(cursor.describeCurrent())")
  }

  private func endOfFile() -> SyntaxError {
    let position = cursor.position
    guard let top = stack.last else { return SyntaxError(message: "unexpected end of file", position: position) }
    return SyntaxError(
      message:
        "unexpected end of file: the \(top.isObject ? "object" : "array") opened at \(top.openedAt) is not closed",
      position: position)
  }
}

/// Reads bytes and keeps track of the line and column.
private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0
  var line = 1
  var column = 1

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var position: TextPosition { TextPosition(line: line, column: column) }
  var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }
  func peek(at distance: Int) -> UInt8? { offset + distance < bytes.count ? bytes[offset + distance] : nil }

  mutating func advance() {
    guard offset < bytes.count else { return }
    let byte = bytes[offset]
    offset += 1
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  mutating func skipWhitespace() {
    while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
  }

  mutating func skipDigits() {
    while let byte = peek, Cursor.isDigit(byte) { advance() }
  }

  /// Reads letters, digits and `_` (at most 40 shown), for messages about bare words.
  mutating func readWord() -> String {
    var word: [UInt8] = []
    while let byte = peek, Cursor.isWordByte(byte) {
      if word.count < 40 { word.append(byte) }
      advance()
    }
    return String(decoding: word, as: UTF8.self)
  }

  /// The character at the cursor, quoted when printable, as `U+XXXX` otherwise.
  func describeCurrent() -> String {
    guard offset < bytes.count else { return "the end of the file" }
    var length = 1
    let lead = bytes[offset]
    if lead >= 0xF0 { length = 4 } else if lead >= 0xE0 { length = 3 } else if lead >= 0xC0 { length = 2 }
    let end = min(bytes.count, offset + length)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    guard let scalar = text.unicodeScalars.first else { return "byte 0x\(DiagnosticText.hex(UInt32(lead), width: 2))" }
    if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
      return DiagnosticText.codePoint(scalar.value)
    }
    return "'\(text)'"
  }

  static func describe(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? String(UnicodeScalar(byte)) : DiagnosticText.codePoint(UInt32(byte))
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  static func isWordByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

}
