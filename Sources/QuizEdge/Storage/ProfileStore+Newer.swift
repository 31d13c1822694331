import Foundation
import QuizCore

extension ProfileStore {
  /// The way on from a profile written by a newer casequiz (`profile reset --force`): its snapshot, journal and
  /// history are renamed, untouched, to `<name>.newer-<UTC>.json`, `.journal` and `.history.jsonl`, and the
  /// profile starts empty. Returns the snapshot's new path. Only a snapshot this casequiz refuses as newer is
  /// moved: anything else is left alone and reported as usual by ``load()``.
  public func setAsideNewer() throws(ProfileStoreError) -> String {
    try locked { () throws(ProfileStoreError) -> String in
      guard case .read(let data) = readSnapshot(), case .newerVersion? = Self.decodingError(data) else {
        throw .unusable(FileError(operation: "reset", path: paths.snapshot, code: EINVAL))
      }
      let now = now()
      let moved = try saving {
        try ProfileFiles.moveAside(paths.snapshot, to: paths.newerBackup(at: now, suffix: ".json"))
      }
      for (path, suffix) in [(paths.journal, ".journal"), (paths.history, ".history.jsonl")]
      where ProfileFiles.size(path) != nil {
        _ = try saving { try ProfileFiles.moveAside(path, to: paths.newerBackup(at: now, suffix: suffix)) }
      }
      return moved
    }
  }

  private static func decodingError(_ data: Data) -> ProfileReadError? {
    do {
      _ = try ProfileDecoding.profile(from: data)
      return nil
    } catch {
      return error
    }
  }
}
