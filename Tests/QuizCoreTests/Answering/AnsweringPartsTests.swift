import Foundation
import Testing

@testable import QuizCore

/// The parts answer checking is built from: normalization, edit distance, number words and date reading.
@Suite struct AnsweringPartsTests {
  struct NormalizerCase: Sendable {
    let input: String
    let marked: String
    let folded: String
    let article: String?
    var stripArticle = true
  }

  @Test(arguments: [
    NormalizerCase(input: "  Los   Zodiacos ", marked: "zodiacos", folded: "zodiacos", article: "los"),
    NormalizerCase(input: "The Zodiacs", marked: "zodiacs", folded: "zodiacs", article: "the"),
    NormalizerCase(input: "lo mismo", marked: "mismo", folded: "mismo", article: "lo"),
    NormalizerCase(input: "la", marked: "la", folded: "la", article: nil),
    NormalizerCase(input: "un año", marked: "año", folded: "año", article: "un"),
    NormalizerCase(input: "un año", marked: "un año", folded: "un año", article: nil, stripArticle: false),
    NormalizerCase(input: "¿Quién?", marked: "quién", folded: "quien", article: nil),
    NormalizerCase(input: "¡Ramírez!", marked: "ramírez", folded: "ramirez", article: nil),
    NormalizerCase(input: "Rami\u{0301}rez", marked: "ramírez", folded: "ramirez", article: nil),
    NormalizerCase(input: "PEÑA", marked: "peña", folded: "peña", article: nil),
    NormalizerCase(input: "Pen\u{0303}a", marked: "peña", folded: "peña", article: nil),
    NormalizerCase(input: "François", marked: "françois", folded: "françois", article: nil),
    NormalizerCase(input: "PINGÜINO", marked: "pingüino", folded: "pinguino", article: nil),
    NormalizerCase(input: "sixty-five", marked: "sixty five", folded: "sixty five", article: nil),
    NormalizerCase(input: "A.F.I.", marked: "afi", folded: "afi", article: nil),
    NormalizerCase(input: "O'Brien", marked: "o brien", folded: "o brien", article: nil),
  ])
  func normalizer(_ row: NormalizerCase) {
    let result = AnswerNormalizer.normalize(row.input, stripArticle: row.stripArticle)
    #expect(result.marked == row.marked)
    #expect(result.folded == row.folded)
    #expect(result.article == row.article)
  }

  @Test(arguments: [
    ("", "", Int.max, 0), ("abc", "", Int.max, 3), ("kitten", "sitting", Int.max, 3), ("ca", "ac", Int.max, 1),
    ("zodiacos", "zodaicos", Int.max, 1), ("peña", "pena", Int.max, 1), ("cristina", "cristian", Int.max, 1),
    ("ca", "abc", Int.max, 3), ("\u{00E9}", "e\u{0301}", Int.max, 0), ("kitten", "sitting", 1, 2),
    ("abcdefgh", "zzzzzzzzzzzz", 2, 3), ("tepetan", "tepetlan", 1, 1),
  ])
  func editDistance(_ a: String, _ b: String, limit: Int, expected: Int) {
    #expect(EditDistance.distance(a, b, limit: limit) == expected)
    #expect(EditDistance.distance(b, a, limit: limit) == expected)
  }

