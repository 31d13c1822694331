import Foundation

/// Time arithmetic the way py-fsrs does it with Python's `datetime`/`timedelta`:
/// microsecond resolution, elapsed time counted in whole 24-hour periods.
///
/// The functions a review calls are `@inlinable`, so a caller in another module (the benchmarks) runs the
/// review without a call per step; they compute exactly what they did before.
@usableFromInline
enum ReviewTime {
  /// Microseconds in one day.
  @inlinable static var microsecondsPerDay: Int64 { 86_400_000_000 }
  /// Seconds in one day.
  @inlinable static var secondsPerDay: TimeInterval { 86_400 }

  /// `(end - start).days` in Python: the number of whole 24-hour periods from
  /// `start` to `end`, floored (so 86 399 s is 0, 86 400 s is 1, −1 s is −1).
  /// The difference is first rounded to whole microseconds, as `timedelta` holds it.
  static func elapsedDays(from start: Date, to end: Date) -> Int {
    elapsedDays(seconds: end.timeIntervalSince(start))
  }

  /// `elapsedDays(from:to:)` for a difference of times already in seconds.
  @inlinable @inline(__always)
  static func elapsedDays(seconds: TimeInterval) -> Int {
    let scaled = seconds * 1_000_000
    // Under 2^52 µs (143 years) the rounded value is a whole number that fits: the same as the general path
    // below, without its `trunc` call (`Int64(exactly:)`).
    if scaled > -4_503_599_627_370_496.0, scaled < 4_503_599_627_370_496.0 {
      return Int(floorDivide(Int64(roundedToNearestEven(scaled)), microsecondsPerDay))
    }
    if let exact = Int64(exactly: scaled.rounded(.toNearestOrEven)) {
      return Int(floorDivide(exact, microsecondsPerDay))
    }
    // Beyond ±290 000 years, or NaN: unreachable with real dates.
    return elapsedDaysBeyondRange(seconds: seconds)
  }

  @usableFromInline
  static func elapsedDaysBeyondRange(seconds: TimeInterval) -> Int {
    let days = (seconds / secondsPerDay).rounded(.down)
    guard days.isFinite else { return days < 0 ? Int(Int32.min) : Int(Int32.max) }
    return Int(max(min(days, 1e15), -1e15))
  }

  /// `value.rounded(.toNearestOrEven)`, without a call to `rint` when `|value| < 2^52` (every time a review
  /// meets): adding and subtracting 2^52 rounds to an integer, ties to even, in the default rounding mode,
  /// and both steps are exact, so the result is the same to the bit (−0.0 included, which `rint` keeps).
  @inlinable @inline(__always)
  static func roundedToNearestEven(_ value: Double) -> Double {
    let shift = 4_503_599_627_370_496.0  // 2^52
    if value > 0, value < shift {
      return (value + shift) - shift
    }
    if value < 0, value > -shift {
      // rint keeps the sign of a negative value rounded to 0; (value - 2^52) + 2^52 would make it +0.0.
      let rounded = (value - shift) + shift
      return rounded == 0 ? -0.0 : rounded
    }
    // ±0, |value| ≥ 2^52 (already whole), infinities and NaN.
    return value.rounded(.toNearestOrEven)
  }

  /// A duration in seconds as `timedelta(seconds=…)` stores it: whole microseconds.
  static func microseconds(_ seconds: TimeInterval) -> Int64 {
    Int64((seconds * 1_000_000).rounded(.toNearestOrEven))
  }

  /// A whole number of microseconds as seconds.
  @inlinable @inline(__always)
  static func seconds(microseconds: Int64) -> TimeInterval {
    Double(microseconds) / 1_000_000
  }

  /// Floor division of integers (Python's `//`) for a positive divisor.
  @inlinable @inline(__always)
  static func floorDivide(_ dividend: Int64, _ divisor: Int64) -> Int64 {
    let quotient = dividend / divisor
    return (dividend % divisor != 0 && dividend < 0) ? quotient - 1 : quotient
  }

  /// `dividend / divisor` rounded half to even, for a positive divisor: CPython's
  /// `_divide_and_round`, used by `timedelta * float` and `timedelta / float`.
  @usableFromInline
  static func divideRoundingHalfToEven(_ dividend: Int64, _ divisor: Int64) -> Int64 {
    let quotient = floorDivide(dividend, divisor)
    let twiceRemainder = (dividend - quotient * divisor) * 2
    if twiceRemainder > divisor || (twiceRemainder == divisor && quotient % 2 != 0) {
      return quotient + 1
    }
    return quotient
  }
}
