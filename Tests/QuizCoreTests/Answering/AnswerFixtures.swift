import QuizCore
import Testing

/// A small bank written for answer checking: people who share a family name and people who don't, a near-miss
/// pair of names, entities with aliases in both languages, names with ñ and ç, text answers with alternatives.
enum AnswerFixtures {
  static let bank: Bank = Bank(
    id: "answers", title: Localized("Answers"), description: Localized("Answer checking"), sources: [],
    contentNote: Localized(""), license: "CC0-1.0",
    topics: [Topic(id: "case", name: Localized(en: "The case", es: "El caso"))],
    entities: [
      person("florence-cassez", "Florence Cassez", family: "Cassez", aliases: ["Florence Marie Louise Cassez Crépin"]),
      person("israel-vallarta", "Israel Vallarta", family: "Vallarta"),
      person("mario-vallarta", "Mario Vallarta"),
      person("cristina-rios", "Cristina Ríos Valladares", family: "Ríos Valladares"),
      person("cristian-rios", "Cristian Ríos Valladares", family: "Ríos Valladares"),
      person("genaro-garcia-luna", "Genaro García Luna", family: "García Luna"),
      person("enrique-pena-nieto", "Enrique Peña Nieto", family: "Peña Nieto"),
      person("francois-hollande", "François Hollande"),
      person("jorge-volpi", "Jorge Volpi"),
      thing(
        "los-zodiacos", "organization", en: "The Zodiacs", es: "Los Zodiacos", aliasesEN: ["Zodiac gang"],
        aliasesES: ["banda de Los Zodiacos"]),
      thing(
        "afi", "institution", en: "Federal Investigation Agency", es: "Agencia Federal de Investigación",
        aliasesEN: ["AFI"], aliasesES: ["AFI"]),
      thing(
        "scjn", "institution", en: "Mexican Supreme Court", es: "Suprema Corte de Justicia de la Nación",
        aliasesEN: ["Supreme Court"], aliasesES: ["Suprema Corte", "SCJN"]),
      thing(
        "tepepan", "place", en: "Tepepan prison", es: "penal de Tepepan", aliasesEN: ["Tepepan"],
        aliasesES: ["Tepepan"]),
      thing("tepetlan", "place", en: "Tepetlán", es: "Tepetlán"),
      thing(
        "las-chinitas", "place", en: "Las Chinitas", es: "Las Chinitas", aliasesEN: ["Las Chinitas ranch"],
        aliasesES: ["rancho Las Chinitas"]),
      thing("mexico", "country", en: "Mexico", es: "México"),
      thing("france", "country", en: "France", es: "Francia"),
      thing("spain", "country", en: "Spain", es: "España"),
    ],
    relations: [
      Relation(
        id: "charged-with", subjectTypes: ["person"],
        value: .text(alternatives: [
          Localized(en: "fraud", es: "fraude"), Localized(en: "murder", es: "homicidio"),
          Localized(en: "express kidnapping", es: "secuestro exprés"),
        ]), functional: false,
        templates: Localized(
          en: RelationTemplates(
            ask: "What was {subject} charged with?", statement: "{subject} was charged with {value}."),
          es: RelationTemplates(ask: "¿De qué se acusó a {subject}?", statement: "Se acusó a {subject} de {value}."))),
      Relation(
        id: "initial-sentence", subjectTypes: ["person"], value: .number(unit: years), functional: true,
        templates: Localized(
          en: RelationTemplates(
            ask: "How many years in prison was {subject} initially sentenced to?",
            statement: "{subject} was initially sentenced to {value} in prison."),
          es: RelationTemplates(
            ask: "¿A cuántos años de prisión fue {subject:gender(condenado,condenada)} inicialmente {subject}?",
            statement: "{subject} fue {subject:gender(condenado,condenada)} inicialmente a {value} de prisión."))),
    ],
    facts: [
      Fact(
        id: "cassez-charged", topic: "case", subject: "florence-cassez", relation: "charged-with",
        value: .text(kidnapping, aliases: kidnappingAliases),
        source: FactSource(document: "none", quote: "kidnapping", translation: "secuestro")),
      Fact(
        id: "cassez-sentenced", topic: "case", subject: "florence-cassez", relation: "initial-sentence",
        value: .number(96), source: FactSource(document: "none", quote: "96 years", translation: "96 años")),
    ])

  static let kidnapping = Localized(en: "kidnapping", es: "secuestro")

