/// The file formats a bank's questions are exported in.
public enum DeckFormat: String, CaseIterable, Sendable {
  /// Anki's tab-separated text import: header lines (`#separator:tab`, `#html:true`, `#notetype`, `#deck`,
  /// `#tags column:3`), then front, back (the answer, the fact as a sentence and its source) and tags, with
  /// HTML line breaks.
  case anki
  /// Two plain columns, term and definition, one card per line: what Quizlet and most flashcard apps import.
  case plain
}

/// One flashcard: a question's front, its back, and its tags.
public struct DeckCard: Sendable, Equatable {
  /// The question: the prompt, then the options or events, one per line.
  public var front: [String]
  /// The answer, the fact as a sentence, and its source, one per line.
  public var back: [String]
  /// `casequiz`, `bank::<id>`, `topic::<id>`, `kind::<kind>`, `lang::<en|es>`.
  public var tags: [String]
}

/// Writes a bank's generated questions as flashcards, in one language or both. Pure: the edge writes the text
/// to a file.
///
/// Every question is exported except false statements (a flashcard of a false statement would show the wrong
/// value as often as the right one); the back of a card holds the right answer, the fact stated as a
/// sentence, and the quote it rests on with its source document (in Spanish, the quote and its translation).
public struct DeckExport: Sendable {
  /// The bank.
  public let bank: BankIndex
  /// Renders questions and facts.
  public let renderer: QuestionRenderer

  /// Creates an exporter.
  public init(bank: BankIndex, catalog: Catalog) {
    self.bank = bank
    renderer = QuestionRenderer(bank: bank, catalog: catalog)
  }

  /// The cards of `questions` in each of `languages`, in question order, languages in turn: one card per fact
  /// and form (a fact's date question and its multiple choice are two forms; its true/false statements are
  /// none: a flashcard whose back is always "True" teaches nothing, and a false one would be studied as a
  /// fact), and no card whose front repeats an earlier one.
  public func cards(_ questions: [Question], languages: [Language]) -> [DeckCard] {
    var cards: [DeckCard] = []
    var fronts: Set<[String]> = []
    var forms: Set<[String]> = []
    for question in questions where question.kind != .truefalse {
      let key = question.facts + [LearningForm(question).rawValue, question.qualifier ?? ""]
      guard forms.insert(key).inserted else { continue }
      for language in languages {
        let card = self.card(question, in: language)
        if fronts.insert(card.front).inserted { cards.append(card) }
      }
    }
    return cards
  }

  /// One question as a card in a language.
  public func card(_ question: Question, in language: Language) -> DeckCard {
    let rendered = renderer.render(question, in: language)
    var front = [rendered.prompt]
    for (offset, option) in rendered.options.enumerated() {
      front.append("\(RenderedQuestion.letter(offset))) \(option)")
    }
    var back: [String] = []
    let answer = GameSession.answerText(rendered).split(separator: "\n").map(String.init)
    if question.kind == .choice, let position = rendered.options.firstIndex(of: rendered.answer) {
      back.append("\(RenderedQuestion.letter(position))) \(rendered.answer)")
    } else {
      back += answer
    }
    let facts = (question.kind == .timeline ? question.rightOrder : question.facts).compactMap(bank.fact)
    back += facts.map { renderer.statement($0, in: language) }
    if question.kind != .timeline, let fact = facts.first {
      // Named as everywhere else (title, then the publisher and date the document has).
      let origin = bank.bank.citations(of: [fact], in: language).first.map { " (" + $0 + ")" } ?? ""
      back.append(renderer.catalog.string("info.source", in: language, ["quote": fact.source.quote]) + origin)
      if let line = renderer.catalog.quoteTranslation(
        fact.source.translation, of: renderer.sourceLanguage(of: fact), in: language, showBoth: false)
      {
        back.append(line)
      }
    }
    let topics = question.topics.sorted().map { "topic::" + Self.tag($0) }
    return DeckCard(
      front: front, back: back,
      tags: ["casequiz", "bank::" + Self.tag(bank.bank.id)] + topics + [
        "kind::" + question.kind.rawValue,
        "lang::" + language.rawValue,
      ])
  }

  /// The cards as the text of a file in a format; an Anki deck is named `casequiz::<the bank's title>` in
  /// `language` (the player's, the first of `--both`).
  public func text(_ cards: [DeckCard], format: DeckFormat, language: Language = .en) -> String {
    switch format {
    case .anki:
      var lines = [
        "#separator:tab", "#html:true", "#notetype:Basic", "#deck:casequiz::" + Self.field(bank.bank.title[language]),
        "#tags column:3",
      ]
      for card in cards {
        lines.append(
          [Self.html(card.front), Self.html(card.back), card.tags.joined(separator: " ")].joined(separator: "\t"))
      }
      return lines.joined(separator: "\n") + "\n"
    case .plain:
      return cards.map { card in
        Self.field(card.front.joined(separator: "  ")) + "\t" + Self.field(card.back.joined(separator: " — "))
      }.joined(separator: "\n") + "\n"
    }
  }

  /// Lines as one HTML field: escaped, joined with `<br>`, with no tab or line break left.
  static func html(_ lines: [String]) -> String {
    lines.map { line in
      var escaped = ""
      for character in field(line) {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        default: escaped.append(character)
        }
      }
      return escaped
    }.joined(separator: "<br>")
  }

  /// A text as one plain field: tabs and line breaks become spaces.
  static func field(_ text: String) -> String {
    String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }

  /// An id as an Anki tag: no spaces (a tag ends at a space).
  static func tag(_ id: String) -> String {
    String(id.map { $0.isWhitespace ? "_" : $0 })
  }
}
