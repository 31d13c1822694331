extension AnswerChecker {
  /// The words read as true, in either language (compared after normalization, so "Sí" and "SI" count).
  static let trueWords: Set<String> = [
    "t", "true", "y", "yes", "v", "verdadero", "verdadera", "verdad", "cierto", "cierta", "si", "es verdad",
    "es cierto",
  ]
  /// The words read as false, in either language; "f" is false in both.
  static let falseWords: Set<String> = ["f", "false", "n", "no", "falso", "falsa", "es falso", "no es cierto"]

  /// Number answers: digits or words in either language, with or without the unit. A bounded answer ("more
  /// than 4 years") is right with its bound in either language ("más de cuatro"), or with the number alone (the
  /// verdict then shows the bound); another bound is wrong. For "about", digits within a tenth count too.
  func checkNumber(_ input: String, question: Question, language: Language) -> CheckResult {
    let expected = expected(question.answer)
    let canonical = expected[language]
    guard case .number(let value, _, let bound) = question.answer, let numbers = prepared(question).numbers else {
      return .verdict(.wrong(expected: expected))
    }
    let reading = NumberBoundWords.split(AnswerNormalizer.normalize(input, stripArticle: false))
    var forgiven: [Forgiveness] = []
    switch (reading.bound, bound) {
    case (nil, nil): break
    case (let said?, let expectedBound?) where said.bound == expectedBound:
      if said.language != language { forgiven.append(Forgiveness(.otherLanguage, canonical: canonical)) }
    case (nil, _?): forgiven.append(Forgiveness(.bound, canonical: canonical))
    default: return .verdict(.wrong(expected: expected))
    }
    if let match = numbers.match(reading.rest, language: language) {
      forgiven += Self.numberForgiveness(match, canonical: canonical)
      return .verdict(.right(forgiven: forgiven, canonical: canonical, expected: expected))
    }
    // "to 60 years" for "To how many years…?", "a 60 años" for "¿A cuántos años…?": the question's own
    // preposition, set aside and said.
    if reading.bound == nil, bound == nil,
      let rest = Self.droppingPreposition(input, prepositions: prepared(question).prepositions),
      let match = numbers.match(AnswerNormalizer.normalize(rest, stripArticle: false), language: language)
    {
      return .verdict(
        .right(
          forgiven: Self.numberForgiveness(match, canonical: canonical)
            + [Forgiveness(.preposition, canonical: canonical)], canonical: canonical, expected: expected))
    }
    // "About 300": a figure within a tenth of it is as good as the source's.
    if bound == .about, reading.bound?.bound != .fewerThan, reading.bound?.bound != .moreThan,
      let typed = NumberBoundWords.digitsValue(reading.rest), abs(typed - value) <= abs(value) / 10
    {
      return .verdict(
        .right(forgiven: [Forgiveness(.bound, canonical: canonical)], canonical: canonical, expected: expected))
    }
    // "noventa y seis meses" for 96 years: wrong, and the verdict says the unit is what is wrong.
    var verdict = Verdict.wrong(expected: expected)
    if case .number(_, let unit?, _) = question.answer, numbers.hasOtherUnit(reading.rest, language: language) {
      verdict.wrongUnit = unit[language].other
    }
    return .verdict(verdict)
  }

  /// Date answers, compared at the precision of the expected date: an answer that gives less is wrong, one that
  /// gives more counts when it agrees at that precision.
  func checkDate(_ input: String, date: CalendarDate, question: Question, language: Language) -> CheckResult {
    let expected = expected(question.answer)
    let canonical = expected[language]
    func matches(_ reading: DateAnswer.Reading?) -> DateAnswer.Reading? {
      guard let reading, reading.date.precision >= date.precision, reading.date.truncated(to: date.precision) == date
      else { return nil }
      return reading
    }
    // "in '05": the two-digit year is written in full first, so that the preposition can be set aside after.
    let (full, expanded) = DateAnswer.expandingShortYear(input, pivotYear: date.year)
    let whole = DateAnswer.read(input, language: language, pivotYear: date.year)
    if let reading = matches(whole) {
      return .verdict(
        .right(
          forgiven: Self.dateForgiveness(reading, canonical: canonical, language: language), canonical: canonical,
          expected: expected))
    }
    // "in 1894", "en octubre de 1894", "on December 8, 2005": the preposition the question implies, set aside.
    let rest = Self.droppingPreposition(full, prepositions: prepared(question).prepositions)
    var restReading = rest.flatMap { DateAnswer.read($0, language: language, pivotYear: date.year) }
    if expanded { restReading?.shortYear = true }
    if let reading = matches(restReading) {
      return .verdict(
        .right(
          forgiven: Self.dateForgiveness(reading, canonical: canonical, language: language)
            + [Forgiveness(.preposition, canonical: canonical)], canonical: canonical, expected: expected))
    }
    // "8/12/2005" in English is August 12: wrong, and the verdict says how the digits were read, so a player
    // who meant December 8 sees why.
    var verdict = Verdict.wrong(expected: expected)
    if let reading = whole ?? restReading, reading.ambiguousOrder {
      verdict.readAs = text.text(.date(reading.date), in: language)
    }
    // "December 2005" for December 8, 2005: right as far as it goes, and the verdict says what is missing.
    if let reading = whole ?? restReading, reading.date.precision < date.precision,
      date.truncated(to: reading.date.precision) == reading.date
    {
      verdict.missing =
        reading.date.precision == .month ? .day : date.precision == .day ? .monthAndDay : .month
    }
    return .verdict(verdict)
  }

  /// True/false: the answer is the question's truth value; when the question holds another kind of answer,
  /// the statement is true when its stated value is the answer (or states none).
  func checkTruth(_ input: String, question: Question, language: Language) -> CheckResult {
    let truth: Bool
    if case .truth(let value) = question.answer {
      truth = value
    } else {
      truth = question.statedValue.map { $0 == question.answer } ?? true
    }
    let expected = expected(.truth(truth))
    let word = AnswerNormalizer.normalize(input, stripArticle: false).folded
    let said: Bool
    if Self.trueWords.contains(word) {
      said = true
    } else if Self.falseWords.contains(word) {
      said = false
    } else {
      return .askAgain(AskAgain(.needsTrueFalse))
    }
    let canonical = expected[language]
    return .verdict(said == truth ? .right(canonical: canonical, expected: expected) : .wrong(expected: expected))
  }

  /// Timelines: every shown letter once, in the order the player thinks right; the credit is the share of pairs
  /// of events typed in the right order (``TimelinePlacement``).
  func checkTimeline(_ input: String, question: Question) -> CheckResult {
    let letters = (0..<question.facts.count).map { Self.letter($0) }
    guard let placement = TimelinePlacement(input: input, question: question) else {
      return .askAgain(AskAgain(.needsLetters, letters: letters))
    }
    let credit = placement.pairs == 0 ? 1 : Double(placement.pairsInOrder) / Double(placement.pairs)
    let order = question.rightOrder.compactMap { question.facts.firstIndex(of: $0) }.map { Self.letter($0) }
    let expectedOrder = order.joined(separator: " ")
    let outcome: Verdict.Outcome = credit >= 1 ? .right : credit <= 0 ? .wrong : .partial
    return .verdict(
      Verdict(outcome: outcome, credit: credit, expected: Localized(en: expectedOrder, es: expectedOrder)))
  }

  /// What a number match let pass.
  static func numberForgiveness(_ match: NumberForms.Match, canonical: String) -> [Forgiveness] {
    var forgiven: [Forgiveness] = []
    if match.otherLanguage { forgiven.append(Forgiveness(.otherLanguage, canonical: canonical)) }
    if match.accents > 0 { forgiven.append(Forgiveness(.accents, canonical: canonical, count: match.accents)) }
    return forgiven
  }

  /// What a date reading let pass.
  static func dateForgiveness(_ reading: DateAnswer.Reading, canonical: String, language: Language) -> [Forgiveness] {
    var forgiven: [Forgiveness] = []
    if reading.otherLanguage { forgiven.append(Forgiveness(.otherLanguage, canonical: canonical)) }
    if reading.otherOrder { forgiven.append(Forgiveness(.dateOrder, canonical: canonical)) }
    if reading.shortYear { forgiven.append(Forgiveness(.shortYear, canonical: canonical)) }
    if let weekday = reading.rightWeekday, DateAnswer.weekdayNames[language].indices.contains(weekday - 1) {
      forgiven.append(Forgiveness(.weekday, canonical: DateAnswer.weekdayNames[language][weekday - 1]))
    }
    return forgiven
  }
}
