import QuizCore
import Testing

/// Multiple choice: letters, positions, and option texts judged as typed answers against all the options.
@Suite struct AnsweringChoiceTests {
  /// Options: a Israel Vallarta, b Florence Cassez (right), c Genaro García Luna, d Cristian Ríos Valladares.
  @Test(arguments: [
    AnswerCase("b", .choicePeople, .en, .right, option: .index(1)),
    AnswerCase("B", .choicePeople, .es, .right, option: .index(1)),
    AnswerCase("b)", .choicePeople, .en, .right, option: .index(1)),
    AnswerCase("(b)", .choicePeople, .es, .right, option: .index(1)),
    AnswerCase("2", .choicePeople, .es, .right, option: .index(1)),
    AnswerCase("a", .choicePeople, .en, .wrong, option: .index(0)),
    AnswerCase("4", .choicePeople, .es, .wrong, option: .index(3)),
    AnswerCase("e", .choicePeople, .en, nil),
    AnswerCase("5", .choicePeople, .es, nil),
    AnswerCase("Florence Cassez", .choicePeople, .en, .right, option: .index(1)),
    AnswerCase("Cassez", .choicePeople, .es, .right, [.familyName], option: .index(1)),
    AnswerCase("Florense Cassez", .choicePeople, .en, .right, [.typo], option: .index(1)),
    AnswerCase("Israel Vallarta", .choicePeople, .es, .wrong, option: .index(0)),
    AnswerCase("Garcia Luna", .choicePeople, .en, .wrong, option: .index(2)),
    // Not an option, and one edit from option d: matches nothing, so it is asked again (not a miss).
    AnswerCase("Cristina Ríos Valladares", .choicePeople, .es, nil),
    AnswerCase("Jorge Volpi", .choicePeople, .en, nil),
    // A few words of exactly one option point at it; words of two options are asked again.
    AnswerCase("Israel", .choicePeople, .en, .wrong, option: .index(0)),
    AnswerCase("Genaro", .choicePeople, .es, .wrong, option: .index(2)),
    AnswerCase("Ríos", .choicePeople, .es, .wrong, option: .index(3)),
  ])
  func people(_ row: AnswerCase) { row.verify() }

  /// Options: a 96, b 60 (right), c 4, d 20 years. A bare number that is an option's value means that option.
  @Test(arguments: [
    AnswerCase("b", .choiceNumbers, .es, .right, option: .index(1)),
    AnswerCase("60", .choiceNumbers, .en, .right, option: .index(1)),
    AnswerCase("sesenta años", .choiceNumbers, .es, .right, option: .index(1)),
    AnswerCase("sixty", .choiceNumbers, .es, .right, [.otherLanguage], option: .index(1)),
    AnswerCase("2", .choiceNumbers, .en, .right, option: .index(1)),
    AnswerCase("4", .choiceNumbers, .en, .wrong, option: .index(2)),
    AnswerCase("3", .choiceNumbers, .es, .wrong, option: .index(2)),
    AnswerCase("20", .choiceNumbers, .es, .wrong, option: .index(3)),
    AnswerCase("1", .choiceNumbers, .en, .wrong, option: .index(0)),
    // A number that is no option's, or words that are none: asked again.
    AnswerCase("61", .choiceNumbers, .en, nil),
    AnswerCase("unos cincuenta y tres", .choiceNumbers, .es, nil),
  ])
  func numbers(_ row: AnswerCase) { row.verify() }

  /// Options: a Tepetlán, b Las Chinitas, c Tepepan (right), d México.
  @Test(arguments: [
    AnswerCase("c", .choicePlaces, .es, .right, option: .index(2)),
    AnswerCase("Tepepan", .choicePlaces, .es, .right, [], option: .index(2)),
    AnswerCase("penal de tepepan", .choicePlaces, .es, .right, option: .index(2)),
    AnswerCase("Tepepam", .choicePlaces, .en, .right, [.typo], option: .index(2)),
    AnswerCase("Tepetan", .choicePlaces, .es, nil),
    AnswerCase("rancho Las Chinitas", .choicePlaces, .es, .wrong, option: .index(1)),
    AnswerCase("Mexico", .choicePlaces, .es, .wrong, option: .index(3)),
  ])
  func places(_ row: AnswerCase) { row.verify() }

  /// Options: a 2005-12-09, b 2005-12-08 (right), c 2005-08-12, d 2006-12-08.
  @Test(arguments: [
    AnswerCase("8 de diciembre de 2005", .choiceDates, .es, .right, option: .index(1)),
    AnswerCase("8/12/2005", .choiceDates, .es, .right, option: .index(1)),
    AnswerCase("8/12/2005", .choiceDates, .en, .wrong, option: .index(2)),
    AnswerCase("December 9, 2005", .choiceDates, .en, .wrong, option: .index(0)),
    AnswerCase("d", .choiceDates, .en, .wrong, option: .index(3)),
  ])
  func dates(_ row: AnswerCase) { row.verify() }

  /// A part of a date without its year picks the one option it fits, said as wording; one that fits several
  /// (or none) asks again (play test: "March", "August 25", "marzo" were ignored).
  @Test(arguments: [
    AnswerCase("August", .choiceDates, .en, .wrong, [], option: .index(2)),
    AnswerCase("agosto", .choiceDates, .es, .wrong, [], option: .index(2)),
    AnswerCase("August 12", .choiceDates, .en, .wrong, [], option: .index(2)),
    AnswerCase("12 de agosto", .choiceDates, .es, .wrong, [], option: .index(2)),
    AnswerCase("9 de diciembre", .choiceDates, .es, .wrong, [], option: .index(0)),
    AnswerCase("December 9th", .choiceDates, .en, .wrong, [], option: .index(0)),
    AnswerCase("December 8", .choiceDates, .en, nil),
    AnswerCase("ocho de diciembre", .choiceDates, .es, nil),
    AnswerCase("December", .choiceDates, .en, nil),
    AnswerCase("June", .choiceDates, .en, nil),
    AnswerCase("December 32", .choiceDates, .en, nil),
  ])
  func dateFragments(_ row: AnswerCase) { row.verify() }

