import Foundation
import Testing

@Suite("casequiz lint")
struct LintCommandTests {
  @Test func aCleanCopyOfTheBanksPasses() throws {
    let data = try TemporaryFolder.withMiniBank()
    let output = try CaseQuizProcess.run(["lint", "--data-dir", data.url.path])
    #expect(output == .init(status: 0, stdout: "mini: no problems found\n", stderr: ""))
  }

  @Test func everyBankOfTheDataFolderIsLinted() throws {
    let data = try TemporaryFolder.withMiniBank()
    let second = data.url.appendingPathComponent("QuestionBanks/mini-two")
    try FileManager.default.copyItem(at: data.bankFile.deletingLastPathComponent(), to: second)
    let file = second.appendingPathComponent("bank.json")
    let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
      of: "\"id\": \"mini\"", with: "\"id\": \"mini-two\"")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let output = try CaseQuizProcess.run(
      ["lint"], environment: CaseQuizProcess.environment(["CASEQUIZ_DATA_DIR": data.url.path]))
    #expect(output == .init(status: 0, stdout: "no problems found in 2 banks\n", stderr: ""))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var find: String
    var replace: String
    var arguments: [String] = []
    var status: Int32
    var stdout: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "syntax error", find: "\"languages\": [\"en\", \"es\"]", replace: "\"languages\": [\"en\", \"es\",]",
      status: 1,
      stdout: ["QuestionBanks/mini/bank.json:9:28: error: trailing comma before ']'", "1 error in 1 bank"]),
    Case(
      name: "unknown entity", find: "\"subject\": \"brass-lens\"", replace: "\"subject\": \"golden-lens\"", status: 1,
      stdout: [
        "QuestionBanks/mini/bank.json:53:5: warning: entity \"brass-lens\" is not used by any fact",
        "QuestionBanks/mini/bank.json:172:7: error: fact \"lens-stolen\": unknown subject entity \"golden-lens\"",
        "1 error, 1 warning in 1 bank",
      ]),
    Case(
      name: "warnings pass", find: "\"The accused.\"", replace: "\"The accused. \"", status: 0,
      stdout: [
        "QuestionBanks/mini/bank.json:43:24: warning: entity \"ana-ruiz\": description.en has spaces at its start or end",
        "1 warning in 1 bank",
      ]),
    Case(
      name: "warnings fail with --strict", find: "\"The accused.\"", replace: "\"The accused. \"",
      arguments: ["--strict"], status: 1,
      stdout: [
        "QuestionBanks/mini/bank.json:43:24: warning: entity \"ana-ruiz\": description.en has spaces at its start or end",
        "1 warning in 1 bank",
      ]),
    Case(
      name: "missing source file", find: "\"file\": \"sources/nota.txt\"", replace: "\"file\": \"sources/nota2.txt\"",
      status: 1,
      stdout: [
        "QuestionBanks/mini/bank.json:23:7: error: source \"nota\": cannot read \"sources/nota2.txt\": no such file",
        "1 error in 1 bank",
      ]),
  ]

  @Test("A broken bank prints exact lines", arguments: cases)
  func brokenBank(_ test: Case) throws {
    let data = try TemporaryFolder.withMiniBank()
    try data.editBank(test.find, test.replace)
    let output = try CaseQuizProcess.run(["lint", "QuestionBanks/mini"] + test.arguments, in: data.url)
    #expect(output == .init(status: test.status, stdout: test.stdout.map { $0 + "\n" }.joined(), stderr: ""))
  }

  /// Inputs that are not banks at all: each gets a message and exit status 1, never a crash.
  @Test func hostileInputsGetMessages() throws {
    let folder = try TemporaryFolder()
    let manager = FileManager.default
    func file(_ name: String, _ bytes: [UInt8]) -> String {
      _ = manager.createFile(atPath: folder.url.appendingPathComponent(name).path, contents: Data(bytes))
      return name
    }
    let binary = file("binary.json", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF])
    let deep = file("deep.json", Array(repeating: UInt8(ascii: "["), count: 100_000))
    let latin1 = file("latin1.json", Array("{\"id\": \"caf".utf8) + [0xE9, 0x22, 0x7D])
    let empty = file("empty.json", [])
    let huge = file("huge.json", [])
    let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent(huge))
    try handle.truncate(atOffset: 600 * 1024 * 1024)  // sparse: takes no disk space
    try handle.close()
    try manager.createDirectory(at: folder.url.appendingPathComponent("nobank"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.url.appendingPathComponent("dir/bank.json"), withIntermediateDirectories: true)

    let output = try CaseQuizProcess.run(
      ["lint", binary, deep, latin1, empty, huge, "nobank", "dir", "missing.json", "/dev/zero"], in: folder.url)
    #expect(output.status == 1)
    #expect(output.stderr == "")
    #expect(
      output.stdout.split(separator: "\n") == [
        "binary.json:1:7: error: the file contains a NUL byte: it is not a text file",
        "deep.json:1:101: error: nesting deeper than 100 levels",
        "latin1.json:1:12: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8",
        "empty.json: error: the file is empty",
        "huge.json: error: the file is 600 MB, over the 512 MB limit; it was not read",
        "nobank: error: no bank.json in this folder or in bank folders below it",
        "dir/bank.json: error: this is a folder, not a file",
        "missing.json: error: no such file or folder",
        "/dev/zero: error: not a regular file",
        "9 errors in 7 banks",
      ])
  }

  @Test func badUsageExitsWithTwo() throws {
    let output = try CaseQuizProcess.run(["lint", "--bogus"])
    #expect(
      output
        == .init(
          status: 2, stdout: "", stderr: "casequiz: error: unknown option '--bogus' (see 'casequiz lint --help')\n"))
  }

  /// The banks shipped in the repository's `QuestionBanks/` must lint without errors.
  @Test func theRepositoryBanksHaveNoErrors() throws {
    let banks = CaseQuizProcess.packageRoot.appendingPathComponent("QuestionBanks")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: banks.path)) ?? []
    for name in names.sorted()
    where FileManager.default.fileExists(atPath: banks.appendingPathComponent("\(name)/bank.json").path) {
      let output = try CaseQuizProcess.run(["lint", banks.appendingPathComponent(name).path])
      #expect(output.status == 0, "casequiz lint QuestionBanks/\(name):\n\(output.stdout)\(output.stderr)")
    }
  }

  /// Issue 16, item 4: a key holding `[` (an escape sequence) is an unknown key like any other, and a long
  /// value is cut in the message.
  @Test func irregularKeysAreReportedAndLongValuesCut() throws {
    let data = try CassezDataFolder()
    var bank = try #require(try JSONSerialization.jsonObject(with: CassezDataFolder.shippedBank) as? [String: Any])
    bank["\u{1B}[31mred"] = 1
    var facts = try #require(bank["facts"] as? [[String: Any]])
    facts[0]["weird[0]"] = true
    facts[1]["topic"] = String(repeating: "y", count: 100_000)
    bank["facts"] = facts
    try JSONSerialization.data(withJSONObject: bank).write(to: data.bankFile)
    for strict in [false, true] {
      let output = try CaseQuizProcess.run(["lint", data.bankFolder.path] + (strict ? ["--strict"] : []))
      #expect(output.status == 1)
      let lines = output.stdout.split(separator: "\n")
      #expect(
        lines.contains { $0.hasSuffix("warning: unknown key \"\\u001B[31mred\" in the bank is ignored") }, "\(lines)")
      #expect(lines.contains { $0.hasSuffix("warning: unknown key \"weird[0]\" in facts[0] is ignored") }, "\(lines)")
      let long = try #require(lines.first { $0.contains("unknown topic") })
      #expect(long.hasSuffix("unknown topic \"" + String(repeating: "y", count: 80) + "…\""), "\(long.prefix(300))")
      #expect(lines.allSatisfy { $0.count < 400 })
      #expect(!output.stdout.contains("\u{1B}"))
    }
  }
}
