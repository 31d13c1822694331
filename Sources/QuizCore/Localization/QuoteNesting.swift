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
}
