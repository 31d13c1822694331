/// How a game mixes kinds of question, by design rather than in the proportions of the bank's pool.
///
/// For a game of `n` questions: true/false at most ``trueFalseShare`` of them; recall (typed, number, date) at
/// least ``recallShare`` when the player has that many facts ready to recall; about ``timelineShare``
/// timelines (at least one from ``timelineFrom`` questions on); the rest multiple choice; and never
/// ``longestRun`` + 1 questions of one kind in a row while other kinds are left. A `--kind` filter wins: the
/// shares only apply among the kinds it allows, and when a share cannot be met the game is filled with what
/// is left rather than cut short.
public struct KindMix: Sendable, Equatable {
  /// The largest share of true/false questions.
  public var trueFalseShare: Double
  /// The share of recall questions aimed at.
  public var recallShare: Double
  /// The share of timelines aimed at.
  public var timelineShare: Double
  /// The game length from which a game has at least one timeline.
  public var timelineFrom: Int
  /// The most questions of one kind in a row while other kinds are left.
  public var longestRun: Int
  /// The largest share of any one kind, so that kinds can alternate even when every fact the player knows
  /// wants the same form.
  public var kindShare: Double

  /// The game's mix: at most 20 % true/false, at least 40 % recall, about 10 % timelines, the rest choice; no
  /// kind more than half the game.
  public static let standard = KindMix(
    trueFalseShare: 0.2, recallShare: 0.4, timelineShare: 0.1, timelineFrom: 8, longestRun: 2, kindShare: 0.5)

  /// Creates a mix.
  public init(
    trueFalseShare: Double, recallShare: Double, timelineShare: Double, timelineFrom: Int, longestRun: Int,
    kindShare: Double
  ) {
    self.trueFalseShare = trueFalseShare
    self.recallShare = recallShare
    self.timelineShare = timelineShare
    self.timelineFrom = timelineFrom
    self.longestRun = longestRun
    self.kindShare = kindShare
  }

  /// The most questions of any one kind in a game of `count`.
  public func kindCap(_ count: Int) -> Int { max(longestRun, Int((Double(count) * kindShare).rounded(.up))) }

  /// The most true/false questions in a game of `count`.
  public func trueFalseCap(_ count: Int) -> Int { Int((Double(count) * trueFalseShare).rounded(.down)) }

  /// The recall questions aimed at in a game of `count`.
  public func recallTarget(_ count: Int) -> Int { Int((Double(count) * recallShare).rounded(.up)) }

  /// The timelines aimed at in a game of `count`.
  public func timelineTarget(_ count: Int) -> Int {
    count < timelineFrom ? 0 : max(1, Int((Double(count) * timelineShare).rounded()))
  }

  /// The most recognition questions (choice and true/false) before recall and timelines had their turn.
  public func recognitionCap(_ count: Int) -> Int { max(0, count - recallTarget(count) - timelineTarget(count)) }
}
