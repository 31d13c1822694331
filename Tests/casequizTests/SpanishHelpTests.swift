import ArgumentParser
import Foundation
import QuizCore
import Testing

@testable import casequiz

/// `--help` in a Spanish session: the play test found every command's help in English under `--lang es`. The
/// abstracts, discussions and option help are said in Spanish, and so are ArgumentParser's own words
/// (`OVERVIEW:` → `DESCRIPCIÓN:`, `(default: …)` → `(predeterminado: …)`); English help is unchanged.
@Suite("--help in Spanish", .serialized)
struct SpanishHelpTests {
  /// Every command, subcommands included.
  static func allCommands(_ root: any ParsableCommand.Type = CaseQuiz.self) -> [any ParsableCommand.Type] {
    [root] + root.configuration.subcommands.flatMap { allCommands($0) }
  }

  /// Every help text that a command of casequiz can show has its Spanish (a help text added later without one
  /// fails here, naming it).
  @Test func everyHelpTextHasItsSpanish() {
    HelpText.language = .es
    HelpText.untranslated = []
    defer { HelpText.language = .en }
    for command in Self.allCommands() { _ = CaseQuiz.helpMessage(for: command, columns: 80) }
    #expect(HelpText.untranslated.isEmpty, "\(HelpText.untranslated.sorted())")
  }

  @Test(
    arguments: [
      (["profile", "reset", "--help", "--lang", "es"], [:], "DESCRIPCIÓN: Empezar de nuevo un perfil"),
      (["help", "stats"], ["LANG": "es_MX.UTF-8"], "DESCRIPCIÓN: Mostrar estadísticas"),
      (["study", "--help"], ["CASEQUIZ_LANG": "es"], "DESCRIPCIÓN: Leer el caso"),
      (["play", "-h", "--lang", "es"], [:], "DESCRIPCIÓN: Jugar una partida con un banco"),
    ] as [([String], [String: String], String)])
  func helpIsInSpanish(arguments: [String], environment: [String: String], start: String) throws {
    let output = try CaseQuizProcess.run(
      arguments, environment: CaseQuizProcess.environment(environment.merging(["COLUMNS": "80"]) { a, _ in a }))
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout.hasPrefix(start), "\(output.stdout)")
    for english in ["OVERVIEW:", "OPTIONS:", "Show help information.", "(default:", "(values:"] {
      #expect(!output.stdout.contains(english), "\(english) in \(output.stdout)")
    }
    #expect(output.stdout.contains("OPCIONES:") && output.stdout.contains("Muestra esta ayuda."))
    // Longer words, same width: every line but the usage fits the 80 columns.
    for line in output.stdout.split(separator: "\n") where !line.hasPrefix("USO:") {
      #expect(line.count <= 80, "\(line)")
    }
  }

  /// At 80 columns an aligned line of a Spanish help (an example under "Ejemplos:") stays whole, as in English:
  /// the longer "(casequiz banks muestra los bancos; casequiz study, los temas)" wrapped to column 0 under
  /// `casequiz play --help --lang es`.
  @Test(arguments: [[]] + HelpTextTests.commands)
  func alignedLinesDoNotWrapAt80Columns(command: [String]) throws {
    let narrow = try CaseQuizProcess.run(
      command + ["--help", "--lang", "es"], environment: CaseQuizProcess.environment(["COLUMNS": "80"]))
    let wide = try CaseQuizProcess.run(
      command + ["--help", "--lang", "es"], environment: CaseQuizProcess.environment(["COLUMNS": "250"]))
    #expect(narrow.status == 0 && wide.status == 0)
    let narrowLines = narrow.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let text = wide.stdout.components(separatedBy: "\nUSO:").first ?? ""
    for line in text.split(separator: "\n").map(String.init) where line.hasPrefix(" ") {
      #expect(narrowLines.contains(line), "\(command): wrapped at 80 columns: \(line)")
    }
  }

  @Test func savedSpanishGivesSpanishHelp() throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([.preferences(PreferencesEvent(language: .es, changedAt: Script.start))])
    #expect(try recorder.finish().status == 0)
    let output = try sandbox.run(["profile", "show", "--help"])
    #expect(output.stdout.hasPrefix("DESCRIPCIÓN: Resumir un perfil"), "\(output.stdout)")
  }

  @Test func englishHelpIsUnchanged() throws {
    let output = try CaseQuizProcess.run(["profile", "reset", "--help", "--lang", "en"])
    #expect(output.stdout.hasPrefix("OVERVIEW: Start a profile over"), "\(output.stdout)")
    #expect(output.stdout.contains("  -y, --yes               Do not ask for confirmation.\n"))
  }
}
