import Foundation

/// Decodes a bank from the bytes of its `bank.json`, turning every way the file can be broken into diagnostics
/// with a line and column: invalid UTF-8, a byte-order mark, an empty or binary file, nesting too deep to
/// decode safely, JSON syntax errors, duplicate keys, unknown keys, and values of the wrong shape.
///
/// The decoder never reads files: the caller passes the bytes and the name to show in messages.
public enum BankDecoder {
  /// The deepest nesting accepted; a bank needs about six levels.
  public static let maxDepth = 100

  /// The outcome of decoding: the bank when its structure is sound, every problem found, and where each key
  /// path is written (for `BankValidator` to place its own diagnostics).
  public struct Result: Sendable {
    /// The bank, or `nil` when the file could not be decoded.
    public var bank: Bank?
    /// The problems found, in order of position.
    public var diagnostics: [Diagnostic]
    /// Where each key path is written; empty when the file is not valid JSON.
    public var positions: JSONPositions

    /// Creates a result.
    public init(bank: Bank?, diagnostics: [Diagnostic], positions: JSONPositions) {
      self.bank = bank
      self.diagnostics = diagnostics
      self.positions = positions
    }
  }

  /// How much a decode must find out.
  public enum Detail: Sendable, Equatable {
    /// Everything `lint` reports: warnings such as unknown keys, and where every key path is written.
    case full
    /// What a game needs: the bank, and exactly the diagnostics of `.full` whenever there is an error. A bank
    /// without errors comes back from one `JSONDecoder` pass after a quick syntax check, with no warnings and
    /// no positions (so a validator then places nothing; run `.full` again to place an error).
    case errors
  }

  /// Decodes a bank from `data`; `file` is the name used in diagnostics.
  public static func decode(_ data: Data, file: String, detail: Detail = .full) -> Result {
    if detail == .errors, let bank = quickDecode(data) {
      return Result(bank: bank, diagnostics: [], positions: JSONPositions())
    }
    return data.withUnsafeBytes { raw in
      fullDecode(data, raw.bindMemory(to: UInt8.self), file: file)
    }
  }

  /// The bank when the document passes the quick syntax check, decodes in one pass and has a schema version
  /// this build reads: then `fullDecode` would find no error either. `nil` means "ask `fullDecode`".
  ///
  /// The bank is read from the scanner's tokens (`BankTokenDecoder`); `JSONDecoder` is asked only when that
  /// refuses the document, so a sound bank never pays for `Codable`'s generic containers.
  private static func quickDecode(_ data: Data) -> Bank? {
    let tokens = data.withUnsafeBytes { raw -> Bank?? in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard JSONQuickCheck.passes(bytes, maxDepth: maxDepth) else { return .none }
      return .some(BankTokenDecoder.decode(bytes))
    }
    guard case .some(let read) = tokens, let bank = read ?? (try? JSONDecoder().decode(Bank.self, from: data)),
      BankValidator.schemaVersionProblem(bank.schemaVersion) == nil
    else { return nil }
    return bank
  }

