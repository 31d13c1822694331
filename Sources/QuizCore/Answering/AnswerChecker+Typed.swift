/// A spelling an input matched, and by how many edits.
struct FormMatch: Sendable {
  /// How an input matched a form other than letter for letter.
  enum Loose: Sendable {
    /// British and American spellings of the same words ("organised crime"): the same answer, nothing to say.
    case spelling
    /// A text answer with other articles inside ("en la carretera mientras manejaban" for "en una carretera
    /// mientras manejaban", "on the freeway" for "on a freeway"), spelled either way: an article, not a typo.
    case articles
  }

  let form: AnswerForm
  let distance: Int
  /// Set when the match is not letter for letter but the same words (`distance` is then 0).
  var loose: Loose?
}

extension AnswerChecker {
  /// Typed entity and text answers. The input is judged as typed, then with what a person adds around an
  /// answer set aside, each said in the verdict: a leading preposition the question implies ("with Israel
  /// Vallarta", "entre Francia y México"), a subject and a copula ("he is Mexican", "es mexicano"), both; a
  /// pair in the other order or joined another way ("France & Mexico", "Francia, México"); and for a text
  /// answer, a run of the source's own words that holds the answer ("to the South Mexico ranch").
  func checkTyped(_ input: String, question: Question, language: Language) -> CheckResult {
    let prepared = prepared(question)
    let expected = expected(question.answer)
    let canonical = expected[language]
    func judge(_ answer: NormalizedAnswer) -> [Forgiveness]? {
      let key = TypoKey(answer.folded)
      guard let match = Self.bestMatch(answer, key, among: prepared.accepted, language: language),
        match.distance == 0 || !Self.anyAsClose(key, match.distance, in: prepared.rivals)
      else { return nil }
      return Self.forgiveness(match, answer: answer, canonical: canonical, language: language)
    }
    func judge(_ text: String) -> [Forgiveness]? {
      let answer = AnswerNormalizer.normalize(text)
      guard var forgiven = judge(answer) else { return nil }
      // "a Inglaterra": the Spanish preposition "a" reads as an English article; when the question implies it,
      // say it was a preposition set aside.
      if let article = answer.article, prepared.prepositions.contains(article) {
        forgiven.removeAll { $0.kind == .article }
        forgiven.append(Forgiveness(.preposition, canonical: canonical))
      }
      return forgiven
    }
    for reading in Self.readings(
      input, prepositions: prepared.prepositions, statementLeads: prepared.statementLeads, titles: prepared.titles,
      echoes: prepared.echoes, others: prepared.otherWords)
    {
      for text in [reading.text] + Self.pairOrders(reading.text) {
        if var forgiven = judge(text) {
          // "a Mexican man named Israel Vallarta": the question's words set aside may hold the first name; the
          // full name was given, so nothing is said of a family name or a shorter name.
          if Self.containsRun(
            AnswerNormalizer.normalize(canonical).words.map(String.init),
            in: AnswerNormalizer.normalize(input).words.map(String.init))
          {
            forgiven.removeAll { [.fullName, .familyName].contains($0.kind) }
          }
          // "on Israel's ranch": the source's own words are no partial answer; nothing to say of a wording.
          if inQuote(text, question: question) {
            forgiven.removeAll { [.fullAnswer, .answerWording].contains($0.kind) }
          }
          // "President Hollande": "the full name is “François Hollande”" says it all; no "read as" besides.
          let named = forgiven.contains { [.fullName, .familyName].contains($0.kind) }
          let notes = reading.kinds.filter { !(named && $0 == .wording) }.map { Forgiveness($0, canonical: canonical) }
          return .verdict(
            .right(
              forgiven: sourced(forgiven + notes, question: question, language: language), canonical: canonical,
              expected: expected))
        }
      }
    }
    // "a French woman", "he's a Mexican man": the source's own words, as typed or after a lead-in.
    for reading in Self.readings(input, prepositions: prepared.prepositions, statementLeads: prepared.statementLeads)
    where Self.inSourceWords(reading.text, prepared: prepared) {
      return .verdict(
        .right(forgiven: [Forgiveness(.wording, canonical: canonical)], canonical: canonical, expected: expected))
    }
    return .verdict(.wrong(expected: expected))
  }

