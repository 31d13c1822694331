import Foundation
import QuizCore
import QuizEdge
import Testing

/// Issue 16, item 6: the prompt's history is private like the profiles, and keeps answers as they were shown.
@Suite("the prompt's history file")
struct HistoryFileTests {
  @Test func createdPrivateInAPrivateFolderAndAnOlderOpenFileMadePrivate() throws {
    let folder = try TemporaryFolder()
    let url = folder.url.appendingPathComponent("state/casequiz/history-default")
    let path = try #require(HistoryFile.prepare(url))
    let mode = { (path: String) in
      ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue
    }
    #expect(mode(path) == 0o600)
    #expect(mode(url.deletingLastPathComponent().path) == 0o700)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    try Data("earlier answer\n".utf8).write(to: url)
    #expect(HistoryFile.prepare(url) == path)
    #expect(mode(path) == 0o600)
    #expect(try String(contentsOf: url, encoding: .utf8) == "earlier answer\n", "kept")
  }

  @Test(
    arguments: [
      ("Volpi", "Volpi"), ("\u{1B}[31mVolpi\u{1B}[0m", "Volpi"), ("a\u{1B}]0;title\u{07}b", "ab"),
      ("\u{9B}2Jtrue", "true"), ("  ", nil), ("\u{1B}[2J", nil), ("Élysée", "Élysée"),
    ] as [(String, String?)])
  func answersAreKeptAsShown(typed: String, kept: String?) {
    #expect(HistoryFile.entry(for: typed) == kept)
  }
}
