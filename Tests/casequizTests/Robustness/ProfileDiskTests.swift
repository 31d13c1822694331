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
    #expect(output.stderrLines.count >= 2, "\(output)")
    for line in output.stderrLines.dropLast() {
      #expect(line.hasPrefix("casequiz: warning: Could not save the profile “default” ("), "\(line)")
      #expect(line.contains("the disk is full"), "\(line)")
    }
    #expect(output.stdoutText.contains("\"type\":\"summary\""), "the game went on to its end\n\(output)")
    // At the end, the answers that could never be written are lost: said in one error line, exit status 1.
    #expect(output.status == 1, "\(output)")
    #expect(
      output.stderrLines.last?.hasPrefix("casequiz: error: Could not save the profile “default” (") == true, "\(output)")
    #expect(output.stderrLines.last?.contains("the disk is full); ") == true, "\(output)")
    #expect(output.stderrLines.last?.hasSuffix("of this game could not be saved and are lost.") == true, "\(output)")

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
      #expect(line.hasPrefix("casequiz: warning: Could not save the profile “default” ("), "\(line)")
      #expect(line.contains("the folder is read-only"), "\(line)")
    }
    let show = try Robust.run(
      ["profile", "show", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment())
    Robust.expectNoCrash(show, "profile show on a read-only folder")
    #expect(show.status == 0, "\(show)")
    #expect(FolderSnapshot(home.profiles) == before, "nothing changed")
  }
}
