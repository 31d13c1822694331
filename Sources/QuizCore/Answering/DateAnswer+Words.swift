/// The parts of a typed date that are not digits: a day written as a word ("ocho de diciembre", "the eighth of
/// December", "December twenty-fifth"), and a year in two digits after an apostrophe ("in '05", "March '09").
extension DateAnswer {
  /// The longest spelling of a day of the month, in words ("twenty five" is 2, "veinte y cinco" 3).
  static let longestDayInWords = 3

  /// Every spelling of the days 1 to 31 in either language, folded: the cardinals of both languages
  /// ("ocho", "veinticinco", "twenty-five"), the English ordinals ("eighth", "twenty-fifth", "first") and
  /// Spanish's "primero" for the first day of a month.
  static let dayWords: [String: Int] = {
    var table: [String: Int] = [:]
    func add(_ text: String, _ day: Int) {
      let folded = AnswerNormalizer.normalize(text, stripArticle: false).folded
      if table[folded] == nil { table[folded] = day }
    }
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ]
    for day in 1...31 {
      for language in Language.allCases {
        for form in NumberWords.forms(day, in: language) { add(form, day) }
      }
      let ones = day % 10
      if day < 20 {
        add(ordinals[day - 1], day)
      } else if ones == 0 {
        add(day == 20 ? "twentieth" : "thirtieth", day)
      } else {
        let tens = day < 30 ? "twenty" : "thirty"
        add("\(tens)-\(ordinals[ones - 1])", day)
      }
    }
    add("primero", 1)
    add("1ro", 1)
    return table
  }()

  /// The longest run of words from `start` that spells a day of the month, and where it ends.
  static func dayInWords(_ words: [Substring], from start: Int) -> (day: Int, end: Int)? {
    var end = min(words.endIndex, start + longestDayInWords)
    while end > start {
      if let day = dayWords[words[start..<end].joined(separator: " ")] { return (day, end) }
      end -= 1
    }
    return nil
  }

  /// The input with a year written as an apostrophe and two digits ("'05", "’09") replaced by the year in
  /// full, in the century nearest `pivotYear` (the year the answer is about), and whether one was. Without a
  /// pivot, or with no such year, the input is returned as it is.
  public static func expandingShortYear(_ input: String, pivotYear: Int?) -> (text: String, expanded: Bool) {
    guard let pivotYear else { return (input, false) }
    let apostrophes: Set<Character> = ["'", "’", "‘", "`", "´"]
    let characters = Array(input)
    var result = ""
    var expanded = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let startsWord = index == 0 || characters[index - 1].isWhitespace || characters[index - 1] == ","
      if apostrophes.contains(character), startsWord, characters.count > index + 2,
        let tens = characters[index + 1].wholeNumberValue, characters[index + 1].isASCII,
        let ones = characters[index + 2].wholeNumberValue, characters[index + 2].isASCII,
        index + 3 == characters.count || !(characters[index + 3].isLetter || characters[index + 3].isNumber)
      {
        result += String(nearestYear(tens * 10 + ones, pivotYear: pivotYear))
        expanded = true
        index += 3
        continue
      }
      result.append(character)
      index += 1
    }
    return (result, expanded)
  }

  /// The year ending in `typed` (0–99) nearest `pivotYear`.
  static func nearestYear(_ typed: Int, pivotYear: Int) -> Int {
    let century = pivotYear - ((pivotYear % 100) + 100) % 100
    return [century - 100, century, century + 100].map { $0 + typed }.min {
      abs($0 - pivotYear) < abs($1 - pivotYear)
    } ?? century + typed
  }
}
