import CReadline
import Glibc

/// Reads lines from a pipe or a file with `read(2)`, so SIGTERM, SIGHUP and SIGINT are noticed
/// while waiting (Swift's `readLine()` would block through them).
///
/// - The prompt is printed only when stdout is a terminal; input is never echoed.
/// - Lines end at `\n`; a trailing `\r` is dropped; a last line without `\n` still counts.
/// - Decoding follows `LineInputLimit.decode`: lossy UTF-8, no NUL, cut at 4096 bytes (the rest
///   of a longer line is skipped as it arrives, never stored).
/// - No completion and no history: `completionCandidates` is kept but unused.
public final class PlainLineReader: LineEditor {
  public var completionCandidates: (_ lineBeforeCursor: String, _ word: String) -> [String] = { _, _ in [] }

  private let fd: Int32
  private let showsPrompt: Bool
  /// Bytes read, NUL bytes removed; lines before `start` were returned already. At most
  /// `maxBytes + 1` bytes of a line without its newline yet are kept.
  private var buffer: [UInt8] = []
  private var start = 0
  private var chunk = [UInt8](repeating: 0, count: 65_536)
  private var atEnd = false
  private var closed = false

  public init(fd: Int32 = STDIN_FILENO, showsPrompt: Bool = TerminalInfo.isTTY(STDOUT_FILENO)) {
    self.fd = fd
    self.showsPrompt = showsPrompt
    TerminalSignals.install()
  }

  public func readLine(prompt: String) -> LineInput {
    guard !closed else { return .endOfInput }
    cq_stdout_write(showsPrompt ? prompt : "")  // a flush at least
    while true {
      if TerminalSignals.terminationSignal != nil { return .terminated }
      if TerminalSignals.takeInterrupt() { return .interrupted }
      if let line = takeLine() { return .line(line) }
      if atEnd {
        guard start < buffer.count else { return .endOfInput }
        defer { start = buffer.count }
        return .line(decode(buffer[start...]))
      }
      if TerminalSignals.waitForInput(on: fd) { fill() }
    }
  }

  public func addToHistory(_ line: String) {}

  public func close() {
    guard !closed else { return }
    closed = true
    TerminalSignals.restore()
  }

  deinit { close() }

  /// The next complete line in the buffer, if any.
  private func takeLine() -> String? {
    guard let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else {
      if buffer.count - start > LineInputLimit.maxBytes {  // keep what will be returned, skip the rest
        buffer.removeSubrange((start + LineInputLimit.maxBytes + 1)...)
      }
      return nil
    }
    defer { start = newline + 1 }
    return decode(buffer[start..<newline])
  }

  private func decode(_ line: ArraySlice<UInt8>) -> String {
    LineInputLimit.decode(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
  }

  private func fill() {
    buffer.removeSubrange(..<start)  // drop the lines already returned
    start = 0
    let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if count > 0 {
      let bytes = chunk[..<count]
      if bytes.contains(0) { buffer += bytes.filter { $0 != 0 } } else { buffer += bytes }
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      atEnd = true  // end of file, or an error such as EIO after a hang-up
    }
  }
}
