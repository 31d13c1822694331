import Foundation

/// Interval fuzz of py-fsrs 6.3.2 (`_get_fuzzed_interval`, `FUZZ_RANGES`).
extension Scheduler {
  /// Day intervals below this are never fuzzed.
  static let minimumFuzzedDays = 2.5

  /// `(start, end, factor)` of each fuzz range: ±15 % of days 2.5–7, ±10 % of
  /// days 7–20 and ±5 % beyond, on top of ±1 day.
  static let fuzzRanges: [(start: Double, end: Double, factor: Double)] = [
    (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
  ]

  /// The fuzzed interval for `days` given a uniform draw `u` in `0..<1`, exactly as
  /// py-fsrs computes it with `random() == u`. Because py-fsrs rounds (rather than
  /// floors) the draw, the result ranges over `lo...hi + 1`, with `lo` and `hi + 1`
  /// half as likely as the values between; it never exceeds the maximum interval.
  func fuzzedIntervalDays(_ days: Int, u: Double) -> Int {
    let ivl = Double(days)
    guard ivl >= Self.minimumFuzzedDays else { return days }
    var delta = 1.0
    for range in Self.fuzzRanges {
      delta += range.factor * max(min(ivl, range.end) - range.start, 0.0)
    }
    let maximum = parameters.maximumInterval
    var low = max(2, Int((ivl - delta).rounded(.toNearestOrEven)))
    let high = min(Int((ivl + delta).rounded(.toNearestOrEven)), maximum)
    low = min(low, high)
    let drawn = u * Double(high - low + 1) + Double(low)
    return min(Int(drawn.rounded(.toNearestOrEven)), maximum)
  }
}
