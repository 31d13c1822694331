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
/// The work is done on UTF-8 bytes with a literal table of the accented Latin letters; only text that holds
/// combining marks goes through Foundation (to compose them) first.
public enum AnswerNormalizer {
  /// The leading articles removed from answers, in both languages.
  public static let articles: Set<String> = [
    "the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas", "lo",
  ]

  /// An accented Latin letter (or º, ª, ², ½…) lowercased, with and without the accent of a vowel, when it is
  /// in the literal table below.
  static func latinPiece(_ scalar: Unicode.Scalar) -> (marked: String, folded: String)? {
    let entry: (marked: String, folded: String)
    switch scalar.value {
    case 0x00AA...0x024F: entry = latinSupplementToExtendedB[Int(scalar.value - 0x00AA)]
    case 0x1E00...0x1EFF: entry = latinExtendedAdditional[Int(scalar.value - 0x1E00)]
    default: return nil
    }
    return entry.marked.isEmpty ? nil : entry
  }

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
      } else if let piece = latinPiece(scalar) {
        out.startLetter(isLetter: true)
        out.marked.append(contentsOf: piece.marked.utf8)
        out.folded.append(contentsOf: piece.folded.utf8)
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

// The accented Latin letters as literals, so that nothing is computed at start-up. Each entry is what the
// scalar's canonical decomposition gives when every letter or digit in it is lowercased, every combining mark
// kept (`marked`) or, after a vowel, dropped (`folded`), and the result composed again (NFC); scalars whose
// decomposition holds anything else (×, ÷, symbols) are not in the table. `AnswerNormalizerTableTests`
// derives the table again through Foundation and checks it entry by entry.
extension AnswerNormalizer {
  /// U+00AA to U+024F (Latin-1 Supplement from ª, Latin Extended-A and -B), one entry per scalar, empty where
  /// the scalar is not in the table.
  static let latinSupplementToExtendedB: [(marked: String, folded: String)] = [
    ("\u{AA}", "\u{AA}"), ("", ""), ("", ""), ("", ""), ("", ""), ("", ""), ("", ""), ("", ""), ("\u{B2}", "\u{B2}"),
    ("\u{B3}", "\u{B3}"), ("", ""), ("\u{B5}", "\u{B5}"), ("", ""), ("", ""), ("", ""), ("\u{B9}", "\u{B9}"),
    ("\u{BA}", "\u{BA}"), ("", ""), ("\u{BC}", "\u{BC}"), ("\u{BD}", "\u{BD}"), ("\u{BE}", "\u{BE}"), ("", ""),
    ("\u{E0}", "a"), ("\u{E1}", "a"), ("\u{E2}", "a"), ("\u{E3}", "a"), ("\u{E4}", "a"), ("\u{E5}", "a"),
    ("\u{E6}", "\u{E6}"), ("\u{E7}", "\u{E7}"), ("\u{E8}", "e"), ("\u{E9}", "e"), ("\u{EA}", "e"), ("\u{EB}", "e"),
    ("\u{EC}", "i"), ("\u{ED}", "i"), ("\u{EE}", "i"), ("\u{EF}", "i"), ("\u{F0}", "\u{F0}"), ("\u{F1}", "\u{F1}"),
    ("\u{F2}", "o"), ("\u{F3}", "o"), ("\u{F4}", "o"), ("\u{F5}", "o"), ("\u{F6}", "o"), ("", ""),
    ("\u{F8}", "\u{F8}"), ("\u{F9}", "u"), ("\u{FA}", "u"), ("\u{FB}", "u"), ("\u{FC}", "u"), ("\u{FD}", "y"),
    ("\u{FE}", "\u{FE}"), ("\u{DF}", "\u{DF}"), ("\u{E0}", "a"), ("\u{E1}", "a"), ("\u{E2}", "a"), ("\u{E3}", "a"),
    ("\u{E4}", "a"), ("\u{E5}", "a"), ("\u{E6}", "\u{E6}"), ("\u{E7}", "\u{E7}"), ("\u{E8}", "e"), ("\u{E9}", "e"),
    ("\u{EA}", "e"), ("\u{EB}", "e"), ("\u{EC}", "i"), ("\u{ED}", "i"), ("\u{EE}", "i"), ("\u{EF}", "i"),
    ("\u{F0}", "\u{F0}"), ("\u{F1}", "\u{F1}"), ("\u{F2}", "o"), ("\u{F3}", "o"), ("\u{F4}", "o"), ("\u{F5}", "o"),
    ("\u{F6}", "o"), ("", ""), ("\u{F8}", "\u{F8}"), ("\u{F9}", "u"), ("\u{FA}", "u"), ("\u{FB}", "u"),
    ("\u{FC}", "u"), ("\u{FD}", "y"), ("\u{FE}", "\u{FE}"), ("\u{FF}", "y"), ("\u{101}", "a"), ("\u{101}", "a"),
    ("\u{103}", "a"), ("\u{103}", "a"), ("\u{105}", "a"), ("\u{105}", "a"), ("\u{107}", "\u{107}"),
    ("\u{107}", "\u{107}"), ("\u{109}", "\u{109}"), ("\u{109}", "\u{109}"), ("\u{10B}", "\u{10B}"),
    ("\u{10B}", "\u{10B}"), ("\u{10D}", "\u{10D}"), ("\u{10D}", "\u{10D}"), ("\u{10F}", "\u{10F}"),
    ("\u{10F}", "\u{10F}"), ("\u{111}", "\u{111}"), ("\u{111}", "\u{111}"), ("\u{113}", "e"), ("\u{113}", "e"),
    ("\u{115}", "e"), ("\u{115}", "e"), ("\u{117}", "e"), ("\u{117}", "e"), ("\u{119}", "e"), ("\u{119}", "e"),
    ("\u{11B}", "e"), ("\u{11B}", "e"), ("\u{11D}", "\u{11D}"), ("\u{11D}", "\u{11D}"), ("\u{11F}", "\u{11F}"),
    ("\u{11F}", "\u{11F}"), ("\u{121}", "\u{121}"), ("\u{121}", "\u{121}"), ("\u{123}", "\u{123}"),
    ("\u{123}", "\u{123}"), ("\u{125}", "\u{125}"), ("\u{125}", "\u{125}"), ("\u{127}", "\u{127}"),
    ("\u{127}", "\u{127}"), ("\u{129}", "i"), ("\u{129}", "i"), ("\u{12B}", "i"), ("\u{12B}", "i"), ("\u{12D}", "i"),
    ("\u{12D}", "i"), ("\u{12F}", "i"), ("\u{12F}", "i"), ("i\u{307}", "i"), ("\u{131}", "\u{131}"),
    ("\u{133}", "\u{133}"), ("\u{133}", "\u{133}"), ("\u{135}", "\u{135}"), ("\u{135}", "\u{135}"),
    ("\u{137}", "\u{137}"), ("\u{137}", "\u{137}"), ("\u{138}", "\u{138}"), ("\u{13A}", "\u{13A}"),
    ("\u{13A}", "\u{13A}"), ("\u{13C}", "\u{13C}"), ("\u{13C}", "\u{13C}"), ("\u{13E}", "\u{13E}"),
    ("\u{13E}", "\u{13E}"), ("\u{140}", "\u{140}"), ("\u{140}", "\u{140}"), ("\u{142}", "\u{142}"),
    ("\u{142}", "\u{142}"), ("\u{144}", "\u{144}"), ("\u{144}", "\u{144}"), ("\u{146}", "\u{146}"),
    ("\u{146}", "\u{146}"), ("\u{148}", "\u{148}"), ("\u{148}", "\u{148}"), ("\u{149}", "\u{149}"),
    ("\u{14B}", "\u{14B}"), ("\u{14B}", "\u{14B}"), ("\u{14D}", "o"), ("\u{14D}", "o"), ("\u{14F}", "o"),
    ("\u{14F}", "o"), ("\u{151}", "o"), ("\u{151}", "o"), ("\u{153}", "\u{153}"), ("\u{153}", "\u{153}"),
    ("\u{155}", "\u{155}"), ("\u{155}", "\u{155}"), ("\u{157}", "\u{157}"), ("\u{157}", "\u{157}"),
    ("\u{159}", "\u{159}"), ("\u{159}", "\u{159}"), ("\u{15B}", "\u{15B}"), ("\u{15B}", "\u{15B}"),
    ("\u{15D}", "\u{15D}"), ("\u{15D}", "\u{15D}"), ("\u{15F}", "\u{15F}"), ("\u{15F}", "\u{15F}"),
    ("\u{161}", "\u{161}"), ("\u{161}", "\u{161}"), ("\u{163}", "\u{163}"), ("\u{163}", "\u{163}"),
    ("\u{165}", "\u{165}"), ("\u{165}", "\u{165}"), ("\u{167}", "\u{167}"), ("\u{167}", "\u{167}"), ("\u{169}", "u"),
    ("\u{169}", "u"), ("\u{16B}", "u"), ("\u{16B}", "u"), ("\u{16D}", "u"), ("\u{16D}", "u"), ("\u{16F}", "u"),
    ("\u{16F}", "u"), ("\u{171}", "u"), ("\u{171}", "u"), ("\u{173}", "u"), ("\u{173}", "u"), ("\u{175}", "\u{175}"),
    ("\u{175}", "\u{175}"), ("\u{177}", "y"), ("\u{177}", "y"), ("\u{FF}", "y"), ("\u{17A}", "\u{17A}"),
    ("\u{17A}", "\u{17A}"), ("\u{17C}", "\u{17C}"), ("\u{17C}", "\u{17C}"), ("\u{17E}", "\u{17E}"),
    ("\u{17E}", "\u{17E}"), ("\u{17F}", "\u{17F}"), ("\u{180}", "\u{180}"), ("\u{253}", "\u{253}"),
    ("\u{183}", "\u{183}"), ("\u{183}", "\u{183}"), ("\u{185}", "\u{185}"), ("\u{185}", "\u{185}"),
    ("\u{254}", "\u{254}"), ("\u{188}", "\u{188}"), ("\u{188}", "\u{188}"), ("\u{256}", "\u{256}"),
    ("\u{257}", "\u{257}"), ("\u{18C}", "\u{18C}"), ("\u{18C}", "\u{18C}"), ("\u{18D}", "\u{18D}"),
    ("\u{1DD}", "\u{1DD}"), ("\u{259}", "\u{259}"), ("\u{25B}", "\u{25B}"), ("\u{192}", "\u{192}"),
    ("\u{192}", "\u{192}"), ("\u{260}", "\u{260}"), ("\u{263}", "\u{263}"), ("\u{195}", "\u{195}"),
    ("\u{269}", "\u{269}"), ("\u{268}", "\u{268}"), ("\u{199}", "\u{199}"), ("\u{199}", "\u{199}"),
    ("\u{19A}", "\u{19A}"), ("\u{19B}", "\u{19B}"), ("\u{26F}", "\u{26F}"), ("\u{272}", "\u{272}"),
    ("\u{19E}", "\u{19E}"), ("\u{275}", "\u{275}"), ("\u{1A1}", "o"), ("\u{1A1}", "o"), ("\u{1A3}", "\u{1A3}"),
    ("\u{1A3}", "\u{1A3}"), ("\u{1A5}", "\u{1A5}"), ("\u{1A5}", "\u{1A5}"), ("\u{280}", "\u{280}"),
    ("\u{1A8}", "\u{1A8}"), ("\u{1A8}", "\u{1A8}"), ("\u{283}", "\u{283}"), ("\u{1AA}", "\u{1AA}"),
    ("\u{1AB}", "\u{1AB}"), ("\u{1AD}", "\u{1AD}"), ("\u{1AD}", "\u{1AD}"), ("\u{288}", "\u{288}"), ("\u{1B0}", "u"),
    ("\u{1B0}", "u"), ("\u{28A}", "\u{28A}"), ("\u{28B}", "\u{28B}"), ("\u{1B4}", "\u{1B4}"), ("\u{1B4}", "\u{1B4}"),
    ("\u{1B6}", "\u{1B6}"), ("\u{1B6}", "\u{1B6}"), ("\u{292}", "\u{292}"), ("\u{1B9}", "\u{1B9}"),
    ("\u{1B9}", "\u{1B9}"), ("\u{1BA}", "\u{1BA}"), ("\u{1BB}", "\u{1BB}"), ("\u{1BD}", "\u{1BD}"),
    ("\u{1BD}", "\u{1BD}"), ("\u{1BE}", "\u{1BE}"), ("\u{1BF}", "\u{1BF}"), ("\u{1C0}", "\u{1C0}"),
    ("\u{1C1}", "\u{1C1}"), ("\u{1C2}", "\u{1C2}"), ("\u{1C3}", "\u{1C3}"), ("\u{1C6}", "\u{1C6}"),
    ("\u{1C6}", "\u{1C6}"), ("\u{1C6}", "\u{1C6}"), ("\u{1C9}", "\u{1C9}"), ("\u{1C9}", "\u{1C9}"),
    ("\u{1C9}", "\u{1C9}"), ("\u{1CC}", "\u{1CC}"), ("\u{1CC}", "\u{1CC}"), ("\u{1CC}", "\u{1CC}"), ("\u{1CE}", "a"),
    ("\u{1CE}", "a"), ("\u{1D0}", "i"), ("\u{1D0}", "i"), ("\u{1D2}", "o"), ("\u{1D2}", "o"), ("\u{1D4}", "u"),
    ("\u{1D4}", "u"), ("\u{1D6}", "u"), ("\u{1D6}", "u"), ("\u{1D8}", "u"), ("\u{1D8}", "u"), ("\u{1DA}", "u"),
    ("\u{1DA}", "u"), ("\u{1DC}", "u"), ("\u{1DC}", "u"), ("\u{1DD}", "\u{1DD}"), ("\u{1DF}", "a"), ("\u{1DF}", "a"),
    ("\u{1E1}", "a"), ("\u{1E1}", "a"), ("\u{1E3}", "\u{1E3}"), ("\u{1E3}", "\u{1E3}"), ("\u{1E5}", "\u{1E5}"),
    ("\u{1E5}", "\u{1E5}"), ("\u{1E7}", "\u{1E7}"), ("\u{1E7}", "\u{1E7}"), ("\u{1E9}", "\u{1E9}"),
    ("\u{1E9}", "\u{1E9}"), ("\u{1EB}", "o"), ("\u{1EB}", "o"), ("\u{1ED}", "o"), ("\u{1ED}", "o"),
    ("\u{1EF}", "\u{1EF}"), ("\u{1EF}", "\u{1EF}"), ("\u{1F0}", "\u{1F0}"), ("\u{1F3}", "\u{1F3}"),
    ("\u{1F3}", "\u{1F3}"), ("\u{1F3}", "\u{1F3}"), ("\u{1F5}", "\u{1F5}"), ("\u{1F5}", "\u{1F5}"),
    ("\u{195}", "\u{195}"), ("\u{1BF}", "\u{1BF}"), ("\u{1F9}", "\u{1F9}"), ("\u{1F9}", "\u{1F9}"), ("\u{1FB}", "a"),
    ("\u{1FB}", "a"), ("\u{1FD}", "\u{1FD}"), ("\u{1FD}", "\u{1FD}"), ("\u{1FF}", "\u{1FF}"), ("\u{1FF}", "\u{1FF}"),
    ("\u{201}", "a"), ("\u{201}", "a"), ("\u{203}", "a"), ("\u{203}", "a"), ("\u{205}", "e"), ("\u{205}", "e"),
    ("\u{207}", "e"), ("\u{207}", "e"), ("\u{209}", "i"), ("\u{209}", "i"), ("\u{20B}", "i"), ("\u{20B}", "i"),
    ("\u{20D}", "o"), ("\u{20D}", "o"), ("\u{20F}", "o"), ("\u{20F}", "o"), ("\u{211}", "\u{211}"),
    ("\u{211}", "\u{211}"), ("\u{213}", "\u{213}"), ("\u{213}", "\u{213}"), ("\u{215}", "u"), ("\u{215}", "u"),
    ("\u{217}", "u"), ("\u{217}", "u"), ("\u{219}", "\u{219}"), ("\u{219}", "\u{219}"), ("\u{21B}", "\u{21B}"),
    ("\u{21B}", "\u{21B}"), ("\u{21D}", "\u{21D}"), ("\u{21D}", "\u{21D}"), ("\u{21F}", "\u{21F}"),
    ("\u{21F}", "\u{21F}"), ("\u{19E}", "\u{19E}"), ("\u{221}", "\u{221}"), ("\u{223}", "\u{223}"),
    ("\u{223}", "\u{223}"), ("\u{225}", "\u{225}"), ("\u{225}", "\u{225}"), ("\u{227}", "a"), ("\u{227}", "a"),
    ("\u{229}", "e"), ("\u{229}", "e"), ("\u{22B}", "o"), ("\u{22B}", "o"), ("\u{22D}", "o"), ("\u{22D}", "o"),
    ("\u{22F}", "o"), ("\u{22F}", "o"), ("\u{231}", "o"), ("\u{231}", "o"), ("\u{233}", "y"), ("\u{233}", "y"),
    ("\u{234}", "\u{234}"), ("\u{235}", "\u{235}"), ("\u{236}", "\u{236}"), ("\u{237}", "\u{237}"),
    ("\u{238}", "\u{238}"), ("\u{239}", "\u{239}"), ("\u{2C65}", "\u{2C65}"), ("\u{23C}", "\u{23C}"),
    ("\u{23C}", "\u{23C}"), ("\u{19A}", "\u{19A}"), ("\u{2C66}", "\u{2C66}"), ("\u{23F}", "\u{23F}"),
    ("\u{240}", "\u{240}"), ("\u{242}", "\u{242}"), ("\u{242}", "\u{242}"), ("\u{180}", "\u{180}"),
    ("\u{289}", "\u{289}"), ("\u{28C}", "\u{28C}"), ("\u{247}", "\u{247}"), ("\u{247}", "\u{247}"),
    ("\u{249}", "\u{249}"), ("\u{249}", "\u{249}"), ("\u{24B}", "\u{24B}"), ("\u{24B}", "\u{24B}"),
    ("\u{24D}", "\u{24D}"), ("\u{24D}", "\u{24D}"), ("\u{24F}", "\u{24F}"), ("\u{24F}", "\u{24F}"),
  ]

  /// U+1E00 to U+1EFF (Latin Extended Additional), one entry per scalar, empty where the scalar is not in the
  /// table.
  static let latinExtendedAdditional: [(marked: String, folded: String)] = [
    ("\u{1E01}", "a"), ("\u{1E01}", "a"), ("\u{1E03}", "\u{1E03}"), ("\u{1E03}", "\u{1E03}"),
    ("\u{1E05}", "\u{1E05}"), ("\u{1E05}", "\u{1E05}"), ("\u{1E07}", "\u{1E07}"), ("\u{1E07}", "\u{1E07}"),
    ("\u{1E09}", "\u{1E09}"), ("\u{1E09}", "\u{1E09}"), ("\u{1E0B}", "\u{1E0B}"), ("\u{1E0B}", "\u{1E0B}"),
    ("\u{1E0D}", "\u{1E0D}"), ("\u{1E0D}", "\u{1E0D}"), ("\u{1E0F}", "\u{1E0F}"), ("\u{1E0F}", "\u{1E0F}"),
    ("\u{1E11}", "\u{1E11}"), ("\u{1E11}", "\u{1E11}"), ("\u{1E13}", "\u{1E13}"), ("\u{1E13}", "\u{1E13}"),
    ("\u{1E15}", "e"), ("\u{1E15}", "e"), ("\u{1E17}", "e"), ("\u{1E17}", "e"), ("\u{1E19}", "e"), ("\u{1E19}", "e"),
    ("\u{1E1B}", "e"), ("\u{1E1B}", "e"), ("\u{1E1D}", "e"), ("\u{1E1D}", "e"), ("\u{1E1F}", "\u{1E1F}"),
    ("\u{1E1F}", "\u{1E1F}"), ("\u{1E21}", "\u{1E21}"), ("\u{1E21}", "\u{1E21}"), ("\u{1E23}", "\u{1E23}"),
    ("\u{1E23}", "\u{1E23}"), ("\u{1E25}", "\u{1E25}"), ("\u{1E25}", "\u{1E25}"), ("\u{1E27}", "\u{1E27}"),
    ("\u{1E27}", "\u{1E27}"), ("\u{1E29}", "\u{1E29}"), ("\u{1E29}", "\u{1E29}"), ("\u{1E2B}", "\u{1E2B}"),
    ("\u{1E2B}", "\u{1E2B}"), ("\u{1E2D}", "i"), ("\u{1E2D}", "i"), ("\u{1E2F}", "i"), ("\u{1E2F}", "i"),
    ("\u{1E31}", "\u{1E31}"), ("\u{1E31}", "\u{1E31}"), ("\u{1E33}", "\u{1E33}"), ("\u{1E33}", "\u{1E33}"),
    ("\u{1E35}", "\u{1E35}"), ("\u{1E35}", "\u{1E35}"), ("\u{1E37}", "\u{1E37}"), ("\u{1E37}", "\u{1E37}"),
    ("\u{1E39}", "\u{1E39}"), ("\u{1E39}", "\u{1E39}"), ("\u{1E3B}", "\u{1E3B}"), ("\u{1E3B}", "\u{1E3B}"),
    ("\u{1E3D}", "\u{1E3D}"), ("\u{1E3D}", "\u{1E3D}"), ("\u{1E3F}", "\u{1E3F}"), ("\u{1E3F}", "\u{1E3F}"),
    ("\u{1E41}", "\u{1E41}"), ("\u{1E41}", "\u{1E41}"), ("\u{1E43}", "\u{1E43}"), ("\u{1E43}", "\u{1E43}"),
    ("\u{1E45}", "\u{1E45}"), ("\u{1E45}", "\u{1E45}"), ("\u{1E47}", "\u{1E47}"), ("\u{1E47}", "\u{1E47}"),
    ("\u{1E49}", "\u{1E49}"), ("\u{1E49}", "\u{1E49}"), ("\u{1E4B}", "\u{1E4B}"), ("\u{1E4B}", "\u{1E4B}"),
    ("\u{1E4D}", "o"), ("\u{1E4D}", "o"), ("\u{1E4F}", "o"), ("\u{1E4F}", "o"), ("\u{1E51}", "o"), ("\u{1E51}", "o"),
    ("\u{1E53}", "o"), ("\u{1E53}", "o"), ("\u{1E55}", "\u{1E55}"), ("\u{1E55}", "\u{1E55}"),
    ("\u{1E57}", "\u{1E57}"), ("\u{1E57}", "\u{1E57}"), ("\u{1E59}", "\u{1E59}"), ("\u{1E59}", "\u{1E59}"),
    ("\u{1E5B}", "\u{1E5B}"), ("\u{1E5B}", "\u{1E5B}"), ("\u{1E5D}", "\u{1E5D}"), ("\u{1E5D}", "\u{1E5D}"),
    ("\u{1E5F}", "\u{1E5F}"), ("\u{1E5F}", "\u{1E5F}"), ("\u{1E61}", "\u{1E61}"), ("\u{1E61}", "\u{1E61}"),
    ("\u{1E63}", "\u{1E63}"), ("\u{1E63}", "\u{1E63}"), ("\u{1E65}", "\u{1E65}"), ("\u{1E65}", "\u{1E65}"),
    ("\u{1E67}", "\u{1E67}"), ("\u{1E67}", "\u{1E67}"), ("\u{1E69}", "\u{1E69}"), ("\u{1E69}", "\u{1E69}"),
    ("\u{1E6B}", "\u{1E6B}"), ("\u{1E6B}", "\u{1E6B}"), ("\u{1E6D}", "\u{1E6D}"), ("\u{1E6D}", "\u{1E6D}"),
    ("\u{1E6F}", "\u{1E6F}"), ("\u{1E6F}", "\u{1E6F}"), ("\u{1E71}", "\u{1E71}"), ("\u{1E71}", "\u{1E71}"),
    ("\u{1E73}", "u"), ("\u{1E73}", "u"), ("\u{1E75}", "u"), ("\u{1E75}", "u"), ("\u{1E77}", "u"), ("\u{1E77}", "u"),
    ("\u{1E79}", "u"), ("\u{1E79}", "u"), ("\u{1E7B}", "u"), ("\u{1E7B}", "u"), ("\u{1E7D}", "\u{1E7D}"),
    ("\u{1E7D}", "\u{1E7D}"), ("\u{1E7F}", "\u{1E7F}"), ("\u{1E7F}", "\u{1E7F}"), ("\u{1E81}", "\u{1E81}"),
    ("\u{1E81}", "\u{1E81}"), ("\u{1E83}", "\u{1E83}"), ("\u{1E83}", "\u{1E83}"), ("\u{1E85}", "\u{1E85}"),
    ("\u{1E85}", "\u{1E85}"), ("\u{1E87}", "\u{1E87}"), ("\u{1E87}", "\u{1E87}"), ("\u{1E89}", "\u{1E89}"),
    ("\u{1E89}", "\u{1E89}"), ("\u{1E8B}", "\u{1E8B}"), ("\u{1E8B}", "\u{1E8B}"), ("\u{1E8D}", "\u{1E8D}"),
    ("\u{1E8D}", "\u{1E8D}"), ("\u{1E8F}", "y"), ("\u{1E8F}", "y"), ("\u{1E91}", "\u{1E91}"),
    ("\u{1E91}", "\u{1E91}"), ("\u{1E93}", "\u{1E93}"), ("\u{1E93}", "\u{1E93}"), ("\u{1E95}", "\u{1E95}"),
    ("\u{1E95}", "\u{1E95}"), ("\u{1E96}", "\u{1E96}"), ("\u{1E97}", "\u{1E97}"), ("\u{1E98}", "\u{1E98}"),
    ("\u{1E99}", "y"), ("\u{1E9A}", "\u{1E9A}"), ("\u{1E9B}", "\u{1E9B}"), ("\u{1E9C}", "\u{1E9C}"),
    ("\u{1E9D}", "\u{1E9D}"), ("\u{DF}", "\u{DF}"), ("\u{1E9F}", "\u{1E9F}"), ("\u{1EA1}", "a"), ("\u{1EA1}", "a"),
    ("\u{1EA3}", "a"), ("\u{1EA3}", "a"), ("\u{1EA5}", "a"), ("\u{1EA5}", "a"), ("\u{1EA7}", "a"), ("\u{1EA7}", "a"),
    ("\u{1EA9}", "a"), ("\u{1EA9}", "a"), ("\u{1EAB}", "a"), ("\u{1EAB}", "a"), ("\u{1EAD}", "a"), ("\u{1EAD}", "a"),
    ("\u{1EAF}", "a"), ("\u{1EAF}", "a"), ("\u{1EB1}", "a"), ("\u{1EB1}", "a"), ("\u{1EB3}", "a"), ("\u{1EB3}", "a"),
    ("\u{1EB5}", "a"), ("\u{1EB5}", "a"), ("\u{1EB7}", "a"), ("\u{1EB7}", "a"), ("\u{1EB9}", "e"), ("\u{1EB9}", "e"),
    ("\u{1EBB}", "e"), ("\u{1EBB}", "e"), ("\u{1EBD}", "e"), ("\u{1EBD}", "e"), ("\u{1EBF}", "e"), ("\u{1EBF}", "e"),
    ("\u{1EC1}", "e"), ("\u{1EC1}", "e"), ("\u{1EC3}", "e"), ("\u{1EC3}", "e"), ("\u{1EC5}", "e"), ("\u{1EC5}", "e"),
    ("\u{1EC7}", "e"), ("\u{1EC7}", "e"), ("\u{1EC9}", "i"), ("\u{1EC9}", "i"), ("\u{1ECB}", "i"), ("\u{1ECB}", "i"),
    ("\u{1ECD}", "o"), ("\u{1ECD}", "o"), ("\u{1ECF}", "o"), ("\u{1ECF}", "o"), ("\u{1ED1}", "o"), ("\u{1ED1}", "o"),
    ("\u{1ED3}", "o"), ("\u{1ED3}", "o"), ("\u{1ED5}", "o"), ("\u{1ED5}", "o"), ("\u{1ED7}", "o"), ("\u{1ED7}", "o"),
    ("\u{1ED9}", "o"), ("\u{1ED9}", "o"), ("\u{1EDB}", "o"), ("\u{1EDB}", "o"), ("\u{1EDD}", "o"), ("\u{1EDD}", "o"),
    ("\u{1EDF}", "o"), ("\u{1EDF}", "o"), ("\u{1EE1}", "o"), ("\u{1EE1}", "o"), ("\u{1EE3}", "o"), ("\u{1EE3}", "o"),
    ("\u{1EE5}", "u"), ("\u{1EE5}", "u"), ("\u{1EE7}", "u"), ("\u{1EE7}", "u"), ("\u{1EE9}", "u"), ("\u{1EE9}", "u"),
    ("\u{1EEB}", "u"), ("\u{1EEB}", "u"), ("\u{1EED}", "u"), ("\u{1EED}", "u"), ("\u{1EEF}", "u"), ("\u{1EEF}", "u"),
    ("\u{1EF1}", "u"), ("\u{1EF1}", "u"), ("\u{1EF3}", "y"), ("\u{1EF3}", "y"), ("\u{1EF5}", "y"), ("\u{1EF5}", "y"),
    ("\u{1EF7}", "y"), ("\u{1EF7}", "y"), ("\u{1EF9}", "y"), ("\u{1EF9}", "y"), ("\u{1EFB}", "\u{1EFB}"),
    ("\u{1EFB}", "\u{1EFB}"), ("\u{1EFD}", "\u{1EFD}"), ("\u{1EFD}", "\u{1EFD}"), ("\u{1EFF}", "\u{1EFF}"),
    ("\u{1EFF}", "\u{1EFF}"),
  ]
}
