import Foundation

/// An error message of several lines made into the one line `casequiz: error: …` prints. ArgumentParser writes
/// a long list of allowed values as a bulleted list (`one of the following:\n  - choice\n  - truefalse…`):
/// joined naively that read "one of the following:   - choice   - truefalse". Here the bullets become a list
/// in the words ArgumentParser uses for a short one: `one of 'choice', 'truefalse', … or 'timeline'.`
public enum OneLineMessage {
  public static func make(_ message: String) -> String {
    var head: [String] = []
    var items: [String] = []
    for line in message.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("- ") {
        items.append(String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces))
      } else if !trimmed.isEmpty {
        head.append(trimmed)
      }
    }
    var text = head.joined(separator: " ")
    guard !items.isEmpty else { return text }
    let quoted = items.map { $0.hasPrefix("'") ? $0 : "'\($0)'" }
    let list =
      quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    if text.hasSuffix(" the following:") {
      text = String(text.dropLast(" the following:".count)) + " " + list + "."
    } else if text.hasSuffix(":") {
      text += " " + list + "."
    } else {
      text += (text.isEmpty ? "" : " ") + list
    }
    return text
  }
}
