/// Turns a bank's facts into questions: every fact seen from every angle its relation honestly allows.
///
/// A relation yields fewer kinds of question rather than bad ones: multiple choice and false statements need
/// provably wrong values (other values of a functional relation, or alternatives the bank declares), and the
/// inverse direction needs a relation whose values belong to one subject only.
public struct QuestionGenerator: Sendable {
  /// The number of options of a multiple-choice question, when the bank has enough honest wrong values.
  public static let optionCount = 4
  /// The fewest options a multiple-choice question is offered with: a small cast (three presidents) still gets
  /// one, with every wrong value there is.
  public static let fewestOptions = 3

  /// The bank questions are drawn from.
  public let bank: BankIndex
  /// The seed that decides distractors, true-or-false variants and shown orders.
  public let seed: UInt64
  let distractors: DistractorPicker

  /// Creates a generator for a bank; the same seed always yields the same questions.
  public init(bank: BankIndex, seed: UInt64 = 0) {
    self.bank = bank
    self.seed = seed
    distractors = DistractorPicker(bank: bank)
  }

  /// Every question of the bank: each fact's questions in bank order, then the timelines.
  public func allQuestions() -> [Question] {
    var questions: [Question] = []
    questions.reserveCapacity(bank.bank.facts.count * 4)
    for fact in bank.bank.facts { appendQuestions(for: fact, to: &questions) }
    questions += TimelineBuilder(bank: bank, seed: seed).timelines()
    return questions
  }

  /// The questions one fact yields.
  public func questions(for fact: Fact) -> [Question] {
    var questions: [Question] = []
    appendQuestions(for: fact, to: &questions)
    return questions
  }

  /// Appends the questions one fact yields, straight into the caller's array (no array per fact).
  func appendQuestions(for fact: Fact, to questions: inout [Question]) {
    guard let relation = bank.relation(fact.relation) else { return }
    let about = About(fact)
    let answer = ValueText.answerValue(of: fact, relation: relation)
    let wrongValues = relation.functional || relation.value.declaresAlternatives
    let typedKind = Self.typedKind(fact.value)
    // A typed answer needs no distractors, only an answer that is the subject's one value: true of a functional
    // relation, and of any relation whose subject has a single value in the bank.
    if relation.functional || distractors.valueCount(subject: fact.subject, relation: fact.relation) == 1,
      Self.isShortEnoughToType(fact.value)
    {
      questions.append(make(about, typedKind, .forward, answer: answer))
    }
    if wrongValues {
      var rng = SplitMix64(seed: seed, salt: fact.id + ".choice")
      let wrong = distractors.wrongValues(for: fact, relation: relation, count: Self.optionCount - 1, using: &rng)
      if wrong.count >= Self.fewestOptions - 1 {
        var options = wrong + [answer]
        if relation.value.isOrdered {
          options.sort(by: AnswerValue.ascending)
        } else {
          options.shuffle(using: &rng)
        }
        questions.append(make(about, .choice, .forward, answer: answer, options: options))
      }
    }
    questions.append(make(about, .truefalse, .forward, answer: .truth(true), stated: answer, variant: "true"))
    // A false statement only for a functional relation, where it gives one attribute a wrong value ("… is
    // Swiss"). Of a relation with several values (the charges against a person) it would state one more, and
    // about a real person that reads as an accusation the sources never made.
    if relation.functional, let wrong = falseValue(for: fact, relation: relation) {
      questions.append(make(about, .truefalse, .forward, answer: .truth(false), stated: wrong, variant: "false"))
    }
    appendInverseQuestions(for: fact, about, relation: relation, to: &questions)
    if !relation.qualifiers.isEmpty { appendQualifierQuestions(for: fact, about, relation: relation, to: &questions) }
  }

  /// The kind of typed question a value is asked with.
  static func typedKind(_ value: FactValue) -> QuestionKind {
    switch value {
    case .date: .date
    case .number: .number
    case .entity, .text: .typed
    }
  }

  /// Questions asking for each qualifier of a fact that both languages have an `askQualifier` template for: typed
  /// (a fact has one value per qualifier), and multiple choice when honest wrong values exist.
  private func appendQualifierQuestions(
    for fact: Fact, _ about: About, relation: Relation, to questions: inout [Question]
  ) {
    for qualifier in relation.qualifiers {
      guard let value = fact.qualifiers[qualifier.id],
        let answer = ValueText.qualifierValue(of: fact, qualifier.id, relation: relation),
        relation.templates.en.askQualifier[qualifier.id] != nil, relation.templates.es.askQualifier[qualifier.id] != nil
      else { continue }
      if Self.isShortEnoughToType(value) {
        questions.append(make(about, Self.typedKind(value), .forward, answer: answer, qualifier: qualifier.id))
      }
      var rng = SplitMix64(seed: seed, salt: fact.id + "@" + qualifier.id + ".choice")
      let wrong = distractors.wrongQualifierValues(
        for: fact, qualifier: qualifier, count: Self.optionCount - 1, using: &rng)
      if wrong.count >= Self.fewestOptions - 1 {
        var options = wrong + [answer]
        if qualifier.value.isOrdered {
          options.sort(by: AnswerValue.ascending)
        } else {
          options.shuffle(using: &rng)
        }
        questions.append(make(about, .choice, .forward, answer: answer, options: options, qualifier: qualifier.id))
      }
    }
  }

