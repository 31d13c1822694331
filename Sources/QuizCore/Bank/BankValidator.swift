/// The checks a decoded bank must pass beyond its JSON structure: ids, references between its parts, value types,
/// templates, quotes against their source texts, and the texts themselves. Every problem is collected; nothing is
/// thrown, so one run of `casequiz lint` shows them all.
///
/// The validator reads no files: the caller passes the source documents' texts by document id. A document
/// missing from `sourceTexts` is not quote-checked (the caller reports why it could not be read).
public struct BankValidator: Sendable {
  /// The name of the bank file, used in diagnostics.
  public var file: String
  /// Where each key path is written in the file, to give diagnostics a line and column.
  public var positions: JSONPositions
  /// The text of each source document, by document id.
  public var sourceTexts: [String: String]
  /// The name of the bank's folder, which the bank id must equal; `nil` skips that check.
  public var folderName: String?

  /// Creates a validator.
  public init(
    file: String, positions: JSONPositions = JSONPositions(), sourceTexts: [String: String] = [:],
    folderName: String? = nil
  ) {
    self.file = file
    self.positions = positions
    self.sourceTexts = sourceTexts
    self.folderName = folderName
  }

  /// Every problem in the bank, ordered by position.
  public func validate(_ bank: Bank) -> [Diagnostic] {
    var report = Report(file: file, positions: positions)
    checkHeader(bank, &report)
    checkIDs(bank, &report)
    checkRelations(bank, &report)
    checkFacts(bank, &report)
    checkUsage(bank, &report)
    checkTexts(bank, &report)
    checkTemplates(bank, &report)
    checkGenders(bank, &report)
    checkAlternatives(bank, &report)
    checkQuotes(bank, &report)
    checkWorks(bank, &report)
    // Questions are generated only from a bank that is otherwise sound.
    if !report.diagnostics.contains(where: { $0.severity == .error }) { checkPrompts(bank, &report) }
    return Diagnostic.sorted(report.diagnostics)
  }

  /// Why a schema version cannot be read, or `nil` when this build understands it.
  public static func schemaVersionProblem(_ version: Int) -> String? {
    if version > Bank.currentSchemaVersion {
      return "schemaVersion \(version) is newer than this casequiz understands (\(Bank.currentSchemaVersion)); "
        + "update casequiz to play this bank"
    }
    if version < 1 { return "schemaVersion \(version) is not valid; the first version is 1" }
    return nil
  }

  /// Whether an id is lowercase letters and digits joined by single hyphens, like `first-arrest`.
  public static func isValidID(_ id: String) -> Bool {
    var afterHyphen = true  // at the start, as after a hyphen: a word must begin
    for byte in id.utf8 {
      if byte == UInt8(ascii: "-") {
        if afterHyphen { return false }
        afterHyphen = true
      } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      {
        afterHyphen = false
      } else {
        return false
      }
    }
    return !afterHyphen
  }

  // MARK: Report

  /// Collects diagnostics, placing each at its key path.
  struct Report {
    let file: String
    let positions: JSONPositions
    var diagnostics: [Diagnostic] = []

    func location(_ keyPath: String) -> Diagnostic.Location {
      let position = positions.nearestPosition(of: keyPath)
      return .init(file: file, line: position?.line, column: position?.column, keyPath: keyPath)
    }

    mutating func error(_ message: String, at keyPath: String) {
      diagnostics.append(.error(message, at: location(keyPath)))
    }

    mutating func warning(_ message: String, at keyPath: String) {
      diagnostics.append(.warning(message, at: location(keyPath)))
    }

    /// "line 12" when the key path is placed, the key path otherwise.
    func whereIs(_ keyPath: String) -> String {
      positions.position(of: keyPath).map { "line \($0.line)" } ?? keyPath
    }
  }

  // MARK: Header and ids

  private func checkHeader(_ bank: Bank, _ report: inout Report) {
    if let problem = Self.schemaVersionProblem(bank.schemaVersion) { report.error(problem, at: "schemaVersion") }
    if !Self.isValidID(bank.id) {
      report.error("invalid bank id \"\(bank.id)\": \(Self.idRule)", at: "id")
    } else if let folderName, folderName != bank.id {
      report.error("bank id \"\(bank.id)\" differs from its folder name \"\(folderName)\"", at: "id")
    }
    if bank.languages.isEmpty { report.error("the bank declares no languages", at: "languages") }
    var seen = Set<Language>()
    for (index, language) in bank.languages.enumerated() where !seen.insert(language).inserted {
      report.warning("language \"\(language.rawValue)\" is listed twice", at: JSONKeyPath.element("languages", index))
    }
    for (index, source) in bank.sources.enumerated() {
      let path = JSONKeyPath.element("sources", index)
      if !source.file.isEmpty, !Self.isSafeRelativePath(source.file) {
        report.error(
          "source \"\(source.id)\": file \"\(source.file)\" must be a relative path inside the bank folder",
          at: JSONKeyPath.member(path, "file"))
      }
      if source.publisher == nil {
        report.warning(
          "source \"\(source.id)\" gives no publisher; leave it out only when the document names none", at: path)
      }
      if source.date == nil {
        report.warning(
          "source \"\(source.id)\" gives no date; leave it out only when the document is undated", at: path)
      }
    }
  }

