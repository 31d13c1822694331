/// Checks on what players read, made on the generated questions: a question must say which answer it wants,
/// and a work's name must be stored bare so that the renderer can set it off as a title.
extension BankValidator {
  /// Works: names stored without quotation marks, and entities of a work's type marked as works too.
  func checkWorks(_ bank: Bank, _ report: inout Report) {
    var workOfType: [String: String] = [:]
    for entity in bank.entities where entity.work && workOfType[entity.type] == nil {
      workOfType[entity.type] = entity.id
    }
    for (index, entity) in bank.entities.enumerated() {
      let path = JSONKeyPath.element("entities", index)
      checkArticle(entity, at: path, &report)
      if entity.work {
        for language in Language.allCases
        where entity.name[language].contains(where: TitleMarks.quotationCharacters.contains) {
          report.error(
            "entity \"\(entity.id)\" is a work: write its \(language.rawValue) name \"\(entity.name[language])\" "
              + "without quotation marks; the game sets titles off itself («…» in Spanish, “…” in English)",
            at: JSONKeyPath.member(JSONKeyPath.member(path, "name"), language.rawValue))
        }
      } else if let work = workOfType[entity.type] {
        report.warning(
          "entity \"\(entity.id)\" has the type \"\(entity.type)\" of the work \"\(work)\" but no \"work\": true, "
            + "so its name is shown without title marks; add \"work\": true if it is a title",
          at: JSONKeyPath.member(path, "type"))
      }
    }
  }

  /// A work's `article`: only on a work; "the" or nothing in English, "el", "la", "los", "las" or nothing in
  /// Spanish, agreeing with a Spanish gender the grammar gives. A work whose title begins with no article and
  /// that says nothing is warned about: "how old is “Book of Tides”?" wants "the".
  func checkArticle(_ entity: Entity, at path: String, _ report: inout Report) {
    let articlePath = JSONKeyPath.member(path, "article")
    guard entity.work else {
      if entity.article != nil {
        report.error(
          "entity \"\(entity.id)\" has an \"article\" but is no work: only a title takes one; for other names "
            + "set grammar.en.definiteArticle / grammar.es.definiteArticle",
          at: articlePath)
      }
      return
    }
    guard let article = entity.article else {
      let articleWords: Set<String> = ["the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas"]
      let bare = Language.allCases.filter { language in
        let first = entity.name[language].split(separator: " ").first.map { $0.lowercased() } ?? ""
        let grammar = entity.grammar[language]
        return !articleWords.contains(first) && !grammar.definiteArticle && !grammar.articleInName
      }
      if !bare.isEmpty {
        report.warning(
          "entity \"\(entity.id)\" is a work whose title \"\(entity.name[bare[0]])\" begins with no article, and no "
            + "\"article\" says whether a sentence gives it one (\"how old is “Book of Tides”?\"): add \"article\": "
            + "{\"en\": \"the\", \"es\": \"el\"} (or \"la\", \"los\", \"las\"), or \"\" in a language where "
            + "the title reads without one",
          at: path)
      }
      return
    }
    let english = article.en.lowercased()
    if !["", "the"].contains(english) {
      report.error(
        "entity \"\(entity.id)\" has the English article \"\(article.en)\": write \"the\", or \"\" for none",
        at: JSONKeyPath.member(articlePath, "en"))
    }
    let spanish = article.es.lowercased()
    if spanish.isEmpty { return }
    guard let form = Entity.spanishArticles[spanish] else {
      report.error(
        "entity \"\(entity.id)\" has the Spanish article \"\(article.es)\": write \"el\", \"la\", \"los\", "
          + "\"las\", or \"\" for none",
        at: JSONKeyPath.member(articlePath, "es"))
      return
    }
    let grammar = entity.grammar[.es]
    if let gender = grammar.gender, gender != form.gender || grammar.number != form.number {
      report.error(
        "entity \"\(entity.id)\" takes the Spanish article \"\(article.es)\" but its grammar.es says "
          + "\(gender.rawValue) \(grammar.number.rawValue): make them agree",
        at: JSONKeyPath.member(articlePath, "es"))
    }
  }

