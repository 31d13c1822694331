/// A line and a column in a text, both counted from 1; columns count Unicode scalars, so `é` is one column.
public struct TextPosition: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// The kind of a JSON value.
public enum JSONValueKind: String, Sendable, Equatable {
  case object, array, string, number, boolean, null

  /// The kind with its article, for messages: "an object", "a string", "null".
  public var phrase: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string: "a string"
    case .number: "a number"
    case .boolean: "true or false"
    case .null: "null"
    }
  }
}

/// Where every value of a JSON document is written, by key path (`facts[12].value`, the empty path for the
/// whole document). A member's position is that of its key; an array element's is that of its first character.
public struct JSONPositions: Sendable {
  struct Entry: Sendable {
    var position: TextPosition
    var kind: JSONValueKind
  }

  var entries: [String: Entry]

  /// An empty map, for banks that were not read from JSON: diagnostics then carry no line or column.
  public init() { entries = [:] }

  init(entries: [String: Entry]) { self.entries = entries }

  /// The position of exactly this key path.
  public func position(of keyPath: String) -> TextPosition? { entries[keyPath]?.position }

  /// The kind of value at this key path.
  public func kind(of keyPath: String) -> JSONValueKind? { entries[keyPath]?.kind }

  /// The position of this key path, or of its nearest ancestor that is written in the document (a missing
  /// key is reported where its object starts).
  public func nearestPosition(of keyPath: String) -> TextPosition? {
    var path = Substring(keyPath)
    while true {
      if let entry = entries[String(path)] { return entry.position }
      if path.isEmpty { return nil }
      path = JSONPositions.parent(of: path)
    }
  }

  /// Every key path written in the document, in no particular order.
  var keyPaths: Dictionary<String, Entry>.Keys { entries.keys }

  /// `facts[12]` for `facts[12].value`, `facts` for `facts[12]`, the empty path for `facts`.
  static func parent(of path: Substring) -> Substring {
    guard let last = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
    return path[..<last]
  }
}

/// Key paths as the lint writes them: `facts[12].source.quote`.
enum JSONKeyPath {
  /// Appends a member name.
  static func member(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : "\(parent).\(key)" }
  /// Appends an array index.
  static func element(_ parent: String, _ index: Int) -> String { "\(parent)[\(index)]" }

  /// The key path of a `Decoder`'s coding path: integer keys become `[n]`, other keys `.name`.
  static func of(_ codingPath: [any CodingKey]) -> String {
    var path = ""
    for key in codingPath {
      if let index = key.intValue {
        path = element(path, index)
      } else {
        path = member(path, key.stringValue)
      }
    }
    return path
  }
}
