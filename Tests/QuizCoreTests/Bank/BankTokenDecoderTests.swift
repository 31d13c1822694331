import Foundation
import Testing

@testable import QuizCore

/// The bank decoder over the scanner's tokens must give exactly the bank `JSONDecoder` gives, and must refuse
/// (leaving the document, and its error messages, to `JSONDecoder`) whatever `JSONDecoder` would not decode the
/// same way.
@Suite("Decoding banks from tokens")
struct BankTokenDecoderTests {
  static func tokens(_ data: Data) -> Bank? {
    data.withUnsafeBytes { BankTokenDecoder.decode($0.bindMemory(to: UInt8.self)) }
  }

  static func codable(_ data: Data) -> Bank? { try? JSONDecoder().decode(Bank.self, from: data) }

  /// Every `bank.json` of the repository: the shipped banks and the test fixtures.
  static func repositoryBanks() -> [URL] {
    var files: [URL] = []
    for folder in ["QuestionBanks", "Tests/QuizCoreTests/Fixtures"] {
      let walker = FileManager.default.enumerator(
        at: Shipped.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let url = walker?.nextObject() as? URL {
        if url.lastPathComponent == "bank.json" { files.append(url) }
      }
    }
    return files.sorted { $0.path < $1.path }
  }

  @Test func everyBankOfTheRepositoryDecodesTheSameBothWays() throws {
    let files = Self.repositoryBanks()
    #expect(files.count >= 3)
    for file in files {
      let data = try Data(contentsOf: file)
      let expected = try #require(Self.codable(data), "\(file.lastPathComponent)")
      let read = try #require(Self.tokens(data), "the token decoder refused \(file.path)")
      #expect(read == expected, "\(file.path)")
      #expect(BankDecoder.decode(data, file: "bank.json", detail: .errors).bank == expected)
      #expect(BankDecoder.decode(data, file: "bank.json", detail: .full).bank == expected)
    }
  }

  /// Every document the other bank tests use (broken files, structural and validation edits of the mini bank,
  /// the fuzz corpus): whatever the token decoder reads, `JSONDecoder` reads as the same bank.
  @Test("The token decoder never reads a bank JSONDecoder reads otherwise", arguments: BankFastPathTests.documentNames)
  func agreesWithCodable(_ name: String) throws {
    let data = try BankFastPathTests.document(name)
    if let read = Self.tokens(data) { #expect(read == Self.codable(data)) }
  }

  /// Writings of the mini bank that `JSONDecoder` reads: the token decoder gives the same bank.
  static let readable: [BankEdit] = [
    BankEdit("an optional key null", find: #""familyName": "Ruiz""#, replace: #""familyName": null"#, []),
    BankEdit("work null", find: #""id": "ana-ruiz","#, replace: #""id": "ana-ruiz", "work": null,"#, []),
    BankEdit("an escaped key", find: #""license": "#, replace: #""licen\u0073e": "#, []),
    BankEdit("escapes in a value", find: #""id": "ana-ruiz","#, replace: #""id": "ana\u002druiz","#, []),
    BankEdit("an unknown key skipped", find: #""license": "#, replace: #""extra": [1, {"a": null}], "license": "#, []),
    BankEdit("an exponent", find: #""number": 4"#, replace: #""number": 4e0"#, []),
    BankEdit("a fraction", find: #""number": 4"#, replace: #""number": 40.0e-1"#, []),
    BankEdit("a bound null", find: #""number": 4"#, replace: #""number": 4, "bound": null"#, []),
    BankEdit(
      "a bound beside an entity", find: #""entity": "harbor-court""#,
      replace: #""entity": "harbor-court", "bound": "about""#, []),
    BankEdit("aliases null", find: #""number": 4"#, replace: #""number": 4, "aliases": null"#, []),
  ]

  /// Writings `JSONDecoder` refuses or reads by rules of its own: the token decoder refuses them, so their
  /// diagnostics come from `JSONDecoder` exactly as before.
  static let refused: [BankEdit] = [
    BankEdit("a required key null", find: #""license": "#, replace: #""license": null, "x": "#, []),
    BankEdit("two kinds of value", find: #""number": 4"#, replace: #""number": 4, "entity": "harbor-court""#, []),
    BankEdit("an entity value null", find: #""entity": "harbor-court""#, replace: #""entity": null"#, []),
    BankEdit("a number as text", find: #""number": 4"#, replace: #""number": "3""#, []),
    BankEdit("a number too large", find: #""number": 4"#, replace: #""number": 1e400"#, []),
    BankEdit("an unknown language", find: #""languages": ["en""#, replace: #""languages": ["fr""#, []),
    BankEdit("an unknown bound", find: #""number": 4"#, replace: #""number": 4, "bound": "over""#, []),
    BankEdit("a bad date", find: #""date": "2019-03-09""#, replace: #""date": "2019-02-30""#, []),
    BankEdit("a version as a fraction", find: #""schemaVersion": 1"#, replace: #""schemaVersion": 1.0"#, []),
    BankEdit("a key twice", find: #""license": "#, replace: #""license": "x", "license": "#, []),
  ]

  @Test("Writings JSONDecoder reads give the same bank", arguments: readable)
  func readableWriting(_ edit: BankEdit) throws {
    let data = Data(try edit.apply().utf8)
    let expected = try #require(Self.codable(data))
    #expect(Self.tokens(data) == expected)
    #expect(BankDecoder.decode(data, file: "bank.json", detail: .errors).bank == expected)
  }

  @Test("Writings left to JSONDecoder are refused", arguments: refused)
  func refusedWriting(_ edit: BankEdit) throws {
    let data = Data(try edit.apply().utf8)
    #expect(Self.tokens(data) == nil)
    let full = BankDecoder.decode(data, file: "bank.json", detail: .full)
    #expect(full.bank == Self.codable(data))
  }

  /// Truncating a sound bank anywhere never traps the token decoder, and it never reads a truncated document.
  @Test func truncatedBanksAreRefused() throws {
    let bytes = Array(try BankFixture.json().utf8)
    for length in stride(from: 0, to: bytes.count - 2, by: 7) {
      let prefix = Data(bytes[..<length])
      #expect(Self.tokens(prefix) == nil, "\(length) bytes")
    }
  }
}
