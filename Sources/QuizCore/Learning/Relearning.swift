/// A missed question comes back once in the same game: the same fact, in the same or an easier form, with its
/// options or events shown in a new order.
public enum Relearning {
  /// How many other questions come between a miss and its return, when that many are left; otherwise it
  /// comes last.
  public static let gap = 3

  /// The question to ask again after `missed`, from the bank's questions about the same fact:
  /// - a missed recall (typed, number, date) comes back as the fact's multiple choice, when it has one;
  /// - a missed reverse question comes back as the reverse multiple choice, or the forward one;
  /// - a missed true/false comes back as the multiple choice, or as the true statement (a false statement is
  ///   never shown twice);
  /// - a multiple choice or a timeline comes back as itself, reshuffled.
  public static func question(after missed: Question, among siblings: [Question]) -> Question {
    let same = siblings.filter { $0.facts == missed.facts && $0.kind != .timeline }
    func find(_ kind: QuestionKind, _ direction: QuestionDirection) -> Question? {
      same.first { $0.kind == kind && $0.direction == direction && $0.answer != .truth(false) }
    }
    let easier: Question? =
      switch (missed.kind, missed.direction) {
      case (.timeline, _), (.choice, _): nil
      case (.truefalse, _): find(.choice, .forward) ?? find(.truefalse, .forward)
      case (_, .inverse): find(.choice, .inverse) ?? find(.choice, .forward)
      case (_, .forward): find(.choice, .forward)
      }
    return reshuffled(easier ?? missed)
  }

  /// The question with its options (unless they have a natural order) or its events in another order.
  static func reshuffled(_ question: Question) -> Question {
    var question = question
    var rng = SplitMix64(seed: 0, salt: question.id.rawValue + ".relearn")
    switch question.kind {
    case .choice:
      let ordered = question.options.allSatisfy {
        if case .date = $0 { return true }
        if case .number = $0 { return true }
        return false
      }
      guard !ordered, question.options.count > 1 else { return question }
      let before = question.options
      repeat { question.options.shuffle(using: &rng) } while question.options == before
    case .timeline:
      guard question.facts.count > 2 else { return question }
      let before = question.facts
      repeat {
        question.facts.shuffle(using: &rng)
      } while question.facts == before || question.facts == question.rightOrder
    case .typed, .number, .date, .truefalse:
      break
    }
    return question
  }
}
