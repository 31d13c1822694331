/// Writes calendar dates as a careful writer of each language would, at the date's precision.
///
/// English: "December 8, 2005", "March 2009", "2005". Spanish: "8 de diciembre de 2005", "marzo de 2009",
/// "2005". Years are never grouped ("2005", not "2,005").
public enum DateText {
  /// Month names, lowercase in Spanish as Spanish writes them.
  public static let monthNames: Localized<[String]> = Localized(
    en: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ],
    es: [
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre",
    ])

  /// The date alone: "December 8, 2005" / "8 de diciembre de 2005".
  public static func text(_ date: CalendarDate, in language: Language) -> String {
    let year = String(date.year)
    guard let month = date.month, (1...12).contains(month) else { return year }
    let monthName = monthNames[language][month - 1]
    switch (language, date.day) {
    case (.en, nil): return "\(monthName) \(year)"
    case (.en, let day?): return "\(monthName) \(day), \(year)"
    case (.es, nil): return "\(monthName) de \(year)"
    case (.es, let day?): return "\(day) de \(monthName) de \(year)"
    }
  }

  /// A day and month, short, for chart labels: "Dec 8" / "8 dic" (a date without a day gives its month).
  public static func shortDayMonth(_ date: CalendarDate, in language: Language) -> String {
    guard let month = date.month, (1...12).contains(month) else { return String(date.year) }
    let name = String(monthNames[language][month - 1].prefix(3))
    guard let day = date.day else { return name }
    return language == .en ? "\(name) \(day)" : "\(day) \(name)"
  }

  /// The date with the preposition a sentence needs: "on December 8, 2005", "in March 2009" /
  /// "el 8 de diciembre de 2005", "en marzo de 2009".
  public static func when(_ date: CalendarDate, in language: Language) -> String {
    let preposition: String
    switch (language, date.precision) {
    case (.en, .day): preposition = "on"
    case (.en, _): preposition = "in"
    case (.es, .day): preposition = "el"
    case (.es, _): preposition = "en"
    }
    return preposition + " " + text(date, in: language)
  }
}
