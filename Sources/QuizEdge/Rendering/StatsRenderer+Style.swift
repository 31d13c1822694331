import QuizCore

extension StatsRenderer {
  /// The statistics' lines with their styles for `--color`: the title and every section heading (a line that
  /// is not indented and follows a blank line or stands first) as headings, the rest plain.
  public static func styled(_ lines: [String]) -> [StyledLine] {
    var previousBlank = true
    return lines.map { line in
      defer { previousBlank = line.isEmpty }
      let heading = previousBlank && !line.isEmpty && line.first != " "
      return StyledLine(line, heading ? .heading : .plain)
    }
  }
}
