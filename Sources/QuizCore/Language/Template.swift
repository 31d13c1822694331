import Foundation

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

  /// The slots a template may name.
  public enum Slot: String, Sendable, Equatable, CaseIterable {
    case subject, value
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
    var parts: [Part] = []
    var literal = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
      literal += rest[..<open]
      guard rest[open] == "{" else { throw SyntaxError(description: "a \"}\" without its \"{\"") }
      guard let close = rest[open...].firstIndex(of: "}") else {
        throw SyntaxError(description: "\"\(rest[open...])\" has no closing \"}\"")
      }
      if !literal.isEmpty {
        parts.append(.literal(literal))
        literal = ""
      }
      let inner = String(rest[rest.index(after: open)..<close])
      parts.append(try Self.parseSlot(inner))
      rest = rest[rest.index(after: close)...]
    }
    literal += rest
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.parts = parts
  }

  private static func parseSlot(_ inner: String) throws -> Part {
    let pieces = inner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard let slot = Slot(rawValue: String(pieces[0])) else {
      throw SyntaxError(description: "unknown slot \"{\(inner)}\" (slots are subject and value)")
    }
    guard pieces.count == 2 else { return .slot(slot, .phrase) }
    let formText = String(pieces[1])
    switch formText {
    case "bare": return .slot(slot, .bare)
    case "de": return .slot(slot, .de)
    case "a": return .slot(slot, .a)
    case "when": return .slot(slot, .when)
    default: break
    }
    guard let paren = formText.firstIndex(of: "("), formText.hasSuffix(")") else {
      throw SyntaxError(
        description: "unknown form \"{\(inner)}\" (forms are bare, de, a, when, gender(…), number(…), form(…))")
    }
    let name = formText[..<paren]
    let words = formText[formText.index(after: paren)..<formText.index(before: formText.endIndex)]
      .split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    let expected = ["gender": 2, "number": 2, "form": 4][String(name)]
    guard let expected else {
      throw SyntaxError(
        description: "unknown form \"{\(inner)}\" (forms are bare, de, a, when, gender(…), number(…), form(…))")
    }
    guard words.count == expected, words.allSatisfy({ !$0.isEmpty }) else {
      throw SyntaxError(description: "\"{\(inner)}\" needs \(expected) words separated by commas")
    }
    switch name {
    case "gender": return .slot(slot, .gender(masculine: words[0], feminine: words[1]))
    case "number": return .slot(slot, .number(singular: words[0], plural: words[1]))
    default: return .slot(slot, .form(words[0], words[1], words[2], words[3]))
    }
  }

  /// The slots the template names.
  public var slots: Set<Slot> {
    Set(parts.compactMap { if case .slot(let slot, _) = $0 { slot } else { nil } })
  }

  /// Fills the slots with the text `resolve` gives each, and capitalizes the first letter of the sentence
  /// (after an opening `¿`, `¡` or quotation mark).
  public func render(_ resolve: (Slot, Form) -> String) -> String {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let literal): text += literal
      case .slot(let slot, let form): text += resolve(slot, form)
      }
    }
    return Self.capitalizingFirstLetter(text)
  }

  /// The text with its first letter capitalized, skipping opening punctuation.
  public static func capitalizingFirstLetter(_ text: String) -> String {
    guard let index = text.firstIndex(where: { $0.isLetter || $0.isNumber }), text[index].isLowercase else {
      return text
    }
    return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
  }
}
