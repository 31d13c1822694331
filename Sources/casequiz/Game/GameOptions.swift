import ArgumentParser
import Foundation
import QuizCore

/// The options of `play` and `review`.
struct GameOptions: ParsableArguments {
  /// The most questions one game asks.
  static let maximumCount = 500

  @OptionGroup var dataDir: DataDirOption

  @Option(help: "The bank to play (default: cassez).")
  var bank: String?

  @Option(help: ArgumentHelp("The language: en or es (default: $CASEQUIZ_LANG, the profile's, then the locale's).", valueName: "lang"))
  var lang: Language?

  @Option(help: "How many questions (1–\(GameOptions.maximumCount)).")
  var count: Int?

  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp(
      "Only questions of this kind: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.",
      valueName: "kind"))
  var kinds: [QuestionKind] = []

  @Option(
    name: .customLong("topic"),
    help: ArgumentHelp("Only questions of this topic (e.g. arrest). Repeatable.", valueName: "topic"))
  var topics: [String] = []

  @Option(help: "Play the same game again: the same seed asks the same questions in the same order.")
  var seed: UInt64?

  @Option(help: ArgumentHelp("The profile to play as: letters, digits, - and _ (default: default).", valueName: "name"))
  var profile: String = "default"

  @Option(help: "Use colors: auto, always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "No streak bonus.")
  var noStreaks = false

  @Flag(help: "Add a speed bonus that shrinks with the time taken.")
  var timed = false

  @Flag(help: "Speak JSON Lines on stdout and read one answer or command per line on stdin (see the README).")
  var json = false

  mutating func validate() throws {
    if let count, !(1...Self.maximumCount).contains(count) {
      throw ValidationError("--count must be between 1 and \(Self.maximumCount), not \(count)")
    }
    do {
      try ProfileName.validate(profile)
    } catch {
      throw ValidationError("--profile: \(error)")
    }
  }

  /// The language to play in: `--lang`, `CASEQUIZ_LANG`, the profile's last `:lang`, the locale, English.
  func language(environment: [String: String], saved: Language?) throws(CaseQuizError) -> Language {
    if let lang { return lang }
    if let variable = environment["CASEQUIZ_LANG"], !variable.isEmpty {
      guard let language = Language(rawValue: variable.lowercased()) else {
        throw CaseQuizError("CASEQUIZ_LANG is \"\(variable)\"; use en or es")
      }
      return language
    }
    return saved ?? Language.preferred(in: environment)
  }

  /// The filter the options ask for, checked against the bank.
  func filter(for bank: BankIndex) throws(CaseQuizError) -> QuestionFilter {
    for topic in topics where bank.topic(topic) == nil {
      let known = bank.bank.topics.map(\.id).joined(separator: ", ")
      throw CaseQuizError("no topic \"\(topic)\" in the bank \"\(bank.bank.id)\" (topics: \(known))")
    }
    return QuestionFilter(kinds: kinds.isEmpty ? nil : Set(kinds), topics: topics.isEmpty ? nil : Set(topics))
  }
}
