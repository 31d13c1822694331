/// A language the game can be played and rendered in.
public enum Language: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
  case en
  case es

  /// The other of the two languages, for side-by-side rendering.
  public var other: Language { self == .en ? .es : .en }

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A value given once per language, such as a name or a template.
public struct Localized<Value: Sendable>: Sendable {
  /// The English value.
  public var en: Value
  /// The Spanish value.
  public var es: Value

  /// Creates a value for both languages.
  public init(en: Value, es: Value) {
    self.en = en
    self.es = es
  }

  /// The value for one language.
  public subscript(language: Language) -> Value {
    get { language == .en ? en : es }
    set { if language == .en { en = newValue } else { es = newValue } }
  }

  /// Transforms both values.
  public func map<T>(_ transform: (Value) throws -> T) rethrows -> Localized<T> {
    Localized<T>(en: try transform(en), es: try transform(es))
  }
}

extension Localized: Equatable where Value: Equatable {}
extension Localized: Hashable where Value: Hashable {}
extension Localized: Codable where Value: Codable {}

extension Localized where Value == String {
  /// The same text in both languages (a proper name that is not translated).
  public init(_ both: String) { self.init(en: both, es: both) }
}
