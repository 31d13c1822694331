import Foundation
import QuizCore
import Testing

@Suite("Validating banks")
struct BankValidatorTests {
  @Test func theMiniBankIsClean() throws {
    #expect(try BankFixture.lint(BankFixture.json()) == [])
  }

  /// One edit per class of problem, with every line lint prints for it (including the warnings an error
  /// brings along, such as an entity left unused).
  static let edits: [BankEdit] = [
    BankEdit(
      "invalid id", find: "\"id\": \"ruiz-sentence\"",
      replace: "\"id\": \"Ruiz_Sentence\"",
      [
        "bank.json:206:7: error: invalid fact id \"Ruiz_Sentence\": use lowercase letters and digits joined by single \"-\", like \"first-arrest\""
      ]),
    BankEdit(
      "duplicate fact id", find: "\"id\": \"ruiz-judged\"",
      replace: "\"id\": \"ruiz-nickname\"",
      [
        "bank.json:230:7: error: duplicate fact id \"ruiz-nickname\" (first defined at line 218)"
      ]),
    BankEdit(
      "duplicate topic id", find: "{ \"id\": \"trial\"",
      replace: "{ \"id\": \"theft\"",
      [
        "bank.json:34:7: error: duplicate topic id \"theft\" (first defined at line 33)",
        "bank.json:207:7: error: fact \"ruiz-sentence\": unknown topic \"trial\"",
        "bank.json:231:7: error: fact \"ruiz-judged\": unknown topic \"trial\"",
      ]),
    BankEdit(
      "unknown subject", find: "\"subject\": \"brass-lens\"",
      replace: "\"subject\": \"golden-lens\"",
      [
        "bank.json:53:5: warning: entity \"brass-lens\" is not used by any fact",
        "bank.json:172:7: error: fact \"lens-stolen\": unknown subject entity \"golden-lens\"",
      ]),
    BankEdit(
      "unknown relation", find: "\"relation\": \"nickname\"",
      replace: "\"relation\": \"alias\"",
      [
        "bank.json:141:5: warning: relation \"nickname\" has no facts",
        "bank.json:221:7: error: fact \"ruiz-nickname\": unknown relation \"alias\"",
      ]),
    BankEdit(
      "unknown topic", find: "\"id\": \"ruiz-judged\",\n      \"topic\": \"trial\"",
      replace: "\"id\": \"ruiz-judged\",\n      \"topic\": \"sentencing\"",
      [
        "bank.json:231:7: error: fact \"ruiz-judged\": unknown topic \"sentencing\""
      ]),
    BankEdit(
      "unknown source document", find: "\"document\": \"nota\"",
      replace: "\"document\": \"notes\"",
      [
        "bank.json:18:5: warning: source \"nota\" is not cited by any fact",
        "bank.json:200:9: error: fact \"vega-arrested\": unknown source document \"notes\"",
      ]),
    BankEdit(
      "unknown value entity", find: "{ \"entity\": \"harbor-court\" }",
      replace: "{ \"entity\": \"supreme-court\" }",
      [
        "bank.json:73:5: warning: entity \"harbor-court\" is not used by any fact",
        "bank.json:234:18: error: fact \"ruiz-judged\": unknown value entity \"supreme-court\"",
      ]),
    BankEdit(
      "empty text", find: "\"es\": \"El juicio\"",
      replace: "\"es\": \"\"",
      [
        "bank.json:34:51: error: topic \"trial\": name.es is empty"
      ]),
    BankEdit(
      "empty text in an undeclared language is fine", find: "\"languages\": [\"en\", \"es\"]",
      replace: "\"languages\": [\"en\"]",
      []),
    BankEdit(
      "unknown slot", find: "\"Which court sentenced {subject}?\"",
      replace: "\"Which court sentenced {subjekt}?\"",
      [
        "bank.json:160:17: error: relation \"judged-by\": templates.en.ask uses the unknown slot {subjekt} (did you mean {subject}?); slots are subject, value"
      ]),
    BankEdit(
      "unknown form", find: "\"{subject} was arrested {value:when}.\"",
      replace: "\"{subject} was arrested {value:whenever}.\"",
      [
        "bank.json:112:11: error: relation \"arrested-on\": templates.en.statement: unknown form \"{value:whenever}\" (forms are bare, de, a, when, gender(…), number(…), form(…))"
      ]),
    BankEdit(
      ":when on an entity", find: "\"{value} sentenced {subject}.\"",
      replace: "\"{value:when} sentenced {subject}.\"",
      [
        "bank.json:160:60: error: relation \"judged-by\": templates.en.statement uses {value:when}, which needs a date, but the value is an entity"
      ]),
    BankEdit(
      "ask template gives the answer away", find: "\"Which court sentenced {subject}?\"",
      replace: "\"Which court ({value}) sentenced {subject}?\"",
      [
        "bank.json:160:17: error: relation \"judged-by\": templates.en.ask gives the answer away: it uses {value}"
      ]),
    BankEdit(
      "statement missing value", find: "\"{value} condenó a {subject}.\"",
      replace: "\"Alguien condenó a {subject}.\"",
      [
        "bank.json:163:11: error: relation \"judged-by\": templates.es.statement does not name {value}"
      ]),
    BankEdit(
      "unclosed brace in a template", find: "\"¿Qué tribunal condenó a {subject}?\"",
      replace: "\"¿Qué tribunal condenó a {subject?\"",
      [
        "bank.json:162:11: error: relation \"judged-by\": templates.es.ask: \"{subject?\" has no closing \"}\""
      ]),
    BankEdit(
      ":gender on a number", find: "\"{subject} was sentenced to {value} in prison.\"",
      replace: "\"{subject} was sentenced to {value} {value:gender(a,b)} in prison.\"",
      [
        "bank.json:133:11: error: relation \"sentence-years\": templates.en.statement uses {value:gender(…)}, which needs an entity, but the value is a number"
      ]),
    BankEdit(
      "askInverse in one language only", find: "\"askInverse\": \"¿Qué fue robado {value:de}?\",\n",
      replace: "",
      [
        "bank.json:97:9: error: relation \"stolen-from\": templates.es.askInverse is missing, but templates.en has one"
      ]),
    BankEdit(
      "event on a non-date relation", find: "\"ask\": \"What did neighbours call {subject}?\",",
      replace: "\"ask\": \"What did neighbours call {subject}?\", \"event\": \"{subject} is named\",",
      [
        "bank.json:150:63: error: relation \"nickname\": templates.en.event is only used by date relations (or those with a date qualifier)",
        "bank.json:151:9: error: relation \"nickname\": templates.es.event is missing, but templates.en has one",
      ]),
    BankEdit(
      "fact without a quote", find: "\"quote\": \"The Harbor Court sentenced Ruiz\"",
      replace: "\"quote\": \"  \"",
      [
        "bank.json:237:9: error: fact \"ruiz-judged\" has no quote"
      ]),
    BankEdit(
      "a quote with a gap, its parts in the document's order", find: "\"quote\": \"The Harbor Court sentenced Ruiz\"",
      replace: "\"quote\": \"Police arrested Ana Ruiz […] The Harbor Court sentenced Ruiz\"",
      []),
    BankEdit(
      "a quote with a gap, its parts out of order", find: "\"quote\": \"The Harbor Court sentenced Ruiz\"",
      replace: "\"quote\": \"The Harbor Court sentenced Ruiz [...] Police arrested Ana Ruiz\"",
      [
        "bank.json:237:9: error: fact \"ruiz-judged\": the quote is not in source \"report\" (sources/report.txt): the part \"Police arrested Ana Ruiz\" is not found after the part before it"
      ]),
    BankEdit(
      "a quote ending in a gap", find: "\"quote\": \"The Harbor Court sentenced Ruiz\"",
      replace: "\"quote\": \"The Harbor Court sentenced Ruiz […]\"",
      [
        "bank.json:237:9: error: fact \"ruiz-judged\": the quote is not in source \"report\" (sources/report.txt): a gap \"[…]\" needs words on both sides"
      ]),
    BankEdit(
      "quote not in the source", find: "\"quote\": \"The Harbor Court sentenced Ruiz\"",
      replace: "\"quote\": \"The Harbour Court sentenced Ruiz\"",
      [
        "bank.json:237:9: error: fact \"ruiz-judged\": the quote is not in source \"report\" (sources/report.txt); it agrees up to \"The Harbo\""
      ]),
    BankEdit(
      "wrong value type", find: "{ \"number\": 4 }",
      replace: "{ \"date\": \"2019\" }",
      [
        "bank.json:210:7: error: fact \"ruiz-sentence\": the value is a date, but relation \"sentence-years\" takes a number"
      ]),
    BankEdit(
      "entity value of a type the relation does not take", find: "{ \"entity\": \"harbor-court\" }",
      replace: "{ \"entity\": \"lighthouse-museum\" }",
      [
        "bank.json:73:5: warning: entity \"harbor-court\" is not used by any fact",
        "bank.json:234:18: error: fact \"ruiz-judged\": value \"lighthouse-museum\" has type \"place\", but relation \"judged-by\" takes values of type institution",
      ]),
    BankEdit(
      "subject of a type the relation does not take",
      find: "\"subject\": \"ana-ruiz\",\n      \"relation\": \"judged-by\"",
      replace: "\"subject\": \"brass-lens\",\n      \"relation\": \"judged-by\"",
      [
        "bank.json:232:7: error: fact \"ruiz-judged\": subject \"brass-lens\" has type \"object\", but relation \"judged-by\" takes subjects of type person"
      ]),
    BankEdit(
      "functional relation with two values", find: "\"subject\": \"tomas-vega\"",
      replace: "\"subject\": \"ana-ruiz\"",
      [
        "bank.json:45:5: warning: entity \"tomas-vega\" is not used by any fact",
        "bank.json:193:5: error: fact \"vega-arrested\": relation \"arrested-on\" is functional, but subject \"ana-ruiz\" already has a value in fact \"ruiz-arrested\"",
      ]),
    BankEdit(
      "terminal escape in a text", find: "\"The accused.\"",
      replace: "\"The \\u001b[31maccused.\"",
      [
        "bank.json:43:24: error: entity \"ana-ruiz\": description.en contains the control character U+001B (escape, as in a terminal escape sequence)"
      ]),
    BankEdit(
      "escape sequence written out as text", find: "\"The accused.\"",
      replace: "\"The\\\\naccused.\"",
      [
        "bank.json:43:24: error: entity \"ana-ruiz\": description.en contains the escape sequence \"\\n\" written out as text"
      ]),
    BankEdit(
      "direction override in a text", find: "\"The accused.\"",
      replace: "\"The \\u202Eaccused.\"",
      [
        "bank.json:43:24: error: entity \"ana-ruiz\": description.en contains the invisible character U+202E"
      ]),
    BankEdit(
      "spaces around a text", find: "\"The accused.\"",
      replace: "\"The accused. \"",
      [
        "bank.json:43:24: warning: entity \"ana-ruiz\": description.en has spaces at its start or end"
      ]),
    BankEdit(
      "unused entity", find: "\"entities\": [\n",
      replace:
        "\"entities\": [\n    { \"id\": \"gull\", \"type\": \"animal\", \"name\": { \"en\": \"gull\", \"es\": \"gaviota\" }, \"grammar\": { \"en\": {}, \"es\": {} }, \"description\": { \"en\": \"A bird.\", \"es\": \"Un ave.\" } },\n",
      [
        "bank.json:37:5: warning: entity \"gull\" is not used by any fact"
      ]),
    BankEdit(
      "source file outside the bank", find: "\"file\": \"sources/report.txt\"",
      replace: "\"file\": \"../report.txt\"",
      [
        "bank.json:16:7: error: source \"report\": file \"../report.txt\" must be a relative path inside the bank folder"
      ]),
    BankEdit(
      "bank id differs from its folder", find: "\"id\": \"mini\",",
      replace: "\"id\": \"mini-case\",",
      [
        "bank.json:3:3: error: bank id \"mini-case\" differs from its folder name \"mini\""
      ]),
    BankEdit(
      "subject type no entity has", find: "\"subjectTypes\": [\"object\"]",
      replace: "\"subjectTypes\": [\"object\", \"thing\"]",
      [
        "bank.json:87:34: warning: relation \"stolen-from\": no entity has the subject type \"thing\""
      ]),
    BankEdit(
      "no languages", find: "\"languages\": [\"en\", \"es\"]",
      replace: "\"languages\": []",
      [
        "bank.json:9:3: error: the bank declares no languages"
      ]),
    BankEdit(
      "language listed twice", find: "\"languages\": [\"en\", \"es\"]",
      replace: "\"languages\": [\"en\", \"es\", \"en\"]",
      [
        "bank.json:9:29: warning: language \"en\" is listed twice"
      ]),
    BankEdit(
      "empty alias", find: "\"aliases\": { \"en\": [\"Tomas Vega\"]",
      replace: "\"aliases\": { \"en\": [\"\"]",
      [
        "bank.json:49:27: error: entity \"tomas-vega\": aliases.en[0] is empty"
      ]),
    BankEdit(
      "inverse-functional relation with two subjects",
      find: "\"id\": \"lens-stolen\",\n      \"topic\": \"theft\",\n      \"subject\": \"brass-lens\"",
      replace:
        "\"id\": \"lens-stolen\",\n      \"topic\": \"theft\",\n      \"subject\": \"brass-lens\",\n      \"relation\": \"stolen-from\",\n      \"value\": { \"entity\": \"lighthouse-museum\" },\n      \"source\": { \"document\": \"report\", \"quote\": \"brass lens\", \"translation\": \"lente\" }\n    },\n    {\n      \"id\": \"lens-stolen-again\",\n      \"topic\": \"theft\",\n      \"subject\": \"brass-lens\"",
      [
        "bank.json:177:5: error: fact \"lens-stolen-again\": relation \"stolen-from\" is functional, but subject \"brass-lens\" already has a value in fact \"lens-stolen\"",
        "bank.json:182:7: error: fact \"lens-stolen-again\": relation \"stolen-from\" is inverse-functional, but its value entity \"lighthouse-museum\" already belongs to fact \"lens-stolen\"",
      ]),
    BankEdit(
      "askInverse without inverseFunctional", find: "\"inverseFunctional\": true,\n",
      replace: "",
      [
        "bank.json:93:11: error: relation \"stolen-from\": templates.en.askInverse is given, but the relation is not inverseFunctional (the answer would not be the only one)"
      ]),
    BankEdit(
      "event names the date", find: "\"event\": \"{subject} is arrested\"",
      replace: "\"event\": \"{subject} is arrested {value:when}\"",
      [
        "bank.json:113:11: error: relation \"arrested-on\": templates.en.event uses {value:when}, but the timeline shows the date itself"
      ]),
    BankEdit(
      "event with a period", find: "\"event\": \"{subject} is arrested\"",
      replace: "\"event\": \"{subject} is arrested.\"",
      [
        "bank.json:113:11: error: relation \"arrested-on\": templates.en.event ends with a period (timeline events have none)"
      ]),
    BankEdit(
      "Spanish question without ¿", find: "\"¿Qué tribunal condenó a {subject}?\"",
      replace: "\"Qué tribunal condenó a {subject}?\"",
      [
        "bank.json:162:11: error: relation \"judged-by\": templates.es.ask must open with \"¿\" and close with \"?\" (a lead-in before the question ends with a comma: \"Según X, ¿…?\")"
      ]),
    BankEdit(
      "English question without ?", find: "\"Which court sentenced {subject}?\"",
      replace: "\"Which court sentenced {subject}.\"",
      [
        "bank.json:160:17: error: relation \"judged-by\": templates.en.ask must end with \"?\""
      ]),
    BankEdit(
      "uncontracted de el", find: "\"¿Qué fue robado {value:de}?\"",
      replace: "\"¿Qué fue robado de el museo?\"",
      [
        "bank.json:99:11: error: relation \"stolen-from\": templates.es.askInverse writes \"de el\": contract it to \"del\"",
        "bank.json:99:11: error: relation \"stolen-from\": templates.es.askInverse does not name {value}",
      ]),
  ]

