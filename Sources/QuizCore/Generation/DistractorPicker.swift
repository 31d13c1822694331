import Foundation

/// Chooses wrong answers that are honest: the same type and role as the answer, provably wrong, distinct from
/// each other and from the answer after normalization, near the true value for numbers and dates, and not
/// standing out by length or (in Spanish) by gender and number.
struct DistractorPicker: Sendable {
  let bank: BankIndex
  private let entitiesByType: [String: [String]]
  private let valuesBySubjectAndRelation: [String: [FactValue]]
  private let subjectsByValueAndRelation: [String: Set<String>]

  init(bank: BankIndex) {
    self.bank = bank
    var byType: [String: [String]] = [:]
    for entity in bank.bank.entities { byType[entity.type, default: []].append(entity.id) }
    var values: [String: [FactValue]] = [:]
    var subjects: [String: Set<String>] = [:]
    for fact in bank.bank.facts {
      values[Self.key(fact.subject, fact.relation), default: []].append(fact.value)
      if case .entity(let value) = fact.value {
        subjects[Self.key(value, fact.relation), default: []].insert(fact.subject)
      }
    }
    entitiesByType = byType
    valuesBySubjectAndRelation = values
    subjectsByValueAndRelation = subjects
  }

  private static func key(_ a: String, _ b: String) -> String { a + "\u{1F}" + b }

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
      var seen = trueKeys
      var pool: [Localized<String>] = []
      for alternative in alternatives {
        let keys = [Self.normalized(alternative.en), Self.normalized(alternative.es)]
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
    guard let answer = bank.entity(answerID) else { return [] }
    var pool = types.flatMap { entitiesByType[$0] ?? [] }.filter { !excluded.contains($0) && $0 != answerID }
    if pool.count > 64 {
      pool.shuffle(using: &rng)
      pool = Array(pool.prefix(64))
    }
    var seen: Set<String> = [Self.normalized(answer.name.en), Self.normalized(answer.name.es)]
    var candidates: [Entity] = []
    for id in pool {
      guard let entity = bank.entity(id) else { continue }
      let keys = [Self.normalized(entity.name.en), Self.normalized(entity.name.es)]
      guard keys.allSatisfy({ !seen.contains($0) }) else { continue }
      seen.formUnion(keys)
      candidates.append(entity)
    }
    let agreeing = candidates.filter {
      $0.grammar.es.gender == answer.grammar.es.gender && $0.grammar.es.number == answer.grammar.es.number
    }
    if agreeing.count >= count { candidates = agreeing }
    let length = answer.name.en.count
    candidates.shuffle(using: &rng)
    candidates.sort { abs($0.name.en.count - length) < abs($1.name.en.count - length) }
    var chosen = Array(candidates.prefix(max(count + 2, count)))
    chosen.shuffle(using: &rng)
    return chosen.prefix(count).map(\.id)
  }

  /// The comparison key that decides whether two answers are the same: case and accents folded, spaces and
  /// punctuation ignored.
  static func normalized(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
      .map(String.init).joined()
  }
}
