import Foundation
import Testing

/// What a run of `casequiz` left: the exit status and the raw bytes of both streams (bad input may come back
/// as bytes that are not UTF-8, and the security tests look for single bytes such as ESC).
struct RawOutput: CustomStringConvertible {
  var status: Int32
  /// Whether the process ended by a signal (a crash), or was killed after the time limit.
  var signaled: Bool
  var timedOut: Bool
  var stdout: Data
  var stderr: Data

  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  /// The non-empty lines of standard error.
  var stderrLines: [String] { stderrText.split(separator: "\n").map(String.init) }
  /// The non-empty lines of standard output.
  var stdoutLines: [String] { stdoutText.split(separator: "\n").map(String.init) }

  var description: String {
    "status \(status)\(signaled ? " (signal)" : "")\(timedOut ? " (timed out)" : "")\n"
      + "stdout: \(stdoutText.prefix(1500))\nstderr: \(stderrText.prefix(1500))"
  }
}

/// Runs the built binary for the robustness tests: raw output, an optional standard input, a time limit (a
/// hang is a failure, not a stuck test run), an empty working directory of its own, and optionally as the
/// unprivileged user `nobody`.
enum Robust {
  /// The user and group `nobody`, for the checks that root would bypass (root reads any file).
  static let nobody: (uid: Int, gid: Int) = (65534, 65534)

  /// Whether the tests run as root.
  static var isRoot: Bool { geteuid() == 0 }

  /// `setpriv`, which runs a command as another user, when present.
  static var setpriv: URL? {
    ["/usr/bin/setpriv", "/bin/setpriv"].map(URL.init(fileURLWithPath:)).first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
  }

  /// Whether a file of mode 000 can be made unreadable to the binary: not as root, unless `setpriv` can run it
  /// as `nobody`. When it cannot, the test is recorded as a known issue and should return.
  static func canMakeFilesUnreadable() -> Bool {
    guard isRoot && setpriv == nil else { return true }
    withKnownIssue("running as root without setpriv: a mode of 000 cannot make the file unreadable") {
      Issue.record("skipped")
    }
    return false
  }

  static func run(
    _ arguments: [String], environment: [String: String] = CaseQuizProcess.environment(), stdin: Data? = nil,
    asNobody: Bool = false, timeout: TimeInterval = 120
  ) throws -> RawOutput {
    let scratch = try TemporaryFolder()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    let inURL = scratch.url.appendingPathComponent("stdin")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    try (stdin ?? Data()).write(to: inURL)
    let process = Process()
    let binary = try CaseQuizProcess.binary()
    if asNobody, let setpriv {
      process.executableURL = setpriv
      process.arguments =
        ["--reuid=\(nobody.uid)", "--regid=\(nobody.gid)", "--clear-groups", "--", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    process.environment = environment
    // A folder of its own as the working directory: paths show as absolute, and nothing lands in the checkout.
    let workingDirectory = scratch.url.appendingPathComponent("cwd")
    try FileManager.default.createDirectory(at: workingDirectory, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: workingDirectory.path)
    process.currentDirectoryURL = workingDirectory
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    try process.run()
    var timedOut = false
    if done.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      done.wait()
    }
    try out.close()
    try err.close()
    try input.close()
    return RawOutput(
      status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
      stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
  }

  /// The run ended by itself with an exit status, and printed nothing that looks like a crash.
  static func expectNoCrash(_ output: RawOutput, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!output.timedOut, "\(what) did not finish in time\n\(output)", sourceLocation: sourceLocation)
    #expect(!output.signaled, "\(what) was killed by signal \(output.status)\n\(output)", sourceLocation: sourceLocation)
    for sign in ["Fatal error", "Program crashed", "Backtrace", "Stack dump", "SIGSEGV", "SIGILL", "SIGTRAP"] {
      #expect(
        !output.stderrText.contains(sign), "\(what) printed \"\(sign)\"\n\(output)", sourceLocation: sourceLocation)
    }
  }

  /// Exit status 1 (bad data) with exactly one line on standard error, `casequiz: error: …`, holding every
  /// part of `parts`; nothing on standard output.
  static func expectOneErrorLine(
    _ output: RawOutput, _ what: String, status: Int32 = 1, containing parts: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    expectNoCrash(output, what, sourceLocation: sourceLocation)
    #expect(output.status == status, "\(what): exit status\n\(output)", sourceLocation: sourceLocation)
    #expect(output.stderrLines.count == 1, "\(what): one line on stderr\n\(output)", sourceLocation: sourceLocation)
    #expect(
      output.stderrText.hasPrefix("casequiz: error: "), "\(what): an error line\n\(output)",
      sourceLocation: sourceLocation)
    for part in parts {
      #expect(output.stderrText.contains(part), "\(what): mentions \(part)\n\(output)", sourceLocation: sourceLocation)
    }
    #expect(output.stdout.isEmpty, "\(what): nothing on stdout\n\(output)", sourceLocation: sourceLocation)
  }
}

