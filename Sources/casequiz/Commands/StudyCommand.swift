import ArgumentParser
import Foundation
import QuizCore

/// `casequiz study`: the case to read before playing: a timeline of the dated facts, then every fact by topic
/// with its source.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract: "Read the case: a timeline, then every fact by topic with the quote it rests on.",
    discussion: "Example: casequiz study --both --topic arrest"
  )

  @OptionGroup var options: CommonOptions

  @Option(help: "The bank to read (default: cassez).")
  var bank: String?

  @Flag(help: "Show English and Spanish side by side (one under the other on narrow terminals).")
  var both = false

  @Option(help: "Only this topic (see the topic ids in the bank, e.g. arrest).")
  var topic: String?

  @Option(help: "Use colors: auto, always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    let context = try GameContext.load(dataDir: options.dataDir.path, bankID: bank)
    if let topic, context.bank.topic(topic) == nil {
      let known = context.bank.bank.topics.map(\.id).joined(separator: ", ")
      throw CaseQuizError("no topic \"\(topic)\" in the bank \"\(context.bank.bank.id)\" (topics: \(known))")
    }
    let renderer = QuestionRenderer(bank: context.bank, catalog: context.catalog)
    let language = options.language
    let text = StudyText(catalog: context.catalog)
    let primary = text.lines(StudyGuide(bank: context.bank, renderer: renderer, language: language, topic: topic))
    let output = TerminalOutput.live(color: color)
    guard both else {
      output.write(primary)
      return
    }
    let secondary = text.lines(
      StudyGuide(bank: context.bank, renderer: renderer, language: language.other, topic: topic))
    let width = output.width ?? TerminalInfo.width()
    if width >= 100 {
      FileHandle.standardOutput.write(Data((Self.sideBySide(primary, secondary, width: width, output: output) + "\n").utf8))
    } else {
      output.write(Self.interleaved(primary, secondary))
    }
  }

  /// Each line followed by its counterpart in the other language, dimmed; identical lines once.
  static func interleaved(_ primary: [StyledLine], _ secondary: [StyledLine]) -> [StyledLine] {
    zip(primary, secondary).flatMap { first, second -> [StyledLine] in
      first.text == second.text || second.text.isEmpty ? [first] : [first, StyledLine(second.text, .secondary)]
    }
  }

  /// Two columns: each pair of lines wrapped to half the width and padded.
  static func sideBySide(_ primary: [StyledLine], _ secondary: [StyledLine], width: Int, output: TerminalOutput)
    -> String
  {
    let column = (width - 3) / 2
    var rows: [String] = []
    for (left, right) in zip(primary, secondary) {
      let leftLines = TerminalInfo.wrap(TerminalInfo.sanitize(left.text), width: column)
      let rightLines = TerminalInfo.wrap(TerminalInfo.sanitize(right.text), width: column)
      for index in 0..<max(leftLines.count, rightLines.count) {
        let l = index < leftLines.count ? leftLines[index] : ""
        let r = index < rightLines.count ? rightLines[index] : ""
        let padding = String(repeating: " ", count: max(0, column - TerminalInfo.displayWidth(l)))
        let leftText = output.colors ? TerminalOutput.color(left.style, l) : l
        let rightText = output.colors ? TerminalOutput.color(.secondary, r) : r
        rows.append((leftText + padding + " │ " + rightText).trimmingTrailingSpaces())
      }
    }
    return rows.joined(separator: "\n")
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

/// The study guide as styled lines; both languages give the same number of lines, so they can be paired.
struct StudyText {
  let catalog: Catalog

  func lines(_ guide: StudyGuide) -> [StyledLine] {
    let language = guide.language
    var lines = [StyledLine(guide.title, .heading), StyledLine(guide.contentNote, .secondary), StyledLine("")]
    if !guide.timeline.isEmpty {
      lines.append(StyledLine(catalog.string("study.timeline", in: language), .heading))
      for entry in guide.timeline { lines.append(StyledLine("• \(entry.date): \(entry.statement)")) }
      lines.append(StyledLine(""))
    }
    for section in guide.sections {
      lines.append(StyledLine(section.title, .heading))
      for entry in section.entries {
        lines.append(StyledLine("• " + entry.statement))
        let quote = language == .en ? entry.quote : entry.translation
        lines.append(StyledLine("  " + catalog.string("study.quote", in: language, ["quote": quote]), .secondary))
      }
      lines.append(StyledLine(""))
    }
    lines.append(StyledLine(catalog.string("study.source", in: language), .secondary))
    return lines
  }
}
