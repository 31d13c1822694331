import BenchSupport
import Foundation
import QuizCore

/// `bench-bank mix <bank-folder> [--games N] [--count C] [--fresh]`: plays N seeded games of C questions on one
/// profile (or each on a fresh one), a simulated player answering right with a chance that depends on the kind
/// (recognition 85 %, recall 60 %, timeline 50 %), one day apart; prints the kinds asked, the longest run of one
/// kind, and the time to draw a game (generate every question, then plan the game) against generating alone,
/// medians over the games.
enum GameMix {
  static func run(folder: URL, arguments: [String]) {
    var games = 100
    var count = 10
    var fresh = false
    var trace: String?
    var index = 0
    while index < arguments.count {
      switch arguments[index] {
      case "--games": games = Int(arguments[safe: index + 1] ?? "") ?? games; index += 1
      case "--count": count = Int(arguments[safe: index + 1] ?? "") ?? count; index += 1
      case "--fresh": fresh = true
      case "--trace": trace = arguments[safe: index + 1]; index += 1
      default: fail("mix: unknown option \(arguments[index])")
      }
      index += 1
    }
    let data = read(folder.appendingPathComponent("bank.json"))
    guard let bank = BankDecoder.decode(data, file: "bank.json").bank else { fail("the bank does not decode") }
    let bankIndex = BankIndex(bank)
    let scheduler = Scheduler()
    var profile = Profile()
    var now = Date(timeIntervalSince1970: 1_800_000_000)
    var kinds: [QuestionKind: Int] = [:]
    var longestRun = 0
    var runsOfThree = 0
    var drawTimes: [Double] = []
    var generateTimes: [Double] = []
    var poolKinds: [QuestionKind: Int] = [:]
    var rng = SplitMix64(seed: 7, salt: "simulated-player")
    var traceLines: [String] = []
    for game in 0..<games {
      let seed = UInt64(game + 1)
      let (chosen, seconds) = timed { () -> [Question] in
        let questions = QuestionGenerator(bank: bankIndex, seed: seed).allQuestions()
        if game == 0 { for question in questions { poolKinds[question.kind, default: 0] += 1 } }
        var order = SplitMix64(seed: seed, salt: "play-order")
        let planner = ReviewPlanner(
          profile: fresh ? Profile() : profile, bank: bank.id, questions: questions, scheduler: scheduler)
        return planner.playOrder(count: count, filter: .all, now: now, using: &order)
      }
      drawTimes.append(seconds)
      generateTimes.append(timed { QuestionGenerator(bank: bankIndex, seed: seed).allQuestions().count }.seconds)
      var run = 0
      var previous: QuestionKind?
      for (offset, question) in chosen.enumerated() {
        kinds[question.kind, default: 0] += 1
        run = question.kind == previous ? run + 1 : 1
        previous = question.kind
        longestRun = max(longestRun, run)
        if run == 3 { runsOfThree += 1 }
        let chance: Double =
          switch question.kind {
          case .choice, .truefalse: 0.85
          case .typed, .number, .date: 0.6
          case .timeline: 0.5
          }
        let right = Double(rng.next() % 1000) / 1000 < chance
        if let trace, question.facts.contains(trace) {
          traceLines.append(
            "game \(game + 1): \(question.id.rawValue) (\(question.kind.rawValue)) → \(right ? "right" : "wrong")")
        }
        let event = AnswerEvent(
          bank: bank.id, question: question.id, kind: question.kind, topic: question.topic, language: .en,
          outcome: right ? .right : .wrong, credit: right ? 1 : 0, points: 0, rating: right ? .good : .again,
          input: "", answeredAt: now.addingTimeInterval(Double(offset) * 20), session: "game-\(game)")
        profile.apply(.answer(event), scheduler: scheduler)
      }
      now = now.addingTimeInterval(86_400)
    }
    let total = Double(kinds.values.reduce(0, +))
    var object: [String: Double] = [
      "games": Double(games), "questions": total, "longestRun": Double(longestRun),
      "runsOfThree": Double(runsOfThree), "drawMedian": median(drawTimes), "generateMedian": median(generateTimes),
    ]
    for kind in QuestionKind.allCases {
      object["share." + kind.rawValue] = Double(kinds[kind] ?? 0) / max(1, total)
      object["pool." + kind.rawValue] = Double(poolKinds[kind] ?? 0)
    }
    emit(object)
    for line in traceLines { progress(line) }
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
