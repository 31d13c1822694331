import Foundation

/// Why a profile snapshot or a journal line could not be read.
public enum ProfileReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is empty (or only blank space).
  case empty
  /// The bytes are not valid UTF-8.
  case notUTF8
  /// The text is not JSON; `detail` says where it broke.
  case notJSON(detail: String)
  /// The JSON does not have the shape of a profile or event; `keyPath` is where (`banks.cassez.questions`),
  /// empty for the whole document.
  case wrongShape(keyPath: String, detail: String)
  /// The profile was written by a newer casequiz (a schema version this build does not know).
  case newerVersion(found: Int, supported: Int)

  /// Whether the data is damaged (as opposed to merely too new): damaged files are set aside, newer ones
  /// are left alone.
  public var isCorruption: Bool {
    if case .newerVersion = self { return false }
    return true
  }

  /// A one-line English description, for logs and tests; the game shows the catalog's wording.
  public var description: String {
    switch self {
    case .empty: "the file is empty"
    case .notUTF8: "the file is not UTF-8 text"
    case .notJSON(let detail): "the file is not valid JSON (\(detail))"
    case .wrongShape(let keyPath, let detail):
      keyPath.isEmpty ? "unexpected content (\(detail))" : "unexpected content at \(keyPath) (\(detail))"
    case .newerVersion(let found, let supported):
      "schema version \(found) is newer than this casequiz supports (\(supported))"
    }
  }
}

/// A profile read from its snapshot, and the schema it was migrated from, if any.
public struct DecodedProfile: Sendable, Equatable {
  /// The profile, in the current schema.
  public var profile: Profile
  /// The schema version it was written in, when older than the current one (then the caller should keep a
  /// backup of the original bytes before writing the migrated profile over them).
  public var migratedFrom: Int?
}

/// Reads profile snapshots and journal lines, checking the schema version and migrating older ones.
public enum ProfileDecoding {
  /// Reads a snapshot: refuses a newer schema version with ``ProfileReadError/newerVersion(found:supported:)``,
  /// migrates version 1 (a document with `"schemaVersion": 1`, or with none but a top-level `questions`) and
  /// decodes the current one with missing keys as defaults.
  public static func profile(from data: Data) throws(ProfileReadError) -> DecodedProfile {
    _ = try text(data)
    let probe: VersionProbe = try decode(VersionProbe.self, from: data)
    let version = probe.schemaVersion ?? (probe.questions != nil ? 1 : Profile.currentSchemaVersion)
    if version > Profile.currentSchemaVersion {
      throw .newerVersion(found: version, supported: Profile.currentSchemaVersion)
    }
    switch version {
    case 1:
      return DecodedProfile(profile: ProfileMigration.migrate(try decode(ProfileV1.self, from: data)), migratedFrom: 1)
    case Profile.currentSchemaVersion:
      var profile = try decode(Profile.self, from: data)
      profile.schemaVersion = Profile.currentSchemaVersion
      return DecodedProfile(profile: profile, migratedFrom: nil)
    default:
      throw .wrongShape(keyPath: "schemaVersion", detail: "unknown version \(version)")
    }
  }

  /// Reads one journal line.
  public static func event(from line: Data) throws(ProfileReadError) -> ProfileEvent {
    _ = try text(line)
    return try decode(ProfileEvent.self, from: line)
  }

  /// One journal line for an event: its JSON, without a newline.
  public static func line(for event: ProfileEvent) throws -> Data {
    try ProfileCoding.lineEncoder().encode(event)
  }

  /// A snapshot of a profile: pretty-printed JSON with sorted keys and a final newline.
  public static func snapshot(of profile: Profile) throws -> Data {
    var data = try ProfileCoding.snapshotEncoder().encode(profile)
    data.append(0x0A)
    return data
  }

  private struct VersionProbe: Decodable {
    var schemaVersion: Int?
    var questions: AnyValue?
  }

  /// Any JSON value (only its presence matters).
  private struct AnyValue: Decodable {
    init(from decoder: any Decoder) throws {}
  }

  private static func text(_ data: Data) throws(ProfileReadError) -> String {
    guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8 }
    if text.allSatisfy(\.isWhitespace) { throw .empty }
    return text
  }

  private static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(ProfileReadError) -> T {
    do {
      return try ProfileCoding.decoder().decode(type, from: data)
    } catch let error as DecodingError {
      throw readError(error)
    } catch {
      throw .notJSON(detail: String(describing: error))
    }
  }

  static func readError(_ error: DecodingError) -> ProfileReadError {
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      let underlying = context.underlyingError.map { String(describing: $0) } ?? context.debugDescription
      return .notJSON(detail: underlying)
    case .dataCorrupted(let context):
      return .wrongShape(keyPath: keyPath(context.codingPath), detail: context.debugDescription)
    case .keyNotFound(let key, let context):
      return .wrongShape(keyPath: keyPath(context.codingPath + [key]), detail: "missing")
    case .typeMismatch(let type, let context):
      return .wrongShape(keyPath: keyPath(context.codingPath), detail: "expected \(type)")
    case .valueNotFound(let type, let context):
      return .wrongShape(keyPath: keyPath(context.codingPath), detail: "expected \(type), found null")
    @unknown default:
      return .wrongShape(keyPath: "", detail: String(describing: error))
    }
  }

  /// `banks.cassez.questions[3]` from a coding path.
  static func keyPath(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }
}
