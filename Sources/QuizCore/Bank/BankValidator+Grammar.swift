extension BankValidator {
  /// Every entity a template writes with an article or an agreeing word has the gender that choice needs:
  /// without one, Spanish silently takes the masculine ("al Isla del Diablo"), and `gender(he,she)` in English
  /// always says "he". Each entity is reported once per language, at the first template that needs it.
  func checkGenders(_ bank: Bank, _ report: inout Report) {
    var entitiesByType: [String: [Int]] = [:]
    for (index, entity) in bank.entities.enumerated() { entitiesByType[entity.type, default: []].append(index) }
    var reported: Set<String> = []
    // Each entity's grammar worked out once per language (not once per template slot that names its type),
    // and the entity itself read only when it is reported.
    let grammars = Localized(
      en: bank.entities.map { $0.sentenceGrammar(in: .en) }, es: bank.entities.map { $0.sentenceGrammar(in: .es) })
    for relation in bank.relations {
      for language in Language.allCases where bank.languages.contains(language) {
        for (role, text) in Self.templateTexts(relation.templates[language]) {
          guard let template = try? Template(parsing: text) else { continue }  // reported by `checkTemplates`
          for case .slot(let slot, let form) in template.parts {
            let types: [String]
            switch slot {
            case .subject: types = relation.subjectTypes
            case .value:
              guard case .entity(let valueTypes) = relation.value else { continue }
              types = valueTypes
            case .qualifier(let id):
              guard case .entity(let qualifierTypes)? = relation.qualifier(id)?.value else { continue }
              types = qualifierTypes
            }
            for index in types.flatMap({ entitiesByType[$0] ?? [] }) {
              let grammar = grammars[language][index]
              guard grammar.gender == nil, Self.needsGender(form, grammar: grammar, in: language) else { continue }
              let entity = bank.entities[index]
              guard reported.insert(entity.id + "\u{1F}" + language.rawValue).inserted else { continue }
              let languageName = language == .es ? "Spanish" : "English"
              report.error(
                "entity \"\(entity.id)\" has no \(languageName) gender (grammar.\(language.rawValue).gender), but "
                  + "relation \"\(relation.id)\" writes it as \(Self.written(slot, form)) in "
                  + "templates.\(language.rawValue).\(role), which needs one: give \"masculine\" or \"feminine\"",
                at: JSONKeyPath.member(JSONKeyPath.element("entities", index), "grammar"))
            }
          }
        }
      }
    }
  }

  /// Whether a form needs the slot's gender: an agreeing word always; in Spanish, an article the name takes.
  static func needsGender(_ form: Template.Form, grammar: Grammar, in language: Language) -> Bool {
    switch form {
    case .gender, .form: true
    case .phrase, .de, .a: language == .es && grammar.definiteArticle && !grammar.articleInName
    case .bare, .when, .number: false
    }
  }

  /// The templates of one language with the name of each (`ask`, `askQualifier.date`…).
  static func templateTexts(_ templates: RelationTemplates) -> [(String, String)] {
    var texts: [(String, String)] = [("ask", templates.ask), ("statement", templates.statement)]
    if let askInverse = templates.askInverse { texts.append(("askInverse", askInverse)) }
    if let event = templates.event { texts.append(("event", event)) }
    for (id, text) in templates.askQualifier.sorted(by: { $0.key < $1.key }) {
      texts.append(("askQualifier.\(id)", text))
    }
    return texts
  }

  /// Warns about a text alternative that equals (after normalization) a value a fact of its relation states: it
  /// is never offered, so that fact has one wrong option fewer, and may lose its multiple-choice question.
  func checkAlternatives(_ bank: Bank, _ report: inout Report) {
    for (relationIndex, relation) in bank.relations.enumerated() {
      guard case .text(let alternatives) = relation.value, !alternatives.isEmpty else { continue }
      var stated: [String: String] = [:]  // normalized spelling → fact id
      for fact in bank.facts where fact.relation == relation.id {
        guard case .text(let text, _) = fact.value else { continue }
        for language in Language.allCases where stated[DistractorPicker.normalized(text[language])] == nil {
          stated[DistractorPicker.normalized(text[language])] = fact.id
        }
      }
      for (index, alternative) in alternatives.enumerated() {
        guard
          let fact = Language.allCases.lazy.compactMap({ stated[DistractorPicker.normalized(alternative[$0])] }).first
        else { continue }
        report.warning(
          "relation \"\(relation.id)\": alternative \"\(alternative.en)\" / \"\(alternative.es)\" is the value of "
            + "fact \"\(fact)\", so it is never offered as a wrong option; remove it or write another",
          at: JSONKeyPath.element(
            JSONKeyPath.member(
              JSONKeyPath.member(JSONKeyPath.element("relations", relationIndex), "value"), "alternatives"),
            index))
      }
    }
  }
}
