import QuizCore

/// The last line of `casequiz lint`: how many errors and warnings in how many banks.
public enum LintSummary {
  /// `2 errors, 1 warning in 1 bank`, or `cassez: no problems found`.
  public static func line(_ diagnostics: [Diagnostic], banks: [String]) -> String {
    let (errors, warnings) = (diagnostics.errorCount, diagnostics.warningCount)
    if errors == 0 && warnings == 0 {
      return banks.count == 1 ? "\(banks[0]): no problems found" : "no problems found in \(banks.count) banks"
    }
    var counts: [String] = []
    if errors > 0 { counts.append(plural(errors, "error")) }
    if warnings > 0 { counts.append(plural(warnings, "warning")) }
    return "\(counts.joined(separator: ", ")) in \(plural(banks.count, "bank"))"
  }

  private static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
