/// Writes answer values as text in a language, the one formatter every question, option and verdict uses.
public struct ValueText: Sendable {
  /// The bank whose entities are named.
  public let bank: BankIndex
  /// The words for true and false.
  public let truth: Localized<(true: String, false: String)>

  /// Creates a formatter for a bank, with the words the catalog gives for true and false.
  public init(bank: BankIndex, catalog: Catalog) {
    self.bank = bank
    truth = Localized(en: Self.truthWords(catalog, .en), es: Self.truthWords(catalog, .es))
  }

  private static func truthWords(_ catalog: Catalog, _ language: Language) -> (true: String, false: String) {
    (catalog.string("answer.true", in: language), catalog.string("answer.false", in: language))
  }

  /// The value as an answer or option: an entity's name (a work's set off as a title), a date at its precision,
  /// a number in figures with its unit.
  public func text(_ value: AnswerValue, in language: Language) -> String {
    switch value {
    case .entity(let id): bank.entityPosition(id).map { bank.bank.entities[$0].displayName(in: language) } ?? id
    case .text(let text, _): text[language]
    case .number(let number, let unit, let bound): NumberText.text(number, unit: unit, bound: bound, in: language)
    case .date(let date): DateText.text(date, in: language)
    case .truth(let value): value ? truth[language].true : truth[language].false
    }
  }

  /// The value as running text writes it: like `text(_:in:)`, but a count from one to ten is spelled out with
  /// its unit ("three people", "tres personas"), as prose style asks; options and answers keep figures.
  public func prose(_ value: AnswerValue, in language: Language) -> String {
    if case .number(let number, let unit, let bound) = value {
      return NumberText.prose(number, unit: unit, bound: bound, in: language)
    }
    return text(value, in: language)
  }

  /// The value of a fact as an answer, with the unit its relation counts in.
  public func answerValue(of fact: Fact) -> AnswerValue {
    guard let relation = bank.relation(fact.relation) else { return Self.answerValue(fact.value, unit: nil) }
    return Self.answerValue(of: fact, relation: relation)
  }

  /// The value of a fact as an answer, with the unit its relation counts in.
  public static func answerValue(of fact: Fact, relation: Relation) -> AnswerValue {
    if case .number(let unit) = relation.value { return answerValue(fact.value, unit: unit) }
    return answerValue(fact.value, unit: nil)
  }

  /// The value of one qualifier of a fact as an answer, with the unit the qualifier counts in; `nil` when the
  /// fact does not give it.
  public static func qualifierValue(of fact: Fact, _ qualifier: String, relation: Relation?) -> AnswerValue? {
    guard let value = fact.qualifiers[qualifier] else { return nil }
    if case .number(let unit)? = relation?.qualifier(qualifier)?.value { return answerValue(value, unit: unit) }
    return answerValue(value, unit: nil)
  }

  /// A fact value as an answer value, counted in `unit` when it is a number.
  static func answerValue(_ value: FactValue, unit: Localized<UnitName>?) -> AnswerValue {
    switch value {
    case .entity(let id): .entity(id)
    case .date(let date): .date(date)
    case .text(let text, let aliases): .text(text, aliases: aliases)
    case .number(let number, let bound): .number(number, unit: unit, bound: bound)
    }
  }
}
