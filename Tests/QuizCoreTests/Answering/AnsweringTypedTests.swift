import QuizCore
import Testing

/// Typed names and texts: aliases in both languages, family names, accents, ñ, articles, typos and the rule
/// that a typo never counts when it is as close to something else.
@Suite struct AnsweringTypedTests {
  @Test(arguments: [
    // Exact, case, spaces, punctuation.
    AnswerCase("florence cassez", .cassez, .en, .right),
    AnswerCase("Florence Cassez", .cassez, .es, .right),
    AnswerCase("  FLORENCE   CASSEZ  ", .cassez, .en, .right),
    AnswerCase("¿Florence Cassez?", .cassez, .es, .right),
    AnswerCase("Florence-Cassez", .cassez, .en, .right),
    // Typos: person names get one edit from six letters on.
    AnswerCase("Florénce Casez", .cassez, .es, .right, [.typo]),
    AnswerCase("Florence Casez", .cassez, .en, .right, [.typo]),
    AnswerCase("Florense Casez", .cassez, .en, .wrong),
    // Family names: alone when nobody else has them.
    AnswerCase("Cassez", .cassez, .en, .right, [.familyName]),
    AnswerCase("cassez", .cassez, .es, .right, [.familyName]),
    AnswerCase("Casez", .cassez, .en, .right, [.familyName, .typo]),
    AnswerCase("Florence", .cassez, .en, .wrong),
    AnswerCase("Florence Marie Louise Cassez Crépin", .cassez, .es, .right, []),
    AnswerCase("Florence Marie Louise Cassez Crepin", .cassez, .en, .right, [.accents]),
    // An article before a name that has none is dropped silently.
    AnswerCase("la Florence Cassez", .cassez, .es, .right),
    AnswerCase("Israel Vallarta", .vallarta, .en, .right),
    AnswerCase("Vallarta", .vallarta, .en, .wrong),
    AnswerCase("Vallarta", .vallarta, .es, .wrong),
    AnswerCase("Mario Vallarta", .vallarta, .es, .wrong),
    AnswerCase("Israel Valarta", .vallarta, .es, .right, [.typo]),
    // The near-miss pair Cristina / Cristian Ríos Valladares.
    AnswerCase("Cristina Ríos Valladares", .cristina, .es, .right),
    AnswerCase("Cristina Rios Valladares", .cristina, .es, .right, [.accents]),
    AnswerCase("cristina rios valladares", .cristina, .en, .right, [.accents]),
    AnswerCase("Cristian Ríos Valladares", .cristina, .es, .wrong),
    AnswerCase("Cristian Rios Valladares", .cristina, .en, .wrong),
    AnswerCase("Cristina Rios Valladeres", .cristina, .es, .right, [.typo]),
    AnswerCase("Cristna Rios Valladares", .cristina, .en, .right, [.typo]),
    AnswerCase("Cristiana Rios Valladares", .cristina, .es, .wrong),
    AnswerCase("Ríos Valladares", .cristina, .es, .wrong),
    AnswerCase("Genaro García Luna", .garciaLuna, .es, .right),
    AnswerCase("Genaro Garcia Luna", .garciaLuna, .es, .right, [.accents]),
    AnswerCase("García Luna", .garciaLuna, .en, .right, [.familyName]),
    AnswerCase("Garcia Luna", .garciaLuna, .es, .right, [.familyName, .accents]),
    AnswerCase("Luna", .garciaLuna, .es, .wrong),
    AnswerCase("Genaro Garsia Luna", .garciaLuna, .en, .right, [.typo]),
  ])
  func people(_ row: AnswerCase) { row.verify() }

  @Test(arguments: [
    // ñ is a letter of its own: n for ñ is a typo, never a forgiven accent.
    AnswerCase("Enrique Peña Nieto", .penaNieto, .es, .right),
    AnswerCase("Enrique Pena Nieto", .penaNieto, .es, .right, [.typo]),
    AnswerCase("ENRIQUE PEÑA NIETO", .penaNieto, .es, .right),
    AnswerCase("Enrique Pen\u{0303}a Nieto", .penaNieto, .es, .right),
    AnswerCase("Peña Nieto", .penaNieto, .en, .right, [.familyName]),
    AnswerCase("Pena Nieto", .penaNieto, .en, .right, [.familyName, .typo]),
    AnswerCase("Enrique Peña Nietto", .penaNieto, .en, .right, [.typo]),
    AnswerCase("Enrique Pena Nietto", .penaNieto, .en, .wrong),
    // ç likewise; typed as c plus a combining cedilla it is the same letter.
    AnswerCase("François Hollande", .hollande, .en, .right),
    AnswerCase("Francois Hollande", .hollande, .en, .right, [.typo]),
    AnswerCase("Franc\u{0327}ois Hollande", .hollande, .es, .right),
    AnswerCase("Hollande", .hollande, .es, .right, [.familyName]),
    AnswerCase("Holland", .hollande, .en, .right, [.familyName, .typo]),
    // Five letters or fewer: no typo in a person's name.
    AnswerCase("Volpi", .volpi, .en, .right, [.familyName]),
    AnswerCase("Volpy", .volpi, .en, .wrong),
    AnswerCase("Jorge Volpy", .volpi, .es, .right, [.typo]),
    AnswerCase("España", .spain, .es, .right),
    AnswerCase("Espana", .spain, .es, .right, [.typo]),
    AnswerCase("ESPAÑA", .spain, .es, .right),
    AnswerCase("Spain", .spain, .es, .right, [.otherLanguage]),
    AnswerCase("Spian", .spain, .en, .right, [.typo]),
    AnswerCase("Espanya", .spain, .es, .wrong),
    AnswerCase("México", .mexico, .es, .right),
    AnswerCase("Mexico", .mexico, .es, .right, [.accents]),
    AnswerCase("Mexico", .mexico, .en, .right),
    AnswerCase("México", .mexico, .en, .right, [.accents]),
    AnswerCase("Méjico", .mexico, .es, .right, [.typo]),
    AnswerCase("Mexic", .mexico, .en, .right, [.typo]),
  ])
  func lettersAndAccents(_ row: AnswerCase) { row.verify() }

