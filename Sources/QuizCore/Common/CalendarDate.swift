/// A calendar date kept as its components and a precision, never as an instant, so it can never shift a day
/// when printed in another time zone.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How much of a date is known.
  public enum Precision: String, Codable, Sendable, Comparable, CaseIterable {
    case year, month, day
    private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
    public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
  }

  /// The year, for example 2005.
  public var year: Int
  /// The month from 1 to 12, when known.
  public var month: Int?
  /// The day of the month, when known (only together with a month).
  public var day: Int?

  /// Creates a date; pass `nil` for the parts that are not known.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// The precision implied by the known components.
  public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

  /// The ISO-8601 form at this precision: `2005`, `2009-03` or `2005-12-08`.
  public var description: String {
    let y = CalendarDate.padded(year, to: 4)
    guard let month else { return y }
    let m = CalendarDate.padded(month, to: 2)
    guard let day else { return "\(y)-\(m)" }
    return "\(y)-\(m)-\(CalendarDate.padded(day, to: 2))"
  }

  static func padded(_ number: Int, to width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists in that month; `nil` otherwise.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0])
    else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) : nil
    let day = parts.count > 2 ? Int(parts[2]) : nil
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day, !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  public static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The proleptic Gregorian date of a count of days since 1970-01-01 (`civil_from_days`).
  public static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The number of days in a month of the proleptic Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Orders dates chronologically; a less precise date sorts before a more precise one in the same period.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// This date truncated to a coarser precision.
  public func truncated(to precision: Precision) -> CalendarDate {
    switch precision {
    case .year: return CalendarDate(year: year)
    case .month: return CalendarDate(year: year, month: month)
    case .day: return self
    }
  }
}

extension CalendarDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: Self.isoProblem(text))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Why `text` is not a date `init(iso:)` reads: a month or day that does not exist ("1894-02-30": February
  /// 1894 has 28 days), or a text not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  static func isoProblem(_ text: String) -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let shaped =
      (1...3).contains(parts.count) && parts[0].count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    guard shaped, let year = Int(parts[0]) else {
      return "\"\(text)\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
    }
    if parts.count > 1, let month = Int(parts[1]), !(1...12).contains(month) {
      return "\"\(text)\": month \(parts[1]) does not exist (months are 01 to 12)"
    }
    if parts.count > 2, let month = Int(parts[1]), Int(parts[2]) != nil {
      let days = daysIn(month: month, year: year)
      let name = DateText.monthNames.en[month - 1]
      return "\"\(text)\": the day does not exist (\(name) \(year) has \(days) days)"
    }
    return "\"\(text)\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
  }
}
