import Foundation

/// The prompt check's memory of the texts it has read in one language: for each text, a 64-bit digest of its
/// bytes and where its first question is (the fact's position and the question's place among the fact's
/// questions), 16 bytes a text instead of the text, its question's id and its answer.
///
/// A digest says only "maybe the same text": the caller renders the earlier question again and compares the
/// two texts as `String`s (canonical equivalence, as a `String`-keyed table did), and a text whose digest
/// matches a different text is kept in a `String`-keyed table of its own. So equal digests never join two
/// different texts, and two equal texts always have equal digests: the digest is taken over the text in
/// canonical composition (NFC), which canonically equivalent strings share byte for byte.
struct PromptDigestTable {
  /// Where a text was first read: the fact's position in `bank.facts` and the question's index among the
  /// questions `QuestionGenerator.questions(for:)` gives that fact.
  struct Place: Equatable {
    let fact: Int
    let question: Int
  }

  /// A text's digest and where its question is, as the check notes them before they meet in a table.
  struct Entry {
    let digest: UInt64
    let place: Place
  }

  /// The digests, 0 for an empty slot (a digest of 0 is stored as 1), open addressing with linear probing.
  private var digests: [UInt64]
  /// The place of each slot's text, the fact's position in the high 32 bits, the question's index in the low 32
  /// (a bank is at most 512 MiB, so both fit).
  private var places: [UInt64]
  private var count = 0
  /// The texts whose digest matched another text's (near impossible, but kept exactly).
  private var others: [String: Place] = [:]

  /// A table sized for `expected` texts without growing.
  init(expected: Int) {
    var capacity = 16
    while capacity < expected * 2 { capacity <<= 1 }
    digests = Array(repeating: 0, count: capacity)
    places = Array(repeating: 0, count: capacity)
  }

  /// The place stored for a text whose digest is `digest`, if any (maybe another text: compare them).
  func candidate(_ digest: UInt64) -> Place? {
    let mask = digests.count - 1
    var slot = Int(truncatingIfNeeded: digest) & mask
    while digests[slot] != 0 {
      if digests[slot] == digest {
        let packed = places[slot]
        return Place(fact: Int(packed >> 32), question: Int(packed & 0xFFFF_FFFF))
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Remembers a text not seen before under its digest.
  mutating func insert(_ digest: UInt64, _ place: Place) {
    if (count + 1) * 2 > digests.count { grow() }
    let mask = digests.count - 1
    var slot = Int(truncatingIfNeeded: digest) & mask
    while digests[slot] != 0 { slot = (slot + 1) & mask }
    digests[slot] = digest
    places[slot] =
      UInt64(truncatingIfNeeded: place.fact) << 32 | UInt64(truncatingIfNeeded: place.question) & 0xFFFF_FFFF
    count += 1
  }

  /// The place of a text whose digest matched a different text's, remembering it there when it is new.
  mutating func other(_ key: String, _ place: Place) -> Place? {
    if let earlier = others[key] { return earlier }
    others[key] = place
    return nil
  }

  private mutating func grow() {
    let old = (digests, places)
    digests = Array(repeating: 0, count: old.0.count * 2)
    places = Array(repeating: 0, count: old.0.count * 2)
    count = 0
    for (slot, digest) in old.0.enumerated() where digest != 0 {
      insert(digest, Place(fact: Int(old.1[slot] >> 32), question: Int(old.1[slot] & 0xFFFF_FFFF)))
    }
  }

  /// The digest of a text read as a statement or as a prompt (so that the two never meet), over its bytes in
  /// canonical composition; never 0.
  static func digest(of text: String, statement: Bool) -> UInt64 {
    var text = text
    let count = statement ? 1 : 0
    let digest =
      text.withUTF8 { bytes in
        isComposed(bytes) ? SnapshotDigest.of(count: count, bytes: UnsafeRawBufferPointer(bytes)) : nil
      }
      ?? {
        var composed = text.precomposedStringWithCanonicalMapping
        return composed.withUTF8 { SnapshotDigest.of(count: count, bytes: UnsafeRawBufferPointer($0)) }
      }()
    return digest == 0 ? 1 : digest
  }

  /// Whether UTF-8 text is known to be in canonical composition as it is: every scalar lies below U+0300 (where
  /// the combining marks begin; the quote check relies on the same bound) or among the dashes, quotation marks
  /// and ellipsis of U+2010…U+2027 (“…”, —, …: a work's English title marks), which are in NFC, never decompose
  /// and never combine with what precedes them. Anything else is normalized before its digest is taken.
  static func isComposed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      index += 1
      guard byte >= 0xCC else { continue }
      // U+2010…U+2027 is E2 80 90 … E2 80 A7.
      guard byte == 0xE2, index + 1 < utf8.count, utf8[index] == 0x80, (0x90...0xA7).contains(utf8[index + 1]) else {
        return false
      }
      index += 2
    }
    return true
  }

  /// ``isComposed(_:)`` of a string's UTF-8.
  static func isComposed(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isComposed($0) }
  }
}
