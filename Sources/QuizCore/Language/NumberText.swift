/// Writes numbers with their units: "60 years", "1 year", "60 años".
public enum NumberText {
  /// The number in digits: whole numbers without a decimal point; thousands grouped from 10,000 on
  /// ("10,000" in English, "10 000" in Spanish), never for four-digit numbers.
  public static func digits(_ number: Double, in language: Language) -> String {
    guard number.isFinite else { return String(number) }
    if number == number.rounded(), abs(number) < 1e15 {
      let whole = Int(number)
      let plain = String(abs(whole))
      let grouped: String
      if abs(whole) >= 10_000 {
        var groups: [Substring] = []
        var rest = Substring(plain)
        while rest.count > 3 {
          groups.insert(rest.suffix(3), at: 0)
          rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        grouped = groups.joined(separator: language == .en ? "," : " ")
      } else {
        grouped = plain
      }
      return (whole < 0 ? "-" : "") + grouped
    }
    let text = String(number)
    return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
  }

  /// The number with its unit, singular for exactly one, after the words of its bound ("more than 4 years",
  /// "menos de 10 personas", "about 300").
  public static func text(
    _ number: Double, unit: Localized<UnitName>?, bound: NumberBound? = nil, in language: Language
  ) -> String {
    var figure = digits(number, in: language)
    if let unit = unit?[language] { figure += " " + (number == 1 ? unit.one : unit.other) }
    guard let bound else { return figure }
    return boundWords(bound, in: language) + " " + figure
  }

  /// The words a bound is written with before its number: "more than" / "más de", "fewer than" / "menos de",
  /// "about" / "alrededor de".
  public static func boundWords(_ bound: NumberBound, in language: Language) -> String {
    switch (bound, language) {
    case (.moreThan, .en): "more than"
    case (.moreThan, .es): "más de"
    case (.fewerThan, .en): "fewer than"
    case (.fewerThan, .es): "menos de"
    case (.about, .en): "about"
    case (.about, .es): "alrededor de"
    }
  }

  /// The largest count `prose` spells out.
  public static let largestSpelledOut = 10

  /// The number as running text writes it: a whole count from one to ten in words, agreeing in Spanish with
  /// the unit's gender ("three people", "una persona", "un año"), after the words of its bound ("more than
  /// four years"); any other number as `text` writes it.
  public static func prose(
    _ number: Double, unit: Localized<UnitName>?, bound: NumberBound? = nil, in language: Language
  ) -> String {
    guard number == number.rounded(), number >= 1, number <= Double(largestSpelledOut) else {
      return text(number, unit: unit, bound: bound, in: language)
    }
    if let bound { return boundWords(bound, in: language) + " " + prose(number, unit: unit, in: language) }
    let whole = Int(number)
    var word: String
    switch language {
    case .en: word = englishWords[whole]
    case .es:
      word = spanishWords[whole]
      if whole == 1 { word = unit?[.es].gender == .feminine ? "una" : (unit == nil ? "uno" : "un") }
    }
    guard let unit = unit?[language] else { return word }
    return word + " " + (whole == 1 ? unit.one : unit.other)
  }

  private static let englishWords = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  ]
  private static let spanishWords = [
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
  ]
}
