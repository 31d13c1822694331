import Foundation
import Testing

@testable import QuizCore

/// The literal table of accented Latin letters must be exactly what the canonical decompositions give, as the
/// table built at start-up used to be.
@Suite("AnswerNormalizer's literal table of Latin letters")
struct AnswerNormalizerTableTests {
  /// What a scalar's entry must be, derived through Foundation's canonical decomposition and composition: the
  /// way the table was computed at first use before it became a literal.
  static func derived(_ scalar: Unicode.Scalar) -> (marked: String, folded: String)? {
    func isVowel(_ value: UInt32) -> Bool { [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79].contains(value) }
    func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
      [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }
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
        return nil
      }
    }
    guard !marked.isEmpty else { return nil }
    return (
      String(marked).precomposedStringWithCanonicalMapping, String(folded).precomposedStringWithCanonicalMapping
    )
  }

  @Test(
    "every entry equals the scalar's canonical decomposition, lowercased and composed again",
    arguments: [0x00AA...0x024F, 0x1E00...0x1EFF, 0x0080...0x00A9, 0x0250...0x02FF, 0x1DC0...0x1DFF, 0x1F00...0x1F0F])
  func matchesFoundation(range: ClosedRange<UInt32>) throws {
    let inTable = (0x00AA...0x024F).contains(range.lowerBound) || (0x1E00...0x1EFF).contains(range.lowerBound)
    for value in range {
      let scalar = try #require(Unicode.Scalar(value))
      let piece = AnswerNormalizer.latinPiece(scalar)
      let hex = String(value, radix: 16, uppercase: true)
      if inTable {
        let expected = Self.derived(scalar)
        // Compare bytes: String equality is canonical equivalence and would hide a decomposed literal.
        #expect(piece.map { Array($0.marked.utf8) } == expected.map { Array($0.marked.utf8) }, "U+\(hex) marked")
        #expect(piece.map { Array($0.folded.utf8) } == expected.map { Array($0.folded.utf8) }, "U+\(hex) folded")
      } else {
        #expect(piece == nil, "U+\(hex) is outside the table's ranges")
      }
    }
  }

  @Test(
    "letters through the table normalize as before",
    arguments: [
      ("Peña Nieto", "peña nieto", "peña nieto"),
      ("GENARO GARCÍA LUNA", "genaro garcía luna", "genaro garcia luna"),
      ("Ǖber Ḉœur", "ǖber ḉœur", "uber ḉœur"),
      ("Ångström ½", "ångström ½", "angstrom ½"),
      ("Ｆull×wide", "ｆull wide", "ｆull wide"),
    ])
  func normalizes(text: String, marked: String, folded: String) {
    let result = AnswerNormalizer.normalize(text, stripArticle: false)
    #expect(Array(result.marked.utf8) == Array(marked.precomposedStringWithCanonicalMapping.utf8))
    #expect(Array(result.folded.utf8) == Array(folded.precomposedStringWithCanonicalMapping.utf8))
  }
}
