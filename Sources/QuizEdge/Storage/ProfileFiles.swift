import Foundation
import Glibc

/// A failed system call on a profile file: what was attempted, on which path, and `errno`.
public struct FileError: Error, Equatable, Sendable {
  /// What was being done: `open`, `lock`, `write`, `fsync`, `rename`…
  public var operation: String
  /// The file or folder.
  public var path: String
  /// The system error number.
  public var code: Int32

  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// The system's wording of the error ("No space left on device").
  public var reason: String { String(cString: strerror(code)) }

  /// Whether the error is a refused permission.
  public var isPermissionDenied: Bool { code == EACCES || code == EPERM }

  /// Whether a game gave up waiting for a lock another program held, because it was told to stop.
  public var isStoppedWhileLocked: Bool { operation == "lock" && code == EINTR }

  /// Whether the error is about a full disk or a quota.
  public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
}

/// The few POSIX operations the profile store needs, each reporting `errno` as a ``FileError``; no buffering,
/// so what returns has reached the kernel (and, after `sync`, the disk).
public enum ProfileFiles {
  /// How long a game that was told to stop (SIGTERM, SIGHUP, SIGPIPE, see ``TerminalSignals``) still waits for
  /// a lock another program holds, in seconds: enough for another game's compaction, not for a program that
  /// keeps the profile locked.
  public static let lockGraceAfterTermination: Double = 1

