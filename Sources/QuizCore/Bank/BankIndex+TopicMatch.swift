import Foundation

extension BankIndex {
  /// The id of the topic `typed` names: its id exactly, or, forgiving case, accents, hyphens and a leading
  /// article, its id or its name in either language (`detención`, `La detencion`, `legal status`,
  /// `Situación jurídica` all name a topic of the Cassez bank). `nil` when no topic, or more than one, fits.
  public func topicID(matching typed: String) -> String? {
    if topic(typed) != nil { return typed }
    let wanted = Self.topicKey(typed)
    guard !wanted.isEmpty else { return nil }
    let fits = bank.topics.filter { topic in
      [topic.id, topic.name.en, topic.name.es].contains { Self.topicKey($0) == wanted }
    }
    return fits.count == 1 ? fits[0].id : nil
  }

  /// A topic's id or name as compared: lowercase, without accents, hyphens and underscores as spaces, spaces
  /// collapsed, and without a leading article (the, el, la, los, las).
  static func topicKey(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    var words = folded.split { $0 == " " || $0 == "-" || $0 == "_" || $0.isWhitespace }.map(String.init)
    if words.count > 1, ["the", "el", "la", "los", "las"].contains(words[0]) { words.removeFirst() }
    return words.joined(separator: " ")
  }
}
