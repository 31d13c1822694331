import Foundation
import QuizCore

/// The file-system edge for banks: finds bank folders, reads `bank.json` and its source documents (refusing
/// anything that is not a regular file or is larger than `maxFileSize`), and hands the bytes to `BankDecoder`
/// and `BankValidator`. Every problem comes back as a diagnostic; nothing here throws on bad input.
public struct BankStore {
  /// The largest `bank.json` or source document read: 512 MiB, room for a bank ten thousand times the size of
  /// the Cassez bank (about 450,000 facts), while a stray disk image or log is still refused unread.
  public static let maxFileSize = 512 * 1024 * 1024

  public var fileManager: FileManager = .default
  /// Paths under this folder are shown relative to it.
  public var currentDirectory: String = FileManager.default.currentDirectoryPath
  /// Clean verdicts remembered from earlier starts (the game's loads); `nil` validates every time (`lint`).
  public var validated: ValidatedBanks? = nil

  /// A store for the current folder that validates every time.
  public init() {}

  /// A bank as read from disk, with every problem found.
  public struct LoadedBank {
    /// The `bank.json` file.
    public var file: URL
    /// The file as shown in messages.
    public var displayPath: String
    /// The bank, when it could be decoded.
    public var bank: Bank?
    /// The problems found, ordered by position.
    public var diagnostics: [Diagnostic]
    /// The texts of the bank's source documents, by source id, when the bank was validated.
    public var sourceTexts: [String: String] = [:]
  }

  // MARK: Finding banks

  /// The bank folders of a data folder: the folders inside `QuestionBanks/` that hold a `bank.json`, by name.
  public func bankFolders(in dataDirectory: URL) -> [URL] {
    bankFolders(inBanksFolder: dataDirectory.appendingPathComponent("QuestionBanks"))
  }

