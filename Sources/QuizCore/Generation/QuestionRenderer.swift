/// Writes questions and facts in a language from the relations' templates and the entities' grammar.
public struct QuestionRenderer: Sendable {
  /// The bank.
  public let bank: BankIndex
  /// The UI strings (the true-or-false and timeline instructions).
  public let catalog: Catalog
  /// The value formatter shared with answer checking.
  public let values: ValueText
  /// The family names each entity may be answered with alone, as the checker accepts them.
  let familyNames: [String: [String]]
  /// The bank's answer spellings, made once here (for `familyNames`) and shared with a game's checker.
  let forms: BankForms
  /// Each relation's templates parsed once, by the relation's position in the bank, when the renderer was made
  /// to render many questions (see `init(readingPromptsOf:)`); `nil` parses a template at each use, which costs
  /// less for the handful of questions a game shows.
  let parsed: [Localized<ParsedTemplates>]?

  /// Creates a renderer.
  public init(bank: BankIndex, catalog: Catalog) {
    self.bank = bank
    self.catalog = catalog
    values = ValueText(bank: bank, catalog: catalog)
    forms = BankForms(bank.bank)
    familyNames = forms.acceptedFamilyNames()
    parsed = nil
  }

  /// A renderer for the validator's prompt check, which reads every question's prompt, statement and options
  /// but never the spellings an answer accepts: no answer forms are made (`accepted` lists no family names),
  /// no catalog is read (the instructions around a statement are left out by the check), and each relation's
  /// templates are parsed once here instead of at every rendering.
  init(readingPromptsOf bank: BankIndex) {
    self.bank = bank
    catalog = Catalog(entries: [:])
    values = ValueText(bank: bank, catalog: catalog)
    forms = .none
    familyNames = [:]
    parsed = bank.bank.relations.map { relation in
      Localized(en: ParsedTemplates(relation.templates.en), es: ParsedTemplates(relation.templates.es))
    }
  }

  /// The question written in a language.
  public func render(_ question: Question, in language: Language) -> RenderedQuestion {
    let facts = question.facts.compactMap(bank.fact)
    let first = facts.first
    var prompt = ""
    var options: [String] = []
    var answer = values.text(question.answer, in: language)
    switch question.kind {
    case .timeline:
      answer = Self.timelineLetters(question)
      prompt = catalog.string("prompt.timeline", in: language, ["example": Self.timelineExample(notAnswering: answer)])
      options = facts.map { event($0, in: language) }
    case .truefalse:
      if let first {
        let stated = statement(first, value: question.statedValue ?? values.answerValue(of: first), in: language)
        prompt = catalog.string("prompt.truefalse", in: language, ["statement": stated])
      }
    case .choice, .typed, .number, .date:
      if let first, let qualifier = question.qualifier {
        prompt = askQualifier(first, qualifier, in: language)
      } else if let first {
        prompt = ask(first, direction: question.direction, in: language)
      }
      options = question.options.map { values.text($0, in: language) }
    }
    return RenderedQuestion(
      id: question.id, kind: question.kind, lang: language, topic: question.topic, prompt: prompt, options: options,
      answer: answer, accepted: accepted(question, in: language), facts: question.facts,
      source: facts.map(\.source.quote), sourceTranslation: facts.map(\.source.translation),
      sourceLanguages: facts.map { sourceLanguage(of: $0) })
  }

  /// The letters of a timeline's events in the right order, as shown: "b a d c".
  static func timelineLetters(_ question: Question) -> String {
    question.rightOrder.compactMap { id in question.facts.firstIndex(of: id) }
      .map(RenderedQuestion.letter).joined(separator: " ")
  }

  /// The order the prompt gives as an example of how to answer: "b a c", or "c a b" when "b a c" is the answer
  /// itself (a three-event timeline whose example gave its answer away).
  static func timelineExample(notAnswering answer: String) -> String {
    answer == "b a c" ? "c a b" : "b a c"
  }

  /// The fact stated as a sentence, with its own value or another one (for a false statement).
  public func statement(
    _ fact: Fact, value: AnswerValue? = nil, in language: Language, capitalized: Bool = true
  ) -> String {
    fill(.statement, fact, value: value ?? values.answerValue(of: fact), in: language, capitalized: capitalized)
  }

  /// The event a dated fact names, for timelines ("Cassez and Vallarta are arrested"); not `capitalized`, its
  /// first word keeps the case the template and the names give it ("se reduce la condena…", "la AFI…").
  public func event(_ fact: Fact, in language: Language, capitalized: Bool = true) -> String {
    fill(.event, fact, value: values.answerValue(of: fact), in: language, capitalized: capitalized)
  }

  /// The language of the document a fact quotes: its quote is in it, its translation in the other one.
  public func sourceLanguage(of fact: Fact) -> Language {
    bank.bank.sources.first { $0.id == fact.source.document }?.language ?? .en
  }

  /// The question asking for one qualifier of the fact ("When was Dreyfus arrested in Paris?").
  public func askQualifier(_ fact: Fact, _ qualifier: String, in language: Language) -> String {
    fill(.askQualifier(qualifier), fact, value: values.answerValue(of: fact), in: language)
  }

  /// The question asking for the fact's value (forward) or subject (inverse).
  public func ask(_ fact: Fact, direction: QuestionDirection, in language: Language) -> String {
    fill(direction == .forward ? .ask : .askInverse, fact, value: values.answerValue(of: fact), in: language)
  }

