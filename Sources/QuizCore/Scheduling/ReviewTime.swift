import Foundation

/// Time arithmetic the way py-fsrs does it with Python's `datetime`/`timedelta`:
/// microsecond resolution, elapsed time counted in whole 24-hour periods.
enum ReviewTime {
  /// Microseconds in one day.
  static let microsecondsPerDay: Int64 = 86_400_000_000
  /// Seconds in one day.
  static let secondsPerDay: TimeInterval = 86_400

  /// `(end - start).days` in Python: the number of whole 24-hour periods from
  /// `start` to `end`, floored (so 86 399 s is 0, 86 400 s is 1, −1 s is −1).
  /// The difference is first rounded to whole microseconds, as `timedelta` holds it.
  static func elapsedDays(from start: Date, to end: Date) -> Int {
    elapsedDays(seconds: end.timeIntervalSince(start))
  }

  /// `elapsedDays(from:to:)` for a difference of times already in seconds.
  @inline(__always)
  static func elapsedDays(seconds: TimeInterval) -> Int {
    let micros = (seconds * 1_000_000).rounded(.toNearestOrEven)
    if let exact = Int64(exactly: micros) {
      return Int(floorDivide(exact, microsecondsPerDay))
    }
    // Beyond ±290 000 years, or NaN: unreachable with real dates.
    let days = (seconds / secondsPerDay).rounded(.down)
    guard days.isFinite else { return days < 0 ? Int(Int32.min) : Int(Int32.max) }
    return Int(max(min(days, 1e15), -1e15))
  }

  /// A duration in seconds as `timedelta(seconds=…)` stores it: whole microseconds.
  static func microseconds(_ seconds: TimeInterval) -> Int64 {
    Int64((seconds * 1_000_000).rounded(.toNearestOrEven))
  }

  /// A whole number of microseconds as seconds.
  static func seconds(microseconds: Int64) -> TimeInterval {
    Double(microseconds) / 1_000_000
  }

  /// Floor division of integers (Python's `//`) for a positive divisor.
  static func floorDivide(_ dividend: Int64, _ divisor: Int64) -> Int64 {
    let quotient = dividend / divisor
    return (dividend % divisor != 0 && dividend < 0) ? quotient - 1 : quotient
  }

  /// `dividend / divisor` rounded half to even, for a positive divisor: CPython's
  /// `_divide_and_round`, used by `timedelta * float` and `timedelta / float`.
  static func divideRoundingHalfToEven(_ dividend: Int64, _ divisor: Int64) -> Int64 {
    let quotient = floorDivide(dividend, divisor)
    let twiceRemainder = (dividend - quotient * divisor) * 2
    if twiceRemainder > divisor || (twiceRemainder == divisor && quotient % 2 != 0) {
      return quotient + 1
    }
    return quotient
  }
}
