import Foundation
import Testing

@testable import QuizEdge

struct CompletionMatchesTests {
  static let options = ["a", "b", "c", "d", "Buenos Aires", "Bogotá", "Élysée", "Brasília"]

  @Test(arguments: [
    ("", options, options, ""),
    ("ely", options, ["Élysée"], "Élysée"),
    ("ÉLY", options, ["Élysée"], "Élysée"),
    ("Buenos A", options, ["Buenos Aires"], "Buenos Aires"),  // the whole option, not the letter a
    ("b", options, ["b", "Buenos Aires", "Bogotá", "Brasília"], "b"),
    ("bras", options, ["Brasília"], "Brasília"),
    ("x", options, [], "x"),
    (":lang e", ["en", "es"], ["en", "es"], ":lang e"),
    (":lang E", ["en", "es"], ["en", "es"], ":lang E"),
    (":lang es", ["en", "es"], ["es"], ":lang es"),
    (":l", [":help", ":lang ", ":idioma "], [":lang "], ":lang "),
    (":", [":help", ":help"], [":help"], ":help"),
    ("bo", ["Bogotá", "Bolívar"], ["Bogotá", "Bolívar"], "bo"),
    ("bog", ["Bogotá", "Bogor"], ["Bogotá", "Bogor"], "Bogo"),
    ("bogota", ["Bogotá", "Bogota"], ["Bogotá", "Bogota"], "bogota"),
  ])
  func matches(line: String, candidates: [String], shown: [String], common: String) {
    let matches = CompletionMatches(lineBeforeCursor: line, candidates: candidates)
    #expect(matches.shown == shown)
    #expect(matches.commonLine == common)
  }

  @Test func linesKeepTheTextBeforeTheCompletedWord() {
    let matches = CompletionMatches(lineBeforeCursor: ":lang e", candidates: ["en", "es"])
    #expect(matches.lines == [":lang en", ":lang es"])
  }
}

struct LineInputLimitTests {
  static let a4095 = String(repeating: "a", count: 4095)
  static let cases: [([UInt8], String)] = [
    (Array("abc".utf8), "abc"),
    ([0x61, 0x00, 0x62], "ab"),
    ([0x61, 0xFF, 0x62], "a\u{FFFD}b"),
    ([0xC3], "\u{FFFD}"),
    (Array((a4095 + "aaaa").utf8), a4095 + "a"),
    (Array((a4095 + "é").utf8), a4095),  // é's first byte would be the 4096th: dropped whole
    (Array((a4095 + "x€").utf8), a4095 + "x"),
    (Array((String(repeating: "é", count: 2048) + "x").utf8), String(repeating: "é", count: 2048)),
  ]

  @Test(arguments: cases)
  func decode(bytes: [UInt8], expected: String) {
    #expect(LineInputLimit.decode(bytes) == expected)
  }

  @Test func promptEscapesAreMarkedInvisibleForReadline() {
    #expect(ReadlineEditor.markingInvisibleSequences(in: "1› ") == "1› ")
    #expect(
      ReadlineEditor.markingInvisibleSequences(in: "\u{1B}[1;32m1›\u{1B}[0m ")
        == "\u{1}\u{1B}[1;32m\u{2}1›\u{1}\u{1B}[0m\u{2} ")
  }
}

/// PlainLineReader over a file: what a pipe or a redirected file gives the game.
@Suite(.serialized)
struct PlainLineReaderTests {
  static let cases: [([UInt8], [LineInput])] = [
    (Array("a\nb\n".utf8), [.line("a"), .line("b"), .endOfInput]),
    (Array("a\r\nlast".utf8), [.line("a"), .line("last"), .endOfInput]),
    ([], [.endOfInput, .endOfInput]),
    (Array("\n\n".utf8), [.line(""), .line(""), .endOfInput]),
    ([0x6F, 0x6B, 0x00, 0xFF, 0x0A], [.line("ok\u{FFFD}"), .endOfInput]),
  ]

  @Test(arguments: cases)
  func reads(input: [UInt8], expected: [LineInput]) throws {
    #expect(try readAll(input, count: expected.count) == expected)
  }

  @Test func aOneMegabyteLineIsCutAndTheNextLineStillRead() throws {
    let input = Array((String(repeating: "x", count: 1_000_000) + "\nnext\n").utf8)
    let lines = try readAll(input, count: 3)
    #expect(lines.first == .line(String(repeating: "x", count: LineInputLimit.maxBytes)))
    #expect(lines.dropFirst() == [.line("next"), .endOfInput])
  }

  private func readAll(_ input: [UInt8], count: Int) throws -> [LineInput] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("input")
    try Data(input).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    let reader = PlainLineReader(fd: handle.fileDescriptor, showsPrompt: false)
    defer { reader.close() }
    return (0..<count).map { _ in reader.readLine(prompt: "> ") }
  }
}
