/// Which characters charts are drawn with.
public enum ChartGlyphs: String, Sendable, CaseIterable, Hashable {
  /// Unicode block elements: `█▌` bars and `▁▃▅█` sparklines.
  case unicode
  /// Plain ASCII, for terminals that cannot show blocks: `##` bars and `_.-=#` sparklines.
  case ascii

  /// Unicode when the locale's character set is UTF-8 (the first set of `LC_ALL`, `LC_CTYPE`, `LANG`, as
  /// the C library reads them) and the terminal is not `TERM=dumb`; ASCII otherwise.
  public static func detect(environment: [String: String]) -> ChartGlyphs {
    if environment["TERM"] == "dumb" { return .ascii }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
    guard let locale else { return .ascii }
    let upper = locale.uppercased()
    return upper.contains("UTF-8") || upper.contains("UTF8") ? .unicode : .ascii
  }
}

/// Text charts for the terminal, as pure functions of their numbers.
public enum Charts {
  /// The partial blocks from one to seven eighths of a cell.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  /// Sparkline levels, lowest first.
  static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// Sparkline levels in ASCII, lowest first.
  static let asciiLevels: [Character] = ["_", ".", ",", "-", "~", "=", "*", "#"]

  /// A horizontal bar `width` cells wide, filled to `fraction` (clamped to 0…1; not a number is 0).
  /// Unicode fills to the eighth of a cell with partial blocks, ASCII to the whole cell with `#`; the rest is
  /// spaces, so bars of one width line up.
  public static func bar(_ fraction: Double, width: Int, glyphs: ChartGlyphs) -> String {
    guard width > 0 else { return "" }
    let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
    switch glyphs {
    case .ascii:
      let cells = Int((clamped * Double(width)).rounded())
      return String(repeating: "#", count: cells) + String(repeating: " ", count: width - cells)
    case .unicode:
      let total = Int((clamped * Double(width * 8)).rounded())
      let full = total / 8
      let remainder = total % 8
      var text = String(repeating: "█", count: full)
      if remainder > 0 { text.append(eighths[remainder - 1]) }
      return text + String(repeating: " ", count: width - full - (remainder > 0 ? 1 : 0))
    }
  }

  /// A bar of two parts, `width` cells wide: the first share in full cells (`█`, ASCII `#`), the second in
  /// shaded ones (`▒`, ASCII `+`), the rest spaces (shares clamped so they add up to at most 1).
  public static func stackedBar(_ first: Double, _ second: Double, width: Int, glyphs: ChartGlyphs) -> String {
    guard width > 0 else { return "" }
    let a = first.isFinite ? min(1, max(0, first)) : 0
    let b = second.isFinite ? min(1 - a, max(0, second)) : 0
    let full = Int((a * Double(width)).rounded())
    let shaded = min(width - full, Int(((a + b) * Double(width)).rounded()) - full)
    let (fill, shade) = glyphs == .unicode ? ("█", "▒") : ("#", "+")
    return String(repeating: fill, count: full) + String(repeating: shade, count: max(0, shaded))
      + String(repeating: " ", count: width - full - max(0, shaded))
  }

  /// One character per value, its height proportional to the value between `min(0, smallest)` and the
  /// largest; values that are not numbers count as the baseline. An empty list gives an empty string.
  public static func sparkline(_ values: [Double], glyphs: ChartGlyphs) -> String {
    let levels = glyphs == .unicode ? unicodeLevels : asciiLevels
    let finite = values.map { $0.isFinite ? $0 : 0 }
    guard let largest = finite.max(), let smallest = finite.min() else { return "" }
    let low = min(0, smallest)
    let span = largest - low
    return String(
      finite.map { value in
        guard span > 0 else { return levels[0] }
        let level = Int(((value - low) / span * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, level))]
      })
  }

  /// A percentage without decimals, `0%` to `100%` (not a number is `0%`), as `language` writes it: English
  /// `73%`, Spanish with a space before the sign, `73 %` (spanish-style.md 2.6; the catalogs do the same).
  public static func percent(_ fraction: Double, in language: Language = .en) -> String {
    let value = fraction.isFinite ? Int((min(1, max(0, fraction)) * 100).rounded()) : 0
    return language == .es ? "\(value) %" : "\(value)%"
  }
}
