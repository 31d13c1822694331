import Foundation

/// Finds the data folder: the one holding `QuestionBanks/` (and `Locales/`). In order:
///
/// 1. the `--data-dir` option;
/// 2. the `CASEQUIZ_DATA_DIR` environment variable;
/// 3. `<bin>/../share/casequiz`, where `make install` puts the data beside the binary's prefix;
/// 4. the resources SwiftPM bundles beside the binary (`casequiz_QuizEdge.resources`, what `Bundle.module`
///    loads). `Bundle.module` itself is not called: its accessor traps when the bundle is missing, and SwiftPM
///    copies the bundle's `QuestionBanks` symlink as it is, so in a build folder it points nowhere. The search
///    then goes on to the package checkout the build folder lies in (a folder above it holding `Package.swift`
///    and `QuestionBanks/`), which is what `swift run casequiz` needs.
///
/// A location given explicitly (option or variable) must hold the data: it is never silently skipped.
public struct DataLocator {
  /// The process environment.
  public var environment: [String: String]
  /// The absolute path of the running executable, when known.
  public var executablePath: String?
  public var fileManager: FileManager = .default

  /// The locator for this process.
  public static func live() -> DataLocator {
    DataLocator(environment: ProcessEnvironment.variables, executablePath: currentExecutablePath())
  }

  /// The name of the resource bundle SwiftPM builds beside the executable.
  public static let bundleName = "casequiz_QuizEdge.resources"

  /// The data folder, or an error naming the wrong explicit location or listing every place searched.
  public func locate(dataDir: String?) throws(CaseQuizError) -> URL {
    if let dataDir {
      return try explicit(dataDir, named: "--data-dir")
    }
    if let variable = environment["CASEQUIZ_DATA_DIR"], !variable.isEmpty {
      return try explicit(variable, named: "CASEQUIZ_DATA_DIR")
    }
    var searched = ["--data-dir (not given)", "CASEQUIZ_DATA_DIR (not set)"]
    guard let executablePath else {
      searched.append("the folders beside the executable (its path is unknown)")
      throw notFound(searched)
    }
    let binDirectory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
    let share = binDirectory.deletingLastPathComponent().appendingPathComponent("share/casequiz").standardized
    if isDataFolder(share) { return share }
    searched.append(share.path)

    let bundle = binDirectory.appendingPathComponent(Self.bundleName)
    if isDataFolder(bundle) { return bundle }
    searched.append(bundle.path)
    if isDirectory(bundle) {
      if let checkout = packageCheckout(above: binDirectory) { return checkout }
      searched.append("a package checkout above \(binDirectory.path)")
    }
    throw notFound(searched)
  }

  private func explicit(_ path: String, named name: String) throws(CaseQuizError) -> URL {
    let url = URL(fileURLWithPath: path)
    let arguments = ["name": name, "path": path]
    if let problem = FolderAccess.problem(url.path) {
      throw CaseQuizError(
        "\(name) \"\(path)\": \(problem)", key: "error.dataDirUnreadable", arguments,
        keyed: ["reason": "profile.reason.permission"])
    }
    guard isDirectory(url) else {
      throw CaseQuizError("\(name) \"\(path)\": no such folder", key: "error.dataDirMissing", arguments)
    }
    let banks = url.appendingPathComponent("QuestionBanks").path
    if let problem = FolderAccess.problem(banks) {
      throw CaseQuizError(
        "\(name) \"\(path)\": cannot read \(banks): \(problem)", key: "error.dataDirBanksUnreadable",
        arguments.merging(["banks": banks]) { _, new in new }, keyed: ["reason": "profile.reason.permission"])
    }
    guard isDataFolder(url) else {
      throw CaseQuizError(
        "\(name) \"\(path)\": no QuestionBanks folder in it", key: "error.dataDirNoBanks", arguments)
    }
    return url
  }

  private func notFound(_ searched: [String]) -> CaseQuizError {
    let list = searched.joined(separator: ", ")
    return CaseQuizError(
      "no data folder (one holding QuestionBanks/) found; searched: \(list); pass --data-dir or set CASEQUIZ_DATA_DIR",
      key: "error.noDataFolder", ["searched": list])
  }

  /// Whether a folder holds a `QuestionBanks` folder (following symlinks, so a dangling one does not count).
  public func isDataFolder(_ url: URL) -> Bool { isDirectory(url.appendingPathComponent("QuestionBanks")) }

  private func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  private func packageCheckout(above directory: URL) -> URL? {
    var current = directory.standardized
    while current.path != "/" && !current.path.isEmpty {
      current = current.deletingLastPathComponent()
      if fileManager.fileExists(atPath: current.appendingPathComponent("Package.swift").path), isDataFolder(current) {
        return current
      }
    }
    return nil
  }

  /// The running executable, from `/proc/self/exe`, else from `argv[0]` and `PATH`.
  public static func currentExecutablePath() -> String? {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), path.hasPrefix("/") {
      return path
    }
    guard let argument = CommandLine.arguments.first, !argument.isEmpty else { return nil }
    if argument.contains("/") { return URL(fileURLWithPath: argument).resolvingSymlinksInPath().path }
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    for directory in directories {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(argument)
      if FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate.resolvingSymlinksInPath().path
      }
    }
    return nil
  }
}
