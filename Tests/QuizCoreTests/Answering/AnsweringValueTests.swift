import Testing

@testable import QuizCore

/// Numbers, dates, true/false and timelines.
@Suite struct AnsweringValueTests {
  @Test(arguments: [
    AnswerCase("96", .sentence, .en, .right),
    AnswerCase("96 years", .sentence, .en, .right),
    AnswerCase("96 year", .sentence, .en, .right),
    AnswerCase("96 años", .sentence, .es, .right),
    AnswerCase("96 años", .sentence, .en, .right, [.otherLanguage]),
    AnswerCase("noventa y seis", .sentence, .es, .right),
    AnswerCase("Noventa y seis años", .sentence, .es, .right),
    AnswerCase("ninety-six", .sentence, .es, .right, [.otherLanguage]),
    AnswerCase("ninety six years", .sentence, .en, .right),
    AnswerCase("96 months", .sentence, .en, .wrong),
    AnswerCase("96 meses", .sentence, .es, .wrong),
    AnswerCase("69", .sentence, .en, .wrong),
    AnswerCase("noventa y siete", .sentence, .es, .wrong),
    AnswerCase("noventa seis", .sentence, .es, .wrong),
    // The fused spellings of 31 to 99 the RAE accepts (common in Latin America), accented or not.
    AnswerCase("noventaiséis", .sentence, .es, .right),
    AnswerCase("noventaiseis años", .sentence, .es, .right, [.accents]),
    AnswerCase("noventaisiete", .sentence, .es, .wrong),
    AnswerCase("sesentaiséis", .reduced, .es, .wrong),
    // Unit abbreviations and nouns for the same kind of unit; a unit of another kind stays wrong.
    AnswerCase("60 yrs", .reduced, .en, .right),
    AnswerCase("60 yr", .reduced, .en, .right),
    AnswerCase("60 yrs.", .reduced, .en, .right),
    AnswerCase("60 days", .reduced, .en, .wrong),
    AnswerCase("61 yrs", .reduced, .en, .wrong),
    AnswerCase("60", .reduced, .es, .right),
    AnswerCase("sesenta", .reduced, .es, .right),
    AnswerCase("SESENTA AÑOS", .reduced, .es, .right),
    AnswerCase("sixty", .reduced, .es, .right, [.otherLanguage]),
    AnswerCase("sixty years", .reduced, .en, .right),
    AnswerCase("60 years", .reduced, .es, .right, [.otherLanguage]),
    AnswerCase("sesenta anos", .reduced, .es, .wrong),
    AnswerCase("setenta", .reduced, .es, .wrong),
    AnswerCase("sesenta y", .reduced, .es, .wrong),
    AnswerCase("6O", .reduced, .en, .wrong),
    AnswerCase("años 60", .reduced, .es, .wrong),
    AnswerCase("1", .single, .en, .right),
    AnswerCase("un año", .single, .es, .right),
    AnswerCase("uno", .single, .es, .right),
    AnswerCase("one year", .single, .en, .right),
    AnswerCase("veintiún rehenes", .hostages, .es, .right),
    AnswerCase("veintiun rehenes", .hostages, .es, .right, [.accents]),
    AnswerCase("veintiuno", .hostages, .es, .right),
    AnswerCase("veintiuna", .hostages, .es, .right),
    AnswerCase("21 hostages", .hostages, .en, .right),
    AnswerCase("twenty-one", .hostages, .en, .right),
    AnswerCase("21 años", .hostages, .es, .wrong),
    AnswerCase("veinte y uno", .hostages, .es, .wrong),
    AnswerCase("2013", .big, .en, .right),
    AnswerCase("2,013", .big, .en, .right),
    AnswerCase("2.013", .big, .es, .right),
    AnswerCase("dos mil trece", .big, .es, .right),
    AnswerCase("two thousand thirteen", .big, .en, .right),
    AnswerCase("two thousand and thirteen", .big, .en, .right),
    AnswerCase("twenty thirteen", .big, .en, .wrong),
    AnswerCase("dos mil trece años", .big, .es, .wrong),
  ])
  func numbers(_ row: AnswerCase) { row.verify() }

