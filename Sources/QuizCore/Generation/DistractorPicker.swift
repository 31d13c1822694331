import Foundation

/// Chooses wrong answers that are honest: the same type and role as the answer, provably wrong, distinct from
/// each other and from the answer after normalization, near the true value for numbers and dates, and not
/// standing out by length or (in Spanish) by gender and number.
///
/// Everything that does not depend on the question is worked out once, in `init`: each entity's normalized
/// names (as small integers) and name length, and for each list of entity types a relation asks for, the pool
/// of those entities, whole and split by Spanish gender and number. A question then draws a bounded number of
/// candidates from its pool by random index, so the cost of a question does not grow with the bank.
struct DistractorPicker: Sendable {
  let bank: BankIndex

  /// The most candidates drawn from a pool for one question; the options are the closest of them in length.
  static let candidateLimit = 64

  /// The Spanish gender and number of a name, which an answer slot may agree with.
  private struct Agreement: Hashable, Sendable {
    var gender: Grammar.Gender?
    var number: Grammar.Number
  }

  /// The entities of some types, as positions in the bank's entity list, in bank order; the same split by
  /// Spanish gender and number.
  private struct Pool: Sendable {
    var all: [Int] = []
    var byAgreement: [Agreement: [Int]] = [:]
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
  private let agreements: [Agreement]
  /// The pools, by list of types (`poolKey`).
  private let pools: [String: Pool]
  /// Per relation with declared alternatives: each alternative's normalized keys in English and Spanish.
  private let alternativeKeys: [String: [[String]]]
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
    var agreements: [Agreement] = []
    var byType: [String: [Int]] = [:]
    keys.reserveCapacity(entities.count)
    lengths.reserveCapacity(entities.count)
    agreements.reserveCapacity(entities.count)
    for (position, entity) in entities.enumerated() {
      keys.append(NameKeys(en: number(entity.name.en), es: number(entity.name.es)))
      lengths.append(entity.name.en.count)
      agreements.append(Agreement(gender: entity.grammar.es.gender, number: entity.grammar.es.number))
      guard positions[entity.id] == nil else { continue }  // a repeated id (lint reports it) names the first
      positions[entity.id] = position
      byType[entity.type, default: []].append(position)
    }
    var pools: [String: Pool] = [:]
    var alternatives: [String: [[String]]] = [:]
    for relation in bank.bank.relations {
      var typeLists = [relation.subjectTypes]
      switch relation.value {
      case .entity(let types): typeLists.append(types)
      case .text(let list) where !list.isEmpty:
        alternatives[relation.id] = list.map { [Self.normalized($0.en), Self.normalized($0.es)] }
      default: break
      }
      for types in typeLists where pools[Self.poolKey(types)] == nil {
        var pool = Pool()
        pool.all = types.flatMap { byType[$0] ?? [] }
        for position in pool.all { pool.byAgreement[agreements[position], default: []].append(position) }
        pools[Self.poolKey(types)] = pool
      }
    }
    var values: [String: [FactValue]] = [:]
    var subjects: [String: Set<String>] = [:]
    for fact in bank.bank.facts {
      values[Self.key(fact.subject, fact.relation), default: []].append(fact.value)
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
    valuesBySubjectAndRelation = values
    subjectsByValueAndRelation = subjects
  }

  private static func key(_ a: String, _ b: String) -> String { a + "\u{1F}" + b }
  private static func poolKey(_ types: [String]) -> String { types.joined(separator: "\u{1F}") }

  /// How many facts give a value to this subject under this relation.
  func valueCount(subject: String, relation: String) -> Int {
    valuesBySubjectAndRelation[Self.key(subject, relation)]?.count ?? 0
  }

