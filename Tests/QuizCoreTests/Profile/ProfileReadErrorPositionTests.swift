import Foundation
import Testing

@testable import QuizCore

/// A damaged profile's warning names the line and column of the damage (the play test got only "the file is
/// not valid JSON", with no place to look in a file of thousands of lines).
@Suite struct ProfileReadErrorPositionTests {
  @Test(arguments: [
    ("{\n  \"schemaVersion\": 3,\n  \"banks\": {\n    \"x\": [1,,\n  }\n}\n", TextPosition(line: 4, column: 13)),
    ("{\n  \"schemaVersion\": 3,\n  \"banks\": 5\n}\n", TextPosition(line: 3, column: 3)),
    (
      "{\"schemaVersion\": 3, \"é\": 1, \"banks\": {\"cassez\": {\"questions\": 7}}}", TextPosition(line: 1, column: 51)
    ),
    ("{\n\"banks\": {}\n", TextPosition(line: 3, column: 1)),
  ])
  func aDamagedProfileSaysWhere(text: String, position: TextPosition) throws {
    let data = Data(text.utf8)
    do {
      _ = try ProfileDecoding.profile(from: data)
      Issue.record("read a damaged profile")
    } catch {
      #expect(error.position(in: data) == position, "\(error)")
    }
  }

  @Test func noPlaceForAFileThatIsNotText() {
    #expect(ProfileReadError.empty.position(in: Data()) == nil)
    #expect(ProfileReadError.notUTF8.position(in: Data([0xFF, 0xFE])) == nil)
    #expect(ProfileReadError.newerVersion(found: 9, supported: 3).position(in: Data("{}".utf8)) == nil)
  }
}
