import Foundation
import Testing

@testable import QuizCore

/// The style guide (`QuestionBanks/README.md`) checked over every text of every shipped bank and catalog, in
/// both languages.
@Suite("Style of every shipped text")
struct ShippedStyleTests {
  struct Sample: Sendable {
    var bank: String
    var language: Language
    var texts: [ShippedText]
    var titles: [String]
    /// The bank's reviewed word list for the spell check.
    var words: URL
  }

  /// Every shipped bank, and the training bank of the author's guide (a model authors copy, though never
  /// installed), in both languages.
  static let samples: [Sample] = {
    guard let catalog = try? ShippedTexts.catalog(), let ids = try? ShippedTexts.bankIDs() else { return [] }
    let shipped = ids.compactMap { id in
      (try? Shipped.bank(id)).map { (id, $0, Shipped.root.appendingPathComponent("QuestionBanks/\(id)/words.txt")) }
    }
    let training = (try? TrainingBank.index()).flatMap { bank in
      (try? TrainingBank.folder()).map { ("valdeluna (training)", bank, $0.appendingPathComponent("words.txt")) }
    }
    return (shipped + (training.map { [$0] } ?? [])).flatMap { id, bank, words -> [Sample] in
      Language.allCases.map { language in
        Sample(
          bank: id, language: language, texts: ShippedTexts.texts(of: bank, in: language, catalog: catalog),
          titles: StyleCheck.titles(of: bank.bank), words: words)
      }
    }
  }()

  static let catalogs: [(Language, [ShippedText])] = {
    guard let catalog = try? ShippedTexts.catalog() else { return [] }
    return Language.allCases.map { ($0, ShippedTexts.catalogTexts(catalog, in: $0)) }
  }()

  @Test("every shipped bank is read and checked")
  func banksFound() throws {
    #expect(try ShippedTexts.bankIDs().contains("cassez"))
    #expect(Self.samples.count == 2 * (try ShippedTexts.bankIDs().count + 1), "the shipped banks and the training bank")
    #expect(Self.samples.allSatisfy { !$0.texts.isEmpty })
  }

  @Test("titles of works are always set off by their marks")
  func titlesMarked() {
    for sample in Self.samples {
      for text in sample.texts {
        let found = StyleCheck.unmarkedTitles(in: text.text, titles: sample.titles)
        #expect(found.isEmpty, "\(sample.bank) \(sample.language) \(text.origin): \(found) in \"\(text.text)\"")
      }
    }
  }

  @Test("an entity whose type is a kind of work is marked as a work")
  func worksMarked() throws {
    for id in try ShippedTexts.bankIDs() {
      for entity in try Shipped.bank(id).bank.entities where StyleCheck.workTypes.contains(entity.type) {
        #expect(entity.work, "\(id): \(entity.id) is a \(entity.type) but has no \"work\": true")
      }
    }
  }

