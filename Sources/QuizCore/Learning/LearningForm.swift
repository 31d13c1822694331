/// The form a question asks its fact in, from the easiest to the hardest: what the progression of a fact
/// (see ``FactStage``) is made of, and what the question header shows ("(recall)").
public enum LearningForm: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
  /// Recognising the fact among options or in a statement: multiple choice or true/false, forward.
  case recognition
  /// Producing the value: a typed answer, a number or a date, forward.
  case recall
  /// The fact asked the other way round (the subject given the value), in any kind.
  case reverse
  /// The fact among other dated events, put in order.
  case timeline

  /// The form of a question.
  public init(_ question: Question) {
    self.init(kind: question.kind, direction: question.direction)
  }

  /// The form of a question of this kind and direction.
  public init(kind: QuestionKind, direction: QuestionDirection) {
    switch (kind, direction) {
    case (.timeline, _): self = .timeline
    case (_, .inverse): self = .reverse
    case (.choice, _), (.truefalse, _): self = .recognition
    case (.typed, _), (.number, _), (.date, _): self = .recall
    }
  }

  /// The stage a fact must have reached to be asked in this form (a miss in it steps the fact back one stage
  /// below, see ``FactStage/after(missIn:best:)``).
  public var stage: FactStage {
    switch self {
    case .recognition: .new
    case .recall: .recognized
    case .reverse, .timeline: .recalled
    }
  }

  public static func < (lhs: LearningForm, rhs: LearningForm) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .recognition: 0
    case .recall: 1
    case .reverse: 2
    case .timeline: 3
    }
  }
}

extension QuestionKind {
  /// Whether the player produces the answer (typed, number, date) rather than recognising it.
  public var isRecall: Bool {
    switch self {
    case .typed, .number, .date: true
    case .choice, .truefalse, .timeline: false
    }
  }

  /// Whether the player recognises the answer among options or in a statement.
  public var isRecognition: Bool { self == .choice || self == .truefalse }
}
