import Foundation
import QuizCore

// Fuzz target (d): lines typed during a game, as the game loop hands them to the session.
//
// The input is split at newlines (each piece one line, NUL bytes, huge lines and invalid UTF-8 included,
// repaired with U+FFFD as the line reader does) and fed to `GameSession.handle` on a game of one Cassez
// question of each kind; every event is turned into the lines the terminal would print. The whole input is
// also played as one single line on a fresh game. The session's counters must stay consistent.

/// One question of each kind, in the generator's order.
let fuzzGameQuestions: [Question] = {
  var seen = Set<QuestionKind>()
  return FuzzWorld.shared.questions.filter { seen.insert($0.kind).inserted }
}()

func fuzzPlay(_ lines: [String], language: Language) {
  let world = FuzzWorld.shared
  let start = Date(timeIntervalSince1970: 1_772_366_400)
  var session = GameSession(
    questions: fuzzGameQuestions, bank: world.bank, catalog: world.catalog, options: .init(language: language),
    startedAt: start)
  let text = EventText(catalog: world.catalog)
  var events = session.start(at: start)
  for (offset, line) in lines.enumerated() {
    _ = InGameCommand.parse(line)
    events += session.handle(line, at: start.addingTimeInterval(Double(offset + 1)))
    // First tries and second tries (a missed question asked again) together make the questions answered.
    let answered = session.right + session.partial + session.wrong + session.relearned
    if answered != session.index { fuzzFailure("\(answered) answers counted at question index \(session.index)") }
    if session.relearned > session.secondTries.count { fuzzFailure("more second tries answered than asked") }
    if session.index > session.questions.count { fuzzFailure("index \(session.index) past the end") }
    if session.bestStreak < session.streak { fuzzFailure("streak above best streak") }
  }
  events += session.end(at: start.addingTimeInterval(Double(lines.count + 1)))
  if !session.isFinished { fuzzFailure("not finished after end") }
  for event in events { _ = text.lines(event) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInputLine(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  let language: Language = count > 0 && bytes[0] & 1 == 1 ? .es : .en
  let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
    fuzzString(UnsafeRawBufferPointer(rebasing: $0))
  }
  fuzzPlay(lines, language: language)
  fuzzPlay([fuzzString(bytes)], language: language.other)
  return 0
}
