import Foundation
import QuizCore
import Testing

@testable import QuizEdge

/// Issue 16, item 2: the `--json` protocol is documented in `docs/json-protocol.md` (versioned), every type,
/// key and warning code the code can write is listed there, and each documented fault produces its warning.
@Suite("the --json protocol and its document")
struct JSONProtocolTests {
  /// The document, cut into its parts.
  struct Document {
    var version: Int?
    /// The keys listed under each `### \`type\`` heading.
    var keys: [String: Set<String>] = [:]
    /// The codes of the warning codes table.
    var codes: Set<String> = []

    init() throws {
      let url = CaseQuizProcess.packageRoot.appendingPathComponent("docs/json-protocol.md")
      let text = try String(contentsOf: url, encoding: .utf8)
      version = text.firstMatch(of: /Protocol version: \*\*(\d+)\*\*/).flatMap { Int($0.output.1) }
      var section: String?
      var inCodes = false
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("## ") {
          section = nil
          inCodes = line == "## Warning codes"
        } else if let match = line.firstMatch(of: /^### `([a-z]+)`$/) {
          let name = String(match.output.1)
          section = name
          keys[name] = []
        } else if let match = line.firstMatch(of: /^\| `([A-Za-z-]+)` \|/) {
          if let section { keys[section, default: []].insert(String(match.output.1)) }
          if inCodes { codes.insert(String(match.output.1)) }
        }
      }
    }
  }

  @Test func theDocumentPinsTheVersionAndListsEveryTypeKeyAndCode() throws {
    let document = try Document()
    #expect(document.version == JSONProtocol.version)
    #expect(Set(document.keys.keys) == Set(JSONProtocol.ObjectType.allCases.map(\.rawValue)))
    #expect(document.codes == Set(JSONProtocol.WarningCode.allCases.map(\.rawValue)))
    // Every key the encoder can write is documented, under the types that write it.
    let documented = document.keys.values.reduce(Set<String>()) { $0.union($1) }
    let objectKeys = Mirror(reflecting: JSONLinesOutput.Object(type: "x")).children.compactMap(\.label)
    #expect(objectKeys.count > 20)
    #expect(Set(objectKeys).subtracting(documented).isEmpty, "\(Set(objectKeys).subtracting(documented))")
    let warningKeys = Mirror(reflecting: JSONProtocol.Warning(GameFault(code: .saveFailed, message: ""))).children
      .compactMap(\.label)
    #expect(Set(warningKeys) == document.keys["warning"])
    #expect(Set(Mirror(reflecting: JSONProtocol.Hello()).children.compactMap(\.label)) == document.keys["hello"])
  }

  @Test func everyObjectAGameWritesIsDocumentedUnderItsType() throws {
    let document = try Document()
    let home = try SandboxHome()
    try home.writeProfileFile("default.json", Data("not a profile".utf8))
    let input = "\n:nope\n:help\n:hint\n:both\n:lang es\n:score\n:source\nzzz\n:skip\n:hint\n12\n:quit\n"
    let output = try Robust.run(
      ["play", "--json", "--seed", "3", "--count", "4", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), stdin: Data(input.utf8))
    #expect(output.status == 0, "\(output)")
    let objects = try output.stdoutLines.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.first?["type"] as? String == "hello" && objects.first?["protocol"] as? Int == 2)
    var types: Set<String> = []
    for object in objects {
      let type = try #require(object["type"] as? String)
      types.insert(type)
      let keys = try #require(document.keys[type], "undocumented type \(type)")
      #expect(Set(object.keys).isSubset(of: keys), "\(type): \(Set(object.keys).subtracting(keys))")
    }
    #expect(types.isSuperset(of: ["hello", "warning", "info", "question", "error", "verdict", "summary"]), "\(types)")
  }

  /// The summary's `seconds` is rounded to the tenth of a second, as the document says (the play test saw
  /// `"seconds":0.04099094867706299`).
  @Test(arguments: [
    (0.04099094867706299, 0.0), (41.26099, 41.3), (59.96, 60.0), (12.0, 12.0), (0.05, 0.1), (Double.nan, 0.0),
  ])
  func summarySecondsAreRoundedToATenth(seconds: Double, written: Double) throws {
    #expect(JSONLinesOutput.roundedSeconds(seconds) == written)
    let document = try String(
      contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent("docs/json-protocol.md"), encoding: .utf8)
    #expect(document.contains("| `seconds` | number | the game's duration, rounded to the tenth of a second"))
    var summary = try JSONDecoder().decode(
      GameSummary.self,
      from: Data(
        #"{"score":0,"answered":0,"total":1,"right":0,"partial":0,"wrong":0,"accuracy":0,"bestStreak":0,"relearned":0,"relearnedRight":0,"seconds":0,"missed":[],"language":"en"}"#
          .utf8))
    summary.seconds = seconds
    let line = try #require(JSONLinesOutput.object(for: .summary(summary)))
    let data = try JSONEncoder().encode(line)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["seconds"] as? Double) == written, "\(String(decoding: data, as: UTF8.self))")
  }

  // MARK: Faults

  /// A home whose profiles folder belongs to `nobody`, for runs as `nobody` (root ignores modes).
  static func homeForNobody(_ home: SandboxHome) throws {
    try FileManager.default.createDirectory(at: home.profiles, withIntermediateDirectories: true)
    guard Robust.isRoot else { return }
    let paths = [
      home.url, home.url.appendingPathComponent("data"), home.url.appendingPathComponent("data/casequiz"),
      home.profiles,
    ]
    for url in paths { try #require(chown(url.path, uid_t(Robust.nobody.uid), gid_t(Robust.nobody.gid)) == 0) }
    for name in home.profileFiles() {
      try #require(
        chown(home.profiles.appendingPathComponent(name).path, uid_t(Robust.nobody.uid), gid_t(Robust.nobody.gid))
          == 0)
    }
  }

  static func game(_ home: SandboxHome, _ input: String, asNobody: Bool = false) throws -> (RawOutput, [[String: Any]])
  {
    let output = try Robust.run(
      [
        "play", "--json", "--no-relearn", "--seed", "7", "--count", "3", "--data-dir", CaseQuizProcess.packageRoot.path,
      ],
      environment: home.environment(), stdin: Data(input.utf8), asNobody: asNobody)
    Robust.expectNoCrash(output, "play --json")
    let objects = output.stdoutLines.compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    return (output, objects)
  }

  static func types(_ objects: [[String: Any]]) -> [String] {
    objects.map { object in
      let type = object["type"] as? String ?? "?"
      return type == "warning" ? "warning:" + (object["code"] as? String ?? "?") : type
    }
  }

  @Test func aReadOnlyProfileFolderGivesSaveFailedWarningsThenTheVerdictsAndAnswersLostAtTheEnd() throws {
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    try Self.homeForNobody(home)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: home.profiles.path)
    let (output, objects) = try Self.game(home, ":skip\n:skip\n:skip\n", asNobody: Robust.isRoot)
    #expect(output.status == 1, "\(output)")
    #expect(
      Self.types(objects) == [
        "hello", "warning:save-failed", "info", "question", "warning:save-failed", "verdict", "question",
        "warning:save-failed", "verdict", "question", "verdict", "summary", "warning:answers-lost",
      ], "\(output)")
    let warnings = objects.filter { $0["type"] as? String == "warning" }
    #expect(warnings.allSatisfy { ($0["path"] as? String)?.hasSuffix("default.lock") == true }, "\(warnings)")
    #expect(warnings.dropFirst().dropLast().map { $0["pending"] as? Int } == [1, 2])
    #expect(warnings.last?["lost"] as? Int == 4, "three answers and the game's record")
    #expect(!output.stdoutText.contains("\"type\":\"error\""))
    #expect(output.stderrLines.last?.contains("could not be saved and are lost") == true, "\(output)")
  }

  @Test func aDamagedProfileAJournalSetAsideAndAMigrationAreWarnings() throws {
    let fixture = CaseQuizProcess.packageRoot.appendingPathComponent(
      "Tests/QuizCoreTests/Fixtures/Profile/v1-profile.json")
    let cases: [(String, Data, String)] = [
      ("default.json", Data("{ not json".utf8), "profile-set-aside"),
      ("default.journal", Data("garbage line\n".utf8), "journal-set-aside"),
      ("default.json", try Data(contentsOf: fixture), "profile-migrated"),
    ]
    for (file, bytes, code) in cases {
      let home = try SandboxHome()
      try home.writeProfileFile(file, bytes)
      let (output, objects) = try Self.game(home, ":quit\n")
      #expect(output.status == 0, "\(output)")
      #expect(Array(Self.types(objects).prefix(2)) == ["hello", "warning:" + code], "\(output)")
      let path = try #require(objects[1]["path"] as? String)
      #expect(FileManager.default.fileExists(atPath: path), "\(path)")
    }
  }

  @Test func aFailedTidyUpIsACompactionWarningAndLosesNothing() throws {
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    try home.writeProfileFile("default.journal", try ProfileDiskTests.journal(events: 2, size: 5000))
    try home.writeProfileFile("default.lock", Data())
    try Self.homeForNobody(home)
    // The files can be written, the folder cannot: answers are appended, the profile is never replaced.
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: home.profiles.path)
    let (output, objects) = try Self.game(home, ":skip\n:quit\n", asNobody: Robust.isRoot)
    #expect(output.status == 0, "\(output)")
    let types = Self.types(objects)
    #expect(types.first == "hello" && types.last == "warning:compaction-failed", "\(output)")
    #expect(!types.contains("warning:save-failed") && !types.contains("warning:answers-lost"), "\(types)")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home.profiles.path)
    let show = try Robust.run(
      ["profile", "show", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment())
    #expect(show.stdoutText.contains("Answers: 3"), "\(show)")
  }
}
