import Foundation

/// The game's user-interface strings in each language, read from `Locales/en.json` and `Locales/es.json`.
///
/// A value is either a string or an object of plural forms (`one`, `other`). Placeholders are named:
/// `"{count} questions"`. A missing key falls back to English, then to the key itself, so a gap is visible
/// but never fatal; a test checks both catalogs have the same keys and placeholders.
public struct Catalog: Sendable, Equatable {
  /// One catalog entry.
  public enum Entry: Sendable, Equatable, Decodable {
    /// A single string.
    case text(String)
    /// Plural forms chosen by a count.
    case plural(one: String, other: String)

    enum CodingKeys: String, CodingKey { case one, other }

    public init(from decoder: any Decoder) throws {
      if let text = try? decoder.singleValueContainer().decode(String.self) {
        self = .text(text)
        return
      }
      let container = try decoder.container(keyedBy: CodingKeys.self)
      self = .plural(
        one: try container.decode(String.self, forKey: .one), other: try container.decode(String.self, forKey: .other))
    }

    /// Every form of the entry.
    public var forms: [String] {
      switch self {
      case .text(let text): [text]
      case .plural(let one, let other): [one, other]
      }
    }
  }

  /// The entries per language.
  public var entries: [Language: [String: Entry]]

  /// Creates a catalog from entries.
  public init(entries: [Language: [String: Entry]]) { self.entries = entries }

  /// Decodes a catalog from each language's JSON file contents.
  public init(json: [Language: Data]) throws {
    var entries: [Language: [String: Entry]] = [:]
    for (language, data) in json {
      entries[language] = try JSONDecoder().decode([String: Entry].self, from: data)
    }
    self.entries = entries
  }

  /// The string for a key in a language, with placeholders filled; `count` chooses a plural form.
  public func string(_ key: String, in language: Language, count: Int? = nil, _ arguments: [String: String] = [:])
    -> String
  {
    guard let entry = entries[language]?[key] ?? entries[.en]?[key] else { return key }
    var arguments = arguments
    let template: String
    switch entry {
    case .text(let text): template = text
    case .plural(let one, let other):
      template = count == 1 ? one : other
    }
    if let count, arguments["count"] == nil { arguments["count"] = String(count) }
    return Self.fill(template, arguments)
  }

  /// Replaces `{name}` placeholders with their values; unknown placeholders stay as written. A value the
  /// template quotes (`«{quote}»`, `“{quote}”`) has its own quotation marks nested (see ``QuoteNesting``).
  public static func fill(_ template: String, _ arguments: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      rest = rest[rest.index(after: close)...]
      guard var value = arguments[name] else {
        result += "{\(name)}"
        continue
      }
      if let before = result.last, let after = rest.first {
        value = QuoteNesting.nested(value, open: before, close: after)
      }
      result += value
    }
    return result + rest
  }

  /// The placeholder names a template uses.
  public static func placeholders(in template: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.insert(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}
