import Foundation
import Testing

@Suite("casequiz banks and finding data")
struct BanksCommandTests {
  static let table = """
    ID    TITLE                 FACTS  ENTITIES  LANGUAGES  QUESTIONS
    mini  The Lighthouse Theft      6         5  en, es     en 21, es 21

    """

  @Test func listsTheBanksOfADataFolder() throws {
    let output = try CaseQuizProcess.run(["banks", "--data-dir", CaseQuizProcess.fixtureData.path])
    #expect(output == .init(status: 0, stdout: Self.table, stderr: ""))
  }

  @Test func listsInSpanish() throws {
    let spanish = """
      ID    TÍTULO            DATOS  ENTIDADES  IDIOMAS  PREGUNTAS
      mini  El robo del faro      6          5  en, es   en 21, es 21

      """
    // The headers come from the data folder's Locales.
    let data = try TemporaryFolder.withMiniBank()
    try FileManager.default.copyItem(
      at: CaseQuizProcess.packageRoot.appendingPathComponent("Locales"), to: data.url.appendingPathComponent("Locales"))
    let byOption = try CaseQuizProcess.run(["banks", "--lang", "es", "--data-dir", data.url.path])
    #expect(byOption == .init(status: 0, stdout: spanish, stderr: ""))
    let byLocale = try CaseQuizProcess.run(
      ["banks", "--data-dir", data.url.path], environment: CaseQuizProcess.environment(["LANG": "es_MX.UTF-8"]))
    #expect(byLocale == .init(status: 0, stdout: spanish, stderr: ""))
  }

  @Test func listsAsJSON() throws {
    let output = try CaseQuizProcess.run(["banks", "--json", "--data-dir", CaseQuizProcess.fixtureData.path])
    #expect(output.status == 0)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows.first?["id"] as? String == "mini")
    #expect(rows.first?["title"] as? String == "The Lighthouse Theft")
    #expect(rows.first?["facts"] as? Int == 6)
    #expect(rows.first?["entities"] as? Int == 5)
    #expect(rows.first?["languages"] as? [String] == ["en", "es"])
    #expect(rows.first?["questions"] as? [String: Int] == ["en": 21, "es": 21])
  }

  @Test func theEnvironmentVariableNamesTheDataFolder() throws {
    let output = try CaseQuizProcess.run(
      ["banks"], environment: CaseQuizProcess.environment(["CASEQUIZ_DATA_DIR": CaseQuizProcess.fixtureData.path]))
    #expect(output == .init(status: 0, stdout: Self.table, stderr: ""))
  }

  @Test func theOptionWinsOverTheVariable() throws {
    let output = try CaseQuizProcess.run(
      ["banks", "--data-dir", CaseQuizProcess.fixtureData.path],
      environment: CaseQuizProcess.environment(["CASEQUIZ_DATA_DIR": "/nonexistent"]))
    #expect(output == .init(status: 0, stdout: Self.table, stderr: ""))
  }

  @Test func aWrongExplicitFolderIsNamed() throws {
    let byOption = try CaseQuizProcess.run(["banks", "--data-dir", "/nonexistent"])
    #expect(
      byOption == .init(status: 1, stdout: "", stderr: "casequiz: error: --data-dir \"/nonexistent\": no such folder\n")
    )
    let empty = try TemporaryFolder()
    let byVariable = try CaseQuizProcess.run(
      ["banks"], environment: CaseQuizProcess.environment(["CASEQUIZ_DATA_DIR": empty.url.path]))
    #expect(
      byVariable
        == .init(
          status: 1, stdout: "",
          stderr: "casequiz: error: CASEQUIZ_DATA_DIR \"\(empty.url.path)\": no QuestionBanks folder in it\n"))
  }

  @Test func anUnknownLanguageIsBadUsage() throws {
    let output = try CaseQuizProcess.run(["banks", "--lang", "fr"])
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "casequiz: error: the value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'. "
        + "(see 'casequiz banks --help')\n")
  }

  /// An installed layout: `<prefix>/bin/casequiz` finds `<prefix>/share/casequiz`.
  @Test func findsTheDataInstalledBesideTheBinary() throws {
    let prefix = try TemporaryFolder()
    let binary = try Self.copyBinary(into: prefix)
    let share = prefix.url.appendingPathComponent("share/casequiz/QuestionBanks")
    try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CaseQuizProcess.fixtureData.appendingPathComponent("QuestionBanks/mini"),
      to: share.appendingPathComponent("mini"))
    let output = try CaseQuizProcess.run(["banks", "--json"], in: prefix.url, executable: binary)
    #expect(output.status == 0)
    #expect(output.stdout.contains("\"path\" : \"share/casequiz/QuestionBanks/mini\""))
  }

  @Test func saysWhatWasSearchedWhenNothingIsFound() throws {
    let prefix = try TemporaryFolder()
    let binary = try Self.copyBinary(into: prefix)
    let output = try CaseQuizProcess.run(["banks"], executable: binary)
    let root = prefix.url.path
    #expect(
      output
        == .init(
          status: 1, stdout: "",
          stderr:
            "casequiz: error: no data folder (one holding QuestionBanks/) found; searched: --data-dir (not given), "
            + "CASEQUIZ_DATA_DIR (not set), \(root)/share/casequiz, \(root)/bin/casequiz_QuizEdge.resources; "
            + "pass --data-dir or set CASEQUIZ_DATA_DIR\n"))
  }

  /// Copies the built binary alone to `<prefix>/bin/casequiz`, away from its resource bundle.
  static func copyBinary(into prefix: TemporaryFolder) throws -> URL {
    let bin = prefix.url.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let binary = bin.appendingPathComponent("casequiz")
    try FileManager.default.copyItem(at: try CaseQuizProcess.binary(), to: binary)
    return binary
  }
}
