import Foundation

/// Says when something falls due, relative to now: "in 10 minutes", "in 3 hours", "tomorrow", "in 5 days",
/// or a date past two weeks ("8 de diciembre de 2026").
public enum DueText {
  /// The words for a due time, from the catalog, in a language; dates are read in UTC.
  public static func text(_ due: Date, now: Date, in language: Language, catalog: Catalog) -> String {
    let seconds = max(0, due.timeIntervalSince(now))
    let minutes = Int((seconds / 60).rounded(.up))
    if minutes < 60 { return catalog.string("due.minutes", in: language, count: max(1, minutes)) }
    let hours = Int((seconds / 3600).rounded())
    if hours < 24 { return catalog.string("due.hours", in: language, count: hours) }
    let days = Int((seconds / 86_400).rounded())
    if days <= 1 { return catalog.string("due.tomorrow", in: language) }
    if days <= 14 { return catalog.string("due.days", in: language, count: days) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: due)
    let date = CalendarDate(year: parts.year ?? 1970, month: parts.month, day: parts.day)
    return catalog.string("due.date", in: language, ["date": DateText.text(date, in: language)])
  }
}
