extension BankValidator {
  /// Whose a text is: the bank itself, or the element `index` of one of its arrays.
  struct TextOwner {
    /// `source`, `entity`…; empty for the bank.
    var kind: String
    /// `sources`, `entities`…
    var array: String
    var id: String
    var index: Int

    static let bank = TextOwner(kind: "", array: "", id: "", index: 0)

    var label: String { kind.isEmpty ? "" : "\(kind) \"\(id)\"" }
    var keyPath: String { kind.isEmpty ? "" : JSONKeyPath.element(array, index) }
  }

  /// The key path of a text relative to its owner, in the shapes a bank uses.
  enum TextFieldName {
    /// `license`, `source.quote`, `value.unit.en.one`.
    case plain(String)
    /// `name.es`.
    case localized(String, Language)
    /// `aliases.es[2]`.
    case localizedItem(String, Language, Int)
    /// `subjectTypes[1]`.
    case item(String, Int)
    /// `value.alternatives[1].es`.
    case localizedOfItem(String, Int, Language)
    /// `templates.es.ask`.
    case template(Language, String)

    var description: String {
      switch self {
      case .plain(let name): name
      case .localized(let name, let language): "\(name).\(language.rawValue)"
      case .localizedItem(let name, let language, let index): "\(name).\(language.rawValue)[\(index)]"
      case .item(let name, let index): "\(name)[\(index)]"
      case .localizedOfItem(let name, let index, let language): "\(name)[\(index)].\(language.rawValue)"
      case .template(let language, let role): "templates.\(language.rawValue).\(role)"
      }
    }
  }

  /// One text of a bank: its owner and field (turned into words only for a message), the text, its language
  /// when it is one of a pair (only declared languages must be filled in), and whether an empty text is an error.
  struct TextField {
    var owner: TextOwner
    var name: TextFieldName
    var text: String
    var language: Language?
    var required = true

    /// The key path relative to the owner: `name.es`.
    var field: String { name.description }
    /// The absolute key path: `entities[3].name.es`.
    var keyPath: String { JSONKeyPath.member(owner.keyPath, field) }
    /// `entity "florence-cassez": name.es`, or the field alone for the bank itself.
    var label: String { owner.kind.isEmpty ? field : "\(owner.label): \(field)" }
  }

