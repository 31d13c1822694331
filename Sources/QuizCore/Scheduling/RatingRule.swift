extension Rating {
  /// Maps the outcome of a quiz answer to an FSRS rating.
  ///
  /// The rule, checked in this order:
  /// 1. a wrong answer (`correct == false`) is ``again``, whatever the other flags say;
  /// 2. a right answer given with a hint (`usedHint`) or accepted only by forgiving
  ///    a typo (`forgiven`) is ``hard``;
  /// 3. a right answer typed quickly (`quickTyped`, only meaningful for typed
  ///    questions) is ``easy``;
  /// 4. any other right answer is ``good``.
  ///
  /// - Parameters:
  ///   - correct: whether the answer was accepted as right.
  ///   - forgiven: whether it was accepted only by forgiving a typo.
  ///   - usedHint: whether the player asked for a hint first.
  ///   - quickTyped: whether it was a typed answer given quickly.
  public static func forAnswer(correct: Bool, forgiven: Bool, usedHint: Bool, quickTyped: Bool) -> Rating {
    guard correct else { return .again }
    if usedHint || forgiven { return .hard }
    return quickTyped ? .easy : .good
  }
}
