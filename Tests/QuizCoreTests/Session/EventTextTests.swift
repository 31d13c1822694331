import Foundation
import Testing

@testable import QuizCore

@Suite("Game screens as text")
struct EventTextTests {
  let text = EventText(catalog: MiniBank.catalog)

  func verdict(_ outcome: Verdict.Outcome, language: Language, forgiven: [Forgiveness] = [], skipped: Bool = false)
    -> [String]
  {
    let verdict = Verdict(
      outcome: outcome, credit: outcome == .right ? 1 : outcome == .partial ? 0.5 : 0, forgiven: forgiven,
      expected: Localized(en: "Mexico", es: "México"))
    let shown = VerdictPresentation(
      id: QuestionID(rawValue: "q"), verdict: verdict,
      points: Points(base: outcome == .wrong ? 0 : 20, streakBonus: 0, speedBonus: 0), streak: 1,
      answer: language == .en ? "Mexico" : "México", answerInOtherLanguage: language == .en ? "México" : "Mexico",
      skipped: skipped, language: language)
    return text.verdict(shown).map(\.text)
  }

  @Test(
    "verdicts",
    arguments: [
      (Verdict.Outcome.right, Language.en, [Forgiveness](), false, ["Right! +20 points"]),
      (.right, .es, [], false, ["¡Correcto! +20 puntos"]),
      (
        .right, .en, [Forgiveness(.accents, canonical: "México")], false,
        ["Right! +20 points", "Accents forgiven: México."]
      ),
      (.wrong, .en, [], false, ["That's not right.", "Right answer: Mexico", "In Spanish: México"]),
      (.wrong, .es, [], false, ["No es correcto.", "Respuesta correcta: México", "En inglés: Mexico"]),
      (.wrong, .en, [], true, ["Skipped.", "Right answer: Mexico", "In Spanish: México"]),
      (
        .partial, .en, [], false,
        ["Partly right: 50% of the pairs are in order. +20 points", "Right answer: Mexico", "In Spanish: México"]
      ),
    ])
  func verdicts(outcome: Verdict.Outcome, language: Language, forgiven: [Forgiveness], skipped: Bool, lines: [String]) {
    #expect(verdict(outcome, language: language, forgiven: forgiven, skipped: skipped) == lines)
  }

