import Foundation
import Testing

@testable import QuizCore

/// Generation for authors' banks: qualifiers asked and rendered, small casts, distractors of the answer's own
/// type, bounded numbers, sources in either language, and nothing tied to one bank's proportions.
@Suite("Generating questions from an author's bank")
struct AuthorGenerationTests {
  let bank: BankIndex
  let questions: [Question]
  let renderer: QuestionRenderer

  init() throws {
    bank = try TrainingBank.index()
    questions = QuestionGenerator(bank: bank).allQuestions()
    renderer = QuestionRenderer(bank: bank, catalog: MiniBank.catalog)
  }

  func rendered(_ id: String, _ language: Language) throws -> RenderedQuestion {
    renderer.render(try #require(questions.first { $0.id.rawValue == id }, "no question \(id)"), in: language)
  }

  @Test("each qualifier is asked on its own, in both languages")
  func qualifierQuestions() throws {
    let date = try rendered("salcedo-arrest@date.date", .en)
    #expect(date.prompt == "When was Andrés Salcedo arrested in Puerto Alba?")
    #expect(date.answer == "April 2, 2021")
    #expect(
      try rendered("salcedo-arrest@date.date", .es).prompt == "¿Cuándo fue detenido Andrés Salcedo en Puerto Alba?")
    let court = try rendered("salcedo-sentence@court.typed", .es)
    #expect(court.prompt == "¿Qué juzgado condenó a Andrés Salcedo a seis años de prisión?")
    #expect(court.answer == "Juzgado de Valdeluna")
    let place = try rendered("salcedo-letter@place.typed", .en)
    #expect(place.prompt == "Where did Andrés Salcedo write a letter to Inés Carranza from?")
    #expect(place.answer == "Puerto Alba prison")
    // A date qualifier gets options near it, in order.
    let choice = try #require(questions.first { $0.id.rawValue == "salcedo-arrest@date.choice" })
    #expect(choice.options.count == 4 && choice.options.contains(choice.answer))
    #expect(choice.options == choice.options.sorted(by: AnswerValue.ascending))
    // Every qualifier with ask templates is asked.
    for fact in bank.bank.facts {
      for qualifier in fact.qualifiers.keys {
        #expect(questions.contains { $0.facts == [fact.id] && $0.qualifier == qualifier }, "\(fact.id)@\(qualifier)")
      }
    }
  }

