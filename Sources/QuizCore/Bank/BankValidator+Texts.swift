extension BankValidator {
  /// One text of a bank, with where it is and whether it must be filled in.
  struct TextField {
    /// Who it belongs to, for messages: `entity "florence-cassez"`, or empty for the bank itself.
    var owner: String
    /// The key path relative to the owner: `name.es`.
    var field: String
    /// The absolute key path: `entities[3].name.es`.
    var keyPath: String
    var text: String
    /// The language of the text, when it is one of a pair; only declared languages must be filled in.
    var language: Language?
    /// Whether an empty text is an error.
    var required: Bool

    var label: String { owner.isEmpty ? field : "\(owner): \(field)" }
  }

  /// Every text a bank holds (ids aside, which have their own rule).
  static func textFields(of bank: Bank) -> [TextField] {
    var fields: [TextField] = []
    func add(_ owner: String, _ base: String, _ field: String, _ text: String, required: Bool = true) {
      // `name.es`, `aliases.es[2]`, `templates.es.ask`, `value.unit.es.one`: the component naming a language.
      let language = field.split(separator: ".").lazy.compactMap { Language(rawValue: String($0.prefix { $0 != "[" })) }
        .first
      fields.append(
        TextField(
          owner: owner, field: field, keyPath: JSONKeyPath.member(base, field), text: text, language: language,
          required: required))
    }
    func add(_ owner: String, _ base: String, _ field: String, _ texts: Localized<String>) {
      for language in Language.allCases { add(owner, base, "\(field).\(language.rawValue)", texts[language]) }
    }
    func add(_ owner: String, _ base: String, _ field: String, _ lists: Localized<[String]>) {
      for language in Language.allCases {
        for (index, text) in lists[language].enumerated() {
          add(owner, base, "\(field).\(language.rawValue)[\(index)]", text)
        }
      }
    }

    add("", "", "title", bank.title)
    add("", "", "description", bank.description)
    add("", "", "contentNote", bank.contentNote)
    add("", "", "license", bank.license)
    for (index, source) in bank.sources.enumerated() {
      let (owner, base) = ("source \"\(source.id)\"", JSONKeyPath.element("sources", index))
      add(owner, base, "title", source.title)
      add(owner, base, "publisher", source.publisher)
      add(owner, base, "file", source.file)
      if let url = source.url { add(owner, base, "url", url) }
    }
    for (index, topic) in bank.topics.enumerated() {
      add("topic \"\(topic.id)\"", JSONKeyPath.element("topics", index), "name", topic.name)
    }
    for (index, entity) in bank.entities.enumerated() {
      let (owner, base) = ("entity \"\(entity.id)\"", JSONKeyPath.element("entities", index))
      add(owner, base, "type", entity.type)
      add(owner, base, "name", entity.name)
      add(owner, base, "aliases", entity.aliases)
      if let familyName = entity.familyName { add(owner, base, "familyName", familyName) }
      add(owner, base, "description", entity.description)
    }
    for (index, relation) in bank.relations.enumerated() {
      let (owner, base) = ("relation \"\(relation.id)\"", JSONKeyPath.element("relations", index))
      for (typeIndex, type) in relation.subjectTypes.enumerated() {
        add(owner, base, "subjectTypes[\(typeIndex)]", type)
      }
      switch relation.value {
      case .entity(let types):
        for (typeIndex, type) in types.enumerated() { add(owner, base, "value.entityTypes[\(typeIndex)]", type) }
      case .number(let unit?):
        add(owner, base, "value.unit.en.one", unit.en.one)
        add(owner, base, "value.unit.en.other", unit.en.other)
        add(owner, base, "value.unit.es.one", unit.es.one)
        add(owner, base, "value.unit.es.other", unit.es.other)
      case .text(let alternatives):
        for (altIndex, alternative) in alternatives.enumerated() {
          add(owner, base, "value.alternatives[\(altIndex)]", alternative)
        }
      case .date, .number(nil): break
      }
      for language in Language.allCases {
        let templates = relation.templates[language]
        let prefix = "templates.\(language.rawValue)"
        add(owner, base, "\(prefix).ask", templates.ask)
        add(owner, base, "\(prefix).statement", templates.statement)
        if let askInverse = templates.askInverse { add(owner, base, "\(prefix).askInverse", askInverse) }
        if let event = templates.event { add(owner, base, "\(prefix).event", event) }
      }
    }
    for (index, fact) in bank.facts.enumerated() {
      let (owner, base) = ("fact \"\(fact.id)\"", JSONKeyPath.element("facts", index))
      if case .text(let text, let aliases) = fact.value {
        add(owner, base, "value.text", text)
        add(owner, base, "value.aliases", aliases)
      }
      // An empty quote has its own message (see `checkQuotes`); the translation is Spanish.
      add(owner, base, "source.quote", fact.source.quote, required: false)
      fields.append(
        TextField(
          owner: owner, field: "source.translation", keyPath: JSONKeyPath.member(base, "source.translation"),
          text: fact.source.translation, language: .es, required: true))
    }
    return fields
  }

  func checkTexts(_ bank: Bank, _ report: inout Report) {
    let declared = Set(bank.languages)
    for field in Self.textFields(of: bank) {
      let isBlank = field.text.allSatisfy(\.isWhitespace)
      if isBlank {
        if field.required, field.language.map(declared.contains) ?? true {
          report.error("\(field.label) is empty", at: field.keyPath)
        }
        continue
      }
      if let problem = Self.controlProblem(in: field.text) {
        report.error("\(field.label) contains \(problem)", at: field.keyPath)
      } else if field.text.first?.isWhitespace == true || field.text.last?.isWhitespace == true {
        report.warning("\(field.label) has spaces at its start or end", at: field.keyPath)
      }
    }
  }

  /// The first control character, invisible direction override, or escape sequence written out as text.
  static func controlProblem(in text: String) -> String? {
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
}