  /// What was forgiven reads as one line, and an accepted wording of an answer is not called a name (the play
  /// test saw "Accepted; the usual name is “on a highway”." then "Typo forgiven: highway." on a second line).
  @Test(
    "what was forgiven, on one line",
    arguments: [
      (
        Language.en, [Forgiveness(.fullAnswer, canonical: "on a highway")],
        "Accepted; the full answer is “on a highway”."
      ),
      // A note whose words a later note shows is said without them: the answer is written once (play test:
      // "entre Francia y Mexico" printed it three times).
      (
        .en, [Forgiveness(.fullAnswer, canonical: "on a highway"), Forgiveness(.typo, canonical: "highway")],
        "Typo forgiven; the full answer is “on a highway”."
      ),
      (
        .es, [Forgiveness(.fullAnswer, canonical: "en una carretera"), Forgiveness(.typo, canonical: "carretera")],
        "Se perdona un error de tecleo; la respuesta completa es «en una carretera»."
      ),
      (
        .es,
        [
          Forgiveness(.answerWording, canonical: "México y Francia"),
          Forgiveness(.preposition, canonical: "México y Francia"),
          Forgiveness(.accents, canonical: "Francia y México", count: 1),
        ],
        "Se pasa por alto la preposición; se perdona la tilde; la respuesta completa es «México y Francia»."
      ),
      (
        .en,
        [
          Forgiveness(.sourceWording, canonical: "Mexico and France"),
          Forgiveness(.preposition, canonical: "Mexico and France"),
        ],
        "Preposition ignored; as the source puts it: “Mexico and France”."
      ),
      // Notes about other spellings keep them.
      (
        .en, [Forgiveness(.fullAnswer, canonical: "on a highway"), Forgiveness(.typo, canonical: "freway")],
        "Typo forgiven: freway; the full answer is “on a highway”."
      ),
      // An accepted answer is said in full: "the full answer", not "the expected answer" (play test).
      (.es, [Forgiveness(.answerWording, canonical: "francesa")], "Se acepta; la respuesta completa es «francesa»."),
      (.en, [Forgiveness(.answerWording, canonical: "French")], "Accepted; the full answer is “French”."),
      (
        .en, [Forgiveness(.sourceWording, canonical: "on Israel's ranch")],
        "Accepted; as the source puts it: “on Israel's ranch”."
      ),
      (.es, [Forgiveness(.sourceWording, canonical: "francesa")], "Se acepta; como lo dice la fuente: «francesa»."),
      // A shorter form of a full name: the full name, said as such (not "the usual name is").
      (
        .en, [Forgiveness(.fullName, canonical: "Alejandro Gerber Bicecci")],
        "Accepted; the full name is “Alejandro Gerber Bicecci”."
      ),
      (
        .es, [Forgiveness(.fullName, canonical: "François Hollande"), Forgiveness(.typo, canonical: "Holande")],
        "Se perdona un error de tecleo: Holande; el nombre completo es «François Hollande»."
      ),
      // One accent or several (play test: "se perdonan las tildes" for one).
      (
        .es, [Forgiveness(.article, canonical: "los Zodiacos"), Forgiveness(.accents, canonical: "México", count: 1)],
        "Se pasa por alto el artículo: los Zodiacos; se perdona la tilde: México."
      ),
      (.es, [Forgiveness(.accents, canonical: "Ramírez Peña", count: 1)], "Se perdona la tilde: Ramírez Peña."),
      (.es, [Forgiveness(.accents, canonical: "Genaro García", count: 2)], "Se perdonan las tildes: Genaro García."),
      (.en, [Forgiveness(.accents, canonical: "México", count: 1)], "Accent forgiven: México."),
      (.en, [Forgiveness(.accents, canonical: "Crépin Élysée", count: 2)], "Accents forgiven: Crépin Élysée."),
      // The same sentence said once.
      (
        .en,
        [
          Forgiveness(.dateOrder, canonical: "December 8, 2005"),
          Forgiveness(.shortYear, canonical: "December 8, 2005"),
        ],
        "Read as December 8, 2005."
      ),
    ])
  func forgivenLine(language: Language, forgiven: [Forgiveness], line: String) {
    #expect(text.forgivenLine(forgiven, in: language) == line)
    #expect(verdict(.right, language: language, forgiven: forgiven).dropFirst().first == line)
    #expect(verdict(.right, language: language, forgiven: forgiven).count == 2)
  }