  /// Visits every text a bank holds (ids aside, which have their own rule), in the order of the file.
  static func forEachText(of bank: Bank, _ visit: (TextField) -> Void) {
    func add(_ owner: TextOwner, _ name: TextFieldName, _ text: String, _ language: Language? = nil) {
      visit(TextField(owner: owner, name: name, text: text, language: language))
    }
    func add(_ owner: TextOwner, _ field: String, _ texts: Localized<String>) {
      for language in Language.allCases { add(owner, .localized(field, language), texts[language], language) }
    }
    func add(_ owner: TextOwner, _ field: String, _ lists: Localized<[String]>) {
      for language in Language.allCases {
        for (index, text) in lists[language].enumerated() {
          add(owner, .localizedItem(field, language, index), text, language)
        }
      }
    }

    add(.bank, "title", bank.title)
    add(.bank, "description", bank.description)
    add(.bank, "contentNote", bank.contentNote)
    if let label = bank.contentNoteLabel { add(.bank, "contentNoteLabel", label) }
    add(.bank, .plain("license"), bank.license)
    for (index, source) in bank.sources.enumerated() {
      let owner = TextOwner(kind: "source", array: "sources", id: source.id, index: index)
      add(owner, .plain("title"), source.title)
      if let publisher = source.publisher { add(owner, .plain("publisher"), publisher) }
      add(owner, .plain("file"), source.file)
      if let url = source.url { add(owner, .plain("url"), url) }
    }
    for (index, topic) in bank.topics.enumerated() {
      add(TextOwner(kind: "topic", array: "topics", id: topic.id, index: index), "name", topic.name)
    }
    for (index, entity) in bank.entities.enumerated() {
      let owner = TextOwner(kind: "entity", array: "entities", id: entity.id, index: index)
      add(owner, .plain("type"), entity.type)
      add(owner, "name", entity.name)
      add(owner, "aliases", entity.aliases)
      if let familyName = entity.familyName { add(owner, .plain("familyName"), familyName) }
      add(owner, "description", entity.description)
    }
    for (index, relation) in bank.relations.enumerated() {
      let owner = TextOwner(kind: "relation", array: "relations", id: relation.id, index: index)
      for (typeIndex, type) in relation.subjectTypes.enumerated() { add(owner, .item("subjectTypes", typeIndex), type) }
      switch relation.value {
      case .entity(let types):
        for (typeIndex, type) in types.enumerated() { add(owner, .item("value.entityTypes", typeIndex), type) }
      case .number(let unit?):
        add(owner, .plain("value.unit.en.one"), unit.en.one, .en)
        add(owner, .plain("value.unit.en.other"), unit.en.other, .en)
        add(owner, .plain("value.unit.es.one"), unit.es.one, .es)
        add(owner, .plain("value.unit.es.other"), unit.es.other, .es)
      case .text(let alternatives):
        for (altIndex, alternative) in alternatives.enumerated() {
          for language in Language.allCases {
            add(owner, .localizedOfItem("value.alternatives", altIndex, language), alternative[language], language)
          }
        }
      case .date, .number(nil): break
      }
      for language in Language.allCases {
        let templates = relation.templates[language]
        add(owner, .template(language, "ask"), templates.ask, language)
        add(owner, .template(language, "statement"), templates.statement, language)
        if let askInverse = templates.askInverse { add(owner, .template(language, "askInverse"), askInverse, language) }
        if let event = templates.event { add(owner, .template(language, "event"), event, language) }
        for (id, text) in templates.askQualifier.sorted(by: { $0.key < $1.key }) {
          add(owner, .template(language, "askQualifier.\(id)"), text, language)
        }
      }
    }
    let languages = Dictionary(bank.sources.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
    for (index, fact) in bank.facts.enumerated() {
      let owner = TextOwner(kind: "fact", array: "facts", id: fact.id, index: index)
      for (id, value) in fact.qualifiers.sorted(by: { $0.key < $1.key }) {
        if case .text(let text, let aliases) = value {
          add(owner, "qualifiers.\(id).text", text)
          add(owner, "qualifiers.\(id).aliases", aliases)
        }
      }
      if case .text(let text, let aliases) = fact.value {
        add(owner, "value.text", text)
        add(owner, "value.aliases", aliases)
      }
      // An empty quote has its own message (see `checkQuotes`); the translation is Spanish.
      visit(TextField(owner: owner, name: .plain("source.quote"), text: fact.source.quote, required: false))
      add(owner, .plain("source.translation"), fact.source.translation, languages[fact.source.document]?.other ?? .es)
    }
  }

  func checkTexts(_ bank: Bank, _ report: inout Report) {
    let declared = Set(bank.languages)
    var found: [(error: Bool, message: String, keyPath: String)] = []
    Self.forEachText(of: bank) { field in
      let text = field.text
      if Self.isBlank(text) {
        if field.required, field.language.map(declared.contains) ?? true {
          found.append((true, "\(field.label) is empty", field.keyPath))
        }
        return
      }
      if let problem = Self.controlProblem(in: text) {
        found.append((true, "\(field.label) contains \(problem)", field.keyPath))
      } else if Self.hasSpaceAtEdge(text) {
        found.append((false, "\(field.label) has spaces at its start or end", field.keyPath))
      }
    }
    for problem in found {
      if problem.error {
        report.error(problem.message, at: problem.keyPath)
      } else {
        report.warning(problem.message, at: problem.keyPath)
      }
    }
  }

  /// Whether every Character is whitespace (`Character.isWhitespace`). A printable ASCII byte other than a
  /// space starts a Character of its own or follows a prepended mark, which is not whitespace either, so it
  /// settles the question without breaking the text into Characters.
  static func isBlank(_ text: String) -> Bool {
    if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  /// Whether the first or last Character is whitespace. A Character is whitespace when its first scalar is, so
  /// a printable ASCII byte (not a space) at each end answers "no" at once.
  static func hasSpaceAtEdge(_ text: String) -> Bool {
    if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
      return false
    }
    return text.first?.isWhitespace == true || text.last?.isWhitespace == true
  }

  /// The first control character, invisible direction override, or escape sequence written out as text.
  static func controlProblem(in text: String) -> String? {
    // Text without a backslash, an ASCII control, a C1 control (C2 80…9F) or a lead byte of the invisible
    // characters (E2: U+202A…U+202E, U+2066…U+2069; EF: U+FEFF), the usual case, has none of them.
    if !hasControlCandidate(text) { return nil }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) {
        let name =
          value == 0x1B
          ? " (escape, as in a terminal escape sequence)"
          : value == 0x0A ? " (line break)" : value == 0x09 ? " (tab)" : ""
        return "the control character \(DiagnosticText.codePoint(value))\(name)"
      }
      if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF {
        return "the invisible character \(DiagnosticText.codePoint(value))"
      }
    }
    // `\n` or `\u00e9` typed as text, usually an escape written twice in the JSON ("\\n").
    let scalars = Array(text.unicodeScalars)
    for (offset, scalar) in scalars.enumerated() where scalar == "\\" && offset + 1 < scalars.count {
      let next = scalars[offset + 1]
      if "ntrbfuxe0".unicodeScalars.contains(next) {
        let sequence = String(
          String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + (next == "u" ? 6 : 2))]))
        return "the escape sequence \"\(sequence)\" written out as text"
      }
    }
    return nil
  }

  /// Whether the text's UTF-8 holds a byte that may begin what `controlProblem(in:)` looks for, read over the
  /// contiguous bytes (accented text no longer goes through its scalars).
  static func hasControlCandidate(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == 0xE2 || byte == 0xEF { return true }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
        index += 1
      }
      return false
    }
  }
}