  @Test("A broken bank gives exact messages at exact places", arguments: edits)
  func brokenBank(_ edit: BankEdit) throws {
    #expect(try BankFixture.lint(edit.apply()) == edit.expected)
  }

  @Test func aBankNotReadFromJSONHasNoLineNumbers() throws {
    var bank = try BankFixture.bank()
    bank.schemaVersion = 2
    bank.entities[1].id = bank.entities[0].id
    let diagnostics = BankValidator(file: "bank.json", sourceTexts: try BankFixture.sourceTexts()).validate(bank)
    #expect(
      diagnostics.map(\.description) == [
        "bank.json: error: schemaVersion 2 is newer than this casequiz understands (1); update casequiz to play this bank",
        "bank.json: error: duplicate entity id \"ana-ruiz\" (first defined at entities[0].id)",
        "bank.json: error: fact \"vega-arrested\": unknown subject entity \"tomas-vega\"",
      ])
    #expect(diagnostics.first?.location == Diagnostic.Location(file: "bank.json", keyPath: "schemaVersion"))
  }

  @Test func quotesIgnoreSpacingAndUnicodeComposition() throws {
    let bank = try BankFixture.bank()
    var texts = try BankFixture.sourceTexts()
    // The same words with the accent decomposed (NFD) and the line broken elsewhere.
    texts["nota"] = "Toma\u{301}s Vega,\n guardia   del museo,\tfue detenido el 12 de marzo de\r\n2019 y liberado."
    let diagnostics = BankValidator(file: "bank.json", sourceTexts: texts, folderName: "mini").validate(bank)
    #expect(diagnostics == [])
  }

  @Test func documentsWithoutTextAreNotQuoteChecked() throws {
    var texts = try BankFixture.sourceTexts()
    texts["nota"] = nil
    #expect(
      BankValidator(file: "bank.json", sourceTexts: texts, folderName: "mini").validate(try BankFixture.bank()) == [])
  }

  @Test(arguments: [
    ("florence-cassez", true), ("a1", true), ("2005", true), ("Florence", false), ("florence_cassez", false),
    ("-a", false), ("a-", false), ("a--b", false), ("", false), ("café", false),
  ])
  func idFormat(id: String, valid: Bool) {
    #expect(BankValidator.isValidID(id) == valid)
  }

  @Test(arguments: [
    ("sources/a.txt", true), ("a.txt", true), ("/etc/passwd", false), ("../a.txt", false), ("sources/../a.txt", false),
    ("sources//a.txt", false), ("./a.txt", false), ("sources\\a.txt", false), ("", false),
  ])
  func sourcePaths(path: String, safe: Bool) {
    #expect(BankValidator.isSafeRelativePath(path) == safe)
  }
}
