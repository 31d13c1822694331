import Foundation
import QuizCore
import Testing

/// Issue 16, item 3: messages name the real cause. Modes of 000 do not stop root: as root the binary runs as
/// `nobody` (with `setpriv`) on files it does not own.
@Suite("robustness: messages that name the real cause")
struct FaultMessageTests {
  /// A data folder copy readable by `nobody`, with one of its folders made unreadable.
  @Test(arguments: ["", "QuestionBanks", "QuestionBanks/cassez"])
  func anUnreadableDataOrBankFolderSaysPermissionDenied(_ unreadable: String) throws {
    guard Robust.canMakeFilesUnreadable() else { return }
    let data = try CassezDataFolder()
    let target = unreadable.isEmpty ? data.url : data.url.appendingPathComponent(unreadable)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: target.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path) }
    let home = try SandboxHome()
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: home.url.path)
    for command in ["play", "questions", "banks", "study"] {
      let output = try Robust.run(
        [command, "--data-dir", data.url.path], environment: home.environment(), stdin: Data(),
        asNobody: Robust.isRoot)
      Robust.expectOneErrorLine(output, command, containing: ["permission denied"])
      #expect(output.stderrText.contains(unreadable.isEmpty ? data.url.path : target.path), "\(output)")
      for wrong in ["no QuestionBanks folder", "no bank", "no banks"] {
        #expect(!output.stderrText.contains(wrong), "\(command): \(output)")
      }
    }
  }

  @Test func anUnreadableProfileOrProfilesFolderSaysPermissionDeniedAndIsLeftAlone() throws {
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    try home.writeProfileFile("default.json", Data(#"{"schemaVersion": 3}"#.utf8))
    try JSONProtocolTests.homeForNobody(home)
    let snapshot = home.profiles.appendingPathComponent("default.json")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: snapshot.path)
    for command in [["play"], ["profile", "show"], ["stats"]] {
      let output = try Robust.run(
        command + ["--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment(), stdin: Data(),
        asNobody: Robust.isRoot)
      Robust.expectOneErrorLine(output, "\(command)", containing: [snapshot.path, "(permission denied)"])
      #expect(
        home.profileFiles().filter { !$0.hasSuffix(".lock") } == ["default.json"],
        "left where it is, not set aside: \(home.profileFiles())")
    }
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: home.profiles.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home.profiles.path) }
    let list = try Robust.run(
      ["profile", "list", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment(),
      asNobody: Robust.isRoot)
    Robust.expectOneErrorLine(list, "profile list", containing: [home.profiles.path, "permission denied"])
  }

  @Test func aBankWithNoFactsSaysSoNotKindAndTopic() throws {
    let data = try CassezDataFolder()
    var bank = try #require(try JSONSerialization.jsonObject(with: CassezDataFolder.shippedBank) as? [String: Any])
    bank["facts"] = [Any]()
    try JSONSerialization.data(withJSONObject: bank).write(to: data.bankFile)
    let home = try SandboxHome()
    let output = try Robust.run(
      ["play", "--data-dir", data.url.path], environment: home.environment(), stdin: Data())
    Robust.expectOneErrorLine(
      output, "play", containing: ["the bank “cassez” has no questions to ask", data.bankFile.path])
    #expect(!output.stderrText.contains("--kind"), "\(output)")
    let filtered = try Robust.run(
      ["play", "--kind", "date", "--data-dir", data.url.path], environment: home.environment(), stdin: Data())
    Robust.expectOneErrorLine(filtered, "play --kind", containing: ["no questions match the --kind and --topic given"])
  }

  /// Read-only profile files: one warning before the game saying what it means and what to do, no promise
  /// "with the next answer" that the end takes back, and one error at the end naming the file.
  @Test func readOnlyProfileFilesGetTrueMessages() throws {
    guard Robust.canMakeFilesUnreadable() else { return }
    let home = try SandboxHome()
    _ = try Robust.run(
      ["play", "--count", "2", "--data-dir", CaseQuizProcess.packageRoot.path], environment: home.environment(),
      stdin: Data(":skip\n:skip\n".utf8))
    try JSONProtocolTests.homeForNobody(home)
    for name in home.profileFiles() {
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o444], ofItemAtPath: home.profiles.appendingPathComponent(name).path)
    }
    let before = FolderSnapshot(home.profiles)
    let output = try Robust.run(
      ["play", "--count", "3", "--seed", "4", "--data-dir", CaseQuizProcess.packageRoot.path],
      environment: home.environment(), stdin: Data(":skip\n:skip\n:skip\n".utf8), asNobody: Robust.isRoot)
    Robust.expectNoCrash(output, "play")
    #expect(output.status == 1, "\(output)")
    let lock = home.profiles.appendingPathComponent("default.lock").path
    #expect(output.stderrLines.count == 2, "\(output)")
    #expect(
      output.stderrLines.first?.hasPrefix(
        "casequiz: warning: The profile “default” cannot be saved (\(lock): permission denied)")
        == true, "\(output)")
    #expect(
      output.stderrLines.last?.hasPrefix(
        "casequiz: error: could not save the profile “default” (\(lock): permission denied)")
        == true, "\(output)")
    #expect(
      output.stderrLines.last?.contains("4 answers or changes of this game could not be saved and are lost") == true)
    #expect(
      output.stderrLines.last?.hasSuffix("check the permissions of \(home.profiles.path) before the next game.") == true
    )
    #expect(!(output.stdoutText + output.stderrText).contains("will be saved with the next answer"), "\(output)")
    #expect(FolderSnapshot(home.profiles) == before)
  }
}
