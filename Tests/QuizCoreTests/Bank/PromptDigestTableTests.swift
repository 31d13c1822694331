import Foundation
import Testing

@testable import QuizCore

/// The prompt check keeps digests of the texts it reads instead of the texts: it must report exactly what the
/// `String`-keyed check reported (same messages, same order, same paths), whatever the digests.
@Suite("Prompt digests")
struct PromptDigestTableTests {
  /// Banks with many texts read twice: the mini bank, the shipped Cassez bank, and both with every relation's
  /// templates made the same (every question then reads like many others, for the same or another answer).
  static func banks() throws -> [(name: String, bank: Bank)] {
    let mini = try BankFixture.bank()
    let cassez = try Shipped.bank("cassez").bank
    return [
      ("mini", mini), ("cassez", cassez), ("mini, one template", Self.sameTemplates(mini)),
      ("cassez, one template", Self.sameTemplates(cassez)),
    ]
  }

  static func sameTemplates(_ bank: Bank) -> Bank {
    var bank = bank
    for index in bank.relations.indices {
      bank.relations[index].templates.en.ask = "What about {subject}?"
      bank.relations[index].templates.es.ask = "¿Y {subject}?"
      bank.relations[index].templates.en.statement = "It is {value}."
      bank.relations[index].templates.es.statement = "Es {value}."
      for key in bank.relations[index].templates.en.askQualifier.keys {
        bank.relations[index].templates.en.askQualifier[key] = "What about {subject}?"
      }
      for key in bank.relations[index].templates.es.askQualifier.keys {
        bank.relations[index].templates.es.askQualifier[key] = "¿Y {subject}?"
      }
    }
    return bank
  }

  static func check(
    _ bank: Bank, digest: (@Sendable (String, Bool) -> UInt64)? = nil, chunks: Int? = nil
  ) -> [String] {
    let validator = BankValidator(file: "bank.json", sourceTexts: [:], folderName: "bank")
    var report = BankValidator.Report(file: "bank.json", positions: JSONPositions())
    if let digest {
      validator.checkPrompts(bank, &report, digest: digest, chunks: chunks)
    } else {
      validator.checkPrompts(bank, &report, chunks: chunks)
    }
    return report.diagnostics.map { "\($0.location.keyPath ?? ""): \($0.severity.rawValue): \($0.message)" }
  }

  @Test("the check reports what the String-keyed check reported, even when every digest collides")
  func sameFindings() throws {
    var warnings = 0
    for (name, bank) in try Self.banks() {
      let expected = Self.stringKeyedCheck(bank)
      #expect(Self.check(bank) == expected, "\(name)")
      #expect(Self.check(bank, digest: { _, _ in 7 }) == expected, "\(name), one digest for all")
      #expect(Self.check(bank, digest: { text, _ in UInt64(text.utf8.count % 3) + 1 }) == expected, "\(name)")
      if name.hasSuffix("one template") {
        #expect(expected.contains { $0.contains(": error: ") }, "\(name): no error among \(expected.count)")
        warnings += expected.filter { $0.contains(": warning: ") }.count
      }
    }
    #expect(warnings > 0, "no bank gave a warning")
  }