  /// The ways to read a typed answer, in the order they are tried: as typed; without a leading preposition
  /// the question implies; without a subject and copula ("he is", "es") or the words the fact's statement puts
  /// before the answer ("directed by", "dirigida por"); without a title before a person's name ("President
  /// Hollande", "el presidente Hollande"); without both a lead-in and a preposition, or two lead-ins ("she was
  /// charged with"); without a first run of the question's own words (`echoes`), unless the input holds the
  /// words of another option or alternative (`others`). Each comes with what was set aside. Nothing is set
  /// aside when nothing would be left.
  static func readings(
    _ input: String, prepositions: Set<String>, statementLeads: [[String]] = [], titles: [[String]] = [],
    echoes: Set<String> = [], others: [[String]] = []
  ) -> [(text: String, kinds: [Forgiveness.Kind])] {
    var result: [(text: String, kinds: [Forgiveness.Kind])] = [(input, [])]
    if let rest = droppingPreposition(input, prepositions: prepositions) { result.append((rest, [.preposition])) }
    if let rest = droppingLeadIn(input, statementLeads: statementLeads) {
      result.append((rest, [.wording]))
      if let bare = droppingPreposition(rest, prepositions: prepositions) {
        result.append((bare, [.wording, .preposition]))
      }
      // "she was charged with kidnapping", "that it was unconstitutional": a subject and verb, and the words of
      // the statement, one after the other.
      if let more = droppingLeadIn(rest, statementLeads: statementLeads) {
        result.append((more, [.wording]))
        if let bare = droppingPreposition(more, prepositions: prepositions) {
          result.append((bare, [.wording, .preposition]))
        }
      }
    }
    if let rest = droppingTitle(input, titles: titles) { result.append((rest, [.wording])) }
    // "with her boyfriend Israel Vallarta": the question's preposition, then a title.
    if let rest = droppingPreposition(input, prepositions: prepositions),
      let bare = droppingTitle(rest, titles: titles)
    {
      result.append((bare, [.preposition, .wording]))
    }
    // "Jorge Volpi wrote it", "lo escribió Jorge Volpi", "dirigida por Gerardo Naranjo": the question's verb
    // around a name; then a title ("lo escribió el escritor Jorge Volpi").
    if let rest = droppingVerb(input, verbs: echoes) {
      result.append((rest, [.wording]))
      if let bare = droppingTitle(rest, titles: titles) { result.append((bare, [.wording])) }
    }
    // "vino a ver a su hermano y su cuñada": any run of the question's own words before the answer, when the
    // input names no other option or alternative.
    let words = AnswerNormalizer.normalize(input, stripArticle: false).words.map(String.init)
    if !others.contains(where: { !$0.isEmpty && isSubsequence($0, of: words) }) {
      result += droppingEchoes(input, echoes: echoes).map { ($0, [.wording]) }
    }
    return result
  }

  /// The input without a first run of `echoes` (the question's own words), at every length that leaves a word,
  /// longest run first; empty when the first word is not one of them.
  static func droppingEchoes(_ input: String, echoes: Set<String>) -> [String] {
    guard !echoes.isEmpty else { return [] }
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    let words = plain.words
    let marked = plain.markedWords
    var length = 0
    while length < words.count - 1, echoes.contains(String(words[length])) { length += 1 }
    guard length > 0 else { return [] }
    return (1...length).reversed().map { marked.dropFirst($0).joined(separator: " ") }
  }

  /// The input without a leading subject and copula ("he is", "ella es", "fue"), or without words the fact's
  /// statement puts just before the answer (`statementLeads`, longest first: "was directed by", "directed by"),
  /// when more words follow.
  static func droppingLeadIn(_ input: String, statementLeads: [[String]] = []) -> String? {
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    let words = plain.words.map(String.init)
    for leadIn in statementLeads + ImpliedPrepositions.leadIns
    where words.count > leadIn.count && Array(words.prefix(leadIn.count)) == leadIn {
      return plain.markedWords.dropFirst(leadIn.count).joined(separator: " ")
    }
    return nil
  }

  /// The input without a title before a name ("President Hollande", "el presidente Hollande", "Mr Volpi", "the
  /// writer Jorge Volpi", "her boyfriend Israel Vallarta"): one of `titles`, after an article or a possessive
  /// or not, when more words follow. A nationality beside the title ("Mexican author") is not set aside: the
  /// source may not state it, and a wrong one ("French author Jorge Volpi") must not pass as right.
  static func droppingTitle(_ input: String, titles: [[String]]) -> String? {
    guard !titles.isEmpty else { return nil }
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    var words = plain.words.map(String.init)
    var marked = plain.markedWords
    if let first = words.first, titleDeterminers.contains(first) {
      words.removeFirst()
      marked.removeFirst()
    }
    for title in titles where words.count > title.count && Array(words.prefix(title.count)) == title {
      return marked.dropFirst(title.count).joined(separator: " ")
    }
    return nil
  }

  /// Articles and possessives that may stand before a title ("the writer", "her boyfriend", "su novio").
  static let titleDeterminers: Set<String> = ["the", "a", "an", "el", "la", "un", "una", "her", "his", "their", "su"]

  /// Objects that may follow the question's verb after a name ("Jorge Volpi wrote it").
  static let verbObjects: Set<String> = ["it", "that", "this", "them", "one"]

  /// Spanish object pronouns that may stand before the question's verb ("lo escribió Jorge Volpi").
  static let cliticPronouns: Set<String> = ["lo", "la", "los", "las"]