  /// The fast keys the checker uses (codes and a letter-set bound) agree with the plain distance.
  @Test func typoKeysAgreeWithEditDistance() {
    let words = [
      "zodiacos", "zodaicos", "zodiacs", "peña", "pena", "cristina", "cristian", "tepepan", "tepetlan", "tepetan",
      "françois", "francois", "secuestro", "secuestrado", "secuestrador", "ca", "abc", "", "volpi", "volpy",
    ]
    var problems: [String] = []
    for a in words {
      for b in words {
        for limit in 0...3 {
          let fast = TypoKey(a).distance(to: TypoKey(b), limit: limit)
          let plain = EditDistance.distance(a, b, limit: limit)
          if fast != plain { problems.append("\(a)/\(b)@\(limit): \(fast) ≠ \(plain)") }
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.prefix(5))")
  }

  /// A key read as bytes (ASCII) has the codes a key read Character by Character has.
  @Test(arguments: [
    "", "volpi", "Los Zodiacos", "a\r\nb", "a\rb", "a\nb", "peña", "françois", "e\u{301}", "😀 x", "tab\tend", "~!@#",
  ])
  func typoKeysOfASCIIReadAsBytesAgree(_ text: String) {
    #expect(TypoKey(text).codes == TypoKey.characterCodes(text))
  }

  @Test(arguments: [
    (0, Language.en, "zero"), (60, .en, "sixty"), (65, .en, "sixty-five"), (65, .en, "sixty five"),
    (96, .en, "ninety-six"), (100, .en, "one hundred"), (100, .en, "a hundred"), (105, .en, "a hundred and five"),
    (105, .en, "one hundred five"), (1000, .en, "a thousand"), (1100, .en, "eleven hundred"),
    (1500, .en, "fifteen hundred"), (1999, .en, "nineteen hundred and ninety-nine"),
    (2013, .en, "two thousand thirteen"), (2013, .en, "two thousand and thirteen"),
    (9999, .en, "nine thousand nine hundred ninety-nine"), (0, .es, "cero"), (16, .es, "dieciséis"),
    (21, .es, "veintiuno"), (21, .es, "veintiún"), (21, .es, "veintiuna"), (22, .es, "veintidós"),
    (31, .es, "treinta y un"), (60, .es, "sesenta"), (65, .es, "sesenta y cinco"), (96, .es, "noventa y seis"),
    (100, .es, "cien"), (105, .es, "ciento cinco"), (200, .es, "doscientas"), (500, .es, "quinientos"),
    (1000, .es, "mil"), (1999, .es, "mil novecientos noventa y nueve"), (2013, .es, "dos mil trece"),
    (21_000, .es, "veintiún mil"),
  ])
  func numberWordsInclude(_ number: Int, language: Language, form: String) {
    #expect(NumberWords.forms(number, in: language).contains(form))
  }

  @Test(arguments: [
    (21_000, Language.es, "veintiuno mil"), (1000, .es, "un mil"), (100, .es, "ciento"), (101, .es, "cien uno"),
    (6005, .en, "sixty five"), (2013, .en, "twenty hundred thirteen"), (16, .es, "diez y seis"),
    (-1, .en, "minus one"),
  ])
  func numberWordsExclude(_ number: Int, language: Language, form: String) {
    #expect(!NumberWords.forms(number, in: language).contains(form))
  }

  /// Every number up to 9999 has spellings in both languages, and no spelling (once normalized) belongs to two
  /// numbers: comparing text can never accept a wrong number.
  @Test func numberWordsAreUnambiguous() {
    var problems: [String] = []
    for language in Language.allCases {
      var owner: [String: Int] = [:]
      for number in 0...9999 {
        let forms = NumberWords.forms(number, in: language)
        if forms.isEmpty { problems.append("\(number) has no \(language) words") }
        for form in forms {
          let key = AnswerNormalizer.normalize(form, stripArticle: false).folded
          if let other = owner[key], other != number { problems.append("\(key) is \(other) and \(number)") }
          owner[key] = number
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.prefix(5))")
  }

  @Test(arguments: [
    ("8/12/2005", Language.es, "2005-12-08", false, false), ("12/8/2005", .en, "2005-12-08", false, false),
    ("25/12/2005", .en, "2005-12-25", false, true), ("the 8th of December, 2005", .en, "2005-12-08", false, false),
    ("8 dic. 2005", .es, "2005-12-08", false, false), ("setiembre de 2009", .es, "2009-09", false, false),
    ("3/2009", .en, "2009-03", false, false), ("Diciembre 2005", .en, "2005-12", true, false),
    ("1º de marzo de 2009", .es, "2009-03-01", false, false),
  ])
  func dateReading(_ input: String, language: Language, iso: String, otherLanguage: Bool, otherOrder: Bool) {
    let reading = DateAnswer.read(input, language: language)
    #expect(reading?.date == CalendarDate(iso: iso))
    #expect(reading?.otherLanguage == otherLanguage)
    #expect(reading?.otherOrder == otherOrder)
  }

  @Test(arguments: [
    "8 de diciembre", "31/02/2005", "dos cinco", "mil dos mil", "8/12/05", "diciembre", "2005 diciembre 8 9",
  ])
  func notDates(_ input: String) {
    #expect(DateAnswer.read(input, language: .es) == nil)
  }

  @Test func forgivenessShowsTheSpellingToLearn() {
    let checker = AnswerFixtures.checker
    func verdict(_ input: String, _ question: AnsweringQuestion, _ language: Language) -> Verdict? {
      checker.check(input, question: question.question, language: language).verdict
    }
    #expect(
      verdict("Francois Hollande", .hollande, .en)?.forgiven == [Forgiveness(.typo, canonical: "François Hollande")])
    #expect(
      verdict("Genaro Garcia Luna", .garciaLuna, .es)?.forgiven == [
        Forgiveness(.accents, canonical: "Genaro García Luna", count: 1)
      ])
    #expect(verdict("Cassez", .cassez, .en)?.forgiven == [Forgiveness(.familyName, canonical: "Florence Cassez")])
    let zodiacs = verdict("zodiacs", .zodiacos, .es)
    #expect(zodiacs?.forgiven == [Forgiveness(.otherLanguage, canonical: "Los Zodiacos")])
    #expect(zodiacs?.canonical == "Los Zodiacos")
    #expect(zodiacs?.expected == Localized(en: "The Zodiacs", es: "Los Zodiacos"))
    let sixty = verdict("sixty", .reduced, .es)
    #expect(sixty?.canonical == "60 años")
    #expect(sixty?.expected == Localized(en: "60 years", es: "60 años"))
    #expect(verdict("23/1/2013", .ruling, .en)?.forgiven == [Forgiveness(.dateOrder, canonical: "January 23, 2013")])
    #expect(verdict("no", .statementTrue, .es)?.expected == Localized(en: "true", es: "verdadero"))
    #expect(verdict("Cristian Ríos Valladares", .cristina, .es)?.canonical == nil)
    // The per-question memo never changes a result.
    #expect(verdict("Tepepam", .tepepan, .en) == verdict("Tepepam", .tepepan, .en))
  }

  @Test func resultsRoundTripThroughJSON() throws {
    let checker = AnswerFixtures.checker
    let results = [
      checker.check("Florénce Casez", question: AnsweringQuestion.cassez.question, language: .es),
      checker.check("b a d c", question: AnsweringQuestion.timeline.question, language: .en),
      checker.check("abc", question: AnsweringQuestion.timeline.question, language: .en),
    ]
    for result in results {
      let data = try JSONEncoder().encode(result)
      #expect(try JSONDecoder().decode(CheckResult.self, from: data) == result)
    }
    let text = String(decoding: try JSONEncoder().encode(results[0]), as: UTF8.self)
    #expect(text.contains("\"verdict\""))
    #expect(text.contains("\"typo\""))
  }
}

/// British spellings of the bank's American words are the same answer (play test: "organised" was called a
/// typo); a word with no such variant keeps its typo.
@Suite struct SpellingVariantTests {
  @Test(
    arguments: [
      ("organised crime", "organized crime", true), ("organisation", "organization", true),
      ("defence", "defense", true), ("colour", "color", true), ("centre", "center", true),
      ("analysed", "analyzed", true), ("travelled", "traveled", true), ("catalogue", "catalog", true),
      ("florense", "florence", false), ("promize", "promise", false), ("four", "for", false),
      ("organized crime", "organized crime", false), ("organised fraud", "organized crime", false),
    ])
  func variants(typed: String, expected: String, same: Bool) {
    #expect(SpellingVariants.sameWord(typed, expected) == same)
  }

  @Test(arguments: [("Mexico", "México", 1), ("Garcia Marquez", "García Márquez", 2), ("Méxíco", "México", 1)])
  func accentCount(typed: String, expected: String, count: Int) {
    #expect(AnswerChecker.accentCount(typed, expected) == count)
  }
}
