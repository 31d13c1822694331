/// How many facts of a bank, and of each of its topics, are new, being learned, or mastered (see
/// ``FactStage``): a fact is *new* until one of its questions is answered, *mastered* once a recall question
/// of it (typed, number or date) was last answered right and its FSRS stability is 21 days or more, and
/// *learning* in between.
public struct Mastery: Codable, Sendable, Equatable {
  /// The counts of one group of facts.
  public struct Counts: Codable, Sendable, Equatable {
    /// The group's id: a topic id, or the bank's id.
    public var id: String
    /// The group's display name (the topic's name, the bank's title), or its id.
    public var name: String
    /// Facts in the group.
    public var facts: Int = 0
    /// Facts never answered.
    public var new: Int = 0
    /// Facts answered and not mastered.
    public var learning: Int = 0
    /// Facts mastered.
    public var mastered: Int = 0

    /// Creates empty counts.
    public init(id: String, name: String) {
      self.id = id
      self.name = name
    }

    /// The share of facts mastered, from 0 to 1 (0 for an empty group).
    public var masteredShare: Double { facts == 0 ? 0 : Double(mastered) / Double(facts) }

    mutating func add(_ stage: FactStage?) {
      facts += 1
      switch stage {
      case nil: new += 1
      case .mastered: mastered += 1
      default: learning += 1
      }
    }
  }

  /// The whole bank.
  public var bank: Counts
  /// Each topic, in the order given.
  public var topics: [Counts]

  /// Counts the facts of a bank by their stage; topics come in the order of `topics` (id and name), and a
  /// topic with no fact is left out.
  public init(progress: FactProgress, bank: (id: String, name: String), topics: [(id: String, name: String)]) {
    self.bank = Counts(id: bank.id, name: bank.name)
    var byTopic: [String: Counts] = [:]
    for entry in progress.entries {
      self.bank.add(entry.stage)
      byTopic[entry.topic, default: Counts(id: entry.topic, name: entry.topic)].add(entry.stage)
    }
    self.topics = topics.compactMap { topic in
      guard var counts = byTopic.removeValue(forKey: topic.id) else { return nil }
      counts.name = topic.name
      return counts
    }
    self.topics += byTopic.values.sorted { $0.id < $1.id }
  }
}
