/// How well the player recalled a card at a review, on the four-point FSRS scale.
///
/// The raw values are the integers FSRS uses inside its formulas (`G` in the
/// FSRS-6 papers and in py-fsrs): Again = 1, Hard = 2, Good = 3, Easy = 4.
/// Again is a lapse (failure); Hard, Good and Easy are successful recalls.
public enum Rating: Int, CaseIterable, Codable, Sendable, Hashable {
  /// The answer was wrong: the card is forgotten (a lapse).
  case again = 1
  /// The answer was right, but only with effort or help.
  case hard = 2
  /// The answer was right.
  case good = 3
  /// The answer was right and effortless.
  case easy = 4

  /// Whether the rating counts as a successful recall (Hard, Good or Easy).
  @inlinable public var isSuccess: Bool { self != .again }

  /// The rating as the floating-point grade `G` that the FSRS formulas use.
  var grade: Double { Double(rawValue) }
}
