/// Every accepted way to type one number, with or without its unit, normalized once per question.
///
/// The number: its digits (grouped or not: "1234", "1,234", "1.234", "1 234") or its spelled-out forms in
/// either language (`NumberWords`). The unit, optional: its singular or plural name in either language. After
/// them, words the question itself uses ("96 años de prisión" for "¿A cuántos años de prisión…?") add nothing and
/// are allowed. Any other word (a wrong unit, "sesenta y") makes the answer wrong. Number words are never
/// typo-corrected: "sesenta" and "setenta" are one letter apart.
struct NumberForms: Sendable {
  /// A spelling of the number or the unit: with its accents, and the language using it (`nil` for digits).
  struct Spelling: Sendable {
    let marked: String
    let language: Language?
  }

  /// What a match had to let pass.
  struct Match: Sendable, Equatable {
    /// The number words or the unit were only the other language's.
    var otherLanguage: Bool
    /// How many letters had a missing or wrong accent ("dieciseis": 1); 0 when none.
    var accents: Int
  }

  /// Spellings of the number, by folded form.
  let numbers: [String: [Spelling]]
  /// Spellings of the unit, by folded form.
  let units: [String: [Spelling]]
  /// Folded words that may follow the number and unit: the question's own words (see ``echoWords(in:)``).
  let echoes: Set<String>

  /// Words that join number words ("sesenta y", "one hundred and"): never an echo, so "sesenta y" stays
  /// an unfinished number rather than sixty followed by the question's "y".
  static let joiners: Set<String> = ["y", "e", "and", "o", "u", "or"]

