import Foundation
import Testing

@testable import QuizCore

/// Titles of works (`"work": true`): set off by «…» in Spanish and “…” in English wherever a name is shown,
/// stored bare, and accepted when typed without the marks.
@Suite("Titles of works")
struct WorkTitleTests {
  /// The mini bank with its series marked as a work.
  static let index: BankIndex = {
    var bank = MiniBank.bank
    bank.entities = bank.entities.map { entity in
      var entity = entity
      if entity.id == "show" { entity.work = true }
      return entity
    }
    return BankIndex(bank)
  }()
  let renderer = QuestionRenderer(bank: Self.index, catalog: MiniBank.catalog)
  let questions = QuestionGenerator(bank: Self.index, seed: 1).allQuestions()

  func rendered(_ id: String, _ language: Language) throws -> RenderedQuestion {
    renderer.render(try #require(questions.first { $0.id.rawValue == id }), in: language)
  }

  @Test(
    "a work's name is set off in prompts, answers and statements",
    arguments: [
      ("show-director.typed", Language.en, "Who directed “The Case”?", "Ana Torres"),
      ("show-director.typed", .es, "¿Quién dirigió «The Case»?", "Ana Torres"),
      ("show-director.truefalse.true", .en, "True or false? “The Case” was directed by Ana Torres.", "True"),
      ("show-director.truefalse.true", .es, "¿Verdadero o falso? «The Case» fue dirigida por Ana Torres.", "Verdadero"),
    ])
  func marked(id: String, language: Language, prompt: String, answer: String) throws {
    let question = try rendered(id, language)
    #expect(question.prompt == prompt)
    #expect(question.answer == answer)
  }

  @Test(
    "a title is accepted typed with or without its marks",
    arguments: ["The Case", "the case", "«The Case»", "“The Case”", "\"The Case\""])
  func typedWithoutMarks(input: String) throws {
    // Asked the other way round ("Which series did Ana Torres direct?"), the answer is the title.
    let question = Question(
      id: QuestionID(facts: ["show-director"], kind: .typed, direction: .inverse, variant: nil), kind: .typed,
      direction: .inverse, facts: ["show-director"], topic: "t", answer: .entity("show"))
    #expect(renderer.render(question, in: .en).answer == "“The Case”")
    #expect(renderer.render(question, in: .es).answer == "«The Case»")
    let checker = AnswerChecker(bank: Self.index, text: renderer.values)
    for language in Language.allCases {
      guard case .verdict(let verdict) = checker.check(input, question: question, language: language) else {
        Issue.record("asked again for \(input)")
        continue
      }
      #expect(verdict.outcome == .right, "\(input) in \(language)")
    }
  }

  @Test("the marks of each language", arguments: [(Language.en, "“A Criminal Novel”"), (.es, "«A Criminal Novel»")])
  func marks(language: Language, text: String) {
    #expect(TitleMarks.mark("A Criminal Novel", in: language) == text)
  }

  @Test("\"work\" is read from bank.json, false when absent, and written only when true")
  func coding() throws {
    let json =
      #"{"id": "book", "type": "book", "name": {"en": "A Book", "es": "Un libro"}, "work": true, "#
      + #""grammar": {"en": {}, "es": {"gender": "masculine"}}, "description": {"en": "A book.", "es": "Un libro."}}"#
    let work = try JSONDecoder().decode(Entity.self, from: Data(json.utf8))
    #expect(work.work)
    #expect(String(decoding: try JSONEncoder().encode(work), as: UTF8.self).contains("\"work\":true"))
    let plain = try JSONDecoder().decode(
      Entity.self, from: Data(json.replacingOccurrences(of: "\"work\": true, ", with: "").utf8))
    #expect(!plain.work)
    #expect(!String(decoding: try JSONEncoder().encode(plain), as: UTF8.self).contains("work"))
  }
}

@Suite("Numbers in running text")
struct ProseNumberTests {
  static let people = Localized(
    en: UnitName(one: "person", other: "people"), es: UnitName(one: "persona", other: "personas", gender: .feminine))
  static let years = Localized(en: UnitName(one: "year", other: "years"), es: UnitName(one: "año", other: "años"))

