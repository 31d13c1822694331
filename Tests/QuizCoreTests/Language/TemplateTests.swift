import Testing

@testable import QuizCore

@Suite("Template syntax")
struct TemplateTests {
  @Test(
    "valid templates parse into parts",
    arguments: [
      ("Who directed {subject}?", [Template.Part.literal("Who directed "), .slot(.subject, .phrase), .literal("?")]),
      ("{subject:de}", [.slot(.subject, .de)]),
      ("{value:when}.", [.slot(.value, .when), .literal(".")]),
      ("{subject:gender(detenido,detenida)}", [.slot(.subject, .gender(masculine: "detenido", feminine: "detenida"))]),
      ("{subject:number(was, were)}", [.slot(.subject, .number(singular: "was", plural: "were"))]),
      ("{value:form(a,b,c,d)}", [.slot(.value, .form("a", "b", "c", "d"))]),
      ("no slots", [.literal("no slots")]),
    ])
  func parses(text: String, parts: [Template.Part]) throws {
    #expect(try Template(parsing: text).parts == parts)
  }

  @Test(
    "invalid templates are refused with a message naming the slot",
    arguments: [
      // A lowercase id is a qualifier's slot (the validator checks the relation declares it); anything else is not.
      (
        "Who directed {Subject}?", "unknown slot \"{Subject}\" (slots are subject, value and the relation's qualifiers)"
      ),
      (
        "{subject:plural}",
        "unknown form \"{subject:plural}\" (forms are bare, de, a, when, gender(…), number(…), form(…))"
      ),
      ("{subject:gender(a)}", "\"{subject:gender(a)}\" needs 2 words separated by commas"),
      ("{subject:form(a,b,c)}", "\"{subject:form(a,b,c)}\" needs 4 words separated by commas"),
      ("Who {subject", "\"{subject\" has no closing \"}\""),
      ("Who } there", "a \"}\" without its \"{\""),
    ])
  func refuses(text: String, message: String) {
    #expect(throws: Template.SyntaxError(description: message)) { try Template(parsing: text) }
  }

  @Test(
    "the first letter is capitalized after opening punctuation",
    arguments: [
      ("¿quién?", "¿Quién?"), ("el rancho", "El rancho"), ("«él»", "«Él»"), ("2005 fue", "2005 fue"), ("", ""),
    ])
  func capitalizes(text: String, expected: String) {
    #expect(Template.capitalizingFirstLetter(text) == expected)
  }

  /// The byte reading of the first letter gives what the `Character` scan gives, and declines what it cannot
  /// be sure of (a combining mark after the letter or after `¿`, a letter with an accent first).
  @Test(
    "the first letter read from bytes is the Character scan's",
    arguments: [
      "¿quién?", "¿Quién?", "¡ya!", "¿¡a", "what is it?", "What", "  (a) b", "\"x\" y", "2005 fue", "", "¿", "...",
      "a\u{301}b", "¿\u{301}a", "¿a\u{301}", "éxito", "«él»", "\r\na", "z", "_a", "9a", "¿ ¿ q",
    ])
  func capitalizesFromBytes(text: String) {
    let byCharacters: String = {
      guard let index = text.firstIndex(where: { $0.isLetter || $0.isNumber }), text[index].isLowercase else {
        return text
      }
      return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
    }()
    #expect(Template.capitalizingFirstLetter(text) == byCharacters)
    if let fast = Template.capitalizingASCIIFirstLetter(text) {
      #expect(fast == byCharacters)
      #expect(Array(fast.utf8) == Array(byCharacters.utf8))
    }
  }
}
