import Foundation

extension GameSession {
  /// What the hints taken so far reveal, shown under the question.
  func revealedLetters(_ question: Question) -> String? {
    revealed(question, level: hints)
  }

  /// What `level` hints reveal. A timeline: its first event. A number: a range around a one-digit number, the
  /// leading digits of a longer one (see `revealedNumber`). A date: its decade, then its year and month (see
  /// `revealedDate`). Any other typed answer: the first letter of each word, then half of each word.
  func revealed(_ question: Question, level: Int) -> String? {
    guard level > 0, question.kind != .choice, question.kind != .truefalse else { return nil }
    let rendered = renderer.render(question, in: language)
    switch question.kind {
    case .timeline:
      let first = rendered.answer.split(separator: " ").first.map(String.init) ?? ""
      return catalog.string("hint.timelineFirst", in: language, ["letter": first])
    case .number:
      if case .number(let number, let unit, let bound) = question.answer {
        return Self.revealedNumber(
          number, unit: unit, bound: bound, level: level, in: language, salt: question.id.rawValue)
      }
    case .date:
      if case .date(let date) = question.answer { return Self.revealedDate(date, level: level, in: language) }
    default: break
    }
    return rendered.answer.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      let letters = Array(word)
      let shown = level >= 2 ? max(1, (letters.count + 1) / 2) : 1
      return String(
        letters.enumerated().map { offset, character in
          offset < shown || !(character.isLetter || character.isNumber) ? character : "_"
        })
    }.joined(separator: " ")
  }

  /// A number's hint, with its unit written out and a bound's words kept ("more than 4__ years").
  ///
  /// - A whole number from 0 to 9: a range of five that holds it ("between 1 and 5 people"), then a range of
  ///   three inside it. Where the answer sits in the range depends on `salt` (the question's id), so the same
  ///   question always gets the same range and the answer is not always in the middle.
  /// - A longer number: its first digit ("6_ years", "2___ days"), then its leading half ("26__ days"); never
  ///   all of its digits.
  static func revealedNumber(
    _ number: Double, unit: Localized<UnitName>?, bound: NumberBound? = nil, level: Int, in language: Language,
    salt: String = ""
  ) -> String {
    // A bound's words come first and stay shown: "more than 4__ years" says what kind of answer is wanted.
    let lead = bound.map { NumberText.boundWords($0, in: language) + " " } ?? ""
    let text = NumberText.text(number, unit: unit, bound: bound, in: language).dropFirst(lead.count)
    let figure = NumberText.digits(number, in: language)
    if number == number.rounded(), (0...9).contains(number) {
      let range = hintRange(Int(number), level: level, salt: salt)
      let words =
        language == .en
        ? "between \(range.lowerBound) and \(range.upperBound)"
        : "entre \(range.lowerBound) y \(range.upperBound)"
      let unitName = unit?[language].other
      // "more than between 1 and 5 years" would not read: a bounded number keeps its blank and its bound, and
      // the range follows in brackets.
      if bound != nil { return lead + "_" + (unitName.map { " " + $0 } ?? "") + " (" + words + ")" }
      return words + (unitName.map { " " + $0 } ?? "")
    }
    let digits = figure.filter(\.isNumber).count
    let shown = min(level >= 2 ? max(1, digits / 2) : 1, digits - 1)
    var seen = 0
    let masked = String(
      figure.map { character -> Character in
        guard character.isNumber else { return character }
        seen += 1
        return seen <= shown ? character : "_"
      })
    return lead + masked + text.dropFirst(figure.count)
  }

  /// The range a one-digit answer's hint gives: five numbers at the first hint, three inside them at the
  /// second, never below 1 for a positive answer, placed by `salt`.
  static func hintRange(_ answer: Int, level: Int, salt: String) -> ClosedRange<Int> {
    var rng = SplitMix64(seed: 0, salt: salt + ".numberHint")
    let floor = answer >= 1 ? 1 : 0
    func window(_ width: Int, within outer: ClosedRange<Int>) -> ClosedRange<Int> {
      let low = max(outer.lowerBound, answer - (width - 1))...min(answer, outer.upperBound - (width - 1))
      let start = Int.random(in: low, using: &rng)
      return start...(start + width - 1)
    }
    let wide = window(5, within: floor...(answer + 4))
    return level >= 2 ? window(3, within: wide) : wide
  }

  /// A date's hint: first its decade with the day and month masked ("________ _, 200_", "_ de ________ de
  /// 200_"), then its year with the month shown ("December _, 2005", "_ de diciembre de 2005"), or the month's
  /// first letter when the day is not asked ("M____ 2009"). A year alone has only the first hint.
  static func revealedDate(_ date: CalendarDate, level: Int, in language: Language) -> String {
    func mask(_ text: String, keep: Int = 0) -> String {
      String(
        text.enumerated().map { $0.offset < keep || !($0.element.isLetter || $0.element.isNumber) ? $0.element : "_" })
    }
    let year = String(date.year)
    let shownYear = level >= 2 ? year : String(year.dropLast()) + "_"
    guard let monthNumber = date.month, (1...12).contains(monthNumber) else { return shownYear }
    let monthName = DateText.monthNames[language][monthNumber - 1]
    let day = date.day.map { mask(String($0)) }
    let month = level >= 2 ? (day == nil ? mask(monthName, keep: 1) : monthName) : mask(monthName)
    switch (language, day) {
    case (.en, nil): return "\(month) \(shownYear)"
    case (.en, let day?): return "\(month) \(day), \(shownYear)"
    case (.es, nil): return "\(month) de \(shownYear)"
    case (.es, let day?): return "\(day) de \(month) de \(shownYear)"
    }
  }
}
