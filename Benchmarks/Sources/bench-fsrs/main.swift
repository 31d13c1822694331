// bench-fsrs: FSRS-6 scheduling throughput.
//
//   bench-fsrs generate <file> [cards] [reviews-per-card]
//       writes a stream of reviews, one `card,rating,milliseconds` line each (card after card, each card's
//       reviews in time order), default 50,000 cards × 20 reviews = 1,000,000 reviews. Each review happens near
//       the card's due time (from 20 % early to 50 % late, seeded), so every branch runs: learning and
//       relearning steps, same-day (short-term) reviews, long-term reviews, lapses.
//   bench-fsrs replay <file> [runs]
//       replays the stream through `Scheduler().reviewed(_:rating:at:)` (the card after each review, what the
//       profile's fold computes; py-fsrs's log holds no computed value) `runs` times (default 5) and prints one
//       JSON object: the reviews, the seconds of each run (parsing excluded), wall-clock (`seconds`) and CPU time
//       of the thread (`cpuSeconds`, which a loaded machine does not inflate by taking the CPU away), and a
//       checksum of the final cards that `python/fsrs_replay.py` prints too, so the two replays are shown to
//       compute the same thing.
import BenchSupport
import Foundation
import QuizCore

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("bench-fsrs: \(message)\n".utf8))
  exit(2)
}

/// A review stream held in flat arrays.
struct Stream {
  var cards: [Int32] = []
  var ratings: [Rating] = []
  var times: [Date] = []
}

func generate(to path: String, cards: Int, perCard: Int) throws {
  let scheduler = Scheduler()
  var rng = SplitMix64(seed: 0x5EED_F5A5)
  var text = ""
  text.reserveCapacity(cards * perCard * 24)
  let start: Int64 = 1_767_225_600_000  // 2026-01-01T00:00:00Z
  for card in 0..<cards {
    var at = start + Int64(card) * 37_000
    var memory = MemoryCard(due: Date(timeIntervalSince1970: Double(at) / 1000))
    for _ in 0..<perCard {
      let roll = Double.random(in: 0..<1, using: &rng)
      let rating: Rating = roll < 0.12 ? .again : roll < 0.25 ? .hard : roll < 0.85 ? .good : .easy
      text += "\(card),\(rating.rawValue),\(at)\n"
      memory = scheduler.review(memory, rating: rating, at: Date(timeIntervalSince1970: Double(at) / 1000)).card
      let interval = Double(memory.due.timeIntervalSince1970 * 1000) - Double(at)
      let offset = interval * Double.random(in: -0.2..<0.5, using: &rng)
      at = max(at + 60_000, Int64((memory.due.timeIntervalSince1970 * 1000 + offset).rounded()))
    }
  }
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

func load(_ path: String) -> Stream {
  guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
  var stream = Stream()
  for line in data.split(separator: 0x0A) {
    let fields = line.split(separator: 0x2C)
    guard fields.count == 3, let card = Int32(String(decoding: fields[0], as: UTF8.self)),
      let raw = Int(String(decoding: fields[1], as: UTF8.self)), let rating = Rating(rawValue: raw),
      let ms = Int64(String(decoding: fields[2], as: UTF8.self))
    else { fail("bad line in \(path)") }
    stream.cards.append(card)
    stream.ratings.append(rating)
    stream.times.append(Date(timeIntervalSince1970: Double(ms) / 1000))
  }
  return stream
}

/// Replays the stream; returns the sum of the final cards' stabilities and of their due times (in days).
func replay(_ stream: Stream, scheduler: Scheduler) -> (stability: Double, dueDays: Double) {
  var stability = 0.0
  var dueDays = 0.0
  var current: Int32 = -1
  var card = MemoryCard(due: Date(timeIntervalSince1970: 0))
  func finish() {
    guard current >= 0 else { return }
    stability += card.stability ?? 0
    dueDays += card.due.timeIntervalSince1970 / 86_400
  }
  for index in stream.cards.indices {
    if stream.cards[index] != current {
      finish()
      current = stream.cards[index]
      card = MemoryCard(due: stream.times[index])
    }
    card = scheduler.reviewed(card, rating: stream.ratings[index], at: stream.times[index])
  }
  finish()
  return (stability, dueDays)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
  guard arguments.count >= 2 else { fail("usage: bench-fsrs generate <file> [cards] [reviews-per-card]") }
  let cards = arguments.count > 2 ? Int(arguments[2]) ?? 50_000 : 50_000
  let perCard = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
  try generate(to: arguments[1], cards: cards, perCard: perCard)
case "replay":
  guard arguments.count >= 2 else { fail("usage: bench-fsrs replay <file> [runs]") }
  let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
  let stream = load(arguments[1])
  let scheduler = Scheduler()
  var seconds: [Double] = []
  var cpuSeconds: [Double] = []
  var checksum = (stability: 0.0, dueDays: 0.0)
  func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
  for _ in 0..<runs {
    let cpuStart = threadCPUTime()
    let (result, time) = timed { replay(stream, scheduler: scheduler) }
    cpuSeconds.append(threadCPUTime() - cpuStart)
    checksum = result
    seconds.append(time)
  }
  let object: [String: Any] = [
    "reviews": stream.cards.count, "seconds": seconds, "cpuSeconds": cpuSeconds, "stabilitySum": checksum.stability,
    "dueDaysSum": checksum.dueDays,
  ]
  let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  print(String(decoding: data, as: UTF8.self))
default:
  fail("usage: bench-fsrs generate|replay …")
}
