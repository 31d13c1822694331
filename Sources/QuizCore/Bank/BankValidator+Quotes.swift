import Foundation

extension BankValidator {
  func checkQuotes(_ bank: Bank, _ report: inout Report) {
    let documents = Dictionary(bank.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Each source is normalized and indexed once, when a quote first cites it.
    var indexedTexts: [String: QuoteIndex] = [:]
    for (index, fact) in bank.facts.enumerated() {
      let quote = Self.normalizedForQuoting(fact.source.quote)
      if quote.isEmpty {
        report.error(
          "fact \"\(fact.id)\" has no quote",
          at: JSONKeyPath.member(JSONKeyPath.element("facts", index), "source.quote"))
        continue
      }
      guard let document = documents[fact.source.document], let text = sourceTexts[document.id] else { continue }
      let haystack: QuoteIndex
      if let indexed = indexedTexts[document.id] {
        haystack = indexed
      } else {
        haystack = QuoteIndex(Self.normalizedForQuoting(text))
        indexedTexts[document.id] = haystack
      }
      let parts = Self.quoteParts(fact.source.quote)
      if parts.count > 1 {
        // A quote with a gap ("It was in January 2013 […] that her release petition was accepted"): each part
        // verbatim, in the document's order, none of them empty.
        guard let missing = Self.firstPartNotInOrder(parts, in: haystack.text) else { continue }
        report.error(
          "fact \"\(fact.id)\": the quote is not in source \"\(document.id)\" (\(document.file)): "
            + (missing.isEmpty
              ? "a gap \"[…]\" needs words on both sides"
              : "the part \"\(missing)\" is not found after the part before it"),
          at: JSONKeyPath.member(JSONKeyPath.element("facts", index), "source.quote"))
        continue
      }
      guard !haystack.contains(quote) else { continue }
      report.error(
        "fact \"\(fact.id)\": the quote is not in source \"\(document.id)\" (\(document.file))"
          + Self.hint(quote, in: haystack.text),
        at: JSONKeyPath.member(JSONKeyPath.element("facts", index), "source.quote"))
    }
  }

  /// The marks by which a quote leaves words of the document out: "[…]" or "[...]".
  static let quoteGaps = ["[…]", "[...]"]

  /// The parts of a quote between its gaps, as written (one part when it has no gap).
  static func quoteParts(_ quote: String) -> [String] {
    var parts = [quote]
    // Every gap starts with "[": a quote without one (nearly all) is one part, without Foundation's search.
    guard quote.utf8.contains(UInt8(ascii: "[")) else { return parts }
    for gap in quoteGaps { parts = parts.flatMap { $0.components(separatedBy: gap) } }
    return parts
  }

  /// The first part of a quote with gaps that is not found, normalized, after the end of the part before it;
  /// an empty string when a part is empty (a gap at an end, or two gaps in a row); `nil` when every part is found
  /// in order.
  static func firstPartNotInOrder(_ parts: [String], in text: [UInt8]) -> String? {
    var start = 0
    for part in parts {
      let normalized = normalizedForQuoting(part)
      guard !normalized.isEmpty else { return "" }
      guard let found = firstIndex(of: normalized[...], in: text, from: start) else {
        return part.trimmingCharacters(in: .whitespacesAndNewlines)
      }
      start = found + normalized.count
    }
    return nil
  }

  /// Where `needle` first occurs in `haystack` at or after `from`.
  static func firstIndex(of needle: ArraySlice<UInt8>, in haystack: [UInt8], from: Int) -> Int? {
    guard from <= haystack.count - needle.count else { return nil }
    var start = from
    let last = haystack.count - needle.count
    while start <= last {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start += 1
    }
    return nil
  }

  /// The text in canonical composition (so `é` matches however it was typed) with every run of whitespace
  /// made one space, as UTF-8: quotes are compared verbatim apart from line breaks and spacing.
  static func normalizedForQuoting(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    // Text whose scalars all lie below U+0300, where the combining marks begin, is already in canonical
    // composition: it is copied as it is, without Foundation.
    let composed = text.utf8.allSatisfy { $0 < 0xCC } ? text : text.precomposedStringWithCanonicalMapping
    for scalar in composed.unicodeScalars {
      if scalar.value < 0x80 {
        if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) {
          pendingSpace = !result.isEmpty
          continue
        }
      } else if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(0x20) }
      pendingSpace = false
      if scalar.value < 0x80 {
        result.append(UInt8(scalar.value))
      } else {
        if let encoded = UTF8.encode(scalar) { result.append(contentsOf: encoded) }
      }
    }
    return result
  }

  /// A normalized source text that answers whether a quote occurs in it. The first quotes are searched for
  /// from the start of the text; once a text has been searched `searchesBeforeIndexing` times, the positions
  /// of every 4-byte window are indexed, so each further quote is only compared where its first four bytes
  /// occur: linear in the size of the bank, however many facts cite one document. (Building the index costs
  /// about as much as a hundred plain searches, so a bank with a few dozen quotes, like the shipped one, never
  /// builds it.)
  final class QuoteIndex {
    static let width = 4
    static let searchesBeforeIndexing = 64
    let text: [UInt8]
    private var searches = 0
    private var starts: [UInt32: [Int32]]?

    init(_ text: [UInt8]) { self.text = text }

    private static func key(_ bytes: [UInt8], at start: Int) -> UInt32 {
      UInt32(bytes[start]) << 24 | UInt32(bytes[start + 1]) << 16 | UInt32(bytes[start + 2]) << 8
        | UInt32(bytes[start + 3])
    }

    private func buildIndex() -> [UInt32: [Int32]] {
      var starts: [UInt32: [Int32]] = [:]
      for start in 0...(text.count - Self.width) { starts[Self.key(text, at: start), default: []].append(Int32(start)) }
      return starts
    }

    /// Whether `quote` occurs in the text.
    func contains(_ quote: [UInt8]) -> Bool {
      guard quote.count >= Self.width, quote.count <= text.count, text.count < Int(Int32.max) else {
        return BankValidator.contains(text, quote[...])
      }
      if starts == nil {
        searches += 1
        if searches <= Self.searchesBeforeIndexing { return BankValidator.contains(text, quote[...]) }
        starts = buildIndex()
      }
      guard let candidates = starts?[Self.key(quote, at: 0)] else { return false }
      let last = text.count - quote.count
      for candidate in candidates {
        let start = Int(candidate)
        guard start <= last else { return false }
        var matched = true
        for offset in Self.width..<quote.count where text[start + offset] != quote[offset] {
          matched = false
          break
        }
        if matched { return true }
      }
      return false
    }
  }

  static func contains(_ haystack: [UInt8], _ needle: ArraySlice<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= haystack.count else { return false }
    let needleStart = needle.startIndex
    var start = 0
    let last = haystack.count - needle.count
    while start <= last {
      guard let found = haystack[start...last].firstIndex(of: first) else { return false }
      var matched = true
      for offset in 1..<needle.count where haystack[found + offset] != needle[needleStart + offset] {
        matched = false
        break
      }
      if matched { return true }
      start = found + 1
    }
    return false
  }

  /// Where the quote stops agreeing with the source: the longest start of the quote found in the text, cut
  /// at a character boundary.
  static func hint(_ quote: [UInt8], in haystack: [UInt8]) -> String {
    var low = 0
    var high = quote.count
    while low < high {
      let middle = (low + high + 1) / 2
      if contains(haystack, quote[..<middle]) { low = middle } else { high = middle - 1 }
    }
    var end = low
    while end > 0, end < quote.count, quote[end] & 0xC0 == 0x80 { end -= 1 }
    guard end >= 8 else { return "" }
    let matched = String(decoding: quote[..<end], as: UTF8.self)
    let tail = matched.count > 30 ? "…" + matched.suffix(30) : matched
    return "; it agrees up to \"\(tail)\""
  }
}
