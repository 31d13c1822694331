/// A one-pass, allocation-light check that a document is strict JSON which `JSONScanner` would accept without a
/// diagnostic: valid UTF-8, no NUL, RFC 8259 syntax, nesting no deeper than `maxDepth`, no duplicate keys.
///
/// It records nothing (no positions, no key paths), so it costs a fraction of `JSONScanner`, and it is
/// conservative: it may refuse a document the scanner accepts (a key with an escape or a non-ASCII letter, whose
/// equality follows Swift's `String` rules, or an object with more than `maxKeysChecked` keys), never the reverse.
/// Whoever gets `false` runs the full scanner, which gives the exact diagnostics.
enum JSONQuickCheck {
  /// Objects with more keys than this are left to the full scanner rather than checked for duplicates here.
  static let maxKeysChecked = 64

  /// Whether `bytes` is a document `JSONScanner.scan(_:maxDepth:)` accepts with no duplicate key.
  static func passes(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Bool {
    var checker = Checker(bytes: bytes, maxDepth: maxDepth)
    return checker.run()
  }

  private struct Checker {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var offset = 0
    /// One entry per open container: `true` for an object.
    var isObject: [Bool] = []
    /// The key ranges of every open object, innermost last; `keyBase` holds where each object's keys start.
    var keys: [Range<Int>] = []
    var keyBase: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
      self.bytes = bytes
      self.maxDepth = maxDepth
      isObject.reserveCapacity(16)
      keys.reserveCapacity(64)
      keyBase.reserveCapacity(16)
    }

    enum State { case value, key, afterValue }

    mutating func run() -> Bool {
      var state = State.value
      while true {
        skipWhitespace()
        switch state {
        case .value:
          guard let next = value() else { return false }
          state = next
        case .key:
          guard key() else { return false }
          state = .value
        case .afterValue:
          guard let top = isObject.last else { return offset == bytes.count }
          guard offset < bytes.count else { return false }
          let byte = bytes[offset]
          offset += 1
          if byte == UInt8(ascii: ",") {
            state = top ? .key : .value
          } else if top && byte == UInt8(ascii: "}") {
            isObject.removeLast()
            keys.removeSubrange(keyBase.removeLast()...)
          } else if !top && byte == UInt8(ascii: "]") {
            isObject.removeLast()
          } else {
            return false
          }
        }
      }
    }

    mutating func skipWhitespace() {
      while offset < bytes.count {
        let byte = bytes[offset]
        guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
        offset += 1
      }
    }

    /// Reads a value, or opens a container; returns what comes next, or `nil` when the document is refused.
    mutating func value() -> State? {
      guard offset < bytes.count else { return nil }
      switch bytes[offset] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard isObject.count < maxDepth else { return nil }
        let object = bytes[offset] == UInt8(ascii: "{")
        offset += 1
        skipWhitespace()
        guard offset < bytes.count else { return nil }
        if bytes[offset] == (object ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          offset += 1
          return .afterValue
        }
        isObject.append(object)
        if object { keyBase.append(keys.count) }
        return object ? .key : .value
      case UInt8(ascii: "\""):
        return string() ? .afterValue : nil
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return number() ? .afterValue : nil
      case UInt8(ascii: "t"): return literal("true") ? .afterValue : nil
      case UInt8(ascii: "f"): return literal("false") ? .afterValue : nil
      case UInt8(ascii: "n"): return literal("null") ? .afterValue : nil
      default: return nil
      }
    }

    /// Reads a key and its colon: printable ASCII without escapes, and not already in its object.
    mutating func key() -> Bool {
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return false }
      offset += 1
      let start = offset
      while true {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") { break }
        guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return false }
        offset += 1
      }
      let range = start..<offset
      offset += 1
      let base = keyBase[keyBase.count - 1]
      guard keys.count - base < JSONQuickCheck.maxKeysChecked else { return false }
      for index in base..<keys.count where sameBytes(keys[index], range) { return false }
      keys.append(range)
      skipWhitespace()
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return false }
      offset += 1
      return true
    }

    func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
      guard a.count == b.count else { return false }
      var (i, j) = (a.lowerBound, b.lowerBound)
      while i < a.upperBound {
        if bytes[i] != bytes[j] { return false }
        i += 1
        j += 1
      }
      return true
    }

    /// Reads a string value: valid escapes (surrogates paired), no control character, valid UTF-8.
    mutating func string() -> Bool {
      offset += 1
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\"") {
          offset += 1
          return true
        }
        if byte < 0x20 { return false }
        if byte < 0x80 {
          if byte == UInt8(ascii: "\\") {
            guard escape() else { return false }
          } else {
            offset += 1
          }
          continue
        }
        let length = BankDecoder.utf8SequenceLength(bytes, at: offset)
        guard length > 0 else { return false }
        offset += length
      }
      return false
    }

    /// Reads an escape at the backslash.
    mutating func escape() -> Bool {
      guard offset + 1 < bytes.count else { return false }
      let escaped = bytes[offset + 1]
      offset += 2
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
        return true
      case UInt8(ascii: "u"):
        guard let first = hexQuad() else { return false }
        if (0xDC00...0xDFFF).contains(first) { return false }
        guard (0xD800...0xDBFF).contains(first) else { return true }
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else { return false }
        offset += 2
        guard let second = hexQuad() else { return false }
        return (0xDC00...0xDFFF).contains(second)
      default:
        return false
      }
    }

    mutating func hexQuad() -> UInt32? {
      guard let value = JSONHex.quad(bytes, at: offset) else { return nil }
      offset += 4
      return value
    }

    func isDigit(at index: Int) -> Bool {
      index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }

    mutating func skipDigits() {
      while isDigit(at: offset) { offset += 1 }
    }

    /// Reads a number as RFC 8259 writes it: `-`, no leading zero, a fraction and an exponent with digits.
    mutating func number() -> Bool {
      if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
      guard isDigit(at: offset) else { return false }
      let first = bytes[offset]
      offset += 1
      if first == UInt8(ascii: "0") && isDigit(at: offset) { return false }
      skipDigits()
      if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
        offset += 1
        guard isDigit(at: offset) else { return false }
        skipDigits()
      }
      if offset < bytes.count && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
        offset += 1
        if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) {
          offset += 1
        }
        guard isDigit(at: offset) else { return false }
        skipDigits()
      }
      return true
    }

    /// Reads `true`, `false` or `null`, refusing a longer word (`trueish`), as the scanner does.
    mutating func literal(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard offset + count <= bytes.count else { return false }
      let pointer = word.utf8Start
      for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
      offset += count
      if offset < bytes.count {
        let byte = bytes[offset]
        let isWordByte =
          (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
          || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
        if isWordByte { return false }
      }
      return true
    }
  }
}
