import Foundation
import QuizCore
import Testing

/// The fictional training bank of `QuestionBanks/README.md` (kept under `Tests/QuizCoreTests/Fixtures/Training`,
/// never installed), linted and played through the built binary in both languages.
@Suite("The training bank, end to end")
struct TrainingBankGameTests {
  /// A data folder with a copy of the training bank and the catalogs.
  final class DataFolder {
    let folder: TemporaryFolder
    var path: String { folder.url.path }

    init() throws {
      folder = try TemporaryFolder()
      let manager = FileManager.default
      let root = CaseQuizProcess.packageRoot
      try manager.createDirectory(
        at: folder.url.appendingPathComponent("QuestionBanks"), withIntermediateDirectories: true)
      try manager.copyItem(
        at: root.appendingPathComponent("Tests/QuizCoreTests/Fixtures/Training/QuestionBanks/valdeluna"),
        to: folder.url.appendingPathComponent("QuestionBanks/valdeluna"))
      try manager.copyItem(at: root.appendingPathComponent("Locales"), to: folder.url.appendingPathComponent("Locales"))
    }
  }

  let data: DataFolder
  let sandbox: ProfileSandbox

  init() throws {
    data = try DataFolder()
    sandbox = try ProfileSandbox()
  }

  func run(_ arguments: [String], input: String = "") throws -> CaseQuizProcess.Output {
    let scratch = try TemporaryFolder()
    let inURL = scratch.url.appendingPathComponent("stdin")
    try Data(input.utf8).write(to: inURL)
    let stdin = try FileHandle(forReadingFrom: inURL)
    defer { try? stdin.close() }
    return try CaseQuizProcess.run(
      arguments + ["--data-dir", data.path], environment: sandbox.environment(["HOME": sandbox.home.url.path]),
      stdin: stdin)
  }