  /// The input without the question's verb around the answer, when more words are left: after it with an
  /// object ("Jorge Volpi wrote it", "Gerardo Naranjo directed it"), or "did" alone ("Jorge Volpi did"); before
  /// it with an object pronoun ("lo escribió Jorge Volpi"); a Spanish participle of the question's verb with
  /// "por" ("dirigida por Gerardo Naranjo", for "¿Quién dirigió…?"). `verbs` are the question's own words.
  static func droppingVerb(_ input: String, verbs: Set<String>) -> String? {
    guard !verbs.isEmpty else { return nil }
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    let words = plain.words.map(String.init)
    let marked = plain.markedWords
    guard words.count > 2 else {
      if words.count == 2, words[1] == "did" { return String(marked[0]) }
      return nil
    }
    if let last = words.last, verbObjects.contains(last), verbs.contains(words[words.count - 2]) {
      return marked.dropLast(2).joined(separator: " ")
    }
    if words.last == "did" { return marked.dropLast().joined(separator: " ") }
    if cliticPronouns.contains(words[0]), verbs.contains(words[1]) {
      return marked.dropFirst(2).joined(separator: " ")
    }
    // "dirigida por", "escrito por": a participle whose stem is the question's verb's ("dirig", "escri").
    if words[1] == "por", isParticiple(words[0], of: verbs) { return marked.dropFirst(2).joined(separator: " ") }
    return nil
  }

  /// Whether a folded Spanish word is a participle ("dirigida", "escrito") of one of `verbs` ("dirigio",
  /// "escribio"): a participle ending, and the first five letters of one of them.
  static func isParticiple(_ word: String, of verbs: Set<String>) -> Bool {
    let endings = ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ito", "ita", "itos", "itas"]
    guard word.count >= 6, endings.contains(where: { word.hasSuffix($0) }) else { return false }
    let stem = word.prefix(5)
    return verbs.contains { $0.count >= 5 && $0.prefix(5) == stem && $0 != word }
  }

  /// The words that join the two halves of a pair, in either language.
  static let pairJoiners: Set<String> = ["and", "y", "e"]

  /// An answer of two parts ("France & Mexico", "México, Francia", "Mexico and France") written both ways round
  /// with each language's joiner, to be judged like any answer; empty unless there are exactly two parts.
  static func pairOrders(_ input: String) -> [String] {
    guard input.contains(where: { $0 == "&" || $0 == "," || $0 == " " }) else { return [] }
    var parts: [String] = []
    for chunk in input.replacingOccurrences(of: "&", with: ",").split(separator: ",") {
      var words: [Substring] = []
      let plain = AnswerNormalizer.normalize(String(chunk), stripArticle: false)
      for (word, marked) in zip(plain.words, plain.markedWords) {
        if pairJoiners.contains(String(word)) {
          if !words.isEmpty { parts.append(words.joined(separator: " ")) }
          words = []
        } else {
          words.append(marked)
        }
      }
      if !words.isEmpty { parts.append(words.joined(separator: " ")) }
    }
    guard parts.count == 2 else { return [] }
    return [(parts[0], parts[1]), (parts[1], parts[0])].flatMap { first, second in
      ["\(first) and \(second)", "\(first) y \(second)"]
    }
  }

  /// Whether a typed text answer is a run of the source's own words (the quote or its translation) that holds
  /// every word of an accepted form, in order, and none of the other options or alternatives.
  static func inSourceWords(_ input: String, prepared: PreparedQuestion) -> Bool {
    guard !prepared.sourceWords.isEmpty else { return false }
    let words = AnswerNormalizer.normalize(input, stripArticle: false).words.map(String.init)
    guard words.count >= 2,
      prepared.sourceWords.contains(where: { containsRun(words, in: $0) }),
      prepared.accepted.contains(where: { form in
        let formWords = form.normalized.words.map(String.init)
        return !formWords.isEmpty && isSubsequence(formWords, of: words)
      }),
      !prepared.otherWords.contains(where: { !$0.isEmpty && isSubsequence($0, of: words) })
    else { return false }
    return true
  }

  /// Whether `run` appears in `words` as consecutive words.
  static func containsRun(_ run: [String], in words: [String]) -> Bool {
    guard !run.isEmpty, run.count <= words.count else { return false }
    return (0...(words.count - run.count)).contains { start in words[start..<(start + run.count)].elementsEqual(run) }
  }

  /// Whether the words of `part` appear in `words` in the same order, with anything between them.
  static func isSubsequence(_ part: [String], of words: [String]) -> Bool {
    var remaining = part[...]
    for word in words where remaining.first == word { remaining = remaining.dropFirst() }
    return remaining.isEmpty
  }

  /// The input without its first word, when that word is one of `prepositions` and more words follow; `nil`
  /// otherwise. "al rancho" gives "el rancho", "del museo" gives "el museo", so the article is still judged.
  static func droppingPreposition(_ input: String, prepositions: Set<String>) -> String? {
    guard !prepositions.isEmpty else { return nil }
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    let words = plain.markedWords
    // "by way of her brother": a preposition of several words, read as the one it means.
    for (phrase, meaning) in ImpliedPrepositions.phrases
    where prepositions.contains(meaning) && words.count > phrase.count
      && plain.words.prefix(phrase.count).elementsEqual(phrase, by: { $0 == $1 })
    {
      return words.dropFirst(phrase.count).joined(separator: " ")
    }
    guard words.count > 1, let first = plain.words.first, prepositions.contains(String(first)) else { return nil }
    let rest = words.dropFirst().joined(separator: " ")
    return first == "al" || first == "del" ? "el " + rest : rest
  }

