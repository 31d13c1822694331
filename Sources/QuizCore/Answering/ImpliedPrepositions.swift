/// The prepositions a question implies, which an answer may repeat ("in Paris" for "Where did he die?", "a
/// Inglaterra" for "¿Adónde viajó?", "with Israel Vallarta" for "With whom…?"): read from the question's own
/// wording in both languages — the interrogative word, the preposition just before it ("con quién", "between
/// which"), and the word just before the answer's slot in the statement templates ("…fled to {value}").
enum ImpliedPrepositions {
  /// The interrogatives that imply prepositions of their own, by folded word.
  static let byInterrogative: [String: Set<String>] = [
    "where": ["in", "at", "on", "to", "into"],
    "when": ["in", "on", "at"],
    "donde": ["en"],
    "adonde": ["a", "al"],
    "cuando": ["en", "el"],
  ]

  /// Interrogatives a preposition may stand before ("to which", "en qué", "a dónde").
  static let interrogatives: Set<String> = [
    "which", "what", "where", "whom", "who", "que", "cual", "cuales", "donde", "quien", "quienes",
  ]

  /// Prepositions that may stand before an interrogative or an answer, with the forms an answer may use
  /// instead: contractions ("al", "del"), and for "through" the words a person uses for the same means ("by
  /// her brother", "via her brother").
  static let prepositions: [String: Set<String>] = [
    "in": ["in"], "at": ["at"], "on": ["on"], "to": ["to"], "into": ["into"], "from": ["from"],
    "with": ["with"], "by": ["by"], "between": ["between"], "through": ["through", "via", "by"],
    "a": ["a", "al"], "al": ["a", "al"], "en": ["en"], "de": ["de", "del"], "del": ["de", "del"],
    "desde": ["desde"], "hacia": ["hacia"], "con": ["con"], "por": ["por"], "entre": ["entre"],
  ]

  /// Prepositions of several words, folded, with the one-word preposition each means: an answer may begin with
  /// one when the question implies that preposition ("by way of her brother" for "Through whom…?").
  static let phrases: [([String], String)] = [
    (["by", "way", "of"], "via"), (["by", "means", "of"], "via"), (["with", "the", "help", "of"], "via"),
    (["out", "of"], "from"),
  ]

  /// The prepositions the asking templates imply (folded, lowercase).
  static func implied(by templates: [String]) -> Set<String> {
    var result: Set<String> = []
    for template in templates {
      let words = NumberForms.echoWordsInOrder(template)
      guard let index = words.firstIndex(where: { interrogatives.contains($0) || byInterrogative[$0] != nil })
      else { continue }
      if let own = byInterrogative[words[index]] { result.formUnion(own) }
      if index > 0, let before = prepositions[words[index - 1]] { result.formUnion(before) }
      // "Where … from?", "Where … to?": a preposition closing an English question belongs to the answer too.
      if words[index] == "where", let last = words.last, let closing = prepositions[last] { result.formUnion(closing) }
    }
    return result
  }

  /// The prepositions statement templates put just before the answer's slot: "{subject} fled to {value}." gives
  /// "to", "pudo viajar {value:a}" gives "a" and "al".
  static func implied(byStatements statements: [String]) -> Set<String> {
    var result: Set<String> = []
    for statement in statements {
      guard let slot = statement.range(of: "{value") else { continue }
      let form = statement[slot.upperBound...].prefix { $0 != "}" }
      if form.hasPrefix(":a") || form.hasPrefix(":de") {
        result.formUnion(prepositions[String(form.dropFirst().prefix { $0.isLetter })] ?? [])
      }
      if let last = NumberForms.echoWordsInOrder(String(statement[..<slot.lowerBound])).last,
        let implied = prepositions[last]
      {
        result.formUnion(implied)
      }
    }
    return result
  }

  /// What a person may put before an answer to make it a sentence, by folded words: a subject pronoun and a
  /// copula ("he is Mexican", "she was", "es mexicano", "ella es"). Set aside and said.
  static let leadIns: [[String]] = [
    ["he", "is"], ["she", "is"], ["he", "s"], ["she", "s"], ["he", "was"], ["she", "was"], ["it", "is"],
    ["it", "s"], ["it", "was"], ["they", "are"], ["they", "were"], ["el", "es"], ["ella", "es"], ["el", "era"],
    ["ella", "era"], ["el", "fue"], ["ella", "fue"], ["es"], ["era"], ["fue"], ["son"], ["eran"], ["fueron"],
  ]

