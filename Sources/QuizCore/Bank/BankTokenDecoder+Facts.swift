/// Relations and facts, read as their `init(from:)` reads them.
extension BankTokenDecoder {
  mutating func relation() throws(Refused) -> Relation {
    var id: String?
    var subjectTypes: [String]?
    var value: ValueType?
    var functional: Bool?
    var inverseFunctional: Bool?
    var qualifiers: [Qualifier]?
    var templates: Localized<RelationTemplates>?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "subjectTypes": subjectTypes = try d.strings(); return 2
      case "value": value = try d.valueType(); return 4
      case "functional": functional = try d.bool(); return 8
      case "inverseFunctional": inverseFunctional = try d.null() ? nil : d.bool(); return 16
      case "qualifiers":
        qualifiers = try d.null() ? nil : d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.qualifier() }
        return 32
      case "templates":
        templates = try d.localized { (d: inout BankTokenDecoder) throws(Refused) in try d.templates() }
        return 64
      default: return try d.skip()
      }
    }
    guard let id, let subjectTypes, let value, let functional, let templates else { throw Refused() }
    return Relation(
      id: id, subjectTypes: subjectTypes, value: value, functional: functional,
      inverseFunctional: inverseFunctional ?? false, qualifiers: qualifiers ?? [], templates: templates)
  }

  mutating func qualifier() throws(Refused) -> Qualifier {
    var id: String?
    var value: ValueType?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "value": value = try d.valueType(); return 2
      default: return try d.skip()
      }
    }
    guard let id, let value else { throw Refused() }
    return Qualifier(id: id, value: value)
  }

  /// `ValueType.init(from:)`: the keys a type does not use are ignored, whatever they hold.
  mutating func valueType() throws(Refused) -> ValueType {
    var type: String?
    var entityTypes: [String]??
    var unit: Localized<UnitName>??
    var alternatives: [Localized<String>]??
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "type": type = try d.string(); return 1
      // Read only what the type uses; the others are kept as raw ranges to skip (below).
      case "entityTypes": entityTypes = .some(try d.null() ? nil : d.strings()); return 2
      case "unit":
        unit = .some(try d.null() ? nil : d.localized { (d: inout BankTokenDecoder) throws(Refused) in try d.unit() })
        return 4
      case "alternatives":
        alternatives = .some(
          try d.null() ? nil : d.list { (d: inout BankTokenDecoder) throws(Refused) in try d.localizedString() })
        return 8
      default: return try d.skip()
      }
    }
    switch type {
    case "entity":
      guard case .some(.some(let types)) = entityTypes else { throw Refused() }
      return .entity(types: types)
    case "date": return .date
    case "number": return .number(unit: unit ?? nil)
    case "text": return .text(alternatives: (alternatives ?? nil) ?? [])
    default: throw Refused()
    }
  }

  mutating func unit() throws(Refused) -> UnitName {
    var one: String?
    var other: String?
    var gender: Grammar.Gender?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "one": one = try d.string(); return 1
      case "other": other = try d.string(); return 2
      case "gender": gender = try d.null() ? nil : d.raw(Grammar.Gender.self); return 4
      default: return try d.skip()
      }
    }
    guard let one, let other else { throw Refused() }
    return UnitName(one: one, other: other, gender: gender)
  }

  mutating func templates() throws(Refused) -> RelationTemplates {
    var ask: String?
    var askInverse: String?
    var statement: String?
    var event: String?
    var askQualifier: [String: String]?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "ask": ask = try d.string(); return 1
      case "askInverse": askInverse = try d.optionalString(); return 2
      case "statement": statement = try d.string(); return 4
      case "event": event = try d.optionalString(); return 8
      case "askQualifier":
        askQualifier =
          try d.null() ? nil : d.dictionary { (d: inout BankTokenDecoder) throws(Refused) in try d.string() }
        return 16
      default: return try d.skip()
      }
    }
    guard let ask, let statement else { throw Refused() }
    return RelationTemplates(
      ask: ask, askInverse: askInverse, statement: statement, event: event, askQualifier: askQualifier ?? [:])
  }

  mutating func fact() throws(Refused) -> Fact {
    var id: String?
    var topic: String?
    var subject: String?
    var relation: String?
    var value: FactValue?
    var qualifiers: [String: FactValue]?
    var source: FactSource?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "id": id = try d.string(); return 1
      case "topic": topic = try d.string(); return 2
      case "subject": subject = try d.string(); return 4
      case "relation": relation = try d.string(); return 8
      case "value": value = try d.factValue(); return 16
      case "qualifiers":
        qualifiers =
          try d.null() ? nil : d.dictionary { (d: inout BankTokenDecoder) throws(Refused) in try d.factValue() }
        return 32
      case "source": source = try d.factSource(); return 64
      default: return try d.skip()
      }
    }
    guard let id, let topic, let subject, let relation, let value, let source else { throw Refused() }
    return Fact(
      id: id, topic: topic, subject: subject, relation: relation, value: value, qualifiers: qualifiers ?? [:],
      source: source)
  }

  mutating func factSource() throws(Refused) -> FactSource {
    var document: String?
    var quote: String?
    var translation: String?
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "document": document = try d.string(); return 1
      case "quote": quote = try d.string(); return 2
      case "translation": translation = try d.string(); return 4
      default: return try d.skip()
      }
    }
    guard let document, let quote, let translation else { throw Refused() }
    return FactSource(document: document, quote: quote, translation: translation)
  }

  /// `FactValue.init(from:)`: exactly one of `entity`, `date`, `number`, `text` (present even when `null`);
  /// `bound` counts only beside `number`, `aliases` only beside `text`.
  mutating func factValue() throws(Refused) -> FactValue {
    var kinds: UInt32 = 0
    var entity: String?
    var date: CalendarDate?
    var number: Double?
    var bound: NumberBound??
    var text: Localized<String>?
    var aliases: Localized<[String]>??
    try object { (d: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      let bit: UInt32
      switch key {
      case "entity":
        entity = try d.string()
        bit = 1
      case "date":
        date = try d.date()
        bit = 2
      case "number":
        number = try d.double()
        bit = 4
      case "text":
        text = try d.localizedString()
        bit = 8
      case "bound":
        bound = .some(try d.null() ? nil : d.raw(NumberBound.self))
        return 16
      case "aliases":
        aliases = .some(try d.null() ? nil : d.localizedStrings())
        return 32
      default: return try d.skip()
      }
      kinds |= bit
      return bit
    }
    switch kinds {
    case 1: if let entity { return .entity(entity) }
    case 2: if let date { return .date(date) }
    case 4: if let number { return .number(number, bound: bound ?? nil) }
    case 8: if let text { return .text(text, aliases: (aliases ?? nil) ?? Localized(en: [], es: [])) }
    default: break
    }
    throw Refused()
  }
}
