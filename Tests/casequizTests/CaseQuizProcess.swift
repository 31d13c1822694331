import Foundation
import Testing

/// Runs the built `casequiz` binary, which SwiftPM puts in the same products folder as the test bundle
/// (whatever `--scratch-path` was used), and collects its output and exit status.
enum CaseQuizProcess {
  struct Output: Equatable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "status \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The clean fixture data folder (it holds `QuestionBanks/mini`).
  static let fixtureData = packageRoot.appendingPathComponent("Tests/QuizCoreTests/Fixtures")

  /// The products folders to look in: the test process's own folder first.
  static var productFolders: [URL] {
    var folders: [URL] = []
    if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
    }
    folders.append(Bundle.main.bundleURL)
    folders += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
    return folders
  }

  /// The built binary.
  static func binary() throws -> URL {
    let folders = productFolders
    for folder in folders {
      let candidate = folder.appendingPathComponent("casequiz")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    Issue.record("casequiz is not built next to the tests (looked in \(folders.map(\.path))); run swift build first")
    throw CancellationError()
  }

  /// The environment the tests run in: no data folder variable, English, no colors.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for name in ["CASEQUIZ_DATA_DIR", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
    environment["NO_COLOR"] = "1"
    // The banks a game found clean are remembered in a cache folder: the test process's own, not the user's.
    environment["XDG_CACHE_HOME"] = testCacheHome
    // Profiles too: `banks`, `study` and `export` read the default profile's saved language, so a run without
    // a sandbox must not see (nor write) the profile of whoever runs the tests.
    environment["XDG_DATA_HOME"] = testDataHome
    return environment.merging(extra) { _, new in new }
  }

  /// The profiles folder of the runs that bring no sandbox (under the system's temporary folder).
  static let testDataHome = FileManager.default.temporaryDirectory
    .appendingPathComponent("casequiz-tests-data-\(getpid())").path

  /// The cache folder of the games this test process runs (under the system's temporary folder).
  static let testCacheHome = FileManager.default.temporaryDirectory
    .appendingPathComponent("casequiz-tests-cache-\(getpid())").path

  /// Runs `casequiz` (or another copy of it) with arguments, in a folder, with an environment.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = environment(),
    executable: URL? = nil, stdin: FileHandle = .nullDevice
  ) throws -> Output {
    let scratch = try TemporaryFolder()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = try executable ?? binary()
    process.arguments = arguments
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    #expect(
      process.terminationReason == .exit, "casequiz \(arguments) was killed by signal \(process.terminationStatus)")
    return Output(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }
}

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("casequiz-tests-\(UUID().uuidString)")
      .resolvingSymlinksInPath()
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// A data folder holding a copy of the fixture bank `mini` (at `QuestionBanks/mini`).
  static func withMiniBank() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let banks = folder.url.appendingPathComponent("QuestionBanks")
    try FileManager.default.createDirectory(at: banks, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CaseQuizProcess.fixtureData.appendingPathComponent("QuestionBanks/mini"),
      to: banks.appendingPathComponent("mini"))
    return folder
  }

  /// The mini bank's `bank.json` in this data folder.
  var bankFile: URL { url.appendingPathComponent("QuestionBanks/mini/bank.json") }

  /// Replaces the only occurrence of `find` in the copied `bank.json`.
  func editBank(_ find: String, _ replace: String) throws {
    let text = try String(contentsOf: bankFile, encoding: .utf8)
    let parts = text.components(separatedBy: find)
    try #require(parts.count == 2, "\"\(find)\" occurs \(parts.count - 1) times in the mini bank")
    try parts.joined(separator: replace).write(to: bankFile, atomically: true, encoding: .utf8)
  }
}
