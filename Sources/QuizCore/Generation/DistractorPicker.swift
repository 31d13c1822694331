import Foundation

/// Chooses wrong answers that are honest: the same type and role as the answer, provably wrong, distinct from
/// each other and from the answer after normalization, near the true value for numbers and dates, and not
/// standing out by length or (in Spanish) by gender and number.
///
/// Everything that does not depend on the question is worked out once, in `init`: each entity's normalized
/// names (as small integers) and name length, and for each list of entity types a relation asks for, the pool
/// of those entities sorted by name length, whole and split by Spanish gender and number. A question then finds
/// the candidates closest in length by binary search and draws among equally close ones by random index, so the
/// cost of a question does not grow with the bank.
struct DistractorPicker: Sendable {
  let bank: BankIndex

  /// The Spanish gender and number of a name, which an answer slot may agree with, as one small number (plain
  /// `Int` indexes an array of pools, which keeps start-up free of a dictionary type's first runtime lookups).
  private static func agreement(_ grammar: Grammar) -> Int {
    let gender: Int
    switch grammar.gender {
    case nil: gender = 0
    case .masculine?: gender = 1
    case .feminine?: gender = 2
    }
    return gender * 2 + (grammar.number == .plural ? 1 : 0)
  }

  /// The number of values `agreement(_:)` takes.
  private static let agreementCount = 6

  /// Entities as positions in the bank's entity list, sorted by the length of their English name (then by
  /// position), with those lengths alongside for binary search.
  private struct LengthOrder: Sendable {
    var positions: [Int] = []
    var lengths: [Int] = []

    init(_ positions: [Int], lengths: [Int]) {
      self.positions = positions.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
      self.lengths = self.positions.map { lengths[$0] }
    }

