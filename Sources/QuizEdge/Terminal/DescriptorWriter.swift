import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes bytes to a file descriptor with `write(2)`, never trapping.
///
/// Foundation's `FileHandle.write(_:)` stops the program when the write fails. A game's output can fail
/// for an ordinary reason: the front end that reads it closed the pipe (EPIPE, which also raises SIGPIPE:
/// during a game that ends the game like SIGHUP, see `TerminalSignals`). What cannot be written is dropped;
/// interrupted and partial writes are continued.
enum DescriptorWriter {
  /// Writes all of `data` to `descriptor`; false when the descriptor refused it (closed pipe, full disk).
  @discardableResult
  static func write(_ data: Data, to descriptor: Int32) -> Bool {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
      guard var next = buffer.baseAddress else { return true }
      var left = buffer.count
      while left > 0 {
        let written = Glibc.write(descriptor, next, left)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        left -= written
        next += written
      }
      return true
    }
  }
}
