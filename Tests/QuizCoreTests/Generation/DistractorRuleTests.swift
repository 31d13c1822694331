import Foundation
import Testing

@testable import QuizCore

/// A bank of many entities, built so that the fast paths of `DistractorPicker` (pools drawn by random index,
/// names normalized once) meet every rule: crowds of the wrong type, of the other gender, and of names that
/// normalize like the answer's; a text relation whose declared alternatives include the true value spelled
/// differently; and many works directed by the same few people.
enum CrowdBank {
  static let genders: [Grammar.Gender] = [.feminine, .masculine]

  static func entity(_ id: String, _ type: String, _ name: String, _ gender: Grammar.Gender?, es: String? = nil)
    -> Entity
  {
    Entity(
      id: id, type: type, name: Localized(en: name, es: es ?? name),
      grammar: Localized(en: Grammar(), es: Grammar(gender: gender)), description: Localized("An entity."))
  }

  static let entities: [Entity] = {
    var entities: [Entity] = []
    for n in 0..<300 {
      entities.append(entity("p\(n)", "person", "Person Number \(n)", genders[n % 2]))
    }
    // Names that normalize alike: only one of them may ever appear among the options.
    for n in 0..<120 {
      let spelling = ["Ana Torres", "ANA TORRES", "Ána Tórres", "ana-torres", "Ana  Torres."][n % 5]
      entities.append(entity("twin\(n)", "person", spelling, .feminine))
    }
    // A feminine minority among masculine people of another type.
    for n in 0..<200 { entities.append(entity("m\(n)", "officer", "Officer \(n)", .masculine)) }
    for n in 0..<4 { entities.append(entity("f\(n)", "officer", "Officer Woman \(n)", .feminine)) }
    for n in 0..<80 {
      entities.append(entity("org\(n)", "org", "Organization \(n)", .feminine, es: "Organización \(n)"))
    }
    for n in 0..<150 { entities.append(entity("w\(n)", "work", "Work \(n)", .feminine)) }
    return entities
  }()

  static func templates(_ verb: String, inverse: Bool = false) -> Localized<RelationTemplates> {
    Localized(
      en: RelationTemplates(
        ask: "Who \(verb) {subject}?", askInverse: inverse ? "What did {value} \(verb)?" : nil,
        statement: "{subject} was \(verb) by {value}.", event: "{subject} is \(verb)"),
      es: RelationTemplates(
        ask: "¿Quién \(verb) {subject}?", askInverse: inverse ? "¿Qué \(verb) {value}?" : nil,
        statement: "{subject} fue \(verb) por {value}.", event: "{subject} es \(verb)"))
  }

  static let statusTrue = Localized(en: "Released", es: "Liberada")

  static let relations: [Relation] = [
    Relation(
      id: "directed-by", subjectTypes: ["work"], value: .entity(types: ["person"]), functional: true,
      templates: templates("directed")),
    Relation(
      id: "produced-by", subjectTypes: ["work"], value: .entity(types: ["officer"]), functional: true,
      inverseFunctional: true, templates: templates("produced", inverse: true)),
    Relation(
      id: "member-of", subjectTypes: ["person"], value: .entity(types: ["org"]), functional: true,
      templates: templates("joined")),
    Relation(
      id: "status", subjectTypes: ["person"],
      value: .text(alternatives: [
        Localized(en: "RELEASED", es: "liberada"),  // the true value, spelled otherwise: never a distractor
        Localized(en: "In prison", es: "En prisión"),
        Localized(en: "In Prison!", es: "En prision"),  // the same as the one before once normalized
        Localized(en: "On trial", es: "En juicio"),
        Localized(en: "Acquitted", es: "Absuelta"),
        Localized(en: "Fugitive", es: "Prófuga"),
      ]), functional: true, templates: templates("was")),
    Relation(
      id: "arrested-on", subjectTypes: ["person"], value: .date, functional: true, templates: templates("arrested")),
    Relation(
      id: "sentence", subjectTypes: ["person"], value: .number(unit: nil), functional: true,
      templates: templates("sentenced")),
  ]

