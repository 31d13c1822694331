import Testing

@testable import QuizCore

@Suite struct ProfileNameTests {
  @Test(arguments: ["default", "ana", "Ana-Maria_2", "a", "0", "_", "_-", "a-", String(repeating: "x", count: 64)])
  func validNamesAreAccepted(name: String) throws {
    #expect(try ProfileName(validating: name).rawValue == name)
    #expect(ProfileName(rawValue: name) != nil)
  }

  @Test(arguments: [
    ("", ProfileNameError.empty),
    ("../x", .invalidCharacter("../x", ".")),
    ("/", .invalidCharacter("/", "/")),
    ("a/b", .invalidCharacter("a/b", "/")),
    ("with space", .invalidCharacter("with space", " ")),
    ("josé", .invalidCharacter("josé", "é")),
    ("x.json", .invalidCharacter("x.json", ".")),
    ("tab\t", .invalidCharacter("tab\t", "\t")),
    ("nul\u{0}", .invalidCharacter("nul\u{0}", "\u{0}")),
    // Issue 16: a name starting with `-` reads as an option and names files such as `-x.lock`.
    ("-", .badStart("-", "-")),
    ("-x", .badStart("-x", "-")),
    (String(repeating: "a", count: 65), .tooLong(String(repeating: "a", count: 65), length: 65)),
    (String(repeating: "a", count: 300), .tooLong(String(repeating: "a", count: 300), length: 300)),
  ])
  func invalidNamesAreRefusedNamingTheValue(name: String, error: ProfileNameError) {
    #expect(throws: error) { try ProfileName(validating: name) }
    #expect(ProfileName(rawValue: name) == nil)
    #expect(error.value == name)
  }

  @Test func messagesQuoteTheValue() {
    #expect(ProfileNameError.invalidCharacter("../x", ".").description.contains("\"../x\""))
    #expect(ProfileNameError.tooLong(String(repeating: "a", count: 300), length: 300).description.contains("300"))
  }

  @Test func theDefaultNameIsValid() throws {
    #expect(try ProfileName(validating: ProfileName.default.rawValue) == .default)
  }
}
