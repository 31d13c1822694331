import Foundation

/// A small pull reader of JSON bytes, for the profile snapshot: it reads exactly the values it is asked for
/// (a string, an integer, a number, `null`…) and skips the others, checking their syntax, without building a
/// tree and without recursion (nesting is limited to ``maximumDepth``). Every read is bounds-checked and
/// throws ``ProfileReadError`` on bad input: it never traps.
struct ProfileJSONReader {
  /// The deepest nesting a skipped value may have.
  static let maximumDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0

  /// A reader at the start of `bytes`, after a UTF-8 byte order mark if there is one.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
  }

  // MARK: Errors

  func syntaxError(_ message: String) -> ProfileReadError {
    .notJSON(detail: "\(message) at byte \(offset)")
  }

  static func shape(_ path: String, _ detail: String) -> ProfileReadError {
    .wrongShape(keyPath: path, detail: detail)
  }

  // MARK: Bytes

  mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x0A, 0x0D, 0x09: offset += 1
      default: return
      }
    }
  }

  /// The next byte that is not blank, without consuming it; `nil` at the end.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return offset < bytes.count ? bytes[offset] : nil
  }

  /// Consumes `byte` (after blanks) if it is next.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    offset += 1
    return true
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(ProfileReadError) {
    guard let next = peek() else { throw syntaxError("unexpected end of file, expected \(what)") }
    guard next == byte else {
      throw syntaxError("expected \(what), found '\(Unicode.Scalar(next).escaped(asASCII: true))'")
    }
    offset += 1
  }

  /// After the last value: only blanks may follow.
  mutating func expectEnd() throws(ProfileReadError) {
    if peek() != nil { throw syntaxError("unexpected content after the end of the document") }
  }

  // MARK: Containers

  /// Reads `{`; then call ``nextKey(first:)`` until it returns `nil`.
  mutating func beginObject(_ path: String) throws(ProfileReadError) {
    guard let next = peek() else { throw syntaxError("unexpected end of file") }
    guard next == UInt8(ascii: "{") else {
      try checkIsValue()
      throw Self.shape(path, "expected an object")
    }
    offset += 1
  }

  /// The next key of an object (with its `:` consumed), or `nil` at its `}`.
  mutating func nextKey(first: inout Bool) throws(ProfileReadError) -> String? {
    if consume(UInt8(ascii: "}")) { return nil }
    if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
    first = false
    guard peek() == UInt8(ascii: "\"") else { throw syntaxError("expected a key") }
    let key = try rawString()
    try expect(UInt8(ascii: ":"), "':'")
    return key
  }

  /// Reads `[`; then call ``nextElement(first:)`` until it returns `false`.
  mutating func beginArray(_ path: String) throws(ProfileReadError) {
    guard let next = peek() else { throw syntaxError("unexpected end of file") }
    guard next == UInt8(ascii: "[") else {
      try checkIsValue()
      throw Self.shape(path, "expected an array")
    }
    offset += 1
  }

  /// Whether another element follows (its `,` consumed), `false` at the array's `]`.
  mutating func nextElement(first: inout Bool) throws(ProfileReadError) -> Bool {
    if consume(UInt8(ascii: "]")) { return false }
    if !first { try expect(UInt8(ascii: ","), "',' or ']'") }
    first = false
    return true
  }

  // MARK: Scalars

  /// Whether the next value is `null` (consumed if so).
  mutating func consumeNull() throws(ProfileReadError) -> Bool {
    guard peek() == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  mutating func string(_ path: String) throws(ProfileReadError) -> String {
    guard peek() == UInt8(ascii: "\"") else {
      try checkIsValue()
      throw Self.shape(path, "expected a string")
    }
    return try rawString()
  }

  mutating func optionalString(_ path: String) throws(ProfileReadError) -> String? {
    try consumeNull() ? nil : string(path)
  }

  mutating func bool(_ path: String) throws(ProfileReadError) -> Bool {
    switch peek() {
    case UInt8(ascii: "t"):
      try literal("true")
      return true
    case UInt8(ascii: "f"):
      try literal("false")
      return false
    default:
      try checkIsValue()
      throw Self.shape(path, "expected true or false")
    }
  }

  /// An integer (no fraction, no exponent) that fits in `Int`.
  mutating func int(_ path: String) throws(ProfileReadError) -> Int {
    guard let first = peek(), first == UInt8(ascii: "-") || Self.isDigit(first) else {
      try checkIsValue()
      throw Self.shape(path, "expected an integer")
    }
    let range = try numberRange()
    var index = range.lowerBound
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var value = 0
    while index < range.upperBound {
      let byte = bytes[index]
      guard Self.isDigit(byte) else { throw Self.shape(path, "expected an integer") }
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(negative ? -Int(byte - 48) : Int(byte - 48))
      guard !overflow1, !overflow2 else { throw Self.shape(path, "integer out of range") }
      value = sum
      index += 1
    }
    return value
  }

  mutating func optionalInt(_ path: String) throws(ProfileReadError) -> Int? {
    try consumeNull() ? nil : int(path)
  }

  /// A finite number.
  mutating func double(_ path: String) throws(ProfileReadError) -> Double {
    guard let first = peek(), first == UInt8(ascii: "-") || Self.isDigit(first) else {
      try checkIsValue()
      throw Self.shape(path, "expected a number")
    }
    let range = try numberRange()
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else { throw Self.shape(path, "number out of range") }
    return value
  }

  mutating func optionalDouble(_ path: String) throws(ProfileReadError) -> Double? {
    try consumeNull() ? nil : double(path)
  }

  /// Milliseconds since 1970 as a date, held to the years the profile can write (see ``ProfileCoding``).
  mutating func date(_ path: String) throws(ProfileReadError) -> Date {
    let milliseconds = try int(path)
    guard milliseconds >= ProfileCoding.earliestMilliseconds, milliseconds <= ProfileCoding.latestMilliseconds else {
      throw Self.shape(path, "date out of range")
    }
    return ProfileCoding.date(milliseconds: Int64(milliseconds))
  }

  mutating func optionalDate(_ path: String) throws(ProfileReadError) -> Date? {
    try consumeNull() ? nil : date(path)
  }

  // MARK: Skipping

  /// Skips one value of any kind, checking its syntax; returns the range of its bytes.
  @discardableResult
  mutating func skipValue() throws(ProfileReadError) -> Range<Int> {
    skipWhitespace()
    let start = offset
    var closers: [UInt8] = []
    var expectValue = true
    while true {
      if expectValue {
        guard let next = peek() else { throw syntaxError("unexpected end of file") }
        switch next {
        case UInt8(ascii: "{"):
          guard closers.count < Self.maximumDepth else { throw syntaxError("nested too deeply") }
          offset += 1
          closers.append(UInt8(ascii: "}"))
          if consume(UInt8(ascii: "}")) {
            closers.removeLast()
            expectValue = false
          } else {
            try objectKey()
          }
          if closers.isEmpty { return start..<offset }
          continue
        case UInt8(ascii: "["):
          guard closers.count < Self.maximumDepth else { throw syntaxError("nested too deeply") }
          offset += 1
          closers.append(UInt8(ascii: "]"))
          if consume(UInt8(ascii: "]")) {
            closers.removeLast()
            expectValue = false
            if closers.isEmpty { return start..<offset }
          }
          continue
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
          guard next == UInt8(ascii: "-") || Self.isDigit(next) else { throw syntaxError("expected a value") }
          _ = try numberRange()
        }
        expectValue = false
        if closers.isEmpty { return start..<offset }
      } else {
        guard let closer = closers.last else { return start..<offset }
        if consume(closer) {
          closers.removeLast()
          if closers.isEmpty { return start..<offset }
          continue
        }
        try expect(UInt8(ascii: ","), "',' or '\(Unicode.Scalar(closer))'")
        if closer == UInt8(ascii: "}") { try objectKey() }
        expectValue = true
      }
    }
  }

  private mutating func objectKey() throws(ProfileReadError) {
    guard peek() == UInt8(ascii: "\"") else { throw syntaxError("expected a key") }
    _ = try rawString()
    try expect(UInt8(ascii: ":"), "':'")
  }

  /// Before reporting a value of the wrong type: a value that is not even JSON is a syntax error.
  private mutating func checkIsValue() throws(ProfileReadError) {
    let saved = offset
    _ = try skipValue()
    offset = saved
  }

  private mutating func literal(_ word: StaticString) throws(ProfileReadError) {
    let count = word.utf8CodeUnitCount
    guard offset + count <= bytes.count else { throw syntaxError("unexpected end of file") }
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
    for index in 0..<count where bytes[offset + index] != expected[index] {
      throw syntaxError("invalid literal")
    }
    offset += count
  }

  /// The bytes of a number (JSON grammar), consumed.
  private mutating func numberRange() throws(ProfileReadError) -> Range<Int> {
    let start = offset
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
    guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw syntaxError("invalid number") }
    if bytes[offset] == UInt8(ascii: "0") {
      offset += 1
    } else {
      while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      offset += 1
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw syntaxError("invalid number") }
      while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
    }
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
      offset += 1
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
        offset += 1
      }
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw syntaxError("invalid number") }
      while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
    }
    return start..<offset
  }

  /// A string at the cursor (which is on its opening quote), unescaped. The bytes are known to be UTF-8.
  private mutating func rawString() throws(ProfileReadError) -> String {
    offset += 1
    let start = offset
    // Fast path: no escapes. Bytes above 0x7F are checked to be UTF-8 (the document is not checked whole).
    var ascii = true
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        let text: String
        if ascii {
          text = String(decoding: slice, as: UTF8.self)
        } else {
          guard let valid = String(validating: slice, as: UTF8.self) else { throw .notUTF8 }
          text = valid
        }
        offset += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else { throw syntaxError("control character in a string") }
      if byte >= 0x80 { ascii = false }
      offset += 1
    }
    // Escapes: the bytes are gathered with each escape written as UTF-8, every run of plain bytes checked to be
    // UTF-8 where it ends (as before: a run is refused before the escape after it is read), and the string made
    // once (appending scalar by scalar cost half of reading the UI catalogs).
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<min(offset, bytes.count)]))
    var runStart = 0
    func runIsUTF8() -> Bool {
      buffer[runStart...].withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        offset += 1
        guard runIsUTF8() else { throw .notUTF8 }
        return String(decoding: buffer, as: UTF8.self)
      }
      guard byte >= 0x20 else { throw syntaxError("control character in a string") }
      guard byte == UInt8(ascii: "\\") else {
        buffer.append(byte)
        offset += 1
        continue
      }
      guard runIsUTF8() else { throw .notUTF8 }
      guard offset + 1 < bytes.count else { throw syntaxError("unexpected end of file in a string") }
      let escape = bytes[offset + 1]
      offset += 2
      let scalar: Unicode.Scalar
      switch escape {
      case UInt8(ascii: "\""): scalar = "\""
      case UInt8(ascii: "\\"): scalar = "\\"
      case UInt8(ascii: "/"): scalar = "/"
      case UInt8(ascii: "b"): scalar = "\u{08}"
      case UInt8(ascii: "f"): scalar = "\u{0C}"
      case UInt8(ascii: "n"): scalar = "\n"
      case UInt8(ascii: "r"): scalar = "\r"
      case UInt8(ascii: "t"): scalar = "\t"
      case UInt8(ascii: "u"):
        let high = try hexQuad()
        if (0xD800...0xDBFF).contains(high) {
          guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
          else { throw syntaxError("unpaired surrogate in a string") }
          offset += 2
          let low = try hexQuad()
          guard (0xDC00...0xDFFF).contains(low),
            let pair = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
          else { throw syntaxError("unpaired surrogate in a string") }
          scalar = pair
        } else {
          guard let single = Unicode.Scalar(high) else { throw syntaxError("unpaired surrogate in a string") }
          scalar = single
        }
      default: throw syntaxError("invalid escape in a string")
      }
      UTF8.encode(scalar) { buffer.append($0) }
      runStart = buffer.count
    }
    throw syntaxError("unexpected end of file in a string")
  }

  private mutating func hexQuad() throws(ProfileReadError) -> UInt32 {
    guard offset + 4 <= bytes.count else { throw syntaxError("unexpected end of file in a string") }
    guard let value = JSONHex.quad(bytes, at: offset) else { throw syntaxError("invalid \\u escape in a string") }
    offset += 4
    return value
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