  static func fact(_ id: String, _ subject: String, _ relation: String, _ value: FactValue) -> Fact {
    Fact(
      id: id, topic: "t", subject: subject, relation: relation, value: value,
      source: FactSource(document: "doc", quote: "quote", translation: "cita"))
  }

  static let facts: [Fact] = {
    var facts: [Fact] = []
    for n in 0..<150 {
      // Directors come from a few people (and the twins), so many works share a director.
      let director = n % 3 == 0 ? "twin\(n % 120)" : "p\(n % 7)"
      facts.append(fact("w\(n)-director", "w\(n)", "directed-by", .entity(director)))
      facts.append(fact("w\(n)-producer", "w\(n)", "produced-by", .entity(n < 4 ? "f\(n)" : "m\(n)")))
    }
    for n in 0..<300 {
      facts.append(fact("p\(n)-member", "p\(n)", "member-of", .entity("org\(n % 80)")))
      facts.append(
        fact(
          "p\(n)-arrest", "p\(n)", "arrested-on",
          .date(CalendarDate(year: 1990 + n % 30, month: 1 + n % 12, day: 1 + n % 28))))
      facts.append(fact("p\(n)-sentence", "p\(n)", "sentence", .number(Double(5 + n % 40))))
    }
    for n in 0..<20 {
      facts.append(fact("p\(n)-status", "p\(n)", "status", .text(statusTrue, aliases: Localized(en: [], es: []))))
    }
    return facts
  }()

  static let bank = Bank(
    id: "crowd", title: Localized("Crowd"), description: Localized("A test bank."),
    sources: [
      SourceDocument(id: "doc", title: "Doc", publisher: "Pub", date: CalendarDate(year: 2022), file: "doc.txt")
    ],
    contentNote: Localized("Test."), license: "CC0-1.0", topics: [Topic(id: "t", name: Localized("Topic"))],
    entities: entities, relations: relations, facts: facts)

  static let index = BankIndex(bank)
}

@Suite("Distractor rules on a bank of many entities")
struct DistractorRuleTests {
  let bank = CrowdBank.index
  let seeds: [UInt64] = [0, 1, 2, 3, 42]

  func entity(_ value: AnswerValue?) -> Entity? {
    if case .entity(let id)? = value { return bank.entity(id) }
    return nil
  }

  /// The values the bank states for a subject under a relation: the ones no distractor may be.
  func trueValues(_ subject: String, _ relation: String) -> [FactValue] {
    bank.bank.facts.filter { $0.subject == subject && $0.relation == relation }.map(\.value)
  }

  func keys(_ value: AnswerValue) -> [String] {
    switch value {
    case .entity(let id):
      let name = bank.entity(id)?.name ?? Localized(id)
      return [DistractorPicker.normalized(name.en), DistractorPicker.normalized(name.es)]
    case .text(let text, _): return [DistractorPicker.normalized(text.en), DistractorPicker.normalized(text.es)]
    default: return ["\(value)"]
    }
  }