/// A data folder holding a copy of the shipped Cassez bank (`QuestionBanks/cassez/bank.json` and its
/// sources) and the `Locales`, to break in one way per test.
final class CassezDataFolder {
  let folder: TemporaryFolder

  init() throws {
    folder = try TemporaryFolder()
    let manager = FileManager.default
    let root = CaseQuizProcess.packageRoot
    try manager.createDirectory(at: url.appendingPathComponent("QuestionBanks"), withIntermediateDirectories: true)
    try manager.copyItem(at: root.appendingPathComponent("QuestionBanks/cassez"), to: bankFolder)
    try manager.copyItem(at: root.appendingPathComponent("Locales"), to: url.appendingPathComponent("Locales"))
    // The copy keeps the source's read-only mode; the tests rewrite files in it.
    for file in try manager.subpathsOfDirectory(atPath: bankFolder.path) {
      try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bankFolder.appendingPathComponent(file).path)
    }
    // Readable by `nobody` too (for the permission case run as that user).
    try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
  }

  var url: URL { folder.url }
  var bankFolder: URL { url.appendingPathComponent("QuestionBanks/cassez") }
  var bankFile: URL { bankFolder.appendingPathComponent("bank.json") }

  /// The shipped bank's bytes.
  static let shippedBank: Data = {
    (try? Data(contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent("QuestionBanks/cassez/bank.json")))
      ?? Data()
  }()

  /// Replaces `bank.json` with `bytes`.
  func writeBank(_ bytes: Data) throws {
    try? FileManager.default.removeItem(at: bankFile)
    try bytes.write(to: bankFile)
  }

  /// Rewrites the shipped bank replacing the first occurrence of `find` (which must occur).
  func editBank(_ find: String, _ replace: String) throws {
    let text = String(decoding: Self.shippedBank, as: UTF8.self)
    let range = try #require(text.range(of: find), "\"\(find)\" is not in the Cassez bank")
    try writeBank(Data(text.replacingCharacters(in: range, with: replace).utf8))
  }

  /// Rewrites the shipped bank replacing every occurrence of `find` (which must occur).
  func editBankEverywhere(_ find: String, _ replace: String) throws {
    let text = String(decoding: Self.shippedBank, as: UTF8.self)
    try #require(text.contains(find), "\"\(find)\" is not in the Cassez bank")
    try writeBank(Data(text.replacingOccurrences(of: find, with: replace).utf8))
  }
}

/// A temporary HOME with XDG folders inside it, for commands that read or write user data.
final class SandboxHome {
  let folder: TemporaryFolder

  init() throws { folder = try TemporaryFolder() }

  var url: URL { folder.url }
  /// `$XDG_DATA_HOME/casequiz/profiles`.
  var profiles: URL { url.appendingPathComponent("data/casequiz/profiles") }

  /// HOME, XDG_DATA_HOME, XDG_STATE_HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME inside this folder; English.
  func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = CaseQuizProcess.environment([
      "HOME": url.path, "XDG_DATA_HOME": url.appendingPathComponent("data").path,
      "XDG_STATE_HOME": url.appendingPathComponent("state").path,
      "XDG_CONFIG_HOME": url.appendingPathComponent("config").path,
      "XDG_CACHE_HOME": url.appendingPathComponent("cache").path, "LANG": "en_US.UTF-8",
    ])
    environment["CASEQUIZ_LANG"] = nil
    return environment.merging(extra) { _, new in new }
  }

  /// Writes a file of the profiles folder, creating the folder.
  func writeProfileFile(_ name: String, _ bytes: Data) throws {
    try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
    try bytes.write(to: profiles.appendingPathComponent(name))
  }

  /// The names in the profiles folder, sorted.
  func profileFiles() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: profiles.path)) ?? []).sorted()
  }
}

/// Every regular file under a folder with its bytes' hash and modification time, to tell what a command
/// changed.
struct FolderSnapshot: Equatable {
  var files: [String: String]

  init(_ root: URL) {
    var files: [String: String] = [:]
    let manager = FileManager.default
    if let paths = manager.enumerator(atPath: root.path) {
      for case let path as String in paths {
        let full = root.appendingPathComponent(path).path
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
          files[path + "/"] = "folder"
          continue
        }
        let data = manager.contents(atPath: full) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        files[path] = "\(data.count):\(String(hash, radix: 16))"
      }
    }
    self.files = files
  }

  /// The paths added, removed or changed since `earlier`.
  func changes(since earlier: FolderSnapshot) -> [String] {
    Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
  }
}