    /// The first index whose length is at least `length`.
    func firstIndex(atLeast length: Int) -> Int {
      var low = 0
      var high = lengths.count
      while low < high {
        let middle = (low + high) / 2
        if lengths[middle] < length { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }

  /// The entities of some types, whole and split by Spanish gender and number.
  private struct Pool: Sendable {
    var all: LengthOrder
    /// Indexed by `agreement(_:)`.
    var byAgreement: [LengthOrder]
  }

  /// An entity's names in both languages, normalized and numbered (equal numbers, equal keys).
  private struct NameKeys: Sendable {
    var en: Int
    var es: Int
  }

  /// The position of each entity id in the bank's entity list (the first, when ids repeat).
  private let entityPositions: [String: Int]
  /// Per entity position: its normalized names, the length of its English name and its Spanish agreement.
  private let nameKeys: [NameKeys]
  private let nameLengths: [Int]
  private let agreements: [Int]
  /// The pools, by entity type.
  private let pools: [String: Pool]
  /// Per relation with declared alternatives: each alternative's normalized keys in English and Spanish.
  private let alternativeKeys: [String: [[String]]]
  /// The normalized key of every text a fact states, in either language.
  private let textKeys: [String: String]
  private let valuesBySubjectAndRelation: [String: [FactValue]]
  private let subjectsByValueAndRelation: [String: Set<String>]

  init(bank: BankIndex) {
    self.bank = bank
    let entities = bank.bank.entities
    var positions: [String: Int] = [:]
    positions.reserveCapacity(entities.count)
    var keyNumbers: [String: Int] = [:]
    func number(_ name: String) -> Int {
      let key = Self.normalized(name)
      if let number = keyNumbers[key] { return number }
      keyNumbers[key] = keyNumbers.count
      return keyNumbers.count - 1
    }
    var keys: [NameKeys] = []
    var lengths: [Int] = []
    var agreements: [Int] = []
    var byType: [String: [Int]] = [:]
    keys.reserveCapacity(entities.count)
    lengths.reserveCapacity(entities.count)
    agreements.reserveCapacity(entities.count)
    for (position, entity) in entities.enumerated() {
      keys.append(NameKeys(en: number(entity.name.en), es: number(entity.name.es)))
      lengths.append(entity.name.en.count)
      agreements.append(Self.agreement(entity.grammar.es))
      guard positions[entity.id] == nil else { continue }  // a repeated id (lint reports it) names the first
      positions[entity.id] = position
      byType[entity.type, default: []].append(position)
    }
    var pools: [String: Pool] = [:]
    var alternatives: [String: [[String]]] = [:]
    for relation in bank.bank.relations {
      if case .text(let list) = relation.value, !list.isEmpty {
        alternatives[relation.id] = list.map { [Self.normalized($0.en), Self.normalized($0.es)] }
      }
    }
    // Wrong entities are drawn from the answer's own type only (a relation that takes presidents and writers
    // never offers a writer for a president), so there is one pool per entity type.
    for (type, all) in byType {
      var split = [[Int]](repeating: [], count: Self.agreementCount)
      for position in all { split[agreements[position]].append(position) }
      let byAgreement = split.map { LengthOrder($0, lengths: lengths) }
      pools[type] = Pool(all: LengthOrder(all, lengths: lengths), byAgreement: byAgreement)
    }
    var values: [String: [FactValue]] = [:]
    var subjects: [String: Set<String>] = [:]
    var texts: [String: String] = [:]
    for fact in bank.bank.facts {
      values[Self.key(fact.subject, fact.relation), default: []].append(fact.value)
      if case .text(let text, _) = fact.value {
        for spelling in [text.en, text.es] where texts[spelling] == nil { texts[spelling] = Self.normalized(spelling) }
      }
      if case .entity(let value) = fact.value {
        subjects[Self.key(value, fact.relation), default: []].insert(fact.subject)
      }
    }
    entityPositions = positions
    nameKeys = keys
    nameLengths = lengths
    self.agreements = agreements
    self.pools = pools
    alternativeKeys = alternatives
    textKeys = texts
    valuesBySubjectAndRelation = values
    subjectsByValueAndRelation = subjects
  }

  private static func key(_ a: String, _ b: String) -> String { a + "\u{1F}" + b }

  /// How many facts give a value to this subject under this relation.
  func valueCount(subject: String, relation: String) -> Int {
    valuesBySubjectAndRelation[Self.key(subject, relation)]?.count ?? 0
  }

  /// Wrong values for one qualifier of a fact: other entities of the answer's type (not the fact's subject or
  /// value), nearby dates, nearby numbers (none for a number bounded by "more than" or "fewer than": another
  /// bound could be true too), or the qualifier's declared alternatives.
  func wrongQualifierValues(for fact: Fact, qualifier: Qualifier, count: Int, using rng: inout SplitMix64)
    -> [AnswerValue]
  {
    guard let value = fact.qualifiers[qualifier.id] else { return [] }
    switch (value, qualifier.value) {
    case (.entity(let answer), .entity(let types)):
      var excluded = [fact.subject]
      if case .entity(let main) = fact.value { excluded.append(main) }
      return pickEntities(like: answer, from: types, excluding: excluded, count: count, using: &rng).map {
        .entity($0)
      }
    case (.date(let date), _):
      return NearbyValues.dates(around: date, excluding: [], count: count, using: &rng).map { .date($0) }
    case (.number(let number, let bound), .number(let unit)):
      return Self.wrongNumbers(number, bound: bound, unit: unit, excluding: [], count: count, using: &rng)
    case (.text(let text, _), .text(let alternatives)):
      let keys = [Self.normalized(text.en), Self.normalized(text.es)]
      var pool = alternatives.filter {
        !keys.contains(Self.normalized($0.en)) && !keys.contains(Self.normalized($0.es))
      }
      pool.shuffle(using: &rng)
      return pool.prefix(count).map { .text($0, aliases: Localized(en: [], es: [])) }
    default:
      return []
    }
  }

  /// Wrong numbers near a true one: none for "more than" and "fewer than" (another bound could be true too);
  /// for "about", numbers at least a quarter away, written with the same bound.
  static func wrongNumbers(
    _ number: Double, bound: NumberBound?, unit: Localized<UnitName>?, excluding taken: [Double], count: Int,
    using rng: inout SplitMix64
  ) -> [AnswerValue] {
    switch bound {
    case .moreThan?, .fewerThan?: return []
    case .about?:
      return NearbyValues.numbers(around: number, excluding: taken, count: count, minimumStep: 0.25, using: &rng)
        .map { .number($0, unit: unit, bound: .about) }
    case nil:
      return NearbyValues.numbers(around: number, excluding: taken, count: count, using: &rng).map {
        .number($0, unit: unit)
      }
    }
  }

  /// The place of a fact's value among its subject's values of the same relation, in bank order (0 for the
  /// only value of a functional relation).
  func valueRank(of fact: Fact) -> Int {
    valuesBySubjectAndRelation[Self.key(fact.subject, fact.relation)]?.firstIndex(of: fact.value) ?? 0
  }

  /// Wrong values for a fact's value: up to `count`, fewer when the bank cannot honestly give more.
  func wrongValues(
    for fact: Fact, relation: Relation, count: Int, using rng: inout SplitMix64
  ) -> [AnswerValue] {
    let trueValues = valuesBySubjectAndRelation[Self.key(fact.subject, fact.relation)] ?? [fact.value]
    switch (fact.value, relation.value) {
    case (.entity(let answer), .entity(let types)):
      guard relation.functional else { return [] }
      let excluded = trueValues.compactMap { if case .entity(let id) = $0 { id } else { nil } } + [fact.subject]
      return pickEntities(like: answer, from: types, excluding: excluded, count: count, using: &rng).map {
        .entity($0)
      }
    case (.date(let date), _):
      guard relation.functional else { return [] }
      let taken = trueValues.compactMap { if case .date(let d) = $0 { d } else { nil } }
      return NearbyValues.dates(around: date, excluding: taken, count: count, using: &rng).map { .date($0) }
    case (.number(let number, let bound), .number(let unit)):
      guard relation.functional else { return [] }
      let taken = trueValues.compactMap { if case .number(let n, _) = $0 { n } else { nil } }
      return Self.wrongNumbers(number, bound: bound, unit: unit, excluding: taken, count: count, using: &rng)
    case (.text, .text(let alternatives)):
      // The true values' keys, then each alternative's: a handful, so arrays rather than sets.
      var seen = trueValues.flatMap { value -> [String] in
        guard case .text(let text, _) = value else { return [] }
        return [text.en, text.es].map { textKeys[$0] ?? Self.normalized($0) }
      }
      let keys = alternativeKeys[relation.id] ?? alternatives.map { [Self.normalized($0.en), Self.normalized($0.es)] }
      var pool: [Localized<String>] = []
      for (alternative, keys) in zip(alternatives, keys) {
        guard keys.allSatisfy({ !seen.contains($0) }) else { continue }
        seen += keys
        pool.append(alternative)
      }
      pool.shuffle(using: &rng)
      // Several right values of one subject (her lawyers' three arguments) are asked by sibling questions: each
      // takes its own window of the pool in bank order, so no two of them offer the same wrong options.
      if trueValues.count > 1, pool.count > count {
        let ordered = alternatives.filter { pool.contains($0) }
        let start = (valueRank(of: fact) * count) % ordered.count
        return (0..<count).map { .text(ordered[(start + $0) % ordered.count], aliases: Localized(en: [], es: [])) }
      }
      return pool.prefix(count).map { .text($0, aliases: Localized(en: [], es: [])) }
    default:
      return []
    }
  }

  /// Wrong subjects for an inverse question: entities of the relation's subject types that do not have the
  /// fact's value.
  func wrongSubjects(for fact: Fact, relation: Relation, count: Int, using rng: inout SplitMix64) -> [String] {
    guard case .entity(let value) = fact.value else { return [] }
    let holders = subjectsByValueAndRelation[Self.key(value, fact.relation)] ?? [fact.subject]
    return pickEntities(
      like: fact.subject, from: relation.subjectTypes, excluding: Array(holders) + [value], count: count, using: &rng)
  }

  /// Entities of the given types, distinct by name in both languages, preferring the answer's Spanish gender
  /// and number and names of similar length: among the `count + 2` closest in length, `count` at random.
  private func pickEntities(
    like answerID: String, from types: [String], excluding excluded: [String], count: Int,
    using rng: inout SplitMix64
  ) -> [String] {
    guard count > 0, let answer = entityPositions[answerID],
      case let type = bank.bank.entities[answer].type, types.contains(type),
      let pool = pools[type]  // built in init for every entity type
    else { return [] }
    var excludedPositions = excluded.compactMap { entityPositions[$0] }
    excludedPositions.append(answer)
    let agreement = agreements[answer]
    // The answer's own gender and number first: a Spanish stem that agrees with the answer must not give it
    // away. Only when they are too few does the whole pool take part.
    var candidates: [Int] = []
    let agreeing = pool.byAgreement[agreement]
    if agreeing.positions.count < pool.all.positions.count {
      candidates = closest(count + 2, in: agreeing, to: answer, excluding: excludedPositions, using: &rng)
    }
    if candidates.count < count {
      candidates = closest(count + 2, in: pool.all, to: answer, excluding: excludedPositions, using: &rng)
    }
    candidates.shuffle(using: &rng)
    return candidates.prefix(count).map { bank.bank.entities[$0].id }
  }

  /// Up to `wanted` entities closest in name length to the answer, none excluded and none with a name (in either
  /// language) that normalizes like the answer's or another's; among equally close ones, chosen at random.
  ///
  /// The search widens from the answer's length one band of equal distance at a time (both edges of a band by
  /// binary search) and draws inside a band by a partial Fisher–Yates shuffle that records only the swapped
  /// indices, so it costs what it keeps and skips, not the size of the pool.
  private func closest(
    _ wanted: Int, in order: LengthOrder, to answer: Int, excluding excluded: [Int], using rng: inout SplitMix64
  ) -> [Int] {
    let length = nameLengths[answer]
    var seen = [nameKeys[answer].en, nameKeys[answer].es]
    var chosen: [Int] = []
    var below = order.firstIndex(atLeast: length)  // indices below this are shorter than the answer
    var above = below  // indices from this on are as long or longer
    while chosen.count < wanted, below > 0 || above < order.lengths.count {
      let down = below > 0 ? length - order.lengths[below - 1] : Int.max
      let up = above < order.lengths.count ? order.lengths[above] - length : Int.max
      let distance = min(down, up)
      let shorter = down == distance ? order.firstIndex(atLeast: length - distance)..<below : below..<below
      let longer = up == distance ? above..<order.firstIndex(atLeast: length + distance + 1) : above..<above
      below = shorter.lowerBound
      above = longer.upperBound
      let size = shorter.count + longer.count
      var moved: [Int: Int] = [:]
      var next = 0
      while next < size, chosen.count < wanted {
        let slot = Int.random(in: next..<size, using: &rng)
        let drawn = moved[slot] ?? slot
        if slot != next { moved[slot] = moved[next] ?? next }
        next += 1
        let index = drawn < shorter.count ? shorter.lowerBound + drawn : longer.lowerBound + drawn - shorter.count
        let entity = order.positions[index]
        guard !excluded.contains(entity) else { continue }
        let keys = nameKeys[entity]
        guard !seen.contains(keys.en), !seen.contains(keys.es) else { continue }
        seen.append(keys.en)
        seen.append(keys.es)
        chosen.append(entity)
      }
    }
    return chosen
  }

  /// The comparison key that decides whether two answers are the same: case and accents folded, spaces and
  /// punctuation ignored.
  ///
  /// ASCII and Latin letters (most names) are folded here, from a literal table for the Latin ones; any other
  /// text goes through Foundation's folding, so the key is the same either way (a test checks the paths agree).
  static func normalized(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x30...0x39, 0x61...0x7A: bytes.append(UInt8(value))
      case 0x41...0x5A: bytes.append(UInt8(value + 0x20))
      case 0..<0x80: continue
      default:
        guard let key = latinFold(value) else { return foldedByFoundation(text) }
        bytes.append(contentsOf: key.utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `normalized` through Foundation, for any text.
  static func foldedByFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
      .map(String.init).joined()
  }
}
