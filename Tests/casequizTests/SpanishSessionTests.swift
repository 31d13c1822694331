import Foundation
import QuizCore
import Testing

/// The play test found English left in a Spanish session, and topics that could only be named by their English
/// ids (`--topic detención` failed). Spanish is chosen by `--lang`, `CASEQUIZ_LANG`, the profile's saved
/// setting or the locale: every one of them is checked.
@Suite("Spanish sessions: profile reset, lint, topics")
struct SpanishSessionTests {
  /// How a session comes to be Spanish: extra arguments, extra environment, and whether the profile saved it.
  struct Source: Sendable, CustomTestStringConvertible {
    var arguments: [String] = []
    var environment: [String: String] = [:]
    var saved = false
    var testDescription: String
  }

  static let sources: [Source] = [
    Source(arguments: ["--lang", "es"], testDescription: "--lang es"),
    Source(environment: ["CASEQUIZ_LANG": "es"], testDescription: "CASEQUIZ_LANG=es"),
    Source(saved: true, testDescription: "saved with :lang es"),
    Source(environment: ["LANG": "es_MX.UTF-8"], testDescription: "LANG=es_MX.UTF-8"),
  ]

  /// A sandbox whose default profile has one answer, and its language saved as Spanish when asked.
  func sandbox(_ source: Source) throws -> ProfileSandbox {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    var events = [Script.answer("documentary-platform.typed", .right, minute: 0)]
    if source.saved { events.append(.preferences(PreferencesEvent(language: .es, changedAt: Script.start))) }
    try recorder.send(events)
    #expect(try recorder.finish().status == 0)
    return sandbox
  }

  /// `profile reset` without `--yes` and without a terminal refuses in Spanish (the saved setting was ignored:
  /// the command opened its profile without reading it).
  @Test(arguments: sources)
  func resetRefusesInSpanish(source: Source) throws {
    let sandbox = try sandbox(source)
    let output = try sandbox.run(["profile", "reset"] + source.arguments, environment: source.environment)
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "casequiz: error: profile reset borra el perfil «default»; la entrada estándar no es una terminal, "
        + "así que confirma con --yes\n")
    let done = try sandbox.run(["profile", "reset", "--yes"] + source.arguments, environment: source.environment)
    #expect(done.stdout.hasPrefix("El perfil «default» se reinició"), "\(done)")
  }

  /// `lint`'s own framing (its summary line and its errors) follows the language; the diagnostics keep the
  /// compilers' `path:line:column: error: message` form, in English, for editors and scripts that read them.
  @Test(arguments: sources)
  func lintSummaryInSpanish(source: Source) throws {
    let sandbox = try sandbox(source)
    let output = try sandbox.run(["lint"] + source.arguments, environment: source.environment)
    #expect(output.status == 0, "\(output)")
    #expect(output.stdout == "cassez: no se encontró ningún problema\n")
  }

  @Test(arguments: [
    ("detención", "arrest"), ("La detencion", "arrest"), ("DETENCIÓN", "arrest"),
    ("situacion juridica", "legal-status"),
    ("Situación-jurídica", "legal-status"), ("legal status", "legal-status"), ("The Arrest", "arrest"),
    ("la puesta en libertad", "release"), ("arrest", "arrest"),
  ])
  func aTopicIsNamedByItsIdOrItsNameInEitherLanguage(typed: String, id: String) throws {
    let sandbox = try ProfileSandbox()
    // `export` and a game share the filter: the deck of the name is the deck of the id.
    let byName = try sandbox.run(["export", "-", "--format", "plain", "--lang", "en", "--topic", typed])
    let byID = try sandbox.run(["export", "-", "--format", "plain", "--lang", "en", "--topic", id])
    try #require(byName.status == 0, "\(byName)")
    #expect(!byName.stdout.isEmpty && byName.stdout == byID.stdout)
    let game = try sandbox.run(["play", "--lang", "es", "--count", "1", "--seed", "1", "--topic", typed])
    #expect(game.status == 0, "\(game)")
    let study = try sandbox.run(["study", "--lang", "es", "--topic", typed])
    #expect(study.status == 0, "\(study)")
    let headings = study.stdout.split(separator: "\n").filter { $0.contains("(--topic ") }
    #expect(headings.count == 1 && headings[0].hasSuffix("(--topic \(id))"), "\(headings)")
  }

  @Test func studyShowsTheIdEachTopicTakes() throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["study", "--lang", "es"])
    #expect(output.stdout.contains("\nLa detención  (--topic arrest)\n"))
    #expect(output.stdout.contains("\nSituación jurídica  (--topic legal-status)\n"))
    let english = try sandbox.run(["study", "--lang", "en"])
    #expect(english.stdout.contains("\nThe arrest  (--topic arrest)\n"))
  }
}