  /// Multiple choice: a letter, a position, or an option's text.
  func checkChoice(_ input: String, question: Question, language: Language) -> CheckResult {
    let options = question.options
    let letters = (0..<options.count).map { Self.letter($0) }
    let expected = expected(question.answer)
    let right = options.firstIndex(of: question.answer)
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    func verdict(_ index: Int, _ forgiven: [Forgiveness] = []) -> CheckResult {
      let canonical = text.text(options[index], in: language)
      var forgiven = forgiven
      // "on Israel's ranch": the source's own words are no partial answer; nothing to say of a wording.
      if inQuote(input, question: question) { forgiven.removeAll { [.fullAnswer, .answerWording].contains($0.kind) } }
      if index == right {
        return .verdict(
          .right(
            forgiven: sourced(forgiven, question: question, language: language), canonical: canonical,
            expected: expected, matchedOption: index))
      }
      return .verdict(.wrong(canonical: canonical, expected: expected, matchedOption: index))
    }
    if let index = letters.firstIndex(of: plain.folded) { return verdict(index) }
    if let value = Int(plain.folded), plain.folded.allSatisfy(\.isASCII) {
      let isOptionValue = options.contains { option in
        if case .number(let number, _, _) = option { return number == Double(value) }
        return false
      }
      if !isOptionValue, value >= 1, value <= options.count {
        return verdict(value - 1)
      }
    }
    if let (index, forgiven) = matchOption(input, question: question, language: language) {
      return verdict(index, forgiven)
    }
    // "he is Mexican", "es mexicano", "by her brother": an option's text with what a person puts around it.
    let prepared = prepared(question)
    for reading in Self.readings(input, prepositions: prepared.prepositions, statementLeads: prepared.statementLeads)
      .dropFirst()
    {
      if let (index, forgiven) = matchOption(reading.text, question: question, language: language) {
        let said = text.text(options[index], in: language)
        return verdict(index, forgiven + reading.kinds.map { Forgiveness($0, canonical: said) })
      }
    }
    // What the typed question would accept for exactly one option ("between France and Mexico", "to the South
    // Mexico ranch", "she was charged with kidnapping", "in '05") chooses it; for several, ask again.
    let fits = typedFits(input, question: question, language: language)
    if fits.count == 1, let (index, forgiven) = fits.first { return verdict(index, forgiven) }
    if fits.count > 1 { return .askAgain(AskAgain(.severalOptions, letters: letters)) }
    let dates = options.enumerated().compactMap { offset, option -> (Int, CalendarDate)? in
      if case .date(let date) = option { return (offset, date) }
      return nil
    }
    // "in '05", "2013", "diciembre del 05" among full dates: a date less precise than the options chooses the one
    // option it fits; several, or none, are asked again, saying which, so "fits three" is never told "matches
    // none". Read before a fragment, so "diciembre del 05" is a month and year, never December 5.
    if !dates.isEmpty {
      var pivotYear: Int?
      if case .date(let answer) = question.answer { pivotYear = answer.year }
      if let reading = DateAnswer.read(input, language: language, pivotYear: pivotYear) {
        let fitting = dates.filter { _, date in
          reading.date.precision <= date.precision
            ? date.truncated(to: reading.date.precision) == reading.date
            : reading.date.truncated(to: date.precision) == date
        }
        if fitting.count == 1, let index = fitting.first?.0 {
          return verdict(index, [Forgiveness(.wording, canonical: text.text(options[index], in: language))])
        }
        return .askAgain(AskAgain(fitting.isEmpty ? .notAnOption : .severalOptions, letters: letters))
      }
    }
    // "March", "August 25", "marzo", "Thursday the 8th" among dates: the one option it fits is chosen; several
    // are asked again.
    if !dates.isEmpty, let fragment = DateAnswer.fragment(plain) {
      let fitting = dates.filter { fragment.fits($0.1) }
      if fitting.count == 1, let index = fitting.first?.0 {
        return verdict(index, [Forgiveness(.wording, canonical: text.text(options[index], in: language))])
      }
      // "Thursday the 25th" when three options are the 25th and none a Thursday: the day fits several, and
      // "matches none" would hide it.
      var withoutWeekday = fragment
      withoutWeekday.weekday = nil
      let several = fitting.count > 1 || dates.filter { withoutWeekday.fits($0.1) }.count > 1
      return .askAgain(AskAgain(several ? .severalOptions : .notAnOption, letters: letters))
    }
    let singleLetter = plain.folded.count == 1 && plain.folded.allSatisfy(\.isLetter)
    let numberOptions = options.contains { if case .number = $0 { true } else { false } }
    if singleLetter || (Int(plain.folded) != nil && !numberOptions) {
      return .askAgain(AskAgain(.needsOption, letters: letters))
    }
    // A few words of one option's text point at it ("violaron sus garantías"); words of several options, or of
    // none, are not an answer yet: the question is asked again, and nothing is counted.
    let fragments = optionsHolding(input, question: question)
    if fragments.count == 1, let index = fragments.first {
      return verdict(index, [Forgiveness(.wording, canonical: text.text(options[index], in: language))])
    }
    return .askAgain(AskAgain(fragments.isEmpty ? .notAnOption : .severalOptions, letters: letters))
  }

