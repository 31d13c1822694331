import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The environment this process started with, read once: `ProcessInfo.processInfo.environment` builds a new
/// dictionary from `environ` at every call (about 60,000 instructions per variable set in a typical shell, and a
/// game's start read it six times). Only for what the program itself never changes (`HOME`, the `XDG_*` and
/// `CASEQUIZ_*` variables, the language variables before the line editor adjusts `LC_CTYPE`).
public enum ProcessEnvironment {
  /// The variables at the first use.
  public static let variables: [String: String] = read(environ)

  /// The variables of a C environment block (`NAME=value` strings up to a null pointer), read straight from it:
  /// the same dictionary as `ProcessInfo.processInfo.environment` for the same block, at a tenth of its cost (it
  /// went through Foundation's process-info machinery, 0.6 M instructions of a game's start). An entry without
  /// `=` is skipped; when a name repeats, its first value counts, as `getenv` reads it.
  static func read(_ block: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String: String] {
    var variables: [String: String] = [:]
    guard var entry = block else { return variables }
    while let pointer = entry.pointee {
      let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(decoding: bytes[..<equals], as: UTF8.self)
        if variables[name] == nil {
          variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
        }
      }
      entry += 1
    }
    return variables
  }
}
