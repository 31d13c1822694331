import Foundation
import Glibc
import QuizCore

// Fuzz target (e): the `--json` input loop with signals arriving mid-line. Built with every file of
// `Sources/QuizEdge` (see `uses-edge`), so the real `PlainLineReader`, `TerminalSignals`, `GameLoop` and
// `JSONLinesOutput` run.
//
// The input is a script: the bytes 0xF5, 0xF6 and 0xF7 (never part of UTF-8) send SIGINT, SIGTERM and SIGHUP
// to the game's thread; every other byte is written to the game's standard input, a pipe, by a second thread,
// in the pieces the signal bytes cut it into; the pipe is closed at the end of the script. The game plays one
// Cassez question of each kind in `--json`, every other answer failing to save when the first byte is odd.
// Invariants: the loop ends (promptly), and what it wrote is JSON Lines of the documented types, one
// `summary` last.
//
// SIGINT, SIGTERM and SIGHUP are ignored in this process outside the loop (the game's line reader must catch
// them anyway, as it does for a script's background job), so a signal that arrives after the loop ended does
// nothing.

let jsonLoopQuestions: [Question] = {
  var seen = Set<QuestionKind>()
  return FuzzWorld.shared.questions.filter { seen.insert($0.kind).inserted }
}()

/// Standard output goes to a file the harness reads back after each game.
let jsonLoopOutput: String = {
  signal(SIGINT, SIG_IGN)
  signal(SIGTERM, SIG_IGN)
  signal(SIGHUP, SIG_IGN)
  signal(SIGPIPE, SIG_IGN)
  let path = NSTemporaryDirectory() + "/casequiz-fuzz-json-\(getpid()).jsonl"
  let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
  guard fd >= 0, dup2(fd, STDOUT_FILENO) >= 0 else { fuzzFailure("cannot redirect standard output") }
  close(fd)
  return path
}()

enum ScriptStep: Sendable {
  case bytes([UInt8])
  case signal(Int32)
}

func jsonLoopScript(_ bytes: UnsafeRawBufferPointer) -> [ScriptStep] {
  var steps: [ScriptStep] = []
  var pending: [UInt8] = []
  for byte in bytes {
    let signal: Int32? =
      switch byte {
      case 0xF5: SIGINT
      case 0xF6: SIGTERM
      case 0xF7: SIGHUP
      default: nil
      }
    if let signal {
      if !pending.isEmpty { steps.append(.bytes(pending)) }
      pending = []
      steps.append(.signal(signal))
    } else {
      pending.append(byte)
    }
  }
  if !pending.isEmpty { steps.append(.bytes(pending)) }
  return steps
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONInputLoop(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  let output = jsonLoopOutput
  _ = ftruncate(STDOUT_FILENO, 0)
  _ = lseek(STDOUT_FILENO, 0, SEEK_SET)
  var fds: [Int32] = [0, 0]
  guard pipe(&fds) == 0 else { fuzzFailure("no pipe") }
  let (readEnd, writeEnd) = (fds[0], fds[1])

  let world = FuzzWorld.shared
  let now = Date(timeIntervalSince1970: 1_772_366_400)
  let session = GameSession(
    questions: jsonLoopQuestions, bank: world.bank, catalog: world.catalog,
    options: .init(language: count > 0 && bytes[0] & 2 == 2 ? .es : .en), startedAt: now)
  let editor = PlainLineReader(fd: readEnd, showsPrompt: false)
  TerminalSignals.forgetReceived()
  let failing = count > 0 && bytes[0] & 1 == 1
  var answers = 0
  var loop = GameLoop(
    session: session, editor: editor, front: .json(JSONLinesOutput()), catalog: world.catalog,
    record: { _, _ in
      answers += 1
      guard failing, answers % 2 == 1 else { return nil }
      return GameFault(code: .saveFailed, message: "could not save", path: "/nowhere", pending: answers)
    },
    preferencesChanged: { _, _, _ in nil }, now: { now })

  // The writer: the script's bytes into the pipe, signals to this thread.
  let script = jsonLoopScript(bytes)
  let game = pthread_self()
  let done = DispatchSemaphore(value: 0)
  let writer = Thread {
    outer: for step in script {
      switch step {
      case .bytes(let data):
        var offset = 0
        while offset < data.count {
          let written = data[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
          if written < 0 && errno == EINTR { continue }
          if written <= 0 { break outer }  // the game stopped reading (EPIPE)
          offset += written
        }
      case .signal(let number):
        pthread_kill(game, number)
      }
    }
    close(writeEnd)
    done.signal()
  }
  writer.start()
  let began = Date()
  let summary = loop.run()
  let took = Date().timeIntervalSince(began)
  close(readEnd)  // a writer still writing gets EPIPE
  done.wait()
  if took > 10 { fuzzFailure("the loop took \(took) s to end") }
  guard summary != nil, loop.session.isFinished else { fuzzFailure("the loop ended without a summary") }

  // What it wrote: JSON Lines of documented types, ending with the one summary.
  guard let written = FileManager.default.contents(atPath: output) else { fuzzFailure("output unreadable") }
  var types: [String] = []
  for line in written.split(separator: 0x0A) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
      let type = object["type"] as? String, JSONProtocol.ObjectType(rawValue: type) != nil
    else { fuzzFailure("not a protocol object: \(String(decoding: line, as: UTF8.self).prefix(200))") }
    types.append(type)
  }
  if types.last != "summary" || types.filter({ $0 == "summary" }).count != 1 {
    fuzzFailure("the summary is not last and alone: \(types.suffix(5))")
  }
  return 0
}
