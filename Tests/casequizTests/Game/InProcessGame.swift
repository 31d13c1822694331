import Foundation
import QuizCore
import QuizEdge
import Testing

/// Plays whole games in process: the real runner and loop, with a scripted line editor, an in-memory profile,
/// a fixed clock and seed, and output collected in buffers.
final class InProcessGame {
  let memory: InMemoryProfile
  var now: Date

  init(profile: Profile = Profile(), now: Date = Date(timeIntervalSince1970: 1_780_000_000)) {
    memory = InMemoryProfile(profile: profile)
    self.now = now
  }

  /// What one run printed and whether it threw.
  struct Run {
    var output: String
    var errors: String
    var error: (any Error)?
    var editor: ScriptedLineEditor

    /// The JSON objects of a `--json` run.
    func objects() throws -> [[String: Any]] { try GameProcess.objects(output) }
    /// Their types, in order.
    func types() throws -> [String] { try objects().compactMap { $0["type"] as? String } }
  }

  /// Runs `play` (or `mode`) with `settings` and the scripted input.
  func run(
    _ script: [LineInput], mode: GameMode = .play, json: Bool = true, seed: UInt64 = 7, count: Int? = 3,
    lang: Language? = .en, kinds: [QuestionKind] = [], list: Bool = false, noRelearn: Bool = false
  ) -> Run {
    let (output, outputBuffer) = OutputSink.buffer()
    let (errors, errorBuffer) = OutputSink.buffer()
    let editor = ScriptedLineEditor(script)
    let memory = self.memory
    let clients = GameClients(
      clock: .fixed(now), random: .constant(99), profile: { _ in .inMemory(memory) }, lineEditor: { _, _ in editor },
      output: output, errors: errors, terminalWidth: { nil })
    let settings = GameSettings(
      dataDir: CaseQuizProcess.packageRoot.path, language: LanguageChoice(flag: lang, environment: [:]),
      count: count, kinds: kinds, seed: seed, color: .never, json: json, noRelearn: noRelearn)
    let runner = GameRunner(options: settings, mode: mode, clients: clients)
    var thrown: (any Error)?
    do {
      if list { try runner.listMissed() } else { try runner.run() }
    } catch {
      thrown = error
    }
    return Run(output: outputBuffer.text, errors: errorBuffer.text, error: thrown, editor: editor)
  }

  /// The ids of the questions a seeded game asks, learned by skipping through it on a copy of this profile.
  func order(seed: UInt64 = 7, count: Int = 3, kinds: [QuestionKind] = []) throws -> [String] {
    let probe = InProcessGame(profile: memory.profile, now: now)
    let run = probe.run(
      Array(repeating: .line(":skip"), count: count), seed: seed, count: count, kinds: kinds, noRelearn: true)
    return try run.objects().filter { $0["type"] as? String == "question" }.compactMap { $0["id"] as? String }
      .reduce(into: [String]()) { ids, id in if ids.last != id { ids.append(id) } }
  }

  /// The right answer, in English, of every question of the Cassez bank for a seed.
  static func answers(seed: UInt64) throws -> [String: String] {
    let context = try GameContext.load(dataDir: CaseQuizProcess.packageRoot.path, bankID: nil)
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    var answers: [String: String] = [:]
    for question in QuestionGenerator(bank: context.bank, seed: seed).allQuestions() {
      answers[question.id.rawValue] = renderer.render(question, in: .en).answer
    }
    return answers
  }

  /// The answers recorded in the profile.
  var answers: [AnswerEvent] {
    memory.events.compactMap { if case .answer(let answer) = $0 { answer } else { nil } }
  }

  /// The games recorded in the profile.
  var sessions: [SessionEvent] {
    memory.events.compactMap { if case .session(let session) = $0 { session } else { nil } }
  }

  /// The preference changes recorded in the profile.
  var preferences: [PreferencesEvent] {
    memory.events.compactMap { if case .preferences(let change) = $0 { change } else { nil } }
  }
}
