import Foundation

/// Judges a player's input against a question, fairly in both languages.
///
/// A pure function of the question, the bank and the input: no I/O, no clock, no randomness. What each kind of
/// question accepts:
/// - **choice**: a letter ("b", "B", "b)"), a position 1–4, or an option's text judged as a typed answer
///   against all the options (the closest option wins; a typo as close to two options matches none). When the
///   options are numbers, a bare number that is one of them means that option, not a position. An option's
///   text in a sentence ("he is Mexican") names it; among dates, a month or a month and day that fits one option
///   only ("March", "25 de agosto") chooses it, one that fits several asks again. A reply a typed question on
///   the same fact would accept for exactly one option ("to the South Mexico ranch", "in '05") chooses it.
/// - **truefalse**: t/f, true/false, v/f, verdadero/falso, verdad, cierto, sí/si/no, yes/y/n, in either language.
/// - **typed**: names and aliases in both languages, a person's family name alone when nobody else in the bank
///   has it, accents, case, punctuation and leading articles of either language, the articles inside a text
///   answer, British spellings of the bank's American words ("organised"); typos within a budget
///   (`AnswerChecker.typoBudget`), never when the input is at least as close to another entity of the bank or
///   to a wrong option. What a person puts around an answer is set aside and said: the question's preposition,
///   a subject and verb, the words the fact's statement puts before the answer ("directed by"), a title
///   before a name ("President Hollande"), the source's own words (a quote's "[…]" filled from the source).
/// - **number**: digits or words in either language, with or without the unit, after the question's own
///   preposition or not ("to 60 years"); any other word is wrong.
/// - **date**: the forms `DateAnswer` reads, compared at the fact's precision: a coarser answer is wrong.
/// - **timeline**: the shown letters, each once, in any spacing or punctuation; credit is the share of pairs
///   of events in the right order: right at 1, wrong at 0, partial in between.
///
/// Input that is empty, only punctuation, or not in the form the question needs (a timeline without all its
/// letters, "e" for four options, "quizás" for true/false) is not an answer: the result asks again.
///
/// Normalized spellings are prepared once per checker (the bank's entities) and once per question, on first
/// use (options, number words), so repeated checks only normalize the input.
public struct AnswerChecker: Sendable {
  /// The bank answers are checked against.
  public let bank: BankIndex
  /// The formatter that writes expected answers.
  public let text: ValueText
  private let lazyForms = LazyForms()
  private let cache: PreparedCache

  /// Creates a checker for a bank; the bank's spellings are normalized once, at the first check (a game's
  /// checker shares the ones its renderer made instead, see `GameSession`).
  public init(bank: BankIndex, text: ValueText) {
    self.bank = bank
    self.text = text
    cache = PreparedCache()
  }

  /// A checker that uses spellings already made for the same bank (a game's renderer makes them).
  init(bank: BankIndex, text: ValueText, forms: BankForms) {
    self.init(bank: bank, text: text)
    lazyForms.value { forms }
  }

  /// The bank's spellings, normalized.
  var forms: BankForms { lazyForms.value { BankForms(bank.bank) } }

  /// The typo budget for a spelling of `length` letters and digits (spaces not counted): 0 up to 4, 1 from
  /// 5 to 8, 2 from 9 on; for persons' names 0 up to 5 and 1 from 6 on.
  public static func typoBudget(length: Int, isPerson: Bool) -> Int {
    AnswerForm.typoBudget(length: length, isPerson: isPerson)
  }

  /// Judges `input` as an answer to `question`, asked in `language`.
  public func check(_ input: String, question: Question, language: Language) -> CheckResult {
    if AnswerNormalizer.isBlank(input) { return .askAgain(AskAgain(.empty)) }
    switch question.kind {
    case .timeline: return checkTimeline(input, question: question)
    case .choice: return checkChoice(input, question: question, language: language)
    case .truefalse: return checkTruth(input, question: question, language: language)
    case .typed, .number, .date:
      switch question.answer {
      case .entity, .text: return checkTyped(input, question: question, language: language)
      case .number: return checkNumber(input, question: question, language: language)
      case .date(let date): return checkDate(input, date: date, question: question, language: language)
      case .truth: return checkTruth(input, question: question, language: language)
      }
    }
  }

