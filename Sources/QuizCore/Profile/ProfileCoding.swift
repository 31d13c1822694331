import Foundation

/// How profiles and their journal lines are written as JSON.
///
/// Dates are UTC ISO 8601 strings with milliseconds (`2026-03-01T18:04:05.123Z`), readable in a diff, and
/// every date the profile stores is first rounded to the millisecond (``normalized(_:)``), so a date read
/// back from disk is bit-for-bit the date that was folded in memory: replaying a journal reproduces the
/// profile exactly. Keys are sorted so two snapshots of the same profile are byte-identical.
public enum ProfileCoding {
  /// An encoder for profile snapshots: pretty-printed, sorted keys, millisecond dates.
  public static func snapshotEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(string(from: date))
    }
    return encoder
  }

  /// An encoder for journal lines: one line per value, sorted keys, millisecond dates.
  public static func lineEncoder() -> JSONEncoder {
    let encoder = snapshotEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// A decoder that reads the dates these encoders write (and any ISO 8601 UTC or offset date, with or
  /// without fractional seconds).
  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = date(from: text) else {
        throw DecodingError.dataCorruptedError(
          in: container,
          debugDescription: "Expected an ISO 8601 date such as 2026-03-01T18:04:05.123Z, found \"\(text)\"")
      }
      return date
    }
    return decoder
  }

  /// The date rounded to the millisecond, the precision the profile stores.
  public static func normalized(_ date: Date) -> Date {
    Self.date(milliseconds: milliseconds(date))
  }

  /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC.
  public static func string(from date: Date) -> String {
    let ms = milliseconds(date)
    let (days, msOfDay) = floorDivide(ms, 86_400_000)
    let (year, month, day) = CalendarDate.civil(fromDays: days)
    let hour = msOfDay / 3_600_000
    let minute = msOfDay / 60_000 % 60
    let second = msOfDay / 1000 % 60
    let milli = msOfDay % 1000
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":"
      + pad(second, 2) + "." + pad(milli, 3) + "Z"
  }

  /// Parses `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)`; `nil` if the text is not such a date.
  public static func date(from text: String) -> Date? {
    let bytes = Array(text.utf8)
    func number(_ start: Int, _ length: Int) -> Int64? {
      guard start + length <= bytes.count else { return nil }
      var value: Int64 = 0
      for byte in bytes[start..<start + length] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int64(byte - 48)
      }
      return value
    }
    func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
    guard let year = number(0, 4), byte(4) == 45, let month = number(5, 2), byte(7) == 45,
      let day = number(8, 2), byte(10) == 84 || byte(10) == 32, let hour = number(11, 2), byte(13) == 58,
      let minute = number(14, 2), byte(16) == 58, let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var fraction: Int64 = 0
    if byte(index) == 46 {
      index += 1
      var digits = 0
      while let b = byte(index), b >= 48, b <= 57 {
        if digits < 3 { fraction = fraction * 10 + Int64(b - 48) }
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      while digits < 3 {
        fraction *= 10
        digits += 1
      }
    }
    var offsetMinutes: Int64 = 0
    switch byte(index) {
    case 90:  // Z
      index += 1
    case 43, 45:  // + or -
      guard let offsetHours = number(index + 1, 2), byte(index + 3) == 58, let offsetMins = number(index + 4, 2)
      else { return nil }
      offsetMinutes = (offsetHours * 60 + offsetMins) * (byte(index) == 45 ? -1 : 1)
      index += 6
    default: return nil
    }
    guard index == bytes.count else { return nil }
    let days = CalendarDate.daysFromCivil(year: year, month: month, day: day)
    let ms = ((days * 86_400 + hour * 3600 + minute * 60 + second) - offsetMinutes * 60) * 1000 + fraction
    return Self.date(milliseconds: ms)
  }

  /// The date in milliseconds since 1970, held within years 0000…9999: the only dates the text form can write
  /// and read back. A date outside (read with an offset from `0000-01-01`, or a due date pushed past 9999)
  /// would otherwise be written as text that no longer parses, and the whole profile would be unreadable.
  static func milliseconds(_ date: Date) -> Int64 {
    let value = (date.timeIntervalSince1970 * 1000).rounded()
    guard value.isFinite else { return 0 }
    return Int64(max(min(value, Double(latestMilliseconds)), Double(earliestMilliseconds)))
  }

  /// `0000-01-01T00:00:00.000Z` and `9999-12-31T23:59:59.999Z` in milliseconds since 1970.
  static let earliestMilliseconds: Int64 = -62_167_219_200_000
  static let latestMilliseconds: Int64 = 253_402_300_799_999

  static func date(milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds) / 1000)
  }

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }

  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = ((value % divisor) + divisor) % divisor
    return ((value - remainder) / divisor, remainder)
  }
}