  /// No two questions may read the same (the prompt, and for multiple choice the options too) in a language
  /// and want different answers: a player could not tell which one is meant. Two that read the same and want
  /// the same answer are one question asked twice, which is only a warning. Run on a bank without errors.
  /// `digest` is the table's digest of a text (read as a statement or not); tests give one that makes every
  /// text collide, which must change nothing. `chunks` is how many runs of consecutive facts are read
  /// concurrently (`nil`: one per 2,048 facts, at most 16); tests give several, which must change nothing.
  func checkPrompts(
    _ bank: Bank, _ report: inout Report,
    digest: @escaping @Sendable (String, Bool) -> UInt64 = { PromptDigestTable.digest(of: $0, statement: $1) },
    chunks: Int? = nil
  ) {
    let index = BankIndex(bank)
    // Templates parsed once per relation, no answer spellings: the check reads texts only.
    let renderer = QuestionRenderer(readingPromptsOf: index)
    let generator = QuestionGenerator(bank: index, seed: 0)
    let factPositions = bank.facts.enumerated().reduce(into: [String: Int]()) { positions, element in
      if positions[element.element.id] == nil { positions[element.element.id] = element.offset }
    }
    let languages = Language.allCases.filter { bank.languages.contains($0) }
    // First, every fact's questions are generated and read in every language, and each text's digest is noted
    // with where its question is: the same questions in the same order as `allQuestions()` (timelines, which it
    // appends last, are not checked). This is nearly all the work, and each fact's is its own, so runs of
    // consecutive facts are read concurrently, each into lists of its own, joined in fact order.
    let runCount = max(1, min(chunks ?? min(16, bank.facts.count / 2048), bank.facts.count))
    let runs = ParallelRuns.map(count: runCount) { run -> [[PromptDigestTable.Entry]] in
      let facts = bank.facts.count * run / runCount..<bank.facts.count * (run + 1) / runCount
      var entries = languages.map { _ in [PromptDigestTable.Entry]() }
      for slot in entries.indices { entries[slot].reserveCapacity(facts.count * 4) }
      for factIndex in facts {
        // Every question of a fact (timelines aside) is about that fact alone.
        guard let fact = index.fact(bank.facts[factIndex].id), factPositions[fact.id] != nil else { continue }
        let questions = generator.questions(for: bank.facts[factIndex])
        var prompts: [(direction: QuestionDirection, qualifier: String?, language: Language, text: String)] = []
        for (questionIndex, question) in questions.enumerated() where question.kind != .timeline {
          let statement = question.kind == .truefalse
          let place = PromptDigestTable.Place(fact: factIndex, question: questionIndex)
          for (slot, language) in languages.enumerated() {
            let text = Self.readText(of: question, fact: fact, renderer: renderer, in: language, prompts: &prompts)
            entries[slot].append(PromptDigestTable.Entry(digest: digest(text, statement), place: place))
          }
        }
      }
      return entries
    }
    // Then, one language after the other, the digests meet in that order in a table per language, as if each
    // text were read at that moment. A table remembers a digest of each text and where its question is, not
    // the text (see `PromptDigestTable`): when a digest comes back, both questions are generated and read again
    // (rare: only texts read twice, or a collision), and only texts equal as `String`s are reported, with the
    // earlier question's id and answer. Each language's findings are reported in turn, as when the languages
    // were checked one after the other.
    var findings: [(error: Bool, message: String, path: String)] = []
    for (slot, language) in languages.enumerated() {
      var table = PromptDigestTable(expected: bank.facts.count * 4)
      for entry in runs.lazy.flatMap({ $0[slot] }) {
        guard let candidate = table.candidate(entry.digest) else {
          table.insert(entry.digest, entry.place)
          continue
        }
        guard let current = earlierQuestion(at: entry.place, bank, index, generator, renderer, in: language),
          let position = factPositions[bank.facts[entry.place.fact].id]
        else { continue }
        var earlier = earlierQuestion(at: candidate, bank, index, generator, renderer, in: language)
        if earlier?.text != current.text || earlier?.statement != current.statement {
          // Another text with the same digest: this one is looked for among such texts by itself.
          let key = (current.statement ? "statement\u{1F}" : "prompt\u{1F}") + current.text
          guard let other = table.other(key, entry.place) else { continue }
          earlier = earlierQuestion(at: other, bank, index, generator, renderer, in: language)
        }
        guard let earlier else { continue }
        let path = JSONKeyPath.element("facts", position)
        if earlier.answer != current.answer {
          findings.append(
            (
              true,
              "questions \(earlier.id) and \(current.id) read the same in \(language.rawValue) (\"\(current.text)\") "
                + "but want different answers (\"\(earlier.answer)\" and \"\(current.answer)\"): reword the "
                + "relation's template so that each question says which answer it wants",
              path
            ))
        } else {
          findings.append(
            (
              false,
              "questions \(earlier.id) and \(current.id) are the same question in \(language.rawValue) "
                + "(\"\(current.text)\")",
              path
            ))
        }
      }
    }
    for finding in findings {
      if finding.error {
        report.error(finding.message, at: finding.path)
      } else {
        report.warning(finding.message, at: finding.path)
      }
    }
  }

  /// The question first read at a place of a prompt table, generated again: its id, answer and text.
  private func earlierQuestion(
    at place: PromptDigestTable.Place, _ bank: Bank, _ index: BankIndex, _ generator: QuestionGenerator,
    _ renderer: QuestionRenderer, in language: Language
  ) -> (id: String, answer: String, text: String, statement: Bool)? {
    let questions = generator.questions(for: bank.facts[place.fact])
    guard questions.indices.contains(place.question), let fact = index.fact(bank.facts[place.fact].id) else {
      return nil
    }
    let question = questions[place.question]
    var prompts: [(direction: QuestionDirection, qualifier: String?, language: Language, text: String)] = []
    return (
      question.id.rawValue, renderer.values.text(question.answer, in: language),
      Self.readText(of: question, fact: fact, renderer: renderer, in: language, prompts: &prompts),
      question.kind == .truefalse
    )
  }

  /// What a player reads of a question, less the fixed instructions: the statement of a true-or-false question,
  /// the prompt otherwise, followed by the options of a multiple-choice question in a fixed order.
  private static func readText(
    of question: Question, fact: Fact, renderer: QuestionRenderer, in language: Language,
    prompts: inout [(direction: QuestionDirection, qualifier: String?, language: Language, text: String)]
  ) -> String {
    if question.kind == .truefalse {
      return renderer.statement(fact, value: question.statedValue, in: language)
    }
    // A fact's typed and multiple-choice questions share their prompt: it is written once.
    let prompt: String
    if let known = prompts.first(where: {
      $0.direction == question.direction && $0.qualifier == question.qualifier && $0.language == language
    }) {
      prompt = known.text
    } else {
      // A question about a qualifier (the date or place of a fact) is asked with its own template.
      prompt =
        question.qualifier.map { renderer.askQualifier(fact, $0, in: language) }
        ?? renderer.ask(fact, direction: question.direction, in: language)
      prompts.append((question.direction, question.qualifier, language, prompt))
    }
    switch question.kind {
    case .choice:
      let options = question.options.map { renderer.values.text($0, in: language) }.sorted()
      return prompt + " [" + options.joined(separator: " | ") + "]"
    case .typed, .number, .date, .timeline, .truefalse:
      return prompt
    }
  }

}
