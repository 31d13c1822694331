extension AnswerEvent {
  /// The profile's record of an answer given in a game.
  public init(_ answered: AnsweredQuestion, bank: String, session: String) {
    let outcome: AnswerOutcome =
      switch answered.verdict.outcome {
      case .right: .right
      case .partial: .partial
      case .wrong: .wrong
      }
    self.init(
      bank: bank, question: answered.question.id, kind: answered.question.kind, topic: answered.question.topic,
      language: answered.language, outcome: outcome, credit: answered.verdict.credit, points: answered.points.total,
      rating: answered.rating, forgiven: !answered.verdict.forgiven.isEmpty, usedHint: answered.hints > 0,
      skipped: answered.skipped, input: answered.input, answeredAt: answered.answeredAt, elapsed: answered.elapsed,
      session: session, secondTry: answered.secondTry)
  }
}
