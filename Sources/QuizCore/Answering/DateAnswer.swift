/// Reads a typed date from a short, fixed list of strict forms, in either language.
///
/// Accepted (with or without "de", "of", "the", "on", "in", "en", "el", commas and ordinal endings):
/// - day, month name, year: "8 de diciembre de 2005", "8 diciembre 2005", "8 December 2005", "the 8th of
///   December, 2005";
/// - month name, day, year: "December 8, 2005", "Dec 8 2005", "dic 8 2005";
/// - month name, year: "March 2009", "marzo de 2009", "in March 2009";
/// - a year alone: "2013", "en 2013", "in 2013";
/// - digits: "2005-12-08", "2009-03", "03/2009", and a slashed (or dotted) day and month whose order the
///   current language decides: "8/12/2005" in Spanish, "12/8/2005" in English.
///
/// Decision on slashed dates: the current language's order is tried first. When it gives no valid date but the
/// other order does (a day above 12: "25/12/2005" in English), the date is read the other way and the reading
/// says so (`otherOrder`), so the verdict can show the date as the current language writes it. When both orders
/// are valid ("12/8/2005"), only the current language's order counts: accepting the other order whenever it
/// happens to give the answer would accept "8/12/2005" from a player who meant August 12. The reading says it
/// was ambiguous (`ambiguousOrder`), and a wrong verdict then says how the digits were read ("Read as August
/// 12, 2005"), so a player who wrote the day first sees why.
///
/// A day may be written in words in either language ("ocho de diciembre de 2005", "the eighth of December,
/// 2005"), and a year as an apostrophe and two digits ("in '05", "March '09"), read like a two-digit year below.
///
/// Years have four digits, or are written in words in either language ("dos mil cinco", "two thousand and
/// five", and English's pairs: "nineteen ninety-nine", "twenty oh five").
///
/// Decision on two-digit years: read only where nothing else than a year can stand: in an all-digit day, month
/// and year ("25/08/22", "8.12.05"); last, after a month and a day ("8 dic 05", "December 8th, 05"); after
/// "del", "of" or "en el" ("enero del 13", "March of 09", "en el 05"); after an apostrophe ("in '05"). "enero
/// 13" stays January 13, never 2013. A two-digit year is read only when the caller gives the year the answer is
/// about (`pivotYear`): the year is taken in the century that puts it nearest that year, as a reader who knows
/// the case's era would (for a bank on the 1990s, "del 98" is 1998 and "del 05" 2005), and the reading says so
/// (`shortYear`), so the verdict shows the date in full. "25/08/21" for a 2022 date reads as 2021 and stays
/// wrong.
///
/// Decision on weekdays: a weekday may come with a full date ("jueves 8 de diciembre de 2005", "Thursday,
/// December 8, 2005"). The date is what a question asks, so a right date with the wrong weekday still reads as
/// that date, and the reading carries the date's real weekday (`rightWeekday`) for the verdict to teach ("that
/// day was a Thursday"), as a careful teacher would mark it: right, with a note. A weekday with a date that has
/// no day ("jueves diciembre de 2005"), or two weekdays, is not a date. Month and weekday names are not
/// typo-corrected ("setiembre" is a real spelling and is accepted). Anything else is not a date.
public enum DateAnswer {
  /// A date read from an answer.
  public struct Reading: Sendable, Equatable {
    /// The date, at the precision the player gave.
    public var date: CalendarDate
    /// Whether the month was named in a word only the other language uses ("December" in Spanish).
    public var otherLanguage: Bool
    /// Whether a slashed date was readable only in the other language's day/month order.
    public var otherOrder: Bool
    /// Whether the year was typed in two digits and read in the century nearest the expected date.
    public var shortYear: Bool = false
    /// When a weekday named with the date is not that date's: the date's real weekday, 1 (Monday) to 7.
    public var rightWeekday: Int?
    /// Whether the date was written in digits whose day and month could be read either way ("8/12/2005"), and
    /// was read in the current language's order: a verdict on a wrong answer says how it was read.
    public var ambiguousOrder: Bool = false

    /// Creates a reading.
    public init(date: CalendarDate, otherLanguage: Bool = false, otherOrder: Bool = false) {
      self.date = date
      self.otherLanguage = otherLanguage
      self.otherOrder = otherOrder
    }
  }

