import Foundation
import Testing

/// The venv `make test` sets up with Anki's own library (`anki` from PyPI).
enum AnkiVenv {
  static let python = CaseQuizProcess.packageRoot.appendingPathComponent(".build-venv/anki/bin/python")
  static var available: Bool { FileManager.default.isExecutableFile(atPath: python.path) }
  /// In CI the venv must be there: the test runs (and fails) instead of being skipped.
  static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

@Suite("casequiz export")
struct ExportCommandTests {
  func export(_ arguments: [String], in folder: TemporaryFolder) throws -> CaseQuizProcess.Output {
    try CaseQuizProcess.run(
      ["export"] + arguments + ["--data-dir", CaseQuizProcess.packageRoot.path, "--lang", "en"], in: folder.url)
  }

  /// The rows of an Anki export: header lines, then one note per line.
  func rows(_ text: String) -> (header: [String], notes: [[String]]) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    let header = lines.filter { $0.hasPrefix("#") }
    let notes = lines.filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    return (header, notes)
  }

  @Test("an Anki deck in both languages: header lines, three columns, tags for bank, topic, kind and language")
  func ankiDeck() throws {
    let folder = try TemporaryFolder()
    let output = try export(["deck.tsv", "--both"], in: folder)
    #expect(output.status == 0, "\(output.stderr)")
    let text = try String(contentsOf: folder.url.appendingPathComponent("deck.tsv"), encoding: .utf8)
    let (header, notes) = rows(text)
    #expect(header.contains("#separator:tab") && header.contains("#html:true") && header.contains("#tags column:3"))
    #expect(output.stdout == "Wrote \(notes.count) cards to deck.tsv.\n")
    #expect(notes.count > 100)
    #expect(notes.allSatisfy { $0.count == 3 && !$0[0].isEmpty && !$0[1].isEmpty })
    let tags = notes.map { Set($0[2].split(separator: " ").map(String.init)) }
    #expect(tags.allSatisfy { $0.contains("casequiz") && $0.contains("bank::cassez") })
    #expect(
      tags.allSatisfy { tag in tag.contains { $0.hasPrefix("topic::") } && tag.contains { $0.hasPrefix("kind::") } })
    #expect(tags.filter { $0.contains("lang::en") }.count == tags.filter { $0.contains("lang::es") }.count)
    // The back: the answer, the fact as a sentence, the source quote; in Spanish, the translation too.
    let spanish = try #require(notes.first { $0[2].contains("lang::es") && $0[2].contains("kind::typed") })
    #expect(spanish[1].contains("<br>Fuente: «") && spanish[1].contains("<br>En español: «"))
    // No true/false card (their backs were all "True"), and one card per fact, form and language.
    #expect(!text.contains("truefalse") && !notes.contains { $0[1].hasPrefix("True") || $0[1].hasPrefix("False") })
    #expect(!notes.contains { $0[1].hasPrefix("Verdadero") || $0[1].hasPrefix("Falso") })
    let fronts = notes.map { $0[0] }
    #expect(Set(fronts).count == fronts.count)
  }

  /// The play test: the deck was "casequiz::The Florence Cassez case" in a Spanish export.
  @Test(
    "the Anki deck is named in the export's language",
    arguments: [
      (["--lang", "en"], "#deck:casequiz::The Florence Cassez case"),
      (["--lang", "es"], "#deck:casequiz::El caso Florence Cassez"),
      (["--lang", "es", "--both"], "#deck:casequiz::El caso Florence Cassez"),
    ])
  func deckName(arguments: [String], line: String) throws {
    let folder = try TemporaryFolder()
    let output = try CaseQuizProcess.run(
      ["export", "-", "--data-dir", CaseQuizProcess.packageRoot.path] + arguments, in: folder.url)
    #expect(output.status == 0, "\(output)")
    let header = output.stdout.split(separator: "\n").prefix { $0.hasPrefix("#") }.map(String.init)
    #expect(header.filter { $0.hasPrefix("#deck:") } == [line], "\(header)")
  }

  @Test("refuses to replace a file without --force, in one line; --force replaces it")
  func overwrite() throws {
    let folder = try TemporaryFolder()
    let file = folder.url.appendingPathComponent("deck.tsv")
    try Data("keep me\n".utf8).write(to: file)
    let refused = try export(["deck.tsv"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.stderr == "casequiz: error: deck.tsv already exists; add --force to replace it\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
    let forced = try export(["deck.tsv", "--force"], in: folder)
    #expect(forced.status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("#separator:tab\n"))
    let missing = try export(["no/such/folder/deck.tsv"], in: folder)
    #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
    #expect(missing.stderr.contains("the folder no/such/folder does not exist"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test("plain format: two columns per line, no header, no tab or line break inside a field")
  func plain() throws {
    let folder = try TemporaryFolder()
    let output = try export(["-", "--format", "plain", "--kind", "choice"], in: folder)
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      !lines.isEmpty && lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
    #expect(lines.allSatisfy { !$0.hasPrefix("#") && !$0.contains("<br>") })
    #expect(lines.allSatisfy { $0.contains(" a) ") })
  }

  @Test(
    "Anki itself imports the deck: one Basic note per card, fields and tags as written",
    .enabled(
      if: AnkiVenv.available || AnkiVenv.required,
      "no Anki venv at .build-venv/anki: `make test` (or `make anki-venv`) creates it"))
  func ankiImports() throws {
    try #require(AnkiVenv.available, "CI=true and the Anki venv is missing: `make anki-venv` failed")
    let folder = try TemporaryFolder()
    let written = try export(["deck.tsv", "--both", "--topic", "arrest"], in: folder)
    #expect(written.status == 0, "\(written.stderr)")
    let deck = folder.url.appendingPathComponent("deck.tsv")
    let (_, notes) = rows(try String(contentsOf: deck, encoding: .utf8))
    let scratch = try TemporaryFolder()
    let process = Process()
    process.executableURL = AnkiVenv.python
    process.arguments = [
      CaseQuizProcess.packageRoot.appendingPathComponent("Tests/anki_import.py").path, deck.path, scratch.url.path,
    ]
    let out = scratch.url.appendingPathComponent("out.json")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    let handle = try FileHandle(forWritingTo: out)
    process.standardOutput = handle
    try process.run()
    process.waitUntilExit()
    try handle.close()
    #expect(process.terminationStatus == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any], "Anki printed no JSON")
    let imported = try #require(object["notes"] as? [[String: Any]])
    #expect(object["new"] as? Int == notes.count && imported.count == notes.count)
    #expect(object["duplicate"] as? Int == 0 && object["isHtml"] as? Bool == true)
    let byFront = Dictionary(imported.map { (($0["fields"] as? [String])?.first ?? "", $0) }) { first, _ in first }
    for note in notes {
      let anki = try #require(byFront[note[0]], "Anki has no note with the front \(note[0])")
      #expect(anki["fields"] as? [String] == [note[0], note[1]])
      #expect(anki["tags"] as? [String] == note[2].split(separator: " ").map(String.init).sorted())
      #expect(anki["notetype"] as? String == "Basic")
      #expect((anki["deck"] as? String)?.hasPrefix("casequiz::") == true)
    }
  }
}
