import Testing

@testable import QuizCore

/// The validator's text check looks at the scalars of a text only when its bytes may hold a control
/// character, an invisible direction mark or a backslash: that byte filter must never hide one.
@Suite("Control characters, byte filter")
struct ControlCandidateTests {
  @Test("every scalar the text check reports is let through by the byte filter, in accented text too")
  func noScalarHidden() {
    for value in UInt32(0)...0x2_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "é" + String(scalar) + "y"
      let problem =
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value) || value == 0xFEFF
      if problem {
        #expect(BankValidator.hasControlCandidate(text), "U+\(String(value, radix: 16))")
        #expect(BankValidator.controlProblem(in: text) != nil, "U+\(String(value, radix: 16))")
      } else if !BankValidator.hasControlCandidate(text) {
        #expect(BankValidator.controlProblem(in: text) == nil)
      }
    }
    #expect(BankValidator.controlProblem(in: "Año \\n") != nil)
    #expect(BankValidator.controlProblem(in: "Año \\q") == nil)
    #expect(!BankValidator.hasControlCandidate("¿Cuándo fue detenida?"))
  }
}