  /// Why a case was thrown out: four long text options, the first right.
  static let reasons: [AnswerValue] = [
    (
      "because her legal and human rights had been breached",
      "porque se violaron sus garantías procesales y sus derechos humanos"
    ),
    ("because new evidence proved her innocence", "porque nuevas pruebas demostraron su inocencia"),
    (
      "because she received a presidential pardon after serving part of her sentence",
      "porque recibió un indulto presidencial tras cumplir parte de su condena"
    ),
    ("because she had served her sentence", "porque ya había cumplido su condena"),
  ].map { .text(Localized(en: $0.0, es: $0.1), aliases: Localized(en: [], es: [])) }
  static let kidnappingAliases = Localized(en: ["abduction"], es: ["plagio"])

  static let catalog = Catalog(entries: [
    .en: ["answer.true": .text("true"), "answer.false": .text("false")],
    .es: ["answer.true": .text("verdadero"), "answer.false": .text("falso")],
  ])

  static let index = BankIndex(bank)
  static let checker = AnswerChecker(bank: index, text: ValueText(bank: index, catalog: catalog))

  static let years = Localized(en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))
  static let hostages = Localized(
    en: UnitName(one: "hostage", other: "hostages"), es: UnitName(one: "rehén", other: "rehenes"))

  static func person(_ id: String, _ name: String, family: String? = nil, aliases: [String] = []) -> Entity {
    Entity(
      id: id, type: "person", name: Localized(name), aliases: Localized(en: aliases, es: aliases),
      familyName: family, grammar: Localized(en: Grammar(), es: Grammar(gender: .feminine)),
      description: Localized(name))
  }

  static func thing(
    _ id: String, _ type: String, en: String, es: String, aliasesEN: [String] = [], aliasesES: [String] = []
  ) -> Entity {
    Entity(
      id: id, type: type, name: Localized(en: en, es: es), aliases: Localized(en: aliasesEN, es: aliasesES),
      grammar: Localized(en: Grammar(), es: Grammar(gender: .masculine)), description: Localized(en))
  }

  static func question(
    _ id: String, _ kind: QuestionKind, answer: AnswerValue, options: [AnswerValue] = [], facts: [String] = ["f"],
    rightOrder: [String] = []
  ) -> Question {
    Question(
      id: QuestionID(rawValue: id), kind: kind, direction: .forward, facts: facts, topic: "case", answer: answer,
      options: options, rightOrder: rightOrder)
  }
}

/// The questions the tables refer to by name.
enum AnsweringQuestion: String, Sendable, CaseIterable {
  case cassez, vallarta, cristina, garciaLuna, penaNieto, hollande, volpi, zodiacos, afi, court, tepepan, mexico
  case spain, charge, chargeWithOptions
  case sentence, reduced, single, hostages, big, sentenceInPrison
  case arrest, ruling, reduction, release
  case choicePeople, choiceNumbers, choicePlaces, choiceDates, choiceReasons
  case statementTrue, statementFalse
  case timeline

  /// The question itself, built by hand (generation is not used here).
  var question: Question {
    switch self {
    case .cassez: entity("florence-cassez")
    case .vallarta: entity("israel-vallarta")
    case .cristina: entity("cristina-rios")
    case .garciaLuna: entity("genaro-garcia-luna")
    case .penaNieto: entity("enrique-pena-nieto")
    case .hollande: entity("francois-hollande")
    case .volpi: entity("jorge-volpi")
    case .zodiacos: entity("los-zodiacos")
    case .afi: entity("afi")
    case .court: entity("scjn")
    case .tepepan: entity("tepepan")
    case .mexico: entity("mexico")
    case .spain: entity("spain")
    case .charge:
      AnswerFixtures.question(
        "charge", .typed, answer: .text(AnswerFixtures.kidnapping, aliases: AnswerFixtures.kidnappingAliases),
        facts: ["cassez-charged"])
    case .chargeWithOptions:
      AnswerFixtures.question(
        "charge-options", .typed, answer: .text(AnswerFixtures.kidnapping, aliases: AnswerFixtures.kidnappingAliases),
        options: [
          .text(AnswerFixtures.kidnapping, aliases: AnswerFixtures.kidnappingAliases),
          .text(Localized(en: "kidnappers", es: "secuestrador"), aliases: Localized(en: [], es: [])),
        ], facts: ["cassez-charged"])
    case .sentence: number(96, AnswerFixtures.years)
    case .reduced: number(60, AnswerFixtures.years)
    case .single: number(1, AnswerFixtures.years)
    case .hostages: number(21, AnswerFixtures.hostages)
    case .big: number(2013, nil)
    case .sentenceInPrison:
      AnswerFixtures.question(
        rawValue, .number, answer: .number(96, unit: AnswerFixtures.years), facts: ["cassez-sentenced"])
    case .arrest: date(CalendarDate(year: 2005, month: 12, day: 8))
    case .ruling: date(CalendarDate(year: 2013, month: 1, day: 23))
    case .reduction: date(CalendarDate(year: 2009, month: 3))
    case .release: date(CalendarDate(year: 2013))
    case .choicePeople:
      AnswerFixtures.question(
        rawValue, .choice, answer: .entity("florence-cassez"),
        options: [
          .entity("israel-vallarta"), .entity("florence-cassez"), .entity("genaro-garcia-luna"),
          .entity("cristian-rios"),
        ])
    case .choiceNumbers:
      AnswerFixtures.question(
        rawValue, .choice, answer: .number(60, unit: AnswerFixtures.years),
        options: [96, 60, 4, 20].map { .number($0, unit: AnswerFixtures.years) })
    case .choicePlaces:
      AnswerFixtures.question(
        rawValue, .choice, answer: .entity("tepepan"),
        options: [.entity("tepetlan"), .entity("las-chinitas"), .entity("tepepan"), .entity("mexico")])
    case .choiceDates:
      AnswerFixtures.question(
        rawValue, .choice, answer: .date(CalendarDate(year: 2005, month: 12, day: 8)),
        options: [(2005, 12, 9), (2005, 12, 8), (2005, 8, 12), (2006, 12, 8)].map {
          .date(CalendarDate(year: $0.0, month: $0.1, day: $0.2))
        })
    case .choiceReasons:
      AnswerFixtures.question(
        rawValue, .choice, answer: AnswerFixtures.reasons[0],
        options: [
          AnswerFixtures.reasons[0], AnswerFixtures.reasons[1], AnswerFixtures.reasons[2], AnswerFixtures.reasons[3],
        ])
    case .statementTrue: AnswerFixtures.question(rawValue, .truefalse, answer: .truth(true))
    case .statementFalse: AnswerFixtures.question(rawValue, .truefalse, answer: .truth(false))
    case .timeline:
      // Shown as a = reduction (2009), b = arrest (2005), c = release (2013), d = sentence (2008): right is b d a c.
      AnswerFixtures.question(
        rawValue, .timeline, answer: .truth(true), facts: ["reduced", "arrested", "released", "sentenced"],
        rightOrder: ["arrested", "sentenced", "reduced", "released"])
    }
  }

