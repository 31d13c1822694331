import Foundation

/// An answer reduced to the form answers are compared in, with a note of what was taken away.
public struct NormalizedAnswer: Sendable, Hashable {
  /// Lowercased, in NFC, with punctuation (`¿ ¡ , . - ' /`…) turned into single spaces, surrounding spaces
  /// trimmed and, when asked, a leading article removed; accents are kept ("ramírez", "peña nieto").
  public var marked: String
  /// `marked` with the accents of vowels removed ("ramirez"); `ñ` and `ç` stay as they are ("peña nieto").
  public var folded: String
  /// The leading article that was removed ("los", "the"), when one was.
  public var article: String?
  /// Whether punctuation or symbols other than spaces were dropped.
  public var droppedPunctuation: Bool

  /// Whether nothing is left: the input was empty, or only spaces and punctuation.
  public var isEmpty: Bool { folded.isEmpty }
  /// Whether accents were removed to make `folded`.
  public var foldedAccents: Bool { marked != folded }
  /// The words of `folded`.
  public var words: [Substring] { folded.split(separator: " ") }
  /// The words of `marked`, one for each word of `folded`.
  public var markedWords: [Substring] { marked.split(separator: " ") }
  /// The number of letters and digits, not counting spaces: the length typo budgets are based on.
  public var length: Int { folded.reduce(0) { $1 == " " ? $0 : $0 + 1 } }
}

/// Normalizes typed answers and the bank's spellings alike, so they can be compared as text.
///
/// Case is folded; Unicode is brought to one form (a typed "é" may arrive precomposed or as "e" plus a
/// combining accent); everything that is not a letter or a digit becomes a space, and spaces are folded;
/// initials are joined ("A.F.I." is "afi"); a leading article of either language is removed when another word
/// follows. Accents are removed from vowels only: `ñ` stays `ñ`, so "pena" for "peña" is a one-letter typo,
/// not a forgiven accent.
///
/// The work is done on UTF-8 bytes with a table of the accented Latin letters built once; only text that
/// holds combining marks goes through Foundation (to compose them) first.
public enum AnswerNormalizer {
  /// The leading articles removed from answers, in both languages.
  public static let articles: Set<String> = [
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas", "lo",
  ]

  /// An accented letter as UTF-8, lowercased, with and without the accent of a vowel.
  private struct Piece: Sendable {
    let marked: [UInt8]
    let folded: [UInt8]
  }

  /// The accented Latin letters (and º, ª), worked out once from their canonical decompositions.
  private static let latin: [Unicode.Scalar: Piece] = {
    var table: [Unicode.Scalar: Piece] = [:]
    for value in Array(0x00AA...0x024F) + Array(0x1E00...0x1EFF) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var marked = String.UnicodeScalarView()
      var folded = String.UnicodeScalarView()
      var baseIsVowel = false
      for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
        if isCombiningMark(part) {
          marked.append(part)
          if !baseIsVowel { folded.append(part) }
        } else if part.properties.isAlphabetic || part.properties.numericType != nil {
          let lower = part.properties.lowercaseMapping.unicodeScalars
          marked.append(contentsOf: lower)
          folded.append(contentsOf: lower)
          baseIsVowel = lower.count == 1 && lower.first.map { isVowel($0.value) } == true
        } else {
          marked = String.UnicodeScalarView()
          break
        }
      }
      guard !marked.isEmpty else { continue }
      table[scalar] = Piece(
        marked: Array(String(marked).precomposedStringWithCanonicalMapping.utf8),
        folded: Array(String(folded).precomposedStringWithCanonicalMapping.utf8))
    }
    return table
  }()

  /// The text being built: bytes of both forms and where each word starts.
  private struct Builder {
    var marked: [UInt8] = []
    var folded: [UInt8] = []
    /// For each word: where it starts in `marked` and in `folded`, and whether it is a single letter so far.
    var words: [(marked: Int, folded: Int, singleLetter: Bool)] = []
    var inWord = false
    var baseIsVowel = false

    mutating func startLetter(isLetter: Bool) {
      if inWord {
        if let last = words.indices.last { words[last].singleLetter = false }
        return
      }
      if !words.isEmpty {
        marked.append(0x20)
        folded.append(0x20)
      }
      words.append((marked.count, folded.count, isLetter))
      inWord = true
    }
  }

  /// Normalizes a text. With `stripArticle` (the default) a leading article is removed when another word
  /// follows it ("Los Zodiacos" → "zodiacos", but "la" stays "la"). Numbers and dates keep their articles
  /// ("un año", "a hundred").
  public static func normalize(_ text: String, stripArticle: Bool = true) -> NormalizedAnswer {
    var source = text
    if text.unicodeScalars.contains(where: { !$0.isASCII && isCombiningMark($0) }) {
      source = text.precomposedStringWithCanonicalMapping  // "e" + "◌́" → "é"
    }
    var out = Builder()
    out.marked.reserveCapacity(source.utf8.count)
    out.folded.reserveCapacity(source.utf8.count)
    var droppedPunctuation = false
    for scalar in source.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let isDigit = (0x30...0x39).contains(value)
        let isUpper = (0x41...0x5A).contains(value)
        guard isDigit || isUpper || (0x61...0x7A).contains(value) else {
          if value != 0x20, !(0x09...0x0D).contains(value) { droppedPunctuation = true }
          out.inWord = false
          continue
        }
        out.startLetter(isLetter: !isDigit)
        let lower = UInt8(isUpper ? value + 32 : value)
        out.marked.append(lower)
        out.folded.append(lower)
        out.baseIsVowel = isVowel(UInt32(lower))
      } else if let piece = latin[scalar] {
        out.startLetter(isLetter: true)
        out.marked += piece.marked
        out.folded += piece.folded
        out.baseIsVowel = false
      } else if isCombiningMark(scalar) {
        guard out.inWord else { continue }
        UTF8.encode(scalar) { out.marked.append($0) }
        if !out.baseIsVowel { UTF8.encode(scalar) { out.folded.append($0) } }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        out.startLetter(isLetter: scalar.properties.isAlphabetic)
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          UTF8.encode(lower) {
            out.marked.append($0)
            out.folded.append($0)
          }
        }
        out.baseIsVowel = false
      } else {
        if !scalar.properties.isWhitespace { droppedPunctuation = true }
        out.inWord = false
      }
    }
    var article: String?
    if out.words.count > 1, out.words.allSatisfy(\.singleLetter) {
      out.marked.removeAll { $0 == 0x20 }  // "a f i" → "afi"
      out.folded.removeAll { $0 == 0x20 }
    } else if stripArticle, out.words.count > 1 {
      let second = out.words[1]
      let first = String(decoding: out.folded[..<(second.folded - 1)], as: UTF8.self)
      if articles.contains(first) {
        article = first
        out.marked.removeFirst(second.marked)
        out.folded.removeFirst(second.folded)
      }
    }
    return NormalizedAnswer(
      marked: String(decoding: out.marked, as: UTF8.self), folded: String(decoding: out.folded, as: UTF8.self),
      article: article, droppedPunctuation: droppedPunctuation)
  }

  private static func isVowel(_ value: UInt32) -> Bool {
    switch value {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true  // a e i o u y
    default: false
    }
  }

  private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Whether a text has nothing in it but spaces and punctuation.
  public static func isBlank(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }
}
