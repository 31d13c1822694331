import ArgumentParser
import Foundation
import QuizCore

/// `casequiz questions`: every generated question with its answer, options, accepted answers and source,
/// for bank authors.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions",
    abstract: "Print every question a bank generates, with answers and sources (for bank authors).",
    discussion: "Example: casequiz questions --lang es --kind choice --kind timeline"
  )

  /// `--lang`: one language or both.
  enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case en, es, all
  }

  @OptionGroup var dataDir: DataDirOption

  @Option(help: "The bank to read (default: cassez).")
  var bank: String?

  @Option(help: ArgumentHelp("The language: en, es or all (default: from the environment).", valueName: "lang"))
  var lang: LanguageChoice?

  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp(
      "Only questions of this kind: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.",
      valueName: "kind"))
  var kinds: [QuestionKind] = []

  @Option(help: "The seed that chooses distractors and shown orders (default: 0).")
  var seed: UInt64 = 0

  @Flag(help: "Print JSON Lines: id, kind, lang, topic, prompt, options, answer, accepted, facts, source.")
  var json = false

  func run() throws {
    let context = try GameContext.load(dataDir: dataDir.path, bankID: bank)
    let languages: [Language] =
      switch lang {
      case .all: Language.allCases
      case .en: [.en]
      case .es: [.es]
      case nil: [Language.preferred(in: ProcessInfo.processInfo.environment)]
      }
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let questions = QuestionGenerator(bank: context.bank, seed: seed).allQuestions()
      .filter { kinds.isEmpty || kinds.contains($0.kind) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var output = ""
    for question in questions {
      for language in languages {
        let rendered = renderer.render(question, in: language)
        if json {
          output += String(decoding: try encoder.encode(Line(rendered)), as: UTF8.self) + "\n"
        } else {
          output += Self.text(rendered, catalog: context.catalog) + "\n"
        }
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// One question as JSON.
  struct Line: Encodable {
    var id: String
    var kind: String
    var lang: String
    var topic: String
    var prompt: String
    var options: [String]
    var answer: String
    var accepted: [String]
    var facts: [String]
    var source: [String]

    init(_ rendered: RenderedQuestion) {
      id = rendered.id.rawValue
      kind = rendered.kind.rawValue
      lang = rendered.lang.rawValue
      topic = rendered.topic
      prompt = rendered.prompt
      options = rendered.options
      answer = rendered.answer
      accepted = rendered.accepted
      facts = rendered.facts
      source = rendered.source
    }
  }

  /// One question as readable text.
  static func text(_ rendered: RenderedQuestion, catalog: Catalog) -> String {
    let language = rendered.lang
    var lines = ["[\(rendered.id.rawValue)] \(language.rawValue) · \(catalog.string("kind." + rendered.kind.rawValue, in: language))"]
    lines.append("  " + rendered.prompt)
    for (offset, option) in rendered.options.enumerated() {
      lines.append("    \(RenderedQuestion.letter(offset))) \(option)")
    }
    lines.append("  = " + rendered.answer)
    if rendered.accepted.count > 1 { lines.append("  ≈ " + rendered.accepted.joined(separator: " | ")) }
    for quote in rendered.source { lines.append("  “\(quote)”") }
    return lines.map(TerminalInfo.sanitize).joined(separator: "\n")
  }
}

extension QuestionKind: ExpressibleByArgument {}