  static let idRule = "use lowercase letters and digits joined by single \"-\", like \"first-arrest\""

  /// A path such as `sources/article.txt`: not absolute, no `..`, no empty or `.` components.
  public static func isSafeRelativePath(_ path: String) -> Bool {
    guard !path.hasPrefix("/"), !path.contains("\\") else { return false }
    return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && $0 != "." && $0 != ".."
    }
  }

  private func checkIDs(_ bank: Bank, _ report: inout Report) {
    let kinds: [(kind: String, array: String, ids: [String])] = [
      ("source", "sources", bank.sources.map(\.id)),
      ("topic", "topics", bank.topics.map(\.id)),
      ("entity", "entities", bank.entities.map(\.id)),
      ("relation", "relations", bank.relations.map(\.id)),
      ("fact", "facts", bank.facts.map(\.id)),
    ]
    for (kind, array, ids) in kinds {
      var first: [String: Int] = [:]
      first.reserveCapacity(ids.count)
      for (index, id) in ids.enumerated() {
        // Key paths are written out only for a message.
        func path(_ index: Int) -> String { JSONKeyPath.member(JSONKeyPath.element(array, index), "id") }
        if !Self.isValidID(id) {
          report.error("invalid \(kind) id \"\(id)\": \(Self.idRule)", at: path(index))
        }
        if let earlier = first.updateValue(index, forKey: id) {
          first[id] = earlier
          report.error(
            "duplicate \(kind) id \"\(id)\" (first defined at \(report.whereIs(path(earlier))))", at: path(index))
        }
      }
    }
  }

  // MARK: Relations and facts

  private func checkRelations(_ bank: Bank, _ report: inout Report) {
    let entityTypes = Set(bank.entities.map(\.type))
    for (index, relation) in bank.relations.enumerated() {
      let path = JSONKeyPath.element("relations", index)
      let label = "relation \"\(relation.id)\""
      if relation.subjectTypes.isEmpty {
        report.error("\(label) lists no subjectTypes", at: JSONKeyPath.member(path, "subjectTypes"))
      }
      for (typeIndex, type) in relation.subjectTypes.enumerated() where !entityTypes.contains(type) {
        report.warning(
          "\(label): no entity has the subject type \"\(type)\"",
          at: JSONKeyPath.element(JSONKeyPath.member(path, "subjectTypes"), typeIndex))
      }
      if case .entity(let types) = relation.value {
        let typesPath = JSONKeyPath.member(JSONKeyPath.member(path, "value"), "entityTypes")
        if types.isEmpty { report.error("\(label) lists no entityTypes for its values", at: typesPath) }
        for (typeIndex, type) in types.enumerated() where !entityTypes.contains(type) {
          report.warning(
            "\(label): no entity has the value type \"\(type)\"", at: JSONKeyPath.element(typesPath, typeIndex))
        }
      }
      var qualifierIDs: Set<String> = []
      for (qualifierIndex, qualifier) in relation.qualifiers.enumerated() {
        let qualifierPath = JSONKeyPath.element(JSONKeyPath.member(path, "qualifiers"), qualifierIndex)
        if !Self.isValidID(qualifier.id) || qualifier.id == "subject" || qualifier.id == "value" {
          report.error(
            "\(label): invalid qualifier id \"\(qualifier.id)\": \(Self.idRule), other than subject and value",
            at: JSONKeyPath.member(qualifierPath, "id"))
        } else if !qualifierIDs.insert(qualifier.id).inserted {
          report.error("\(label): qualifier \"\(qualifier.id)\" is declared twice", at: qualifierPath)
        }
        if case .entity(let types) = qualifier.value {
          let typesPath = JSONKeyPath.member(JSONKeyPath.member(qualifierPath, "value"), "entityTypes")
          if types.isEmpty {
            report.error("\(label): qualifier \"\(qualifier.id)\" lists no entityTypes", at: typesPath)
          }
          for (typeIndex, type) in types.enumerated() where !entityTypes.contains(type) {
            report.warning(
              "\(label): no entity has the type \"\(type)\" of qualifier \"\(qualifier.id)\"",
              at: JSONKeyPath.element(typesPath, typeIndex))
          }
        }
      }
    }
  }

  private func checkFacts(_ bank: Bank, _ report: inout Report) {
    // Entities and relations by id (the first wins), without the bank index's table of every fact.
    let entities = BankIndex.index(bank.entities.map(\.id))
    let relations = BankIndex.index(bank.relations.map(\.id))
    let topics = Set(bank.topics.map(\.id))
    let documents = Set(bank.sources.map(\.id))
    var valueBySubject: [String: [String: Int]] = [:]  // relation id → subject → fact index
    var subjectByValue: [String: [FactValue: Int]] = [:]  // relation id → value → fact index
    for (factIndex, fact) in bank.facts.enumerated() {
      // The key path and label are written out only for a message.
      var path: String { JSONKeyPath.element("facts", factIndex) }
      var label: String { "fact \"\(fact.id)\"" }
      if !topics.contains(fact.topic) {
        report.error("\(label): unknown topic \"\(fact.topic)\"", at: JSONKeyPath.member(path, "topic"))
      }
      if !documents.contains(fact.source.document) {
        report.error(
          "\(label): unknown source document \"\(fact.source.document)\"",
          at: JSONKeyPath.member(JSONKeyPath.member(path, "source"), "document"))
      }
      let relation = relations[fact.relation].map { bank.relations[$0] }
      if relation == nil {
        report.error("\(label): unknown relation \"\(fact.relation)\"", at: JSONKeyPath.member(path, "relation"))
      }
      if let subject = entities[fact.subject].map({ bank.entities[$0] }) {
        if let relation, !relation.subjectTypes.contains(subject.type) {
          report.error(
            "\(label): subject \"\(subject.id)\" has type \"\(subject.type)\", but relation \"\(relation.id)\" "
              + "takes subjects of type \(Self.list(relation.subjectTypes))",
            at: JSONKeyPath.member(path, "subject"))
        }
      } else {
        report.error("\(label): unknown subject entity \"\(fact.subject)\"", at: JSONKeyPath.member(path, "subject"))
      }
      checkValue(of: fact, at: factIndex, relation: relation, entities: entities, in: bank, &report)
      if let relation, !(relation.qualifiers.isEmpty && fact.qualifiers.isEmpty) {
        checkQualifiers(of: fact, at: factIndex, relation: relation, entities: entities, in: bank, &report)
      }

      guard let relation else { continue }
      if relation.functional {
        if let earlier = valueBySubject[relation.id]?[fact.subject] {
          report.error(
            "\(label): relation \"\(relation.id)\" is functional, but subject \"\(fact.subject)\" already has a "
              + "value in fact \"\(bank.facts[earlier].id)\"", at: path)
        } else {
          valueBySubject[relation.id, default: [:]][fact.subject] = factIndex
        }
      }
      if relation.inverseFunctional {
        if let earlier = subjectByValue[relation.id]?[fact.value] {
          report.error(
            "\(label): relation \"\(relation.id)\" is inverse-functional, but its value \(Self.describe(fact.value)) "
              + "already belongs to fact \"\(bank.facts[earlier].id)\"", at: JSONKeyPath.member(path, "value"))
        } else {
          subjectByValue[relation.id, default: [:]][fact.value] = factIndex
        }
      }
    }
  }

  private func checkValue(
    of fact: Fact, at factIndex: Int, relation: Relation?, entities: [String: Int], in bank: Bank,
    _ report: inout Report
  ) {
    var label: String { "fact \"\(fact.id)\"" }
    var valuePath: String { JSONKeyPath.member(JSONKeyPath.element("facts", factIndex), "value") }
    if let relation, relation.value.name != fact.value.typeName {
      report.error(
        "\(label): the value is \(Self.article(fact.value.typeName)), but relation \"\(relation.id)\" takes "
          + Self.article(relation.value.name), at: valuePath)
      return
    }
    guard case .entity(let id) = fact.value else { return }
    var entityPath: String { JSONKeyPath.member(valuePath, "entity") }
    guard let entity = entities[id].map({ bank.entities[$0] }) else {
      report.error("\(label): unknown value entity \"\(id)\"", at: entityPath)
      return
    }
    if let relation, case .entity(let types) = relation.value, !types.contains(entity.type) {
      report.error(
        "\(label): value \"\(id)\" has type \"\(entity.type)\", but relation \"\(relation.id)\" takes "
          + "values of type \(Self.list(types))", at: entityPath)
    }
  }

  /// Every qualifier the relation declares is given, with a value of its type; nothing else is given.
  private func checkQualifiers(
    of fact: Fact, at factIndex: Int, relation: Relation, entities: [String: Int], in bank: Bank,
    _ report: inout Report
  ) {
    let label = "fact \"\(fact.id)\""
    let path = JSONKeyPath.member(JSONKeyPath.element("facts", factIndex), "qualifiers")
    let declared = relation.qualifiers.map(\.id)
    for qualifier in relation.qualifiers where fact.qualifiers[qualifier.id] == nil {
      report.error(
        "\(label) does not give the qualifier \"\(qualifier.id)\" that relation \"\(relation.id)\" declares",
        at: fact.qualifiers.isEmpty ? JSONKeyPath.element("facts", factIndex) : path)
    }
    for (id, value) in fact.qualifiers.sorted(by: { $0.key < $1.key }) {
      let valuePath = JSONKeyPath.member(path, id)
      guard let qualifier = relation.qualifier(id) else {
        let hint = Self.closest(to: id, in: declared).map { " (did you mean \"\($0)\"?)" } ?? ""
        let known = declared.isEmpty ? "declares none" : "declares \(Self.list(declared))"
        report.error(
          "\(label): unknown qualifier \"\(id)\"\(hint); relation \"\(relation.id)\" \(known)", at: valuePath)
        continue
      }
      if qualifier.value.name != value.typeName {
        report.error(
          "\(label): qualifier \"\(id)\" is \(Self.article(value.typeName)), but relation \"\(relation.id)\" "
            + "declares it as \(Self.article(qualifier.value.name))", at: valuePath)
        continue
      }
      guard case .entity(let entityID) = value else { continue }
      guard let entity = entities[entityID].map({ bank.entities[$0] }) else {
        report.error("\(label): qualifier \"\(id)\": unknown entity \"\(entityID)\"", at: valuePath)
        continue
      }
      if case .entity(let types) = qualifier.value, !types.contains(entity.type) {
        report.error(
          "\(label): qualifier \"\(id)\": \"\(entityID)\" has type \"\(entity.type)\", but the qualifier takes "
            + "type \(Self.list(types))", at: valuePath)
      }
    }
  }

  /// The candidate nearest to a misspelled name, when it is close enough to be a typo.
  static func closest(to name: String, in candidates: [String]) -> String? {
    let limit = max(1, name.count / 4)
    let scored = candidates.map { ($0, EditDistance.distance(name.lowercased(), $0.lowercased(), limit: limit)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else { return nil }
    return best.0
  }

  // MARK: Usage

  private func checkUsage(_ bank: Bank, _ report: inout Report) {
    var (usedEntities, usedRelations, usedTopics, usedDocuments) = (
      Set<String>(), Set<String>(), Set<String>(), Set<String>()
    )
    usedEntities.reserveCapacity(bank.entities.count)
    for fact in bank.facts {
      usedEntities.insert(fact.subject)
      if case .entity(let id) = fact.value { usedEntities.insert(id) }
      for case .entity(let id) in fact.qualifiers.values { usedEntities.insert(id) }
      usedRelations.insert(fact.relation)
      usedTopics.insert(fact.topic)
      usedDocuments.insert(fact.source.document)
    }
    for (index, entity) in bank.entities.enumerated() where !usedEntities.contains(entity.id) {
      report.warning("entity \"\(entity.id)\" is not used by any fact", at: JSONKeyPath.element("entities", index))
    }
    for (index, relation) in bank.relations.enumerated() where !usedRelations.contains(relation.id) {
      report.warning("relation \"\(relation.id)\" has no facts", at: JSONKeyPath.element("relations", index))
    }
    for (index, topic) in bank.topics.enumerated() where !usedTopics.contains(topic.id) {
      report.warning("topic \"\(topic.id)\" has no facts", at: JSONKeyPath.element("topics", index))
    }
    for (index, source) in bank.sources.enumerated() where !usedDocuments.contains(source.id) {
      report.warning("source \"\(source.id)\" is not cited by any fact", at: JSONKeyPath.element("sources", index))
    }
  }

  // MARK: Wording

  /// `person`, `person or place`, `person, work or place`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "(none)" }
    return items.dropLast().joined(separator: ", ") + " or " + last
  }

  /// `an entity`, `a date`, `a number`, `a text`.
  static func article(_ typeName: String) -> String { typeName == "entity" ? "an entity" : "a \(typeName)" }

  /// A fact value as a message quotes it.
  static func describe(_ value: FactValue) -> String {
    switch value {
    case .entity(let id): "entity \"\(id)\""
    case .date(let date): "date \(date)"
    case .number(let number, let bound):
      "number \(bound.map { $0.rawValue + " " } ?? "")"
        + (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
    case .text(let text, _): "text \"\(text.en)\""
    }
  }
}