  /// The wrong value a false statement of the fact states (functional relations only, see `appendQuestions`).
  private func falseValue(for fact: Fact, relation: Relation) -> AnswerValue? {
    var rng = SplitMix64(seed: seed, salt: fact.id + ".false")
    return distractors.wrongValues(for: fact, relation: relation, count: 1, using: &rng).first
  }

  /// The most words a text answer may have to be asked as a typed question; longer texts (a remark, a legal
  /// status) are fair only as options or statements.
  public static let longestTypedText = 4

  static func isShortEnoughToType(_ value: FactValue) -> Bool {
    guard case .text(let text, _) = value else { return true }
    return Language.allCases.allSatisfy { text[$0].split(separator: " ").count <= longestTypedText }
  }

  private func appendInverseQuestions(
    for fact: Fact, _ about: About, relation: Relation, to questions: inout [Question]
  ) {
    guard relation.inverseFunctional, case .entity = fact.value,
      relation.templates.en.askInverse != nil, relation.templates.es.askInverse != nil
    else { return }
    let answer = AnswerValue.entity(fact.subject)
    questions.append(make(about, .typed, .inverse, answer: answer))
    var rng = SplitMix64(seed: seed, salt: fact.id + ".choice.inverse")
    let wrong = distractors.wrongSubjects(for: fact, relation: relation, count: Self.optionCount - 1, using: &rng)
    if wrong.count >= Self.fewestOptions - 1 {
      var options = wrong.map(AnswerValue.entity) + [answer]
      options.shuffle(using: &rng)
      questions.append(make(about, .choice, .inverse, answer: answer, options: options))
    }
  }

  /// What every question of one fact shares: its id, and the one-element `facts` and `topics` each question
  /// holds, made once per fact (one array and one set shared by the fact's questions, not one per question).
  struct About {
    let id: String
    let topic: String
    let facts: [String]
    let topics: Set<String>

    init(_ fact: Fact) {
      id = fact.id
      topic = fact.topic
      facts = [fact.id]
      topics = [fact.topic]
    }
  }

  private func make(
    _ about: About, _ kind: QuestionKind, _ direction: QuestionDirection, answer: AnswerValue,
    options: [AnswerValue] = [], stated: AnswerValue? = nil, variant: String? = nil, qualifier: String? = nil
  ) -> Question {
    Question(
      id: Self.id(of: about.id, kind, direction, variant: variant, qualifier: qualifier), kind: kind,
      direction: direction, facts: about.facts, topic: about.topic, answer: answer, options: options,
      statedValue: stated, topics: about.topics, qualifier: qualifier)
  }

  /// `QuestionID(facts: [fact], kind:direction:variant:qualifier:)` for a question about one fact (not a
  /// timeline), written into a string of its exact length.
  static func id(
    of fact: String, _ kind: QuestionKind, _ direction: QuestionDirection, variant: String?, qualifier: String?
  ) -> QuestionID {
    let inverse = direction == .inverse ? ".inverse" : ""
    var raw = ""
    raw.reserveCapacity(
      fact.utf8.count + (qualifier.map { 1 + $0.utf8.count } ?? 0) + 1 + kind.rawValue.utf8.count
        + inverse.utf8.count + (variant.map { 1 + $0.utf8.count } ?? 0))
    raw += fact
    if let qualifier {
      raw += "@"
      raw += qualifier
    }
    raw += "."
    raw += kind.rawValue
    raw += inverse
    if let variant {
      raw += "."
      raw += variant
    }
    return QuestionID(rawValue: raw)
  }

}

extension ValueType {
  /// Whether the bank itself lists wrong values for this relation.
  var declaresAlternatives: Bool {
    if case .text(let alternatives) = self { return !alternatives.isEmpty }
    return false
  }

  /// Whether values have a natural order, so options are shown in that order.
  var isOrdered: Bool {
    switch self {
    case .date, .number: true
    case .entity, .text: false
    }
  }
}

extension AnswerValue {
  /// Orders dates chronologically and numbers by size; other values keep their order.
  static func ascending(_ lhs: AnswerValue, _ rhs: AnswerValue) -> Bool {
    switch (lhs, rhs) {
    case (.date(let a), .date(let b)): a < b
    case (.number(let a, _, _), .number(let b, _, _)): a < b
    default: false
    }
  }
}
