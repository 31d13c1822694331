import Foundation
import Testing

@testable import QuizCore

/// A small historical bank written in Swift (no real text is quoted): places asked with "where" and "to
/// where", a president with a family name but not of type `person`, bounded numbers.
enum HistoryBank {
  static func thing(_ id: String, _ type: String, en: String, es: String, article: Bool = false, family: String? = nil)
    -> Entity
  {
    Entity(
      id: id, type: type, name: Localized(en: en, es: es), familyName: family,
      grammar: Localized(
        en: Grammar(definiteArticle: article), es: Grammar(gender: .feminine, definiteArticle: article)),
      description: Localized(en))
  }

  static let years = Localized(en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))
  static let people = Localized(
    en: UnitName(one: "person", other: "people"), es: UnitName(one: "persona", other: "personas"))

  static func relation(
    _ id: String, _ subject: [String], _ value: ValueType, en: (String, String), es: (String, String)
  ) -> Relation {
    Relation(
      id: id, subjectTypes: subject, value: value, functional: true,
      templates: Localized(
        en: RelationTemplates(ask: en.0, statement: en.1), es: RelationTemplates(ask: es.0, statement: es.1)))
  }

  static func fact(_ id: String, _ subject: String, _ relation: String, _ value: FactValue) -> Fact {
    Fact(
      id: id, topic: "t", subject: subject, relation: relation, value: value,
      source: FactSource(document: "doc", quote: id, translation: id))
  }

  static let bank = Bank(
    id: "history", title: Localized("History"), description: Localized("Test."),
    sources: [SourceDocument(id: "doc", title: "Doc", file: "doc.txt")], contentNote: Localized("Test."),
    license: "CC0-1.0", topics: [Topic(id: "t", name: Localized("T"))],
    entities: [
      thing("zola", "writer", en: "Émile Zola", es: "Émile Zola", family: "Zola"),
      thing("dreyfus", "officer", en: "Alfred Dreyfus", es: "Alfred Dreyfus", family: "Dreyfus"),
      thing("loubet", "president", en: "Émile Loubet", es: "Émile Loubet", family: "Loubet"),
      thing("faure", "president", en: "Félix Faure", es: "Félix Faure", family: "Faure"),
      thing("casimir", "president", en: "Jean Casimir-Perier", es: "Jean Casimir-Perier", family: "Casimir-Perier"),
      thing("paris", "city", en: "Paris", es: "París"),
      thing("rennes", "city", en: "Rennes", es: "Rennes"),
      thing("england", "country", en: "England", es: "Inglaterra"),
      thing("embassy", "building", en: "German embassy", es: "embajada alemana", article: true),
    ],
    relations: [
      relation(
        "pardoned-by", ["officer"], .entity(types: ["president", "writer"]),
        en: ("Which president pardoned {subject}?", "{subject} was pardoned by {value}."),
        es: ("¿Qué presidente indultó {subject:a}?", "{value} indultó {subject:a}.")),
      relation(
        "died-in", ["writer"], .entity(types: ["city"]),
        en: ("Where did {subject} die?", "{subject} died in {value}."),
        es: ("¿Dónde murió {subject}?", "{subject} murió en {value}.")),
      relation(
        "fled-to", ["writer"], .entity(types: ["country"]),
        en: ("Where did {subject} flee to?", "{subject} fled to {value}."),
        es: ("¿Adónde huyó {subject}?", "{subject} huyó a {value}.")),
      relation(
        "sheltered-at", ["officer"], .entity(types: ["building"]),
        en: ("Where did {subject} take shelter?", "{subject} took shelter at {value}."),
        es: ("¿Dónde se refugió {subject}?", "{subject} se refugió en {value}.")),
      relation(
        "fled-with", ["writer"], .entity(types: ["officer"]),
        en: ("With whom did {subject} flee?", "{subject} fled with {value}."),
        es: ("¿Con quién huyó {subject}?", "{subject} huyó con {value}.")),
      relation(
        "tension-between", ["writer"],
        .text(alternatives: [Localized(en: "Germany and Italy", es: "Alemania e Italia")]),
        en: (
          "Between which two countries did {subject}'s letter create tension?",
          "{subject}'s letter created tension between {value}."
        ),
        es: (
          "¿Entre qué dos países creó tensión la carta de {subject}?",
          "La carta de {subject} creó tensión entre {value}."
        )),
      relation(
        "nationality", ["officer"], .text(alternatives: [Localized(en: "Belgian", es: "belga")]),
        en: ("What nationality is {subject}?", "{subject} is {value}."),
        es: ("¿Qué nacionalidad tiene {subject}?", "{subject} tiene nacionalidad {value}.")),
      relation(
        "learned-through", ["officer"], .text(alternatives: [Localized(en: "his lawyer", es: "su abogado")]),
        en: ("Through whom did {subject} learn of the verdict?", "{subject} learned of the verdict through {value}."),
        es: ("¿A través de quién supo {subject} del veredicto?", "{subject} supo del veredicto a través de {value}.")),
      relation(
        "taken-to", ["officer"], .text(alternatives: [Localized(en: "to the police station", es: "a la comisaría")]),
        en: ("Where was {subject} taken after his arrest?", "After his arrest, {subject} was taken {value}."),
        es: ("¿Adónde llevaron {subject:a} tras su detención?", "Tras su detención, llevaron {subject:a} {value}.")),
      relation(
        "years-held", ["officer"], .number(unit: years),
        en: ("How long was {subject} held on Devil's Island?", "{subject} was held for {value}."),
        es: ("¿Cuánto tiempo estuvo preso {subject}?", "{subject} estuvo preso {value}.")),
      relation(
        "crowd", ["officer"], .number(unit: people),
        en: ("How many people attended the retrial of {subject}?", "{value} attended the retrial of {subject}."),
        es: (
          "¿Cuántas personas asistieron al nuevo juicio de {subject}?",
          "{value} asistieron al nuevo juicio de {subject}."
        )),
    ],
    facts: [
      fact("dreyfus-pardon", "dreyfus", "pardoned-by", .entity("loubet")),
      fact("zola-death", "zola", "died-in", .entity("paris")),
      fact("zola-exile", "zola", "fled-to", .entity("england")),
      fact("dreyfus-shelter", "dreyfus", "sheltered-at", .entity("embassy")),
      fact("zola-companion", "zola", "fled-with", .entity("dreyfus")),
      fact(
        "zola-tension", "zola", "tension-between",
        .text(Localized(en: "France and Germany", es: "Francia y Alemania"), aliases: Localized(en: [], es: []))),
      fact(
        "dreyfus-nationality", "dreyfus", "nationality",
        .text(Localized(en: "French", es: "francés"), aliases: Localized(en: [], es: []))),
      fact(
        "dreyfus-learned", "dreyfus", "learned-through",
        .text(Localized(en: "his brother", es: "su hermano"), aliases: Localized(en: [], es: []))),
      Fact(
        id: "dreyfus-taken", topic: "t", subject: "dreyfus", relation: "taken-to",
        value: .text(Localized(en: "to the prison", es: "a la prisión"), aliases: Localized(en: [], es: [])),
        source: FactSource(
          document: "doc", quote: "he was taken to the Cherche-Midi military prison instead of the police station",
          translation: "lo llevaron a la prisión militar de Cherche-Midi en lugar de a la comisaría")),
      fact("dreyfus-held", "dreyfus", "years-held", .number(4, bound: .moreThan)),
      fact("dreyfus-crowd", "dreyfus", "crowd", .number(300, bound: .about)),
    ])

  static let index = BankIndex(bank)
  static let questions = QuestionGenerator(bank: index).allQuestions()
  static let checker = AnswerChecker(bank: index, text: ValueText(bank: index, catalog: MiniBank.catalog))
  static let renderer = QuestionRenderer(bank: index, catalog: MiniBank.catalog)

  static func typed(_ fact: String) -> Question? {
    questions.first { $0.facts == [fact] && [.typed, .number, .date].contains($0.kind) && $0.direction == .forward }
  }
}

