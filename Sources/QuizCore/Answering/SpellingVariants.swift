/// British spellings of the American words the banks write ("organised" for "organized", "defence" for
/// "defense"): the same answer, never a typo.
///
/// The variants are made from the bank's (American) word only, by regular, well-attested endings, so a typo of a
/// word that has no such variant stays a typo ("Florense" for "Florence", "promize" for "promise").
enum SpellingVariants {
  /// American endings and the British endings that stand for them.
  static let endings: [(american: String, british: String)] = [
    ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"),
    ("ize", "ise"), ("yzing", "ysing"), ("yzed", "ysed"), ("yze", "yse"), ("eled", "elled"), ("eling", "elling"),
    ("ors", "ours"), ("or", "our"), ("log", "logue"), ("logs", "logues"),
  ]

  /// Whole words whose British spelling no regular ending gives.
  static let words: [String: String] = [
    "defense": "defence", "offense": "offence", "license": "licence", "pretense": "pretence", "center": "centre",
    "centers": "centres", "theater": "theatre", "meter": "metre", "meters": "metres", "liter": "litre",
    "fiber": "fibre", "caliber": "calibre", "somber": "sombre", "gray": "grey", "jewelry": "jewellery",
    "program": "programme", "judgment": "judgement", "aluminum": "aluminium", "tire": "tyre", "curb": "kerb",
  ]

  /// The shortest American word whose ending is varied: "for", "color" and "actor" do not turn into "four".
  static let shortestWord = 5

  /// The British spellings of an American word (folded); empty when it has none.
  static func british(_ word: Substring) -> [String] {
    if let whole = words[String(word)] { return [whole] }
    guard word.count >= shortestWord else { return [] }
    for (american, british) in endings where word.hasSuffix(american) {
      return [String(word.dropLast(american.count)) + british]
    }
    return []
  }

  /// Whether the typed words are the expected ones, some of them in their British spelling.
  static func sameWords(_ typed: [Substring], _ expected: [Substring]) -> Bool {
    typed.count == expected.count
      && zip(typed, expected).allSatisfy { $0 == $1 || british($1).contains(String($0)) }
  }

  /// Whether two folded spellings differ only in British spellings of the expected one's words.
  static func sameWord(_ typed: String, _ expected: String) -> Bool {
    typed != expected && sameWords(typed.split(separator: " "), expected.split(separator: " "))
  }

  /// The folded words of a spelling without its articles: what two wordings of a text answer that differ only
  /// in articles share ("on the freeway", "on a freeway").
  static func withoutArticles(_ folded: String) -> [Substring] {
    folded.split(separator: " ").filter { !AnswerNormalizer.articles.contains(String($0)) }
  }
}
