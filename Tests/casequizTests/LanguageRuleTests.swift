import Foundation
import QuizCore
import Testing

/// Every command chooses its language by the one rule (`--lang`, `CASEQUIZ_LANG`, the profile's choice, the
/// locale): under `CASEQUIZ_LANG=es` each writes Spanish, and `CASEQUIZ_LANG=xx` is the same error everywhere.
@Suite("the language rule, for every command")
struct LanguageRuleTests {
  /// A command, and a Spanish text (from `Locales/es.json`) its output must contain under `CASEQUIZ_LANG=es`.
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    /// A catalog key and its arguments; `nil` for a command whose output is not prose (a path, JSON, lint).
    var spanish: (key: String, arguments: [String: String])?
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["play", "--json", "--count", "1"], spanish: ("game.contentNote", ["note": "x"])),
    Case(arguments: ["review"], spanish: ("review.nothingDue", [:])),
    Case(arguments: ["review", "--list"], spanish: ("review.neverMissed", [:])),
    Case(arguments: ["banks"], spanish: ("banks.headers", [:])),
    Case(arguments: ["study"], spanish: ("study.timeline", [:])),
    Case(arguments: ["stats"], spanish: ("stats.noAnswers", [:])),
    Case(arguments: ["profile", "show"], spanish: ("profile.show.empty", [:])),
    Case(arguments: ["profile", "reset"], spanish: ("profile.reset.nothing", ["name": "default"])),
    Case(arguments: ["profile", "list"], spanish: ("profile.list.none", ["path": "x"])),
    Case(arguments: ["questions", "--json"], spanish: nil),
    Case(arguments: ["profile", "path"], spanish: nil),
    Case(arguments: ["lint"], spanish: nil),
  ]

  static let catalog: Catalog = {
    var json: [Language: Data] = [:]
    for language in Language.allCases {
      json[language] = try? Data(
        contentsOf: CaseQuizProcess.packageRoot.appendingPathComponent("Locales/\(language.rawValue).json"))
    }
    return (try? Catalog(json: json)) ?? Catalog(entries: [:])
  }()

  @Test("CASEQUIZ_LANG=es: Spanish", arguments: cases)
  func spanish(_ testCase: Case) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(testCase.arguments, environment: ["CASEQUIZ_LANG": "es"])
    #expect(output.status == 0, "\(output.stderr)")
    if let (key, arguments) = testCase.spanish {
      // The text up to its first placeholder, as the Spanish catalog writes it.
      let text = Self.catalog.string(key, in: .es, arguments.mapValues { _ in "\u{1}" })
      let probe = String(text.prefix { !"\n|\u{1}".contains($0) }).trimmingCharacters(in: .whitespaces)
      #expect(!probe.isEmpty && probe != key)
      #expect(output.stdout.contains(probe), "expected “\(probe)” in: \(output.stdout.prefix(300))")
    }
    if testCase.arguments.first == "questions" {
      #expect(output.stdout.contains("\"lang\":\"es\"") && !output.stdout.contains("\"lang\":\"en\""))
    }
  }

  @Test("CASEQUIZ_LANG=xx: one error, exit 1, whatever the command", arguments: cases)
  func unknownLanguage(_ testCase: Case) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(testCase.arguments, environment: ["CASEQUIZ_LANG": "xx"])
    #expect(output.status == 1)
    #expect(output.stderr == "casequiz: error: CASEQUIZ_LANG is \"xx\"; use en or es\n")
    #expect(output.stdout.isEmpty)
    #expect(sandbox.files().isEmpty, "a refused command writes nothing")
  }

  @Test("--lang wins over CASEQUIZ_LANG, even a bad one")
  func flagWins() throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(["study", "--lang", "en"], environment: ["CASEQUIZ_LANG": "xx"])
    #expect(output.status == 0)
    #expect(output.stdout.contains(Self.catalog.string("study.timeline", in: .en)))
  }

  /// The commands that open no profile of their own (`banks`, `study`) still follow the default profile's
  /// saved language (the play test found `banks` in English for a profile set to Spanish); `--lang` and
  /// `CASEQUIZ_LANG` still win, and reading the profile writes nothing.
  @Test(
    "the default profile's language, for commands without --profile",
    arguments: [
      (["banks"], "banks.headers"), (["study"], "study.timeline"),
    ])
  func savedLanguage(arguments: [String], key: String) throws {
    let sandbox = try ProfileSandbox()
    let recorder = try sandbox.startRecorder()
    try recorder.send([.preferences(PreferencesEvent(language: .es, changedAt: Script.start))])
    #expect(try recorder.finish().status == 0)
    let before = sandbox.files()
    let probe = { (language: Language) in
      String(Self.catalog.string(key, in: language).prefix { !"\n|".contains($0) }).trimmingCharacters(
        in: .whitespaces)
    }
    let saved = try sandbox.run(arguments)
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stdout.contains(probe(.es)), "\(saved.stdout.prefix(300))")
    let flag = try sandbox.run(arguments + ["--lang", "en"])
    #expect(flag.stdout.contains(probe(.en)), "\(flag.stdout.prefix(300))")
    let variable = try sandbox.run(arguments, environment: ["CASEQUIZ_LANG": "en"])
    #expect(variable.stdout.contains(probe(.en)), "\(variable.stdout.prefix(300))")
    #expect(sandbox.files() == before, "reading the saved language writes nothing")
  }
}