  /// Reads a typed date; `nil` when the text is not one of the accepted forms or not a real date. With
  /// `pivotYear`, a two-digit year in an all-digit date is read in the century nearest it.
  public static func read(_ input: String, language: Language, pivotYear: Int? = nil) -> Reading? {
    let (text, expanded) = expandingShortYear(input, pivotYear: pivotYear)
    guard
      var reading = read(
        AnswerNormalizer.normalize(text, stripArticle: false), language: language, pivotYear: pivotYear)
    else { return nil }
    if expanded { reading.shortYear = true }
    return reading
  }

  /// Reads a date from an answer already normalized (without removing its article).
  public static func read(_ answer: NormalizedAnswer, language: Language, pivotYear: Int? = nil) -> Reading? {
    let words = answer.words
    var tokens: [Token] = []
    var weekday: (day: Int, languages: Set<Language>)?
    var index = words.startIndex
    // Whether the last token came right after "del", "of" or "en el", which announce a year.
    var lastAfterYearCue = false
    while index < words.endIndex {
      let word = words[index]
      if fillers.contains(word) {
        index += 1
      } else if let token = token(word) {
        tokens.append(token)
        lastAfterYearCue = index > words.startIndex && Self.announcesYear(words[..<index])
        index += 1
      } else if let day = weekdays[word], weekday == nil {
        weekday = day
        index += 1
      } else if let year = yearInWords(words, from: index) {
        tokens.append(.number(year.year, digits: 4))
        index = year.end
      } else if let day = dayInWords(words, from: index) {
        // "ocho de diciembre", "the eighth of December": a day in words is a day, never a month.
        tokens.append(.ordinal(day.day))
        index = day.end
      } else {
        return nil
      }
    }
    var languages = tokens.compactMap { token -> Set<Language>? in
      if case .month(_, let languages) = token { return languages }
      return nil
    }
    if let weekday { languages.append(weekday.languages) }
    var shortYear = false
    if let pivotYear, tokens.count == 3, tokens.allSatisfy({ $0.plainSmall != nil }),
      case .number(let typed, 2) = tokens[2]
    {
      tokens[2] = .number(nearestYear(typed, pivotYear: pivotYear), digits: 4)
      shortYear = true
    } else if let pivotYear, let last = tokens.last, case .number(let typed, 2) = last,
      lastAfterYearCue || (tokens.count == 3 && tokens.dropLast().contains { $0.month != nil })
    {
      // "8 dic 05", "December 8th, 05", "enero del 13", "march of 09", "en el 05": two digits after a month
      // and a day, or after "del", "of" or "en el", can only be a year.
      tokens[tokens.count - 1] = .number(nearestYear(typed, pivotYear: pivotYear), digits: 4)
      shortYear = true
    }
    guard var reading = reading(tokens, language: language) else { return nil }
    reading.shortYear = shortYear
    reading.ambiguousOrder = Self.isAmbiguousOrder(tokens)
    if let weekday {
      guard let day = reading.date.day, let month = reading.date.month else { return nil }
      let actual = Self.weekday(year: reading.date.year, month: month, day: day)
      if actual != weekday.day { reading.rightWeekday = actual }
    }
    reading.otherLanguage = languages.contains { !$0.contains(language) }
    return reading
  }

  /// Whether the words before a token end with "del", "of" or "en el", which put a year after them ("enero del
  /// 13", "March of 09", "en el 05"); "de" does not, as it also stands between a day and its month.
  private static func announcesYear(_ before: ArraySlice<Substring>) -> Bool {
    guard let last = before.last else { return false }
    if last == "del" || last == "of" { return true }
    return last == "el" && before.dropLast().last == "en"
  }

  /// A part of a date without its year: a month ("March", "marzo"), or a month and a day ("August 25", "25 de
  /// agosto", "the twenty-fifth of August"). Enough to pick one option among dates, never to answer a typed date.
  public struct Fragment: Sendable, Equatable {
    /// The month, 1 to 12, when one was given.
    public var month: Int?
    /// The day, when one was given.
    public var day: Int?
    /// The weekday named, 1 (Monday) to 7, when one was given.
    public var weekday: Int?

    /// Whether a date agrees with the fragment: its month, day and weekday, each when the fragment has one.
    public func fits(_ date: CalendarDate) -> Bool {
      if let month, date.month != month { return false }
      if let day, date.day != day { return false }
      if let weekday {
        guard let dateMonth = date.month, let dateDay = date.day else { return false }
        return DateAnswer.weekday(year: date.year, month: dateMonth, day: dateDay) == weekday
      }
      return true
    }
  }

