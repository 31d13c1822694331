import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Monotonic time in nanoseconds.
public func monotonicNanoseconds() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Seconds taken by `body`, on the monotonic clock.
public func timed<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
  let start = monotonicNanoseconds()
  let value = try body()
  return (value, Double(monotonicNanoseconds() - start) / 1e9)
}

/// What one run of a child process cost.
public struct ChildRun: Sendable {
  /// Seconds from just before `posix_spawn` to the first stdout line that holds the marker (or any first line).
  public var firstLine: Double?
  /// Seconds from just before `posix_spawn` to `wait4` returning.
  public var exit: Double
  /// Peak resident memory of the child, in bytes (`ru_maxrss` of `wait4`).
  public var maxRSS: Int
  /// The exit status (or 128 + signal).
  public var status: Int32
  /// Everything the child wrote on stdout.
  public var stdout: Data
  /// Whether the child was killed for running past its time limit.
  public var timedOut = false
}

/// Errors starting a child.
public struct SpawnError: Error, CustomStringConvertible {
  public var description: String
}

/// Starts processes with `posix_spawn` (no threads, no shell) and measures each with `wait4`, so a child's peak
/// memory is its own: every measurement that reports memory runs in a child of its own.
public enum Child {
  /// The `peak` launcher: when set, children measured with `measurePeak` run under it, so that their peak
  /// memory is their own (see `Sources/peak/main.c`). Set once at start-up from `BENCH_PEAK`.
  nonisolated(unsafe) public static var peakLauncher: String? = ProcessInfo.processInfo.environment["BENCH_PEAK"]
  nonisolated(unsafe) static var peakFiles = 0

  /// The command to spawn and the file the launcher writes the peak to, when measuring the peak.
  static func wrapped(_ executable: String, _ arguments: [String], measurePeak: Bool)
    -> (executable: String, arguments: [String], peakFile: String?)
  {
    guard measurePeak, let launcher = peakLauncher else { return (executable, arguments, nil) }
    peakFiles += 1
    let file = NSTemporaryDirectory() + "/bench-peak-\(getpid())-\(peakFiles).txt"
    return (launcher, [file, executable] + arguments, file)
  }

  /// Reads (and removes) the launcher's figure, in bytes.
  static func readPeak(_ file: String?) -> Int? {
    guard let file else { return nil }
    defer { unlink(file) }
    guard let text = try? String(contentsOfFile: file, encoding: .utf8),
      let kib = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    return kib * 1024
  }

  /// The peak memory (VmHWM) of the children of `pid`, read before they are killed.
  static func childrenPeak(_ pid: pid_t) -> Int? {
    guard let list = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else { return nil }
    var best: Int?
    for child in list.split(separator: " ") {
      guard let status = try? String(contentsOfFile: "/proc/\(child)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kib = Int(line.split(separator: " ").dropFirst().first ?? "")
      else { continue }
      best = max(best ?? 0, kib * 1024)
    }
    return best
  }

  /// Runs `executable` with `arguments`, stdin read from `stdinPath` (or `/dev/null`), stdout captured and stderr
  /// written to `stderrPath` (or `/dev/null`). `firstLine` is the time the first stdout line containing
  /// `marker` arrived (any line when `marker` is nil). A child still running after `timeout` seconds is killed
  /// (its run then has `timedOut` set).
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdinPath: String? = nil, stderrPath: String? = nil, marker: String? = nil, timeout: Double? = nil,
    measurePeak: Bool = false
  ) throws -> ChildRun {
    let (executable, arguments, peakFile) = wrapped(executable, arguments, measurePeak: measurePeak)
    var pipeFDs: [Int32] = [0, 0]
    guard pipe(&pipeFDs) == 0 else { throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
    posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let start = monotonicNanoseconds()
    let pid = try spawn(executable, arguments, environment, &actions)
    close(pipeFDs[1])

    var output = Data()
    var firstLine: UInt64?
    let markerBytes = marker.map { Array($0.utf8) }
    var buffer = [UInt8](repeating: 0, count: 65536)
    var lineStart = 0
    var timedOut = false
    var killedPeak: Int?
    while true {
      if let timeout {
        let left = timeout - Double(monotonicNanoseconds() - start) / 1e9
        var descriptor = pollfd(fd: pipeFDs[0], events: Int16(POLLIN), revents: 0)
        let ready = left > 0 ? poll(&descriptor, 1, Int32(min(left * 1000 + 1, 3_600_000))) : 0
        if ready < 0, errno == EINTR { continue }
        if ready == 0 {
          killedPeak = childrenPeak(pid)
          kill(-pid, SIGKILL)
          timedOut = true
          break
        }
      }
      let count = buffer.withUnsafeMutableBytes { read(pipeFDs[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      let now = monotonicNanoseconds()
      output.append(contentsOf: buffer[0..<count])
      if firstLine == nil {
        // Look at each complete line that arrived.
        let bytes = [UInt8](output)
        while let newline = bytes[lineStart...].firstIndex(of: 0x0A) {
          let line = bytes[lineStart..<newline]
          lineStart = newline + 1
          if markerBytes == nil || contains(line, markerBytes!) {
            firstLine = now
            break
          }
        }
      }
    }
    close(pipeFDs[0])
    let (status, usage) = try wait(pid)
    let end = monotonicNanoseconds()
    return ChildRun(
      firstLine: firstLine.map { Double($0 - start) / 1e9 }, exit: Double(end - start) / 1e9,
      maxRSS: readPeak(peakFile) ?? killedPeak ?? usage.ru_maxrss * 1024, status: status, stdout: output,
      timedOut: timedOut)
  }

  static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    var index = haystack.startIndex
    while index + needle.count <= haystack.endIndex {
      if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }

  static func spawn(
    _ executable: String, _ arguments: [String], _ environment: [String: String],
    _ actions: inout posix_spawn_file_actions_t
  ) throws -> pid_t {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    // Each child leads a process group of its own, so a timed-out child is killed with what it started.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// Waits for a child; its exit status and resource usage.
  public static func wait(_ pid: pid_t) throws -> (status: Int32, usage: rusage) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw SpawnError(description: "wait4: \(String(cString: strerror(errno)))") }
    }
    let exited = status & 0x7F == 0
    return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), usage)
  }
}