  @Test("forward options: right type, never the subject or a true value, distinct names, agreeing gender")
  func forwardChoices() throws {
    for seed in seeds {
      let questions = QuestionGenerator(bank: bank, seed: seed).allQuestions()
      let choices = questions.filter { $0.kind == .choice && $0.direction == .forward }
      #expect(choices.count > 500)
      for question in choices {
        let fact = try #require(bank.fact(question.facts[0]))
        let relation = try #require(bank.relation(fact.relation))
        #expect(question.options.count == 4, "\(question.id)")
        #expect(question.options.filter { $0 == question.answer }.count == 1, "\(question.id)")
        let truth = trueValues(fact.subject, fact.relation)
        for option in question.options where option != question.answer {
          switch (option, relation.value) {
          case (.entity(let id), .entity(let types)):
            let distractor = try #require(bank.entity(id))
            #expect(types.contains(distractor.type), "\(question.id): \(id) is a \(distractor.type)")
            #expect(id != fact.subject && !truth.contains(.entity(id)), "\(question.id): \(id) is true")
          case (.text, .text):
            let trueKeys = Set(
              truth.flatMap { value -> [String] in
                guard case .text(let text, _) = value else { return [] }
                return [DistractorPicker.normalized(text.en), DistractorPicker.normalized(text.es)]
              })
            #expect(trueKeys.isDisjoint(with: keys(option)), "\(question.id): \(option) is a declared true value")
          case (.number(let n, _, _), .number):
            #expect(!truth.contains(.number(n)), "\(question.id)")
          case (.date(let d), .date):
            #expect(!truth.contains(.date(d)) && d.precision == .day, "\(question.id)")
          default:
            Issue.record("\(question.id): option \(option) does not match the relation's value type")
          }
        }
        // No two options alike once normalized, in either language.
        let english = question.options.map { keys($0)[0] }
        let spanish = question.options.map { keys($0)[keys($0).count - 1] }
        #expect(Set(english).count == 4 && Set(spanish).count == 4, "\(question.id): \(question.options)")
        if relation.value.isOrdered {
          #expect(question.options == question.options.sorted(by: AnswerValue.ascending), "\(question.id)")
        }
        if let answer = entity(question.answer) {
          let others = question.options.compactMap(entity)
          #expect(
            others.allSatisfy { $0.grammar.es.gender == answer.grammar.es.gender }, "\(question.id): gender")
        }
      }
    }
  }

  @Test("a name that normalizes like another's is offered once at most, even when most of the pool is alike")
  func twins() {
    for seed in seeds {
      for question in QuestionGenerator(bank: bank, seed: seed).allQuestions() where question.kind == .choice {
        let twins = question.options.filter { entity($0)?.id.hasPrefix("twin") == true }
        #expect(twins.count <= 1, "\(question.id): \(twins)")
      }
    }
  }

  @Test("a feminine answer among a masculine crowd still gets feminine distractors when the bank has enough")
  func minorityGender() throws {
    for seed in seeds {
      let questions = QuestionGenerator(bank: bank, seed: seed).allQuestions()
      for n in 0..<4 {
        let question = try #require(questions.first { $0.id.rawValue == "w\(n)-producer.choice" })
        let genders = question.options.compactMap(entity).map(\.grammar.es.gender)
        #expect(genders == Array(repeating: .feminine, count: 4), "\(question.id)")
        #expect(Set(question.options) == Set((0..<4).map { AnswerValue.entity("f\($0)") }))
      }
    }
  }

  @Test("inverse options are of the subject's type and none of them holds the value")
  func inverseChoices() throws {
    for seed in seeds {
      let choices = QuestionGenerator(bank: bank, seed: seed).allQuestions().filter {
        $0.kind == .choice && $0.direction == .inverse
      }
      #expect(choices.count == 150)
      for question in choices {
        let fact = try #require(bank.fact(question.facts[0]))
        #expect(question.options.filter { $0 == question.answer }.count == 1)
        for option in question.options where option != question.answer {
          let subject = try #require(entity(option))
          #expect(subject.type == "work")
          #expect(!trueValues(subject.id, fact.relation).contains(fact.value), "\(question.id): \(subject.id)")
        }
      }
    }
  }

  @Test("a false statement states a value that is not true")
  func falseStatements() throws {
    for seed in seeds {
      for question in QuestionGenerator(bank: bank, seed: seed).allQuestions()
      where question.id.rawValue.hasSuffix(".false") {
        let fact = try #require(bank.fact(question.facts[0]))
        let stated = try #require(question.statedValue)
        #expect(stated != question.answer)
        let relation = try #require(bank.relation(fact.relation))
        let trueKeys = Set(
          bank.bank.facts.filter { $0.subject == fact.subject && $0.relation == fact.relation }
            .flatMap { keys(ValueText.answerValue(of: $0, relation: relation)) })
        #expect(trueKeys.isDisjoint(with: keys(stated)), "\(question.id): \(stated)")
      }
    }
  }

  @Test("the same seed gives the same questions; another seed the same ids")
  func deterministic() {
    let first = QuestionGenerator(bank: bank, seed: 9).allQuestions()
    #expect(first == QuestionGenerator(bank: bank, seed: 9).allQuestions())
    let other = QuestionGenerator(bank: bank, seed: 10).allQuestions()
    #expect(first.map(\.id) == other.map(\.id))
    #expect(first != other, "distractors depend on the seed")
  }

  @Test("the fast normalization of ASCII and Latin names gives Foundation's key")
  func fastNormalization() throws {
    // Every scalar of the literal tables, and every printable ASCII character, alone.
    let singles = Array(0x20...0x7E) + Array(0x80...0x24F) + Array(0x1E00...0x1EFF)
    var texts = singles.compactMap { Unicode.Scalar(UInt32($0)).map { String(Character($0)) } }
    // Mixed texts: ASCII, table letters, and now and then a scalar outside the tables (a combining accent, a
    // curly apostrophe, Greek, a dash), which sends the text through Foundation.
    let others: [UInt32] = [0x301, 0x303, 0x2019, 0x3A3, 0x3C2, 0x2013, 0x1F00]
    var rng = SplitMix64(seed: 5)
    for _ in 0..<3000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &rng) {
        let pick = Int.random(in: 0..<10, using: &rng)
        let value: UInt32 =
          pick < 5
          ? UInt32.random(in: 0x20...0x7E, using: &rng)
          : pick < 9
            ? UInt32(singles[Int.random(in: 95..<singles.count, using: &rng)])
            : others.randomElement(using: &rng) ?? 0x301
        if let scalar = Unicode.Scalar(value) { text.append(scalar) }
      }
      texts.append(String(text))
    }
    let cassez = try Shipped.bank("cassez").bank
    texts += cassez.entities.flatMap { [$0.name.en, $0.name.es] + $0.aliases.en + $0.aliases.es }
    for text in texts {
      #expect(
        DistractorPicker.normalized(text) == DistractorPicker.foldedByFoundation(text), "\(text.debugDescription)")
    }
  }
}

