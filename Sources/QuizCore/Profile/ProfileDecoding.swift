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
  /// The profile, in the current schema. Answers the document carried (schema 1 and 2, an export) are its
  /// ``Profile/newAnswers``.
  public var profile: Profile
  /// The schema version it was written in, when older than the current one (then the caller should keep a
  /// backup of the original bytes before writing the migrated profile over them).
  public var migratedFrom: Int?
}

/// Reads profile snapshots and journal lines, checking the schema version and migrating older ones.
public enum ProfileDecoding {
  /// Reads a snapshot or an export: refuses a newer schema version with
  /// ``ProfileReadError/newerVersion(found:supported:)``, migrates version 1 (a document with
  /// `"schemaVersion": 1`, or with none but a top-level `questions`) and version 2 (`"schemaVersion": 2`, or no
  /// version at all), and reads the current one (see ``ProfileSnapshot``) with missing keys as defaults.
  public static func profile(from data: Data) throws(ProfileReadError) -> DecodedProfile {
    // Schema 3 is read by ProfileJSONReader, which checks the UTF-8 of every string it meets (bytes outside
    // strings must be ASCII anyway): checking the whole document first would copy it, 28 MB at 100,000
    // questions. Older schemas go through JSONDecoder, so they are checked whole.
    guard data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { throw .empty }
    let probe = try self.probe(data)
    if probe.version != Profile.currentSchemaVersion { try checkText(data) }
    let version = probe.version ?? (probe.hasQuestions ? 1 : 2)
    if version > Profile.currentSchemaVersion {
      throw .newerVersion(found: version, supported: Profile.currentSchemaVersion)
    }
    switch version {
    case 1:
      return DecodedProfile(profile: ProfileMigration.migrate(try decode(ProfileV1.self, from: data)), migratedFrom: 1)
    case 2:
      return DecodedProfile(profile: ProfileMigration.migrate(try decode(ProfileV2.self, from: data)), migratedFrom: 2)
    case Profile.currentSchemaVersion:
      return DecodedProfile(profile: try ProfileSnapshot.decode(data), migratedFrom: nil)
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

  /// A snapshot of a profile (schema 3, see ``ProfileSnapshot``), without its ``Profile/newAnswers``.
  public static func snapshot(of profile: Profile) throws -> Data {
    try ProfileSnapshot.encode(profile)
  }

  /// A whole profile as one file, for `profile export` and backups: the snapshot plus every answer, which
  /// ``profile(from:)`` reads back into ``Profile/newAnswers``.
  public static func export(of profile: Profile, answers: [AnswerEvent]) throws -> Data {
    try ProfileSnapshot.encode(profile, answers: answers)
  }

  /// The `schemaVersion` of a document, and whether it has a top-level `questions` (schema 1), read without
  /// decoding the rest: when `schemaVersion` comes first, as this build writes it, nothing else is read.
  static func probe(_ data: Data) throws(ProfileReadError) -> (version: Int?, hasQuestions: Bool) {
    let result: Result<(Int?, Bool), ProfileReadError> = data.withUnsafeBytes { raw in
      var reader = ProfileJSONReader(raw.bindMemory(to: UInt8.self))
      do {
        try reader.beginObject("")
        var first = true
        var version: Int?
        var hasQuestions = false
        while let key = try reader.nextKey(first: &first) {
          switch key {
          case "schemaVersion":
            let isFirst = version == nil && !hasQuestions
            version = try reader.int("schemaVersion")
            if isFirst { return .success((version, false)) }
          case "questions":
            hasQuestions = true
            try reader.skipValue()
          default: try reader.skipValue()
          }
        }
        try reader.expectEnd()
        return .success((version, hasQuestions))
      } catch {
        return .failure(error as? ProfileReadError ?? .notJSON(detail: String(describing: error)))
      }
    }
    return try result.get()
  }

  private static func checkText(_ data: Data) throws(ProfileReadError) {
    guard String(validating: data, as: UTF8.self) != nil else { throw .notUTF8 }
    guard data.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { throw .empty }
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