  @Test("a fact with qualifiers is one sentence, and the study view shows it once")
  func statementsAndStudy() throws {
    let fact = try #require(bank.fact("salcedo-sentence"))
    #expect(
      renderer.statement(fact, in: .en)
        == "The Valdeluna Court sentenced Andrés Salcedo to six years in prison on May 10, 2021.")
    #expect(
      renderer.statement(fact, in: .es)
        == "El Juzgado de Valdeluna condenó a Andrés Salcedo a seis años de prisión el 10 de mayo de 2021.")
    for language in Language.allCases {
      let guide = StudyGuide(bank: bank, renderer: renderer, language: language)
      let statements = guide.sections.flatMap(\.entries).map(\.statement)
      #expect(Set(statements).count == statements.count, "a sentence repeated in the study view")
      #expect(statements.count == bank.bank.facts.count)
      // Facts dated by a qualifier are on the timeline, in order.
      #expect(
        guide.timeline.map(\.fact) == [
          "manuscript-disappeared", "salcedo-arrest", "salcedo-sentence", "manuscript-returned",
        ])
    }
  }

  @Test("quotes stay in their source's language; the other language reads the translation")
  func sourceLanguages() throws {
    let spanish = try rendered("museum-director.typed", .en)
    #expect(spanish.sourceLanguages == [.es])
    #expect(spanish.quote(0, in: .es) == ("La directora del museo, Lucía Ferrer, denunció el robo", false))
    #expect(spanish.quote(0, in: .en) == ("The museum’s director, Lucía Ferrer, reported the theft", true))
    let english = try rendered("manuscript-returned.typed", .es)
    #expect(english.sourceLanguages == [.en])
    #expect(english.quote(0, in: .en).translated == false)
    #expect(english.quote(0, in: .es).text.hasPrefix("El «Libro de las mareas» fue devuelto"))
    let entry = try #require(
      StudyGuide(bank: bank, renderer: renderer, language: .es).sections.flatMap(\.entries)
        .first { $0.fact == "museum-director" })
    #expect(entry.quote(in: .es) == ("La directora del museo, Lucía Ferrer, denunció el robo", false))
  }

  @Test("a small cast gets three options; distractors are of the answer's own type only")
  func smallCasts() throws {
    // Three towns: arrested in one of them, the other two are the wrong options.
    let arrest = try #require(questions.first { $0.id.rawValue == "salcedo-arrest.choice" })
    #expect(Set(arrest.options) == [.entity("puerto-alba"), .entity("san-telmo"), .entity("valdeluna")])
    // A relation that takes presidents and writers never offers a writer for a president.
    let pardon = try #require(
      QuestionGenerator(bank: HistoryBank.index).allQuestions().first { $0.id.rawValue == "dreyfus-pardon.choice" })
    #expect(Set(pardon.options) == [.entity("loubet"), .entity("faure"), .entity("casimir")])
    // One museum, one prison: no multiple choice at all rather than an absurd one.
    #expect(!questions.contains { $0.id.rawValue == "manuscript-disappeared.choice" })
    #expect(!questions.contains { $0.id.rawValue == "salcedo-letter@place.choice" })
  }

  @Test("a hint on three options removes one wrong option, on four it removes two")
  func hintOnThreeOptions() throws {
    for (id, removed) in [("salcedo-arrest.choice", 1), ("museum-director.choice", 2)] {
      let question = try #require(questions.first { $0.id.rawValue == id })
      var session = GameSession(
        questions: [question], bank: bank, catalog: MiniBank.catalog, options: .init(),
        startedAt: Date(timeIntervalSince1970: 0))
      _ = session.start(at: Date(timeIntervalSince1970: 0))
      _ = session.handle(":hint", at: Date(timeIntervalSince1970: 1))
      #expect(session.removedOptions.count == removed, "\(id)")
      #expect(!session.removedOptions.contains { question.options[$0] == question.answer })
    }
  }

  @Test("bounded numbers: \"about\" has bounded wrong options; \"more than\" has none that could also be true")
  func boundedNumbers() throws {
    let visitors = try rendered("museum-visitors.choice", .en)
    #expect(visitors.options.allSatisfy { $0.hasPrefix("about ") && $0.hasSuffix(" people") })
    #expect(visitors.answer == "about 300 people")
    #expect(try rendered("museum-visitors.choice", .es).answer == "alrededor de 300 personas")
    #expect(try rendered("manuscript-age.number", .es).answer == "más de 400 años")
    #expect(!questions.contains { $0.id.rawValue == "manuscript-age.choice" })
    #expect(!questions.contains { $0.id.rawValue == "manuscript-age.truefalse.false" })
  }

  @Test("a Spanish question may open with a lead-in: \"Según la fiscalía, ¿…?\"")
  func leadIn() throws {
    #expect(
      try rendered("manuscript-age.number", .es).prompt
        == "Según la fiscalía, ¿qué antigüedad tiene el «Libro de las mareas»?")
  }

  @Test("the Cassez bank keeps its questions: the three-option rule adds none, every option fits the role")
  func cassezUnchanged() throws {
    let cassez = try Shipped.bank("cassez")
    let questions = QuestionGenerator(bank: cassez).allQuestions()
    // Since issue 13 every role of the Cassez bank has four candidates or fewer than three (the book's author
    // has a type of his own), so no choice of it falls back to three options.
    let three = questions.filter { $0.kind == .choice && $0.options.count == 3 }.map(\.id.rawValue)
    #expect(three == [])
    // Every option of an entity question is of a type the relation takes.
    for question in questions
    where question.kind == .choice && question.direction == .forward && question.qualifier == nil {
      guard let fact = question.facts.first.flatMap(cassez.fact), let relation = cassez.relation(fact.relation),
        case .entity(let types) = relation.value
      else { continue }
      for case .entity(let id) in question.options {
        #expect(types.contains(cassez.entity(id)?.type ?? ""), "\(question.id.rawValue): \(id)")
      }
    }
  }
}
