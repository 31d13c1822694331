import Foundation
import QuizCore
import Testing

/// A small tmpfs mounted on a folder for one test: a disk that fills up, or a read-only one. Mounting needs
/// root (and a kernel that allows it, as in the usual CI containers); without it these tests are skipped with
/// that reason.
final class TinyDisk {
  let mountPoint: URL

  init(at mountPoint: URL, kilobytes: Int) throws {
    self.mountPoint = mountPoint
    try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    try #require(Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", mountPoint.path]) == 0)
  }

  deinit { _ = Self.command("/bin/umount", ["-l", mountPoint.path]) }

  /// Makes the disk read-only (what a full quota or a read-only remount looks like to the game).
  func makeReadOnly() throws {
    try #require(Self.mount(["-o", "remount,ro", mountPoint.path]) == 0)
  }

  /// Fills the disk with a file until a write fails.
  func fill() throws {
    let filler = mountPoint.appendingPathComponent("filler")
    _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
    let fd = open(filler.path, O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    let chunk = [UInt8](repeating: 0x2E, count: 512)
    while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
  }

  /// Whether this machine lets the tests mount a tmpfs (tried once).
  static let available: Bool = {
    guard geteuid() == 0, let probe = try? TemporaryFolder() else { return false }
    let point = probe.url.appendingPathComponent("probe")
    guard (try? FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)) != nil,
      mount(["-t", "tmpfs", "-o", "size=16k", "tmpfs", point.path]) == 0
    else { return false }
    _ = command("/bin/umount", [point.path])
    return true
  }()

  private static func mount(_ arguments: [String]) -> Int32 { command("/bin/mount", arguments) }

