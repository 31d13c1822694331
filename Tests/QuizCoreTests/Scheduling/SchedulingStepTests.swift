import Foundation
import Testing

@testable import QuizCore

/// Learning/relearning step mechanics and the interval cap (py-fsrs 6.3.2 values).
@Suite("Scheduling steps and transitions")
struct SchedulingStepTests {
  let scheduler = Scheduler()
  /// 2024-01-15T09:00:00Z
  let t0 = Date(timeIntervalSince1970: 1_705_309_200)

  func interval(_ scheduler: Scheduler, _ card: MemoryCard, _ rating: Rating, at: Date) -> TimeInterval {
    scheduler.review(card, rating: rating, at: at).log.interval
  }

  @Test func newCardFirstRatings() {
    let new = MemoryCard(due: t0)
    let expectations: [(Rating, CardState, Int?, TimeInterval)] = [
      (.again, .learning, 0, 60), (.hard, .learning, 0, 330), (.good, .learning, 1, 600),
      (.easy, .review, nil, 8 * 86_400),
    ]
    for (rating, state, step, seconds) in expectations {
      let (card, log) = scheduler.review(new, rating: rating, at: t0)
      #expect(card.state == state, "\(rating)")
      #expect(card.step == step, "\(rating)")
      #expect(log.interval == seconds, "\(rating)")
      #expect(log.memoryUpdate == .initial)
      #expect(card.stability == SchedulerParameters.defaultWeights[rating.rawValue - 1])
    }
  }

  /// Good, Good graduates with round(2.3065) = 2 days; Hard at step 1 repeats 10 min.
  @Test func learningGraduatesAfterTwoGoods() {
    let first = scheduler.review(MemoryCard(due: t0), rating: .good, at: t0).card
    #expect(interval(scheduler, first, .hard, at: first.due) == 600)
    let (second, log) = scheduler.review(first, rating: .good, at: first.due)
    #expect(second.state == .review && second.step == nil)
    #expect(second.stability == 2.3065)
    #expect(log.interval == 2 * 86_400)
  }

  /// Again in review → relearning 10 min; Hard there → 15 min; Good → review.
  @Test func lapseAndRelearning() {
    let card = MemoryCard(state: .review, step: nil, stability: 20, difficulty: 5, due: t0, lastReview: t0)
    let (lapsed, log) = scheduler.review(card, rating: .again, at: t0.addingTimeInterval(20 * 86_400))
    #expect(lapsed.state == .relearning && lapsed.step == 0)
    #expect(log.interval == 600)
    #expect(interval(scheduler, lapsed, .hard, at: lapsed.due) == 900)
    let back = scheduler.review(lapsed, rating: .good, at: lapsed.due).card
    #expect(back.state == .review && back.step == nil)
  }

  /// With no relearning steps, Again keeps the card in review with a day interval.
  @Test func noRelearningSteps() throws {
    let custom = try Scheduler(parameters: SchedulerParameters(relearningSteps: []))
    let easy = custom.review(MemoryCard(due: t0), rating: .easy, at: t0).card
    let (card, log) = custom.review(easy, rating: .again, at: easy.due)
    #expect(card.state == .review && card.step == nil)
    #expect(card.stability == 1.3886324609821161)
    #expect(card.difficulty == 7.0269895692968385)
    #expect(log.interval == 86_400)
  }

  /// With no learning steps, even Again graduates a new card.
  @Test func noLearningSteps() throws {
    let custom = try Scheduler(parameters: SchedulerParameters(learningSteps: []))
    let (card, log) = custom.review(MemoryCard(due: t0), rating: .again, at: t0)
    #expect(card.state == .review && card.step == nil)
    #expect(log.interval == 86_400)
  }

  /// A card at step 5 (scheduled with more steps than this scheduler has).
  @Test func stepBeyondTheConfiguredSteps() {
    let card = MemoryCard(
      state: .learning, step: 5, stability: 3, difficulty: 5, due: t0,
      lastReview: t0.addingTimeInterval(-3_600))
    let again = scheduler.review(card, rating: .again, at: t0)
    #expect(again.card.state == .learning && again.card.step == 0 && again.log.interval == 60)
    #expect(again.card.stability == 0.9908417942528913)
    let hard = scheduler.review(card, rating: .hard, at: t0)
    #expect(hard.card.state == .review && hard.log.interval == 3 * 86_400)
    let easy = scheduler.review(card, rating: .easy, at: t0)
    #expect(easy.card.stability == 5.044505343174816 && easy.log.interval == 5 * 86_400)
  }

