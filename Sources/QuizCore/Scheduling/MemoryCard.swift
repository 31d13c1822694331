import Foundation

/// The scheduling memory of one quiz question: what FSRS knows about how well
/// the player remembers it, and when it should be asked again.
///
/// This value is stored in the player's JSON profile. Its coding keys are
/// fixed: `state` (`"learning"`, `"review"` or `"relearning"`), `step`,
/// `stability`, `difficulty`, `due` and `lastReview`. Absent optionals are
/// omitted; dates use whatever strategy the encoder/decoder is configured with.
public struct MemoryCard: Codable, Sendable, Hashable {
  /// The learning phase of the card.
  public var state: CardState
  /// The index into the learning or relearning steps; `nil` while in ``CardState/review``.
  public var step: Int?
  /// Memory stability in days (the interval at which recall probability falls to 90 %);
  /// `nil` until the first review.
  public var stability: Double?
  /// Memory difficulty in `1...10`; `nil` until the first review.
  public var difficulty: Double?
  /// When the card should next be reviewed.
  public var due: Date
  /// When the card was last reviewed; `nil` until the first review.
  public var lastReview: Date?

  /// Creates a card from stored values.
  @inlinable
  public init(
    state: CardState, step: Int?, stability: Double?, difficulty: Double?,
    due: Date, lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  /// Creates a card that was never reviewed: learning, step 0, due at `due`
  /// (py-fsrs makes new cards due immediately, i.e. at their creation time).
  @inlinable
  public init(due: Date) {
    self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }

  /// Whether the card has no memory state yet (never reviewed).
  public var isNew: Bool { stability == nil || difficulty == nil }

  /// The stable JSON keys of the stored card.
  enum CodingKeys: String, CodingKey {
    case state, step, stability, difficulty, due, lastReview
  }
}
