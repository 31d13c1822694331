import Foundation

/// Why bytes could not be read as a compiled bank: they are damaged, truncated or of another
/// shape than the type asks for.
struct BinaryDecodingError: Error, Equatable {
  var offset: Int
}

/// Reads the compiled form of a bank (``CompactCodable``): bytes, LEB128 integers and lengths, strings. Every
/// read is bounds-checked and throws ``BinaryDecodingError`` on bad input; it never traps.
struct BinaryReader {
  let bytes: UnsafeRawBufferPointer
  var offset: Int

  func failure() -> BinaryDecodingError { BinaryDecodingError(offset: offset) }

  mutating func byte() throws(BinaryDecodingError) -> UInt8 {
    guard offset < bytes.count else { throw failure() }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// An unsigned LEB128 integer.
  mutating func varint() throws(BinaryDecodingError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      guard shift < 64 else { throw failure() }
      value |= UInt64(next & 0x7F) << shift
      if next < 0x80 { return value }
      shift += 7
    }
  }

  /// A length or count that fits in what is left of the bytes.
  mutating func length() throws(BinaryDecodingError) -> Int {
    let value = try varint()
    guard value <= UInt64(bytes.count - offset) else { throw failure() }
    return Int(value)
  }

  /// A string: its length, then its UTF-8 bytes.
  mutating func stringBody() throws(BinaryDecodingError) -> String {
    let count = try length()
    let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    offset += count
    return text
  }
}
