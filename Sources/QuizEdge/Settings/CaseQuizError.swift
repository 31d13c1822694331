import Foundation
import QuizCore

/// A problem the user can fix, reported as one line and exit status 1.
///
/// An error raised before the catalog and the language are known (a bad `--bank`, `--topic`, data folder or
/// export path) carries its catalog `key` and arguments as well as its English `message`; whoever prints it
/// says it in the session's language with ``message(catalog:language:)``, falling back to `message` when the
/// catalog cannot be read.
public struct CaseQuizError: Error, Equatable {
  /// What went wrong, naming the file or value (in English when the error has a `key`).
  public var message: String
  /// The catalog key of the message, when it can be said in another language.
  public var key: String?
  /// The values of the key's placeholders.
  public var arguments: [String: String] = [:]
  /// Placeholders whose value is itself a catalog key (a reason such as `profile.reason.permission`).
  public var keyedArguments: [String: String] = [:]

  /// An error already in the session's language (or one with no translation).
  public init(_ message: String) { self.message = message }

  /// An error said through the catalog entry `key`; `message` is its English text, for when there is no catalog.
  public init(
    _ message: String, key: String, _ arguments: [String: String] = [:], keyed keyedArguments: [String: String] = [:]
  ) {
    self.message = message
    self.key = key
    self.arguments = arguments
    self.keyedArguments = keyedArguments
  }

  /// The message in `language`, or ``message`` when the catalog has no entry for the key.
  public func message(catalog: Catalog, language: Language) -> String {
    guard let key, catalog.string(key, in: language) != key else { return message }
    var values = arguments
    for (name, argumentKey) in keyedArguments {
      let text = catalog.string(argumentKey, in: language)
      guard text != argumentKey else { return message }
      values[name] = text
    }
    return catalog.string(key, in: language, values)
  }

  /// "cannot read PATH: PROBLEM", a problem of ``FolderAccess/problem(_:)`` ("permission denied").
  public static func cannotRead(_ path: String, _ problem: String) -> CaseQuizError {
    CaseQuizError(
      "cannot read \(path): \(problem)", key: "error.cannotRead", ["path": path],
      keyed: ["reason": "profile.reason.permission"])
  }

  /// "cannot read the bank folder PATH: PROBLEM", a problem of ``FolderAccess/problem(_:)``.
  public static func cannotReadBankFolder(_ path: String, _ problem: String) -> CaseQuizError {
    CaseQuizError(
      "cannot read the bank folder \(path): \(problem)", key: "error.cannotReadBankFolder", ["path": path],
      keyed: ["reason": "profile.reason.permission"])
  }

  /// A system error or a system error as a catalog reason key, when the
  /// catalog has one.
  public static func reasonKey(code: Int32) -> String? {
    switch code {
    case ENOSPC, EDQUOT: "profile.reason.diskFull"
    case EROFS: "profile.reason.readOnly"
    case EACCES, EPERM: "profile.reason.permission"
    case ENOENT, ENOTDIR: "profile.reason.missing"
    case EISDIR: "profile.reason.isFolder"
    case ENAMETOOLONG: "profile.reason.nameTooLong"
    case EIO: "profile.reason.ioError"
    default: nil
    }
  }
}
