import Foundation

/// A line of game output with the role it plays, so the terminal can color it and tests can read it.
public struct StyledLine: Sendable, Equatable {
  /// What the line is, for coloring.
  public enum Style: Sendable, Equatable {
    case plain, heading, prompt, option, removedOption, right, partial, wrong, secondary, info, error, hint
  }

  /// The text, without colors.
  public var text: String
  /// Its role.
  public var style: Style

  /// Creates a line.
  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// Writes game events as lines of text in the event's language, from the catalog. Pure, so every screen of
/// the game can be checked in a table.
public struct EventText: Sendable {
  /// The UI strings.
  public let catalog: Catalog

  /// Creates a writer.
  public init(catalog: Catalog) { self.catalog = catalog }

  /// The lines of one event; `.answered` and `.preferencesChanged` show nothing.
  public func lines(_ event: GameEvent) -> [StyledLine] {
    switch event {
    case .question(let presentation): question(presentation)
    case .verdict(let verdict): self.verdict(verdict)
    case .info(let text):
      text.split(separator: "\n", omittingEmptySubsequences: false).map { StyledLine(String($0), .info) }
    case .error(let text): [StyledLine(text, .error)]
    case .summary(let summary): self.summary(summary)
    case .answered, .preferencesChanged: []
    }
  }

  /// A question: its header (`3/10 · Multiple choice`), stem, options, hint and, with `:both`, the other
  /// language in a dimmer style.
  public func question(_ presentation: QuestionPresentation) -> [StyledLine] {
    let question = presentation.question
    let language = question.lang
    var kind = catalog.string("kind." + question.kind.rawValue, in: language)
    // The form shows where the fact stands: "(recall)", or "(again)" for a missed question's second try. A fact
    // never answered asked in a harder form (`--kind date` on a new profile) shows none: it is not recalled yet.
    if presentation.secondTry {
      kind += " " + catalog.string("form.secondTry", in: language)
    } else if presentation.form != .timeline, !presentation.newFact || presentation.form == .recognition {
      kind += " " + catalog.string("form." + presentation.form.rawValue, in: language)
    }
    var lines = [
      StyledLine(""),
      StyledLine(
        catalog.string(
          "question.header", in: language,
          ["index": String(presentation.index), "total": String(presentation.total), "kind": kind]), .heading),
      StyledLine(question.prompt, .prompt),
    ]
    if let secondary = presentation.secondary { lines.append(StyledLine(secondary.prompt, .secondary)) }
    for (offset, option) in question.options.enumerated() {
      let letter = RenderedQuestion.letter(offset)
      let removed = presentation.removedOptions.contains(offset)
      var text = "  \(letter)) \(option)"
      if let other = presentation.secondary?.options[safe: offset], other != option { text += "  ·  \(other)" }
      lines.append(StyledLine(removed ? "  \(letter)) —" : text, removed ? .removedOption : .option))
    }
    if let revealed = presentation.revealed {
      lines.append(StyledLine(catalog.string("question.hint", in: language, ["hint": revealed]), .hint))
    }
    let help: String? =
      switch question.kind {
      case .truefalse: catalog.string("question.howTrueFalse", in: language)
      case .choice: catalog.string("question.howChoice", in: language)
      default: nil
      }
    if let help, presentation.index == 1 || question.kind == .truefalse && presentation.index <= 3 {
      lines.append(StyledLine(help, .secondary))
    }
    return lines
  }