  /// "¿A cuántos años de prisión fue condenada inicialmente…?": words of the question after the number add
  /// nothing, so they are allowed; any other word still makes the answer wrong.
  @Test(arguments: [
    AnswerCase("96 años de prisión", .sentenceInPrison, .es, .right),
    AnswerCase("noventa y seis años de prisión", .sentenceInPrison, .es, .right),
    AnswerCase("96 años de prision", .sentenceInPrison, .es, .right),
    AnswerCase("96 anos de prisión", .sentenceInPrison, .es, .wrong),
    AnswerCase("96 years in prison", .sentenceInPrison, .en, .right),
    AnswerCase("96 in prison", .sentenceInPrison, .en, .right),
    AnswerCase("96 años de prisión", .sentenceInPrison, .en, .right, [.otherLanguage]),
    // "cárcel" and "jail" say what the question's "prisión" and "prison" say.
    AnswerCase("96 años de cárcel", .sentenceInPrison, .es, .right),
    AnswerCase("96 years in jail", .sentenceInPrison, .en, .right),
    AnswerCase("noventaiséis años de cárcel", .sentenceInPrison, .es, .right),
    AnswerCase("96 years of imprisonment", .sentenceInPrison, .en, .right),
    AnswerCase("95 años de cárcel", .sentenceInPrison, .es, .wrong),
    AnswerCase("96 años de cárcel", .sentence, .es, .wrong),
    AnswerCase("96 meses de prisión", .sentenceInPrison, .es, .wrong),
    AnswerCase("prisión 96", .sentenceInPrison, .es, .wrong),
    AnswerCase("noventa y", .sentenceInPrison, .es, .wrong),
    AnswerCase("96 años y", .sentenceInPrison, .es, .wrong),
    AnswerCase("95 años de prisión", .sentenceInPrison, .es, .wrong),
    AnswerCase("96 prisión 96", .sentenceInPrison, .es, .wrong),
    AnswerCase("noventa y seis años de prisión", .sentence, .es, .wrong),
  ])
  func numbersFollowedByTheQuestionsWords(_ row: AnswerCase) { row.verify() }

  @Test func wrongWeekdayNamesTheRightOne() {
    let question = AnsweringQuestion.arrest.question
    let es = AnswerFixtures.checker.check("viernes 8 de diciembre de 2005", question: question, language: .es)
    #expect(es.verdict?.forgiven == [Forgiveness(.weekday, canonical: "jueves")])
    let en = AnswerFixtures.checker.check("Fri, 8 Dec 2005", question: question, language: .en)
    #expect(en.verdict?.forgiven == [Forgiveness(.weekday, canonical: "Thursday")])
  }

