// bench-profile: what a big profile costs, measured through the `casequiz` binary itself.
//
// The profile store (journal append per answer, atomic snapshot at the end of a game) lives in the executable
// target, which another package cannot import, and moving it into QuizCore would put file-system code in the
// pure core. So the store is measured where it runs: this program writes a profile snapshot (with QuizCore's
// own types and encoder), then plays `casequiz play --json` answer by answer over pipes and times each answer
// from the moment it is written to the moment its verdict arrives; the game prints a verdict only after the
// answer is appended and fsynced, so that is the per-answer save cost as the player feels it.
//
//   bench-profile make <data-dir> <bank-id> <questions> <answers-per-question> <profiles-dir>
//       writes <profiles-dir>/default.json (the snapshot) and default.history.jsonl (every answer)
//   bench-profile load <profiles-dir> [<rounds>]
//       reads <profiles-dir>/default.json and decodes it <rounds> times (default 7) as the game does, and once
//       its records as schema 2 wrote them, with JSONDecoder; prints the medians
//   bench-profile play <casequiz> <data-dir> <home> <answers> [<bank-id>]
//       plays one game of <answers> questions with HOME and the XDG folders under <home>; 0 answers is a
//       load only (the input closes at the first question, the profile stays as it was)
//
// Both print one JSON object.
import BenchSupport
import Foundation
import QuizCore

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("bench-profile: \(message)\n".utf8))
  exit(2)
}

func emit(_ object: [String: Any]) {
  let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  print(String(decoding: data, as: UTF8.self))
}

func fileSize(_ path: String) -> Int {
  var info = stat()
  return stat(path, &info) == 0 ? Int(info.st_size) : 0
}

/// `wchar` (bytes passed to write calls) and `write_bytes` (bytes sent to the storage layer) of a process.
func ioCounters(_ pid: pid_t) -> (wchar: Int, writeBytes: Int) {
  guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return (0, 0) }
  var values: [String: Int] = [:]
  for line in text.split(separator: "\n") {
    let parts = line.split(separator: ":")
    if parts.count == 2 { values[String(parts[0])] = Int(parts[1].trimmingCharacters(in: .whitespaces)) }
  }
  return (values["wchar"] ?? 0, values["write_bytes"] ?? 0)
}

/// The environment of a game whose home and XDG folders are all under `home`.
func gameEnvironment(home: String) -> [String: String] {
  [
    "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state",
    "XDG_CONFIG_HOME": home + "/config", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb",
  ]
}

/// A plausible answer for a question line of the JSON protocol.
func answer(for question: [String: Any]) -> String {
  let options = (question["options"] as? [Any])?.count ?? 0
  switch question["kind"] as? String {
  case "choice": return "b"
  case "truefalse": return "true"
  case "timeline": return (0..<max(options, 3)).map { RenderedQuestion.letter($0) }.joined(separator: " ")
  case "number": return "12"
  case "date": return "March 2005"
  default: return "Florence Cassez"
  }
}