  private static func command(_ path: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

@Suite("robustness: a full or read-only disk under the profile")
struct ProfileDiskTests {
  /// Journal lines (real Cassez questions) filling `size` bytes exactly: events, then one line of spaces
  /// (blank lines are skipped when reading).
  static func journal(events count: Int, size: Int) throws -> Data {
    var data = Data()
    for minute in 0..<count {
      data += try ProfileDecoding.line(for: Script.answer("documentary-platform.typed", .right, minute: Double(minute)))
      data.append(0x0A)
    }
    precondition(data.count < size - 1)
    data += Data(repeating: 0x20, count: size - data.count - 1)
    data.append(0x0A)
    return data
  }

  static func game(_ home: SandboxHome, answers: String) throws -> RawOutput {
    try Robust.run(
      ["play", "--json", "--count", "3", "--seed", "7", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), stdin: Data(answers.utf8))
  }

  @Test(
    "the disk fills up mid-save: the game goes on, says so, and nothing on disk is lost or half-written",
    .enabled(if: TinyDisk.available, "needs root and permission to mount a tmpfs"))
  func diskFullMidSave() throws {
    let home = try SandboxHome()
    let disk = try TinyDisk(at: home.url.appendingPathComponent("data"), kilobytes: 64)
    // A profile with a snapshot, and a journal ending 200 bytes before the end of its page, so that the next
    // appended line (about 400 bytes) is written in part before the disk is full.
    _ = try Self.game(home, answers: ":skip\n:skip\n:skip\n")
    let snapshotURL = home.profiles.appendingPathComponent("default.json")
    let journalURL = home.profiles.appendingPathComponent("default.journal")
    let journal = try Self.journal(events: 3, size: 4096 - 200)
    try journal.write(to: journalURL)
    let snapshot = try Data(contentsOf: snapshotURL)
    try disk.fill()

    let output = try Self.game(home, answers: "a\ntrue\n:skip\n")
    Robust.expectNoCrash(output, "play on a full disk")
    // Each failed save is a `save-failed` warning on standard output (--json); standard error has the end.
    #expect(output.stderrLines.count == 1, "\(output)")
    let warnings = output.stdoutLines.filter { $0.contains("\"type\":\"warning\"") }
    #expect(warnings.count >= 2, "\(output)")
    for line in warnings.dropLast() {
      #expect(line.contains("\"code\":\"save-failed\"") && line.contains("the disk is full"), "\(line)")
    }
    #expect(warnings.last?.contains("\"code\":\"answers-lost\"") == true, "\(output)")
    #expect(output.stdoutText.contains("\"type\":\"summary\""), "the game went on to its end\n\(output)")
    // At the end, the answers that could never be written are lost: said in one error line, exit status 1.
    #expect(output.status == 1, "\(output)")
    #expect(
      output.stderrLines.last?.hasPrefix("casequiz: error: could not save the profile “default” (") == true, "\(output)"
    )
    #expect(output.stderrLines.last?.contains("the disk is full); ") == true, "\(output)")
    #expect(output.stderrLines.last?.contains("of this game could not be saved and are lost.") == true, "\(output)")

    // Nothing lost or half-written: the snapshot is the same, the journal holds exactly what it held, and no
    // temporary file is left behind.
    #expect(try Data(contentsOf: snapshotURL) == snapshot)
    #expect(try Data(contentsOf: journalURL) == journal)
    #expect(
      home.profileFiles() == ["default.history.jsonl", "default.journal", "default.json", "default.lock"],
      "\(home.profileFiles())")

    // With room again, the profile reads whole: the snapshot's answers plus the journal's.
    try FileManager.default.removeItem(at: disk.mountPoint.appendingPathComponent("filler"))
    let before = try ProfileDecoding.profile(from: snapshot).profile.tallies.overall.answered
    let show = try Robust.run(
      ["profile", "show", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment())
    #expect(show.status == 0 && show.stderr.isEmpty, "\(show)")
    #expect(show.stdoutText.contains("Answers: \(before + 3)"), "\(show)")
  }

  @Test(
    "a read-only profile folder: the game is played, the profile is untouched, the reason is given",
    .enabled(if: TinyDisk.available, "needs root and permission to mount a tmpfs"))
  func readOnlyProfileFolder() throws {
    let home = try SandboxHome()
    let disk = try TinyDisk(at: home.url.appendingPathComponent("data"), kilobytes: 256)
    _ = try Self.game(home, answers: ":skip\n:skip\n:skip\n")
    try Self.journal(events: 2, size: 2000).write(to: home.profiles.appendingPathComponent("default.journal"))
    try disk.makeReadOnly()
    let before = FolderSnapshot(home.profiles)

    let output = try Self.game(home, answers: "a\ntrue\n:quit\n")
    Robust.expectNoCrash(output, "play on a read-only folder")
    #expect(output.stdoutText.contains("\"type\":\"summary\""), "\(output)")
    #expect(output.stderrLines.count >= 2, "\(output)")
    #expect(output.status == 1, "answers that cannot be saved are an error at the end\n\(output)")
    #expect(output.stderrLines.last?.hasPrefix("casequiz: error: ") == true, "\(output)")
    #expect(output.stderrLines.last?.contains("could not be saved and are lost") == true, "\(output)")
    for line in output.stderrLines.dropLast() {
      #expect(line.hasPrefix("casequiz: warning: The profile “default” cannot be saved ("), "\(line)")
      #expect(line.contains("the folder is read-only"), "\(line)")
    }
    let show = try Robust.run(
      ["profile", "show", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment())
    Robust.expectNoCrash(show, "profile show on a read-only folder")
    #expect(show.status == 0, "\(show)")
    #expect(FolderSnapshot(home.profiles) == before, "nothing changed")
  }

  /// Issue 16, item 7: the disk fills up just before the last answer. That answer gets no promise to be saved
  /// "with the next answer" (there is none): the end of the game tries again, then says how many answers are
  /// lost, in one error line naming the file and what to do, and exits 1; `--json` says it in an
  /// `answers-lost` warning after the summary.
  @Test(
    "the disk fills up at the very end: one true message, a retry, and exit status 1",
    .enabled(if: TinyDisk.available, "needs root and permission to mount a tmpfs"))
  func diskFullAtTheVeryEnd() throws {
    let home = try SandboxHome()
    let disk = try TinyDisk(at: home.url.appendingPathComponent("data"), kilobytes: 64)
    let game = try LiveGame(
      ["play", "--json", "--no-relearn", "--count", "3", "--seed", "7", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment())
    game.send(":skip\n:skip\n")
    try #require(game.wait(for: { $0.contains("\"index\":3") }), "\(game.stdout)")
    // The journal ends at a page boundary, so the last answer needs a page the full disk does not have.
    let journal = home.profiles.appendingPathComponent("default.journal")
    let handle = try FileHandle(forWritingTo: journal)
    let size = try handle.seekToEnd()
    let padding = (4096 - Int(size % 4096)) % 4096
    if padding > 0 { try handle.write(contentsOf: Data(repeating: 0x20, count: padding - 1) + Data([0x0A])) }
    try handle.close()
    try disk.fill()
    game.send(":skip\n")
    game.closeInput()
    let status = game.exitStatus(timeout: 60)
    #expect(status == 1, "\(game.stdout)\n\(game.stderr)")
    let types = game.objects.map { object in
      (object["type"] as? String ?? "?") + ((object["code"] as? String).map { ":" + $0 } ?? "")
    }
    #expect(Array(types.suffix(4)) == ["question", "verdict", "summary", "warning:answers-lost"], "\(types)")
    #expect(game.objects.last?["lost"] as? Int == 2, "the last answer and the game's record")
    let stderr = game.stderr.split(separator: "\n")
    #expect(stderr.count == 1, "\(game.stderr)")
    #expect(stderr.last?.hasPrefix("casequiz: error: could not save the profile “default” (") == true, "\(game.stderr)")
    #expect(
      stderr.last?.contains("the disk is full); 2 answers or changes of this game could not be saved and are lost")
        == true)
    #expect(!(game.stdout + game.stderr).contains("will be saved with the next answer"))
  }
}
