import QuizCore

/// What `play` and `review` ask of a game, as plain values: the command line's options after parsing.
public struct GameSettings: Sendable, Equatable {
  /// The most questions one game asks.
  public static let maximumCount = 500
  /// The number of questions when none is asked for.
  public static let defaultCount = 10

  /// `--data-dir`.
  public var dataDir: String?
  /// `--bank`.
  public var bank: String?
  /// `--lang` with the environment: see ``LanguageChoice``.
  public var language: LanguageChoice
  /// `--count`.
  public var count: Int?
  /// `--kind`, repeatable; empty for every kind.
  public var kinds: [QuestionKind]
  /// `--topic`, repeatable; empty for every topic.
  public var topics: [String]
  /// `--seed`.
  public var seed: UInt64?
  /// `--profile`.
  public var profile: String
  /// `--color`.
  public var color: ColorChoice
  /// `--no-streaks`.
  public var noStreaks: Bool
  /// `--timed`.
  public var timed: Bool
  /// `--json`.
  public var json: Bool
  /// `--no-relearn`: a missed question does not come back in the same game.
  public var noRelearn: Bool

  public init(
    dataDir: String? = nil, bank: String? = nil, language: LanguageChoice, count: Int? = nil,
    kinds: [QuestionKind] = [], topics: [String] = [], seed: UInt64? = nil, profile: String = "default",
    color: ColorChoice = .auto, noStreaks: Bool = false, timed: Bool = false, json: Bool = false,
    noRelearn: Bool = false
  ) {
    self.noRelearn = noRelearn
    self.dataDir = dataDir
    self.bank = bank
    self.language = language
    self.count = count
    self.kinds = kinds
    self.topics = topics
    self.seed = seed
    self.profile = profile
    self.color = color
    self.noStreaks = noStreaks
    self.timed = timed
    self.json = json
  }

  /// The filter the settings ask for, checked against the bank.
  public func filter(for bank: BankIndex) throws(CaseQuizError) -> QuestionFilter {
    try QuestionFilter.checked(kinds: kinds, topics: topics, in: bank)
  }
}

extension QuestionFilter {
  /// A filter of kinds and topics, each topic checked to exist in the bank (one error naming the known ones).
  /// A topic may be named by its id or by its name in either language, forgiving case and accents
  /// (`--topic detención`); the filter holds the ids.
  public static func checked(kinds: [QuestionKind], topics: [String], in bank: BankIndex) throws(CaseQuizError)
    -> QuestionFilter
  {
    var ids: [String] = []
    for topic in topics {
      guard let id = bank.topicID(matching: topic) else {
        let known = bank.bank.topics.map(\.id).joined(separator: ", ")
        throw CaseQuizError(
          "no topic \"\(topic)\" in the bank \"\(bank.bank.id)\" (topics: \(known))", key: "error.noTopic",
          ["topic": topic, "bank": bank.bank.id, "topics": known])
      }
      ids.append(id)
    }
    return QuestionFilter(kinds: kinds.isEmpty ? nil : Set(kinds), topics: ids.isEmpty ? nil : Set(ids))
  }
}
