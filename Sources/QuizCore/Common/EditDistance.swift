/// The Damerau–Levenshtein distance in its "optimal string alignment" form: the fewest insertions, deletions,
/// substitutions and swaps of two neighbours that turn one text into the other, where no part is edited twice.
/// About four typos in five are a single such edit.
public enum EditDistance {
  /// The distance between two texts, counted in Characters (so "é" is one, however it was typed).
  ///
  /// Beyond `limit` the exact value does not matter: the result is then `limit + 1`, and the computation stops
  /// as soon as it knows, which keeps checking an answer against a whole bank fast.
  public static func distance(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
    distance(Array(a), Array(b), limit: limit)
  }

  /// The distance between two sequences, capped at `limit + 1` (see `distance(_:_:limit:)` for texts).
  public static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = Int.max) -> Int {
    let limit = max(0, limit)
    let over = limit == Int.max ? Int.max : limit + 1
    if abs(a.count - b.count) > limit { return over }
    if a.isEmpty { return min(b.count, over) }
    if b.isEmpty { return min(a.count, over) }
    var before = [Int](repeating: 0, count: b.count + 1)  // row i - 2
    var previous = Array(0...b.count)  // row i - 1
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return over }
      swap(&before, &previous)
      swap(&previous, &current)
    }
    return min(previous[b.count], over)
  }
}

/// A text prepared for many fast distance checks: one code per Character and a 64-bit set of the codes seen.
///
/// Each Character of one scalar is coded by that scalar; a Character of several scalars by a hash of its UTF-8
/// (the texts compared are normalized to NFC first, so equal Characters get equal codes).
struct TypoKey: Sendable {
  /// One code per Character.
  let codes: [UInt64]
  /// Bit `code % 64` is set for every code present.
  let mask: UInt64

  init(_ text: String) {
    // ASCII without a carriage return (`\r\n` is one Character) is one Character per byte, whose code is the
    // byte: read as bytes, without the grapheme breaking that cost 10,000 instructions per name at start-up.
    let codes =
      text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.map { UInt64($0) } : Self.characterCodes(text)
    self.codes = codes
    mask = codes.reduce(0) { $0 | (1 << ($1 % 64)) }
  }

  /// The codes of `text`, Character by Character.
  static func characterCodes(_ text: String) -> [UInt64] { text.map(TypoKey.code) }

  private static func code(_ character: Character) -> UInt64 {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first { return UInt64(scalar.value) }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in character.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash | (1 << 63)
  }

  /// The edit distance to another key, capped at `limit + 1`. Each letter one text has and the other lacks
  /// needs an edit of its own, so the letter sets give a lower bound that skips most comparisons at once.
  func distance(to other: TypoKey, limit: Int) -> Int {
    let missing = (mask & ~other.mask).nonzeroBitCount
    let extra = (other.mask & ~mask).nonzeroBitCount
    if max(missing, extra) > limit { return limit + 1 }
    return EditDistance.distance(codes, other.codes, limit: limit)
  }
}