  private func fill(
    _ use: TemplateUse, _ fact: Fact, value: AnswerValue, in language: Language, capitalized: Bool = true
  ) -> String {
    guard let position = bank.relationPosition(fact.relation) else { return "" }
    let relation = bank.bank.relations[position]
    guard let text = use.text(in: relation.templates[language]),
      let parsed = parsed.map({ $0[position][language].template(use) }) ?? (try? Template(parsing: text))
    else { return "" }
    let rendered = parsed.render(capitalized: capitalized) { slot, form in
      switch slot {
      case .subject: resolve(.entity(fact.subject), form, in: language)
      case .value: resolve(value, form, in: language)
      case .qualifier(let id):
        // A fact without the qualifier (which `lint` reports) leaves the slot as written.
        ValueText.qualifierValue(of: fact, id, relation: relation).map { resolve($0, form, in: language) }
          ?? "{\(id)}"
      }
    }
    guard !capitalized, !text.hasPrefix("{") else { return rendered }
    return uncapitalizingTemplateWord(rendered)
  }

  /// The text with its first word in lowercase when the template wrote it capitalized only because it starts
  /// a sentence ("Se reduce la condena…", "Estreno previsto…"): a word that belongs to a name of the bank
  /// ("Israel Vallarta y…") keeps its capital.
  private func uncapitalizingTemplateWord(_ text: String) -> String {
    let word = text.prefix { $0.isLetter }
    guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else { return text }
    let isNameWord = bank.bank.entities.contains { entity in
      Language.allCases.contains { language in
        ([entity.name[language]] + entity.aliases[language]).contains { name in
          name.split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
        }
      }
    }
    return isNameWord ? text : first.lowercased() + text.dropFirst()
  }

  private func resolve(_ value: AnswerValue, _ form: Template.Form, in language: Language) -> String {
    let grammar: Grammar
    let name: String
    if case .entity(let id) = value, let position = bank.entityPosition(id) {
      grammar = bank.bank.entities[position].sentenceGrammar(in: language)
      name = bank.bank.entities[position].displayName(in: language)
    } else {
      grammar = Grammar()
      name = values.prose(value, in: language)
    }
    switch form {
    case .phrase: return NounPhrase.phrase(name: name, grammar: grammar, in: language)
    case .bare: return name
    case .de: return NounPhrase.withDe(name: name, grammar: grammar, in: language)
    case .a: return NounPhrase.withA(name: name, grammar: grammar, in: language)
    case .when:
      if case .date(let date) = value { return DateText.when(date, in: language) }
      return name
    case .gender(let masculine, let feminine): return grammar.gender == .feminine ? feminine : masculine
    case .number(let singular, let plural): return grammar.number == .plural ? plural : singular
    case .form(let ms, let fs, let mp, let fp):
      switch (grammar.gender == .feminine, grammar.number == .plural) {
      case (false, false): return ms
      case (true, false): return fs
      case (false, true): return mp
      case (true, true): return fp
      }
    }
  }

  /// The spellings checking accepts as exact, in this language first, then the other.
  func accepted(_ question: Question, in language: Language) -> [String] {
    switch question.answer {
    case .entity(let id):
      guard let entity = bank.entity(id) else { return [] }
      var spellings = [entity.name[language]] + entity.aliases[language]
      spellings += [entity.name[language.other]] + entity.aliases[language.other]
      spellings += familyNames[id] ?? []
      return spellings.uniqued()
    case .text(let text, let aliases):
      return ([text[language]] + aliases[language] + [text[language.other]] + aliases[language.other]).uniqued()
    case .number, .date, .truth:
      guard question.kind != .timeline else { return [Self.timelineLetters(question)] }
      return [values.text(question.answer, in: language), values.text(question.answer, in: language.other)].uniqued()
    }
  }
}

/// Which of a relation's templates a rendering fills.
enum TemplateUse {
  case ask, askInverse, statement, event
  case askQualifier(String)

  /// The template's text among a relation's templates in one language, `nil` when the relation has none.
  func text(in templates: RelationTemplates) -> String? {
    switch self {
    case .ask: templates.ask
    case .askInverse: templates.askInverse
    case .statement: templates.statement
    case .event: templates.event
    case .askQualifier(let id): templates.askQualifier[id]
    }
  }
}

/// A relation's templates in one language, each parsed once; `nil` for a template the relation lacks or that
/// does not parse (which `lint` reports), rendered as an empty text as when it is parsed at each use.
struct ParsedTemplates: Sendable {
  let ask: Template?
  let askInverse: Template?
  let statement: Template?
  let event: Template?
  let askQualifier: [String: Template]

  init(_ templates: RelationTemplates) {
    ask = try? Template(parsing: templates.ask)
    askInverse = templates.askInverse.flatMap { try? Template(parsing: $0) }
    statement = try? Template(parsing: templates.statement)
    event = templates.event.flatMap { try? Template(parsing: $0) }
    askQualifier = templates.askQualifier.compactMapValues { try? Template(parsing: $0) }
  }

  /// The parsed template a rendering fills.
  func template(_ use: TemplateUse) -> Template? {
    switch use {
    case .ask: ask
    case .askInverse: askInverse
    case .statement: statement
    case .event: event
    case .askQualifier(let id): askQualifier[id]
    }
  }
}

extension Array where Element == String {
  /// The strings without repeats, in first-seen order.
  func uniqued() -> [String] {
    var seen: Set<String> = []
    return filter { seen.insert($0).inserted }
  }
}