  /// `timedelta * 1.5` and `/ 2.0` round half to even in whole microseconds.
  @Test func hardStepDurationsRoundLikeTimedelta() throws {
    let cases: [([TimeInterval], TimeInterval)] = [
      ([60], 90), ([0.000_001], 0.000_002), ([0.000_003], 0.000_004),
      ([0.000_003, 0.000_004], 0.000_004), ([0.000_003, 0.000_006], 0.000_004), ([60, 600], 330),
    ]
    for (steps, expected) in cases {
      let custom = try Scheduler(parameters: SchedulerParameters(learningSteps: steps))
      #expect(interval(custom, MemoryCard(due: t0), .hard, at: t0) == expected, "\(steps)")
    }
  }

  /// The same rounding for Hard at the first relearning step (the scheduler computes both tables' first Hard
  /// interval once, at creation): one step `* 1.5`, two or more `(steps[0] + steps[1]) / 2.0`; at a later step,
  /// the step itself.
  @Test(
    arguments: [
      ([60], 90), ([0.000_001], 0.000_002), ([0.000_003], 0.000_004), ([0.000_003, 0.000_004], 0.000_004),
      ([0.000_003, 0.000_006], 0.000_004), ([600], 900), ([600, 1_200, 3_600], 900),
    ] as [([TimeInterval], TimeInterval)])
  func hardRelearningStepDurationsRoundLikeTimedelta(steps: [TimeInterval], expected: TimeInterval) throws {
    let custom = try Scheduler(parameters: SchedulerParameters(relearningSteps: steps))
    let card = MemoryCard(state: .review, step: nil, stability: 20, difficulty: 5, due: t0, lastReview: t0)
    let lapsed = custom.review(card, rating: .again, at: t0.addingTimeInterval(20 * 86_400)).card
    #expect(lapsed.state == .relearning && lapsed.step == 0)
    let hard = custom.review(lapsed, rating: .hard, at: lapsed.due)
    #expect(hard.card.state == .relearning && hard.card.step == 0)
    #expect(hard.log.interval == expected)
    if steps.count > 1 {
      let second = custom.review(lapsed, rating: .good, at: lapsed.due).card
      #expect(second.step == 1)
      #expect(interval(custom, second, .hard, at: second.due) == steps[1])
    }
  }

  /// The cap applies to day intervals only; stability itself is not capped.
  @Test func maximumIntervalCapsDayIntervals() throws {
    let custom = try Scheduler(parameters: SchedulerParameters(maximumInterval: 10))
    var card = MemoryCard(due: t0)
    var intervals: [TimeInterval] = []
    for _ in 0..<3 {
      let result = custom.review(card, rating: .easy, at: card.due)
      intervals.append(result.log.interval / 86_400)
      card = result.card
    }
    #expect(intervals == [8, 10, 10])
    #expect(card.stability == 133.49671119573603)
  }

  /// A same-day success never lowers stability: at S = 50, Hard and Good keep it
  /// (the raw multiplier is below 1), Easy still raises it, Again lowers it.
  @Test func sameDaySuccessNeverLowersStability() {
    let card = MemoryCard(state: .review, step: nil, stability: 50, difficulty: 5, due: t0, lastReview: t0)
    let expected: [(Rating, Double)] = [
      (.again, 13.72320082911397), (.hard, 50), (.good, 50),
      (.easy, 69.86661272208896),
    ]
    for (rating, stability) in expected {
      let next = scheduler.review(card, rating: rating, at: t0.addingTimeInterval(3 * 3_600)).card
      #expect(next.stability == stability, "\(rating)")
    }
  }

  /// A review card without memory state (corrupt profile) restarts instead of crashing.
  @Test func reviewCardWithoutMemoryRestarts() {
    let card = MemoryCard(state: .review, step: nil, stability: nil, difficulty: nil, due: t0, lastReview: nil)
    let (next, log) = scheduler.review(card, rating: .good, at: t0)
    #expect(log.memoryUpdate == .initial)
    #expect(next.stability == 2.3065 && next.state == .review)
  }
}
