/// The words a player may put before a number to give a bound ("more than", "más de", "about", "unos"), in
/// both languages.
enum NumberBoundWords {
  /// A bound read from an answer, and the language of its words.
  struct Said: Sendable, Equatable {
    var bound: NumberBound
    var language: Language
  }

  /// Folded word sequences and what they say.
  static let table: [(words: [String], said: Said)] = [
    (["more", "than"], Said(bound: .moreThan, language: .en)),
    (["over"], Said(bound: .moreThan, language: .en)),
    (["above"], Said(bound: .moreThan, language: .en)),
    (["fewer", "than"], Said(bound: .fewerThan, language: .en)),
    (["less", "than"], Said(bound: .fewerThan, language: .en)),
    (["under"], Said(bound: .fewerThan, language: .en)),
    (["about"], Said(bound: .about, language: .en)),
    (["around"], Said(bound: .about, language: .en)),
    (["approximately"], Said(bound: .about, language: .en)),
    (["roughly"], Said(bound: .about, language: .en)),
    (["mas", "de"], Said(bound: .moreThan, language: .es)),
    (["menos", "de"], Said(bound: .fewerThan, language: .es)),
    (["alrededor", "de"], Said(bound: .about, language: .es)),
    (["cerca", "de"], Said(bound: .about, language: .es)),
    (["aproximadamente"], Said(bound: .about, language: .es)),
    (["unos"], Said(bound: .about, language: .es)),
    (["unas"], Said(bound: .about, language: .es)),
  ]

  /// The bound an answer opens with, if any, and the rest of the answer normalized again.
  static func split(_ answer: NormalizedAnswer) -> (bound: Said?, rest: NormalizedAnswer) {
    let words = answer.words.map(String.init)
    for entry in table where words.count > entry.words.count && Array(words.prefix(entry.words.count)) == entry.words {
      let rest = answer.markedWords.dropFirst(entry.words.count).joined(separator: " ")
      return (entry.said, AnswerNormalizer.normalize(rest, stripArticle: false))
    }
    return (nil, answer)
  }

  /// The value of an answer written only in digits (grouped or not: "300", "1 250"), `nil` otherwise.
  static func digitsValue(_ answer: NormalizedAnswer) -> Double? {
    let joined = answer.words.joined()
    guard !joined.isEmpty, joined.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Double(joined)
  }
}
