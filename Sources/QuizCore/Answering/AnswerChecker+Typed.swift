/// A spelling an input matched, and by how many edits.
struct FormMatch: Sendable {
  let form: AnswerForm
  let distance: Int
}

extension AnswerChecker {
  /// Typed entity and text answers.
  func checkTyped(_ input: String, question: Question, language: Language) -> CheckResult {
    let prepared = prepared(question)
    let expected = expected(question.answer)
    let canonical = expected[language]
    func judge(_ answer: NormalizedAnswer) -> [Forgiveness]? {
      let key = TypoKey(answer.folded)
      guard let match = Self.bestMatch(answer, key, among: prepared.accepted, language: language),
        match.distance == 0 || !Self.anyAsClose(key, match.distance, in: prepared.rivals)
      else { return nil }
      return Self.forgiveness(match, answer: answer, canonical: canonical, language: language)
    }
    let answer = AnswerNormalizer.normalize(input)
    if var forgiven = judge(answer) {
      // "a Inglaterra": the Spanish preposition "a" reads as an English article; when the question implies it,
      // say it was a preposition set aside.
      if let article = answer.article, prepared.prepositions.contains(article) {
        forgiven.removeAll { $0.kind == .article }
        forgiven.append(Forgiveness(.preposition, canonical: canonical))
      }
      return .verdict(.right(forgiven: forgiven, canonical: canonical, expected: expected))
    }
    // "in Paris", "en París", "at the German embassy": a preposition the question implies, set aside.
    if let rest = Self.droppingPreposition(input, prepositions: prepared.prepositions),
      let forgiven = judge(AnswerNormalizer.normalize(rest))
    {
      return .verdict(
        .right(
          forgiven: forgiven + [Forgiveness(.preposition, canonical: canonical)], canonical: canonical,
          expected: expected))
    }
    return .verdict(.wrong(expected: expected))
  }

  /// The input without its first word, when that word is one of `prepositions` and more words follow; `nil`
  /// otherwise. "al rancho" gives "el rancho", "del museo" gives "el museo", so the article is still judged.
  static func droppingPreposition(_ input: String, prepositions: Set<String>) -> String? {
    guard !prepositions.isEmpty else { return nil }
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    let words = plain.markedWords
    guard words.count > 1, let first = plain.words.first, prepositions.contains(String(first)) else { return nil }
    let rest = words.dropFirst().joined(separator: " ")
    return first == "al" || first == "del" ? "el " + rest : rest
  }

  /// Multiple choice: a letter, a position, or an option's text.
  func checkChoice(_ input: String, question: Question, language: Language) -> CheckResult {
    let options = question.options
    let letters = (0..<options.count).map { Self.letter($0) }
    let expected = expected(question.answer)
    let right = options.firstIndex(of: question.answer)
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    func verdict(_ index: Int, _ forgiven: [Forgiveness] = []) -> CheckResult {
      let canonical = text.text(options[index], in: language)
      if index == right {
        return .verdict(.right(forgiven: forgiven, canonical: canonical, expected: expected, matchedOption: index))
      }
      return .verdict(.wrong(canonical: canonical, expected: expected, matchedOption: index))
    }
    if let index = letters.firstIndex(of: plain.folded) { return verdict(index) }
    if let value = Int(plain.folded), plain.folded.allSatisfy(\.isASCII) {
      let isOptionValue = options.contains { option in
        if case .number(let number, _, _) = option { return number == Double(value) }
        return false
      }
      if !isOptionValue, value >= 1, value <= options.count {
        return verdict(value - 1)
      }
    }
    if let (index, forgiven) = matchOption(input, question: question, language: language) {
      return verdict(index, forgiven)
    }
    let singleLetter = plain.folded.count == 1 && plain.folded.allSatisfy(\.isLetter)
    let numberOptions = options.contains { if case .number = $0 { true } else { false } }
    if singleLetter || (Int(plain.folded) != nil && !numberOptions) {
      return .askAgain(AskAgain(.needsOption, letters: letters))
    }
    return .verdict(.wrong(expected: expected))
  }