  /// The options a typed question on the same fact would accept the input for, each with what was forgiven:
  /// each option is judged as the answer of a typed (number, date) question whose other options are its rivals.
  func typedFits(_ input: String, question: Question, language: Language) -> [(Int, [Forgiveness])] {
    question.options.indices.compactMap { index in
      let option = question.options[index]
      let kind: QuestionKind
      switch option {
      case .entity, .text: kind = .typed
      case .number: kind = .number
      case .date: kind = .date
      case .truth: return nil
      }
      let typed = Question(
        id: question.id, kind: kind, direction: question.direction, facts: question.facts, topic: question.topic,
        answer: option, options: question.options, topics: question.topics, qualifier: question.qualifier)
      guard let verdict = check(input, question: typed, language: language).verdict, verdict.isRight else {
        return nil
      }
      return (index, verdict.forgiven)
    }
  }

  /// Words that say nothing on their own about which option is meant: articles, prepositions, conjunctions,
  /// pronouns and copulas of either language.
  static let fragmentFillers: Set<String> = [
    "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "her", "his", "she", "he",
    "it", "its", "they", "their", "was", "were", "is", "are", "be", "been", "had", "has", "have", "because",
    "that", "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "en", "por", "para",
    "con", "y", "e", "o", "u", "su", "sus", "se", "que", "porque", "es", "era", "fue", "ha", "han", "habia",
    "sin", "entre", "como", "mas", "muy",
  ]

  /// Words that turn a phrase into its opposite. A few words of an option that holds one can say the opposite of
  /// it ("guilty" and "not guilty" are words of "neither guilty nor innocent"), so such an option is chosen only
  /// by its letter, its whole text or what its typed question accepts, never by a fragment.
  static let fragmentNegators: Set<String> = [
    "not", "no", "neither", "nor", "never", "without", "nobody", "nothing", "ni", "nunca", "jamas", "sin",
    "tampoco", "nadie", "nada", "ningun", "ninguna", "ninguno",
  ]

  /// Auxiliaries and light verbs: alone they say nothing about which option is meant ("being" and "made" are not
  /// a fragment of "she was being made a scapegoat").
  static let fragmentLightWords: Set<String> = [
    "being", "made", "make", "makes", "do", "did", "does", "done", "get", "got", "would", "will", "could", "can",
    "may", "might", "should", "siendo", "sido", "estaba", "estuvo", "estar", "esta", "hizo", "hecho", "hace",
    "habia", "hubo", "ser",
  ]

  /// The options whose text (name, alias, either language) holds every word of the input in order, when the
  /// input has at least one word that is neither a filler nor a light verb, and the text holds no negation.
  /// Words are compared after normalization (case, accents, punctuation), never typo-corrected: "Cristina" is not
  /// a fragment of "Cristian Ríos Valladares".
  func optionsHolding(_ input: String, question: Question) -> Set<Int> {
    let words = AnswerNormalizer.normalize(input).words.map(String.init)
    guard
      words.contains(where: {
        !Self.fragmentFillers.contains($0) && !Self.fragmentLightWords.contains($0)
          && !Self.fragmentNegators.contains($0)
      })
    else { return [] }
    var found: Set<Int> = []
    for (index, forms) in prepared(question).optionForms.enumerated() {
      let formWords = forms.map { $0.normalized.words.map(String.init) }
      // An option that can be negated is never guessed from a fragment, whichever of its forms the words fit.
      if formWords.contains(where: { $0.contains(where: Self.fragmentNegators.contains) }) { continue }
      if formWords.contains(where: { Self.isSubsequence(words, of: $0) }) { found.insert(index) }
    }
    return found
  }