  /// The right answer in both languages.
  func expected(_ value: AnswerValue) -> Localized<String> {
    Localized(en: text.text(value, in: .en), es: text.text(value, in: .es))
  }

  /// The spellings of a question, prepared on first use.
  func prepared(_ question: Question) -> PreparedQuestion {
    cache.value(for: question) { PreparedQuestion(question: question, checker: self) }
  }

  /// The forms a player may type for a value, with `owner` naming it; numbers and dates have none.
  func answerForms(_ value: AnswerValue, owner: String) -> [AnswerForm] {
    switch value {
    case .entity(let id):
      if let known = forms.accepted[id] { return known }
      return [AnswerForm(id, source: .name, language: nil, owner: id, isPerson: false)]
    case .text(let text, let aliases): return AnswerForm.forms(text: text, aliases: aliases, owner: owner)
    case .number, .date, .truth: return []
    }
  }
}

/// The spellings one question needs, normalized once.
struct PreparedQuestion: Sendable {
  /// Typed: the forms of the answer.
  var accepted: [AnswerForm] = []
  /// Typed: everything else the input must be farther from; choice: the bank's entities that are not options.
  var rivals: [AnswerForm] = []
  /// Choice: the forms of each option.
  var optionForms: [[AnswerForm]] = []
  /// Number: the answer's forms.
  var numbers: NumberForms?
  /// Choice: each option's number forms, for number options.
  var optionNumbers: [NumberForms?] = []
  /// Typed, number and date: the prepositions the question implies, which an answer may begin with.
  var prepositions: Set<String> = []
  /// Typed and choice: the words the fact's statement puts just before the answer ("was directed by",
  /// "directed by", "fue dirigida por"…), folded, longest first, which an answer may begin with.
  var statementLeads: [[String]] = []
  /// Typed person answers: the titles that may stand before the name ("president", "mr", "señora"…), folded.
  var titles: [[String]] = []
  /// Typed text answers: the folded words of the fact's source quote and its translation, where an answer in
  /// the source's own words ("to the South Mexico ranch") is looked for.
  var sourceWords: [[String]] = []
  /// Typed text answers: the folded words of the other options and alternatives, which an answer in the
  /// source's words must not contain.
  var otherWords: [[String]] = []
  /// Typed: the folded words of the question's own texts (its asking and stating templates, the subject's
  /// name, the fact's quote and translation), which may stand before an answer ("vino a ver a su hermano y su
  /// cuñada"); never a negation.
  var echoes: Set<String> = []

