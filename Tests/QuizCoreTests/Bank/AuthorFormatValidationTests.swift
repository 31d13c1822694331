import Foundation
import QuizCore
import Testing

/// The bank format for authors of new banks (issue 14): qualifiers, sources in either language, optional
/// publisher and date, bounded numbers, and the lint messages an author meets with them.
@Suite("Validating the author's format")
struct AuthorFormatValidationTests {
  @Test("the training bank lints clean, warnings included")
  func trainingBankIsClean() throws {
    #expect(try TrainingBank.lint(TrainingBank.json()) == [])
  }

  /// One edit of the mini bank per lint rule of issue 14, with every line lint prints for it.
  static let miniEdits: [BankEdit] = [
    BankEdit(
      "missing Spanish gender where an article is written",
      find:
        "\"es\": { \"gender\": \"masculine\", \"definiteArticle\": true }\n      },\n      \"description\": { \"en\": \"Where the lens was kept.\"",
      replace:
        "\"es\": { \"definiteArticle\": true }\n      },\n      \"description\": { \"en\": \"Where the lens was kept.\"",
      [
        "bank.json:67:7: error: entity \"lighthouse-museum\" has no Spanish gender (grammar.es.gender), but relation \"stolen-from\" writes it as {value:de} in templates.es.statement, which needs one: give \"masculine\" or \"feminine\""
      ]),
    BankEdit(
      "an alternative equal to a fact's value", find: "{ \"en\": \"The Pelican\", \"es\": \"El Pelícano\" }",
      replace: "{ \"en\": \"The Pelican\", \"es\": \"La gaviota\" }",
      [
        "bank.json:146:67: warning: relation \"nickname\": alternative \"The Pelican\" / \"La gaviota\" is the value of fact \"ruiz-nickname\", so it is never offered as a wrong option; remove it or write another"
      ]),
    BankEdit(
      "a misspelled required key",
      find: "\"topic\": \"trial\",\n      \"subject\": \"ana-ruiz\",\n      \"relation\": \"judged-by\"",
      replace: "\"topik\": \"trial\",\n      \"subject\": \"ana-ruiz\",\n      \"relation\": \"judged-by\"",
      [
        "bank.json:231:7: error: facts[5] is missing the key \"topic\": \"topik\" is written instead (did you mean \"topic\"?)"
      ]),
    BankEdit(
      "a Spanish question after a lead-in is valid", find: "\"¿Qué tribunal condenó a {subject}?\"",
      replace: "\"Según la nota, ¿qué tribunal condenó a {subject}?\"", []),
    BankEdit(
      "a source without publisher and date",
      find: "\"publisher\": \"Harbor Town Gazette\",\n      \"date\": \"2019-03-20\",\n",
      replace: "",
      [
        "bank.json:11:5: warning: source \"report\" gives no publisher; leave it out only when the document names none",
        "bank.json:11:5: warning: source \"report\" gives no date; leave it out only when the document is undated",
      ]),
    BankEdit(
      "an unknown bound", find: "\"value\": { \"number\": 4 }",
      replace: "\"value\": { \"number\": 4, \"bound\": \"at-least\" }",
      [
        "bank.json:210:31: error: facts[3].value.bound: unknown value \"at-least\" (expected more-than, fewer-than or about)"
      ]),
    BankEdit(
      "a day that does not exist", find: "\"date\": \"2019-03-09\"", replace: "\"date\": \"1894-02-30\"",
      [
        "bank.json:186:18: error: facts[1].value.date: \"1894-02-30\": the day does not exist (February 1894 has 28 days)"
      ]),
  ]

  @Test("lint rules of the author's format, on the mini bank", arguments: miniEdits)
  func miniBankEdits(_ edit: BankEdit) throws {
    #expect(try BankFixture.lint(edit.apply()) == edit.expected)
  }