  /// What was forgiven, on one line: "Typo forgiven; the full answer is “on a highway”." rather than one
  /// sentence each. The accepted other form (a shorter or another wording of an answer, a name in full) comes
  /// last, as a clause; the other forgivenesses are clauses joined by semicolons. The answer is written once: a
  /// note whose words a later note shows ("Francia y México" under «México y Francia») is said without them.
  public func forgivenLine(_ forgiven: [Forgiveness], in language: Language) -> String? {
    guard !forgiven.isEmpty else { return nil }
    let accepted: Set<Forgiveness.Kind> = [.fullName, .fullAnswer, .answerWording, .agreement, .sourceWording]
    let others = forgiven.filter { !accepted.contains($0.kind) }
    let form = forgiven.first { accepted.contains($0.kind) }
    let notes = others + [form].compactMap { $0 }
    let words = notes.map { Self.words(of: $0.canonical) }
    var clauses: [String] = []
    for (offset, note) in notes.enumerated() {
      let isForm = form != nil && offset == notes.count - 1
      let shownLater = words[(offset + 1)...].contains { Self.holds($0, words[offset]) }
      let key =
        isForm
        ? "forgiven.\(note.kind.rawValue)" + (notes.count > 1 ? ".clause" : "")
        : "forgiven.\(note.kind.rawValue)" + (shownLater && Self.shortKinds.contains(note.kind) ? ".short" : "")
      var text = String(
        catalog.string(key, in: language, count: note.count, ["canonical": note.canonical]).trimmingSuffix("."))
      if !clauses.isEmpty { text = text.prefix(1).lowercased() + text.dropFirst() }
      // "Read as December 8, 2005" said once, whether the date's order or its short year was read.
      if !clauses.contains(where: { $0.lowercased() == text.lowercased() }) { clauses.append(text) }
    }
    return clauses.joined(separator: "; ") + "."
  }

  /// The kinds of note that have a form without the answer ("Accent forgiven"), used when a later note of the
  /// same line shows the answer.
  static let shortKinds: Set<Forgiveness.Kind> = [
    .otherLanguage, .familyName, .article, .preposition, .wording, .accents, .typo,
  ]

  /// The folded words of a note's spelling.
  private static func words(of text: String) -> [String] {
    AnswerNormalizer.normalize(text, stripArticle: false).words.map(String.init).sorted()
  }

  /// Whether every word of `part` (sorted) is among `whole`'s (sorted), as many times.
  private static func holds(_ whole: [String], _ part: [String]) -> Bool {
    guard !part.isEmpty else { return false }
    var remaining = whole[...]
    for word in part {
      guard let index = remaining.firstIndex(of: word) else { return false }
      remaining.remove(at: index)
    }
    return true
  }