  private func entity(_ id: String) -> Question {
    AnswerFixtures.question(rawValue, .typed, answer: .entity(id))
  }

  private func number(_ value: Double, _ unit: Localized<UnitName>?) -> Question {
    AnswerFixtures.question(rawValue, .number, answer: .number(value, unit: unit))
  }

  private func date(_ value: CalendarDate) -> Question {
    AnswerFixtures.question(rawValue, .date, answer: .date(value))
  }
}

/// What a multiple-choice row expects of `Verdict.matchedOption`.
enum OptionExpectation: Sendable, Equatable {
  /// Not checked (the row is not multiple choice).
  case unchecked
  /// No option was matched.
  case none
  /// This option was matched.
  case index(Int)
}

/// One row of a table: an input, the language it is typed in, and what the checker must say.
struct AnswerCase: Sendable, CustomTestStringConvertible {
  /// What the player types.
  let input: String
  /// The question.
  let question: AnsweringQuestion
  /// The language of play.
  let language: Language
  /// The outcome, or `nil` when the input must be asked again.
  let outcome: Verdict.Outcome?
  /// What must be forgiven, in order.
  let forgiven: [Forgiveness.Kind]
  /// For multiple choice: the option the input must select.
  let option: OptionExpectation

  init(
    _ input: String, _ question: AnsweringQuestion, _ language: Language, _ outcome: Verdict.Outcome?,
    _ forgiven: [Forgiveness.Kind] = [], option: OptionExpectation = .unchecked
  ) {
    self.input = input
    self.question = question
    self.language = language
    self.outcome = outcome
    self.forgiven = forgiven
    self.option = option
  }

  var testDescription: String {
    "\(question.rawValue) [\(language.rawValue)] \"\(input)\" → \(outcome?.rawValue ?? "ask again") \(forgiven)"
  }

  /// Checks the row and records every difference.
  func verify(sourceLocation: SourceLocation = #_sourceLocation) {
    let result = AnswerFixtures.checker.check(input, question: question.question, language: language)
    guard let outcome else {
      #expect(result.askAgain != nil, "expected to ask again, got \(result)", sourceLocation: sourceLocation)
      return
    }
    guard let verdict = result.verdict else {
      Issue.record("expected a verdict, got \(result)", sourceLocation: sourceLocation)
      return
    }
    #expect(verdict.outcome == outcome, sourceLocation: sourceLocation)
    #expect(verdict.forgivenKinds == forgiven, sourceLocation: sourceLocation)
    switch option {
    case .unchecked: break
    case .none: #expect(verdict.matchedOption == nil, sourceLocation: sourceLocation)
    case .index(let index): #expect(verdict.matchedOption == index, sourceLocation: sourceLocation)
    }
  }
}