  @Test(
    "counts from one to ten are words, agreeing with the unit; larger counts keep figures",
    arguments: [
      (3.0, people, Language.en, "three people"), (3, people, .es, "tres personas"), (1, people, .en, "one person"),
      (1, people, .es, "una persona"), (1, years, .es, "un año"), (10, years, .es, "diez años"),
      (11, years, .en, "11 years"), (96, years, .es, "96 años"), (0, years, .en, "0 years"),
      (2.5, years, .en, "2.5 years"),
    ])
  func prose(number: Double, unit: Localized<UnitName>, language: Language, text: String) {
    #expect(NumberText.prose(number, unit: unit, in: language) == text)
  }

  @Test("a statement spells out a small count while the answer keeps its figure")
  func statementAndAnswer() throws {
    let renderer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog)
    var fact = try #require(MiniBank.index.fact("ana-sentence"))
    fact.value = .number(3)
    #expect(renderer.statement(fact, in: .en) == "Ana Torres was sentenced to three years.")
    #expect(renderer.statement(fact, in: .es) == "Ana Torres fue condenada a tres años.")
    #expect(renderer.values.text(renderer.values.answerValue(of: fact), in: .es) == "3 años")
  }
}

@Suite("Study timeline")
struct StudyTimelineTests {
  @Test("a timeline entry names the event after its date, without repeating the date", arguments: Language.allCases)
  func eventForm(language: Language) throws {
    let renderer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog)
    let guide = StudyGuide(bank: MiniBank.index, renderer: renderer, language: language)
    let entry = try #require(guide.timeline.first { $0.fact == "ana-arrest" })
    #expect(entry.event == (language == .en ? "Ana Torres is arrested" : "Ana Torres es detenida"))
    for entry in guide.timeline { #expect(!entry.event.contains(entry.date), "\(entry.event)") }
  }

  /// Spanish goes on in lowercase after the date's colon ("marzo de 2009: se reduce la condena…"): a template
  /// word capitalized only to start a sentence is lowered, a word of a name of the bank keeps its capital;
  /// English keeps the capital of the complete sentence that follows.
  @Test(
    "an event after its date: lowercase in Spanish, names keeping their capitals",
    arguments: [
      ("Se detiene a {subject}", Language.es, "se detiene a Ana Torres"),
      ("Juan Mora ve detener a {subject}", .es, "Juan Mora ve detener a Ana Torres"),
      ("{subject} es detenida", .es, "Ana Torres es detenida"),
      ("Arrest of {subject}", .en, "Arrest of Ana Torres"),
    ])
  func eventCase(template: String, language: Language, event: String) throws {
    var relations = MiniBank.relations
    let index = try #require(relations.firstIndex { $0.id == "arrested-on" })
    relations[index].templates[language].event = template
    let original = MiniBank.bank
    let bank = BankIndex(
      Bank(
        id: original.id, title: original.title, description: original.description, sources: original.sources,
        contentNote: original.contentNote, license: original.license, topics: original.topics,
        entities: original.entities, relations: relations, facts: original.facts))
    let guide = StudyGuide(
      bank: bank, renderer: QuestionRenderer(bank: bank, catalog: MiniBank.catalog), language: language)
    #expect(guide.timeline.first { $0.fact == "ana-arrest" }?.event == event)
    // A timeline question's options still start with a capital.
    let renderer = QuestionRenderer(bank: bank, catalog: MiniBank.catalog)
    let fact = try #require(bank.bank.facts.first { $0.id == "ana-arrest" })
    #expect(renderer.event(fact, in: language).first?.isUppercase == true)
  }
}