  /// The runs of words a statement template puts just before the answer's slot, after the subject: "{subject}
  /// was directed by {value}." gives "was directed by", "directed by" and "by"; longest first, folded. Runs of
  /// one preposition are left to the prepositions.
  static func statementLeads(_ statements: [String]) -> [[String]] {
    var result: [[String]] = []
    for statement in statements {
      guard let slot = statement.range(of: "{value") else { continue }
      var before = String(statement[..<slot.lowerBound])
      if let lastPlaceholder = before.lastIndex(of: "}") {
        before = String(before[before.index(after: lastPlaceholder)...])
      }
      // Only the clause the answer is in: "According to the article, the police arrested her {value}".
      if let comma = before.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
        before = String(before[before.index(after: comma)...])
      }
      let words = AnswerNormalizer.normalize(before, stripArticle: false).words.map(String.init)
      for length in stride(from: words.count, through: 1, by: -1) {
        let run = Array(words.suffix(length))
        if length == 1, prepositions[run[0]] != nil { continue }
        if !result.contains(run) { result.append(run) }
      }
    }
    return result.sorted { $0.count > $1.count }
  }

  /// Courtesy titles that may stand before any person's name, folded.
  static let courtesyTitles: [[String]] = [
    ["mr"], ["mister"], ["mrs"], ["ms"], ["miss"], ["senor"], ["señor"], ["sr"], ["senora"], ["señora"], ["sra"],
    ["senorita"], ["señorita"], ["srta"], ["don"], ["dona"], ["doña"], ["monsieur"], ["madame"], ["mme"],
  ]

  /// Titles of an office, folded, which may stand before a name only when the entity's description or the
  /// question's own wording names that office ("President Hollande" for the president who greeted her, never
  /// "Judge Hollande").
  static let officeTitles: [[String]] = [
    ["president"], ["presidente"], ["presidenta"], ["former", "president"], ["expresidente"], ["expresidenta"],
    ["judge"], ["juez"], ["jueza"], ["governor"], ["gobernador"], ["gobernadora"], ["minister"], ["ministro"],
    ["ministra"], ["senator"], ["senador"], ["senadora"], ["director"], ["directora"],
  ]

  /// Titles of what a person did, folded, by the folded words that allow them: a title may stand before a name
  /// only when the entity's description or the question's own wording says it ("the writer Jorge Volpi" for
  /// "Who wrote…?", "her boyfriend Israel Vallarta" for "With whom was she in a romantic relationship?").
  static let roleTitles: [(allowedBy: Set<String>, titles: [[String]])] = [
    (
      [
        "wrote", "written", "writer", "author", "novelist", "escribio", "escrito", "escrita", "escritor", "autor",
        "autora", "novelista",
      ],
      [["writer"], ["author"], ["novelist"], ["escritor"], ["escritora"], ["autor"], ["autora"], ["novelista"]]
    ),
    (
      ["directed", "director", "directora", "dirigio", "dirigida", "dirigido"],
      [["director"], ["directora"], ["filmmaker"], ["film", "director"], ["cineasta"], ["realizador"]]
    ),
    (
      ["romantic", "relationship", "sentimental", "boyfriend", "girlfriend", "partner", "novio", "novia", "pareja"],
      [
        ["boyfriend"], ["girlfriend"], ["partner"], ["lover"], ["novio"], ["novia"], ["pareja"], ["companero"],
        ["compañero"], ["companera"], ["compañera"],
      ]
    ),
  ]

  /// The titles that may stand before a name in an answer: the office and role titles whose office or role the
  /// entity's description or the question's templates name, and for a `person` the courtesy titles.
  static func titles(for entity: Entity, templates: [String], person: Bool) -> [[String]] {
    let described = Set(
      (Language.allCases.map { entity.description[$0] } + templates).flatMap {
        AnswerNormalizer.normalize($0, stripArticle: false).words.map(String.init)
      })
    let offices = officeTitles.filter { title in
      guard let office = title.last else { return false }
      let stem = office.hasPrefix("ex") ? String(office.dropFirst(2)) : office
      return described.contains(office) || described.contains(stem)
        || described.contains(stem.hasSuffix("a") ? String(stem.dropLast()) + "e" : stem)
    }
    let roles = roleTitles.filter { !$0.allowedBy.isDisjoint(with: described) }.flatMap(\.titles)
      .filter { !offices.contains($0) }
    return (offices + roles + (person ? courtesyTitles : [])).sorted { $0.count > $1.count }
  }
}