@Suite("Timelines on many events")
struct TimelineScaleTests {
  @Test("kept events are those a pairwise comparison keeps")
  func distinguishable() {
    var rng = SplitMix64(seed: 3)
    let fact = CrowdBank.facts[0]
    var dated: [(fact: Fact, date: CalendarDate)] = []
    for n in 0..<400 {
      let year = 2000 + Int.random(in: 0..<6, using: &rng)
      let month = Int.random(in: 0...12, using: &rng)
      let day = Int.random(in: 0...3, using: &rng)
      var event = fact
      event.id = "e\(n)"
      dated.append((event, CalendarDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)))
    }
    // The rule, as it was written before: by precision, most precise first, each event kept if it can be told
    // apart from every event kept before it.
    var expected: [(fact: Fact, date: CalendarDate)] = []
    let byPrecision = dated.enumerated().sorted {
      ($1.element.date.precision, $0.offset) < ($0.element.date.precision, $1.offset)
    }.map(\.element)
    for event in byPrecision where expected.allSatisfy({ TimelineBuilder.distinguishable($0.date, event.date) }) {
      expected.append(event)
    }
    let kept = TimelineBuilder.distinguishableEvents(dated)
    #expect(kept.map(\.fact.id) == expected.map(\.fact.id))
    #expect(kept.count > 20 && kept.count < 400)
  }

  @Test("timelines are bounded and varied: every event in some, no two alike, about half as many as events")
  func boundedCount() {
    let all = QuestionGenerator(bank: CrowdBank.index, seed: 1).allQuestions()
    let questions = all.filter { $0.kind == .timeline }
    // 300 arrests on 30 years × 12 months × 28 days: distinct days, all kept.
    let events = 300
    #expect(questions.count <= events * TimelineBuilder.passes / 3 && questions.count >= events / 5)
    #expect(Set(questions.flatMap(\.facts)).count == events)
    #expect(Set(questions.map { Set($0.facts) }).count == questions.count)
    #expect(Double(questions.count) / Double(all.count) < 0.25, "\(questions.count) of \(all.count)")
    for question in questions {
      #expect(question.facts != question.rightOrder && Set(question.facts) == Set(question.rightOrder))
      #expect(TimelineBuilder.sizes.contains(question.facts.count))
    }
    // The same bank has the same timelines whatever the game's seed: the profile remembers them by id.
    let other = QuestionGenerator(bank: CrowdBank.index, seed: 99).allQuestions().filter { $0.kind == .timeline }
    #expect(Set(other.map(\.id)) == Set(questions.map(\.id)))
  }
}
