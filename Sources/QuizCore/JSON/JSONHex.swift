/// The four hexadecimal digits of a JSON `\uXXXX` escape, for the hand-written JSON readers (the bank's quick
/// check and the profile's reader).
enum JSONHex {
  /// The value of the four hexadecimal digits at `offset`, or `nil` when fewer than four bytes are left or one
  /// of them is not a hexadecimal digit.
  @inline(__always)
  static func quad(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
    guard offset >= 0, offset + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for index in offset..<offset + 4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value * 16 + digit
    }
    return value
  }
}
