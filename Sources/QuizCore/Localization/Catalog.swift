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

  /// Decodes a catalog from each language's JSON file contents: an object whose values are strings or objects
  /// holding the strings `one` and `other` (other keys are ignored). Anything else throws.
  ///
  /// It reads the bytes with the project's pull reader: `JSONDecoder` took 7 % of a game's start-up for the two
  /// catalogs; this reads the same entries from the same files (a test compares them) in a tenth of that.
  public init(json: [Language: Data]) throws {
    var entries: [Language: [String: Entry]] = [:]
    for (language, data) in json {
      entries[language] = try data.withUnsafeBytes { raw throws(ProfileReadError) in
        try Self.entries(raw.bindMemory(to: UInt8.self))
      }
    }
    self.entries = entries
  }

  /// The entries of one catalog file. As with `JSONDecoder`, the first of two equal keys counts and a comma may
  /// follow an object's last member.
  static func entries(_ bytes: UnsafeBufferPointer<UInt8>) throws(ProfileReadError) -> [String: Entry] {
    var reader = ProfileJSONReader(bytes)
    var entries: [String: Entry] = [:]
    try reader.beginObject("")
    var first = true
    while let key = try nextKey(&reader, first: &first) {
      let entry: Entry
      if reader.peek() == UInt8(ascii: "{") {
        try reader.beginObject(key)
        var (one, other): (String?, String?) = (nil, nil)
        var firstForm = true
        while let form = try nextKey(&reader, first: &firstForm) {
          switch form {
          case "one" where one == nil: one = try reader.string(key + ".one")
          case "other" where other == nil: other = try reader.string(key + ".other")
          default: try reader.skipValue()
          }
        }
        guard let one, let other else {
          throw ProfileReadError.wrongShape(keyPath: key, detail: "a plural needs the strings one and other")
        }
        entry = .plural(one: one, other: other)
      } else {
        entry = .text(try reader.string(key))
      }
      if entries[key] == nil { entries[key] = entry }
    }
    try reader.expectEnd()
    return entries
  }

  /// The next key of an object, `nil` at its end (also after a trailing comma).
  private static func nextKey(_ reader: inout ProfileJSONReader, first: inout Bool) throws(ProfileReadError)
    -> String?
  {
    if !first {
      if reader.consume(UInt8(ascii: "}")) { return nil }
      try reader.expect(UInt8(ascii: ","), "',' or '}'")
    }
    first = false
    var fresh = true
    return try reader.nextKey(first: &fresh)
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
  /// template quotes (`«{quote}»`, `“{quote}”`) has its own quotation marks nested (see ``QuoteNesting``); a
  /// value in «» that ends a sentence has its period put after the closing mark, as Spanish writes it.
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
        // A value that is one title and nothing else («Una novela criminal», “A Criminal Novel”) takes the
        // template's marks instead of being nested inside them: «Una novela criminal», not «“Una novela
        // criminal”».
        if let title = QuoteNesting.wholeTitle(value), QuoteNesting.isPair(open: before, close: after) {
          result += title
          continue
        }
        value = QuoteNesting.nested(value, open: before, close: after)
        // Spanish closes a quoted sentence after the guillemet: «…cuñada». (never «…cuñada.»); when the
        // template goes on after the quote, the quote's period is dropped.
        if before == "«", after == "»", value.hasSuffix("."), !value.hasSuffix("..") {
          result += value.dropLast()
          result.append("»")
          rest = rest.dropFirst()
          if rest.first.map({ $0.isNewline }) ?? true { result.append(".") }
          continue
        }
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