  /// The folders directly inside `folder` that hold a `bank.json`, by name, hidden ones skipped.
  private func bankFolders(inBanksFolder folder: URL) -> [URL] {
    let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }.filter {
      isDirectory($0) && fileManager.fileExists(atPath: $0.appendingPathComponent("bank.json").path)
    }
  }

  /// The bank files a `lint` argument names: a `bank.json` (or any file, read as one), a bank folder, or a
  /// folder of bank folders (`QuestionBanks/`) or a data folder. An argument naming none gets a diagnostic.
  public func bankFiles(at path: String) -> (files: [URL], problems: [Diagnostic]) {
    let url = URL(fileURLWithPath: path)
    let shown = Diagnostic.Location(file: path)
    guard fileManager.fileExists(atPath: url.path) else {
      return ([], [.error("no such file or folder", at: shown)])
    }
    guard isDirectory(url) else { return ([url], []) }
    let bankFile = url.appendingPathComponent("bank.json")
    if fileManager.fileExists(atPath: bankFile.path) { return ([bankFile], []) }
    let folders = bankFolders(inBanksFolder: url) + bankFolders(in: url)
    if !folders.isEmpty { return (folders.map { $0.appendingPathComponent("bank.json") }, []) }
    return ([], [.error("no bank.json in this folder or in bank folders below it", at: shown)])
  }

  // MARK: Loading

  /// Reads and decodes a bank; when `validate` is set, also reads its source documents and validates it.
  ///
  /// With `detail: .full` (`lint`) the diagnostics are everything found, warnings included, placed at their
  /// line and column. With `.errors` (the default: the game, `banks`, `questions`…) a sound bank is read the
  /// quick way, without the positions and unknown-key warnings only `lint` shows; at the first error of any
  /// kind the bank is read again with `.full`, so a broken bank gets exactly the diagnostics `lint` prints.
  public func load(bankFile: URL, validate: Bool, detail: BankDecoder.Detail = .errors) -> LoadedBank {
    if detail == .errors, let sound = loadSound(bankFile: bankFile, validate: validate) { return sound }
    return loadFully(bankFile: bankFile, validate: validate)
  }

  /// The bank when it reads, decodes and (when asked) validates without an error; `nil` otherwise.
  private func loadSound(bankFile: URL, validate: Bool) -> LoadedBank? {
    let displayPath = shownPath(bankFile)
    let folder = bankFile.deletingLastPathComponent()
    let folderName = bankFile.lastPathComponent == "bank.json" ? folder.lastPathComponent : nil
    let cacheFolder = folderName ?? bankFile.lastPathComponent
    // `bank.json`'s bytes live only inside `decodeSound`: the bank is validated and its questions generated
    // after they are released (they were a fifth of the peak memory at 100,000 facts).
    guard
      let sound = decodeSound(
        bankFile: bankFile, displayPath: displayPath, cacheFolder: cacheFolder, validate: validate)
    else { return nil }
    let bank = sound.bank
    var loaded = LoadedBank(file: bankFile, displayPath: displayPath, bank: bank, diagnostics: sound.diagnostics)
    let storeCompiled = {
      if !sound.fromCompiled, let compiledKey = sound.compiledKey { validated?.storeCompiled(bank, key: compiledKey) }
    }
    guard validate else { return loaded }
    var texts: [String: String] = [:]
    var sourceBytes: [(id: String, bytes: Data)] = []
    for source in bank.sources where !source.file.isEmpty && BankValidator.isSafeRelativePath(source.file) {
      guard case .success(let bytes) = read(folder.appendingPathComponent(source.file)),
        let text = String(validating: bytes, as: UTF8.self)
      else { return nil }
      texts[source.id] = text
      sourceBytes.append((source.id, bytes))
    }
    loaded.sourceTexts = texts
    let key = sound.keyStart.flatMap { validated?.key($0, sources: sourceBytes) }
    sourceBytes = []
    if let key, validated?.contains(key) == true {
      storeCompiled()
      return loaded
    }
    let found = BankValidator(file: displayPath, sourceTexts: texts, folderName: folderName).validate(bank)
    // Its warnings are left out: without positions they would have no line and column; `lint` shows them.
    guard !found.hasErrors else { return nil }
    if let key { validated?.insert(key) }
    storeCompiled()
    return loaded
  }

  /// A bank read the quick way, with what the cache needs of `bank.json`'s bytes (its keys, hashed here).
  private struct SoundBank {
    var bank: Bank
    var diagnostics: [Diagnostic]
    /// Whether the bank was read from its compiled form.
    var fromCompiled: Bool
    var compiledKey: String?
    /// The verdict's key, `bank.json` hashed, the sources to come; `nil` without a cache or validation.
    var keyStart: ValidatedBanks.KeyStart?
  }

  /// Reads `bank.json`, hashes it for the cache's keys, and decodes it (or reads its compiled form); the bytes
  /// are released on return. `nil` when it cannot be read or has an error.
  private func decodeSound(bankFile: URL, displayPath: String, cacheFolder: String, validate: Bool) -> SoundBank? {
    guard case .success(let data) = read(bankFile) else { return nil }
    // A bank decoded before by this build from the same bytes is read from its compiled form (see
    // `CompiledBank`); a missing or damaged one means decoding the JSON, and storing the form again once the
    // bank is known to be clean.
    let compiledKey = validated?.compiledKey(folder: cacheFolder, bankJSON: data)
    let keyStart = validate ? validated?.keyStart(folder: cacheFolder, bankJSON: data) : nil
    if let compiled = compiledKey.flatMap({ validated?.compiledBank($0) }) {
      return SoundBank(
        bank: compiled, diagnostics: [], fromCompiled: true, compiledKey: compiledKey, keyStart: keyStart)
    }
    let decoded = BankDecoder.decode(data, file: displayPath, detail: .errors)
    guard let bank = decoded.bank, !decoded.diagnostics.hasErrors else { return nil }
    return SoundBank(
      bank: bank, diagnostics: decoded.diagnostics, fromCompiled: false, compiledKey: compiledKey, keyStart: keyStart)
  }

  /// Reads a bank with every diagnostic placed, as `lint` shows it.
  private func loadFully(bankFile: URL, validate: Bool) -> LoadedBank {
    let displayPath = shownPath(bankFile)
    var loaded = LoadedBank(file: bankFile, displayPath: displayPath, bank: nil, diagnostics: [])
    // The bytes are released once decoded, before validation.
    let decoded: BankDecoder.Result
    switch read(bankFile) {
    case .failure(let problem):
      loaded.diagnostics = [.error(problem.message, at: .init(file: displayPath))]
      return loaded
    case .success(let bytes): decoded = BankDecoder.decode(bytes, file: displayPath, detail: .full)
    }
    loaded.bank = decoded.bank
    loaded.diagnostics = decoded.diagnostics
    guard validate, let bank = decoded.bank else { return loaded }

    let folder = bankFile.deletingLastPathComponent()
    var texts: [String: String] = [:]
    for (index, source) in bank.sources.enumerated()
    where !source.file.isEmpty && BankValidator.isSafeRelativePath(source.file) {
      let keyPath = "sources[\(index)].file"
      let position = decoded.positions.nearestPosition(of: keyPath)
      let location = Diagnostic.Location(
        file: displayPath, line: position?.line, column: position?.column, keyPath: keyPath)
      switch read(folder.appendingPathComponent(source.file)) {
      case .failure(let problem):
        loaded.diagnostics.append(
          .error("source \"\(source.id)\": cannot read \"\(source.file)\": \(problem.message)", at: location))
      case .success(let bytes):
        guard let text = String(validating: bytes, as: UTF8.self) else {
          loaded.diagnostics.append(
            .error("source \"\(source.id)\": \"\(source.file)\" is not valid UTF-8; save it as UTF-8", at: location))
          continue
        }
        texts[source.id] = text
      }
    }
    loaded.sourceTexts = texts
    let folderName = bankFile.lastPathComponent == "bank.json" ? folder.lastPathComponent : nil
    let validator = BankValidator(
      file: displayPath, positions: decoded.positions, sourceTexts: texts, folderName: folderName)
    loaded.diagnostics = Diagnostic.sorted(loaded.diagnostics + validator.validate(bank))
    return loaded
  }

  // MARK: Reading files

  /// Why a file was not read, such as "no such file".
  public struct ReadProblem: Error {
    public var message: String
  }

  /// The contents of a regular file no larger than `limit` bytes.
  public func read(_ url: URL, limit: Int = BankStore.maxFileSize) -> Result<Data, ReadProblem> {
    let path = url.path
    guard fileManager.fileExists(atPath: path) else { return .failure(ReadProblem(message: "no such file")) }
    if isDirectory(url) { return .failure(ReadProblem(message: "this is a folder, not a file")) }
    // The link itself, as `FileManager.attributesOfItem` reads it (`lstat`), without the attribute dictionary
    // (building it, and looking up `FileAttributeKey: Hashable` at run time, was 0.6 M instructions at start-up).
    var status = stat()
    if lstat(path, &status) == 0 {
      if status.st_mode & S_IFMT != S_IFREG { return .failure(ReadProblem(message: "not a regular file")) }
      if Int64(status.st_size) > Int64(limit) { return .failure(tooLarge(Int64(status.st_size), limit: limit)) }
    }
    guard fileManager.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(ReadProblem(message: "permission denied"))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      if data.count > limit { return .failure(tooLarge(nil, limit: limit)) }
      return .success(data)
    } catch {
      return .failure(ReadProblem(message: error.localizedDescription))
    }
  }

  private func tooLarge(_ size: Int64?, limit: Int) -> ReadProblem {
    let megabytes = { (bytes: Int64) in "\(max(1, Int((Double(bytes) / 1_048_576).rounded()))) MB" }
    let actual = size.map { "the file is \(megabytes($0)), over" } ?? "the file is over"
    return ReadProblem(message: "\(actual) the \(megabytes(Int64(limit))) limit; it was not read")
  }

  private func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The path relative to the current folder when it lies inside it, absolute otherwise.
  public func shownPath(_ url: URL) -> String {
    let path = url.standardized.path
    guard currentDirectory != "/" else { return path }
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
