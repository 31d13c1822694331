extension Int {
  /// `self + other`, held at `Int.max` (or `Int.min`) instead of trapping on overflow. Counts and points come
  /// from profile files, which may hold any number: adding to them must never crash the game.
  func saturatingAdding(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : sum
  }
}
