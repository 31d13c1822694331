import Foundation

/// The time of day, as a value: the live clock reads the system's, a test's stands still or steps.
public struct Clock: Sendable {
  /// The current time.
  public var now: @Sendable () -> Date
  /// The local time zone's offset from UTC at an instant, in seconds (where the player's days begin).
  public var utcOffset: @Sendable (Date) -> Int = { TimeZone.current.secondsFromGMT(for: $0) }

  public init(now: @escaping @Sendable () -> Date) { self.now = now }

  /// The system clock.
  public static let live = Clock { Date() }

  /// A clock that always says `date`.
  public static func fixed(_ date: Date) -> Clock {
    var clock = Clock { date }
    clock.utcOffset = { _ in 0 }
    return clock
  }
}
