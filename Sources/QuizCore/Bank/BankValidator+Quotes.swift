import Foundation

extension BankValidator {
  func checkQuotes(_ bank: Bank, _ report: inout Report) {
    let documents = Dictionary(bank.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var normalizedTexts: [String: [UInt8]] = [:]
    for (index, fact) in bank.facts.enumerated() {
      let path = JSONKeyPath.member(JSONKeyPath.element("facts", index), "source.quote")
      let label = "fact \"\(fact.id)\""
      let quote = Self.normalizedForQuoting(fact.source.quote)
      if quote.isEmpty {
        report.error("\(label) has no quote", at: path)
        continue
      }
      guard let document = documents[fact.source.document], let text = sourceTexts[document.id] else { continue }
      let haystack = normalizedTexts[document.id] ?? Self.normalizedForQuoting(text)
      normalizedTexts[document.id] = haystack
      guard !Self.contains(haystack, quote[...]) else { continue }
      report.error(
        "\(label): the quote is not in source \"\(document.id)\" (\(document.file))\(Self.hint(quote, in: haystack))",
        at: path)
    }
  }

  /// The text in canonical composition (so `é` matches however it was typed) with every run of whitespace
  /// made one space, as UTF-8: quotes are compared verbatim apart from line breaks and spacing.
  static func normalizedForQuoting(_ text: String) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(0x20) }
      pendingSpace = false
      result.append(contentsOf: String(scalar).utf8)
    }
    return result
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