  /// The texts are read by runs of consecutive facts at once, their digests joined in fact order: however the
  /// facts are cut (one run, two, seven, one per fact), the findings are the String-keyed check's, also when
  /// every digest collides (each clash then reads both questions again across runs).
  @Test("the check reports the same findings however the facts are cut into concurrent runs")
  func sameFindingsInRuns() throws {
    for (name, bank) in try Self.banks() {
      let expected = Self.stringKeyedCheck(bank)
      for chunks in [1, 2, 7, bank.facts.count] {
        #expect(Self.check(bank, chunks: chunks) == expected, "\(name), \(chunks) runs")
        #expect(
          Self.check(bank, digest: { _, _ in 7 }, chunks: chunks) == expected, "\(name), \(chunks) runs, one digest")
      }
    }
    #expect(ParallelRuns.map(count: 9) { $0 * $0 } == (0..<9).map { $0 * $0 })
    #expect(ParallelRuns.map(count: 0) { $0 }.isEmpty)
  }

  @Test("canonically equivalent texts have the same digest, different ones do not")
  func canonicalEquivalence() {
    let pairs: [(String, String)] = [
      ("¿Cuándo fue detenida Florence Cassez?", "¿Cuándo fue detenida Florence Cassez?"),
      ("Who wrote “Le Monde”? [Jos\u{E9} | Ana]", "Who wrote “Le Monde”? [Jose\u{301} | Ana]"),
      ("\u{212B}ngstr\u{F6}m", "A\u{30A}ngstro\u{308}m"),
      ("Ω", "\u{2126}"),
    ]
    for (a, b) in pairs {
      #expect(a == b)
      #expect(PromptDigestTable.digest(of: a, statement: false) == PromptDigestTable.digest(of: b, statement: false))
      #expect(PromptDigestTable.digest(of: a, statement: false) != PromptDigestTable.digest(of: a, statement: true))
    }
    #expect(
      PromptDigestTable.digest(of: "When was Ana arrested?", statement: false)
        != PromptDigestTable.digest(of: "When was Ana arrested!", statement: false))
  }

  /// The scalars read as already composed are in NFC alone and after any other of them: every pair of the
  /// punctuation range with a scalar below U+0300 or of that range, normalized by Foundation, is unchanged.
  @Test("text taken as composed is in NFC")
  func composedScalars() {
    let punctuation = (0x2010...0x2027).compactMap(Unicode.Scalar.init)
    let low = (0x20...0x2FF).compactMap(Unicode.Scalar.init)
    for first in low + punctuation {
      for second in punctuation {
        for text in [String(first) + String(second), String(second) + String(first)] {
          #expect(PromptDigestTable.isComposed(text))
          #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8), "\(text)")
        }
      }
    }
    for text in ["e\u{301}", "\u{2000}", "\u{2126}", "a\u{2028}", "한", "x\u{2030}"] {
      #expect(!PromptDigestTable.isComposed(text), "\(text)")
    }
  }

  @Test("the table finds what it was given and grows")
  func table() {
    var table = PromptDigestTable(expected: 1)
    for value in 1...1000 {
      table.insert(UInt64(value) &* 0x9E37_79B9_7F4A_7C15, .init(fact: value, question: value % 9 + 70_000))
    }
    for value in 1...1000 {
      #expect(
        table.candidate(UInt64(value) &* 0x9E37_79B9_7F4A_7C15) == .init(fact: value, question: value % 9 + 70_000))
    }
    #expect(table.candidate(12345) == nil)
  }

  // MARK: - The check as it was, keyed by the texts themselves (the oracle)

  static func stringKeyedCheck(_ bank: Bank) -> [String] {
    let index = BankIndex(bank)
    let renderer = QuestionRenderer(bank: index, catalog: Catalog(entries: [:]))
    let generator = QuestionGenerator(bank: index, seed: 0)
    var factPositions: [String: Int] = [:]
    for (position, fact) in bank.facts.enumerated() where factPositions[fact.id] == nil {
      factPositions[fact.id] = position
    }
    let languages = Language.allCases.filter { bank.languages.contains($0) }
    var first = languages.map { _ in [String: (id: String, answer: String)]() }
    var findings = languages.map { _ in [String]() }
    for fact in bank.facts {
      for question in generator.questions(for: fact) where question.kind != .timeline {
        guard let fact = question.facts.first.flatMap(index.fact), let position = factPositions[fact.id] else {
          continue
        }
        for (slot, language) in languages.enumerated() {
          let text = readText(of: question, fact: fact, renderer: renderer, in: language)
          let answer = renderer.values.text(question.answer, in: language)
          let key = (question.kind == .truefalse ? "statement\u{1F}" : "prompt\u{1F}") + text
          guard let earlier = first[slot][key] else {
            first[slot][key] = (question.id.rawValue, answer)
            continue
          }
          let at = JSONKeyPath.element("facts", position)
          if earlier.answer != answer {
            findings[slot].append(
              "\(at): error: questions \(earlier.id) and \(question.id.rawValue) read the same in \(language.rawValue) "
                + "(\"\(text)\") but want different answers (\"\(earlier.answer)\" and \"\(answer)\"): reword the "
                + "relation's template so that each question says which answer it wants")
          } else {
            findings[slot].append(
              "\(at): warning: questions \(earlier.id) and \(question.id.rawValue) are the same question in "
                + "\(language.rawValue) (\"\(text)\")")
          }
        }
      }
    }
    return Array(findings.joined())
  }

  static func readText(of question: Question, fact: Fact, renderer: QuestionRenderer, in language: Language) -> String {
    let prompt =
      question.qualifier.map { renderer.askQualifier(fact, $0, in: language) }
      ?? renderer.ask(fact, direction: question.direction, in: language)
    switch question.kind {
    case .truefalse:
      return renderer.statement(fact, value: question.statedValue, in: language)
    case .choice:
      let options = question.options.map { renderer.values.text($0, in: language) }.sorted()
      return prompt + " [" + options.joined(separator: " | ") + "]"
    case .typed, .number, .date, .timeline:
      return prompt
    }
  }
}

