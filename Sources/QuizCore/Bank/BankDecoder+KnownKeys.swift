extension BankDecoder {
  /// The keys each object of a bank may hold, by key path with array indices written `[]`. A key outside this
  /// list is ignored by the decoder, so a misspelled optional key (`inverseFunctionl`) would silently change
  /// the bank; the lint warns about it instead. Keep this table in step with the model's `CodingKeys`
  /// (`BankDecoderTests` checks that everything the model encodes is known).
  static let knownKeys: [String: Set<String>] = {
    let languages: Set<String> = ["en", "es"]
    let grammar: Set<String> = ["gender", "number", "definiteArticle", "articleInName"]
    let unit: Set<String> = ["one", "other", "gender"]
    let templates: Set<String> = ["ask", "askInverse", "statement", "event", "askQualifier"]
    let value: Set<String> = ["entity", "date", "number", "bound", "text", "aliases"]
    let valueType: Set<String> = ["type", "entityTypes", "unit", "alternatives"]
    return [
      "": [
        "$schema", "schemaVersion", "id", "title", "description", "languages", "sources", "contentNote",
        "contentNoteLabel", "license",
        "topics", "entities", "relations", "facts",
      ],
      "title": languages, "description": languages, "contentNote": languages, "contentNoteLabel": languages,
      "sources[]": ["id", "title", "language", "publisher", "date", "file", "url"],
      "topics[]": ["id", "name"], "topics[].name": languages,
      "entities[]": ["id", "type", "name", "aliases", "familyName", "grammar", "description", "work", "article"],
      "entities[].name": languages, "entities[].aliases": languages, "entities[].grammar": languages,
      "entities[].description": languages, "entities[].grammar.en": grammar, "entities[].grammar.es": grammar,
      "relations[]": ["id", "subjectTypes", "value", "functional", "inverseFunctional", "qualifiers", "templates"],
      "relations[].value": valueType,
      "relations[].qualifiers[]": ["id", "value"], "relations[].qualifiers[].value": valueType,
      "relations[].qualifiers[].value.unit": languages, "relations[].qualifiers[].value.unit.en": unit,
      "relations[].qualifiers[].value.unit.es": unit, "relations[].qualifiers[].value.alternatives[]": languages,
      "relations[].value.unit": languages, "relations[].value.unit.en": unit, "relations[].value.unit.es": unit,
      "relations[].value.alternatives[]": languages,
      "relations[].templates": languages, "relations[].templates.en": templates,
      "relations[].templates.es": templates,
      "facts[]": ["id", "topic", "subject", "relation", "value", "qualifiers", "source"],
      "facts[].value": value,
      "facts[].value.text": languages, "facts[].value.aliases": languages,
      "facts[].source": ["document", "quote", "translation"],
    ]
  }()

  /// Keys written in the document that the model does not read, with a message for each.
  static func unknownKeys(in positions: JSONPositions) -> [(keyPath: String, message: String)] {
    var found: [(keyPath: String, message: String)] = []
    for path in positions.keyPaths where !path.isEmpty {
      let parent = JSONPositions.parent(of: Substring(path))
      guard positions.kind(of: String(parent)) == .object, let known = knownKeys[withoutIndices(parent)] else {
        continue
      }
      let key = String(path[path.index(parent.endIndex, offsetBy: parent.isEmpty ? 0 : 1)...])
      guard !known.contains(key) else { continue }
      let hint = closest(to: key, in: known).map { " (did you mean \"\($0)\"?)" } ?? ""
      found.append((path, "unknown key \"\(key)\" in \(describe(String(parent))) is ignored\(hint)"))
    }
    return found.sorted { $0.keyPath < $1.keyPath }
  }

  /// The same list from the keys the scanner found unknown as it read them, without going through every key
  /// path again; it agrees with `unknownKeys(in:)` when no key is duplicated and no key is irregular (empty, or
  /// holding `.`, `[` or `]`), which the caller checks.
  static func unknownKeys(_ found: [JSONScanner.UnknownKey]) -> [(keyPath: String, message: String)] {
    found.map { unknown in
      let hint =
        knownKeys[withoutIndices(Substring(unknown.objectPath))].flatMap { closest(to: unknown.key, in: $0) }
        .map { " (did you mean \"\($0)\"?)" } ?? ""
      return (
        unknown.keyPath, "unknown key \"\(unknown.key)\" in \(describe(unknown.objectPath)) is ignored\(hint)"
      )
    }.sorted { $0.keyPath < $1.keyPath }
  }

  /// Both lists, each key path once, in key-path order.
  static func merged(
    _ first: [(keyPath: String, message: String)], _ second: [(keyPath: String, message: String)]
  ) -> [(keyPath: String, message: String)] {
    var seen = Set<String>()
    return (first + second).filter { seen.insert($0.keyPath).inserted }.sorted { $0.keyPath < $1.keyPath }
  }

  /// `facts[]` for `facts[12]`.
  private static func withoutIndices(_ path: Substring) -> String {
    var result = ""
    var skipping = false
    for character in path {
      if character == "[" {
        skipping = true
        result.append("[]")
      } else if character == "]" {
        skipping = false
      } else if !skipping {
        result.append(character)
      }
    }
    return result
  }

  /// The known key nearest to a misspelled one, when it is close enough to be a likely typo (a swap of two
  /// neighbouring letters counts as one edit, as in answers).
  private static func closest(to key: String, in known: Set<String>) -> String? {
    let lowered = key.lowercased()
    let limit = max(1, key.count / 4)
    let scored = known.map { ($0, EditDistance.distance(lowered, $0.lowercased(), limit: limit)) }
    guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= limit else { return nil }
    return best.0
  }
}
