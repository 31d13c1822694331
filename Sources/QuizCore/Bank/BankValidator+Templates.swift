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
          if role == .event, relation.value != .date, Self.dateQualifier(of: relation) == nil {
            report.error("\(label): \(field) is only used by date relations (or those with a date qualifier)", at: path)
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
          var required = role.required
          var forbidden = role.forbidden.map { [$0] } ?? []
          if role == .statement { required += relation.qualifiers.map { .qualifier($0.id) } }
          if role == .event, relation.value != .date, let date = Self.dateQualifier(of: relation) {
            forbidden = [.qualifier(date)]
          }
          for problem in problems(
            in: template, required: required, forbidden: forbidden, event: role == .event, relation: relation)
          {
            report.error("\(label): \(field) \(problem)", at: path)
          }
        }
        checkQualifierTemplates(
          relation, label: label, language: language, declared: declared, path: languagePath, &report)
      }
      if !relation.qualifiers.isEmpty {
        for qualifier in relation.qualifiers
        where declared.allSatisfy({ relation.templates[$0].askQualifier[qualifier.id] == nil }) {
          report.warning(
            "\(label): qualifier \"\(qualifier.id)\" is never asked; give templates.<language>.askQualifier."
              + "\(qualifier.id) to ask it", at: JSONKeyPath.element("relations", index))
        }
      }
    }
  }

  /// The id of the first date qualifier of a relation, which timelines date its facts by when the value is not
  /// a date.
  static func dateQualifier(of relation: Relation) -> String? {
    relation.qualifiers.first { $0.value == .date }?.id
  }

  /// The `askQualifier` templates of one language: for declared qualifiers, given in every language, asking
  /// with `¿…?`, naming the subject and never the qualifier they ask for.
  private func checkQualifierTemplates(
    _ relation: Relation, label: String, language: Language, declared: [Language], path languagePath: String,
    _ report: inout Report
  ) {
    let templates = relation.templates[language]
    let declaredIDs = relation.qualifiers.map(\.id)
    for (id, text) in templates.askQualifier.sorted(by: { $0.key < $1.key }) {
      let path = JSONKeyPath.member(JSONKeyPath.member(languagePath, "askQualifier"), id)
      let field = "templates.\(language.rawValue).askQualifier.\(id)"
      guard relation.qualifier(id) != nil else {
        let hint = Self.closest(to: id, in: declaredIDs).map { " (did you mean \"\($0)\"?)" } ?? ""
        report.error("\(label): \(field) asks for an undeclared qualifier\(hint)", at: path)
        continue
      }
      if text.allSatisfy(\.isWhitespace) { continue }  // reported by `checkTexts`
      for problem in Self.punctuationProblems(text, role: .ask, language: language) {
        report.error("\(label): \(field) \(problem)", at: path)
      }
      do {
        let template = try Template(parsing: text)
        for problem in problems(
          in: template, required: [.subject], forbidden: [.qualifier(id)], event: false, relation: relation)
        {
          report.error("\(label): \(field) \(problem)", at: path)
        }
      } catch {
        report.error("\(label): \(field): \(error)", at: path)
      }
    }
    for id in declaredIDs where templates.askQualifier[id] == nil {
      if let other = declared.first(where: { relation.templates[$0].askQualifier[id] != nil }) {
        report.error(
          "\(label): templates.\(language.rawValue).askQualifier.\(id) is missing, but templates.\(other.rawValue) "
            + "has one", at: languagePath)
      }
    }
  }

  /// What is wrong with a well-formed template: a slot it must write and does not, a slot it must not name, a
  /// qualifier the relation does not declare, a form that does not fit the slot's type.
  private func problems(
    in template: Template, required: [Template.Slot], forbidden: [Template.Slot], event: Bool, relation: Relation
  ) -> [String] {
    var problems: [String] = []
    var written = Set<Template.Slot>()
    for case .slot(let slot, let form) in template.parts {
      let placeholder = Self.written(slot, form)
      if forbidden.contains(slot) {
        problems.append(
          event
            ? "uses \(placeholder), but the timeline shows the date itself"
            : "gives the answer away: it uses \(placeholder)")
        continue
      }
      let valueKind: String
      switch slot {
      case .subject: valueKind = "entity"
      case .value: valueKind = relation.value.name
      case .qualifier(let id):
        guard let qualifier = relation.qualifier(id) else {
          let names = ["subject", "value"] + relation.qualifiers.map(\.id)
          let hint = Self.closest(to: id, in: names).map { " (did you mean {\($0)}?)" } ?? ""
          problems.append(
            "uses the unknown slot {\(id)}\(hint); slots are subject, value"
              + (relation.qualifiers.isEmpty
                ? ""
                : " and the qualifier\(relation.qualifiers.count == 1 ? "" : "s") "
                  + Self.list(relation.qualifiers.map(\.id))))
          continue
        }
        valueKind = qualifier.value.name
      }
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
    // A misspelled slot already has its message; "does not name {subject}" would say it twice.
    let misspelled = problems.contains { $0.hasPrefix("uses the unknown slot") }
    for slot in required where !written.contains(slot) && !misspelled {
      problems.append("does not name {\(slot.name)}")
    }
    return problems
  }

  /// Question marks, the event's final period, and Spanish contractions that the template writes itself.
  private static func punctuationProblems(_ text: String, role: TemplateRole, language: Language) -> [String] {
    var problems: [String] = []
    let trimmed = trimmingSpaces(text)
    if role.isQuestion {
      if language == .es, !(Self.opensSpanishQuestion(trimmed) && trimmed.hasSuffix("?")) {
        problems.append(
          "must open with \"¿\" and close with \"?\" (a lead-in before the question ends with a comma: "
            + "\"Según X, ¿…?\")")
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

  /// Whether a Spanish question opens with `¿`, or with a lead-in ending in a comma or colon before it
  /// ("Según la fiscalía, ¿quién…?"), and has no other `?` or `¿` before it.
  static func opensSpanishQuestion(_ text: Substring) -> Bool {
    if text.hasPrefix("¿") { return true }
    guard let mark = text.firstIndex(of: "¿") else { return false }
    let lead = text[..<mark]
    guard !lead.contains("?"), let last = lead.last(where: { !$0.isWhitespace }) else { return false }
    return last == "," || last == ":"
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
    case .phrase: return "{\(slot.name)}"
    case .bare: name = "bare"
    case .de: name = "de"
    case .a: name = "a"
    case .when: name = "when"
    case .gender: name = "gender(…)"
    case .number: name = "number(…)"
    case .form: name = "form(…)"
    }
    return "{\(slot.name):\(name)}"
  }
}
