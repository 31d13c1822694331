import Foundation
import QuizCore

/// The banks this build of casequiz has already validated without an error, remembered as empty marker files
/// under `$XDG_CACHE_HOME/casequiz/validated/` (default `~/.cache/casequiz/validated/`), so a game does not
/// validate an unchanged bank at every start (a fifth of the time to the first question).
///
/// A marker is named after the bank's folder and a hash of everything validation depends on: the bytes of
/// `bank.json`, the id and bytes of each source document, and the casequiz executable itself (its path, size
/// and modification time, so a new build validates again). Any change to any of them misses the cache and
/// validates again. Only a clean verdict is remembered; a bank with an error is refused every time. The cache
/// is best effort: a folder that cannot be read or written only means validating every time. `lint` never uses
/// it.
public struct ValidatedBanks {
  /// The folder of the markers.
  public var directory: URL
  /// What identifies this build of casequiz.
  public var build: String

  /// The cache of this user and build, or `nil` when no cache folder can be named (no absolute
  /// `XDG_CACHE_HOME` or `HOME`).
  public static func live(environment: [String: String] = ProcessEnvironment.variables) -> ValidatedBanks? {
    let base: String
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = cache
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = home + "/.cache"
    } else {
      return nil
    }
    return ValidatedBanks(
      directory: URL(fileURLWithPath: base).appendingPathComponent("casequiz/validated"), build: executableIdentity())
  }

  /// The key of a bank: its folder name and a hash of the build, `bank.json` and its source documents.
  public func key(folder: String, bankJSON: Data, sources: [(id: String, bytes: Data)]) -> String {
    key(keyStart(folder: folder, bankJSON: bankJSON), sources: sources)
  }

  /// A bank's key with `bank.json` hashed and its source documents not yet: what a loader keeps instead of
  /// `bank.json`'s bytes, so it can release them before validating (102 MiB at 100,000 facts). ``key(_:sources:)``
  /// finishes it into exactly the key ``key(folder:bankJSON:sources:)`` gives.
  public struct KeyStart: Sendable {
    fileprivate var prefix: String
    fileprivate var hash: ContentHash
  }

  /// Starts a bank's key: its folder name, the build and `bank.json`.
  public func keyStart(folder: String, bankJSON: Data) -> KeyStart {
    var hash = ContentHash()
    hash.add(build)
    hash.add(bankJSON)
    return KeyStart(prefix: Self.prefix(folder: folder), hash: hash)
  }

  /// Finishes a key started by ``keyStart(folder:bankJSON:)`` with the bank's source documents.
  public func key(_ start: KeyStart, sources: [(id: String, bytes: Data)]) -> String {
    var hash = start.hash
    for source in sources {
      hash.add(source.id)
      hash.add(source.bytes)
    }
    return start.prefix + hash.hex
  }

  /// The key of a bank's compiled form (``CompiledBank``): its folder name and a hash of the build and
  /// `bank.json`, which is all decoding depends on; it ends in `.bank`.
  public func compiledKey(folder: String, bankJSON: Data) -> String {
    var hash = ContentHash()
    hash.add("compiled")
    hash.add(build)
    hash.add(bankJSON)
    return Self.prefix(folder: folder) + hash.hex + Self.compiledSuffix
  }

  /// The bank compiled under `key`, or `nil` when there is none or it is damaged in any way (then the caller
  /// decodes `bank.json` and stores it again).
  public func compiledBank(_ key: String) -> Bank? {
    cachedFile(key).flatMap { CompiledBank.decode($0, key: key) }
  }

  /// The key of the UI catalogs' compiled form (``CompiledCatalog``): a hash of the build and the bytes of
  /// both catalog files, under a prefix no bank folder's entries can have (`~` is not kept in those names).
  public func compiledCatalogKey(_ files: [(language: Language, bytes: Data)]) -> String {
    var hash = ContentHash()
    hash.add("catalog")
    hash.add(build)
    for file in files {
      hash.add(file.language.rawValue)
      hash.add(file.bytes)
    }
    return Self.catalogPrefix + hash.hex + Self.catalogSuffix
  }

  /// The catalogs compiled under `key`, or `nil` when there are none or the file is damaged in any way (then
  /// the caller parses the JSON files and stores them again).
  public func compiledCatalog(_ key: String) -> Catalog? {
    cachedFile(key).flatMap { CompiledCatalog.decode($0, key: key) }
  }

  /// Stores the compiled form of catalogs read without an error under `key`, as ``storeCompiled(_:key:)``
  /// does, and removes the older compiled catalogs.
  public func storeCompiledCatalog(_ catalog: Catalog, key: String) {
    guard let data = CompiledCatalog.encode(catalog, key: key), write(data, as: key) else { return }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    where name != key && name.hasPrefix(Self.catalogPrefix) && name.hasSuffix(Self.catalogSuffix) {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// The start and end of the compiled catalogs' names.
  static let catalogPrefix = "~catalog."
  static let catalogSuffix = ".catalog"

  /// The bytes of the regular file `key` in the cache, or `nil` (missing, not a regular file, too large, or
  /// unreadable).
  private func cachedFile(_ key: String) -> Data? {
    let path = directory.appendingPathComponent(key).path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size > 0, status.st_size <= BankStore.maxFileSize
    else { return nil }
    var data = Data(count: Int(status.st_size))
    let complete = data.withUnsafeMutableBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      var done = 0
      while done < buffer.count {
        let count = read(descriptor, base + done, buffer.count - done)
        if count <= 0 { return false }
        done += count
      }
      return true
    }
    return complete ? data : nil
  }

  /// Stores the compiled form of a clean bank under `key` (written to a temporary file, then renamed, so a
  /// reader never sees half a file) and removes the older compiled forms of the same folder. Failures are
  /// ignored: the next start decodes `bank.json` again.
  public func storeCompiled(_ bank: Bank, key: String) {
    guard let data = CompiledBank.encode(bank, key: key), write(data, as: key) else { return }
    removeOthers(of: key, compiled: true)
  }

  /// Writes `data` as the cache's file `key`: to a temporary file, then renamed. Whether it was written.
  private func write(_ data: Data, as key: String) -> Bool {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let target = directory.appendingPathComponent(key)
    let temporary = directory.appendingPathComponent(".\(key).\(getpid()).tmp")
    do {
      try data.write(to: temporary)
      guard rename(temporary.path, target.path) == 0 else {
        try? FileManager.default.removeItem(at: temporary)
        return false
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      return false
    }
    return true
  }

  /// Whether the bank with this key was validated clean by this build.
  public func contains(_ key: String) -> Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent(key).path)
  }

  /// Remembers a clean verdict, replacing the markers of older versions of the same bank folder. Failures are
  /// ignored: the next start validates again.
  public func insert(_ key: String) {
    let path = directory.appendingPathComponent(key).path
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return }
    close(descriptor)
    removeOthers(of: key, compiled: false)
  }

  /// The suffix of the compiled forms' names.
  static let compiledSuffix = ".bank"

  /// The start of every name of a bank folder's entries.
  static func prefix(folder: String) -> String {
    let plain =
      !folder.isEmpty && folder.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    return (plain ? folder : "bank") + "."
  }

  /// Removes the entries of the same folder and kind (markers, or compiled forms) other than `key`.
  private func removeOthers(of key: String, compiled: Bool) {
    let prefix = String(key[..<(key.firstIndex(of: ".") ?? key.endIndex)]) + "."
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    where name != key && name.hasPrefix(prefix) && name.hasSuffix(Self.compiledSuffix) == compiled {
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  /// The running executable's path, size and modification time.
  public static func executableIdentity() -> String {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var status = stat()
    guard stat(path, &status) == 0 else { return path }
    return "\(path)|\(status.st_size)|\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
  }
}

/// Two 64-bit hashes with different starting points and multipliers, over length-prefixed pieces read eight
/// bytes at a time (each step a multiply and a shift, so every bit of a word reaches the whole state): 128 bits
/// that change with any byte. About 1.3 instructions a byte (byte-by-byte FNV-1a took 8: a million
/// instructions at every start for `bank.json` and its article).
public struct ContentHash: Sendable {
  private var first: UInt64 = 0xcbf2_9ce4_8422_2325
  private var second: UInt64 = 0x8422_2325_cbf2_9ce4

  public mutating func add(_ text: String) { add(Data(text.utf8)) }

  public mutating func add(_ bytes: Data) {
    mix(UInt64(bytes.count))
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset + 8 <= buffer.count {
        mix(buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < buffer.count {
        tail |= UInt64(buffer[offset]) << shift
        shift += 8
        offset += 1
      }
      mix(tail)
    }
  }

  private mutating func mix(_ word: UInt64) {
    first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
    first ^= first >> 29
    second = (second ^ word) &* 0xBF58_476D_1CE4_E5B9
    second ^= second >> 31
  }

  /// The hash as hexadecimal digits.
  public var hex: String { String(first, radix: 16) + "-" + String(second, radix: 16) }
}
