import Testing

@testable import QuizCore

@Suite("Question generation")
struct QuestionGeneratorTests {
  let generator = QuestionGenerator(bank: MiniBank.index, seed: 7)
  let renderer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog)

  @Test("ids depend on facts, kind and direction, not on language or seed")
  func stableIDs() {
    let a = Set(generator.allQuestions().map(\.id))
    let b = Set(QuestionGenerator(bank: MiniBank.index, seed: 99).allQuestions().map(\.id))
    #expect(a == b)
    #expect(a.contains(QuestionID(rawValue: "show-director.choice")))
    #expect(a.contains(QuestionID(rawValue: "show-director.typed")))
    #expect(a.contains(QuestionID(rawValue: "show-director.truefalse.true")))
    #expect(a.contains(QuestionID(rawValue: "show-director.truefalse.false")))
    #expect(a.contains(QuestionID(rawValue: "ana-arrest.date")))
    #expect(a.contains(QuestionID(rawValue: "ana-sentence.number")))
    #expect(a.count == generator.allQuestions().count, "no two questions share an id")
  }

  @Test("the same seed gives the same questions")
  func deterministic() {
    #expect(generator.allQuestions() == QuestionGenerator(bank: MiniBank.index, seed: 7).allQuestions())
  }

  @Test("multiple choice has four distinct options, exactly one right, of the answer's type and gender")
  func choiceOptions() throws {
    for seed in UInt64(0)..<20 {
      let questions = QuestionGenerator(bank: MiniBank.index, seed: seed).allQuestions().filter { $0.kind == .choice }
      #expect(!questions.isEmpty)
      for question in questions {
        #expect(question.options.count == 4)
        #expect(question.options.filter { $0 == question.answer }.count == 1)
        #expect(Set(question.options).count == 4)
        if case .entity = question.answer {
          let people = question.options.compactMap { option -> Entity? in
            if case .entity(let id) = option { return MiniBank.index.entity(id) } else { return nil }
          }
          #expect(people.allSatisfy { $0.type == "person" && $0.grammar.es.gender == .feminine })
        }
      }
    }
  }

  @Test("numbers and dates are offered in order, near the true value")
  func orderedOptions() throws {
    let questions = generator.allQuestions().filter { $0.kind == .choice }
    let sentence = try #require(questions.first { $0.facts == ["ana-sentence"] })
    let numbers = sentence.options.compactMap { if case .number(let n, _, _) = $0 { n } else { nil } }
    #expect(numbers == numbers.sorted())
    #expect(numbers.allSatisfy { abs($0 - 60) <= 24 })
    let arrest = try #require(questions.first { $0.facts == ["ana-arrest"] })
    let dates = arrest.options.compactMap { if case .date(let d) = $0 { d } else { nil } }
    #expect(dates == dates.sorted())
    #expect(dates.allSatisfy { $0.precision == .day && abs($0.year - 2005) <= 1 })
  }

  @Test("a relation that is not functional yields no multiple choice and no false statement")
  func honestDistractorsOnly() {
    let ids = Set(generator.allQuestions().filter { $0.facts == ["juan-held"] }.map(\.id.rawValue))
    #expect(ids == ["juan-held.typed", "juan-held.truefalse.true"], "a typed question needs no distractors")
  }

  @Test("timelines only group dates that can be told apart and are shown out of order")
  func timelines() {
    let timelines = generator.allQuestions().filter { $0.kind == .timeline }
    // 4 events: a few groups (two passes over the events), never every combination; every event in one.
    #expect((1...4).contains(timelines.count))
    #expect(Set(timelines.flatMap(\.facts)) == ["ana-arrest", "juan-arrest", "bea-arrest", "carla-arrest"])
    #expect(Set(timelines.map { Set($0.facts) }).count == timelines.count)
    for timeline in timelines {
      #expect(timeline.facts != timeline.rightOrder)
      #expect(Set(timeline.facts) == Set(timeline.rightOrder))
      #expect((3...5).contains(timeline.facts.count))
    }
  }

  @Test(
    "questions render in both languages",
    arguments: [
      ("show-director.typed", Language.en, "Who directed The Case?", "Ana Torres"),
      ("show-director.typed", .es, "¿Quién dirigió The Case?", "Ana Torres"),
      ("ana-arrest.date", .es, "¿Cuándo fue detenida Ana Torres?", "8 de diciembre de 2005"),
      ("ana-arrest.date", .en, "When was Ana Torres arrested?", "December 8, 2005"),
      ("ana-sentence.number", .es, "¿A cuántos años fue condenada Ana Torres?", "60 años"),
      (
        "ana-arrest.truefalse.true", .es, "¿Verdadero o falso? Ana Torres fue detenida el 8 de diciembre de 2005.",
        "Verdadero"
      ),
      ("juan-held.truefalse.true", .es, "¿Verdadero o falso? Juan Mora estuvo retenido en el rancho.", "Verdadero"),
      ("juan-held.truefalse.true", .en, "True or false? Juan Mora was held at the ranch.", "True"),
      ("juan-arrest.date", .es, "¿Cuándo fue detenido Juan Mora?", "marzo de 2007"),
    ])
  func renders(id: String, language: Language, prompt: String, answer: String) throws {
    let question = try #require(generator.allQuestions().first { $0.id.rawValue == id })
    let rendered = renderer.render(question, in: language)
    #expect(rendered.prompt == prompt)
    #expect(rendered.answer == answer)
  }

  @Test("a false statement states a wrong value and its answer is False")
  func falseStatement() throws {
    let question = try #require(generator.allQuestions().first { $0.id.rawValue == "ana-sentence.truefalse.false" })
    #expect(question.answer == .truth(false))
    #expect(question.statedValue != .number(60, unit: nil))
    let rendered = renderer.render(question, in: .en)
    #expect(rendered.answer == "False")
    #expect(!rendered.prompt.contains("60 years"))
  }
}

@Suite("Filtering questions by topic")
struct QuestionFilterTests {
  @Test("a timeline passes a topic filter only when all its events belong to the topics")
  func timelinesSpanTopics() throws {
    var facts = MiniBank.facts
    facts[1].topic = "other"  // ana-arrest
    var bank = MiniBank.bank
    bank.facts = facts
    bank.topics.append(Topic(id: "other", name: Localized("Other")))
    let questions = QuestionGenerator(bank: BankIndex(bank)).allQuestions().filter { $0.kind == .timeline }
    let onlyT = QuestionFilter(topics: ["t"])
    let both = QuestionFilter(topics: ["t", "other"])
    #expect(questions.allSatisfy { both.allows($0) })
    #expect(questions.filter { onlyT.allows($0) }.allSatisfy { !$0.facts.contains("ana-arrest") })
    #expect(questions.contains { !onlyT.allows($0) })
  }
}