@Suite("Answers for authors' banks: prepositions, bounds, family names")
struct AuthorAnswerTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var input: String
    var fact: String
    var language: Language
    var outcome: Verdict.Outcome
    var forgiven: [Forgiveness.Kind]
    init(
      _ input: String, _ fact: String, _ language: Language, _ outcome: Verdict.Outcome,
      _ forgiven: [Forgiveness.Kind] = []
    ) {
      self.input = input
      self.fact = fact
      self.language = language
      self.outcome = outcome
      self.forgiven = forgiven
    }
    var testDescription: String { "\(fact) [\(language.rawValue)] \"\(input)\" → \(outcome) \(forgiven)" }
  }

  static let rows: [Row] = [
    // A preposition the question implies, in both languages, and said to be forgiven.
    Row("in Paris", "zola-death", .en, .right, [.preposition]),
    Row("en París", "zola-death", .es, .right, [.preposition]),
    Row("en Paris", "zola-death", .en, .right, [.preposition]),
    Row("Paris", "zola-death", .en, .right),
    Row("from Paris", "zola-death", .en, .wrong),
    Row("to England", "zola-exile", .en, .right, [.preposition]),
    Row("a Inglaterra", "zola-exile", .es, .right, [.preposition]),
    Row("at the German embassy", "dreyfus-shelter", .en, .right, [.preposition]),
    Row("en la embajada alemana", "dreyfus-shelter", .es, .right, [.preposition]),
    // The preposition of the question's own wording ("With whom", "Between which", "Through whom"), or of its
    // statement; "by" and "via" mean "through"; a bare preposition is no answer, another value stays wrong.
    Row("with Alfred Dreyfus", "zola-companion", .en, .right, [.preposition]),
    Row("con Alfred Dreyfus", "zola-companion", .es, .right, [.preposition]),
    Row("with Dreyfus", "zola-companion", .en, .right, [.familyName, .preposition]),
    Row("with Émile Loubet", "zola-companion", .en, .wrong),
    Row("with", "zola-companion", .en, .wrong),
    Row("con", "zola-companion", .es, .wrong),
    Row("to Alfred Dreyfus", "zola-companion", .en, .wrong),
    Row("between France and Germany", "zola-tension", .en, .right, [.preposition]),
    Row("entre Francia y Alemania", "zola-tension", .es, .right, [.preposition]),
    Row("between Germany and France", "zola-tension", .en, .right, [.preposition]),
    Row("entre alemania y francia", "zola-tension", .es, .right, [.preposition]),
    Row("Germany and France", "zola-tension", .en, .right),
    Row("France & Germany", "zola-tension", .en, .right),
    Row("Germany, France", "zola-tension", .en, .right),
    Row("Alemania y Francia", "zola-tension", .es, .right),
    // "e" joins only before an i sound ("Alemania e Italia"): here it is a typo for "y", and said.
    Row("Francia e Alemania", "zola-tension", .es, .right, [.typo]),
    Row("France and Germany", "zola-tension", .es, .right, [.otherLanguage]),
    Row("between Germany and Italy", "zola-tension", .en, .wrong),
    Row("Italy & Germany", "zola-tension", .en, .wrong),
    Row("France and Italy", "zola-tension", .en, .wrong),
    Row("France", "zola-tension", .en, .wrong),
    Row("between", "zola-tension", .en, .wrong),
    Row("entre", "zola-tension", .es, .wrong),
    Row("by his brother", "dreyfus-learned", .en, .right, [.preposition]),
    Row("through his brother", "dreyfus-learned", .en, .right, [.preposition]),
    Row("via his brother", "dreyfus-learned", .en, .right, [.preposition]),
    Row("de su hermano", "dreyfus-learned", .es, .right, [.preposition]),
    Row("by his lawyer", "dreyfus-learned", .en, .wrong),
    Row("de su hermana", "dreyfus-learned", .es, .wrong),
    // A subject and copula before the answer, set aside and said.
    Row("he is French", "dreyfus-nationality", .en, .right, [.wording]),
    Row("he was French", "dreyfus-nationality", .en, .right, [.wording]),
    Row("es francés", "dreyfus-nationality", .es, .right, [.wording]),
    Row("él es francés", "dreyfus-nationality", .es, .right, [.wording]),
    Row("he is Belgian", "dreyfus-nationality", .en, .wrong),
    Row("es belga", "dreyfus-nationality", .es, .wrong),
    Row("he is", "dreyfus-nationality", .en, .wrong),
    Row("es", "dreyfus-nationality", .es, .wrong),
    // The source's own words around the answer; never when they hold another option.
    Row("to the Cherche-Midi military prison", "dreyfus-taken", .en, .right, [.wording]),
    Row("a la prisión militar de Cherche-Midi", "dreyfus-taken", .es, .right, [.wording]),
    Row("to the prison", "dreyfus-taken", .en, .right),
    Row("to the police station", "dreyfus-taken", .en, .wrong),
    Row("to the Cherche-Midi military prison instead of the police station", "dreyfus-taken", .en, .wrong),
    Row("to the Cherche-Midi", "dreyfus-taken", .en, .wrong),
    Row("to the big military prison", "dreyfus-taken", .en, .wrong),
    // A family name alone, for a president whose type is not `person`.
    Row("Loubet", "dreyfus-pardon", .en, .right, [.familyName]),
    Row("Faure", "dreyfus-pardon", .en, .wrong),
    // "More than 4 years": the bound in either language, or the number alone (the bound is then shown).
    Row("more than 4 years", "dreyfus-held", .en, .right),
    Row("más de cuatro años", "dreyfus-held", .es, .right),
    Row("over four", "dreyfus-held", .en, .right),
    Row("más de 4", "dreyfus-held", .en, .right, [.otherLanguage]),
    Row("4", "dreyfus-held", .en, .right, [.bound]),
    Row("fewer than 4 years", "dreyfus-held", .en, .wrong),
    Row("5", "dreyfus-held", .en, .wrong),
    // "About 300": the figure, the bound, or a figure within a tenth.
    Row("about 300", "dreyfus-crowd", .en, .right),
    Row("unos 300", "dreyfus-crowd", .es, .right),
    Row("300", "dreyfus-crowd", .en, .right, [.bound]),
    Row("310", "dreyfus-crowd", .en, .right, [.bound]),
    Row("350", "dreyfus-crowd", .en, .wrong),
    Row("about 300 persons", "dreyfus-crowd", .en, .right),
    Row("unos 300 individuos", "dreyfus-crowd", .es, .right),
    Row("300 years", "dreyfus-crowd", .en, .wrong),
    Row("more than 300", "dreyfus-crowd", .en, .wrong),
  ]

  @Test("typed answers", arguments: rows)
  func typed(_ row: Row) throws {
    let question = try #require(HistoryBank.typed(row.fact), "no typed question for \(row.fact)")
    let verdict = try #require(HistoryBank.checker.check(row.input, question: question, language: row.language).verdict)
    #expect(verdict.outcome == row.outcome)
    if row.outcome == .right { #expect(verdict.forgivenKinds == row.forgiven) }
  }

  @Test("every spelling `questions --json` lists as accepted is accepted by the checker, family names included")
  func dumpAgreesWithChecker() throws {
    for bank in [HistoryBank.index, try TrainingBank.index(), try Shipped.bank("cassez")] {
      let renderer = QuestionRenderer(bank: bank, catalog: MiniBank.catalog)
      let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
      for question in QuestionGenerator(bank: bank).allQuestions() where question.kind == .typed {
        for language in Language.allCases {
          for spelling in renderer.render(question, in: language).accepted {
            let verdict = checker.check(spelling, question: question, language: language).verdict
            #expect(verdict?.isRight == true, "\(bank.bank.id) \(question.id) [\(language)] \"\(spelling)\"")
          }
        }
      }
    }
    let pardon = try #require(HistoryBank.typed("dreyfus-pardon"))
    #expect(HistoryBank.renderer.render(pardon, in: .en).accepted.contains("Loubet"))
  }

  @Test("a bounded number reads with its bound in both languages")
  func boundedText() {
    let years = HistoryBank.years
    #expect(NumberText.text(4, unit: years, bound: .moreThan, in: .en) == "more than 4 years")
    #expect(NumberText.text(4, unit: years, bound: .moreThan, in: .es) == "más de 4 años")
    #expect(NumberText.text(10, unit: nil, bound: .fewerThan, in: .en) == "fewer than 10")
    #expect(NumberText.text(10, unit: nil, bound: .fewerThan, in: .es) == "menos de 10")
    #expect(NumberText.text(300, unit: HistoryBank.people, bound: .about, in: .es) == "alrededor de 300 personas")
  }
}