  init(value: Double, unit: Localized<UnitName>?, echoes: Set<String> = []) {
    var numbers: [String: [Spelling]] = [:]
    func add(_ text: String, _ language: Language?, to table: inout [String: [Spelling]]) {
      let normalized = AnswerNormalizer.normalize(text, stripArticle: false)
      guard !normalized.isEmpty else { return }
      table[normalized.folded, default: []].append(Spelling(marked: normalized.marked, language: language))
    }
    for language in Language.allCases { add(NumberText.digits(value, in: language), nil, to: &numbers) }
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
      let whole = Int(value)
      add(String(whole), nil, to: &numbers)
      add(NumberForms.grouped(whole), nil, to: &numbers)
      for language in Language.allCases {
        for words in NumberWords.forms(whole, in: language) { add(words, language, to: &numbers) }
      }
    }
    var units: [String: [Spelling]] = [:]
    if let unit {
      for language in Language.allCases {
        add(unit[language].one, language, to: &units)
        add(unit[language].other, language, to: &units)
      }
      let key = AnswerNormalizer.normalize(unit.en.one, stripArticle: false).folded
      for language in Language.allCases {
        for other in Self.unitSynonyms[key]?[language] ?? [] { add(other, language, to: &units) }
      }
    }
    self.numbers = numbers
    self.units = units
    var echoes = echoes
    for (word, synonyms) in Self.echoSynonyms where echoes.contains(word) { echoes.formUnion(synonyms) }
    self.echoes = echoes.subtracting(Self.joiners).filter { numbers[$0] == nil && !NumberForms.isDigits($0) }
  }

  /// Other ways to write a unit, by the folded English singular: abbreviations ("60 yrs") and nouns for the
  /// same kind of thing ("3 hostages" for people). Never a unit of another kind: "3 years" for people is wrong.
  static let unitSynonyms: [String: Localized<[String]>] = [
    "year": Localized(en: ["yr", "yrs", "yr.", "yrs."], es: []),
    "month": Localized(en: ["mo", "mos"], es: []),
    "person": Localized(
      en: ["persons", "individuals", "hostages", "victims", "captives"],
      es: ["rehenes", "víctimas", "individuos", "cautivos", "secuestrados"]),
  ]

  /// Words that say the same as a word of the question, so they may follow the number as it does: "60 años de
  /// cárcel" for "¿A cuántos años de prisión…?", "60 years in jail".
  static let echoSynonyms: [String: Set<String>] = [
    // "60 years of imprisonment" is the source's own wording.
    "prison": ["jail", "imprisonment", "of"], "prision": ["carcel", "encierro"],
  ]

  /// The folded words of `texts` (question templates), with their `{…}` slots left out.
  static func echoWords(in texts: [String]) -> Set<String> {
    var words: Set<String> = []
    for text in texts {
      var plain = ""
      var depth = 0
      for character in text {
        switch character {
        case "{": depth += 1
        case "}": depth = max(0, depth - 1); plain.append(" ")
        default: if depth == 0 { plain.append(character) }
        }
      }
      words.formUnion(AnswerNormalizer.normalize(plain, stripArticle: false).words.map(String.init))
    }
    return words
  }

  /// The folded words of one template in order, with its `{…}` slots left out.
  static func echoWordsInOrder(_ text: String) -> [String] {
    var plain = ""
    var depth = 0
    for character in text {
      switch character {
      case "{": depth += 1
      case "}": depth = max(0, depth - 1); plain.append(" ")
      default: if depth == 0 { plain.append(character) }
      }
    }
    return AnswerNormalizer.normalize(plain, stripArticle: false).words.map(String.init)
  }

  private static func isDigits(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy(\.isNumber) }

  /// Digits in groups of three: "1 234" (the normalized form of "1,234" and "1.234").
  static func grouped(_ number: Int) -> String {
    var digits = Substring(String(abs(number)))
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(digits.suffix(3), at: 0)
      digits = digits.dropLast(3)
    }
    groups.insert(digits, at: 0)
    return groups.joined(separator: " ")
  }

  /// Whether an answer is the number followed by another word where its unit goes ("noventa y seis meses",
  /// "96 months" for 96 years): one to three words of letters, neither the unit, a joiner nor the question's
  /// own words. Only for a number with a unit.
  func hasOtherUnit(_ answer: NormalizedAnswer, language: Language) -> Bool {
    let words = answer.words.map(String.init)
    guard !units.isEmpty, words.count >= 2 else { return false }
    for split in 1..<words.count {
      let tail = words[split...]
      guard tail.count <= 3, let first = tail.first, units[first] == nil, !echoes.contains(first),
        units[words[split - 1]] == nil,
        tail.allSatisfy({ word in word.allSatisfy(\.isLetter) && !Self.joiners.contains(word) })
      else { continue }
      let head = answer.markedWords.prefix(split).joined(separator: " ")
      if match(AnswerNormalizer.normalize(head, stripArticle: false), language: language) != nil { return true }
    }
    return false
  }

  /// Matches an answer normalized without removing its article: a number, then optionally its unit.
  func match(_ answer: NormalizedAnswer, language: Language) -> Match? {
    let words = answer.words
    let marked = answer.markedWords
    guard !words.isEmpty, marked.count == words.count else { return nil }
    // The question's words may close the answer: the longest start that is a number (and unit) wins, so a
    // unit the question also uses ("años") still counts as the unit.
    var last = words.count
    while last >= 1 {
      if let match = match(
        words: words[..<last].map(String.init), marked: marked[..<last].map(String.init), language: language)
      {
        return match
      }
      guard echoes.contains(String(words[last - 1])) else { return nil }
      last -= 1
    }
    return nil
  }

  /// Matches words that are a number, then optionally its unit, and nothing else.
  private func match(words: [String], marked: [String], language: Language) -> Match? {
    for split in 1...words.count {
      guard let number = numbers[words[..<split].joined(separator: " ")] else { continue }
      let rest = words[split...].joined(separator: " ")
      let unit: [Spelling]
      if rest.isEmpty {
        unit = []
      } else if let found = units[rest] {
        unit = found
      } else {
        continue
      }
      let numberMarked = marked[..<split].joined(separator: " ")
      let unitMarked = marked[split...].joined(separator: " ")
      return Match(
        otherLanguage: NumberForms.onlyOther(number, language) || NumberForms.onlyOther(unit, language),
        accents: NumberForms.accentCount(numberMarked, number)
          + (unit.isEmpty ? 0 : NumberForms.accentCount(unitMarked, unit)))
    }
    return nil
  }

  /// The fewest letters whose accents differ between a typed spelling and the spellings it folds to; 0 when one
  /// is written just so.
  private static func accentCount(_ typed: String, _ spellings: [Spelling]) -> Int {
    spellings.map { spelling in zip(typed, spelling.marked).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) } }.min() ?? 0
  }

  private static func onlyOther(_ spellings: [Spelling], _ language: Language) -> Bool {
    !spellings.isEmpty && !spellings.contains { $0.language == nil || $0.language == language }
  }
}
