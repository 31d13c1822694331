import Foundation

extension GameSession {
  mutating func run(_ command: InGameCommand, at now: Date) -> [GameEvent] {
    guard let question = currentQuestion else { return [] }
    switch command {
    case .help:
      // The help is longer than a small screen: the open question follows it again, as after :lang and :hint.
      return [
        .info(catalog.string("help.text", in: language) + "\n" + catalog.string("help.learning", in: language)),
        .question(presentation(of: question)),
      ]
    case .language(let target):
      let before = language
      language = target ?? language.other
      let changed: [GameEvent] = before == language ? [] : [.preferencesChanged(language: language, showBoth: nil)]
      return changed + [.info(catalog.string("info.language", in: language)), .question(presentation(of: question))]
    case .both:
      showBoth.toggle()
      return [
        .preferencesChanged(language: nil, showBoth: showBoth),
        .info(catalog.string(showBoth ? "info.both.on" : "info.both.off", in: language)),
        .question(presentation(of: question)),
      ]
    case .hint:
      return hint(question)
    case .skip:
      let rendered = renderer.render(question, in: language)
      let other = renderer.render(question, in: language.other)
      let verdict = Verdict.wrong(
        expected: Localized(
          en: language == .en ? rendered.answer : other.answer,
          es: language == .es ? rendered.answer : other.answer))
      return conclude(question, verdict: verdict, input: "", skipped: true, at: now)
    case .source:
      // Headed by the question it belongs to, then the current question again, so the quote does not read as
      // belonging to the question now open.
      guard let (previous, position) = lastAnswered else {
        return [.info(catalog.string("info.noSource", in: language))]
      }
      let rendered = renderer.render(previous, in: language)
      var lines = [
        catalog.string(
          "info.sourceOf", in: language, ["index": String(position + 1), "prompt": rendered.prompt])
      ]
      // Each quote as its document writes it; its translation when it is in the other language, or with :both.
      for index in rendered.source.indices {
        // Under the heading "Source of question N (…):", the quote itself, not a second "Source:" label.
        lines.append("  " + catalog.string("info.quoted", in: language, ["quote": rendered.source[index]]))
        let original = rendered.sourceLanguages.indices.contains(index) ? rendered.sourceLanguages[index] : .en
        if rendered.sourceTranslation.indices.contains(index),
          let line = catalog.quoteTranslation(
            rendered.sourceTranslation[index], of: original, in: language, showBoth: showBoth)
        {
          lines.append("  " + line)
        }
      }
      // The document the quotes come from, named: "According to the article" alone does not say which.
      let citations = renderer.bank.bank.citations(of: previous.facts.compactMap(renderer.bank.fact), in: language)
      if !citations.isEmpty {
        lines.append(
          catalog.string("info.sourceDocument", in: language, ["citation": citations.joined(separator: "; ")]))
      }
      return [.info(lines.joined(separator: "\n")), .question(presentation(of: question))]
    case .score:
      let counts = EventText(catalog: catalog).counts(right: right, partial: partial, wrong: wrong, in: language)
      return [
        .info(
          catalog.string(
            "info.score", in: language,
            [
              "points": catalog.string("count.points", in: language, count: score), "counts": counts,
              "index": String(index + 1), "total": String(questions.count),
            ]))
      ]
    case .quit:
      return end(at: now)
    }
  }

  private mutating func hint(_ question: Question) -> [GameEvent] {
    switch question.kind {
    case .truefalse:
      return [.info(catalog.string("info.noHint", in: language))]
    case .choice:
      guard removedOptions.isEmpty else { return [.info(catalog.string("info.noMoreHints", in: language))] }
      var rng = SplitMix64(seed: 0, salt: question.id.rawValue + ".hint")
      let wrongIndices = question.options.indices.filter { question.options[$0] != question.answer }.shuffled(
        using: &rng)
      // Two options stay: of four, two wrong ones go; of three (a small cast), one.
      let removable = max(0, question.options.count - 2)
      removedOptions = Array(wrongIndices.prefix(removable)).sorted()
      hints += 1
      let message = removable == 1 ? "info.hintChoiceOne" : "info.hintChoice"
      return [.info(catalog.string(message, in: language)), .question(presentation(of: question))]
    case .typed, .number, .date, .timeline:
      // A hint that would show nothing new, or the whole answer, is refused and costs nothing.
      let shown = revealed(question, level: hints)
      guard hints < 2, let next = revealed(question, level: hints + 1), next != shown,
        next != renderer.render(question, in: language).answer
      else { return [.info(catalog.string("info.noMoreHints", in: language))] }
      hints += 1
      return [.question(presentation(of: question))]
    }
  }

  func askAgainText(_ reason: AskAgain) -> String {
    // Options a hint removed are no longer offered, so they are not listed either; a choice reads "a, b or c",
    // a timeline's letters (each one needed) "a, b and c".
    let shown = reason.letters.enumerated().filter { !removedOptions.contains($0.offset) }.map(\.element)
    let letters: String
    if let last = shown.last, shown.count > 1 {
      letters = catalog.string(
        reason.reason == .needsLetters ? "askAgain.lettersAnd" : "askAgain.lettersOr", in: language,
        ["first": shown.dropLast().joined(separator: ", "), "last": last])
    } else {
      letters = shown.joined()
    }
    return catalog.string("askAgain." + reason.reason.rawValue, in: language, ["letters": letters])
  }
}
