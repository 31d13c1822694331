import Foundation
import Testing

@testable import QuizCore

/// Quotes are checked against each source normalized once and, past a few quotes, indexed.
@Suite("Finding quotes in sources")
struct QuoteIndexTests {
  /// The quote index answers as the plain search does, before and after it is built.
  @Test func quoteIndexAgreesWithThePlainSearch() {
    let text = BankValidator.normalizedForQuoting(
      "The  quick brown fox\njumps over the lazy dog; the quick end. Café é e\u{301}")
    let index = BankValidator.QuoteIndex(text)
    let quotes = [
      "quick", "the quick", "quick brown fox jumps", "lazy dog;", "the quick end.", "quick end!", "fox", "x", "The",
      "dog; the quick end. Café", "Café é é", "not there", "the lazy cat", "end. Caf", "end. Cafe",
    ]
    for round in 0..<3 {
      for _ in 0..<BankValidator.QuoteIndex.searchesBeforeIndexing / 2 + 1 {
        for quote in quotes {
          let normalized = BankValidator.normalizedForQuoting(quote)
          #expect(
            index.contains(normalized) == BankValidator.contains(text, normalized[...]), "\(quote) in round \(round)")
        }
      }
    }
  }

  /// Text below U+0300 skips Foundation's composition; text with combining marks still gets it.
  @Test func quotingNormalizesCompositionAndSpaces() {
    #expect(BankValidator.normalizedForQuoting("  caf\u{E9}\t\n  au  lait ") == Array("caf\u{E9} au lait".utf8))
    #expect(BankValidator.normalizedForQuoting("cafe\u{301}\u{A0}x") == Array("caf\u{E9} x".utf8))
    #expect(BankValidator.normalizedForQuoting("\u{2003}a\u{85}b\u{3000}") == Array("a b".utf8))
  }
}
