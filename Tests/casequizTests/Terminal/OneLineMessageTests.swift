import Testing

@testable import QuizEdge

/// ArgumentParser's multi-line errors made into one readable line (the play test saw "Please provide one of the
/// following:   - choice   - truefalse…").
@Suite struct OneLineMessageTests {
  @Test(arguments: [
    (
      "The value 'fr' is invalid for '--kind <kind>'. Please provide one of the following:\n  - choice\n  - truefalse\n  - typed",
      "The value 'fr' is invalid for '--kind <kind>'. Please provide one of 'choice', 'truefalse' or 'typed'."
    ),
    (
      "The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'.",
      "The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'."
    ),
    (
      "Missing expected argument '<file>'\nHelp:  <file>  The file.",
      "Missing expected argument '<file>' Help:  <file>  The file."
    ),
    ("Values:\n  - one", "Values: 'one'."),
    ("", ""),
  ])
  func bulletedListsBecomeOneLine(message: String, line: String) {
    #expect(OneLineMessage.make(message) == line)
  }
}
