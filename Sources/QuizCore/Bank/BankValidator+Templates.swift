extension BankValidator {
  /// The four templates of a relation in one language, with what each must and must not name.
  private enum TemplateRole: String, CaseIterable {
    case ask, askInverse, statement, event

    func text(in templates: RelationTemplates) -> String? {
      switch self {
      case .ask: templates.ask
      case .askInverse: templates.askInverse
      case .statement: templates.statement
      case .event: templates.event
      }
    }

    /// The slots whose noun phrase the template must write.
    var required: [Template.Slot] {
      switch self {
      case .ask, .event: [.subject]
      case .askInverse: [.value]
      case .statement: [.subject, .value]
      }
    }

    /// The slot the template must not name at all: the answer of a question (even a word agreeing with it
    /// would give it away), or the date of a timeline event (the timeline shows it).
    var forbidden: Template.Slot? {
      switch self {
      case .ask, .event: .value
      case .askInverse: .subject
      case .statement: nil
      }
    }

    var isQuestion: Bool { self == .ask || self == .askInverse }
  }

  func checkTemplates(_ bank: Bank, _ report: inout Report) {
    let declared = Language.allCases.filter(bank.languages.contains)
    for (index, relation) in bank.relations.enumerated() {
      let label = "relation \"\(relation.id)\""
      let base = JSONKeyPath.member(JSONKeyPath.element("relations", index), "templates")
      for language in declared {
        let templates = relation.templates[language]
        let languagePath = JSONKeyPath.member(base, language.rawValue)
        for role in TemplateRole.allCases {
          let path = JSONKeyPath.member(languagePath, role.rawValue)
          let field = "templates.\(language.rawValue).\(role.rawValue)"
          guard let text = role.text(in: templates) else {
            // An optional template given in one declared language must be given in all of them.
            if let other = declared.first(where: { role.text(in: relation.templates[$0]) != nil }) {
              report.error("\(label): \(field) is missing, but templates.\(other.rawValue) has one", at: languagePath)
            }
            continue
          }
          if text.allSatisfy(\.isWhitespace) { continue }  // reported by `checkTexts`
          if role == .event, relation.value != .date {
            report.error("\(label): \(field) is only used by date relations", at: path)
            continue
          }
          if role == .askInverse, !relation.inverseFunctional,
            language
              == declared.first(where: {
                relation.templates[$0].askInverse != nil
              })
          {
            report.error(
              "\(label): \(field) is given, but the relation is not inverseFunctional (the answer would not be "
                + "the only one)", at: path)
          }
          for problem in Self.punctuationProblems(text, role: role, language: language) {
            report.error("\(label): \(field) \(problem)", at: path)
          }
          let template: Template
          do {
            template = try Template(parsing: text)
          } catch {
            report.error("\(label): \(field): \(error)", at: path)
            continue
          }
          for problem in problems(in: template, role: role, relation: relation) {
            report.error("\(label): \(field) \(problem)", at: path)
          }
        }
      }
    }
  }

  /// What is wrong with a well-formed template for its role and relation.
  private func problems(in template: Template, role: TemplateRole, relation: Relation) -> [String] {
    var problems: [String] = []
    var written = Set<Template.Slot>()
    for case .slot(let slot, let form) in template.parts {
      let placeholder = Self.written(slot, form)
      if slot == role.forbidden {
        problems.append(
          role == .event
            ? "uses \(placeholder), but the timeline shows the date itself"
            : "gives the answer away: it uses \(placeholder)")
        continue
      }
      let valueKind = slot == .subject ? "entity" : relation.value.name
      switch form {
      case .phrase:
        written.insert(slot)
      case .bare, .de, .a:
        written.insert(slot)
        if valueKind != "entity" { problems.append(Self.mismatch(placeholder, needs: "an entity", valueKind)) }
      case .when:
        written.insert(slot)
        if valueKind != "date" { problems.append(Self.mismatch(placeholder, needs: "a date", valueKind)) }
      case .gender, .form:
        if valueKind != "entity" { problems.append(Self.mismatch(placeholder, needs: "an entity", valueKind)) }
      case .number:
        if valueKind != "entity" && valueKind != "number" {
          problems.append(Self.mismatch(placeholder, needs: "an entity or a number", valueKind))
        }
      }
    }
    for slot in role.required where !written.contains(slot) {
      problems.append("does not name {\(slot.rawValue)}")
    }
    return problems
  }

  /// Question marks, the event's final period, and Spanish contractions that the template writes itself.
  private static func punctuationProblems(_ text: String, role: TemplateRole, language: Language) -> [String] {
    var problems: [String] = []
    let trimmed = trimmingSpaces(text)
    if role.isQuestion {
      if language == .es, !(trimmed.hasPrefix("¿") && trimmed.hasSuffix("?")) {
        problems.append("must open with \"¿\" and close with \"?\"")
      } else if language == .en, !trimmed.hasSuffix("?") {
        problems.append("must end with \"?\"")
      }
    }
    if role == .event, trimmed.hasSuffix(".") { problems.append("ends with a period (timeline events have none)") }
    // Only a text with "el" in it (in any case: nothing else lowercases to "e" or "l") can write "de el".
    if language == .es, hasEl(text) {
      let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
      for (first, second) in zip(words, words.dropFirst()) where second == "el" && (first == "de" || first == "a") {
        problems.append("writes \"\(first) el\": contract it to \"\(first == "de" ? "del" : "al")\"")
      }
    }
    return problems
  }

  /// The text without the spaces and tabs at its ends (`CharacterSet.whitespaces`: tab and the Unicode space
  /// separators), without Foundation.
  static func trimmingSpaces(_ text: String) -> Substring {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return Substring(scalars[first...last])
  }

  private static func hasEl(_ text: String) -> Bool {
    var previousIsE = false
    for byte in text.utf8 {
      if previousIsE && byte | 0x20 == UInt8(ascii: "l") { return true }
      previousIsE = byte | 0x20 == UInt8(ascii: "e")
    }
    return false
  }

  private static func mismatch(_ placeholder: String, needs: String, _ valueKind: String) -> String {
    "uses \(placeholder), which needs \(needs), but the \(placeholder.hasPrefix("{subject") ? "subject" : "value") "
      + "is \(article(valueKind))"
  }

  /// The placeholder as written in the bank: `{value:when}`, `{subject:gender(…)}`.
  static func written(_ slot: Template.Slot, _ form: Template.Form) -> String {
    let name: String
    switch form {
    case .phrase: return "{\(slot.rawValue)}"
    case .bare: name = "bare"
    case .de: name = "de"
    case .a: name = "a"
    case .when: name = "when"
    case .gender: name = "gender(…)"
    case .number: name = "number(…)"
    case .form: name = "form(…)"
    }
    return "{\(slot.rawValue):\(name)}"
  }
}