  /// The option whose value the input names, with what was forgiven; `nil` when none or several do.
  private func matchOption(_ input: String, question: Question, language: Language) -> (Int, [Forgiveness])? {
    let prepared = prepared(question)
    let options = question.options
    let plain = AnswerNormalizer.normalize(input, stripArticle: false)
    var found: [(Int, [Forgiveness])] = []
    var pivotYear: Int?
    if case .date(let answer) = question.answer { pivotYear = answer.year }
    let date = DateAnswer.read(plain, language: language, pivotYear: pivotYear)
    for (index, option) in options.enumerated() {
      let canonical = text.text(option, in: language)
      switch option {
      case .number:
        guard let numbers = prepared.optionNumbers[index], let match = numbers.match(plain, language: language)
        else { continue }
        found.append((index, Self.numberForgiveness(match, canonical: canonical)))
      case .date(let value):
        guard let date, date.date.precision >= value.precision, date.date.truncated(to: value.precision) == value
        else { continue }
        found.append((index, Self.dateForgiveness(date, canonical: canonical, language: language)))
      case .entity, .text, .truth:
        continue
      }
    }
    if !found.isEmpty { return found.count == 1 ? found[0] : nil }
    let answer = AnswerNormalizer.normalize(input)
    let key = TypoKey(answer.folded)
    var best: (index: Int, match: FormMatch)?
    var tied = false
    for (index, forms) in prepared.optionForms.enumerated() where !forms.isEmpty {
      guard let match = Self.bestMatch(answer, key, among: forms, language: language) else { continue }
      if let current = best, current.match.distance <= match.distance {
        if current.match.distance == match.distance { tied = true }
        continue
      }
      best = (index, match)
      tied = false
    }
    guard let best, !tied else { return nil }
    if best.match.distance > 0 {
      let others = prepared.optionForms.enumerated().filter { $0.offset != best.index }.flatMap(\.element)
      let distance = best.match.distance
      if Self.anyAsClose(key, distance, in: others) || Self.anyAsClose(key, distance, in: prepared.rivals) {
        return nil
      }
    }
    let canonical = text.text(options[best.index], in: language)
    return (best.index, Self.forgiveness(best.match, answer: answer, canonical: canonical, language: language))
  }

  /// Whether two wordings differ only in their articles ("on the highway", "on a highway").
  static func sameButArticles(_ folded: String, _ other: String) -> Bool {
    let strip = { (text: String) in
      AnswerNormalizer.normalize(text, stripArticle: false).words.filter {
        !AnswerNormalizer.articles.contains(String($0))
      }
    }
    return strip(folded) == strip(other)
  }

  /// Whether a name's alias is a shorter form of the name ("Gerber" for "Alejandro Gerber Bicecci", "Supreme
  /// Court" for "Mexican Supreme Court"): fewer words, all of them the name's, in order, and a name written as a
  /// proper name (its words capitalized, but for joining words), so the verdict can say "the full name is".
  static func isShortName(_ form: AnswerForm, of canonical: String) -> Bool {
    let full = AnswerNormalizer.normalize(canonical)
    let short = form.normalized.words.map(String.init)
    let joining: Set<String> = ["de", "del", "la", "las", "los", "y", "of", "the", "and"]
    let properName = canonical.split(separator: " ").allSatisfy { word in
      word.first.map { $0.isUppercase || $0.isNumber } ?? true || joining.contains(word.lowercased())
    }
    return properName && !short.isEmpty && short.count < full.words.count
      && isSubsequence(short, of: full.words.map(String.init))
  }

  /// Whether a typed text is a run of words of the fact's source quote or its translation, each run between
  /// the quote's gaps "[…]" on its own ("on Israel's ranch" for "…living with one another on Israel's ranch").
  func inQuote(_ text: String, question: Question) -> Bool {
    guard let factID = question.facts.first, let fact = bank.fact(factID) else { return false }
    let words = AnswerNormalizer.normalize(text, stripArticle: false).words.map(String.init)
    guard words.count >= 2 else { return false }
    return [fact.source.quote, fact.source.translation].flatMap { BankValidator.quoteParts($0) }.contains {
      Self.containsRun(words, in: AnswerNormalizer.normalize($0, stripArticle: false).words.map(String.init))
    }
  }

  /// The forgiven wordings of a text answer told apart: "as the source puts it" only when the answer as the
  /// bank writes it is in the words of the source quote, and the game is in the quote's language; otherwise it
  /// is the expected answer.
  func sourced(_ forgiven: [Forgiveness], question: Question, language: Language) -> [Forgiveness] {
    guard forgiven.contains(where: { $0.kind == .answerWording }), let factID = question.facts.first,
      let fact = bank.fact(factID),
      bank.bank.sources.first(where: { $0.id == fact.source.document })?.language == language
    else { return forgiven }
    // Each run of the quote between its gaps "[…]" on its own: "taken back to the […] ranch" does not say "to the
    // ranch" (the source says "to the South Mexico ranch").
    let parts = BankValidator.quoteParts(fact.source.quote).map {
      AnswerNormalizer.normalize($0, stripArticle: false).words.map(String.init)
    }
    return forgiven.map { forgiveness in
      guard forgiveness.kind == .answerWording else { return forgiveness }
      let words = AnswerNormalizer.normalize(forgiveness.canonical, stripArticle: false).words.map(String.init)
      return parts.contains { Self.containsRun(words, in: $0) }
        ? Forgiveness(.sourceWording, canonical: forgiveness.canonical) : forgiveness
    }
  }

  /// The letter shown for an option or an event: "a", "b", "c"…
  static func letter(_ index: Int) -> String {
    guard let scalar = Unicode.Scalar(UInt32(97 + index)), index < 26 else { return String(index + 1) }
    return String(Character(scalar))
  }