/// Questions about one fact share their `facts` and `topics` storage and write their id directly: the same
/// values as before.
@Suite("Generated questions of a fact")
struct GeneratedQuestionShapeTests {
  @Test("ids, facts and topics are what QuestionID and Question's defaults give")
  func sameIDs() throws {
    for id in ["cassez"] {
      let bank = try Shipped.bank(id)
      let questions = QuestionGenerator(bank: bank, seed: 3).allQuestions()
      #expect(questions.count > 100)
      for question in questions where question.kind != .timeline {
        let variant: String? =
          question.kind == .truefalse ? (question.answer == .truth(true) ? "true" : "false") : nil
        let expected = QuestionID(
          facts: question.facts, kind: question.kind, direction: question.direction, variant: variant,
          qualifier: question.qualifier)
        #expect(question.id == expected)
        #expect(question.id.rawValue.utf8.elementsEqual(expected.rawValue.utf8))
        #expect(question.facts.count == 1)
        #expect(question.topics == [question.topic])
      }
    }
  }
}

/// Every question of the shipped bank and the mini bank, generated and rendered, as it was before the sixth pass:
/// a change to generation or rendering that is meant to change nothing (a faster path) must keep these.
@Suite("Generated questions as before")
struct GeneratedQuestionsAsBeforeTests {
  /// A digest of everything a generated question holds, in order, for every question of a bank.
  static func fingerprint(_ questions: [Question], _ renderer: QuestionRenderer) -> String {
    // FNV-1a over every piece, each followed by U+001E.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ text: String) {
      for byte in (text + "\u{1E}").utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
    }
    for question in questions {
      add(question.id.rawValue)
      add(question.kind.rawValue)
      add(question.facts.joined(separator: ","))
      add(question.qualifier ?? "-")
      for language in Language.allCases {
        let rendered = renderer.render(question, in: language)
        add(rendered.prompt)
        add(rendered.options.joined(separator: "|"))
        add(rendered.answer)
        add(question.statedValue.map { renderer.values.text($0, in: language) } ?? "-")
      }
    }
    return String(hash, radix: 16) + "/\(questions.count)"
  }

  /// Recorded with the generator and renderer of `main` before the sixth pass (`114263f`); the cassez prints
  /// again after the comma added to the Spanish rescue statement (a true/false prompt), the only change then.
  @Test(
    "every question of the shipped bank and the mini bank is generated and rendered as before",
    arguments: [
      ("cassez", UInt64(0), "f0f37764a8b175de/135"), ("cassez", 1, "73382a3c38afc8d8/135"),
      ("cassez", 7, "84a20367dbe7d6ed/135"), ("mini", 0, "1b12cc363960a48d/21"), ("mini", 5, "517bc5f1327ee5b4/21"),
    ])
  func sameQuestions(bank name: String, seed: UInt64, expected: String) throws {
    let bank = name == "mini" ? BankIndex(try BankFixture.bank()) : try Shipped.bank(name)
    let renderer = QuestionRenderer(bank: bank, catalog: try ShippedTexts.catalog())
    let questions = QuestionGenerator(bank: bank, seed: seed).allQuestions()
    #expect(Self.fingerprint(questions, renderer) == expected, "\(name), seed \(seed)")
  }
}