  /// Runs `body` holding an exclusive `flock` on `lockPath` (created if missing), waiting until the lock is
  /// free. The lock is released when the descriptor closes, even if the process dies.
  ///
  /// The wait polls (`LOCK_NB`, a few milliseconds apart) rather than blocking in `flock`, so that a game told
  /// to stop while another program holds the profile stops: ``lockGraceAfterTermination`` after it first
  /// noticed, every wait gives up
  /// with a ``FileError`` of operation `lock` and code `EINTR` (``FileError/isStoppedWhileLocked``).
  public static func withLock<T>(_ lockPath: String, _ body: () throws -> T) throws -> T {
    let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileError(operation: "open", path: lockPath, code: errno) }
    defer { close(fd) }
    var pause: UInt32 = 1_000
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        throw FileError(operation: "lock", path: lockPath, code: errno)
      }
      if TerminalSignals.terminationSignal != nil {
        let now = monotonicNow()
        if let since = stopNoticedAt {
          if seconds(from: since, to: now) >= lockGraceAfterTermination {
            throw FileError(operation: "lock", path: lockPath, code: EINTR)
          }
        } else {
          stopNoticedAt = now
        }
      }
      usleep(pause)
      pause = min(pause * 2, 20_000)
    }
    return try body()
  }

  /// When a wait for a lock first saw that the game was told to stop: the grace counts once per process, not
  /// once per save, so a game that has several things to save still stops within it. Only the game's thread
  /// saves the profile.
  nonisolated(unsafe) private static var stopNoticedAt: timespec?

  private static func monotonicNow() -> timespec {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now
  }

  private static func seconds(from start: timespec, to end: timespec) -> Double {
    Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
  }

  /// Creates a folder and its missing parents, the created ones with mode 0700.
  public static func makeDirectory(_ path: String) throws {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0, errno != EEXIST {
        throw FileError(operation: "mkdir", path: current, code: errno)
      }
    }
    var info = stat()
    guard stat(path, &info) == 0 else { throw FileError(operation: "stat", path: path, code: errno) }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw FileError(operation: "mkdir", path: path, code: ENOTDIR) }
  }

  /// Appends bytes to a file opened with `O_APPEND`, then `fsync`s it (and its folder when the file was just
  /// created). A write that fails halfway is cut back off, so the file never ends in half a line; a file that
  /// does not end in a newline (a line torn by an older crash) gets one first, so the new line stays whole.
  public static func appendDurably(_ bytes: Data, to path: String) throws {
    let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)  // readable: `lastByte` preads
    guard fd >= 0 else { throw FileError(operation: "open", path: path, code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileError(operation: "stat", path: path, code: errno) }
    let originalSize = info.st_size
    var data = bytes
    if originalSize > 0, lastByte(fd: fd, size: originalSize) != 0x0A { data.insert(0x0A, at: 0) }
    do {
      try writeAll(fd, data, path: path)
      try sync(fd, path: path)
    } catch {
      _ = ftruncate(fd, originalSize)
      _ = fsync(fd)
      throw error
    }
    if originalSize == 0 { try syncDirectory(of: path) }
  }

  private static func lastByte(fd: Int32, size: off_t) -> UInt8? {
    var byte: UInt8 = 0
    return pread(fd, &byte, 1, size - 1) == 1 ? byte : nil
  }

  /// Replaces a file atomically: writes a temporary file in the same folder, `fsync`s it, renames it over the
  /// target and `fsync`s the folder. Readers see the old file or the new one, never half of one.
  public static func replaceAtomically(_ path: String, with data: Data) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileError(operation: "open", path: temporary, code: errno) }
    do {
      try writeAll(fd, data, path: temporary)
      try sync(fd, path: temporary)
      close(fd)
      guard rename(temporary, path) == 0 else { throw FileError(operation: "rename", path: path, code: errno) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    try syncDirectory(of: path)
  }

  /// Removes the temporary files ``replaceAtomically(_:with:)`` leaves for `path` when killed mid-write. Call
  /// it only under the lock that guards every replacement of `path`, so no live writer owns one.
  public static func removeStaleTemporaries(of path: String) {
    let url = URL(fileURLWithPath: path)
    let prefix = ".\(url.lastPathComponent).tmp-"
    let directory = url.deletingLastPathComponent()
    for file in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    where file.hasPrefix(prefix) {
      unlink(directory.appendingPathComponent(file).path)
    }
  }

  /// Empties a file durably (the journal after a compaction); a missing file is fine.
  public static func truncateDurably(_ path: String) throws {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    if fd < 0, errno == ENOENT { return }
    guard fd >= 0 else { throw FileError(operation: "open", path: path, code: errno) }
    defer { close(fd) }
    guard ftruncate(fd, 0) == 0 else { throw FileError(operation: "truncate", path: path, code: errno) }
    try sync(fd, path: path)
  }

  /// Renames a file (never over an existing one: a numbered suffix is added) and `fsync`s the folder;
  /// returns the new path.
  public static func moveAside(_ path: String, to preferred: String) throws -> String {
    var target = preferred
    var counter = 2
    while access(target, F_OK) == 0 {
      let url = URL(fileURLWithPath: preferred)
      let ext = url.pathExtension
      let stem = url.deletingPathExtension().path
      target = ext.isEmpty ? "\(stem)-\(counter)" : "\(stem)-\(counter).\(ext)"
      counter += 1
    }
    guard rename(path, target) == 0 else { throw FileError(operation: "rename", path: path, code: errno) }
    try syncDirectory(of: target)
    return target
  }

  /// Copies bytes to a new file durably, never replacing an existing one (a numbered suffix is added);
  /// returns the path written.
  public static func writeBackup(_ data: Data, to preferred: String) throws -> String {
    var target = preferred
    var counter = 2
    while true {
      let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if fd < 0, errno == EEXIST {
        let url = URL(fileURLWithPath: preferred)
        target = url.deletingPathExtension().path + "-\(counter)." + url.pathExtension
        counter += 1
        continue
      }
      guard fd >= 0 else { throw FileError(operation: "open", path: target, code: errno) }
      defer { close(fd) }
      try writeAll(fd, data, path: target)
      try sync(fd, path: target)
      try syncDirectory(of: target)
      return target
    }
  }

  /// Removes a file durably; a missing file is fine.
  public static func remove(_ path: String) throws {
    guard unlink(path) == 0 || errno == ENOENT else { throw FileError(operation: "unlink", path: path, code: errno) }
    try syncDirectory(of: path)
  }

  /// The size of a file in bytes, `nil` if it cannot be found.
  public static func size(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }

  /// The bytes of a file, `nil` if it does not exist (or its folder does not). Only a regular file is read:
  /// a folder fails with `EISDIR`, anything else (a FIFO, `/dev/zero`, a socket) with `EINVAL`, rather than
  /// blocking forever or reading without end.
  public static func read(_ path: String) throws -> Data? {
    try read(path, mappingFrom: nil)
  }

  /// The bytes of a file like ``read(_:)``, but a regular file of `threshold` bytes or more is mapped into
  /// memory (read-only, private) instead of copied: the kernel's page cache is then the data, and only the pages
  /// touched are ever brought in. Copying 27 MiB into fresh memory cost 15 ms, mapping it 0.2 ms.
  ///
  /// A mapped file must not be cut short while the data lives: casequiz replaces its files by renaming a new
  /// one over them (the mapping keeps the old one), and ``MappedFileGuard`` turns a page cut off by another
  /// program into zeros instead of a crash, and notes it (see ``MappedFileGuard/isIntact(_:)``).
  public static func readMapped(_ path: String, threshold: Int = 1 << 20) throws -> Data? {
    try read(path, mappingFrom: max(1, threshold))
  }

  private static func read(_ path: String, mappingFrom threshold: Int?) throws -> Data? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0, errno == ENOENT || errno == ENOTDIR { return nil }
    guard fd >= 0 else { throw FileError(operation: "open", path: path, code: errno) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw FileError(operation: "read", path: path, code: errno) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw FileError(operation: "read", path: path, code: EISDIR)
    default: throw FileError(operation: "read", path: path, code: EINVAL)
    }
    if let threshold, status.st_size >= threshold, let mapped = MappedFileGuard.map(fd, count: Int(status.st_size)) {
      return mapped
    }
    // Read straight into the data's own bytes (a 27 MiB snapshot copied once more through a small buffer
    // cost as much as reading it); room for one byte more, to see the end of a file that does not grow.
    var data = Data(count: max(0, Int(status.st_size)) + 1)
    var filled = 0
    while true {
      if filled == data.count { data.count += max(64 * 1024, data.count / 2) }
      let count = data.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map { Glibc.read(fd, $0 + filled, buffer.count - filled) } ?? 0  // never empty
      }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw FileError(operation: "read", path: path, code: errno) }
      if count == 0 {
        data.count = filled
        return data
      }
      filled += count
    }
  }

  private static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < raw.count {
        let written = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { throw FileError(operation: "write", path: path, code: written < 0 ? errno : EIO) }
        offset += written
      }
    }
  }

  private static func sync(_ fd: Int32, path: String) throws {
    guard fsync(fd) == 0 else { throw FileError(operation: "fsync", path: path, code: errno) }
  }

  /// `fsync`s the folder holding `path`, so a created or renamed entry survives a crash.
  public static func syncDirectory(of path: String) throws {
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(operation: "open", path: directory, code: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 || errno == EINVAL else { throw FileError(operation: "fsync", path: directory, code: errno) }
  }
}
