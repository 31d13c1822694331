import Foundation
import Glibc

/// Why a file or folder that exists cannot be read, so messages name the real cause ("permission denied")
/// instead of saying that what is there is missing.
public enum FolderAccess {
  /// "permission denied" when `path`, or a folder on the way to it, cannot be read (a folder: listed and
  /// entered); `nil` when it can be, or when it does not exist.
  public static func problem(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return isDenied(errno) ? denied : nil }
    let mode = info.st_mode & S_IFMT == S_IFDIR ? R_OK | X_OK : R_OK
    return access(path, mode) != 0 && isDenied(errno) ? denied : nil
  }

  /// The folders directly inside `folder` that exist but cannot be read, by name.
  public static func unreadableFolders(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }.filter { path in
      var info = stat()
      return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR && problem(path) != nil
    }
  }

  private static let denied = "permission denied"

  private static func isDenied(_ code: Int32) -> Bool { code == EACCES || code == EPERM }
}