  /// The accepted form closest to the input: an exact match (after normalization) if any, else the nearest
  /// form within its typo budget. Ties go to the current language, then names before aliases before family
  /// names, then spellings whose accents match.
  static func bestMatch(
    _ answer: NormalizedAnswer, _ key: TypoKey, among forms: [AnswerForm], language: Language
  ) -> FormMatch? {
    guard !answer.isEmpty else { return nil }
    var best: FormMatch?
    var bestKey = (Int.max, Int.max, Int.max, Int.max, Int.max)
    // Loose matches are looked for only when nothing matches letter for letter.
    let loose = !forms.contains { $0.normalized.folded == answer.folded }
    let answerLoose = loose ? SpellingVariants.withoutArticles(answer.folded) : []
    for form in forms {
      let distance: Int
      var how: FormMatch.Loose?
      if form.normalized.folded == answer.folded {
        distance = 0
      } else if loose, !form.isPerson, SpellingVariants.sameWord(answer.folded, form.normalized.folded) {
        distance = 0
        how = .spelling
      } else if loose, !form.isName, !answerLoose.isEmpty,
        SpellingVariants.sameWords(answerLoose, SpellingVariants.withoutArticles(form.normalized.folded))
      {
        distance = 0
        how = .articles
      } else {
        let budget = form.typoBudget
        guard budget > 0 else { continue }
        distance = key.distance(to: form.key, limit: min(budget, bestKey.0))
        guard distance <= budget, !Self.swapsGender(answer.folded, form),
          !Self.replacesAWord(answer.folded, form.normalized.folded)
        else { continue }
      }
      let rank = form.rank(in: language)
      let key = (distance, how == nil ? 0 : 1, rank.0, rank.1, form.normalized.marked == answer.marked ? 0 : 1)
      if key < bestKey {
        bestKey = key
        best = FormMatch(form: form, distance: distance, loose: how)
      }
    }
    return best
  }

  /// Whether two spellings of as many words differ only in the gender of some ("francés" and "francesa",
  /// "español" and "española", "mexicano" and "mexicana"): the same answer agreeing with another subject.
  static func differsInGender(_ one: String, _ other: String) -> Bool {
    let first = one.split(separator: " ")
    let second = other.split(separator: " ")
    guard first.count == second.count, one != other else { return false }
    return zip(first, second).allSatisfy { a, b in
      a == b || a + "a" == b || b + "a" == a || swapsGender(String(a), String(b))
    }
  }

  /// Whether a typed answer differs from a form only in gender endings, as ``swapsGender(_:_:)`` says, where
  /// gender means another person or thing. A person's family name has no gender: "Gerardo Naranja" is a typo of
  /// "Gerardo Naranjo" (another person of the bank it could be is ruled out by the rivals), while "Maria" for
  /// "Mario" is another person; so for a person's name only its first word's ending counts.
  static func swapsGender(_ typed: String, _ form: AnswerForm) -> Bool {
    let expected = form.normalized.folded
    guard form.isPerson else { return swapsGender(typed, expected) }
    if form.source == .familyName { return false }
    let typedWords = typed.split(separator: " ")
    let expectedWords = expected.split(separator: " ")
    guard typedWords.count == expectedWords.count, let first = typedWords.first, let own = expectedWords.first else {
      return false
    }
    if typedWords.count == 1 { return swapsGender(typed, expected) }
    return first != own && swapsGender(String(first), String(own))
  }

  /// Whether two spellings differ only in the gender endings of words ("su hermana" for "su hermano",
  /// "detenidas" for "detenidos"): a different person or group, never a typo.
  static func swapsGender(_ typed: String, _ expected: String) -> Bool {
    let typedWords = typed.split(separator: " ")
    let expectedWords = expected.split(separator: " ")
    guard typedWords.count == expectedWords.count, typed != expected else { return false }
    var swapped = false
    for (a, b) in zip(typedWords, expectedWords) where a != b {
      let stemA = a.hasSuffix("s") && b.hasSuffix("s") ? a.dropLast() : a[...]
      let stemB = a.hasSuffix("s") && b.hasSuffix("s") ? b.dropLast() : b[...]
      guard stemA.dropLast() == stemB.dropLast(), let endA = stemA.last, let endB = stemB.last,
        Set([endA, endB]) == ["a", "o"]
      else { return false }
      swapped = true
    }
    return swapped
  }

  /// Whether the edits between two spellings of as many words fall on one word more than that word's own typo
  /// budget allows ("the american fbi" for "the mexican fbi": two edits, within the budget of the whole answer,
  /// but they change "mexican" into another word): a different answer, never a typo.
  static func replacesAWord(_ typed: String, _ expected: String) -> Bool {
    let typedWords = typed.split(separator: " ")
    let expectedWords = expected.split(separator: " ")
    guard typedWords.count == expectedWords.count else { return false }
    for (a, b) in zip(typedWords, expectedWords) where a != b {
      let budget = max(1, AnswerForm.typoBudget(length: b.count, isPerson: false))
      if EditDistance.distance(String(a), String(b), limit: budget + 1) > budget { return true }
    }
    return false
  }

