import Foundation
import Testing

/// Bad `bank.json` files, each through `casequiz lint` and through the commands that read a bank to use it
/// (`questions`, `study`, `play`): one clear line naming the file and what is wrong, exit status 1, no crash.
@Suite("robustness: bad bank files")
struct BadBankFileTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// Breaks the bank of the data folder.
    var breakBank: @Sendable (CassezDataFolder) throws -> Void
    /// The end of the diagnostic: `error: …`.
    var message: String
    /// Whether the diagnostic has a line and column.
    var positioned = true
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty", breakBank: { try $0.writeBank(Data()) }, message: "error: the file is empty", positioned: false),
    Case(
      name: "not JSON", breakBank: { try $0.writeBank(Data("hello, bank\n".utf8)) },
      message: "error: unexpected word \"hello\" (strings must be in double quotes)"),
    Case(
      name: "truncated",
      breakBank: { data in
        let text = String(decoding: CassezDataFolder.shippedBank, as: UTF8.self)
        let facts = try #require(text.range(of: "\"facts\": ["))
        try data.writeBank(Data(text[..<facts.upperBound].utf8))
      },
      message: "is not closed"),
    Case(
      name: "invalid UTF-8",
      breakBank: { data in
        var bytes = CassezDataFolder.shippedBank
        let at = try #require(bytes.firstRange(of: Data("Cassez".utf8)))
        bytes.insert(0xFF, at: at.lowerBound + 3)
        try data.writeBank(bytes)
      },
      message: "error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"),
    Case(
      name: "byte-order mark", breakBank: { try $0.writeBank(Data([0xEF, 0xBB, 0xBF]) + CassezDataFolder.shippedBank) },
      message: "error: the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM"),
    Case(
      name: "nested 100,000 levels",
      breakBank: { try $0.writeBank(Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)) },
      message: "error: nesting deeper than 100 levels"),
    Case(
      name: "valid JSON, wrong shape (array)", breakBank: { try $0.writeBank(Data("[1, 2, 3]\n".utf8)) },
      message: "error: the bank: expected an object, found an array"),
    Case(
      name: "valid JSON, wrong shape (value type)", breakBank: { try $0.editBank("\"id\": \"cassez\"", "\"id\": 7") },
      message: "error: id: expected a string, found a number"),
    Case(
      name: "valid JSON, wrong shape (missing keys)", breakBank: { try $0.writeBank(Data("{\"facts\": 3}\n".utf8)) },
      message: "error: the bank is missing the key \"schemaVersion\""),
    Case(
      name: "duplicated fact id",
      breakBank: { try $0.editBank("\"id\": \"documentary-based-on-book\"", "\"id\": \"documentary-premiere-date\"") },
      message: "error: duplicate fact id \"documentary-premiere-date\" (first defined at line"),
    Case(
      name: "dangling entity id",
      breakBank: { try $0.editBank("\"subject\": \"kidnapping-scandal\"", "\"subject\": \"nobody\"") },
      message: "error: fact \"documentary-premiere-date\": unknown subject entity \"nobody\""),
    Case(
      name: "dangling relation id",
      breakBank: { try $0.editBank("\"relation\": \"premiered-on\"", "\"relation\": \"nothing\"") },
      message: "error: fact \"documentary-premiere-date\": unknown relation \"nothing\""),
    Case(
      name: "terminal escape sequence in a name",
      breakBank: { try $0.editBank("\"en\": \"Florence Cassez\"", "\"en\": \"Florence \\u001b[31mCassez\\u001b]0;pwned\\u0007\"") },
      message: "error: entity \"florence-cassez\": name.en contains the control character U+001B (escape, as in a terminal escape sequence)"),
    Case(
      name: "control character in an id (quoted escaped)",
      breakBank: { try $0.editBank("\"subject\": \"kidnapping-scandal\"", "\"subject\": \"nobody\\u001b[2J\\u0000\"") },
      message: "error: fact \"documentary-premiere-date\": unknown subject entity \"nobody\\u001B[2J\\u0000\""),
  ]

  @Test(arguments: cases)
  func lintNamesTheFileAndTheProblem(_ badCase: Case) throws {
    let data = try CassezDataFolder()
    try badCase.breakBank(data)
    let output = try Robust.run(["lint", data.bankFolder.path])
    Robust.expectNoCrash(output, "lint")
    #expect(output.status == 1, "\(output)")
    let diagnostic = try #require(output.stdoutLines.first { $0.contains(badCase.message) }, "\(output)")
    #expect(diagnostic.hasPrefix(data.bankFile.path + (badCase.positioned ? ":" : ": ")), "\(diagnostic)")
    #expect(output.stdoutLines.last?.hasSuffix("in 1 bank") == true, "\(output)")
    #expect(!output.stdout.contains(0x1B) && !output.stderr.contains(0x1B), "no raw ESC in \(output)")
  }

  @Test(arguments: cases)
  func questionsStudyAndPlayRefuseTheBankInOneLine(_ badCase: Case) throws {
    let data = try CassezDataFolder()
    try badCase.breakBank(data)
    let home = try SandboxHome()
    for command in [["questions"], ["study"], ["play", "--count", "2"]] {
      let output = try Robust.run(command + ["--data-dir", data.url.path], environment: home.environment(), stdin: Data())
      Robust.expectOneErrorLine(
        output, command[0], containing: [
          "casequiz: error: the bank in \(data.bankFolder.path) cannot be read (\(data.bankFile.path)", badCase.message,
          "run 'casequiz lint \(data.bankFolder.path)'",
        ])
      #expect(!output.stderr.contains(0x1B), "no raw ESC in \(output)")
    }
  }

  // MARK: Files that are not files

  @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
    let data = try CassezDataFolder()
    try data.writeBank(Data())
    // Sparse: instant, and takes no disk space.
    let handle = try FileHandle(forWritingTo: data.bankFile)
    try handle.truncate(atOffset: 600 * 1024 * 1024)
    try handle.close()
    defer { try? FileManager.default.removeItem(at: data.bankFile) }
    let message = "error: the file is 600 MB, over the 512 MB limit; it was not read"
    let lint = try Robust.run(["lint", data.bankFolder.path])
    #expect(lint.status == 1)
    #expect(lint.stdoutLines == ["\(data.bankFile.path): \(message)", "1 error in 1 bank"], "\(lint)")
    for command in ["questions", "study"] {
      let output = try Robust.run([command, "--data-dir", data.url.path])
      Robust.expectOneErrorLine(output, command, containing: ["(\(data.bankFile.path): \(message))"])
    }
  }

  @Test func aFolderWhereTheBankShouldBe() throws {
    let data = try CassezDataFolder()
    try FileManager.default.removeItem(at: data.bankFile)
    try FileManager.default.createDirectory(at: data.bankFile, withIntermediateDirectories: false)
    let message = "error: this is a folder, not a file"
    let lint = try Robust.run(["lint", data.bankFolder.path])
    Robust.expectNoCrash(lint, "lint")
    #expect(lint.status == 1)
    #expect(lint.stdoutLines == ["\(data.bankFile.path): \(message)", "1 error in 1 bank"], "\(lint)")
    // Naming the folder itself: it holds no bank.json file.
    let direct = try Robust.run(["lint", data.bankFile.path])
    #expect(direct.status == 1)
    #expect(direct.stdoutLines.first == "\(data.bankFile.path): error: no bank.json in this folder or in bank folders below it")
    for command in ["questions", "study"] {
      let output = try Robust.run([command, "--data-dir", data.url.path])
      Robust.expectOneErrorLine(output, command, containing: ["(\(data.bankFile.path): \(message))"])
    }
  }

  @Test func aFIFOWhereTheBankShouldBeIsNotWaitedOn() throws {
    let data = try CassezDataFolder()
    try FileManager.default.removeItem(at: data.bankFile)
    try #require(mkfifo(data.bankFile.path, 0o644) == 0)
    let message = "error: not a regular file"
    let lint = try Robust.run(["lint", data.bankFolder.path], timeout: 30)
    Robust.expectNoCrash(lint, "lint")
    #expect(lint.stdoutLines == ["\(data.bankFile.path): \(message)", "1 error in 1 bank"], "\(lint)")
    let output = try Robust.run(["questions", "--data-dir", data.url.path], timeout: 30)
    Robust.expectOneErrorLine(output, "questions", containing: ["(\(data.bankFile.path): \(message))"])
  }

  /// `chmod 000` does not stop root from reading, and the tests run as root here: then the binary runs as
  /// `nobody` (with `setpriv`), which the mode does stop.
  @Test func anUnreadableBank() throws {
    let data = try CassezDataFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: data.bankFile.path)
    let asNobody = Robust.isRoot
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: home.url.path)
    let message = "error: permission denied"
    let lint = try Robust.run(["lint", data.bankFolder.path], environment: home.environment(), asNobody: asNobody)
    Robust.expectNoCrash(lint, "lint")
    #expect(lint.stdoutLines == ["\(data.bankFile.path): \(message)", "1 error in 1 bank"], "\(lint)")
    for command in ["questions", "study"] {
      let output = try Robust.run(
        [command, "--data-dir", data.url.path], environment: home.environment(), asNobody: asNobody)
      Robust.expectOneErrorLine(output, command, containing: ["(\(data.bankFile.path): \(message))"])
    }
  }

  // MARK: Data folders

  @Test func aDataFolderThatDoesNotExistOrHoldsNoBank() throws {
    let empty = try TemporaryFolder()
    let missing = empty.url.appendingPathComponent("nowhere").path
    for command in ["questions", "study", "play", "lint", "banks"] {
      let output = try Robust.run([command, "--data-dir", missing])
      Robust.expectOneErrorLine(output, command, containing: ["--data-dir \"\(missing)\": no such folder"])
      let noBanks = try Robust.run([command, "--data-dir", empty.url.path])
      Robust.expectOneErrorLine(
        noBanks, command, containing: ["--data-dir \"\(empty.url.path)\": no QuestionBanks folder in it"])
    }
  }

  @Test func missingCatalogsAreNamed() throws {
    let data = try CassezDataFolder()
    try FileManager.default.removeItem(at: data.url.appendingPathComponent("Locales/es.json"))
    let output = try Robust.run(["questions", "--data-dir", data.url.path])
    Robust.expectOneErrorLine(
      output, "questions", containing: [data.url.appendingPathComponent("Locales/es.json").path, "no such file"])
  }
}
