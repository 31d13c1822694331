import Foundation

/// Where a command writes: standard output or standard error in the live program, a buffer in tests.
public struct OutputSink: Sendable {
  /// Writes bytes as they are.
  public var write: @Sendable (Data) -> Void

  public init(write: @escaping @Sendable (Data) -> Void) { self.write = write }

  /// Writes text as UTF-8.
  public func write(_ text: String) { write(Data(text.utf8)) }

  /// Standard output. A write the reader refused (it closed the pipe) is dropped, never a crash.
  public static let standardOutput = OutputSink { DescriptorWriter.write($0, to: STDOUT_FILENO) }
  /// Standard error, likewise.
  public static let standardError = OutputSink { DescriptorWriter.write($0, to: STDERR_FILENO) }

  /// A sink that collects what is written, and the buffer it writes to.
  public static func buffer() -> (OutputSink, OutputBuffer) {
    let buffer = OutputBuffer()
    return (OutputSink { buffer.append($0) }, buffer)
  }
}

/// What an ``OutputSink/buffer()`` collected.
public final class OutputBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  /// Everything written so far, as text.
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: data, as: UTF8.self)
  }

  fileprivate func append(_ bytes: Data) {
    lock.lock()
    data.append(bytes)
    lock.unlock()
  }
}
