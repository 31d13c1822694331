import Foundation
import Testing

/// A `casequiz` game running over pipes that the test keeps open: lines are sent one at a time, standard
/// output is read as it comes (with a time limit), and the process can be signalled. Optionally started
/// through `/bin/sh` with SIGINT, SIGTERM and SIGHUP ignored, as a script's background job or some launchers
/// start it. Standard error goes to a file, read at the end.
final class LiveGame {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let scratch: TemporaryFolder
  private let errURL: URL
  private let buffer = Buffer()
  private let exited = DispatchSemaphore(value: 0)

  init(_ arguments: [String], environment: [String: String], ignoringSignals: Bool = false, asNobody: Bool = false)
    throws
  {
    scratch = try TemporaryFolder()
    errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let binary = try CaseQuizProcess.binary().path
    var command = [binary] + arguments
    if ignoringSignals { command = ["/bin/sh", "-c", "trap '' INT TERM HUP; exec \"$0\" \"$@\""] + command }
    if asNobody, let setpriv = Robust.setpriv {
      command =
        [setpriv.path, "--reuid=\(Robust.nobody.uid)", "--regid=\(Robust.nobody.gid)", "--clear-groups", "--"]
        + command
    }
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errURL)
    let buffer = buffer
    output.fileHandleForReading.readabilityHandler = { handle in buffer.append(handle.availableData) }
    let exited = exited
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
  }

  /// Writes `text` to the game's standard input.
  func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

  /// Closes the game's standard input (end of input).
  func closeInput() { try? input.fileHandleForWriting.close() }

  /// Closes the test's end of the game's standard output, as a front end that quits does.
  func closeOutput() {
    output.fileHandleForReading.readabilityHandler = nil
    try? output.fileHandleForReading.close()
    outputClosed = true
  }
  private var outputClosed = false

  /// Standard output so far.
  var stdout: String { buffer.text }

  /// Waits until standard output satisfies `done`; false after `timeout` seconds.
  @discardableResult
  func wait(for done: (String) -> Bool, timeout: TimeInterval = 60) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while !done(buffer.text) {
      if Date() > deadline || !process.isRunning && !done(buffer.text) { return done(buffer.text) }
      usleep(10_000)
    }
    return true
  }

  /// Sends a signal to the game.
  func signal(_ number: Int32) { kill(process.processIdentifier, number) }

  /// Waits for the exit; after `timeout` seconds the game is killed and nil returned.
  func exitStatus(timeout: TimeInterval) -> Int32? {
    if exited.wait(timeout: .now() + timeout) == .timedOut {
      kill(process.processIdentifier, SIGKILL)
      exited.wait()
      return nil
    }
    usleep(50_000)  // the last output
    if !outputClosed {
      output.fileHandleForReading.readabilityHandler = nil
      buffer.append(output.fileHandleForReading.readDataToEndOfFile())
    }
    return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
  }

  /// Standard error (complete once the game has exited).
  var stderr: String { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }

  /// The JSON objects of standard output.
  var objects: [[String: Any]] {
    stdout.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    closeInput()
  }

  private final class Buffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
      lock.lock()
      data.append(more)
      lock.unlock()
    }

    var text: String {
      lock.lock()
      defer { lock.unlock() }
      return String(decoding: data, as: UTF8.self)
    }
  }
}