  @Test("lint finds nothing, warnings included")
  func lintsClean() throws {
    let output = try run(["lint", "--strict"])
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout.contains("valdeluna: no problems found"), "\(output)")
  }

  /// What a player types for each question of a filtered game, and what must be forgiven.
  static let answers: [Language: [String: (input: String, forgiven: [String])]] = [
    .en: [
      "salcedo-arrest.typed": ("in Puerto Alba", ["preposition"]),
      "salcedo-home.typed": ("in San Telmo", ["preposition"]),
      "ibanez-home.typed": ("Valdeluna", []),
      "salcedo-letter.typed": ("Carranza", ["familyName"]),
      "salcedo-letter@place.typed": ("from Puerto Alba prison", ["preposition"]),
      "museum-visitors.number": ("310", ["bound"]),
      "manuscript-age.number": ("more than four hundred years", []),
    ],
    .es: [
      "salcedo-arrest.typed": ("en Puerto Alba", ["preposition"]),
      "salcedo-home.typed": ("San Telmo", []),
      "ibanez-home.typed": ("en Valdeluna", ["preposition"]),
      "salcedo-letter.typed": ("Inés Carranza", []),
      "salcedo-letter@place.typed": ("desde la cárcel de Puerto Alba", ["preposition"]),
      "museum-visitors.number": ("unas 300 personas", []),
      "manuscript-age.number": ("400", ["bound"]),
    ],
  ]

  @Test(
    "a game in each language: qualifiers asked, prepositions, bounds and family names forgiven and said",
    arguments: Language.allCases)
  func play(_ language: Language) throws {
    for (topic, kind, count) in [("arrest", "typed", 5), ("theft", "number", 2)] {
      let arguments = [
        "play", "--json", "--bank", "valdeluna", "--seed", "1", "--topic", topic, "--kind", kind, "--lang",
        language.rawValue, "--count", String(count), "--no-relearn",
      ]
      let probe = try run(
        arguments + ["--profile", "probe-\(language.rawValue)-\(topic)"],
        input: String(repeating: ":skip\n", count: count))
      let order = try GameProcess.objects(probe.stdout).filter { $0["type"] as? String == "question" }
        .compactMap { $0["id"] as? String }
      #expect(order.count == count, "\(probe)")
      let table = try #require(Self.answers[language])
      let input = try order.map { try #require(table[$0], "no answer for \($0)").input }.joined(separator: "\n") + "\n"
      let output = try run(arguments + ["--profile", "player-\(language.rawValue)"], input: input)
      #expect(output.status == 0, "\(output)")
      let objects = try GameProcess.objects(output.stdout)
      if topic == "arrest" {
        let note = objects.first { $0["type"] as? String == "info" }?["text"] as? String
        #expect(note?.contains(language == .en ? "fiction" : "ficción") == true, "the bank's own note")
      }
      for verdict in objects where verdict["type"] as? String == "verdict" {
        let id = try #require(verdict["id"] as? String)
        #expect(verdict["outcome"] as? String == "right", "\(id): \(verdict)")
        let forgiven = (verdict["forgiven"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(forgiven == table[id]?.forgiven, "\(id): \(verdict)")
      }
    }
  }

  @Test("the text game says what was forgiven, and :source shows the Spanish quote with its translation")
  func textGame() throws {
    let arguments = [
      "play", "--bank", "valdeluna", "--seed", "1", "--topic", "arrest", "--kind", "typed", "--count", "1",
    ]
    let probe = try run(arguments + ["--json", "--profile", "probe"], input: ":skip\n")
    let id = try #require(
      GameProcess.objects(probe.stdout).first { $0["type"] as? String == "question" }?["id"] as? String)
    let english = try #require(Self.answers[.en]?[id])
    let output = try run(arguments + ["--lang", "en", "--profile", "text"], input: english.input + "\n:source\n")
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout.contains("Right!"), "\(output)")
    // Every question of the topic "trial" rests on the one Spanish quote of the sentence.
    let spanish = try run(
      [
        "play", "--bank", "valdeluna", "--seed", "1", "--topic", "trial", "--count", "2", "--lang", "en",
        "--profile", "source",
      ],
      input: ":skip\n:source\n:quit\n")
    // Under "Source of question N (…):", the quote itself, then its translation labelled by its language.
    #expect(spanish.stdout.contains("\n  “El 10 de mayo de 2021, el Juzgado de Valdeluna condenó"), "\(spanish)")
    #expect(spanish.stdout.contains("\n  In English: “On May 10, 2021, the Valdeluna Court sentenced"), "\(spanish)")
  }

  /// Labelled as in a game: "Source:" and the quote as its document words it, then, for a quote in the other
  /// language, its translation labelled by the language it is in (never "Source (translation):").
  @Test("study shows each quote as its source words it, with its translation when it is in the other language")
  func study() throws {
    let english = try run(["study", "--bank", "valdeluna", "--lang", "en", "--color", "never"])
    #expect(english.status == 0, "\(english)")
    #expect(
      english.stdout.contains(
        "  Source: “La directora del museo, Lucía Ferrer, denunció el robo”\n  In English: “The museum’s director, Lucía Ferrer, reported the theft”"
      ), "\(english.stdout)")
    #expect(english.stdout.contains("Source: “The Book of Tides was returned to the Valdeluna Museum"))
    #expect(!english.stdout.contains("(translation)"))
    let spanish = try run(["study", "--bank", "valdeluna", "--lang", "es", "--color", "never"])
    #expect(spanish.stdout.contains("Fuente: «La directora del museo, Lucía Ferrer, denunció el robo»"))
    #expect(spanish.stdout.contains("\n  En español: «El “Libro de las mareas” fue devuelto"), "\(spanish.stdout)")
    #expect(!spanish.stdout.contains("(traducción)"))
    // After the date's colon Spanish goes on in lowercase (the article of "el Juzgado"), English capitalizes.
    #expect(spanish.stdout.contains("• 10 de mayo de 2021: el Juzgado de Valdeluna condena a Andrés Salcedo\n"))
    #expect(english.stdout.contains("• May 10, 2021: The Valdeluna Court sentences Andrés Salcedo\n"))
    #expect(
      spanish.stdout.contains(
        "El Juzgado de Valdeluna condenó a Andrés Salcedo a seis años de prisión el 10 de mayo de 2021."))
  }

  /// The games of the guide's "Playing" section: each block follows a paragraph naming its options
  /// (`--seed 4 --lang en --count 3`); lines starting with "> " are what the player types.
  static func guideGames() throws -> [(arguments: [String], input: [String], shown: [String])] {
    let guide = try String(
      contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent("QuestionBanks/README.md"), encoding: .utf8)
    let lines = guide.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: "### 7. Playing"),
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("## ") })
    else { return [] }
    var games: [(arguments: [String], input: [String], shown: [String])] = []
    var paragraph = ""
    var block: [String]?
    for line in lines[start..<end] {
      if line.hasPrefix("```") {
        if let shown = block {
          // The last `--seed …` in the paragraph before the block names the game's options.
          let options = paragraph.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
            .map(\.element).last { $0.hasPrefix("--seed") }
          if let options {
            games.append(
              (
                options.split(separator: " ").map(String.init),
                shown.filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) },
                shown.filter { !$0.hasPrefix("> ") }
              ))
          }
          block = nil
          paragraph = ""
        } else {
          block = []
        }
      } else if block != nil {
        block?.append(line)
      } else {
        paragraph += " " + line
      }
    }
    return games
  }

  @Test("the guide's games print what the guide shows, each played by a new player")
  func guideTranscripts() throws {
    let games = try Self.guideGames()
    #expect(games.count >= 4, "the guide's games in English and Spanish")
    for language in ["en", "es"] {
      #expect(games.contains { $0.arguments.joined(separator: " ").contains("--lang \(language)") }, "\(language)")
    }
    for (index, game) in games.enumerated() {
      let output = try run(
        ["play", "--bank", "valdeluna", "--color", "never", "--profile", "guide\(index)"] + game.arguments,
        input: game.input.joined(separator: "\n") + "\n")
      let printed = output.stdout.components(separatedBy: "\n")
      var remaining = printed[...]
      for line in game.shown {
        guard let found = remaining.firstIndex(of: line) else {
          Issue.record("\(game.arguments): “\(line)” is not in the output, in order:\n\(output.stdout)")
          break
        }
        remaining = remaining[(found + 1)...]
      }
    }
  }
}