  @Test(arguments: [
    AnswerCase("8 de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("8 diciembre 2005", .arrest, .es, .right),
    AnswerCase("el 8 de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("8 Dic 2005", .arrest, .es, .right),
    AnswerCase("dic 8 2005", .arrest, .es, .right),
    AnswerCase("December 8, 2005", .arrest, .en, .right),
    AnswerCase("8 December 2005", .arrest, .en, .right),
    AnswerCase("Dec 8 2005", .arrest, .en, .right),
    AnswerCase("on December 8th, 2005", .arrest, .en, .right),
    AnswerCase("2005-12-08", .arrest, .es, .right),
    AnswerCase("8/12/2005", .arrest, .es, .right),
    AnswerCase("08.12.2005", .arrest, .es, .right),
    AnswerCase("12/8/2005", .arrest, .en, .right),
    AnswerCase("12/8/2005", .arrest, .es, .wrong),
    AnswerCase("8/12/2005", .arrest, .en, .wrong),
    AnswerCase("December 8, 2005", .arrest, .es, .right, [.otherLanguage]),
    AnswerCase("8 de diciembre de 2005", .arrest, .en, .right, [.otherLanguage]),
    AnswerCase("diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("2005", .arrest, .en, .wrong),
    AnswerCase("9 de diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("8 de diciembre", .arrest, .es, .wrong),
    AnswerCase("31/02/2005", .arrest, .es, .wrong),
    // A day above 12 makes the other order readable: accepted, and said.
    AnswerCase("23/1/2013", .ruling, .en, .right, [.dateOrder]),
    AnswerCase("1/23/2013", .ruling, .es, .right, [.dateOrder]),
    AnswerCase("1/23/2013", .ruling, .en, .right),
    AnswerCase("23/01/2013", .ruling, .es, .right),
    AnswerCase("January 23, 2013", .ruling, .es, .right, [.otherLanguage]),
    AnswerCase("23 enero 2013", .ruling, .en, .right, [.otherLanguage]),
    AnswerCase("March 2009", .reduction, .en, .right),
    AnswerCase("marzo de 2009", .reduction, .es, .right),
    AnswerCase("marzo 2009", .reduction, .es, .right),
    AnswerCase("en marzo de 2009", .reduction, .es, .right),
    AnswerCase("03/2009", .reduction, .en, .right),
    AnswerCase("2009-03", .reduction, .es, .right),
    AnswerCase("mar 2009", .reduction, .es, .right),
    AnswerCase("March 2009", .reduction, .es, .right, [.otherLanguage]),
    AnswerCase("15 de marzo de 2009", .reduction, .es, .right),
    AnswerCase("2009", .reduction, .es, .wrong),
    AnswerCase("abril de 2009", .reduction, .es, .wrong),
    AnswerCase("2013", .release, .en, .right),
    AnswerCase("en 2013", .release, .es, .right),
    AnswerCase("in 2013", .release, .en, .right),
    AnswerCase("el año 2013", .release, .es, .right),
    AnswerCase("2012", .release, .es, .wrong),
    AnswerCase("13", .release, .en, .wrong),
  ])
  func dates(_ row: AnswerCase) { row.verify() }

  /// A day in words, in either language, as a cardinal or an English ordinal; a year as an apostrophe and two
  /// digits, read in the century nearest the date asked, with or without the question's preposition (play test).
  @Test(arguments: [
    AnswerCase("ocho de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("el ocho de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("the eighth of December 2005", .arrest, .en, .right),
    AnswerCase("December eighth, 2005", .arrest, .en, .right),
    AnswerCase("December eight, two thousand five", .arrest, .en, .right),
    AnswerCase("veintitrés de enero de 2013", .ruling, .es, .right),
    AnswerCase("January twenty-third, 2013", .ruling, .en, .right),
    AnswerCase("nueve de diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("the ninth of December 2005", .arrest, .en, .wrong),
    AnswerCase("ocho diciembre", .arrest, .es, .wrong),
    AnswerCase("treinta y dos de diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("'13", .release, .en, .right, [.shortYear]),
    AnswerCase("in '13", .release, .en, .right, [.shortYear]),
    AnswerCase("en ’13", .release, .es, .right, [.shortYear]),
    AnswerCase("March '09", .reduction, .en, .right, [.shortYear]),
    AnswerCase("in '12", .release, .en, .wrong),
    AnswerCase("in 13", .release, .en, .wrong),
    AnswerCase("'13'", .release, .en, .right, [.shortYear]),
  ])
  func daysInWordsAndShortYears(_ row: AnswerCase) { row.verify() }

  /// A wrong date in digits that reads either way says how it was read; one that reads one way only does not.
  @Test(arguments: [
    ("8/12/2005", Language.en, "August 12, 2005" as String?), ("12/8/2005", .es, "12 de agosto de 2005"),
    ("on 8/12/2005", .en, "August 12, 2005"), ("9 de diciembre de 2005", .es, nil), ("31/12/2005", .en, nil),
  ])
  func readAs(input: String, language: Language, readAs: String?) throws {
    let result = AnswerFixtures.checker.check(input, question: AnsweringQuestion.arrest.question, language: language)
    let verdict = try #require(result.verdict)
    #expect(verdict.outcome == .wrong)
    #expect(verdict.readAs == readAs)
  }

  /// A weekday must be the date's own (8 December 2005 was a Thursday, 23 January 2013 a Wednesday); years may
  /// be written in words in either language.
  @Test(arguments: [
    AnswerCase("jueves 8 de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("el jueves, 8 de diciembre de 2005", .arrest, .es, .right),
    AnswerCase("Thursday, December 8, 2005", .arrest, .en, .right),
    AnswerCase("Thu 8 Dec 2005", .arrest, .en, .right),
    AnswerCase("thursday 8 diciembre 2005", .arrest, .es, .right, [.otherLanguage]),
    // The right date with the wrong weekday: the date is what is asked, so it counts, and the verdict says
    // which day it was.
    AnswerCase("viernes 8 de diciembre de 2005", .arrest, .es, .right, [.weekday]),
    AnswerCase("Friday, December 8, 2005", .arrest, .en, .right, [.weekday]),
    AnswerCase("viernes 9 de diciembre de 2005", .arrest, .es, .wrong),
    // Two-digit years, read in the century nearest the date asked; another year stays wrong.
    AnswerCase("8/12/05", .arrest, .es, .right, [.shortYear]),
    AnswerCase("12/8/05", .arrest, .en, .right, [.shortYear]),
    AnswerCase("8.12.05", .arrest, .es, .right, [.shortYear]),
    AnswerCase("23/01/13", .ruling, .es, .right, [.shortYear]),
    AnswerCase("23/1/13", .ruling, .en, .right, [.dateOrder, .shortYear]),
    AnswerCase("8/12/06", .arrest, .es, .wrong),
    AnswerCase("8/12/95", .arrest, .es, .wrong),
    AnswerCase("12/05", .arrest, .es, .wrong),
    AnswerCase("jueves 9 de diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("jueves diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("jueves jueves 8 de diciembre de 2005", .arrest, .es, .wrong),
    AnswerCase("miércoles 23 de enero de 2013", .ruling, .es, .right),
    AnswerCase("miercoles 23/1/2013", .ruling, .es, .right),
    AnswerCase("Wednesday the 23rd of January, 2013", .ruling, .en, .right),
    AnswerCase("8 de diciembre de dos mil cinco", .arrest, .es, .right),
    AnswerCase("December 8, two thousand and five", .arrest, .en, .right),
    AnswerCase("December 8, twenty oh five", .arrest, .en, .right),
    AnswerCase("8 de diciembre de dos mil seis", .arrest, .es, .wrong),
    AnswerCase("marzo de dos mil nueve", .reduction, .es, .right),
    AnswerCase("dos mil trece", .release, .es, .right),
    AnswerCase("en el año dos mil trece", .release, .es, .right),
    AnswerCase("two thousand thirteen", .release, .en, .right),
    AnswerCase("twenty thirteen", .release, .en, .right),
    AnswerCase("dos mil doce", .release, .es, .wrong),
    AnswerCase("dos mil", .release, .es, .wrong),
    AnswerCase("dos mil trece trece", .release, .es, .wrong),
    AnswerCase("trece", .release, .es, .wrong),
  ])
  func datesWithWeekdaysAndYearsInWords(_ row: AnswerCase) { row.verify() }

  @Test(arguments: [
    (2005, 12, 8, 4), (2013, 1, 23, 3), (1970, 1, 1, 4), (2000, 2, 29, 2), (1900, 3, 1, 4), (2024, 12, 29, 7),
    (1600, 1, 1, 6), (2100, 3, 1, 1),
  ])
  func weekdays(year: Int, month: Int, day: Int, weekday: Int) {
    #expect(DateAnswer.weekday(year: year, month: month, day: day) == weekday)
  }

  @Test(arguments: [
    AnswerCase("t", .statementTrue, .en, .right),
    AnswerCase("true", .statementTrue, .es, .right),
    AnswerCase("v", .statementTrue, .es, .right),
    AnswerCase("Verdadero", .statementTrue, .en, .right),
    AnswerCase("sí", .statementTrue, .es, .right),
    AnswerCase("¡Sí!", .statementTrue, .es, .right),
    AnswerCase("si", .statementTrue, .en, .right),
    AnswerCase("Yes", .statementTrue, .es, .right),
    AnswerCase("y", .statementTrue, .en, .right),
    AnswerCase("f", .statementTrue, .es, .wrong),
    AnswerCase("no", .statementTrue, .en, .wrong),
    AnswerCase("maybe", .statementTrue, .en, nil),
    AnswerCase("quizás", .statementTrue, .es, nil),
    AnswerCase("f", .statementFalse, .en, .right),
    AnswerCase("f", .statementFalse, .es, .right),
    AnswerCase("falso", .statementFalse, .en, .right),
    AnswerCase("FALSA", .statementFalse, .es, .right),
    AnswerCase("False", .statementFalse, .es, .right),
    AnswerCase("n", .statementFalse, .es, .right),
    AnswerCase("no", .statementFalse, .es, .right),
    AnswerCase("v", .statementFalse, .en, .wrong),
    AnswerCase("yes", .statementFalse, .es, .wrong),
    // Play test: "verdad" was refused while "cierto" passed; each word of either kind stays what it says.
    AnswerCase("verdad", .statementTrue, .es, .right),
    AnswerCase("Verdad", .statementFalse, .es, .wrong),
    AnswerCase("verdadera", .statementTrue, .es, .right),
    AnswerCase("es verdad", .statementTrue, .es, .right),
    AnswerCase("es verdad", .statementFalse, .es, .wrong),
    AnswerCase("cierta", .statementTrue, .es, .right),
    AnswerCase("falsa", .statementFalse, .es, .right),
    AnswerCase("es falso", .statementFalse, .es, .right),
    AnswerCase("es falso", .statementTrue, .es, .wrong),
    AnswerCase("no es cierto", .statementFalse, .es, .right),
    AnswerCase("no es cierto", .statementTrue, .es, .wrong),
    AnswerCase("FALSE", .statementFalse, .en, .right),
    AnswerCase("false", .statementTrue, .en, .wrong),
    AnswerCase("verdadoro", .statementTrue, .es, nil),
  ])
  func trueOrFalse(_ row: AnswerCase) { row.verify() }

  /// Shown a = 2009, b = 2005, c = 2013, d = 2008: the right order is "b d a c".
  @Test(arguments: [
    (AnswerCase("b d a c", .timeline, .en, .right), 1.0),
    (AnswerCase("bdac", .timeline, .es, .right), 1.0),
    (AnswerCase("b,d,a,c", .timeline, .en, .right), 1.0),
    (AnswerCase("B D A C", .timeline, .es, .right), 1.0),
    (AnswerCase("b-d-a-c.", .timeline, .es, .right), 1.0),
    (AnswerCase("b a d c", .timeline, .en, .partial), 5.0 / 6),
    (AnswerCase("a b c d", .timeline, .en, .partial), 3.0 / 6),
    (AnswerCase("c a d b", .timeline, .es, .wrong), 0.0),
    (AnswerCase("abc", .timeline, .en, nil), 0.0),
    (AnswerCase("a b c d e", .timeline, .en, nil), 0.0),
    (AnswerCase("a a b c", .timeline, .es, nil), 0.0),
    (AnswerCase("1 2 3 4", .timeline, .en, nil), 0.0),
  ])
  func timeline(_ row: AnswerCase, credit: Double) {
    row.verify()
    let result = AnswerFixtures.checker.check(row.input, question: row.question.question, language: row.language)
    if let verdict = result.verdict {
      #expect(abs(verdict.credit - credit) < 1e-9)
      #expect(verdict.expected.en == "b d a c")
      #expect(verdict.expected.es == "b d a c")
    } else {
      #expect(result.askAgain == AskAgain(.needsLetters, letters: ["a", "b", "c", "d"]))
    }
  }
}