  /// The option whose value the input names, with what was forgiven; `nil` when none or several do.
  private func matchOption(_ input: String, question: Question, language: Language) -> (Int, [Forgiveness])? {
    let prepared = prepared(question)
    let options = question.options
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    var found: [(Int, [Forgiveness])] = []
    let date = DateAnswer.read(plain, language: language)
    for (index, option) in options.enumerated() {
      let canonical = text.text(option, in: language)
      switch option {
      case .number:
        guard let numbers = prepared.optionNumbers[index], let match = numbers.match(plain, language: language)
        else { continue }
        found.append((index, Self.numberForgiveness(match, canonical: canonical)))
      case .date(let value):
        guard let date, date.date.precision >= value.precision, date.date.truncated(to: value.precision) == value
        else { continue }
        found.append((index, Self.dateForgiveness(date, canonical: canonical)))
      case .entity, .text, .truth:
        continue
      }
    }
    if !found.isEmpty { return found.count == 1 ? found[0] : nil }
    let answer = AnswerNormalizer.normalize(input)
    let key = TypoKey(answer.folded)
    var best: (index: Int, match: FormMatch)?
    var tied = false
    for (index, forms) in prepared.optionForms.enumerated() where !forms.isEmpty {
      guard let match = Self.bestMatch(answer, key, among: forms, language: language) else { continue }
      if let current = best, current.match.distance <= match.distance {
        if current.match.distance == match.distance { tied = true }
        continue
      }
      best = (index, match)
      tied = false
    }
    guard let best, !tied else { return nil }
    if best.match.distance > 0 {
      let others = prepared.optionForms.enumerated().filter { $0.offset != best.index }.flatMap(\.element)
      let distance = best.match.distance
      if Self.anyAsClose(key, distance, in: others) || Self.anyAsClose(key, distance, in: prepared.rivals) {
        return nil
      }
    }
    let canonical = text.text(options[best.index], in: language)
    return (best.index, Self.forgiveness(best.match, answer: answer, canonical: canonical, language: language))
  }

  /// The letter shown for an option or an event: "a", "b", "c"…
  static func letter(_ index: Int) -> String {
    guard let scalar = Unicode.Scalar(UInt32(97 + index)), index < 26 else { return String(index + 1) }
    return String(Character(scalar))
  }

  /// The accepted form closest to the input: an exact match (after normalization) if any, else the nearest
  /// form within its typo budget. Ties go to the current language, then names before aliases before family
  /// names, then spellings whose accents match.
  static func bestMatch(
    _ answer: NormalizedAnswer, _ key: TypoKey, among forms: [AnswerForm], language: Language
  ) -> FormMatch? {
    guard !answer.isEmpty else { return nil }
    var best: FormMatch?
    var bestKey = (Int.max, Int.max, Int.max, Int.max)
    for form in forms {
      let distance: Int
      if form.normalized.folded == answer.folded {
        distance = 0
      } else {
        let budget = form.typoBudget
        guard budget > 0 else { continue }
        distance = key.distance(to: form.key, limit: min(budget, bestKey.0))
        guard distance <= budget, !Self.swapsGender(answer.folded, form.normalized.folded) else { continue }
      }
      let rank = form.rank(in: language)
      let key = (distance, rank.0, rank.1, form.normalized.marked == answer.marked ? 0 : 1)
      if key < bestKey {
        bestKey = key
        best = FormMatch(form: form, distance: distance)
      }
    }
    return best
  }

  /// Whether two spellings differ only in the gender endings of words ("su hermana" for "su hermano",
  /// "detenidas" for "detenidos"): a different person or group, never a typo.
  static func swapsGender(_ typed: String, _ expected: String) -> Bool {
    let typedWords = typed.split(separator: " ")
    let expectedWords = expected.split(separator: " ")
    guard typedWords.count == expectedWords.count, typed != expected else { return false }
    var swapped = false
    for (a, b) in zip(typedWords, expectedWords) where a != b {
      let stemA = a.hasSuffix("s") && b.hasSuffix("s") ? a.dropLast() : a[...]
      let stemB = a.hasSuffix("s") && b.hasSuffix("s") ? b.dropLast() : b[...]
      guard stemA.dropLast() == stemB.dropLast(), let endA = stemA.last, let endB = stemB.last,
        Set([endA, endB]) == ["a", "o"]
      else { return false }
      swapped = true
    }
    return swapped
  }

  /// Whether any of `forms` is at most `distance` edits from the input.
  static func anyAsClose(_ key: TypoKey, _ distance: Int, in forms: [AnswerForm]) -> Bool {
    forms.contains { key.distance(to: $0.key, limit: distance) <= distance }
  }

  /// What a form match let pass.
  static func forgiveness(_ match: FormMatch, answer: NormalizedAnswer, canonical: String, language: Language)
    -> [Forgiveness]
  {
    let form = match.form
    var forgiven: [Forgiveness] = []
    if let formLanguage = form.language, formLanguage != language {
      forgiven.append(Forgiveness(.otherLanguage, canonical: canonical))
    } else if form.source == .alias {
      // A name's alias is another name; a text answer's alias is a shorter or another wording of the answer.
      let kind: Forgiveness.Kind =
        form.isName
        ? .alias
        : form.normalized.words.count < AnswerNormalizer.normalize(canonical).words.count ? .fullAnswer : .answerWording
      forgiven.append(Forgiveness(kind, canonical: canonical))
    }
    if form.source == .familyName { forgiven.append(Forgiveness(.familyName, canonical: canonical)) }
    if let article = answer.article, let own = form.normalized.article, article != own {
      forgiven.append(Forgiveness(.article, canonical: form.spelling))
    }
    if match.distance == 0, answer.marked != form.normalized.marked {
      forgiven.append(Forgiveness(.accents, canonical: form.spelling))
    }
    if match.distance > 0 { forgiven.append(Forgiveness(.typo, canonical: form.spelling)) }
    return forgiven
  }
}
