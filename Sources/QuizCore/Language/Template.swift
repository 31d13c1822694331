/// A relation template parsed into literal text and slots, such as `¿Quién dirigió {subject}?` or
/// `{subject} fue {subject:gender(detenido,detenida)} {value:when}.` See `QuestionBanks/README.md`.
public struct Template: Sendable, Equatable {
  /// How a slot is written in a sentence.
  public enum Form: Sendable, Equatable, Hashable {
    /// The noun phrase, with its article where the name takes one.
    case phrase
    /// The name alone.
    case bare
    /// With `of` / `de`, contracted in Spanish.
    case de
    /// With `to` / `a`, contracted in Spanish.
    case a
    /// A date with its preposition ("on December 8, 2005", "el 8 de diciembre de 2005").
    case when
    /// A word chosen by the slot's gender: masculine, feminine.
    case gender(masculine: String, feminine: String)
    /// A word chosen by the slot's number: singular, plural.
    case number(singular: String, plural: String)
    /// A word chosen by gender and number: masculine singular, feminine singular, masculine plural,
    /// feminine plural.
    case form(String, String, String, String)
  }

  /// The slots a template may name: the subject, the value, and the qualifiers the relation declares.
  public enum Slot: Sendable, Equatable, Hashable {
    case subject, value
    /// A qualifier of the fact, by id (`{date:when}`, `{place}`).
    case qualifier(String)

    /// The name written in braces.
    public var name: String {
      switch self {
      case .subject: "subject"
      case .value: "value"
      case .qualifier(let id): id
      }
    }

