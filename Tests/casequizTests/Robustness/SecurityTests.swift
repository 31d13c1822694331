import Foundation
import Testing

/// Bank text and typed text never drive the terminal; profile names never leave the profiles folder; commands
/// write only where user data belongs.
@Suite("robustness: security")
struct SecurityTests {
  static let esc: UInt8 = 0x1B
  static let csi: [UInt8] = [0xC2, 0x9B]  // U+009B, the one-character CSI

  /// Whether raw bytes hold an ESC or a C1 CSI.
  static func holdsEscape(_ data: Data) -> Bool {
    data.contains(esc) || data.firstRange(of: Data(csi)) != nil
  }

  /// Every string value of the Cassez bank that is shown to players gets an escape sequence (a title change,
  /// a screen clear, a color); ids are left alone so that the bank still decodes and links.
  static func poisonedBank() throws -> Data {
    var text = String(decoding: CassezDataFolder.shippedBank, as: UTF8.self)
    for key in ["\"en\": \"", "\"es\": \""] {
      text = text.replacingOccurrences(of: key, with: key + "\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m")
    }
    return Data(text.utf8)
  }

  @Test func bankTextWithEscapeSequencesNeverReachesTheTerminalRaw() throws {
    let data = try CassezDataFolder()
    try data.writeBank(try Self.poisonedBank())
    let home = try SandboxHome()
    let commands: [[String]] = [
      ["lint", data.bankFolder.path], ["banks", "--data-dir", data.url.path], ["questions", "--data-dir", data.url.path],
      ["questions", "--json", "--data-dir", data.url.path], ["study", "--both", "--data-dir", data.url.path],
      ["play", "--count", "3", "--data-dir", data.url.path], ["play", "--json", "--count", "3", "--data-dir", data.url.path],
      ["review", "--list", "--data-dir", data.url.path],
    ]
    for command in commands {
      let output = try Robust.run(command, environment: home.environment(["COLUMNS": "120"]), stdin: Data("a\n:source\n".utf8))
      Robust.expectNoCrash(output, command.joined(separator: " "))
      #expect(!Self.holdsEscape(output.stdout), "\(command): ESC on stdout\n\(output)")
      #expect(!Self.holdsEscape(output.stderr), "\(command): ESC on stderr\n\(output)")
    }
  }

  @Test func typedEscapeSequencesAreNotEchoedRaw() throws {
    let home = try SandboxHome()
    var input = Data()
    for line in ["\u{1B}]0;owned\u{07}", ":lang \u{1B}[2J", ":\u{1B}[31mhint", "\u{9B}31mtrue", "a\u{1B}[1;1H", ":skip"] {
      input += Data((line + "\n").utf8)
    }
    for mode in [[], ["--json"]] {
      let output = try Robust.run(
        ["play", "--count", "3", "--seed", "1", "--data-dir", CaseQuizProcess.packageRoot.path] + mode,
        environment: home.environment(), stdin: input)
      Robust.expectNoCrash(output, "play \(mode)")
      #expect(output.status == 0, "\(output)")
      #expect(!Self.holdsEscape(output.stdout), "ESC on stdout\n\(output)")
      #expect(!Self.holdsEscape(output.stderr), "ESC on stderr\n\(output)")
    }
  }

  @Test func profileNamesNeverLeaveTheProfilesFolder() throws {
    let home = try SandboxHome()
    let hostile = ["..", "../x", "../../etc/passwd", "/tmp/x", "a/b", ".hidden", "x y", "~root", "x.json", "con:"]
    for name in hostile {
      for command in [["profile", "path"], ["profile", "show"], ["stats"], ["play", "--count", "1"]] {
        let output = try Robust.run(
          command + ["--profile", name, "--data-dir", CaseQuizProcess.packageRoot.path],
          environment: home.environment(), stdin: Data("a\n".utf8))
        Robust.expectNoCrash(output, "\(command) --profile \(name)")
        #expect(output.status == 2, "\(command) --profile \(name)\n\(output)")
      }
    }
    #expect(FolderSnapshot(home.url).files.isEmpty, "\(FolderSnapshot(home.url).files.keys.sorted())")
    // A good name stays inside.
    let path = try Robust.run(["profile", "path", "--profile", "ok-Name_1"], environment: home.environment())
    #expect(path.stdoutText == home.profiles.appendingPathComponent("ok-Name_1.json").path + "\n", "\(path)")
  }

  /// Every command, with HOME and the XDG folders in a temporary folder: afterwards only the profiles folder
  /// and the history folder have changed; the data folder and the working directory are as they were.
  @Test func commandsWriteOnlyTheProfileAndHistoryFolders() throws {
    let home = try SandboxHome()
    let data = try CassezDataFolder()
    let dataBefore = FolderSnapshot(data.url)
    let homeBefore = FolderSnapshot(home.url)
    let dataDir = ["--data-dir", data.url.path]
    let commands: [(arguments: [String], input: String)] = [
      (["play", "--count", "3", "--seed", "2"] + dataDir, "a\ntrue\n:hint\nb\n"),
      (["play", "--json", "--count", "2", "--profile", "second"] + dataDir, "a\n:quit\n"),
      (["review", "--missed"] + dataDir, "a\nb\nc\n"),
      (["review", "--list"] + dataDir, ""),
      (["profile", "show"] + dataDir, ""), (["profile", "list"] + dataDir, ""), (["stats"] + dataDir, ""),
      (["stats", "--json"] + dataDir, ""), (["questions"] + dataDir, ""), (["study"] + dataDir, ""),
      (["banks"] + dataDir, ""), (["lint"] + dataDir, ""),
    ]
    for command in commands {
      let output = try Robust.run(command.arguments, environment: home.environment(), stdin: Data(command.input.utf8))
      Robust.expectNoCrash(output, command.arguments.joined(separator: " "))
      #expect(output.status == 0, "\(command.arguments)\n\(output)")
    }
    #expect(FolderSnapshot(data.url) == dataBefore, "the data folder changed")
    let changed = FolderSnapshot(home.url).changes(since: homeBefore)
    #expect(!changed.isEmpty)
    let allowed = [
      "data/", "data/casequiz/", "data/casequiz/profiles/", "state/", "state/casequiz/", "cache/", "cache/casequiz/",
    ]
    let outside = changed.filter { path in
      !allowed.contains(path) && !path.hasPrefix("data/casequiz/profiles/") && !path.hasPrefix("state/casequiz/")
        && !path.hasPrefix("cache/casequiz/validated/")
    }
    #expect(outside.isEmpty, "written outside the profile, history and validated-banks folders: \(outside)")
  }
}
