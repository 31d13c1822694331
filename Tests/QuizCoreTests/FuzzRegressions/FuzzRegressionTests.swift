import Foundation
import Testing

@testable import QuizCore

/// Replays, without the fuzzer, every input the fuzz harnesses in `Fuzz/` start from (`Fuzz/corpus/<target>/`)
/// and every input that once crashed one (`Fixtures/FuzzRegressions/<target>/`), through the same steps as the
/// harness and with the same invariants. A crash found by `make fuzz` is fixed, then its input is added to
/// both folders, so it stays fixed under `swift test` on any machine.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
  struct Input: Sendable, CustomTestStringConvertible {
    var target: String
    var path: String
    var testDescription: String { "\(target)/\(URL(fileURLWithPath: path).lastPathComponent)" }
    var data: Data { get throws { try Data(contentsOf: URL(fileURLWithPath: path)) } }
  }

  static func inputs(_ target: String) -> [Input] {
    let folders = [
      Shipped.root.appendingPathComponent("Tests/QuizCoreTests/Fixtures/FuzzRegressions/\(target)"),
      Shipped.root.appendingPathComponent("Fuzz/corpus/\(target)"),
    ]
    return folders.flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        .filter { !$0.hasPrefix(".") && $0 != "README.md" }
        .map { Input(target: target, path: folder.appendingPathComponent($0).path) }
    }
  }

  /// The Cassez bank, its article and the catalogs, as the harnesses load them.
  struct World {
    let bank: BankIndex
    let sourceTexts: [String: String]
    let catalog: Catalog
    let questions: [Question]

    static let shared: World? = {
      guard let data = try? Data(contentsOf: Shipped.root.appendingPathComponent("QuestionBanks/cassez/bank.json")),
        let bank = BankDecoder.decode(data, file: "bank.json").bank,
        let catalog = try? Catalog(json: Shipped.catalogJSON())
      else { return nil }
      var texts: [String: String] = [:]
      for source in bank.sources {
        let url = Shipped.root.appendingPathComponent("QuestionBanks/cassez/" + source.file)
        texts[source.id] = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
      }
      let index = BankIndex(bank)
      return World(
        bank: index, sourceTexts: texts, catalog: catalog, questions: QuestionGenerator(bank: index).allQuestions())
    }()
  }

  @Test(arguments: inputs("BankDecoding"))
  func bankDecoding(_ input: Input) throws {
    let world = try #require(World.shared)
    let data = try input.data
    let decoded = BankDecoder.decode(data, file: "QuestionBanks/cassez/bank.json")
    for diagnostic in decoded.diagnostics { _ = diagnostic.description }
    guard let bank = decoded.bank else {
      #expect(decoded.diagnostics.hasErrors, "no bank and no error")
      return
    }
    let validator = BankValidator(
      file: "QuestionBanks/cassez/bank.json", positions: decoded.positions, sourceTexts: world.sourceTexts,
      folderName: "cassez")
    for diagnostic in validator.validate(bank) {
      #expect(!diagnostic.description.unicodeScalars.contains { $0.value == 0x1B }, "raw ESC in \(diagnostic)")
    }
    guard !decoded.diagnostics.hasErrors else { return }
    let index = BankIndex(bank)
    let renderer = QuestionRenderer(bank: index, catalog: world.catalog)
    for question in QuestionGenerator(bank: index, seed: UInt64(data.count)).allQuestions() {
      for language in Language.allCases { _ = renderer.render(question, in: language) }
    }
    for language in Language.allCases {
      _ = StudyGuide(bank: index, renderer: renderer, language: language)
    }
  }

  @Test(arguments: inputs("ProfileDecoding"))
  func profileDecoding(_ input: Input) throws {
    let world = try #require(World.shared)
    let data = try input.data
    let now = Date(timeIntervalSince1970: 1_772_366_400)
    // Before a NUL byte the snapshot, after it the journal; without one, both are the whole input.
    let nul = data.firstIndex(of: 0)
    let snapshotBytes = nul.map { data[data.startIndex..<$0] } ?? data
    let journalBytes = nul.map { data[($0 + 1)...] } ?? data
    var profile = (try? ProfileDecoding.profile(from: Data(snapshotBytes)).profile) ?? Profile()
    let events = journalBytes.split(separator: 0x0A).compactMap { try? ProfileDecoding.event(from: Data($0)) }
    let scheduler = (try? Scheduler(parameters: profile.preferences.schedulerParameters)) ?? Scheduler()
    profile = profile.replaying(events, scheduler: scheduler)
    _ = Statistics(profile: profile, now: now, calendar: Calendar(identifier: .gregorian))
    let planner = ReviewPlanner(profile: profile, bank: "cassez", questions: world.questions, scheduler: scheduler)
    var generator = SplitMix64(seed: UInt64(data.count))
    _ = planner.playOrder(count: 10, now: now, using: &generator)
    _ = planner.dueForReview(now: now, count: 10)
    _ = planner.missed(now: now)
    _ = planner.nextDue(after: now)
    // What was read can be written, and what is written reads back.
    let snapshot = try ProfileDecoding.snapshot(of: profile)
    #expect(throws: Never.self) { try ProfileDecoding.profile(from: snapshot) }
    for event in events {
      #expect((try? ProfileDecoding.event(from: ProfileDecoding.line(for: event))) != nil)
    }
  }

  @Test(arguments: inputs("AnswerChecking"))
  func answerChecking(_ input: Input) throws {
    let world = try #require(World.shared)
    let bytes = [UInt8](try input.data)
    guard bytes.count >= 2 else { return }
    let question = world.questions[(Int(bytes[0]) | Int(bytes[1] >> 1) << 8) % world.questions.count]
    let language: Language = bytes[1] & 1 == 0 ? .en : .es
    let typed = String(decoding: bytes[2...], as: UTF8.self)
    _ = AnswerNormalizer.normalize(typed)
    _ = DateAnswer.read(typed, language: .en)
    _ = DateAnswer.read(typed, language: .es)
    let text = ValueText(bank: world.bank, catalog: world.catalog)
    _ = EditDistance.distance(typed, text.text(question.answer, in: language), limit: 3)
    if case .verdict(let verdict) = AnswerChecker(bank: world.bank, text: text).check(
      typed, question: question, language: language)
    {
      #expect((0...1).contains(verdict.credit))
    }
  }

  @Test(arguments: inputs("InputLine"))
  func inputLine(_ input: Input) throws {
    let world = try #require(World.shared)
    let bytes = try input.data
    var kinds = Set<QuestionKind>()
    let questions = world.questions.filter { kinds.insert($0.kind).inserted }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let start = Date(timeIntervalSince1970: 1_772_366_400)
    for (language, played) in [(Language.en, lines), (.es, [String(decoding: bytes, as: UTF8.self)])] {
      var session = GameSession(
        questions: questions, bank: world.bank, catalog: world.catalog, options: .init(language: language),
        startedAt: start)
      var events = session.start(at: start)
      for (offset, line) in played.enumerated() {
        events += session.handle(line, at: start.addingTimeInterval(Double(offset + 1)))
        #expect(session.right + session.partial + session.wrong == session.index)
      }
      events += session.end(at: start.addingTimeInterval(1e4))
      #expect(session.isFinished)
      let text = EventText(catalog: world.catalog)
      for event in events { _ = text.lines(event) }
    }
  }
}
