import Foundation

@testable import QuizCore

/// The style rules of `QuestionBanks/README.md` ("Style guide for bank authors") as checks on one text. Each
/// returns what it found, empty when the text is clean, so a test can name the offending words.
enum StyleCheck {
  // MARK: Titles

  /// The text with every span set off as a title or quotation («…», “…”, "…") taken out.
  static func outsideMarks(_ text: String) -> String {
    let pairs: [Character: Character] = ["«": "»", "“": "”", "\"": "\""]
    var result = ""
    var closing: Character?
    for character in text {
      if let close = closing {
        if character == close { closing = nil }
      } else if let close = pairs[character] {
        closing = close
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// The titles that occur in the text without their marks.
  static func unmarkedTitles(in text: String, titles: [String]) -> [String] {
    let bare = outsideMarks(text)
    return titles.filter { title in
      guard let range = bare.range(of: title) else { return false }
      // A whole-word match: "Netflix" inside "Netflixes" is not the title.
      let before = range.lowerBound == bare.startIndex ? nil : bare[bare.index(before: range.lowerBound)]
      let after = range.upperBound == bare.endIndex ? nil : bare[range.upperBound]
      return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
    }
  }

  /// The names a bank's works go by: their names and aliases in both languages.
  static func titles(of bank: Bank) -> [String] {
    bank.entities.filter(\.work).flatMap { entity in
      [entity.name.en, entity.name.es] + entity.aliases.en + entity.aliases.es
    }.uniqued()
  }

  /// Entity types that name kinds of works: an entity of one of them is a title and must be marked as a work.
  static let workTypes: Set<String> = [
    "book", "novel", "series", "film", "movie", "documentary", "letter", "newspaper", "magazine", "article",
    "song", "album", "play", "report",
  ]

  /// Words with which a question asks for one of several right answers ("Which of these was one of the charges?").
  static let oneOfSeveral: [Language: [String]] = [.en: ["one of"], .es: ["uno de", "una de"]]

  // MARK: Numbers

  private static let months = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre",
  ]

  /// A figure from 1 to 10 followed by a word ("3 personas", "1 person"), which running text spells out. A day of
  /// the month ("8 de diciembre") is not a count, and a sentence that also counts above ten keeps its series in
  /// figures ("5 points, … 15, … 20"), since words and figures are not mixed in one series.
  static func smallFigures(in text: String) -> [String] {
    var found: [String] = []
    var sentence = ""
    for character in text {
      sentence.append(character)
      if ".!?\n".contains(character) {
        found += smallFiguresInSentence(sentence)
        sentence = ""
      }
    }
    return found + smallFiguresInSentence(sentence)
  }

  private static func smallFiguresInSentence(_ text: String) -> [String] {
    // A count above ten (11 to 999; not a year) in the same sentence makes it a series in figures.
    if text.range(of: #"(?<![\p{N}.,])(1[1-9]|[2-9]\d|[1-9]\d\d)(?![\p{N}])"#, options: .regularExpression) != nil {
      return []
    }
    let pattern = #"(?<![\p{L}\p{N}.,:/-])(10|[1-9])\s+(\p{L}+)(?:\s+(\p{L}+))?"#
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
      let word = ns.substring(with: match.range(at: 2)).lowercased()
      let next = match.range(at: 3).location == NSNotFound ? "" : ns.substring(with: match.range(at: 3)).lowercased()
      // A day of the month ("8 de diciembre") and a position ("question 1 of 10", "pregunta 1 de 10").
      if word == "de", months.contains(next) { return nil }
      if word == "of" || word == "de", next.isEmpty { return nil }
      return ns.substring(with: match.range)
    }
  }

  // MARK: Repetition

  /// A word repeated back to back, with only spaces or punctuation between ("Hint: Hint:", "default: default").
  static func doubledWords(in text: String) -> [String] {
    let pattern = #"(?<!\p{L})(\p{L}+)[\s:,;.]+\1(?!\p{L})"#
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
  }

  /// The sentences that occur more than once in the text (compared without case and outer spaces).
  static func repeatedSentences(in text: String) -> [String] {
    var seen: Set<String> = []
    var repeated: [String] = []
    var sentence = ""
    func close() {
      let key = sentence.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".!?")))
        .lowercased()
      sentence = ""
      guard key.count > 1 else { return }
      if !seen.insert(key).inserted, !repeated.contains(key) { repeated.append(key) }
    }
    for character in text {
      if character == "\n" {
        close()
        continue
      }
      sentence.append(character)
      if ".!?".contains(character) { close() }
    }
    close()
    return repeated
  }

  // MARK: Wording

  /// Phrases a careful Latin-American editor replaces, by language, with what to write instead (issue 13).
  static let avoided: [Language: [(phrase: String, instead: String)]] = [
    .es: [
      ("quedó libre para volar", "pudo viajar"), ("han argumentado", "han sostenido"),
      ("la estaban usando como chivo expiatorio", "la habían convertido en chivo expiatorio"),
      ("se desechó", "se anuló el proceso"), ("derechos legales", "garantías procesales"),
      ("solicitud de liberación", "petición de libertad"), ("según se informa", "al parecer"),
      ("escenific*", "simuló"), ("una declaración a los reporteros", "declaraciones a la prensa"),
      ("intensa tensión", "fuerte tensión"), ("a su madre y a su padre", "a sus padres"),
      ("a su tío y a su tía", "a sus tíos"), ("¿Adónde fue llevad*", "¿Adónde llevaron a…?"),
      ("¿Quién, entonces", "¿Qué presidente…?"), ("Palacio del Elíseo", "palacio del Elíseo"),
      ("En las palabras que cita", "Según la cita que recoge"), ("portación ilegal", "posesión ilegal"),
      ("pulsa", "presiona"), ("Intro", "Enter"), ("añad*", "agrega"), ("pasa de", "omite"),
      ("en parte correct*", "parcialmente correcta"), ("En parte correct*", "Parcialmente correcta"),
      ("seguidas)", "(racha de…)"), ("saltad*", "omitida"),
      ("estará pendiente", "el próximo repaso será"), ("gana su parte", "recibe la parte proporcional"),
      ("Elige una de estas:", "Elige una de estas opciones:"), ("ordenador", "computadora"), ("vídeo", "video"),
      ("vosotros", "ustedes"), ("coche", "auto"), ("fichero", "archivo"),
      // Play test 2: an English-shaped topic-first sentence, the hostages' word for her release, and a bare
      // participle for "Read as", "Accepted".
      ("En cuanto a los cargos", "Hasta la fecha, Florence Cassez ha negado los cargos en su contra"),
      ("su liberación", "su puesta en libertad"), ("Leído como", "Se lee como"), ("Aceptado en", "Se acepta en"),
      ("Se ignora", "Se pasa por alto"),
    ],
    .en: [("Type the answer", "Typed answer (a label, not an order)")],
  ]

  /// The avoided phrases the text holds, with their replacement. A phrase matches from the start of a word to
  /// the end of one ("pulsa" is not found in "impulsa", nor "Intro" in "Introducción"); a final `*` lets the
  /// last word go on ("escenific*" finds "escenificó").
  static func avoidedPhrases(in text: String, language: Language) -> [String] {
    (avoided[language] ?? []).filter { entry in
      let open = entry.phrase.hasSuffix("*")
      let phrase = open ? String(entry.phrase.dropLast()) : entry.phrase
      var searchStart = text.startIndex
      while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        let startsWord = !(before?.isLetter ?? false) || !(phrase.first?.isLetter ?? false)
        let endsWord = open || !(after?.isLetter ?? false) || !(phrase.last?.isLetter ?? false)
        if startsWord && endsWord { return true }
        searchStart = range.upperBound
      }
      return false
    }.map { "\"\($0.phrase)\" → \"\($0.instead)\"" }
  }

  // MARK: Neutrality

  /// Words that say or imply that someone committed a crime: never in a wrong option or a false statement about
  /// real people, where the game itself would make the accusation. A word matches from its start ("confess"
  /// finds "confessed", "culpab" finds "culpable"; "admit" is not found in "readmit").
  static let guiltWords: [Language: [String]] = [
    .en: ["confess", "admit", "guilt", "culprit", "kidnapper", "mastermind", "murderer", "perpetrator", "orders"],
    .es: ["confes", "admit", "culpab", "secuestrador", "autor intelectual", "asesin", "órdenes"],
  ]

  /// The guilt words the text holds.
  static func guiltWords(in text: String, language: Language) -> [String] {
    let lowered = text.lowercased()
    return (guiltWords[language] ?? []).filter { word in
      var searchStart = lowered.startIndex
      while let range = lowered.range(of: word, range: searchStart..<lowered.endIndex) {
        if range.lowerBound == lowered.startIndex || !lowered[lowered.index(before: range.lowerBound)].isLetter {
          return true
        }
        searchStart = range.upperBound
      }
      return false
    }
  }

  /// The people of a bank the text names, by their full name or their family name.
  static func peopleNamed(in text: String, bank: Bank) -> [String] {
    bank.entities.filter { $0.type == "person" }.filter { person in
      ([person.name.en, person.name.es] + (person.familyName.map { [$0] } ?? [])).contains { text.contains($0) }
    }.map(\.id)
  }

  // MARK: Hedging

  /// The words that attribute a claim to the source.
  static let hedges: [Language: [String]] = [
    .en: ["according to", "reportedly", "allegedly"], .es: ["según", "al parecer", "presuntamente"],
  ]

  /// Whether the text attributes what it says.
  static func isHedged(_ text: String, language: Language) -> Bool {
    let lowered = text.lowercased()
    return (hedges[language] ?? []).contains { lowered.contains($0) }
  }
}