    /// The slot a name in braces stands for: a qualifier unless it is `subject` or `value`; `nil` when the name
    /// is not an id (letters, digits and `-`).
    init?(name: String) {
      switch name {
      case "subject": self = .subject
      case "value": self = .value
      default:
        guard !name.isEmpty,
          name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D })
        else { return nil }
        self = .qualifier(name)
      }
    }
  }

  /// One piece of a template.
  public enum Part: Sendable, Equatable {
    /// Text written as it is.
    case literal(String)
    /// A slot to fill, in a form.
    case slot(Slot, Form)
  }

  /// A problem in a template's syntax, with a message naming the offending text.
  public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, quoting the slot.
    public let description: String
  }

  /// The parts in order.
  public let parts: [Part]

  /// Parses a template, throwing a `SyntaxError` for an unclosed brace, an unknown slot or form, or a form
  /// with the wrong number of words.
  public init(parsing text: String) throws {
    // Braces are ASCII, so the text is scanned as UTF-8 bytes (a template is parsed for every relation when a
    // bank is validated, at every start): no Character iteration, no Foundation.
    var parts: [Part] = []
    let utf8 = text.utf8
    var literalStart = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") else {
        index = utf8.index(after: index)
        continue
      }
      guard byte == UInt8(ascii: "{") else { throw SyntaxError(description: "a \"}\" without its \"{\"") }
      guard let close = utf8[index...].firstIndex(of: UInt8(ascii: "}")) else {
        throw SyntaxError(description: "\"\(text[index...])\" has no closing \"}\"")
      }
      if literalStart < index { parts.append(.literal(String(text[literalStart..<index]))) }
      parts.append(try Self.parseSlot(String(text[utf8.index(after: index)..<close])))
      index = utf8.index(after: close)
      literalStart = index
    }
    if literalStart < utf8.endIndex { parts.append(.literal(String(text[literalStart...]))) }
    self.parts = parts
  }

  private static func parseSlot(_ inner: String) throws -> Part {
    let colon = inner.utf8.firstIndex(of: UInt8(ascii: ":"))
    guard let slot = Slot(name: String(inner[..<(colon ?? inner.endIndex)])) else {
      throw SyntaxError(
        description: "unknown slot \"{\(inner)}\" (slots are subject, value and the relation's qualifiers)")
    }
    guard let colon else { return .slot(slot, .phrase) }
    let formText = inner[inner.utf8.index(after: colon)...]
    switch formText {
    case "bare": return .slot(slot, .bare)
    case "de": return .slot(slot, .de)
    case "a": return .slot(slot, .a)
    case "when": return .slot(slot, .when)
    default: break
    }
    let unknownForm = SyntaxError(
      description: "unknown form \"{\(inner)}\" (forms are bare, de, a, when, gender(…), number(…), form(…))")
    guard let paren = formText.utf8.firstIndex(of: UInt8(ascii: "(")), formText.utf8.last == UInt8(ascii: ")") else {
      throw unknownForm
    }
    let name = formText[..<paren]
    let expected: Int
    switch name {
    case "gender", "number": expected = 2
    case "form": expected = 4
    default: throw unknownForm
    }
    let words = formText[formText.utf8.index(after: paren)..<formText.utf8.index(before: formText.utf8.endIndex)]
      .split(separator: ",", omittingEmptySubsequences: false).map(Self.trimmingSpaces)
    guard words.count == expected, words.allSatisfy({ !$0.isEmpty }) else {
      throw SyntaxError(description: "\"{\(inner)}\" needs \(expected) words separated by commas")
    }
    switch name {
    case "gender": return .slot(slot, .gender(masculine: words[0], feminine: words[1]))
    case "number": return .slot(slot, .number(singular: words[0], plural: words[1]))
    default: return .slot(slot, .form(words[0], words[1], words[2], words[3]))
    }
  }

  /// The word without the spaces around it (as Foundation's `.whitespaces`: not line breaks).
  private static func trimmingSpaces(_ word: Substring) -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
    guard let first = word.firstIndex(where: { !isSpace($0) }), let last = word.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(word[first...last])
  }

  /// The slots the template names.
  public var slots: Set<Slot> {
    Set(parts.compactMap { if case .slot(let slot, _) = $0 { slot } else { nil } })
  }

  /// Fills the slots with the text `resolve` gives each, and capitalizes the first letter of the sentence
  /// (after an opening `¿`, `¡` or quotation mark) unless `capitalized` is false (text that follows a colon in
  /// Spanish: names keep their own capitals, the template's words stay as written).
  public func render(capitalized: Bool = true, _ resolve: (Slot, Form) -> String) -> String {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let literal): text += literal
      case .slot(let slot, let form): text += resolve(slot, form)
      }
    }
    return capitalized ? Self.capitalizingFirstLetter(text) : text
  }

  /// The text with its first letter capitalized, skipping opening punctuation.
  public static func capitalizingFirstLetter(_ text: String) -> String {
    if let capitalized = capitalizingASCIIFirstLetter(text) { return capitalized }
    guard let index = text.firstIndex(where: { $0.isLetter || $0.isNumber }), text[index].isLowercase else {
      return text
    }
    return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
  }

  /// ``capitalizingFirstLetter(_:)`` read from the bytes, when what precedes the first letter or digit is ASCII
  /// punctuation, spaces, `¿` or `¡`, and the letter is ASCII: each of these followed by an ASCII byte (or the
  /// end) is a `Character` of its own, so this is exactly what the `Character` scan finds. `nil` otherwise (a
  /// letter with an accent first, a combining mark, anything else), for the `Character` scan to decide.
  static func capitalizingASCIIFirstLetter(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String?? in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let width: Int
        if byte < 0x80 {
          width = 1
        } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBF || bytes[index + 1] == 0xA1 {
          width = 2  // ¿ ¡
        } else {
          return nil
        }
        guard index + width == bytes.count || bytes[index + width] < 0x80 else { return nil }
        if width == 1 {
          let isLower = (0x61...0x7A).contains(byte)
          if isLower {
            var result = Array(bytes)
            result[index] = byte - 0x20
            return .some(String(decoding: result, as: UTF8.self))
          }
          if (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) { return .some(nil) }
        }
        index += width
      }
      return .some(nil)
    }.map { $0 ?? text }
  }
}
