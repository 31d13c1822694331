/// A small, fast, seedable random number generator (SplitMix64), so that games and distractors are
/// reproducible from a seed. The core never uses the system's random source.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// Creates a generator from a seed mixed with a text, such as a question id, so each question draws its
  /// own stream whatever order questions are generated in.
  public init(seed: UInt64, salt: String) {
    state = seed ^ StableHash.fnv1a(salt)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A hash of text that is the same in every process and on every machine (Swift's `Hasher` is not).
public enum StableHash {
  /// The 64-bit FNV-1a hash of the text's UTF-8 bytes.
  public static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