  /// Wrong values for a fact's value: up to `count`, fewer when the bank cannot honestly give more.
  func wrongValues(
    for fact: Fact, relation: Relation, count: Int, using rng: inout SplitMix64
  ) -> [AnswerValue] {
    let trueValues = valuesBySubjectAndRelation[Self.key(fact.subject, fact.relation)] ?? [fact.value]
    switch (fact.value, relation.value) {
    case (.entity(let answer), .entity(let types)):
      guard relation.functional else { return [] }
      let excluded = Set(trueValues.compactMap { if case .entity(let id) = $0 { id } else { nil } } + [fact.subject])
      return pickEntities(like: answer, from: types, excluding: excluded, count: count, using: &rng).map {
        .entity($0)
      }
    case (.date(let date), _):
      guard relation.functional else { return [] }
      let taken = Set(trueValues.compactMap { if case .date(let d) = $0 { d } else { nil } })
      return NearbyValues.dates(around: date, excluding: taken, count: count, using: &rng).map { .date($0) }
    case (.number(let number), .number(let unit)):
      guard relation.functional else { return [] }
      let taken = Set(trueValues.compactMap { if case .number(let n) = $0 { n } else { nil } })
      return NearbyValues.numbers(around: number, excluding: taken, count: count, using: &rng).map {
        .number($0, unit: unit)
      }
    case (.text, .text(let alternatives)):
      let trueKeys = Set(trueValues.flatMap { value -> [String] in
        if case .text(let text, _) = value { return [Self.normalized(text.en), Self.normalized(text.es)] }
        return []
      })
      let keys = alternativeKeys[relation.id] ?? alternatives.map { [Self.normalized($0.en), Self.normalized($0.es)] }
      var seen = trueKeys
      var pool: [Localized<String>] = []
      for (alternative, keys) in zip(alternatives, keys) {
        guard keys.allSatisfy({ !seen.contains($0) }) else { continue }
        seen.formUnion(keys)
        pool.append(alternative)
      }
      pool.shuffle(using: &rng)
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
      like: fact.subject, from: relation.subjectTypes, excluding: holders.union([value]), count: count, using: &rng)
  }

  /// Entities of the given types, distinct by name in both languages, preferring the answer's Spanish gender
  /// and number and names of similar length.
  private func pickEntities(
    like answerID: String, from types: [String], excluding excluded: Set<String>, count: Int,
    using rng: inout SplitMix64
  ) -> [String] {
    guard count > 0, let answer = entityPositions[answerID],
      let pool = pools[Self.poolKey(types)]  // built in init for every relation's types
    else { return [] }
    var excludedPositions = Set(excluded.compactMap { entityPositions[$0] })
    excludedPositions.insert(answer)
    let agreement = agreements[answer]
    // The answer's own gender and number first: a Spanish stem that agrees with the answer must not give it
    // away. Only when they are too few does the whole pool take part.
    var candidates: [Int] = []
    if let agreeing = pool.byAgreement[agreement], agreeing.count < pool.all.count {
      candidates = draw(from: agreeing, excluding: excludedPositions, like: answer, using: &rng)
    }
    if candidates.count < count {
      candidates = draw(from: pool.all, excluding: excludedPositions, like: answer, using: &rng)
      let agreeing = candidates.filter { agreements[$0] == agreement }
      if agreeing.count >= count { candidates = agreeing }
    }
    let length = nameLengths[answer]
    candidates.sort { abs(nameLengths[$0] - length) < abs(nameLengths[$1] - length) }
    var chosen = Array(candidates.prefix(count + 2))
    chosen.shuffle(using: &rng)
    return chosen.prefix(count).map { bank.bank.entities[$0].id }
  }

  /// Up to `candidateLimit` entities of a pool in random order, none excluded and none with a name (in either
  /// language) that normalizes like the answer's or an earlier candidate's. The pool is walked as a partial
  /// Fisher–Yates shuffle that records only the swapped positions, so a draw costs what it keeps (plus what it
  /// skips), not the size of the pool.
  private func draw(
    from pool: [Int], excluding excluded: Set<Int>, like answer: Int, using rng: inout SplitMix64
  ) -> [Int] {
    var seen: Set<Int> = [nameKeys[answer].en, nameKeys[answer].es]
    var drawn: [Int] = []
    drawn.reserveCapacity(min(pool.count, Self.candidateLimit))
    var moved: [Int: Int] = [:]
    var next = 0
    while next < pool.count, drawn.count < Self.candidateLimit {
      let slot = Int.random(in: next..<pool.count, using: &rng)
      let picked = moved[slot] ?? slot
      if slot != next { moved[slot] = moved[next] ?? next }
      next += 1
      let entity = pool[picked]
      guard !excluded.contains(entity) else { continue }
      let keys = nameKeys[entity]
      guard !seen.contains(keys.en), !seen.contains(keys.es) else { continue }
      seen.insert(keys.en)
      seen.insert(keys.es)
      drawn.append(entity)
    }
    return drawn
  }

  /// The comparison key that decides whether two answers are the same: case and accents folded, spaces and
  /// punctuation ignored.
  ///
  /// ASCII text (most names) is folded here byte by byte; anything else goes through Foundation's folding, so
  /// the key is the same either way (a test checks the two paths agree).
  static func normalized(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
      case 0x41...0x5A: bytes.append(byte + 0x20)
      case 0x80...: return foldedByFoundation(text)
      default: continue
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