  /// A verdict: right, partly right or wrong; what was forgiven; the right answer on a miss, in both languages.
  public func verdict(_ presentation: VerdictPresentation) -> [StyledLine] {
    let language = presentation.language
    let verdict = presentation.verdict
    var lines: [StyledLine] = []
    var points = catalog.string("verdict.points", in: language, count: presentation.points.total)
    if let worth = presentation.timelineWorth, verdict.outcome != .wrong {
      points +=
        " "
        + catalog.string(
          "verdict.timelineWorth", in: language, count: worth.events,
          ["each": String(worth.points / max(1, worth.events))])
    }
    switch verdict.outcome {
    case .right:
      var text = catalog.string("verdict.right", in: language) + " " + points
      if presentation.points.streakBonus > 0 {
        text += " " + catalog.string("verdict.streak", in: language, count: presentation.streak)
      }
      lines.append(StyledLine(text, .right))
    case .partial:
      let percent = String(Int((verdict.credit * 100).rounded()))
      lines.append(
        StyledLine(catalog.string("verdict.partial", in: language, ["percent": percent]) + " " + points, .partial))
      // Why those points: "+10 points (3 events, 5 points each)" alone did not say why 10 and not 15.
      if let placement = presentation.timelinePlacement {
        lines.append(
          StyledLine(catalog.string("timeline.placement", in: language, Self.arguments(placement)), .secondary))
      }
    case .wrong:
      // "Not quite" only when the checker knows the answer was close (the right number with another unit, the
      // right digits read in the other order); a plain miss ("Belgian" for "French") is said plainly.
      let close = verdict.wrongUnit != nil || verdict.readAs != nil || verdict.missing != nil
      let key = presentation.skipped ? "verdict.skipped" : close ? "verdict.close" : "verdict.wrong"
      lines.append(StyledLine(catalog.string(key, in: language), .wrong))
      if let readAs = verdict.readAs {
        lines.append(StyledLine(catalog.string("verdict.readAs", in: language, ["date": readAs]), .secondary))
      }
      if let unit = verdict.wrongUnit {
        lines.append(StyledLine(catalog.string("verdict.wrongUnit", in: language, ["unit": unit]), .secondary))
      }
      if let missing = verdict.missing {
        lines.append(StyledLine(catalog.string("verdict.missing." + missing.rawValue, in: language), .secondary))
      }
    }
    if let line = forgivenLine(verdict.forgiven, in: language) { lines.append(StyledLine(line, .secondary)) }
    if verdict.outcome != .right {
      let answerLines = presentation.answer.split(separator: "\n").map(String.init)
      if let first = answerLines.first {
        lines.append(StyledLine(catalog.string("verdict.answer", in: language, ["answer": first]), .plain))
        lines += answerLines.dropFirst().map { StyledLine("  " + $0, .plain) }
      }
      // "True" under "Respuesta correcta: Verdadero" teaches nothing: a true/false answer is not repeated in the
      // other language (the JSON verdict still carries it).
      if let other = presentation.answerInOtherLanguage, presentation.id.inferredKind != .truefalse {
        let firstOther = other.split(separator: "\n").first.map(String.init) ?? other
        lines.append(
          StyledLine(
            catalog.string("verdict.otherLanguage." + language.other.rawValue, in: language, ["answer": firstOther]),
            .secondary))
      }
      if let lesson = presentation.lesson { lines += self.lesson(lesson, language: language) }
      if presentation.comesBack {
        lines.append(StyledLine(catalog.string("verdict.comesBack", in: language), .secondary))
      }
    } else if let lesson = presentation.lesson {
      // A false statement seen through: the fact as it is, so the false one is not what stays.
      lines += lesson.sentence.split(separator: "\n").map { StyledLine(String($0), .plain) }
    }
    return lines
  }

  /// What a miss teaches, in two or three short lines: the fact, its source quote (and its translation, when
  /// the quote is in the other language or with `:both`), and with `:both` the fact in the other language.
  /// Each translation stands right under its original: the fact's under the fact, the quote's under the quote
  /// (play test: the fact's translation after the quote's read as a second translation of the quote).
  public func lesson(_ lesson: Lesson, language: Language) -> [StyledLine] {
    var lines = lesson.sentence.split(separator: "\n").map { StyledLine(String($0), .plain) }
    // The other language's sentence says which language it is in, as the other-language answer does.
    if let other = lesson.otherSentence {
      for (offset, line) in other.split(separator: "\n").enumerated() {
        let text =
          offset == 0
          ? catalog.string("verdict.otherLanguage." + language.other.rawValue, in: language, ["answer": String(line)])
          : "  " + line
        lines.append(StyledLine(text, .secondary))
      }
    }
    if let quote = lesson.quote {
      lines.append(StyledLine(catalog.string("info.source", in: language, ["quote": quote]), .secondary))
    }
    if let translation = lesson.quoteTranslation,
      let text = catalog.quoteTranslation(translation, of: lesson.quoteLanguage, in: language, showBoth: true)
    {
      lines.append(StyledLine(text, .secondary))
    }
    return lines
  }

