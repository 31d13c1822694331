import Foundation
import Testing

@testable import QuizCore

/// The catalog's own reader gives exactly what `JSONDecoder` gives, and refuses what it refuses.
@Suite("reading UI string catalogs")
struct CatalogReadingTests {
  /// What `JSONDecoder` reads from the same bytes, `nil` when it throws.
  static func decoded(_ text: String) -> [String: Catalog.Entry]? {
    try? JSONDecoder().decode([String: Catalog.Entry].self, from: Data(text.utf8))
  }

  static func read(_ text: String) -> [String: Catalog.Entry]? {
    try? Catalog(json: [.en: Data(text.utf8)]).entries[.en]
  }

  @Test func theShippedCatalogsReadAsJSONDecoderReadsThem() throws {
    for (language, data) in try Shipped.catalogJSON() {
      let expected = try JSONDecoder().decode([String: Catalog.Entry].self, from: data)
      let read = try Catalog(json: [language: data]).entries[language]
      #expect(read == expected, "\(language)")
      #expect(expected.count > 100)
    }
  }

  @Test(arguments: [
    #"{}"#, #" { "a" : "b" } "#, #"{"a": "\u00e9\n\"\\\/\t", "b": "\ud83d\ude00 ñ"}"#,
    #"{"n": {"one": "1 x", "other": "{count} x"}}"#, #"{"n": {"other": "o", "extra": [1, {"z": null}], "one": "1"}}"#,
    #"{"a": "first", "a": "second"}"#, #"{"a": "b",}"#, #"{"n": {"one": "1", "other": "o",},}"#,
    #"{"n": {"one": "1", "one": "uno", "other": "o"}}"#, #"{"a": "ñ\nü\u00e9 x \"¿y?\"", "b": "\\ 😀\t"}"#,
  ])
  func validCatalogsReadTheSame(_ text: String) {
    #expect(Self.read(text) != nil)
    #expect(Self.read(text) == Self.decoded(text), "\(text)")
  }

  @Test(arguments: [
    "", "   ", "[]", #""text""#, "null", #"{"a": 1}"#, #"{"a": null}"#, #"{"a": true}"#, #"{"a": ["x"]}"#,
    #"{"n": {"one": "1"}}"#, #"{"n": {"other": "o"}}"#, #"{"n": {"one": 1, "other": "o"}}"#, #"{"a": "b""#,
    #"{,}"#, #"{"a": "b",,}"#, #"{"a" "b"}"#, #"{"a": "b"} x"#, #"{"a": "\q"}"#, #"{"a": "\ud800"}"#,
    "{\"a\": \"\u{01}\"}",
  ])
  func damagedCatalogsAreRefusedAsJSONDecoderRefusesThem(_ text: String) {
    #expect(Self.decoded(text) == nil, "JSONDecoder reads \(text)")
    #expect(Self.read(text) == nil, "\(text)")
  }

  @Test func invalidUTF8IsRefused() {
    #expect((try? Catalog(json: [.es: Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])])) == nil)
    // Before an escape, after one, and a sequence cut by one.
    for bytes: [UInt8] in [[0xFF, 0x5C, 0x6E], [0x5C, 0x6E, 0xFF], [0xC3, 0x5C, 0x6E, 0xB1]] {
      let data = Data(Array(#"{"a": ""#.utf8) + bytes + Array(#""}"#.utf8))
      #expect((try? Catalog(json: [.es: data])) == nil, "\(bytes)")
    }
  }
}
