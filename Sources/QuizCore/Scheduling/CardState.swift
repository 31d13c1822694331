/// The learning phase a ``MemoryCard`` is in.
///
/// FSRS-6 (py-fsrs 6.x) has no separate "new" state: a card that was never
/// reviewed is ``learning`` at step 0 with no stability or difficulty yet.
/// The raw values are the strings stored in the player's profile.
public enum CardState: String, CaseIterable, Codable, Sendable, Hashable {
  /// Being learnt for the first time; the card walks through the learning steps.
  case learning
  /// Learnt; the card is scheduled in whole days from its stability.
  case review
  /// Forgotten after having been learnt; the card walks through the relearning steps.
  case relearning
}
