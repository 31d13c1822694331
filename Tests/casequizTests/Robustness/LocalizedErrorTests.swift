import Foundation
import QuizCore
import Testing

/// Every error a command line can get says itself in the chosen language (the play test saw `--count 0`,
/// `--bank nope`, `--topic foo` and an export to a missing folder answered in English under `--lang es`): one
/// line naming the value, the same exit status in both languages.
@Suite("robustness: errors in the chosen language")
struct LocalizedErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    /// The line without `casequiz: error: `; `{data}` is the data folder, `{tmp}` a scratch folder.
    var english: String
    var spanish: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let topics = "documentary, who-she-is, relationship, arrest, charges, sentence, release, legal-status"
  static let commands = "play, review, banks, lint, questions, study, export, profile, stats"

  static let cases: [Case] = [
    Case(
      arguments: ["play", "--count", "0"], status: 2,
      english: "--count must be between 1 and 500, not 0 (see 'casequiz play --help')",
      spanish: "--count debe estar entre 1 y 500, no 0 (consulta 'casequiz play --help')"),
    Case(
      arguments: ["review", "--count", "501"], status: 2,
      english: "--count must be between 1 and 500, not 501 (see 'casequiz review --help')",
      spanish: "--count debe estar entre 1 y 500, no 501 (consulta 'casequiz review --help')"),
    Case(
      arguments: ["play", "--bank", "nope"], status: 1,
      english: "no bank \"nope\" in {data}/QuestionBanks (banks found: cassez)",
      spanish: "no hay ningún banco «nope» en {data}/QuestionBanks (bancos encontrados: cassez)"),
    Case(
      arguments: ["study", "--bank", "nope"], status: 1,
      english: "no bank \"nope\" in {data}/QuestionBanks (banks found: cassez)",
      spanish: "no hay ningún banco «nope» en {data}/QuestionBanks (bancos encontrados: cassez)"),
    Case(
      arguments: ["play", "--topic", "foo"], status: 1,
      english: "no topic \"foo\" in the bank \"cassez\" (topics: \(topics))",
      spanish: "no hay ningún tema «foo» en el banco «cassez» (temas: \(topics))"),
    Case(
      arguments: ["questions", "--bank", "nope"], status: 1,
      english: "no bank \"nope\" in {data}/QuestionBanks (banks found: cassez)",
      spanish: "no hay ningún banco «nope» en {data}/QuestionBanks (bancos encontrados: cassez)"),
    Case(
      arguments: ["export", "{tmp}/missing/deck.tsv", "--topic", "foo"], status: 1,
      english: "no topic \"foo\" in the bank \"cassez\" (topics: \(topics))",
      spanish: "no hay ningún tema «foo» en el banco «cassez» (temas: \(topics))"),
    Case(
      arguments: ["export", "{tmp}/missing/deck.tsv"], status: 1,
      english: "cannot write {tmp}/missing/deck.tsv: the folder {tmp}/missing does not exist",
      spanish: "no se puede escribir {tmp}/missing/deck.tsv: la carpeta {tmp}/missing no existe"),
    Case(
      arguments: ["export", "{tmp}", "--force"], status: 1,
      english: "{tmp} is a folder; name a file to write",
      spanish: "{tmp} es una carpeta; indica un archivo donde escribir"),
    Case(
      arguments: ["export", "{tmp}/taken.tsv"], status: 1,
      english: "{tmp}/taken.tsv already exists; add --force to replace it",
      spanish: "{tmp}/taken.tsv ya existe; agrega --force para reemplazarlo"),
    Case(
      arguments: ["profile", "export", "{tmp}/missing/p.json"], status: 1,
      english: "cannot write {tmp}/missing/p.json: the folder {tmp}/missing does not exist",
      spanish: "no se puede escribir {tmp}/missing/p.json: la carpeta {tmp}/missing no existe"),
    Case(
      arguments: ["stats", "--bank", "nope"], status: 1,
      english: "no bank \"nope\" in the data folder or in the profile \"default\" (banks: cassez)",
      spanish: "no hay ningún banco «nope» en la carpeta del juego ni en el perfil «default» (bancos: cassez)"),
    Case(
      arguments: ["help", "nope"], status: 2,
      english: "casequiz has no command \"nope\" (commands: \(commands)) (see 'casequiz --help')",
      spanish: "casequiz no tiene ningún comando «nope» (comandos: \(commands)) (consulta 'casequiz --help')"),
    Case(
      arguments: ["study", "one", "two"], status: 2,
      english: "2 unexpected arguments: 'one', 'two' (see 'casequiz study --help')",
      spanish: "2 argumentos inesperados: 'one', 'two' (consulta 'casequiz study --help')"),
    Case(
      arguments: ["play", "--data-dir", "{tmp}/missing"], status: 1,
      english: "--data-dir \"{tmp}/missing\": no such folder",
      spanish: "--data-dir «{tmp}/missing»: esa carpeta no existe"),
    Case(
      arguments: ["banks", "--data-dir", "{tmp}"], status: 1,
      english: "--data-dir \"{tmp}\": no QuestionBanks folder in it",
      spanish: "--data-dir «{tmp}»: no contiene ninguna carpeta QuestionBanks"),
  ]

  /// Runs a case in a sandbox with the package's data (unless the case names its own data folder), the
  /// language last; returns the output and a function filling the placeholders of an expected text.
  static func run(
    _ badCase: Case, language: String?, environment: [String: String] = [:], sandbox: ProfileSandbox? = nil
  ) throws -> (CaseQuizProcess.Output, (String) -> String) {
    let sandbox = try sandbox ?? ProfileSandbox()
    let scratch = try TemporaryFolder()
    try Data("keep".utf8).write(to: scratch.url.appendingPathComponent("taken.tsv"))
    let fill = { (text: String) in
      text.replacingOccurrences(of: "{tmp}", with: scratch.url.path)
        .replacingOccurrences(of: "{data}", with: CaseQuizProcess.packageRoot.path)
    }
    var arguments = badCase.arguments.map(fill)
    if !arguments.contains("--data-dir") && arguments.first != "help" {
      arguments += ["--data-dir", CaseQuizProcess.packageRoot.path]
    }
    arguments += language.map { ["--lang", $0] } ?? []
    let output = try CaseQuizProcess.run(arguments, in: scratch.url, environment: sandbox.environment(environment))
    #expect(try String(contentsOf: scratch.url.appendingPathComponent("taken.tsv"), encoding: .utf8) == "keep")
    return (output, fill)
  }

  @Test(arguments: cases, ["en", "es"])
  func oneLineInTheChosenLanguage(_ badCase: Case, language: String) throws {
    let (output, fill) = try Self.run(badCase, language: language)
    let expected = fill(language == "es" ? badCase.spanish : badCase.english)
    #expect(output.stderr == "casequiz: error: \(expected)\n", "\(output)")
    #expect(output.status == badCase.status)
    #expect(output.stdout.isEmpty)
  }

  /// Without `--lang`, the language comes from `CASEQUIZ_LANG`, then the locale.
  @Test(arguments: cases)
  func theLanguageSettingCountsToo(_ badCase: Case) throws {
    let (byVariable, fill) = try Self.run(badCase, language: nil, environment: ["CASEQUIZ_LANG": "es"])
    #expect(byVariable.stderr == "casequiz: error: \(fill(badCase.spanish))\n", "\(byVariable)")
    let (byLocale, fillLocale) = try Self.run(badCase, language: nil, environment: ["LANG": "es_MX.UTF-8"])
    #expect(byLocale.stderr == "casequiz: error: \(fillLocale(badCase.spanish))\n", "\(byLocale)")
  }

  /// The language saved in the profile (`:lang es` in a game) is the setting the play test used.
  @Test(arguments: cases.filter { $0.arguments.first != "help" })
  func theSavedLanguageCounts(_ badCase: Case) throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([.preferences(PreferencesEvent(language: .es, changedAt: Script.start))])
    #expect(try recorder.finish().status == 0)
    let (output, fill) = try Self.run(badCase, language: nil, sandbox: sandbox)
    #expect(output.stderr == "casequiz: error: \(fill(badCase.spanish))\n", "\(output)")
  }
}