  private static func fullDecode(_ data: Data, _ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result {
    func failure(_ message: String, _ position: TextPosition? = nil) -> Result {
      let location = Diagnostic.Location(file: file, line: position?.line, column: position?.column)
      return Result(bank: nil, diagnostics: [.error(message, at: location)], positions: JSONPositions())
    }
    if let problem = encodingProblem(bytes) { return failure(problem.message, problem.position) }

    let scan: JSONScanner.Result
    switch JSONScanner.scan(bytes, maxDepth: maxDepth) {
    case .failure(let error): return failure(error.message, error.position)
    case .success(let result): scan = result
    }
    let positions = scan.positions
    func location(_ keyPath: String) -> Diagnostic.Location {
      let position = positions.nearestPosition(of: keyPath)
      return .init(file: file, line: position?.line, column: position?.column, keyPath: keyPath)
    }
    var diagnostics = scan.duplicateKeys.map { duplicate in
      Diagnostic.error(
        "duplicate key \"\(duplicate.key)\" in \(describe(duplicate.objectPath))",
        at: .init(
          file: file, line: duplicate.position.line, column: duplicate.position.column,
          keyPath: JSONKeyPath.member(duplicate.objectPath, duplicate.key)))
    }
    // A newer bank is refused before its structure is judged: its other differences would only be noise.
    func refusedVersion(_ version: Int?) -> Result? {
      guard let version, let problem = BankValidator.schemaVersionProblem(version) else { return nil }
      diagnostics.append(.error(problem, at: location("schemaVersion")))
      return Result(bank: nil, diagnostics: diagnostics, positions: positions)
    }

    do {
      // The tokens first; `JSONDecoder` when they are refused (its errors are the messages below) or when a key
      // is written twice (which value it keeps is its own rule).
      let tokens = scan.duplicateKeys.isEmpty ? BankTokenDecoder.decode(bytes) : nil
      let bank = try tokens ?? JSONDecoder().decode(Bank.self, from: data)
      if let refused = refusedVersion(bank.schemaVersion) { return refused }
      // With irregular keys (holding `[`, `.` or `]`, as an escape sequence does) the key paths are ambiguous: the
      // positions find the regular unknown keys, and the scanner, which knew each key's object, the others.
      let unknown =
        scan.irregularKeys || !scan.duplicateKeys.isEmpty
        ? merged(unknownKeys(in: positions), unknownKeys(scan.unknownKeys)) : unknownKeys(scan.unknownKeys)
      diagnostics += unknown.map { .warning($0.message, at: location($0.keyPath)) }
      return Result(bank: bank, diagnostics: Diagnostic.sorted(diagnostics), positions: positions)
    } catch {
      // Only a bank that does not decode needs the version read on its own.
      if let refused = refusedVersion((try? JSONDecoder().decode(Header.self, from: data))?.schemaVersion) {
        return refused
      }
      if let error = error as? DecodingError {
        let (keyPath, message) = describe(error, positions: positions)
        diagnostics.append(.error(message, at: location(keyPath)))
      } else {
        diagnostics.append(.error("cannot decode the bank: \(error)", at: location("")))
      }
    }
    return Result(bank: nil, diagnostics: Diagnostic.sorted(diagnostics), positions: positions)
  }

  private struct Header: Decodable {
    var schemaVersion: Int?
  }

  // MARK: Encoding

  struct EncodingProblem: Equatable {
    var message: String
    var position: TextPosition?
  }

  /// The first reason the bytes are not a UTF-8 text file: empty, a byte-order mark, a NUL byte, invalid UTF-8.
  static func encodingProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> EncodingProblem? {
    let start = TextPosition(line: 1, column: 1)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return EncodingProblem(message: bytes.isEmpty ? "the file is empty" : "the file holds only whitespace")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF] as [UInt8]) {
      return EncodingProblem(
        message: "the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM", position: start)
    }
    if bytes.starts(with: [0xFE, 0xFF] as [UInt8]) || bytes.starts(with: [0xFF, 0xFE] as [UInt8]) {
      return EncodingProblem(
        message: "the file is UTF-16 or UTF-32 (it starts with a byte-order mark); save it as UTF-8", position: start)
    }
    var line = 1
    var column = 1
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0 {
        return EncodingProblem(
          message: "the file contains a NUL byte: it is not a text file",
          position: TextPosition(line: line, column: column))
      }
      let length = utf8SequenceLength(bytes, at: offset)
      guard length > 0 else {
        return EncodingProblem(
          message: "invalid UTF-8 (byte 0x\(DiagnosticText.hex(UInt32(byte), width: 2))); save the file as UTF-8",
          position: TextPosition(line: line, column: column))
      }
      if byte == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      offset += length
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence at `offset`, or 0 when it is malformed (overlong forms,
  /// surrogates and code points above U+10FFFF included).
  static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    case 0xF1...0xF3: length = 4
    default: return 0
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return 0 }
    for index in (offset + 2)..<(offset + length) where !(0x80...0xBF).contains(bytes[index]) { return 0 }
    return length
  }

  // MARK: Decoding errors

  /// The key path and message for a decoding error.
  static func describe(_ error: DecodingError, positions: JSONPositions) -> (keyPath: String, message: String) {
    switch error {
    case .typeMismatch(let type, let context):
      let path = JSONKeyPath.of(context.codingPath)
      let found = positions.kind(of: path).map { ", found \($0.phrase)" } ?? ""
      return (path, "\(describe(path)): expected \(phrase(for: type))\(found)")
    case .valueNotFound(let type, let context):
      let path = JSONKeyPath.of(context.codingPath)
      return (path, "\(describe(path)): expected \(phrase(for: type)), found null")
    case .keyNotFound(let key, let context):
      let path = JSONKeyPath.of(context.codingPath)
      let missing = key.stringValue
      // A required key written with a typo ("topik") is both missing and unknown: point at the typo.
      if let typo = misspelling(of: missing, in: path, positions: positions) {
        return (
          JSONKeyPath.member(path, typo),
          "\(describe(path)) is missing the key \"\(missing)\": \"\(typo)\" is written instead (did you mean "
            + "\"\(missing)\"?)"
        )
      }
      return (path, "\(describe(path)) is missing the key \"\(missing)\"")
    case .dataCorrupted(let context):
      let path = JSONKeyPath.of(context.codingPath)
      return (path, "\(describe(path)): \(tidy(context.debugDescription))")
    @unknown default:
      return ("", "cannot decode the bank: \(error)")
    }
  }

  /// A key written in the object at `path` that is not one it may hold and is a likely typo of `missing`.
  static func misspelling(of missing: String, in path: String, positions: JSONPositions) -> String? {
    let prefix = path.isEmpty ? "" : path + "."
    var written: [String] = []
    for keyPath in positions.keyPaths where keyPath.hasPrefix(prefix) && keyPath.count > prefix.count {
      let key = String(keyPath.dropFirst(prefix.count))
      guard !key.contains("."), !key.contains("[") else { continue }
      written.append(key)
    }
    let limit = max(1, missing.count / 4)
    return
      written
      .map { ($0, EditDistance.distance($0.lowercased(), missing.lowercased(), limit: limit)) }
      .filter { $0.1 <= limit && $0.0 != missing }
      .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
  }

  /// `facts[12].value`, or "the bank" for the whole document.
  static func describe(_ keyPath: String) -> String { keyPath.isEmpty ? "the bank" : keyPath }

  private static func phrase(for type: Any.Type) -> String {
    if type == String.self { return "a string" }
    if type == Bool.self { return "true or false" }
    if type is any Numeric.Type { return "a number" }
    let name = String(describing: type)
    if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "an array" }
    if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
    return name
  }

  private static let enumValues = [
    "Language": "en or es", "Gender": "masculine or feminine", "Number": "singular or plural",
    "NumberBound": "more-than, fewer-than or about",
  ]

  /// Rewrites Foundation's wording for an unknown enum value into the bank's terms.
  private static func tidy(_ message: String) -> String {
    let prefix = "Cannot initialize "
    guard message.hasPrefix(prefix), let from = message.range(of: " from invalid "),
      let value = message.range(of: " value ", range: from.upperBound..<message.endIndex)
    else { return message }
    let type = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<from.lowerBound])
    let written = message[value.upperBound...]
    let expected = enumValues[type].map { " (expected \($0))" } ?? ""
    return "unknown value \"\(written)\"\(expected)"
  }
}
