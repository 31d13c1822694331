/// Quotation marks inside a quotation take the next level: Spanish nests « “ ‘ ’ ” », English “ ‘ ’ ” (see
/// spanish-style.md, rule 1.2). A source quote shown as «…» that holds a title the bank marks «…» reads
/// «ha tomado su material del libro “Una novela criminal”», not «… «Una novela criminal»».
public enum QuoteNesting {
  /// `text` as it reads inside the quotation marks `open`…`close`: for «…», its own « » become “ ” (and its
  /// “ ” become ‘ ’ first); for “…”, its “ ” become ‘ ’. Other marks, and apostrophes, are left alone.
  public static func nested(_ text: String, open: Character, close: Character) -> String {
    switch (open, close) {
    case ("«", "»"):
      guard text.contains(where: { "«»".contains($0) }) else { return text }
      return String(
        text.map { character -> Character in
          switch character {
          case "“": "‘"
          case "”": "’"
          case "«": "“"
          case "»": "”"
          default: character
          }
        })
    case ("“", "”"):
      guard text.contains(where: { "“”".contains($0) }) else { return text }
      return String(text.map { $0 == "“" ? "‘" : $0 == "”" ? "’" : $0 })
    default:
      return text
    }
  }

  /// Whether two characters open and close a quotation: « », “ ”.
  public static func isPair(open: Character, close: Character) -> Bool {
    (open == "«" && close == "»") || (open == "“" && close == "”")
  }

  /// The inside of a text that is one title set off by its marks and nothing else ("«Una novela criminal»",
  /// "“A Criminal Novel”"); `nil` when the text has anything outside the marks, or other marks inside.
  public static func wholeTitle(_ text: String) -> String? {
    guard let first = text.first, let last = text.last, text.count > 2, isPair(open: first, close: last) else {
      return nil
    }
    let inside = text.dropFirst().dropLast()
    guard !inside.contains(where: { "«»“”".contains($0) }) else { return nil }
    return String(inside)
  }
}