  /// Options: a rights breached (right), b new evidence, c pardon, d sentence served.
  @Test(arguments: [
    AnswerCase("violaron sus garantias", .choiceReasons, .es, .right, [.wording], option: .index(0)),
    AnswerCase("se violaron sus garantías procesales", .choiceReasons, .es, .right, [.wording], option: .index(0)),
    AnswerCase("Garantías procesales y derechos humanos", .choiceReasons, .es, .right, [.wording], option: .index(0)),
    AnswerCase("human rights", .choiceReasons, .en, .right, [.wording], option: .index(0)),
    AnswerCase("rights breached", .choiceReasons, .en, .right, [.wording], option: .index(0)),
    AnswerCase("human rights", .choiceReasons, .es, .right, [.wording], option: .index(0)),
    AnswerCase("indulto presidencial", .choiceReasons, .es, .wrong, [], option: .index(2)),
    AnswerCase("presidential pardon", .choiceReasons, .en, .wrong, [], option: .index(2)),
    // The full text of an option: right or a miss, as it is.
    AnswerCase(
      "porque se violaron sus garantías procesales y sus derechos humanos", .choiceReasons, .es, .right,
      option: .index(0)),
    AnswerCase(
      "because she received a presidential pardon after serving part of her sentence", .choiceReasons, .en, .wrong,
      option: .index(2)),
    AnswerCase("porque ya había cumplido su condena", .choiceReasons, .es, .wrong, option: .index(3)),
    // "sentence" and "condena" are words of options c and d.
    AnswerCase("her sentence", .choiceReasons, .en, nil),
    AnswerCase("su condena", .choiceReasons, .es, nil),
    // Only fillers, words of several options, or words no single option holds in order: asked again.
    AnswerCase("her", .choiceReasons, .en, nil),
    AnswerCase("because she", .choiceReasons, .en, nil),
    AnswerCase("porque", .choiceReasons, .es, nil),
    AnswerCase("her innocence and her sentence", .choiceReasons, .en, nil),
    AnswerCase("su inocencia", .choiceReasons, .es, .wrong, option: .index(1)),
    AnswerCase("sus", .choiceReasons, .es, nil),
    // Words of no option: asked again, never a miss.
    AnswerCase("she was guilty", .choiceReasons, .en, nil),
    AnswerCase("fraude", .choiceReasons, .es, nil),
  ])
  func fragments(_ row: AnswerCase) { row.verify() }

  @Test func fragmentsOfSeveralOptionsOrNoneAskAgainSayingWhich() {
    let question = AnsweringQuestion.choiceReasons.question
    let letters = ["a", "b", "c", "d"]
    #expect(
      AnswerFixtures.checker.check("sentence", question: question, language: .en).askAgain
        == AskAgain(.severalOptions, letters: letters))
    #expect(
      AnswerFixtures.checker.check("culpable", question: question, language: .es).askAgain
        == AskAgain(.notAnOption, letters: letters))
  }

  /// Options: a December 9, 2005, b December 8, 2005 (a Thursday; right), c August 12, 2005, d December 8, 2006.
  /// A date less precise than the options, or a day with a weekday, says whether it fits several options or none
  /// ("in '05" fits three: never "matches none"); when it fits one, that option is chosen.
  @Test(
    "a partial date among dates: several, none, or the one it fits",
    arguments: [
      ("in '05", Language.en, AskAgain.Reason.severalOptions as AskAgain.Reason?, nil as Int?),
      ("2005", .en, .severalOptions, nil),
      ("diciembre del 05", .es, .severalOptions, nil),
      ("2013", .en, .notAnOption, nil),
      ("en el 07", .es, .notAnOption, nil),
      ("the 8th", .en, .severalOptions, nil),
      ("Monday the 8th", .en, .severalOptions, nil),
      ("the 25th", .en, .notAnOption, nil),
      ("Thursday the 25th", .en, .notAnOption, nil),
      ("Thursday the 8th", .en, nil, 1),
      ("jueves 8", .es, nil, 1),
      ("Friday the 8th", .en, nil, 3),
      ("2006", .en, nil, 3),
      ("agosto del 05", .es, nil, 2),
    ])
  func partialDates(input: String, language: Language, reason: AskAgain.Reason?, option: Int?) {
    let question = AnsweringQuestion.choiceDates.question
    let result = AnswerFixtures.checker.check(input, question: question, language: language)
    if let reason {
      #expect(result.askAgain == AskAgain(reason, letters: ["a", "b", "c", "d"]), "\(result)")
    } else {
      #expect(result.verdict?.matchedOption == option, "\(result)")
      #expect(result.verdict?.isRight == (option == 1))
    }
  }

  @Test func choiceCanonicalIsTheChosenOption() {
    let question = AnsweringQuestion.choicePeople.question
    let verdict = AnswerFixtures.checker.check("c", question: question, language: .es).verdict
    #expect(verdict?.canonical == "Genaro García Luna")
    #expect(verdict?.expected == Localized("Florence Cassez"))
    #expect(verdict?.forgiven.isEmpty == true)
    let asked = AnswerFixtures.checker.check("e", question: question, language: .en).askAgain
    #expect(asked == AskAgain(.needsOption, letters: ["a", "b", "c", "d"]))
  }
}
