import Foundation
import Testing

/// The warning about a damaged profile, and the refusal of a damaged file to import, say the line and column
/// where the file breaks, in both languages (the play test had only "the file is not valid JSON").
@Suite("robustness: a damaged profile's line and column")
struct DamagedProfilePositionTests {
  static let broken = "{\n  \"schemaVersion\": 3,\n  \"banks\": {\n    \"x\": [1,,\n  }\n}\n"

  @Test(arguments: [
    ("en", "could not be read (the file is not valid JSON, line 4, column 13); it was kept"),
    ("es", "No se pudo leer el perfil «default» (el archivo no es JSON válido, línea 4, columna 13)"),
  ])
  func theWarningSaysWhere(language: String, expected: String) throws {
    let sandbox = try ProfileSandbox()
    try sandbox.write("default.json", Array(Self.broken.utf8))
    let output = try sandbox.run(["profile", "show", "--lang", language])
    #expect(output.status == 0, "\(output)")
    #expect(output.stderr.hasPrefix("casequiz: warning: "), "\(output.stderr)")
    #expect(output.stderr.contains(expected), "\(output.stderr)")
  }

  @Test func aWronglyShapedValueIsPlacedToo() throws {
    let sandbox = try ProfileSandbox()
    try sandbox.write("default.json", Array("{\n  \"schemaVersion\": 3,\n  \"banks\": 5\n}\n".utf8))
    let output = try sandbox.run(["stats", "--lang", "en"])
    #expect(output.stderr.contains("(unexpected content at banks, line 3, column 3)"), "\(output.stderr)")
  }

  @Test func importNamesThePlaceInTheFile() throws {
    let sandbox = try ProfileSandbox()
    let file = sandbox.home.url.appendingPathComponent("broken.json")
    try Data(Self.broken.utf8).write(to: file)
    let output = try sandbox.run(["profile", "import", file.path, "--lang", "es"])
    #expect(output.status == 1)
    #expect(output.stderr.contains("(el archivo no es JSON válido, línea 4, columna 13)"), "\(output.stderr)")
  }
}
