/// A bank's questions made fact by fact, when a game first needs them: planning a game looks at the questions of
/// the facts it considers (and of the facts the profile has records of), not at every question of the bank.
///
/// Each fact's questions depend only on the fact, the bank and the seed (their random draws are salted by the
/// fact's id), so a fact's questions made here are the ones ``QuestionGenerator/allQuestions()`` makes for it,
/// whichever facts were made before; the timelines are made whole, as there. A reference type, so that the
/// planner and the game share what was made once.
public final class GameQuestions {
  /// The generator the questions come from.
  public let generator: QuestionGenerator
  /// The facts that make questions (their relation exists), in bank order: `nil` when a fact id repeats (which
  /// `lint` refuses), for which the planner works on ``all()`` instead.
  let facts: [Fact]?
  private var made: [[Question]?]
  private var madeTimelines: [Question]?

  /// The questions of `bank` with `seed`, none made yet.
  public init(bank: BankIndex, seed: UInt64) {
    generator = QuestionGenerator(bank: bank, seed: seed)
    let facts = bank.bank.facts.filter { bank.relation($0.relation) != nil }
    var ids = Set<String>()
    ids.reserveCapacity(facts.count)
    self.facts = facts.allSatisfy { ids.insert($0.id).inserted } ? facts : nil
    made = Array(repeating: nil, count: facts.count)
  }

  /// The questions of the fact at `index` in ``facts``.
  func questions(ofFact index: Int) -> [Question] {
    if let questions = made[index] { return questions }
    let questions = generator.questions(for: facts?[index] ?? generator.bank.bank.facts[index])
    made[index] = questions
    return questions
  }

  /// How many facts' questions were made so far (for tests).
  var madeFactCount: Int { made.count { $0 != nil } }

  /// The bank's timelines.
  public var timelines: [Question] {
    if let madeTimelines { return madeTimelines }
    let timelines = TimelineBuilder(bank: generator.bank, seed: generator.seed).timelines()
    madeTimelines = timelines
    return timelines
  }

  /// Every question of the bank, as ``QuestionGenerator/allQuestions()`` makes them.
  public func all() -> [Question] {
    guard let facts else { return generator.allQuestions() }
    return facts.indices.flatMap { questions(ofFact: $0) } + timelines
  }

  /// The questions about the facts of `chosen` (every one of their questions, in bank order) and the timelines:
  /// what a game of `chosen` needs besides them (a missed question's second try is a question of its fact).
  public func about(_ chosen: [Question]) -> [Question] {
    guard let facts else { return generator.allQuestions() }
    let wanted = Set(chosen.flatMap(\.facts))
    return facts.indices.filter { wanted.contains(facts[$0].id) }.flatMap { questions(ofFact: $0) } + timelines
  }
}