  /// Words the Real Academia accepts with and without a written accent ("zodíaco" and "zodiaco", "período" and
  /// "periodo"), folded to the unaccented spelling with the accented one.
  static let accentPairs: [String: String] = [
    "periodo": "período", "olimpiada": "olimpíada", "video": "vídeo", "chofer": "chófer", "icono": "ícono",
    "futbol": "fútbol", "reptil": "réptil", "omoplato": "omóplato", "pabilo": "pábilo",
  ]

  /// Whether two spellings that fold alike differ only in words written with or without an accent that both
  /// spellings allow: the "-íaco" words ("Zodíacos", "cardíaco") and ``accentPairs``. Nothing is said then.
  static func accentVariants(_ typed: String, _ expected: String) -> Bool {
    let typedWords = typed.split(separator: " ")
    let expectedWords = expected.split(separator: " ")
    guard typedWords.count == expectedWords.count, typed != expected else { return false }
    return zip(typedWords, expectedWords).allSatisfy { a, b in
      if a == b { return true }
      let (one, other) = (String(a), String(b))
      let oneIac: String = one.replacingOccurrences(of: "íac", with: "iac")
      let otherIac: String = other.replacingOccurrences(of: "íac", with: "iac")
      if oneIac == otherIac, oneIac.contains("iac") { return true }
      return isAccentPair(plain: one, accented: other) || isAccentPair(plain: other, accented: one)
    }
  }

  /// Whether `plain` and `accented` are one of ``accentPairs``, in the singular or the plural.
  private static func isAccentPair(plain: String, accented: String) -> Bool {
    let singular = plain.hasSuffix("s") ? String(plain.dropLast()) : plain
    guard let value = accentPairs[singular] ?? accentPairs[plain] else { return false }
    let plural: String = value + "s"
    return accented == value || accented == plural
  }

  /// How many letters of two spellings that fold alike differ in their accents ("Mexico" and "México": 1).
  static func accentCount(_ typed: String, _ expected: String) -> Int {
    let count = zip(typed, expected).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    return max(1, count)
  }

  /// Whether any of `forms` is at most `distance` edits from the input.
  static func anyAsClose(_ key: TypoKey, _ distance: Int, in forms: [AnswerForm]) -> Bool {
    forms.contains { key.distance(to: $0.key, limit: distance) <= distance }
  }

  /// What a form match let pass.
  static func forgiveness(_ match: FormMatch, answer: NormalizedAnswer, canonical: String, language: Language)
    -> [Forgiveness]
  {
    let form = match.form
    var forgiven: [Forgiveness] = []
    if let formLanguage = form.language, formLanguage != language {
      forgiven.append(Forgiveness(.otherLanguage, canonical: canonical))
    } else if form.source == .alias, !form.isName, sameButArticles(form.normalized.folded, canonical) {
      // "on the highway" for "on a highway": the same answer, whatever its article; nothing to say.
    } else if form.source == .alias {
      // A name's alias is another name, right as it is ("cárcel de Tepepan", "AFI"): nothing to say, unless it
      // is a shorter form of the name, which teaches the name in full. A text answer's alias is a shorter or
      // another wording of the answer.
      if !form.isName {
        let full = AnswerNormalizer.normalize(canonical)
        let shorter = form.normalized.words.count < full.words.count
        if differsInGender(form.normalized.folded, full.folded) {
          // "francés" for "francesa": not a partial answer, the word agreeing with the subject.
          forgiven.append(Forgiveness(.agreement, canonical: canonical))
        } else if form.normalized.words.count <= full.words.count {
          // A wording longer than the answer ("because of a series of breaches of her legal and human rights")
          // left nothing out: nothing to say.
          forgiven.append(Forgiveness(shorter ? .fullAnswer : .answerWording, canonical: canonical))
        }
      } else if isShortName(form, of: canonical) {
        forgiven.append(Forgiveness(.fullName, canonical: canonical))
      }
    }
    if form.source == .familyName { forgiven.append(Forgiveness(.familyName, canonical: canonical)) }
    if let article = answer.article, let own = form.normalized.article, article != own {
      forgiven.append(Forgiveness(.article, canonical: form.spelling))
    }
    switch match.loose {
    case .articles:
      // Through an alias, the alias's own note shows the answer; the articles of a wording add nothing.
      if form.source != .alias { forgiven.append(Forgiveness(.article, canonical: form.spelling)) }
    case .spelling:
      break
    case nil:
      if match.distance == 0, answer.marked != form.normalized.marked,
        !Self.accentVariants(answer.marked, form.normalized.marked)
      {
        forgiven.append(
          Forgiveness(.accents, canonical: form.spelling, count: accentCount(answer.marked, form.normalized.marked)))
      }
    }
    if match.distance > 0 { forgiven.append(Forgiveness(.typo, canonical: form.spelling)) }
    return forgiven
  }
}