  /// The end of the game.
  public func summary(_ summary: GameSummary) -> [StyledLine] {
    let language = summary.language
    let accuracy = String(Int((summary.accuracy * 100).rounded()))
    var lines = [
      StyledLine(""),
      StyledLine(catalog.string("summary.title", in: language), .heading),
      StyledLine(catalog.string("summary.score", in: language, count: summary.score)),
      StyledLine(
        catalog.string(
          "summary.counts", in: language, count: summary.total,
          ["counts": counts(summary), "answered": String(summary.answered)])),
    ]
    // With no answer there is no accuracy to give; a best streak of none or one answer is not a streak, and
    // no fact moving up is not progress: those lines are left out (the JSON summary keeps every field).
    if summary.answered == 0 {
      lines.append(StyledLine(catalog.string("summary.noAnswers", in: language)))
    } else {
      lines.append(StyledLine(catalog.string("summary.accuracy", in: language, ["percent": accuracy])))
      if summary.bestStreak > 1 {
        lines.append(StyledLine(catalog.string("summary.bestStreak", in: language, count: summary.bestStreak)))
      }
    }
    lines.append(StyledLine(catalog.string("summary.time", in: language, ["time": Self.duration(summary.seconds)])))
    if summary.relearned > 0 {
      lines.append(
        StyledLine(
          catalog.string(
            "summary.secondTries", in: language, count: summary.relearned, ["right": String(summary.relearnedRight)])))
    }
    if let moved = summary.factsMovedUp, moved > 0 {
      lines.append(StyledLine(catalog.string("summary.factsMovedUp", in: language, count: moved)))
    }
    if let days = summary.dayStreak, days > 0 {
      lines.append(StyledLine(catalog.string("summary.dayStreak", in: language, count: days)))
    }
    if !summary.missed.isEmpty {
      lines.append(StyledLine(catalog.string("summary.missed", in: language, count: summary.missed.count), .heading))
      for miss in summary.missed {
        lines.append(StyledLine("• " + miss.prompt, .plain))
        for (offset, line) in miss.answer.split(separator: "\n").enumerated() {
          lines.append(StyledLine((offset == 0 ? "  → " : "    ") + line, .right))
        }
      }
    }
    // A partly right timeline is neither right nor missed: its own list, saying how it stood.
    if let partlyRight = summary.partlyRight, !partlyRight.isEmpty {
      lines.append(
        StyledLine(
          catalog.string("summary.partlyRight", in: language, count: partlyRight.count), .heading))
      for partly in partlyRight {
        lines.append(StyledLine("• " + partly.prompt, .plain))
        if let placement = partly.placement {
          lines.append(
            StyledLine("  " + catalog.string("summary.placement", in: language, Self.arguments(placement)), .secondary))
        }
        for (offset, line) in partly.answer.split(separator: "\n").enumerated() {
          lines.append(StyledLine((offset == 0 ? "  → " : "    ") + line, .right))
        }
      }
    }
    return lines
  }

  /// A timeline placement's numbers, as the catalog's placeholders name them.
  static func arguments(_ placement: TimelinePlacement) -> [String: String] {
    [
      "inOrder": String(placement.pairsInOrder), "pairs": String(placement.pairs), "placed": String(placement.placed),
      "events": String(placement.events),
    ]
  }

  /// "2 right, 1 missed", with "partly right" only when there were some.
  func counts(_ summary: GameSummary) -> String {
    counts(right: summary.right, partial: summary.partial, wrong: summary.wrong, in: summary.language)
  }

  /// "2 right, 1 partly right, 1 missed", with "partly right" only when there were some: a partly right answer
  /// is neither right nor missed.
  public func counts(right: Int, partial: Int, wrong: Int, in language: Language) -> String {
    var pieces = [catalog.string("count.right", in: language, count: right)]
    if partial > 0 { pieces.append(catalog.string("count.partial", in: language, count: partial)) }
    pieces.append(catalog.string("count.missed", in: language, count: wrong))
    return pieces.joined(separator: ", ")
  }

  /// A duration as `m:ss`, or `h:mm:ss` past an hour.
  public static func duration(_ seconds: Double) -> String {
    let total = Int(max(0, seconds).rounded())
    let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
  }
}

extension Array {
  /// The element at an index, or `nil` outside the array.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension String {
  /// The string without one trailing `suffix`, if it ends with it.
  fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
    hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
  }
}
