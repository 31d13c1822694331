import Foundation
import QuizCore

/// How `casequiz study --both` lays the two languages out.
public enum StudyLayout {
  /// Each line followed by its counterpart in the other language, dimmed; identical lines once.
  public static func interleaved(_ primary: [StyledLine], _ secondary: [StyledLine]) -> [StyledLine] {
    zip(primary, secondary).flatMap { first, second -> [StyledLine] in
      first.text == second.text || second.text.isEmpty ? [first] : [first, StyledLine(second.text, .secondary)]
    }
  }

  /// Two columns: each pair of lines wrapped to half the width and padded.
  public static func sideBySide(_ primary: [StyledLine], _ secondary: [StyledLine], width: Int, output: TerminalOutput)
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
  public func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

/// The study guide as styled lines; both languages give the same number of lines, so they can be paired.
public struct StudyText {
  public let catalog: Catalog

  public init(catalog: Catalog) { self.catalog = catalog }

  /// The guide's lines. With `quotes: false` each fact's quote line holds only its translation, if any (and is
  /// empty otherwise, so both languages still pair line for line): under `study --both` the first language's
  /// line already gives the quote as its document words it, and the other's would only repeat it.
  public func lines(_ guide: StudyGuide, quotes: Bool = true) -> [StyledLine] {
    let language = guide.language
    var lines = [StyledLine(guide.title, .heading), StyledLine(guide.contentNote, .secondary), StyledLine("")]
    if !guide.timeline.isEmpty {
      lines.append(StyledLine(catalog.string("study.timeline", in: language), .heading))
      for entry in guide.timeline { lines.append(StyledLine("• \(entry.date): \(entry.event)")) }
      lines.append(StyledLine(""))
    }
    for section in guide.sections {
      // The id `--topic` takes, beside the name (the play test could not tell what to pass).
      lines.append(
        StyledLine(
          catalog.string("study.topicHeading", in: language, ["title": section.title, "id": section.topic]), .heading))
      for entry in section.entries {
        lines.append(StyledLine("• " + entry.statement))
        // Labelled as in a game's lesson: the quote as its document words it, then, when that is the other
        // language, its translation labelled by the language it is in ("En español: «…»"). One styled line,
        // so both languages of `--both` keep the same number of lines.
        var quote = quotes ? ["  " + catalog.string("study.quote", in: language, ["quote": entry.quote])] : []
        if let translation = catalog.quoteTranslation(
          entry.translation, of: entry.quoteLanguage, in: language, showBoth: false), !entry.translation.isEmpty
        {
          quote.append("  " + translation)
        }
        lines.append(StyledLine(quote.joined(separator: "\n"), .secondary))
      }
      lines.append(StyledLine(""))
    }
    if !guide.sources.isEmpty {
      let sources = guide.sources.joined(separator: "; ")
      lines.append(StyledLine(catalog.string("study.source", in: language, ["sources": sources]), .secondary))
    }
    return lines
  }
}
