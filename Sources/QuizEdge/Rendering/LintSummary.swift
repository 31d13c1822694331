import QuizCore

/// The last line of `casequiz lint`: how many errors and warnings in how many banks, in the session's language.
/// The diagnostics above it keep the compilers' `path:line:column: error: message` form in English, for the
/// editors and scripts that read them; this line is the command's own framing.
public enum LintSummary {
  /// `2 errors, 1 warning in 1 bank`, or `cassez: no problems found` (in Spanish: `2 errores y 1 advertencia
  /// en 1 banco`, `cassez: no se encontró ningún problema`). English when the catalog has no such strings.
  public static func line(
    _ diagnostics: [Diagnostic], banks: [String], catalog: Catalog = Catalog(entries: [:]), language: Language = .en
  ) -> String {
    guard catalog.string("lint.summary", in: language) != "lint.summary" else { return english(diagnostics, banks) }
    let (errors, warnings) = (diagnostics.errorCount, diagnostics.warningCount)
    let text = { (key: String, count: Int, arguments: [String: String]) in
      catalog.string(key, in: language, count: count, arguments)
    }
    if errors == 0 && warnings == 0 {
      return banks.count == 1
        ? text("lint.clean", 1, ["bank": banks[0]]) : text("lint.cleanBanks", banks.count, [:])
    }
    let counts =
      errors > 0 && warnings > 0
      ? text(
        "lint.errorsAndWarnings", errors,
        ["errors": text("lint.errors", errors, [:]), "warnings": text("lint.warnings", warnings, [:])])
      : errors > 0 ? text("lint.errors", errors, [:]) : text("lint.warnings", warnings, [:])
    return text("lint.summary", banks.count, ["counts": counts, "banks": text("lint.banks", banks.count, [:])])
  }

  private static func english(_ diagnostics: [Diagnostic], _ banks: [String]) -> String {
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