  init(question: Question, checker: AnswerChecker) {
    switch question.kind {
    case .choice:
      prepositions = ImpliedPrepositions.implied(by: Self.askingTemplates(question: question, bank: checker.bank))
        .union(
          ImpliedPrepositions.implied(byStatements: Self.statementTemplates(question: question, bank: checker.bank)))
      statementLeads = ImpliedPrepositions.statementLeads(
        Self.statementTemplates(question: question, bank: checker.bank))
      optionForms = question.options.enumerated().map { checker.answerForms($1, owner: "option:\($0)") }
      let echoes = Self.echoes(question: question, bank: checker.bank)
      optionNumbers = question.options.map { option in
        if case .number(let value, let unit, _) = option {
          return NumberForms(value: value, unit: unit, echoes: echoes)
        }
        return nil
      }
      let optionOwners = Set(optionForms.joined().map(\.owner))
      rivals = checker.forms.all.filter { !optionOwners.contains($0.owner) }
    case .timeline, .truefalse:
      break
    case .typed, .number, .date:
      prepositions = ImpliedPrepositions.implied(by: Self.askingTemplates(question: question, bank: checker.bank))
        .union(
          ImpliedPrepositions.implied(byStatements: Self.statementTemplates(question: question, bank: checker.bank)))
      if case .number(let value, let unit, _) = question.answer {
        numbers = NumberForms(value: value, unit: unit, echoes: Self.echoes(question: question, bank: checker.bank))
        return
      }
      statementLeads = ImpliedPrepositions.statementLeads(
        Self.statementTemplates(question: question, bank: checker.bank))
      accepted = checker.answerForms(question.answer, owner: "answer")
      echoes = Self.echoWords(question: question, bank: checker.bank)
      if case .entity(let id) = question.answer, let entity = checker.bank.entity(id) {
        let asking = Self.askingTemplates(question: question, bank: checker.bank)
        // A person: a personal name, or the answer to "Who…?", "¿Quién…?".
        let person =
          accepted.contains(where: \.isPerson)
          || asking.contains { template in
            NumberForms.echoWordsInOrder(template).contains { ["who", "whom", "quien", "quienes"].contains($0) }
          }
        titles = ImpliedPrepositions.titles(
          for: entity, templates: asking + Self.statementTemplates(question: question, bank: checker.bank),
          person: person)
      }
      let answerOwners = Set(accepted.map(\.owner))
      var others = question.options.filter { $0 != question.answer }
        .enumerated().flatMap { checker.answerForms($1, owner: "option:\($0)") }
      if let alternatives = Self.alternatives(question: question, bank: checker.bank) {
        others += alternatives.enumerated().flatMap {
          AnswerForm.forms(text: $1, aliases: Localized(en: [], es: []), owner: "alternative:\($0)")
        }
      }
      let acceptedKeys = Set(accepted.map(\.normalized.folded))
      let otherForms = others.filter {
        !answerOwners.contains($0.owner) && !acceptedKeys.contains($0.normalized.folded)
      }
      rivals = checker.forms.all.filter { !answerOwners.contains($0.owner) } + otherForms
      if case .text = question.answer, let factID = question.facts.first, let fact = checker.bank.fact(factID) {
        sourceWords = [fact.source.quote, fact.source.translation].map {
          AnswerNormalizer.normalize($0, stripArticle: false).words.map(String.init)
        }
        if let restored = Self.quoteWithGapsFilled(fact.source, bank: checker.bank) { sourceWords.append(restored) }
        otherWords = otherForms.map { $0.normalized.words.map(String.init) }
      }
      // "to the police ranch": a word only another option or alternative has is never the question's own.
      let answerWords = Set(accepted.flatMap { $0.normalized.words.map(String.init) })
      echoes.subtract(Set(otherWords.joined()).subtracting(answerWords).subtracting(AnswerChecker.fragmentFillers))
    }
  }

  /// The templates that ask this question, in both languages: the qualifier's, the inverse or the forward one.
  static func askingTemplates(question: Question, bank: BankIndex) -> [String] {
    guard let factID = question.facts.first, let fact = bank.fact(factID), let relation = bank.relation(fact.relation)
    else { return [] }
    return Language.allCases.compactMap { language in
      let templates = relation.templates[language]
      if let qualifier = question.qualifier { return templates.askQualifier[qualifier] }
      return question.direction == .inverse ? templates.askInverse : templates.ask
    }
  }

  /// The statement templates of a forward question without a qualifier, in both languages, where the word
  /// before the answer's slot may be a preposition the answer can repeat.
  static func statementTemplates(question: Question, bank: BankIndex) -> [String] {
    guard question.direction == .forward, question.qualifier == nil, let factID = question.facts.first,
      let fact = bank.fact(factID), let relation = bank.relation(fact.relation)
    else { return [] }
    return Language.allCases.map { relation.templates[$0].statement }
  }

  /// Words that turn a sentence around: never set aside as the question's own words.
  static let negations: Set<String> = [
    "not", "no", "never", "nor", "neither", "nobody", "none", "nunca", "ni", "tampoco", "nadie", "ninguno",
    "ninguna", "sin", "without", "instead", "lugar",
  ]