  @Test("a subject with several answers to one relation is asked for one of them, not for the answer")
  func severalAnswersAskedAsOneOf() throws {
    let catalog = try ShippedTexts.catalog()
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id)
      let renderer = QuestionRenderer(bank: bank, catalog: catalog)
      var counts: [String: Int] = [:]
      for fact in bank.bank.facts { counts[fact.subject + "|" + fact.relation, default: 0] += 1 }
      for question in QuestionGenerator(bank: bank, seed: 0).allQuestions()
      where question.kind != .truefalse && question.kind != .timeline && question.direction == .forward {
        guard let fact = question.facts.first.flatMap(bank.fact),
          counts[fact.subject + "|" + fact.relation, default: 0] > 1
        else { continue }
        for language in Language.allCases {
          let prompt = renderer.render(question, in: language).prompt.lowercased()
          #expect(
            (StyleCheck.oneOfSeveral[language] ?? []).contains { prompt.contains($0) },
            "\(id) \(question.id) \(language): \"\(prompt)\" asks for one answer among several right ones")
        }
      }
    }
  }

  @Test("running text spells out counts from one to ten")
  func smallNumbersInWords() {
    for sample in Self.samples {
      for text in sample.texts where text.running {
        let found = StyleCheck.smallFigures(in: text.text)
        #expect(found.isEmpty, "\(sample.bank) \(sample.language) \(text.origin): \(found) in \"\(text.text)\"")
      }
    }
    for (language, texts) in Self.catalogs {
      for text in texts {
        let found = StyleCheck.smallFigures(in: text.text)
        #expect(found.isEmpty, "\(language) \(text.origin): \(found)")
      }
    }
  }

  @Test("no text says the same sentence or word twice in a row")
  func noRepeats() {
    let all =
      Self.samples.flatMap { sample in sample.texts.map { (sample.language, $0) } }
      + Self.catalogs.flatMap { language, texts in texts.map { (language, $0) } }
    for (language, text) in all {
      let sentences = StyleCheck.repeatedSentences(in: text.text)
      #expect(sentences.isEmpty, "\(language) \(text.origin): \(sentences) repeated in \"\(text.text)\"")
      let words = StyleCheck.doubledWords(in: text.text)
      #expect(words.isEmpty, "\(language) \(text.origin): \(words) in \"\(text.text)\"")
    }
  }

  @Test("no calque, Spain-only word or old wording the style guide replaces")
  func wording() {
    let all =
      Self.samples.flatMap { sample in sample.texts.map { (sample.language, $0) } }
      + Self.catalogs.flatMap { language, texts in texts.map { (language, $0) } }
    for (language, text) in all {
      let found = StyleCheck.avoidedPhrases(in: text.text, language: language)
      #expect(found.isEmpty, "\(language) \(text.origin): \(found) in \"\(text.text)\"")
    }
  }

  @Test("no two questions read the same and want different answers, and none is asked twice")
  func distinctPrompts() throws {
    let catalog = try ShippedTexts.catalog()
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id)
      let renderer = QuestionRenderer(bank: bank, catalog: catalog)
      let questions = QuestionGenerator(bank: bank, seed: 0).allQuestions().filter { $0.kind != .timeline }
      for language in Language.allCases {
        var seen: [String: (id: String, answer: String)] = [:]
        for question in questions {
          let rendered = renderer.render(question, in: language)
          let key = rendered.prompt + " [" + rendered.options.sorted().joined(separator: " | ") + "]"
          if let earlier = seen[key] {
            #expect(
              earlier.answer == rendered.answer,
              "\(id) \(language): \(earlier.id) and \(question.id) read \"\(key)\" but want different answers")
            #expect(
              earlier.answer != rendered.answer, "\(id) \(language): \(earlier.id) and \(question.id) are one question")
          }
          seen[key] = (question.id.rawValue, rendered.answer)
        }
      }
    }
  }

  @Test("what the source only attributes stays attributed: every question about an entity its description hedges")
  func hedging() throws {
    let catalog = try ShippedTexts.catalog()
    for id in try ShippedTexts.bankIDs() {
      let bank = try Shipped.bank(id)
      let renderer = QuestionRenderer(bank: bank, catalog: catalog)
      for fact in bank.bank.facts {
        guard let subject = bank.entity(fact.subject) else { continue }
        for language in Language.allCases where StyleCheck.isHedged(subject.description[language], language: language) {
          let ask = renderer.ask(fact, direction: .forward, in: language)
          let statement = renderer.statement(fact, in: language)
          #expect(StyleCheck.isHedged(ask, language: language), "\(id) \(fact.id) \(language): \"\(ask)\"")
          #expect(StyleCheck.isHedged(statement, language: language), "\(id) \(fact.id) \(language): \"\(statement)\"")
        }
      }
    }
  }

  @Test("the study timeline gives each date once")
  func timelineDatesOnce() {
    for sample in Self.samples {
      for text in sample.texts where text.origin.hasPrefix("study timeline") {
        guard let colon = text.text.range(of: ": ") else { continue }
        let date = String(text.text[..<colon.lowerBound])
        let year = date.suffix(4)
        #expect(!text.text[colon.upperBound...].contains(year), "\(sample.bank) \(sample.language): \"\(text.text)\"")
      }
    }
  }

  @Test(
    "a spell check finds no unknown word beyond each bank's reviewed word list (Latin-American Spanish, US English)",
    .enabled(if: Hunspell.available, "hunspell with en_US and es_MX dictionaries is not installed (make deps)"))
  func spelling() throws {
    for sample in Self.samples {
      let words =
        (try? String(contentsOf: sample.words, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
      // Revealed letters ("A__ T____") are not words; a verdict's answer in the other language is checked there.
      let text = sample.texts.filter { !$0.text.contains("_") && !$0.otherLanguage }.map(\.text).joined(separator: "\n")
      let unknown = try Hunspell.unknownWords(in: text, language: sample.language, allowed: Set(words))
      #expect(unknown.isEmpty, "\(sample.bank): unknown \(sample.language) words: \(unknown.sorted())")
    }
  }
}