  /// Edits of the training bank's qualifiers, with every line lint prints.
  static let qualifierEdits: [(name: String, find: String, replace: String, expected: [String])] = [
    (
      "a fact without a declared qualifier",
      "\"qualifiers\": {\n        \"date\": {\n          \"date\": \"2021-04-02\"\n        }\n      },", "",
      [
        "bank.json:703:5: error: fact \"salcedo-arrest\" does not give the qualifier \"date\" that relation \"arrested-in\" declares"
      ]
    ),
    (
      "a misspelled qualifier", "\"date\": \"2021-04-02\"\n        }",
      "\"date\": \"2021-04-02\"\n        },\n        \"dat\": {\n          \"date\": \"2021-04-03\"\n        }",
      [
        "bank.json:715:9: error: fact \"salcedo-arrest\": unknown qualifier \"dat\" (did you mean \"date\"?); relation \"arrested-in\" declares date"
      ]
    ),
    (
      "a qualifier of the wrong type", "\"place\": {\n          \"entity\": \"puerto-alba-prison\"\n        }",
      "\"place\": {\n          \"entity\": \"puerto-alba\"\n        }",
      [
        "bank.json:236:5: warning: entity \"puerto-alba-prison\" is not used by any fact",
        "bank.json:745:9: error: fact \"salcedo-letter\": qualifier \"place\": \"puerto-alba\" has type \"town\", but the qualifier takes type prison",
      ]
    ),
    (
      "a statement that leaves out a qualifier", "\"statement\": \"{subject} was arrested in {value} {date:when}.\"",
      "\"statement\": \"{subject} was arrested in {value}.\"",
      ["bank.json:502:11: error: relation \"arrested-in\": templates.en.statement does not name {date}"]
    ),
    (
      "a qualifier question that names its answer", "\"date\": \"When was {subject} arrested in {value}?\"",
      "\"date\": \"When was {subject} arrested in {value} {date:when}?\"",
      [
        "bank.json:505:13: error: relation \"arrested-in\": templates.en.askQualifier.date gives the answer away: it uses {date:when}"
      ]
    ),
    (
      "a misspelled qualifier slot", "\"statement\": \"{subject} was arrested in {value} {date:when}.\"",
      "\"statement\": \"{subject} was arrested in {value} {dte:when}.\"",
      [
        "bank.json:502:11: error: relation \"arrested-in\": templates.en.statement uses the unknown slot {dte} (did you mean {date}?); slots are subject, value and the qualifier date"
      ]
    ),
    (
      "a question for an undeclared qualifier",
      "\"askQualifier\": {\n            \"date\": \"When was {subject} arrested in {value}?\"\n          }",
      "\"askQualifier\": {\n            \"date\": \"When was {subject} arrested in {value}?\",\n            \"place\": \"Where was {subject} arrested?\"\n          }",
      [
        "bank.json:506:13: error: relation \"arrested-in\": templates.en.askQualifier.place asks for an undeclared qualifier"
      ]
    ),
    (
      "an event that names the date qualifier", "\"event\": \"{subject} is arrested in {value}\"",
      "\"event\": \"{subject} is arrested in {value} {date:when}\"",
      [
        "bank.json:503:11: error: relation \"arrested-in\": templates.en.event uses {date:when}, but the timeline shows the date itself"
      ]
    ),
  ]

  @Test("lint rules of qualifiers, on the training bank", arguments: qualifierEdits.indices)
  func qualifierRules(_ index: Int) throws {
    let edit = Self.qualifierEdits[index]
    #expect(try TrainingBank.lint(TrainingBank.edited(edit.find, edit.replace)) == edit.expected, "\(edit.name)")
  }

  @Test("a source declares its language; its facts' translations are checked as the other language")
  func sourceLanguages() throws {
    let bank = try TrainingBank.index().bank
    #expect(bank.sources.map(\.language) == [.es, .en])
    // A bank that does not say is English, as banks were before.
    let mini = try BankFixture.bank()
    #expect(mini.sources.allSatisfy { $0.language == .en })
    // In a bank played only in Spanish, a Spanish source's facts need no translation (it would be English),
    // while an English source's facts need their Spanish one.
    var text = try TrainingBank.json().replacingOccurrences(
      of: "\"languages\": [\n    \"en\",\n    \"es\"\n  ]", with: "\"languages\": [\n    \"es\"\n  ]")
    for translation in [
      "About 300 people visited the museum each week before the theft.",
      "El «Libro de las mareas» fue devuelto al Museo de Valdeluna por la policía de Valdeluna el 18 de mayo de 2021.",
    ] {
      text = text.replacingOccurrences(of: "\"translation\": \"\(translation)\"", with: "\"translation\": \"\"")
    }
    #expect(
      try TrainingBank.lint(text) == [
        "bank.json:809:9: error: fact \"manuscript-returned\": source.translation is empty"
      ])
  }

  @Test("the new keys round-trip through encoding, and a bank without them encodes as before")
  func roundTrip() throws {
    let bank = try TrainingBank.index().bank
    let encoded = try JSONEncoder().encode(bank)
    #expect(try JSONDecoder().decode(Bank.self, from: encoded) == bank)
    let mini = try BankFixture.bank()
    let text = String(decoding: try JSONEncoder().encode(mini), as: UTF8.self)
    for key in ["qualifiers", "askQualifier", "bound"] { #expect(!text.contains("\"\(key)\""), "\(key)") }
  }
}
