/// A bank with its entities, relations, topics and facts indexed by id, built once after loading so that
/// generation and checking look things up in constant time.
public struct BankIndex: Sendable {
  /// The bank itself.
  public let bank: Bank
  private let entitiesByID: [String: Int]
  private let relationsByID: [String: Int]
  private let factsByID: [String: Int]
  private let topicsByID: [String: Int]

  /// The texts of the bank's source documents, by source id, when the caller read them (a game does); empty
  /// otherwise. The answer checker reads the words a quote's gap "[…]" leaves out from here.
  public let sourceTexts: [String: String]

  /// Indexes a bank, with the texts of its source documents when they were read. When ids repeat (which `lint`
  /// reports), the first one wins.
  public init(_ bank: Bank, sourceTexts: [String: String] = [:]) {
    self.bank = bank
    self.sourceTexts = sourceTexts
    entitiesByID = Self.index(bank.entities.map(\.id))
    relationsByID = Self.index(bank.relations.map(\.id))
    factsByID = Self.index(bank.facts.map(\.id))
    topicsByID = Self.index(bank.topics.map(\.id))
  }

  static func index(_ ids: [String]) -> [String: Int] {
    var result: [String: Int] = [:]
    result.reserveCapacity(ids.count)
    // One lookup per id: a repeated id (rare) puts the first offset back.
    for (offset, id) in ids.enumerated() {
      if let first = result.updateValue(offset, forKey: id) { result[id] = first }
    }
    return result
  }

  /// The entity with this id.
  public func entity(_ id: String) -> Entity? { entitiesByID[id].map { bank.entities[$0] } }
  /// The position in `bank.entities` of the entity with this id (reading a field there copies no entity).
  func entityPosition(_ id: String) -> Int? { entitiesByID[id] }
  /// The relation with this id.
  public func relation(_ id: String) -> Relation? { relationsByID[id].map { bank.relations[$0] } }
  /// The position in `bank.relations` of the relation with this id.
  func relationPosition(_ id: String) -> Int? { relationsByID[id] }
  /// The fact with this id.
  public func fact(_ id: String) -> Fact? { factsByID[id].map { bank.facts[$0] } }
  /// The topic with this id.
  public func topic(_ id: String) -> Topic? { topicsByID[id].map { bank.topics[$0] } }

  /// The date a fact happened on, for timelines: its value when that is a date, else its first date qualifier
  /// (in the relation's order).
  public func eventDate(of fact: Fact) -> CalendarDate? {
    if case .date(let date) = fact.value { return date }
    guard !fact.qualifiers.isEmpty, let relation = relation(fact.relation) else { return nil }
    for qualifier in relation.qualifiers {
      if case .date(let date)? = fact.qualifiers[qualifier.id] { return date }
    }
    return nil
  }
}