  /// A text answer's shorter accepted form is called a short form of the answer, its other wordings the
  /// source's wording; an entity's alias stays a name.
  @Test(
    "the cassez bank: an accepted wording of a text answer is not a name",
    arguments: [
      ("highway", "cassez-arrest-place", Language.en, [Forgiveness.Kind.fullAnswer]),
      ("higway", "cassez-arrest-place", .en, [.fullAnswer, .typo]),
      ("carretera", "cassez-arrest-place", .es, [.fullAnswer]),
      ("francés", "cassez-nationality", .es, [.agreement]),
      ("on the highway", "cassez-arrest-place", .en, []),
      ("en la carretera", "cassez-arrest-place", .es, []),
      ("on the road", "cassez-arrest-place", .en, [.answerWording]),
      ("Gerber", "documentary-writer", .en, [.fullName]),
      // An alias of a name is a name: nothing to say (play test: "suele escribirse «prisión de Tepepan»").
      ("Francois Hollande", "cassez-greeted-by-hollande", .en, []),
      ("cárcel de Tepepan", "cassez-released-from", .es, []),
      ("Tepepan jail", "cassez-released-from", .en, []),
      // An article and a synonym differ, not a preposition (play test: "Preposition ignored" for this).
      ("on the freeway", "cassez-arrest-place", .en, [.answerWording]),
      // "la" for "una" is an article, never a typo.
      // Longer than the answer: nothing was left out, nothing to say.
      ("en la carretera mientras iban en auto", "cassez-arrest-place", .es, []),
    ])
  func textAnswerForms(input: String, fact: String, language: Language, kinds: [Forgiveness.Kind]) throws {
    let bank = try Shipped.bank("cassez")
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let question = try #require(
      QuestionGenerator(bank: bank).allQuestions().first { $0.kind == .typed && $0.facts == [fact] })
    let verdict = try #require(checker.check(input, question: question, language: language).verdict)
    #expect(verdict.isRight)
    #expect(verdict.forgiven.map(\.kind) == kinds)
  }

  /// The line of notes the shipped bank's answers get from the play test's inputs: each note explains what was
  /// really let pass, the answer is written once, a quote shown as the source's is the source's own words.
  @Test(
    "the notes of a verdict, as the player reads them",
    arguments: [
      (
        "on the freeway", "cassez-arrest-place", QuestionKind.typed, Language.en,
        "Accepted; the full answer is “on a highway”." as String?
      ),
      (
        "entre Francia y Mexico", "cassez-tension-between", .typed, .es,
        "Se pasa por alto la preposición; se perdona la tilde; la respuesta completa es «México y Francia»."
      ),
      ("cárcel de Tepepan", "cassez-released-from", .typed, .es, nil),
      ("from the Tepepan jail", "cassez-released-from", .typed, .en, "Preposition ignored: Tepepan prison."),
      // Longer than the answer: "la respuesta completa es" would say it was partial.
      ("en la carretera mientras iban en auto", "cassez-arrest-place", .typed, .es, nil),
      // Play test: agreement, never "la respuesta completa".
      (
        "es frances", "cassez-nationality", .typed, .es,
        "Se dejan de lado las palabras de más; se perdona la tilde: francés; concordada con el sujeto, la respuesta es "
          + "«francesa»."
      ),
      ("organised crime", "cassez-charge-organized-crime", .choice, .en, nil),
      ("organized crim", "cassez-charge-organized-crime", .choice, .en, "Typo forgiven: organized crime."),
      // "taken back to the […] ranch" does not say "to the ranch": no "as the source puts it"; and longer than
      // the answer, it left nothing out: no "the full answer is" either.
      ("back to the ranch", "cassez-taken-back-to-ranch", .typed, .en, nil),
      ("Mexico", "cassez-met-vallarta-in", .typed, .es, "Se perdona la tilde: México."),
      ("noventaiseis", "cassez-initial-sentence", .number, .es, "Se perdona la tilde: 96 años."),
      ("by way of her brother", "cassez-met-vallarta-through", .typed, .en, "Preposition ignored: her brother."),
    ])
  func shippedNotes(input: String, fact: String, kind: QuestionKind, language: Language, line: String?) throws {
    let bank = try Shipped.bankWithSources("cassez")
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let question = try #require(
      QuestionGenerator(bank: bank).allQuestions().first {
        $0.kind == kind && $0.facts == [fact] && $0.direction == .forward && $0.qualifier == nil
      })
    let verdict = try #require(checker.check(input, question: question, language: language).verdict)
    #expect(verdict.isRight)
    #expect(text.forgivenLine(verdict.forgiven, in: language) == line)
  }

  /// "noventa y seis meses" for 96 years is wrong, and the verdict says the unit is what is wrong, in both
  /// languages (play test); a wrong number, or a number not finished, says nothing of the kind.
  @Test(
    "a right number with another unit says the unit is wrong",
    arguments: [
      ("noventa y seis meses", "cassez-initial-sentence", Language.es, "años" as String?),
      ("96 months", "cassez-initial-sentence", .en, "years"),
      ("96 meses de prisión", "cassez-initial-sentence", .es, "años"),
      ("97 meses", "cassez-initial-sentence", .es, nil),
      ("noventa y siete meses", "cassez-initial-sentence", .es, nil),
      ("sesenta y", "cassez-reduced-sentence", .es, nil),
      ("96 años de cárcel", "cassez-reduced-sentence", .es, nil),
      ("60 days", "cassez-reduced-sentence", .en, "years"),
    ])
  func wrongUnit(input: String, fact: String, language: Language, unit: String?) throws {
    let bank = try Shipped.bankWithSources("cassez")
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let question = try #require(
      QuestionGenerator(bank: bank).allQuestions().first {
        $0.kind == .number && $0.facts == [fact] && $0.direction == .forward && $0.qualifier == nil
      })
    let verdict = try #require(checker.check(input, question: question, language: language).verdict)
    #expect(!verdict.isRight)
    #expect(verdict.wrongUnit == unit)
  }

  @Test(
    "the wrong unit is said under the verdict",
    arguments: [
      (Language.en, "years", "The number is right, but not the unit: the answer is in years."),
      (.es, "años", "El número es correcto, pero la unidad no: la respuesta se da en años."),
    ])
  func wrongUnitLine(language: Language, unit: String, line: String) {
    var verdict = Verdict.wrong(expected: Localized(en: "96 years", es: "96 años"))
    verdict.wrongUnit = unit
    let shown = VerdictPresentation(
      id: QuestionID(rawValue: "q"), verdict: verdict, points: Points(base: 0, streakBonus: 0, speedBonus: 0),
      streak: 0, answer: verdict.expected[language], answerInOtherLanguage: verdict.expected[language.other],
      skipped: false, language: language)
    #expect(text.verdict(shown).map(\.text).prefix(2) == [language == .en ? "Not quite." : "Casi, pero no.", line])
  }

  /// "December 2005" for December 8, 2005 is wrong, and the verdict says what it lacks (play test: a bare "Not
  /// quite."); a coarser date that disagrees, or a full wrong date, says nothing of the kind.
  @Test(
    "a date right as far as it goes says what is missing",
    arguments: [
      ("December 2005", "cassez-arrest-date", Language.en, Verdict.MissingDatePart.day as Verdict.MissingDatePart?),
      ("diciembre de 2005", "cassez-arrest-date", .es, .day),
      ("2005", "cassez-arrest-date", .en, .monthAndDay),
      ("en el 05", "cassez-arrest-date", .es, .monthAndDay),
      ("2009", "cassez-sentence-reduced-date", .en, .month),
      ("November 2005", "cassez-arrest-date", .en, nil),
      ("2006", "cassez-arrest-date", .en, nil),
      ("December 9, 2005", "cassez-arrest-date", .en, nil),
      ("2008", "cassez-sentence-reduced-date", .es, nil),
    ])
  func missingDatePart(input: String, fact: String, language: Language, missing: Verdict.MissingDatePart?) throws {
    let bank = try Shipped.bankWithSources("cassez")
    let checker = AnswerChecker(bank: bank, text: ValueText(bank: bank, catalog: MiniBank.catalog))
    let question = try #require(
      QuestionGenerator(bank: bank).allQuestions().first {
        $0.kind == .date && $0.facts == [fact] && $0.direction == .forward && $0.qualifier == nil
      })
    let verdict = try #require(checker.check(input, question: question, language: language).verdict)
    #expect(!verdict.isRight)
    #expect(verdict.missing == missing)
  }

  @Test(
    "what a date lacks is said under the verdict",
    arguments: [
      (
        Language.en, Verdict.MissingDatePart.day, "The month and year are right, but the question asks for the day too."
      ),
      (.es, .day, "El mes y el año son correctos, pero la pregunta pide también el día."),
      (.en, .monthAndDay, "The year is right, but the question asks for the month and day too."),
      (.es, .month, "El año es correcto, pero la pregunta pide también el mes."),
    ])
  func missingDatePartLine(language: Language, missing: Verdict.MissingDatePart, line: String) {
    var verdict = Verdict.wrong(expected: Localized(en: "December 8, 2005", es: "8 de diciembre de 2005"))
    verdict.missing = missing
    let shown = VerdictPresentation(
      id: QuestionID(rawValue: "q"), verdict: verdict, points: Points(base: 0, streakBonus: 0, speedBonus: 0),
      streak: 0, answer: verdict.expected[language], answerInOtherLanguage: verdict.expected[language.other],
      skipped: false, language: language)
    #expect(text.verdict(shown).map(\.text).prefix(2) == [language == .en ? "Not quite." : "Casi, pero no.", line])
  }

  /// With `:both`, the fact in the other language says which language it is (play test: printed bare).
  @Test(
    "the other language's sentence is labelled",
    arguments: [
      (Language.en, "Florence Cassez fue detenida.", "In Spanish: Florence Cassez fue detenida."),
      (.es, "Florence Cassez was arrested.", "En inglés: Florence Cassez was arrested."),
    ])
  func otherSentenceLabelled(language: Language, other: String, line: String) {
    let lesson = Lesson(sentence: "…", otherSentence: other)
    #expect(text.lesson(lesson, language: language).map(\.text) == ["…", line])
  }

  /// With `:both`, each translation stands right under its original (play test: the fact's translation came
  /// after the quote's and read as a second translation of the quote).
  @Test("each translation stands under its original", arguments: Language.allCases)
  func translationsUnderOriginals(language: Language) {
    let lesson = Lesson(
      sentence: "Sentence.", quote: "Quote", quoteLanguage: .en, quoteTranslation: "Cita",
      otherSentence: "Frase.")
    let label = language == .en ? "In Spanish: " : "En inglés: "
    let lines = text.lesson(lesson, language: language).map(\.text)
    #expect(
      lines == [
        "Sentence.", label + "Frase.",
        language == .en ? "Source: “Quote”" : "Fuente: «Quote»",
        language == .en ? "In Spanish: “Cita”" : "En español: «Cita»",
      ])
  }

  /// A wrong date in digits that reads both ways ("8/12/2005" in English is August 12) says how it was read,
  /// under "Not quite.", so a player who wrote the day first sees why (play test).
  @Test(
    "a wrong date says how its digits were read",
    arguments: [
      (
        Language.en, "August 12, 2005",
        "Read as August 12, 2005: in English the month comes first; write the month in words to be sure."
      ),
      (
        .es, "12 de agosto de 2005",
        "Se leyó como 12 de agosto de 2005: en español va primero el día; escribe el mes con letras para evitar dudas."
      ),
    ])
  func readAs(language: Language, date: String, line: String) {
    var verdict = Verdict.wrong(expected: Localized(en: "December 8, 2005", es: "8 de diciembre de 2005"))
    verdict.readAs = date
    let shown = VerdictPresentation(
      id: QuestionID(rawValue: "q"), verdict: verdict, points: Points(base: 0, streakBonus: 0, speedBonus: 0),
      streak: 0, answer: verdict.expected[language], answerInOtherLanguage: verdict.expected[language.other],
      skipped: false, language: language)
    let lines = text.verdict(shown).map(\.text)
    #expect(lines.prefix(2) == [language == .en ? "Not quite." : "Casi, pero no.", line])
  }

  /// "Respuesta correcta: Verdadero" then "En inglés: True" teaches nothing: not shown for true/false.
  @Test("a true/false answer is not repeated in the other language", arguments: Language.allCases)
  func trueFalseAnswerOnce(language: Language) {
    let verdict = Verdict(outcome: .wrong, credit: 0, forgiven: [], expected: Localized(en: "True", es: "Verdadero"))
    let shown = VerdictPresentation(
      id: QuestionID(rawValue: "ana-arrest.truefalse"), verdict: verdict,
      points: Points(base: 0, streakBonus: 0, speedBonus: 0), streak: 0,
      answer: language == .en ? "True" : "Verdadero", answerInOtherLanguage: language == .en ? "Verdadero" : "True",
      skipped: false, language: language)
    let lines = text.verdict(shown).map(\.text)
    #expect(
      lines == [
        language == .en ? "That's not right." : "No es correcto.",
        language == .en ? "Right answer: True" : "Respuesta correcta: Verdadero",
      ])
  }

  @Test("a question shows its progress, kind and lettered options")
  func question() throws {
    let all = QuestionGenerator(bank: MiniBank.index, seed: 1).allQuestions()
    let choice = try #require(all.first { $0.kind == .choice && $0.facts == ["show-director"] })
    let renderer = QuestionRenderer(bank: MiniBank.index, catalog: MiniBank.catalog)
    let shown = QuestionPresentation(
      question: renderer.render(choice, in: .es), secondary: nil, index: 3, total: 10, removedOptions: [1],
      revealed: nil)
    let lines = text.question(shown).map(\.text)
    #expect(lines[1] == "3/10 · Opción múltiple (reconocimiento)")
    #expect(lines[2] == "¿Quién dirigió The Case?")
    #expect(lines[3].hasPrefix("  a) "))
    #expect(lines[4] == "  b) —")
    #expect(lines.count == 7)
  }

  @Test("summaries", arguments: [Language.en, .es])
  func summary(language: Language) {
    let summary = GameSummary(
      score: 45, answered: 3, total: 3, right: 2, partial: 0, wrong: 1, accuracy: 2.0 / 3, bestStreak: 2,
      seconds: 75, missed: [.init(id: QuestionID(rawValue: "q"), prompt: "When?", answer: "2005")], language: language)
    let lines = text.summary(summary).map(\.text)
    let expected =
      language == .en
      ? [
        "", "Game over", "Score: 45 points", "2 right, 1 missed (3 of 3 questions answered)",
        "Accuracy: 67%", "Best streak: 2 right in a row", "Time: 1:15", "To review (1):", "• When?", "  → 2005",
      ]
      : [
        "", "Fin de la partida", "Puntuación: 45 puntos",
        "2 correctas, 1 fallada (3 de 3 preguntas respondidas)", "Aciertos: 67 %",
        "Mejor racha: 2 correctas seguidas", "Tiempo: 1:15", "Para repasar (1):", "• When?", "  → 2005",
      ]
    #expect(lines == expected)
  }

  /// A best streak of one and no fact moved up say nothing: the lines are left out ("Best streak: 1 right in a
  /// row", "Progress: 0 facts moved up" read as noise); from two, and from one fact, they are shown.
  @Test(
    "trivial summary lines are left out",
    arguments: [
      (Language.en, 1, 0, [String]()),
      (.en, 2, 1, ["Best streak: 2 right in a row", "Progress: 1 fact moved on to its next form"]),
      (.es, 1, 0, []),
      (.es, 3, 2, ["Mejor racha: 3 correctas seguidas", "Progreso: 2 datos pasaron a su forma siguiente"]),
    ])
  func trivialSummaryLines(language: Language, streak: Int, moved: Int, shown: [String]) {
    var summary = GameSummary(
      score: 10, answered: 3, total: 3, right: 1, partial: 0, wrong: 2, accuracy: 1.0 / 3, bestStreak: streak,
      seconds: 30, missed: [], language: language)
    summary.factsMovedUp = moved
    let lines = text.summary(summary).map(\.text)
    let prefixes = ["Best", "Progress", "Mejor", "Progreso"]
    let optional = lines.filter { line in prefixes.contains { line.hasPrefix($0) } }
    #expect(optional == shown, "\(lines)")
  }

  @Test(
    "a partly right verdict has a verb in both languages",
    arguments: [
      (Language.en, "Partly right: 50% of the pairs are in order. +20 points"),
      (.es, "Parcialmente correcta: el 50 % de los pares está en orden. +20 puntos"),
    ])
  func partialVerdict(language: Language, line: String) {
    #expect(verdict(.partial, language: language).first == line)
  }

  @Test(
    "a game without answers says so instead of a 0 % accuracy and a streak of none",
    arguments: [
      (
        Language.en,
        [
          "", "Game over", "Score: 0 points", "0 right, 0 missed (0 of 3 questions answered)", "No answers yet.",
          "Time: 0:05",
        ]
      ),
      (
        .es,
        [
          "", "Fin de la partida", "Puntuación: 0 puntos", "0 correctas, 0 falladas (0 de 3 preguntas respondidas)",
          "Todavía no hay respuestas.", "Tiempo: 0:05",
        ]
      ),
    ])
  func emptySummary(language: Language, expected: [String]) {
    let summary = GameSummary(
      score: 0, answered: 0, total: 3, right: 0, partial: 0, wrong: 0, accuracy: 0, bestStreak: 0, seconds: 5,
      missed: [], language: language)
    #expect(text.summary(summary).map(\.text) == expected)
  }

  @Test("a streak is shown as a streak", arguments: [(Language.en, "(streak of 3)"), (.es, "(racha de 3)")])
  func streakLabel(language: Language, label: String) {
    #expect(MiniBank.catalog.string("verdict.streak", in: language, count: 3) == label)
  }

  @Test("durations", arguments: [(0.0, "0:00"), (59.4, "0:59"), (75, "1:15"), (3725, "1:02:05")])
  func durations(seconds: Double, text: String) {
    #expect(EventText.duration(seconds) == text)
  }
}