/// A child spoken to line by line over pipes: write a line to its stdin, read lines from its stdout.
public final class InteractiveChild {
  public let pid: pid_t
  private let peakFile: String?
  private let input: Int32
  private let output: Int32
  private var pending: [UInt8] = []
  public private(set) var transcript = Data()

  /// Starts `executable`; stderr goes to `stderrPath` (or `/dev/null`). With `measurePeak`, it runs under the
  /// `peak` launcher, and `pid` is the launcher's.
  public init(
    _ executable: String, _ arguments: [String], environment: [String: String], stderrPath: String? = nil,
    measurePeak: Bool = false
  ) throws {
    let (executable, arguments, peakFile) = Child.wrapped(executable, arguments, measurePeak: measurePeak)
    self.peakFile = peakFile
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw SpawnError(description: "pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    pid = try Child.spawn(executable, arguments, environment, &actions)
    close(toChild[0])
    close(fromChild[1])
    input = toChild[1]
    output = fromChild[0]
  }

  /// The pid of the measured program: the launcher's child when it runs under `peak`, else `pid`.
  public func measuredPID() -> pid_t {
    guard peakFile != nil else { return pid }
    for _ in 0..<1000 {
      if let list = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
        let first = list.split(separator: " ").first, let child = pid_t(first)
      {
        return child
      }
      usleep(1000)
    }
    return pid
  }

  /// Writes one line (a newline is added).
  public func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return }
      offset += written
    }
  }

  /// The next line of stdout without its newline, or nil at end of file.
  public func readLine() -> String? {
    while true {
      if let newline = pending.firstIndex(of: 0x0A) {
        let line = String(decoding: pending[..<newline], as: UTF8.self)
        pending.removeSubrange(...newline)
        return line
      }
      var buffer = [UInt8](repeating: 0, count: 65536)
      let count = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 {
        guard !pending.isEmpty else { return nil }
        let line = String(decoding: pending, as: UTF8.self)
        pending.removeAll()
        return line
      }
      transcript.append(contentsOf: buffer[0..<count])
      pending.append(contentsOf: buffer[0..<count])
    }
  }

  /// Closes stdin, drains stdout and waits: the exit status and peak memory in bytes.
  public func finish() throws -> (status: Int32, maxRSS: Int) {
    close(input)
    while readLine() != nil {}
    close(output)
    let (status, usage) = try Child.wait(pid)
    return (status, Child.readPeak(peakFile) ?? usage.ru_maxrss * 1024)
  }
}