  /// Reads a month, or a month and a day, with no year, or a day with a weekday or an ordinal ending ("Thursday
  /// the 25th", "the 25th", "jueves 25"), and a weekday with any of them; `nil` for anything else. A bare number
  /// ("25") is no fragment: it may be a letter's position or an option's value.
  public static func fragment(_ answer: NormalizedAnswer) -> Fragment? {
    let words = answer.words
    var month: Int?
    var day: Int?
    var weekday: Int?
    var plainDay = false
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      if fillers.contains(word) {
        index += 1
        continue
      }
      if let token = token(word) {
        switch token {
        case .month(let value, _) where month == nil: month = value
        case .ordinal(let value) where day == nil: day = value
        case .number(let value, let digits) where digits <= 2 && day == nil:
          day = value
          plainDay = true
        default: return nil
        }
        index += 1
      } else if weekday == nil, let named = weekdays[word] {
        weekday = named.day
        index += 1
      } else if day == nil, let spelled = dayInWords(words, from: index) {
        day = spelled.day
        index = spelled.end
      } else {
        return nil
      }
    }
    if let day, !(1...31).contains(day) { return nil }
    guard month != nil || (day != nil && (weekday != nil || !plainDay)) else { return nil }
    return Fragment(month: month, day: day, weekday: weekday)
  }

  /// The names of the weekdays, Monday first, as a verdict writes them.
  public static let weekdayNames = Localized(
    en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    es: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])

  /// The day of the week of a date in the proleptic Gregorian calendar: 1 for Monday … 7 for Sunday.
  static func weekday(year: Int, month: Int, day: Int) -> Int {
    // 1970-01-01 was a Thursday.
    let days = CalendarDate.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
    return Int(((days + 3) % 7 + 7) % 7) + 1
  }

  private enum Token {
    /// Digits, with how many there were.
    case number(Int, digits: Int)
    /// Digits with an ordinal ending ("8th", "1º"): a day.
    case ordinal(Int)
    /// A month name or abbreviation, with the languages that use it.
    case month(Int, Set<Language>)

    var year: Int? {
      if case .number(let value, 4) = self { return value }
      return nil
    }

    /// A day or month number: one or two digits, or an ordinal.
    var small: Int? {
      switch self {
      case .number(let value, let digits) where digits <= 2: value
      case .ordinal(let value): value
      default: nil
      }
    }

    var plainSmall: Int? {
      if case .number(let value, let digits) = self, digits <= 2 { return value }
      return nil
    }

    var month: Int? {
      if case .month(let value, _) = self { return value }
      return nil
    }
  }

  private static let fillers: Set<Substring> = ["de", "del", "of", "the", "on", "in", "en", "el", "year", "año"]
  private static let ordinalEndings: Set<Substring> = ["st", "nd", "rd", "th", "º", "ª", "o", "ro", "er", "ero"]

  private static let months: [Substring: (Int, Set<Language>)] = {
    var table: [Substring: (Int, Set<Language>)] = [:]
    func add(_ words: [String], _ language: Language) {
      for (offset, word) in words.enumerated() {
        let key = Substring(AnswerNormalizer.normalize(word, stripArticle: false).folded)
        let languages = (table[key]?.1 ?? []).union([language])
        table[key] = (offset + 1, languages)
      }
    }
    add(DateText.monthNames.en, .en)
    add(DateText.monthNames.es, .es)
    add(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], .en)
    add(["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"], .es)
    table["sept"] = (9, [.en, .es])
    table["setiembre"] = (9, [.es])
    table["set"] = (9, [.es])
    return table
  }()

  private static let weekdays: [Substring: (day: Int, languages: Set<Language>)] = {
    var table: [Substring: (day: Int, languages: Set<Language>)] = [:]
    func add(_ words: [[String]], _ language: Language) {
      for (offset, spellings) in words.enumerated() {
        for word in spellings {
          let key = Substring(AnswerNormalizer.normalize(word, stripArticle: false).folded)
          table[key] = (offset + 1, (table[key]?.languages ?? []).union([language]))
        }
      }
    }
    add(
      [
        ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
        ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
      ], .en)
    add(
      [
        ["lunes", "lun"], ["martes", "mar"], ["miércoles", "mié", "mier"], ["jueves", "jue"], ["viernes", "vie"],
        ["sábado", "sáb"], ["domingo", "dom"],
      ], .es)
    table["mar"] = nil  // "mar" is March (and "martes" is short enough to type)
    return table
  }()

  /// The years that may be written in words.
  static let yearsInWords = 1000...2199
  /// The longest spelling of a year in words, in words ("one thousand nine hundred and ninety-nine" is 7).
  private static let longestYearInWords = 8

  /// Every spelling of the years in ``yearsInWords`` in either language, folded, built when a date answer
  /// first holds a word that is neither digits, a month nor a weekday.
  private static let yearWords: [String: Int] = {
    var table: [String: Int] = [:]
    func add(_ text: String, _ year: Int) {
      let folded = AnswerNormalizer.normalize(text, stripArticle: false).folded
      if table[folded] == nil { table[folded] = year }
    }
    for year in yearsInWords {
      for language in Language.allCases {
        for form in NumberWords.forms(year, in: language) { add(form, year) }
      }
      // English reads most years in pairs: "nineteen ninety-nine", "twenty oh five", "nineteen hundred".
      let (high, low) = (year / 100, year % 100)
      for head in NumberWords.forms(high, in: .en) {
        if low == 0 {
          add(head + " hundred", year)
        } else if low < 10 {
          for tail in NumberWords.forms(low, in: .en) { add(head + " oh " + tail, year) }
        } else {
          for tail in NumberWords.forms(low, in: .en) { add(head + " " + tail, year) }
        }
      }
    }
    return table
  }()

  /// The longest run of words from `start` that spells a year, and where it ends.
  private static func yearInWords(_ words: [Substring], from start: Int) -> (year: Int, end: Int)? {
    var end = min(words.endIndex, start + longestYearInWords)
    while end > start {
      if let year = yearWords[words[start..<end].joined(separator: " ")] { return (year, end) }
      end -= 1
    }
    return nil
  }

  private static func token(_ word: Substring) -> Token? {
    if let month = months[word] { return .month(month.0, month.1) }
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
    let ending = word.dropFirst(digits.count)
    if ending.isEmpty { return .number(value, digits: digits.count) }
    guard digits.count <= 2, ordinalEndings.contains(ending) else { return nil }
    return .ordinal(value)
  }

  /// Whether a day, month and year in digits could be read both ways round: both first numbers are 1 to 12 and
  /// differ.
  private static func isAmbiguousOrder(_ tokens: [Token]) -> Bool {
    guard tokens.count == 3, tokens[2].year != nil, let first = tokens[0].plainSmall, let second = tokens[1].plainSmall
    else { return false }
    return first != second && (1...12).contains(first) && (1...12).contains(second)
  }

  private static func reading(_ tokens: [Token], language: Language) -> Reading? {
    switch tokens.count {
    case 1:
      return tokens[0].year.map { Reading(date: CalendarDate(year: $0)) }
    case 2:
      if let month = tokens[0].month ?? tokens[0].plainSmall, let year = tokens[1].year {
        return make(year: year, month: month, day: nil)
      }
      if let year = tokens[0].year, let month = tokens[1].plainSmall {
        return make(year: year, month: month, day: nil)
      }
      return nil
    case 3:
      return threeParts(tokens, language: language)
    default:
      return nil
    }
  }

  private static func threeParts(_ tokens: [Token], language: Language) -> Reading? {
    if let year = tokens[2].year {
      if let day = tokens[0].small, let month = tokens[1].month { return make(year: year, month: month, day: day) }
      if let month = tokens[0].month, let day = tokens[1].small { return make(year: year, month: month, day: day) }
      guard let first = tokens[0].plainSmall, let second = tokens[1].plainSmall else { return nil }
      let (day, month) = language == .es ? (first, second) : (second, first)
      if let reading = make(year: year, month: month, day: day) { return reading }
      guard var swapped = make(year: year, month: day, day: month) else { return nil }
      swapped.otherOrder = true
      return swapped
    }
    if let year = tokens[0].year, let month = tokens[1].plainSmall, let day = tokens[2].plainSmall {
      return make(year: year, month: month, day: day)
    }
    return nil
  }

  private static func make(year: Int, month: Int, day: Int?) -> Reading? {
    guard (1...12).contains(month) else { return nil }
    if let day, !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
    return Reading(date: CalendarDate(year: year, month: month, day: day))
  }
}