  @Test(arguments: [
    AnswerCase("Los Zodiacos", .zodiacos, .es, .right),
    AnswerCase("los zodiacos", .zodiacos, .en, .right, [.otherLanguage]),
    AnswerCase("Zodiacos", .zodiacos, .es, .right),
    AnswerCase("The Zodiacs", .zodiacos, .en, .right),
    AnswerCase("zodiacs", .zodiacos, .en, .right),
    AnswerCase("The Zodiacs", .zodiacos, .es, .right, [.otherLanguage]),
    AnswerCase("Zodaicos", .zodiacos, .es, .right, [.typo]),
    AnswerCase("Zodaics", .zodiacos, .en, .right, [.typo]),
    AnswerCase("Zodiac", .zodiacos, .en, .right, [.typo]),
    AnswerCase("las Zodiacos", .zodiacos, .es, .right, [.article]),
    AnswerCase("the Zodiacos", .zodiacos, .es, .right, [.article]),
    AnswerCase("banda de los Zodiacos", .zodiacos, .es, .right, []),
    AnswerCase("Zodiac gang", .zodiacos, .es, .right, [.otherLanguage]),
    AnswerCase("Los Zodiacos!!!", .zodiacos, .es, .right),
    // Short aliases: no typo at all.
    AnswerCase("AFI", .afi, .es, .right, []),
    AnswerCase("afi", .afi, .en, .right, []),
    AnswerCase("A.F.I.", .afi, .es, .right, []),
    AnswerCase("AFE", .afi, .es, .wrong),
    AnswerCase("Agencia Federal de Investigacion", .afi, .es, .right, [.accents]),
    AnswerCase("Federal Investigation Agency", .afi, .es, .right, [.otherLanguage]),
    AnswerCase("Agencia Federal de Investigaciones", .afi, .es, .right, [.typo]),
    AnswerCase("Suprema Corte", .court, .es, .right, [.fullName]),
    AnswerCase("la Suprema Corte", .court, .es, .right, [.fullName]),
    AnswerCase("SCJN", .court, .es, .right, []),
    AnswerCase("SCJM", .court, .es, .wrong),
    AnswerCase("Supreme Court", .court, .es, .right, [.otherLanguage]),
    AnswerCase("the Supreme Court", .court, .en, .right, [.fullName]),
    AnswerCase("Mexican Supreme Court", .court, .en, .right),
    AnswerCase("Suprema Corte de Justicia de la Nacion", .court, .es, .right, [.accents]),
    // The near-miss places Tepepan / Tepetlán.
    AnswerCase("Tepepan", .tepepan, .es, .right, []),
    AnswerCase("penal de Tepepan", .tepepan, .es, .right),
    AnswerCase("Tepepan prison", .tepepan, .es, .right, [.otherLanguage]),
    AnswerCase("Tepepam", .tepepan, .en, .right, [.typo]),
    AnswerCase("Tepetan", .tepepan, .es, .wrong),
    AnswerCase("Tepetlán", .tepepan, .es, .wrong),
  ])
  func aliasesAndArticles(_ row: AnswerCase) { row.verify() }

  @Test(arguments: [
    AnswerCase("secuestro", .charge, .es, .right),
    AnswerCase("Secuestro.", .charge, .es, .right),
    AnswerCase("el secuestro", .charge, .es, .right),
    AnswerCase("kidnapping", .charge, .es, .right, [.otherLanguage]),
    AnswerCase("plagio", .charge, .es, .right, [.answerWording]),
    AnswerCase("abduction", .charge, .es, .right, [.otherLanguage]),
    AnswerCase("secuestros", .charge, .es, .right, [.typo]),
    AnswerCase("kidnaping", .charge, .en, .right, [.typo]),
    AnswerCase("secuestrado", .charge, .es, .right, [.typo]),
    AnswerCase("fraude", .charge, .es, .wrong),
    AnswerCase("murder", .charge, .en, .wrong),
    AnswerCase("secuestro exprés", .charge, .es, .wrong),
    // A wrong option as close as the answer blocks the typo.
    AnswerCase("secuestrado", .chargeWithOptions, .es, .wrong),
    AnswerCase("secuestro", .chargeWithOptions, .es, .right),
    AnswerCase("kidnappers", .chargeWithOptions, .en, .wrong),
    AnswerCase("kidnappin", .chargeWithOptions, .en, .right, [.typo]),
  ])
  func texts(_ row: AnswerCase) { row.verify() }

  @Test(arguments: [
    AnswerCase("", .cassez, .en, nil),
    AnswerCase("   ", .cassez, .es, nil),
    AnswerCase("¿?", .cassez, .es, nil),
    AnswerCase("...", .sentence, .en, nil),
    AnswerCase("--", .arrest, .en, nil),
    AnswerCase("", .timeline, .en, nil),
    AnswerCase(" ¡! ", .choicePeople, .es, nil),
    AnswerCase("", .statementTrue, .es, nil),
    AnswerCase("\t\n", .charge, .es, nil),
  ])
  func emptyAsksAgain(_ row: AnswerCase) {
    row.verify()
    let result = AnswerFixtures.checker.check(row.input, question: row.question.question, language: row.language)
    #expect(result.askAgain?.reason == .empty)
  }
}
