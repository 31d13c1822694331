import Foundation

/// Days in a row with at least one game or review, in the player's local time: the current run (alive while
/// the player played today or yesterday) and the longest ever. Pure: the time zone arrives as an offset from
/// UTC, and "now" as a parameter.
public struct DayStreak: Codable, Sendable, Equatable {
  /// Days in a row up to today (or up to yesterday, when today has no game yet); 0 when the last game is older.
  public var current: Int
  /// The longest run of days in a row.
  public var longest: Int
  /// Whether today already counts.
  public var today: Bool

  /// Creates a streak from its figures.
  public init(current: Int, longest: Int, today: Bool) {
    self.current = current
    self.longest = longest
    self.today = today
  }

  /// The streak of the days on which something happened at `activity` (game starts and ends), seen at `now`
  /// in a time zone `utcOffset` seconds east of UTC.
  public init(activity: [Date], now: Date, utcOffset: Int) {
    let days = Set(activity.map { Self.day($0, utcOffset: utcOffset) }).sorted()
    let todayNumber = Self.day(now, utcOffset: utcOffset)
    var longest = 0
    var run = 0
    var previous: Int?
    for day in days where day <= todayNumber {
      run = previous.map { day == $0 + 1 } == true ? run + 1 : 1
      longest = max(longest, run)
      previous = day
    }
    let last = previous
    self.today = last == todayNumber
    self.current = last.map { $0 >= todayNumber - 1 } == true ? run : 0
    self.longest = longest
  }

  /// The local day of an instant, as a number of days since 1970-01-01 (clamped for absurd dates).
  public static func day(_ date: Date, utcOffset: Int) -> Int {
    let days = ((date.timeIntervalSince1970 + Double(utcOffset)) / 86_400).rounded(.down)
    guard days.isFinite else { return 0 }
    return Int(min(max(days, -1e12), 1e12))
  }
}
