import Foundation

@testable import QuizCore

/// One text a player or reader sees, with where it comes from and whether it is running text (a sentence, as
/// opposed to an option, an answer or a label, which may keep figures).
struct ShippedText: Sendable {
  var origin: String
  var text: String
  var running: Bool
  /// Whether the text is in the other language (a verdict's answer shown in both).
  var otherLanguage = false
}

/// Every text the shipped banks and catalogs produce, in one language: questions, options and answers for
/// several seeds; the game screens of each question with both hints and a skip; the study guide; the bank's own
/// texts (descriptions, content note, translations); and every catalog string.
enum ShippedTexts {
  /// The ids of the banks under `QuestionBanks/` (folders holding a `bank.json`).
  static func bankIDs() throws -> [String] {
    let folder = Shipped.root.appendingPathComponent("QuestionBanks")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/bank.json").path)
    }.sorted()
  }

  static func catalog() throws -> Catalog { try Catalog(json: Shipped.catalogJSON()) }

  static let seeds: [UInt64] = [0, 1, 2]

  static func texts(of bank: BankIndex, in language: Language, catalog: Catalog) -> [ShippedText] {
    let renderer = QuestionRenderer(bank: bank, catalog: catalog)
    var texts: [ShippedText] = []
    func add(_ origin: String, _ text: String, running: Bool = true) {
      texts.append(ShippedText(origin: origin, text: text, running: running))
    }
    for seed in seeds {
      for question in QuestionGenerator(bank: bank, seed: seed).allQuestions() {
        let rendered = renderer.render(question, in: language)
        let id = question.id.rawValue
        add("\(id) prompt", rendered.prompt)
        // Timeline events are short sentences; other options and answers are values, which may keep figures.
        for option in rendered.options { add("\(id) option", option, running: question.kind == .timeline) }
        if question.kind != .timeline { add("\(id) answer", rendered.answer, running: false) }
        if seed == seeds[0] { texts += screens(of: question, bank: bank, catalog: catalog, language: language) }
      }
    }
    let guide = StudyGuide(bank: bank, renderer: renderer, language: language)
    add("study title", guide.title)
    add("content note", guide.contentNote)
    for entry in guide.timeline { add("study timeline \(entry.fact)", "\(entry.date): \(entry.event)") }
    for section in guide.sections {
      add("study topic \(section.topic)", section.title)
      for entry in section.entries {
        add("study \(entry.fact)", entry.statement)
        // A translation written by the author, in this language (the quote itself is the source's words).
        if entry.quoteLanguage != language { add("translation \(entry.fact)", entry.translation) }
      }
    }
    add("bank description", bank.bank.description[language])
    for entity in bank.bank.entities { add("entity \(entity.id) description", entity.description[language]) }
    return texts
  }

  /// The game screens of one question: shown, after each of two hints, and after a skip.
  static func screens(of question: Question, bank: BankIndex, catalog: Catalog, language: Language) -> [ShippedText] {
    let start = Date(timeIntervalSince1970: 0)
    var game = GameSession(
      questions: [question], bank: bank, catalog: catalog, options: .init(language: language), startedAt: start)
    var events = game.start(at: start)
    events += game.handle(":hint", at: start)
    events += game.handle(":hint", at: start)
    events += game.handle(":score", at: start)
    events += game.handle(":skip", at: start)
    let writer = EventText(catalog: catalog)
    return events.flatMap(writer.lines).filter { !$0.text.isEmpty }.map { line in
      let running: Bool
      switch line.style {
      // Revealed letters ("9_ years") and the answer in the other language are not prose.
      case .prompt, .info, .heading, .error: running = true
      case .plain, .option, .removedOption, .right, .partial, .wrong, .hint, .secondary: running = false
      }
      return ShippedText(
        origin: "\(question.id.rawValue) screen", text: line.text, running: running,
        otherLanguage: line.style == .secondary)
    }
  }

  /// Every string of a language's catalog, plural forms included.
  static func catalogTexts(_ catalog: Catalog, in language: Language) -> [ShippedText] {
    (catalog.entries[language] ?? [:]).sorted { $0.key < $1.key }.flatMap { key, entry in
      entry.forms.map { ShippedText(origin: "Locales/\(language.rawValue).json \(key)", text: $0, running: true) }
    }
  }
}