  /// The folded words of the question's own texts, in both languages: its asking and stating templates (without
  /// their placeholders), the subject's names, and the fact's quote and translation; negations left out.
  static func echoWords(question: Question, bank: BankIndex) -> Set<String> {
    guard let factID = question.facts.first, let fact = bank.fact(factID), let relation = bank.relation(fact.relation)
    else { return [] }
    var texts = [fact.source.quote, fact.source.translation]
    for language in Language.allCases {
      let templates = relation.templates[language]
      texts += [templates.ask, templates.statement] + [templates.askInverse].compactMap { $0 }
      if let subject = bank.entity(fact.subject) { texts.append(subject.name[language]) }
    }
    var words: Set<String> = []
    for text in texts {
      let plain = text.replacingOccurrences(of: #"\{[^}]*\}"#, with: " ", options: .regularExpression)
      words.formUnion(AnswerNormalizer.normalize(plain, stripArticle: false).words.map(String.init))
    }
    return words.subtracting(negations)
  }

  /// The longest gap "[…]" in a quote whose words are put back from the source document ("taken back to the
  /// […] ranch" is "taken back to the South Mexico ranch").
  static let longestGap = 12

  /// The folded words of a quote with gaps "[…]", the left-out words put back from its source document's text:
  /// each part found in order, at most `longestGap` words apart; `nil` when the quote has no gap, the text was
  /// not read, or the parts are not found so.
  static func quoteWithGapsFilled(_ source: FactSource, bank: BankIndex) -> [String]? {
    let parts = BankValidator.quoteParts(source.quote)
    guard parts.count > 1, let text = bank.sourceTexts[source.document] else { return nil }
    let partWords = parts.map { AnswerNormalizer.normalize($0, stripArticle: false).words.map(String.init) }
    guard !partWords.contains(where: \.isEmpty) else { return nil }
    let words = AnswerNormalizer.normalize(text, stripArticle: false).words.map(String.init)
    var start = 0
    while let first = Self.run(partWords[0], in: words, from: start) {
      var end = first + partWords[0].count
      var found = true
      for part in partWords.dropFirst() {
        guard let next = Self.run(part, in: words, from: end), next - end <= longestGap else {
          found = false
          break
        }
        end = next + part.count
      }
      if found { return Array(words[first..<end]) }
      start = first + 1
    }
    return nil
  }

  /// Where `run` first appears in `words` as consecutive words, at or after `from`.
  private static func run(_ run: [String], in words: [String], from: Int) -> Int? {
    guard !run.isEmpty, words.count >= run.count, from <= words.count - run.count else { return nil }
    return (from...(words.count - run.count)).first { words[$0..<($0 + run.count)].elementsEqual(run) }
  }

  /// The words of the question's relation templates (asking and stating, both languages), which may follow
  /// a number answer.
  private static func echoes(question: Question, bank: BankIndex) -> Set<String> {
    guard let factID = question.facts.first, let fact = bank.fact(factID), let relation = bank.relation(fact.relation)
    else { return [] }
    return NumberForms.echoWords(
      in: Language.allCases.flatMap { language -> [String] in
        let templates = relation.templates[language]
        return [templates.ask, templates.statement] + [templates.askInverse].compactMap { $0 }
          + templates.askQualifier.values
      })
  }

  private static func alternatives(question: Question, bank: BankIndex) -> [Localized<String>]? {
    guard case .text = question.answer, let factID = question.facts.first, let fact = bank.fact(factID),
      let relation = bank.relation(fact.relation), case .text(let alternatives) = relation.value
    else { return nil }
    return alternatives
  }
}

/// The bank's spellings, made on first use; a lock keeps the checker usable from any thread.
final class LazyForms: @unchecked Sendable {
  private let lock = NSLock()
  private var forms: BankForms?

  @discardableResult
  func value(_ make: () -> BankForms) -> BankForms {
    lock.lock()
    defer { lock.unlock() }
    if let forms { return forms }
    let made = make()
    forms = made
    return made
  }
}

/// Prepared questions by question; a lock keeps the checker usable from any thread. The cache is a
/// memo: results never depend on what it holds.
final class PreparedCache: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Question: PreparedQuestion] = [:]
  private static let capacity = 4096

  func value(for question: Question, make: () -> PreparedQuestion) -> PreparedQuestion {
    lock.lock()
    if let value = values[question] {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = make()
    lock.lock()
    if values.count >= Self.capacity { values.removeAll(keepingCapacity: true) }
    values[question] = value
    lock.unlock()
    return value
  }
}
