import Foundation
import QuizCore
import Testing

/// Bad profile files, read by `casequiz profile show --profile alice` with `XDG_DATA_HOME` in a temporary
/// folder: a damaged snapshot is set aside byte for byte with one warning and a fresh profile starts; a
/// profile from a newer casequiz is refused and left alone; a folder that cannot be written loses nothing.
@Suite("robustness: bad profile files")
struct BadProfileFileTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () -> Data
    /// The reason the warning gives, in parentheses.
    var reason: String
    var testDescription: String { name }
  }

  /// A real schema-2 snapshot with answers.
  static let goodProfile: Data = {
    let url = CaseQuizProcess.packageRoot.appendingPathComponent("Fuzz/corpus/ProfileDecoding/v2-profile.json")
    return (try? Data(contentsOf: url)) ?? Data()
  }()

  static let cases: [Case] = [
    Case(name: "empty", bytes: { Data() }, reason: "the file is empty"),
    Case(name: "only whitespace", bytes: { Data(" \n\t\n".utf8) }, reason: "the file is empty"),
    Case(name: "not JSON", bytes: { Data("score: 12\n".utf8) }, reason: "the file is not valid JSON"),
    Case(name: "truncated", bytes: { goodProfile.prefix(goodProfile.count / 2) }, reason: "the file is not valid JSON"),
    Case(
      name: "invalid UTF-8", bytes: { Data(#"{"schemaVersion": 2, "banks": {"x"#.utf8) + Data([0xFF]) + Data(#"": {}}}"#.utf8) },
      reason: "the file is not UTF-8 text"),
    Case(
      name: "nested 100,000 levels",
      bytes: { Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8) },
      reason: "the file is not valid JSON"),
    Case(name: "valid JSON, wrong shape", bytes: { Data("[1, 2, 3]\n".utf8) }, reason: "the file does not hold a profile"),
    Case(
      name: "valid JSON, wrong type inside", bytes: { Data(#"{"schemaVersion": 2, "answers": 5}"#.utf8) },
      reason: "unexpected content at answers"),
    Case(
      name: "terminal escape sequence in a key",
      bytes: { Data(#"{"schemaVersion": 2, "banks": {"cassez": {"questions": {"x\u001b[2J": 3}}}}"#.utf8) },
      reason: "unexpected content at banks.cassez.questions.x"),
  ]

  @Test(arguments: cases)
  func aDamagedSnapshotIsSetAsideByteForByte(_ badCase: Case) throws {
    let home = try SandboxHome()
    let bytes = badCase.bytes()
    try home.writeProfileFile("alice.json", bytes)
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment())
    Robust.expectNoCrash(output, "profile show")
    #expect(output.status == 0, "\(output)")
    let aside = try #require(home.profileFiles().first { $0.hasPrefix("alice.corrupt-") }, "\(home.profileFiles())")
    let asidePath = home.profiles.appendingPathComponent(aside).path
    #expect(output.stderrLines.count == 1, "\(output)")
    #expect(
      output.stderrText.hasPrefix(
        "casequiz: warning: The profile “alice” could not be read (\(badCase.reason)"), "\(output)")
    #expect(output.stderrText.contains("kept, untouched, as \(asidePath)"), "\(output)")
    #expect(!output.stderr.contains(0x1B) && !output.stdout.contains(0x1B), "no raw ESC")
    #expect(try Data(contentsOf: URL(fileURLWithPath: asidePath)) == bytes, "set aside byte for byte")
    #expect(output.stdoutText.contains("Profile “alice”"), "\(output)")
  }

  @Test func aByteOrderMarkIsReadNotLost() throws {
    let home = try SandboxHome()
    try home.writeProfileFile("alice.json", Data([0xEF, 0xBB, 0xBF]) + Self.goodProfile)
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(["CASEQUIZ_LANG": "en"]))
    Robust.expectNoCrash(output, "profile show")
    // A schema 2 profile: read, and migrated (the only line on standard error says so).
    #expect(output.status == 0 && output.stderrLines.count == 1, "\(output)")
    #expect(output.stderrText.contains("upgraded from schema version 2 to 3"), "\(output)")
    #expect(output.stdoutText.contains("Answers: 2"), "\(output)")
    let again = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(["CASEQUIZ_LANG": "en"]))
    #expect(again.status == 0 && again.stderr.isEmpty, "\(again)")
    #expect(again.stdoutText.contains("Answers: 2"), "\(again)")
  }

  @Test func aHundredMegabyteSnapshotIsSetAsideNotLoadedForever() throws {
    let home = try SandboxHome()
    try home.writeProfileFile("alice.json", Data())
    let file = home.profiles.appendingPathComponent("alice.json")
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 100 * 1024 * 1024)
    try handle.close()
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), timeout: 60)
    Robust.expectNoCrash(output, "profile show")
    #expect(output.status == 0)
    #expect(output.stderrText.contains("could not be read (the file is not valid JSON, line 1, column 1)"), "\(output)")
    let aside = try #require(home.profileFiles().first { $0.hasPrefix("alice.corrupt-") })
    let size = try FileManager.default.attributesOfItem(atPath: home.profiles.appendingPathComponent(aside).path)[.size]
    #expect((size as? NSNumber)?.intValue == 100 * 1024 * 1024)
    try? FileManager.default.removeItem(at: home.profiles.appendingPathComponent(aside))
  }

  @Test func aFolderWhereTheSnapshotShouldBe() throws {
    let home = try SandboxHome()
    let snapshot = home.profiles.appendingPathComponent("alice.json")
    try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
    try Data("keep me".utf8).write(to: snapshot.appendingPathComponent("inside.txt"))
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment())
    Robust.expectNoCrash(output, "profile show")
    #expect(output.status == 0, "\(output)")
    #expect(output.stderrLines.count == 1 && output.stderrText.contains("could not be read ("), "\(output)")
    let aside = try #require(home.profileFiles().first { $0.hasPrefix("alice.corrupt-") })
    #expect(
      try String(contentsOf: home.profiles.appendingPathComponent("\(aside)/inside.txt"), encoding: .utf8) == "keep me")
  }

  @Test func aFIFOWhereTheSnapshotShouldBeIsNotWaitedOn() throws {
    let home = try SandboxHome()
    try FileManager.default.createDirectory(at: home.profiles, withIntermediateDirectories: true)
    try #require(mkfifo(home.profiles.appendingPathComponent("alice.json").path, 0o600) == 0)
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), timeout: 30)
    Robust.expectNoCrash(output, "profile show")
    #expect(output.status == 0, "\(output)")
    #expect(output.stderrLines.count == 1 && output.stderrText.contains("could not be read ("), "\(output)")
  }

  /// Root reads a file of mode 000: the binary then runs as `nobody` (with `setpriv`) in a folder it owns.
  @Test func anUnreadableSnapshotIsLeftWhereItIsOrSetAsideUntouched() throws {
    let asNobody = Robust.isRoot
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    try home.writeProfileFile("alice.json", Self.goodProfile)
    let file = home.profiles.appendingPathComponent("alice.json")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    if asNobody {
      for path in [home.url.path, home.url.appendingPathComponent("data").path,
        home.url.appendingPathComponent("data/casequiz").path, home.profiles.path, file.path]
      {
        try #require(chown(path, uid_t(Robust.nobody.uid), gid_t(Robust.nobody.gid)) == 0)
      }
    }
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), asNobody: asNobody)
    Robust.expectNoCrash(output, "profile show")
    #expect(output.stderrLines.count == 1, "\(output)")
    #expect(output.stderrText.contains("permission denied"), "\(output)")
    // Whatever the store chose, the bytes are still on disk, under the old name or set aside.
    let kept = home.profileFiles().filter { $0 == "alice.json" || $0.hasPrefix("alice.corrupt-") }
    try #require(kept.count == 1, "\(home.profileFiles())")
    let keptPath = home.profiles.appendingPathComponent(kept[0]).path
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keptPath)
    #expect(FileManager.default.contents(atPath: keptPath) == Self.goodProfile)
  }

  @Test func aProfileFromAFutureSchemaIsRefusedAndLeftByteIdentical() throws {
    let home = try SandboxHome()
    let future = Data(#"{"schemaVersion": 99, "banks": {"cassez": {"questions": {}}}, "somethingNew": [1, 2]}"#.utf8)
    try home.writeProfileFile("alice.json", future)
    let before = FolderSnapshot(home.url)
    for command in [["profile", "show"], ["stats"], ["play", "--count", "1"]] {
      let output = try Robust.run(
        command + ["--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
        environment: home.environment(), stdin: Data("a\n".utf8))
      let path = home.profiles.appendingPathComponent("alice.json").path
      Robust.expectOneErrorLine(
        output, command.joined(separator: " "),
        containing: [
          "casequiz: error: the profile \(path) was written by a newer casequiz (schema version 99; this one reads up to version \(Profile.currentSchemaVersion)); the file was left untouched. Install a newer casequiz to use it, or start over with: casequiz profile reset --force --profile alice (the file is kept as a backup)."
        ])
    }
    #expect(FileManager.default.contents(atPath: home.profiles.appendingPathComponent("alice.json").path) == future)
    let changed = FolderSnapshot(home.url).changes(since: before)
    #expect(
      changed.allSatisfy { $0.hasSuffix("alice.lock") || $0.hasPrefix("state") || $0.hasPrefix("cache/") },
      "\(changed)")
  }

  /// Found by the ProfileDecoding fuzz target: counts and points at Int.max overflowed when added to (in
  /// `stats`, and at the first answer of a game).
  @Test func absurdNumbersInAProfileDoNotCrash() throws {
    let home = try SandboxHome()
    let fixture = try Data(
      contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent(
        "Tests/QuizCoreTests/Fixtures/FuzzRegressions/ProfileDecoding/int-max-counts-and-points"))
    let nul = try #require(fixture.firstIndex(of: 0))
    try home.writeProfileFile("default.json", fixture[..<nul])
    try home.writeProfileFile("default.journal", fixture[(nul + 1)...])
    let data = ["--data-dir", CaseQuizProcess.packageRoot.path]
    for (command, input) in [
      (["profile", "show"], ""), (["stats"], ""), (["stats", "--json"], ""), (["review", "--list"], ""),
      (["play", "--count", "2", "--seed", "3"], "a\ntrue\n"),
    ] {
      let output = try Robust.run(command + data, environment: home.environment(), stdin: Data(input.utf8))
      Robust.expectNoCrash(output, command.joined(separator: " "))
      #expect(output.status == 0, "\(command)\n\(output)")
    }
  }

  /// Found by the ProfileDecoding fuzz target: a date read with an offset before 0000-01-01 was written back
  /// as "00-1-12-31…", which no longer parsed, so the next start set the whole profile aside.
  @Test func aDateAtTheEdgeOfTimeDoesNotMakeTheProfileUnreadable() throws {
    let home = try SandboxHome()
    let line = try ProfileDecoding.line(for: Script.answer("documentary-platform.typed", .right, minute: 0))
    let edge = String(decoding: line, as: UTF8.self).replacingOccurrences(
      of: "\"answeredAt\":\"2026-03-01T12:00:00.000Z\"", with: "\"answeredAt\":\"0000-01-01T00:00:00+23:59\"")
    try #require(edge != String(decoding: line, as: UTF8.self))
    try home.writeProfileFile("default.journal", Data((edge + "\n").utf8))
    let data = ["--data-dir", CaseQuizProcess.packageRoot.path]
    let first = try Robust.run(["profile", "show"] + data, environment: home.environment())
    #expect(first.status == 0 && first.stderr.isEmpty, "\(first)")
    let second = try Robust.run(["profile", "show"] + data, environment: home.environment())
    #expect(second.status == 0 && second.stderr.isEmpty, "the profile written reads back\n\(second)")
    #expect(second.stdoutText.contains("Answers: 1"), "\(second)")
    #expect(!home.profileFiles().contains { $0.contains("corrupt") }, "\(home.profileFiles())")
  }

  @Test func damagedJournalLinesKeepTheGoodOnes() throws {
    let home = try SandboxHome()
    let good = try ProfileDecoding.line(for: Script.answer("documentary-platform.typed", .right, minute: 0))
    let journal = good + Data("\n".utf8) + Data([0xFF, 0x00, 0x1B]) + Data("\n{\"type\":\"answer\"\n".utf8)
      + Data(String(repeating: "[", count: 100_000).utf8) + Data("\n".utf8)
    try home.writeProfileFile("alice.journal", journal)
    let output = try Robust.run(
      ["profile", "show", "--profile", "alice", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment())
    Robust.expectNoCrash(output, "profile show")
    #expect(output.status == 0, "\(output)")
    #expect(output.stderrLines.count == 1, "\(output)")
    let aside = try #require(home.profileFiles().first { $0.hasPrefix("alice.corrupt-") && $0.hasSuffix(".journal") })
    #expect(FileManager.default.contents(atPath: home.profiles.appendingPathComponent(aside).path) == journal)
    #expect(output.stdoutText.contains("Answers: 1"), "\(output)")
  }
}
