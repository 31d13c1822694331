import Foundation
import QuizCore
import Testing

/// A whole file that cannot be decoded, and the one diagnostic it must give.
struct BrokenFile: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var expected: String

  init(_ name: String, _ text: String, _ expected: String) {
    self.init(name, bytes: Array(text.utf8), expected)
  }

  init(_ name: String, bytes: [UInt8], _ expected: String) {
    self.name = name
    self.bytes = bytes
    self.expected = expected
  }

  var testDescription: String { name }
}

@Suite("Decoding bank files")
struct BankDecoderTests {
  static let brokenFiles: [BrokenFile] = [
    BrokenFile("empty file", "", "bank.json: error: the file is empty"),
    BrokenFile("only whitespace", " \n\t\n", "bank.json: error: the file holds only whitespace"),
    BrokenFile(
      "UTF-8 byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8),
      "bank.json:1:1: error: the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM"),
    BrokenFile(
      "UTF-16", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00],
      "bank.json:1:1: error: the file is UTF-16 or UTF-32 (it starts with a byte-order mark); save it as UTF-8"),
    BrokenFile(
      "invalid UTF-8", bytes: Array("{\n  \"id\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8),
      "bank.json:2:13: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"),
    BrokenFile(
      "overlong UTF-8", bytes: Array("{\"a\": \"".utf8) + [0xC0, 0xAF] + Array("\"}".utf8),
      "bank.json:1:8: error: invalid UTF-8 (byte 0xC0); save the file as UTF-8"),
    BrokenFile(
      "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00],
      "bank.json:1:8: error: the file contains a NUL byte: it is not a text file"),
    BrokenFile(
      "unclosed object", "{\n  \"id\": \"mini\",\n  \"title\": {\n",
      "bank.json:4:1: error: unexpected end of file: the object opened at 3:12 is not closed"),
    BrokenFile(
      "trailing comma", "{\n  \"languages\": [\"en\", \"es\",]\n}",
      "bank.json:2:28: error: trailing comma before ']'"),
    BrokenFile(
      "trailing comma in object", "{ \"id\": \"mini\", }", "bank.json:1:17: error: trailing comma before '}'"),
    BrokenFile(
      "missing comma", "{\n  \"id\": \"mini\"\n  \"license\": \"MIT\"\n}",
      "bank.json:3:3: error: expected ',' or '}' after the value of \"id\", found '\"'"),
    BrokenFile(
      "comment", "{\n  // the id\n  \"id\": \"mini\"\n}", "bank.json:2:3: error: comments are not allowed in JSON"),
    BrokenFile(
      "single quotes", "{ \"id\": 'mini' }", "bank.json:1:9: error: strings must be in double quotes, not single quotes"
    ),
    BrokenFile("unquoted key", "{ id: \"mini\" }", "bank.json:1:3: error: keys must be in double quotes: \"id\""),
    BrokenFile(
      "Python literal", "{ \"functional\": True }",
      "bank.json:1:17: error: unexpected word \"True\" (strings must be in double quotes)"),
    BrokenFile(
      "misspelled literal", "{ \"functional\": ture }",
      "bank.json:1:17: error: unexpected word \"ture\" (JSON has true, false and null)"),
    BrokenFile(
      "leading zero", "{ \"schemaVersion\": 01 }",
      "bank.json:1:21: error: invalid number: a number cannot start with 0 followed by digits"),
    BrokenFile(
      "bad exponent", "{ \"schemaVersion\": 1e }",
      "bank.json:1:22: error: invalid number: expected a digit in the exponent, found ' '"
        .replacingOccurrences(of: "' '", with: "U+0020")),
    BrokenFile(
      "invalid escape", "{ \"id\": \"a\\qb\" }",
      "bank.json:1:11: error: invalid escape '\\q' (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
    BrokenFile(
      "line break in a string", "{ \"id\": \"mini\n\" }",
      "bank.json:1:14: error: line break inside a string (is a closing '\"' missing?)"),
    BrokenFile(
      "tab in a string", "{ \"id\": \"mi\tni\" }",
      "bank.json:1:12: error: control character U+0009 inside a string; write it as an escape such as \\t or \\u0009"),
    BrokenFile(
      "unclosed string", "{ \"id\": \"mini", "bank.json:1:9: error: this string is not closed"),
    BrokenFile(
      "lone surrogate", "{ \"id\": \"\\uD83D\" }", "bank.json:1:10: error: unpaired surrogate \\uD83D"),
    BrokenFile(
      "short unicode escape", "{ \"id\": \"\\u00e\" }",
      "bank.json:1:10: error: invalid \\u escape: expected four hex digits"),
    BrokenFile(
      "text after the document", "{}\n{}", "bank.json:2:1: error: unexpected '{' after the end of the document"),
    BrokenFile(
      "columns count characters", "{ \"título\": \"é\" x }",
      "bank.json:1:17: error: expected ',' or '}' after the value of \"título\", found 'x'"),
    BrokenFile(
      "deep nesting", String(repeating: "[", count: 100_000),
      "bank.json:1:101: error: nesting deeper than 100 levels"),
    BrokenFile(
      "deep objects", String(repeating: "{\"a\":", count: 100_000),
      "bank.json:1:501: error: nesting deeper than 100 levels"),
    BrokenFile("not an object", "[1, 2]", "bank.json:1:1: error: the bank: expected an object, found an array"),
  ]

  @Test("A broken file gives one clear diagnostic", arguments: brokenFiles)
  func brokenFile(_ file: BrokenFile) {
    let result = BankDecoder.decode(Data(file.bytes), file: "bank.json")
    #expect(result.bank == nil)
    #expect(result.diagnostics.map(\.description) == [file.expected])
  }

  static let structuralEdits: [BankEdit] = [
    BankEdit(
      "wrong JSON type", find: "\"functional\": true,\n      \"inverseFunctional\"",
      replace: "\"functional\": \"yes\",\n      \"inverseFunctional\"",
      ["bank.json:89:7: error: relations[0].functional: expected true or false, found a string"]),
    BankEdit(
      "null", find: "\"license\": \"CC0-1.0\"", replace: "\"license\": null",
      ["bank.json:31:3: error: license: expected a string, found null"]),
    BankEdit(
      "missing key", find: "\"license\": \"CC0-1.0\",\n", replace: "",
      ["bank.json:1:1: error: the bank is missing the key \"license\""]),
    BankEdit(
      "missing nested key", find: "\"translation\": \"condenó a Ruiz a 4 años de prisión\"",
      replace: "\"translate\": \"condenó a Ruiz a 4 años de prisión\"",
      ["bank.json:211:7: error: facts[3].source is missing the key \"translation\""]),
    BankEdit(
      "impossible date", find: "\"date\": \"2019-03-09\"", replace: "\"date\": \"2019-02-30\"",
      [
        "bank.json:186:18: error: facts[1].value.date: \"2019-02-30\": the day does not exist (February 2019 has 28 days)"
      ]),
    BankEdit(
      "unknown language", find: "\"languages\": [\"en\", \"es\"]", replace: "\"languages\": [\"en\", \"fr\"]",
      ["bank.json:9:23: error: languages[1]: unknown value \"fr\" (expected en or es)"]),
    BankEdit(
      "unknown gender", find: "{ \"gender\": \"feminine\" }", replace: "{ \"gender\": \"female\" }",
      [
        "bank.json:42:38: error: entities[0].grammar.es.gender: unknown value \"female\" (expected masculine or feminine)"
      ]),
    BankEdit(
      "value with two types", find: "{ \"number\": 4 }", replace: "{ \"number\": 4, \"date\": \"2019\" }",
      [
        "bank.json:210:7: error: facts[3].value: a value needs exactly one of \"entity\", \"date\", \"number\" or \"text\""
      ]),
    BankEdit(
      "unknown value type", find: "{ \"type\": \"date\" }", replace: "{ \"type\": \"day\" }",
      [
        "bank.json:107:18: error: relations[1].value.type: unknown value type \"day\" (expected entity, date, number or text)"
      ]),
    BankEdit(
      "schema version newer", find: "\"schemaVersion\": 1,", replace: "\"schemaVersion\": 2, \"future\": {},",
      [
        "bank.json:2:3: error: schemaVersion 2 is newer than this casequiz understands (1); update casequiz to play this bank"
      ]),
    BankEdit(
      "duplicate key", find: "\"license\": \"CC0-1.0\",", replace: "\"license\": \"CC0-1.0\", \"license\": \"MIT\",",
      ["bank.json:31:25: error: duplicate key \"license\" in the bank"]),
    BankEdit(
      "misspelled optional key", find: "\"inverseFunctional\": true", replace: "\"inverseFunctionl\": true",
      [
        "bank.json:90:7: warning: unknown key \"inverseFunctionl\" in relations[0] is ignored (did you mean \"inverseFunctional\"?)",
        // Ignoring the key changes the bank, which the validator then notices.
        "bank.json:94:11: error: relation \"stolen-from\": templates.en.askInverse is given, but the relation is not "
          + "inverseFunctional (the answer would not be the only one)",
      ]),
    BankEdit(
      "unknown key", find: "\"license\": \"CC0-1.0\",", replace: "\"license\": \"CC0-1.0\", \"author\": \"me\",",
      ["bank.json:31:25: warning: unknown key \"author\" in the bank is ignored"]),
  ]

  @Test("A structural problem is placed at its key", arguments: structuralEdits)
  func structuralProblem(_ edit: BankEdit) throws {
    #expect(try BankFixture.lint(edit.apply()) == edit.expected)
  }

  @Test func theMiniBankDecodesCleanly() throws {
    let result = BankDecoder.decode(Data(try BankFixture.json().utf8), file: "bank.json")
    #expect(result.diagnostics.isEmpty)
    let bank = try #require(result.bank)
    #expect(bank.facts.count == 6)
    #expect(result.positions.position(of: "facts[3].value") == TextPosition(line: 210, column: 7))
    #expect(result.positions.kind(of: "facts[3].value") == .object)
    #expect(result.positions.position(of: "") == TextPosition(line: 1, column: 1))
    #expect(result.positions.nearestPosition(of: "facts[3].value.missing") == TextPosition(line: 210, column: 7))
  }

  @Test("Every key the model writes is known to the unknown-key check")
  func knownKeysCoverTheModel() throws {
    var bank = try BankFixture.bank()
    bank.sources[0].url = "https://example.org"
    bank.entities[0].grammar.es = Grammar(
      gender: .feminine, number: .plural, definiteArticle: true, articleInName: true)
    bank.relations[1].templates.en.askInverse = "Who was arrested {value:when}?"
    bank.facts[0].value = .text(Localized(en: "a", es: "b"), aliases: Localized(en: ["c"], es: ["d"]))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data = try encoder.encode(bank)
    let result = BankDecoder.decode(data, file: "bank.json")
    #expect(result.bank != nil)
    #expect(result.diagnostics.map(\.description) == [])
  }
}
