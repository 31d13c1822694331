import Foundation
import QuizCore
import QuizEdge
import Testing

/// Which bank a command uses, and reviews across banks (issue 14, items 12 and 13): nothing of one case in the
/// engine.
@Suite("Choosing the bank, and reviewing every bank")
struct BankChoiceTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var flag: String?
    var variable: String?
    var lastPlayed: String?
    var available: [String]
    var expected: String?
    var source: BankChoice.Source?
    var testDescription: String { "flag \(flag ?? "-") env \(variable ?? "-") last \(lastPlayed ?? "-") \(available)" }
  }

  static let rows: [Row] = [
    Row(flag: "b", variable: "c", lastPlayed: "a", available: ["a", "b", "c"], expected: "b", source: .flag),
    Row(flag: nil, variable: "c", lastPlayed: "a", available: ["a", "b", "c"], expected: "c", source: .environment),
    Row(flag: nil, variable: "", lastPlayed: "c", available: ["a", "b", "c"], expected: "c", source: .lastPlayed),
    Row(flag: nil, variable: nil, lastPlayed: "gone", available: ["a", "b"], expected: "a", source: .firstFound),
    Row(flag: nil, variable: nil, lastPlayed: nil, available: ["only"], expected: "only", source: .firstFound),
    Row(flag: nil, variable: nil, lastPlayed: nil, available: [], expected: nil, source: nil),
    // A flag or variable naming a missing bank is returned, for the caller to say where it came from.
    Row(flag: nil, variable: "missing", lastPlayed: nil, available: ["a"], expected: "missing", source: .environment),
  ]

  @Test("--bank, then CASEQUIZ_BANK, then the bank last played, then the only or first bank", arguments: rows)
  func rule(_ row: Row) {
    var asked = false
    let choice = BankChoice.resolve(
      flag: row.flag, environment: row.variable.map { [BankChoice.variable: $0] } ?? [:], available: row.available,
      lastPlayed: { () -> String? in
        asked = true
        return row.lastPlayed
      })
    #expect(choice?.id == row.expected)
    #expect(choice?.source == row.source)
    // The profile is read only when it can decide.
    #expect(asked == (row.flag == nil && (row.variable ?? "").isEmpty && row.available.count > 1))
  }

  /// A data folder with two banks: a copy of the Cassez bank and of the training bank.
  final class TwoBanks {
    let folder: TemporaryFolder
    let sandbox: ProfileSandbox

    init() throws {
      folder = try TemporaryFolder()
      sandbox = try ProfileSandbox()
      let manager = FileManager.default
      let root = CaseQuizProcess.packageRoot
      let banks = folder.url.appendingPathComponent("QuestionBanks")
      try manager.createDirectory(at: banks, withIntermediateDirectories: true)
      try manager.copyItem(
        at: root.appendingPathComponent("QuestionBanks/cassez"), to: banks.appendingPathComponent("cassez"))
      try manager.copyItem(
        at: root.appendingPathComponent("Tests/QuizCoreTests/Fixtures/Training/QuestionBanks/valdeluna"),
        to: banks.appendingPathComponent("valdeluna"))
      try manager.copyItem(at: root.appendingPathComponent("Locales"), to: folder.url.appendingPathComponent("Locales"))
    }

    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
      -> CaseQuizProcess.Output
    {
      let scratch = try TemporaryFolder()
      let inURL = scratch.url.appendingPathComponent("stdin")
      try Data(input.utf8).write(to: inURL)
      let stdin = try FileHandle(forReadingFrom: inURL)
      defer { try? stdin.close() }
      return try CaseQuizProcess.run(
        arguments + ["--data-dir", folder.url.path],
        environment: sandbox.environment(environment.merging(["HOME": sandbox.home.url.path]) { new, _ in new }),
        stdin: stdin)
    }

    /// The ids of the questions `questions --json` prints.
    func questionIDs(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> Set<String> {
      let output = try run(["questions", "--json", "--lang", "en"] + arguments, environment: environment)
      try #require(output.status == 0, "\(output)")
      return Set(try GameProcess.objects(output.stdout).compactMap { $0["id"] as? String })
    }
  }

  @Test("with two banks and no choice made, the first; CASEQUIZ_BANK and the bank last played override it")
  func defaultBank() throws {
    let banks = try TwoBanks()
    let cassez = try banks.questionIDs(["--bank", "cassez"])
    let training = try banks.questionIDs(["--bank", "valdeluna"])
    #expect(cassez.isDisjoint(with: training))
    #expect(try banks.questionIDs() == cassez, "the first bank by id")
    #expect(try banks.questionIDs(environment: ["CASEQUIZ_BANK": "valdeluna"]) == training)
    let missing = try banks.run(["questions"], environment: ["CASEQUIZ_BANK": "nope"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("CASEQUIZ_BANK names no bank \"nope\""), "\(missing)")
    #expect(missing.stderr.contains("(banks found: cassez, valdeluna)"), "\(missing)")

    // A game on the training bank makes it the bank last played: play, study and questions follow it.
    let first = try banks.run(
      ["play", "--bank", "valdeluna", "--count", "1", "--json", "--seed", "1"], input: ":skip\n")
    #expect(first.status == 0, "\(first)")
    #expect(try banks.questionIDs() == training)
    let game = try banks.run(["play", "--count", "1", "--json", "--seed", "2"], input: ":skip\n")
    let asked = try GameProcess.objects(game.stdout).first { $0["type"] as? String == "question" }?["id"] as? String
    #expect(asked.map(training.contains) == true, "\(game)")
    let study = try banks.run(["study", "--lang", "en", "--color", "never"])
    #expect(study.stdout.hasPrefix("Training case (fiction): the Valdeluna manuscript"), "\(study)")
    // The flag still wins.
    let flagged = try banks.run(["study", "--bank", "cassez", "--lang", "en", "--color", "never"])
    #expect(!flagged.stdout.hasPrefix("Training case"), "\(flagged)")
  }

  @Test("the note before a bank's first game carries the bank's own label")
  func contentNoteLabel() throws {
    let banks = try TwoBanks()
    let training = try banks.run(["play", "--bank", "valdeluna", "--count", "1", "--lang", "es"], input: ":salir\n")
    #expect(training.stdout.hasPrefix("Sobre este caso de práctica: Caso de práctica: una ficción"), "\(training)")
    let cassez = try banks.run(["play", "--bank", "cassez", "--count", "1", "--lang", "en"], input: ":quit\n")
    #expect(cassez.stdout.hasPrefix("About this case: "), "\(cassez)")
  }

  @Test("review --missed --list without --bank lists every bank's missed questions, grouped by bank")
  func reviewEveryBank() throws {
    let banks = try TwoBanks()
    for bank in ["cassez", "valdeluna"] {
      let output = try banks.run(
        ["play", "--bank", bank, "--count", "2", "--json", "--seed", "3"], input: ":skip\n:skip\n")
      #expect(output.status == 0, "\(output)")
    }
    let list = try banks.run(["review", "--missed", "--list", "--lang", "en", "--color", "never"])
    #expect(list.status == 0, "\(list)")
    #expect(list.stdout.contains("Training case (fiction): the Valdeluna manuscript (valdeluna)"), "\(list)")
    #expect(list.stdout.contains("(cassez)"), "\(list)")
    let json = try GameProcess.objects(
      try banks.run(["review", "--missed", "--list", "--json", "--lang", "en"]).stdout)
    #expect(json.count == 4, "\(json)")
    #expect(Set(json.compactMap { $0["bank"] as? String }) == ["cassez", "valdeluna"])
    // With --bank, only that bank.
    let one = try GameProcess.objects(
      try banks.run(["review", "--missed", "--list", "--json", "--bank", "cassez"]).stdout)
    #expect(one.count == 2 && one.allSatisfy { $0["bank"] as? String == "cassez" }, "\(one)")
    // A review game without --bank says which bank it plays, and which others have questions to review.
    let game = try banks.run(["review", "--missed", "--lang", "en", "--color", "never"], input: ":quit\n")
    #expect(
      game.stdout.contains("Other banks with questions to review: cassez (2); choose one with --bank."), "\(game)")
  }

  @Test("help names no case: no default bank, no topic of one bank")
  func helpNamesNoCase() throws {
    for command in ["play", "review", "study", "questions", "lint", "export", "stats", "banks", "profile"] {
      let help = try CaseQuizProcess.run([command, "--help"])
      for word in ["cassez", "Cassez", "arrest", "florence"] {
        #expect(!help.stdout.contains(word), "\(command) --help mentions \(word)")
      }
    }
  }
}
