/// One `Double` per ``Rating``, computed once per ``Scheduler`` for the parts of the FSRS formulas that depend
/// on the rating alone (so a review evaluates them with the same operations, in the same order, but only once).
@usableFromInline
struct RatingTable: Sendable {
  @usableFromInline let again: Double
  @usableFromInline let hard: Double
  @usableFromInline let good: Double
  @usableFromInline let easy: Double

  /// Evaluates `value` for each rating, in the order Again, Hard, Good, Easy.
  init(_ value: (Rating) -> Double) {
    again = value(.again)
    hard = value(.hard)
    good = value(.good)
    easy = value(.easy)
  }

  @inlinable @inline(__always)
  subscript(rating: Rating) -> Double {
    switch rating {
    case .again: again
    case .hard: hard
    case .good: good
    case .easy: easy
    }
  }
}