func parse(_ line: String) -> [String: Any]? {
  (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}

func play(casequiz: String, dataDir: String, home: String, answers count: Int, bank: String?) throws {
  let journal = home + "/data/casequiz/profiles/default.journal"
  let snapshot = home + "/data/casequiz/profiles/default.json"
  // No answers: a load only. The game is asked for one question and its input closed at the first one, which
  // leaves the profile as it was (so the measurement can be repeated on the same profile).
  var arguments = [
    "play", "--json", "--data-dir", dataDir, "--count", String(max(count, 1)), "--seed", "7", "--lang", "en",
  ]
  if let bank { arguments += ["--bank", bank] }
  let start = monotonicNanoseconds()
  let seconds = { Double(monotonicNanoseconds() - start) / 1e9 }
  let game = try InteractiveChild(
    casequiz, arguments, environment: gameEnvironment(home: home), stderrPath: home + "/stderr.txt",
    measurePeak: true)
  let measured = game.measuredPID()

  /// Reads lines until one of the given types; returns it (nil at end of output).
  func next(_ types: Set<String>) -> [String: Any]? {
    while let line = game.readLine() {
      if let object = parse(line), let type = object["type"] as? String, types.contains(type) { return object }
    }
    return nil
  }

  guard var question = next(["question", "error"]), question["type"] as? String == "question" else {
    _ = try? game.finish()
    fail("no first question; stderr: \((try? String(contentsOfFile: home + "/stderr.txt", encoding: .utf8)) ?? "")")
  }
  let firstQuestion = seconds()
  let journalAtStart = fileSize(journal)
  let ioAtStart = ioCounters(measured)
  var perAnswer: [Double] = []
  var journalBytes = 0
  var io = (wchar: 0, writeBytes: 0)
  var lastVerdict = firstQuestion
  for index in 0..<count {
    var sent = monotonicNanoseconds()
    game.send(answer(for: question))
    var verdict = next(["verdict", "error", "info"])
    if let type = verdict?["type"] as? String, type != "verdict" {
      // Not an answer this question takes: skip it (a skip is saved like an answer).
      sent = monotonicNanoseconds()
      game.send(":skip")
      verdict = next(["verdict"])
    }
    guard verdict != nil else { fail("the game ended after \(index) answers") }
    perAnswer.append(Double(monotonicNanoseconds() - sent) / 1e9)
    lastVerdict = seconds()
    if index == count - 2 || count == 1 {
      journalBytes = fileSize(journal) - journalAtStart
      let counters = ioCounters(measured)
      io = (counters.wchar - ioAtStart.wchar, counters.writeBytes - ioAtStart.writeBytes)
    }
    if index < count - 1 {
      guard let following = next(["question"]) else { fail("no question after answer \(index + 1)") }
      question = following
    }
  }
  let finished = try game.finish()
  let exit = seconds()
  let answered = max(count - 1, 1)
  emit([
    "firstQuestion": firstQuestion, "perAnswer": perAnswer,
    "journalBytesPerAnswer": Double(journalBytes) / Double(answered),
    "wcharPerAnswer": Double(io.wchar) / Double(answered),
    "writeBytesPerAnswer": Double(io.writeBytes) / Double(answered),
    "endOfGame": exit - lastVerdict, "exit": exit, "maxRSS": finished.maxRSS, "status": Int(finished.status),
    "snapshotBytes": fileSize(snapshot),
  ])
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "make":
  guard arguments.count == 6, let questions = Int(arguments[3]), let perQuestion = Int(arguments[4]) else {
    fail("usage: bench-profile make <data-dir> <bank-id> <questions> <answers-per-question> <profiles-dir>")
  }
  let bankFile = URL(fileURLWithPath: arguments[1]).appendingPathComponent("QuestionBanks/\(arguments[2])/bank.json")
  guard let data = FileManager.default.contents(atPath: bankFile.path),
    let bank = BankDecoder.decode(data, file: "bank.json").bank
  else { fail("cannot read \(bankFile.path)") }
  let (profile, buildTime) = timed {
    ProfileFixture.make(
      bankID: bank.id, bankQuestions: QuestionGenerator(bank: BankIndex(bank)).allQuestions(),
      questionCount: questions, answersPerQuestion: perQuestion, now: Date())
  }
  var history = Data()
  for answer in profile.newAnswers {
    history.append(try ProfileDecoding.line(for: .answer(answer)))
    history.append(0x0A)
  }
  let answerCount = profile.newAnswers.count
  var written = profile
  written.historyWritten(length: history.count)
  let (snapshot, encodeTime) = try timed { try ProfileDecoding.snapshot(of: written) }
  try FileManager.default.createDirectory(atPath: arguments[5], withIntermediateDirectories: true)
  try history.write(to: URL(fileURLWithPath: arguments[5] + "/default.history.jsonl"))
  try snapshot.write(to: URL(fileURLWithPath: arguments[5] + "/default.json"))
  for stale in ["default.journal"] { try? FileManager.default.removeItem(atPath: arguments[5] + "/" + stale) }
  emit([
    "questions": profile.banks[bank.id]?.questions.count ?? 0, "answers": answerCount,
    "bytes": snapshot.count, "historyBytes": history.count, "build": buildTime, "encode": encodeTime,
  ])
case "load":
  guard arguments.count >= 2 else { fail("usage: bench-profile load <profiles-dir> [<rounds>]") }
  let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 7 : 7
  let path = arguments[1] + "/default.json"
  var times: [Double] = []
  var decoded = Profile()
  for _ in 0..<rounds {
    let (profile, time) = try timed { () throws -> Profile in
      guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
      return try ProfileDecoding.profile(from: data).profile
    }
    decoded = profile
    times.append(time)
  }
  // The same records as schema 2 wrote them (objects keyed by question id), through JSONDecoder; skipped with
  // BENCH_SKIP_JSONDECODER set (it takes seconds at 100,000 records).
  struct RecordsV2: Codable { var banks: [String: [String: [String: QuestionRecord]]] }
  var jsonDecoderTime = 0.0
  var v2Bytes = 0
  if ProcessInfo.processInfo.environment["BENCH_SKIP_JSONDECODER"] == nil {
    let v2 = RecordsV2(
      banks: decoded.banks.mapValues { progress in
        ["questions": Dictionary(uniqueKeysWithValues: progress.questions.map { ($0.key.rawValue, $0.value) })]
      })
    let v2Data = try ProfileCoding.snapshotEncoder().encode(v2)
    v2Bytes = v2Data.count
    jsonDecoderTime = try timed { try ProfileCoding.decoder().decode(RecordsV2.self, from: v2Data) }.seconds
  }
  emit([
    "records": decoded.banks.values.map(\.questions.count).reduce(0, +), "sessions": decoded.sessions.count,
    "bytes": fileSize(path), "decodeMedian": times.sorted()[times.count / 2], "decodeAll": times,
    "jsonDecoderRecordsOnly": jsonDecoderTime, "jsonDecoderBytes": v2Bytes,
  ])
case "play":
  guard arguments.count >= 5, let count = Int(arguments[4]) else {
    fail("usage: bench-profile play <casequiz> <data-dir> <home> <answers> [<bank-id>]")
  }
  try play(
    casequiz: arguments[1], dataDir: arguments[2], home: arguments[3], answers: count,
    bank: arguments.count > 5 ? arguments[5] : nil)
default:
  fail("usage: bench-profile make|play …")
}
