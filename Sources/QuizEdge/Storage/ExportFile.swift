import Foundation
import Glibc

/// Writes an exported file: atomically (a temporary file in the same folder, renamed over the target, so a
/// failure never leaves half a file), never over an existing file unless asked. Every problem is one
/// ``CaseQuizError`` naming the file.
public enum ExportFile {
  /// Writes `text` to `path`; an existing file is replaced only when `force` is set.
  public static func write(_ text: String, to path: String, force: Bool) throws(CaseQuizError) {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR {
        throw CaseQuizError("\(path) is a folder; name a file to write", key: "error.exportIsFolder", ["path": path])
      }
      if !force {
        throw CaseQuizError(
          "\(path) already exists; add --force to replace it", key: "error.exportExists", ["path": path])
      }
    }
    // The folder and name as the user wrote them (a relative path stays relative in messages).
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, (folderInfo.st_mode & S_IFMT) == S_IFDIR else {
      throw CaseQuizError(
        "cannot write \(path): the folder \(folder) does not exist", key: "error.exportNoFolder",
        ["path": path, "folder": folder])
    }
    let temporary = (folder == "/" ? "" : folder) + "/.\(name).tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw cannotWrite(path, code: errno) }
    var failure: Int32?
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count, failure == nil {
      let result = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if result < 0 {
        if errno != EINTR { failure = errno }
      } else {
        written += result
      }
    }
    if failure == nil, fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw cannotWrite(path, code: failure)
    }
  }

  /// "cannot write PATH: REASON", the reason from the catalog when it has one for the system error.
  static func cannotWrite(_ path: String, code: Int32) -> CaseQuizError {
    let reason = String(cString: strerror(code))
    let message = "cannot write \(path): \(reason)"
    guard let key = CaseQuizError.reasonKey(code: code) else {
      return CaseQuizError(message, key: "error.cannotWrite", ["path": path, "reason": reason])
    }
    return CaseQuizError(message, key: "error.cannotWrite", ["path": path], keyed: ["reason": key])
  }
}
