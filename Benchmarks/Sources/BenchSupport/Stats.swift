import Foundation

/// Order statistics of a sample.
public struct Stats: Sendable {
  public let sorted: [Double]

  public init(_ values: [Double]) { sorted = values.sorted() }

  public var count: Int { sorted.count }
  public var median: Double { quantile(0.5) }
  public var min: Double { sorted.first ?? .nan }
  public var max: Double { sorted.last ?? .nan }

  /// The `q` quantile, interpolated between the closest ranks (`q` = 0.99 for p99).
  public func quantile(_ q: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let position = q * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = Swift.min(low + 1, sorted.count - 1)
    return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
  }
}

/// Human-readable figures.
public enum Format {
  /// `1.23 ms`, `45.6 µs`, `2.31 s`.
  public static func seconds(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    if value >= 1 { return String(format: "%.2f s", value) }
    if value >= 1e-3 { return String(format: "%.2f ms", value * 1e3) }
    return String(format: "%.1f µs", value * 1e6)
  }

  /// `12.3 MiB`, `850 KiB`, `512 B`.
  public static func bytes(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    if value >= 1024 * 1024 * 1024 { return String(format: "%.2f GiB", value / 1_073_741_824) }
    if value >= 1024 * 1024 { return String(format: "%.1f MiB", value / 1_048_576) }
    if value >= 1024 { return String(format: "%.0f KiB", value / 1024) }
    return String(format: "%.0f B", value)
  }

  /// `1.8×`.
  public static func ratio(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    if value >= 100 { return String(format: "%.0f×", value) }
    if value >= 10 { return String(format: "%.1f×", value) }
    return String(format: "%.2f×", value)
  }

  /// `1,234,567`.
  public static func count(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let digits = String(Int(value.rounded()))
    var result = ""
    for (index, character) in digits.reversed().enumerated() {
      if index > 0, index % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return String(result.reversed())
  }
}

/// A plain-text (and Markdown) table whose last column is a ratio.
public struct Table {
  public var header: [String]
  public var rows: [[String]] = []

  public init(header: [String]) { self.header = header }

  public mutating func add(_ row: [String]) { rows.append(row) }

  /// A Markdown table, columns padded so it also reads well as plain text.
  public func markdown() -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all { for (index, cell) in row.enumerated() { widths[index] = Swift.max(widths[index], cell.count) } }
    func line(_ row: [String]) -> String {
      "| " + row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
        .joined(separator: " | ") + " |"
    }
    let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
  }
}

/// Prints to standard error (progress, so stdout stays the result).
public func progress(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
