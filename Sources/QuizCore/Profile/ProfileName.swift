/// Why a text is not a valid profile name.
public enum ProfileNameError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name is empty.
  case empty
  /// The name is longer than ``ProfileName/maximumLength`` characters.
  case tooLong(String, length: Int)
  /// The name holds a character other than an ASCII letter, a digit, `-` or `_` (the first such one).
  case invalidCharacter(String, Character)
  /// The name starts with `-` (it would read as an option, and name files such as `-x.lock`).
  case badStart(String, Character)

  /// The name as given (empty for ``empty``).
  public var value: String {
    switch self {
    case .empty: ""
    case .tooLong(let name, _), .invalidCharacter(let name, _), .badStart(let name, _): name
    }
  }

  /// A one-line English description naming the value; the game shows the catalog's wording.
  public var description: String {
    switch self {
    case .empty: "a profile name cannot be empty"
    case .tooLong(let name, let length):
      "profile name \"\(name.prefix(20))…\" is \(length) characters long; the limit is \(ProfileName.maximumLength)"
    case .invalidCharacter(let name, let character):
      "profile name \"\(name)\" contains \"\(character)\"; use only letters a–z, digits, - and _"
    case .badStart(let name, let character):
      "profile name \"\(name)\" starts with \"\(character)\"; start it with a letter a–z, a digit or _"
    }
  }
}

/// The name of a player's profile, safe to use as a file name: 1 to 64 ASCII letters, digits, `-` or `_`, not
/// starting with `-` (no dots, slashes or spaces, so `../x` can never leave the profiles folder, and no name
/// reads as an option or a hidden file).
public struct ProfileName: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The longest name accepted.
  public static let maximumLength = 64
  /// The profile used when none is named.
  public static let `default` = ProfileName(unchecked: "default")

  /// The name.
  public let rawValue: String

  /// Accepts a valid name, or returns `nil`.
  public init?(rawValue: String) {
    guard (try? Self.validate(rawValue)) != nil else { return nil }
    self.rawValue = rawValue
  }

  /// Accepts a valid name, or throws an error naming the value and what is wrong with it.
  public init(validating name: String) throws(ProfileNameError) {
    try Self.validate(name)
    rawValue = name
  }

  private init(unchecked name: String) { rawValue = name }

  /// Checks a name.
  public static func validate(_ name: String) throws(ProfileNameError) {
    if name.isEmpty { throw .empty }
    if let bad = name.first(where: { !isAllowed($0) }) { throw .invalidCharacter(name, bad) }
    if let first = name.first, first == "-" { throw .badStart(name, first) }
    if name.count > maximumLength { throw .tooLong(name, length: name.count) }
  }

  private static func isAllowed(_ character: Character) -> Bool {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: return true
    default: return false
    }
  }

  /// Decodes a name, rejecting invalid ones.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let name = try container.decode(String.self)
    do {
      try Self.validate(name)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
    rawValue = name
  }

  /// Encodes the name as a string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: ProfileName, rhs: ProfileName) -> Bool { lhs.rawValue < rhs.rawValue }
}
