import Foundation

/// Which stability formula a review used.
public enum MemoryUpdate: String, Codable, Sendable, Hashable {
  /// First review of a new card: initial stability and difficulty from the rating.
  case initial
  /// Reviewed less than 24 hours after the previous review: same-day stability update.
  case shortTerm
  /// Reviewed 24 hours or more after the previous review: recall or forget stability.
  case longTerm
}

/// A record of one review, returned beside the updated card by ``Scheduler/review(_:rating:at:)``.
public struct ReviewLog: Codable, Sendable, Hashable {
  /// The rating given.
  public var rating: Rating
  /// When the review happened.
  public var reviewedAt: Date
  /// The card's state before the review.
  public var stateBefore: CardState
  /// Whole 24-hour periods since the previous review (floored, may be negative);
  /// `nil` for the first review.
  public var elapsedDays: Int?
  /// Predicted probability of recall at the review time, before the review
  /// (0 for a new card).
  public var retrievabilityBefore: Double
  /// Which stability formula was applied.
  public var memoryUpdate: MemoryUpdate
  /// The time from the review to the new due date, in seconds.
  public var interval: TimeInterval

  /// Creates a review record.
  public init(
    rating: Rating, reviewedAt: Date, stateBefore: CardState, elapsedDays: Int?,
    retrievabilityBefore: Double, memoryUpdate: MemoryUpdate, interval: TimeInterval
  ) {
    self.rating = rating
    self.reviewedAt = reviewedAt
    self.stateBefore = stateBefore
    self.elapsedDays = elapsedDays
    self.retrievabilityBefore = retrievabilityBefore
    self.memoryUpdate = memoryUpdate
    self.interval = interval
  }
}
