import ArgumentParser

/// Numeric options read their value even when it starts with `-`, so `--count -1` and `--seed -5` are told
/// what is wrong with the value, not that the value is missing.
enum NumberArgument {
  /// A `--seed`: a whole number from 0 to 2^64 − 1.
  static func seed(_ text: String) throws -> UInt64 {
    guard let value = UInt64(text) else {
      throw ValidationError("it must be a whole number from 0 to \(UInt64.max)")
    }
    return value
  }

  /// A whole number (the option checks its range).
  static func integer(_ text: String) throws -> Int {
    guard let value = Int(text) else { throw ValidationError("it must be a whole number") }
    return value
  }
}
