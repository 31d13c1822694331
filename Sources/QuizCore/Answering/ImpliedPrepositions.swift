/// The prepositions a question implies, which an answer may repeat ("in Paris" for "Where did he die?", "a
/// Inglaterra" for "¿Adónde viajó?"): read from the question's templates in both languages, where the
/// interrogative word or the preposition just before it says what kind of place or time the answer is.
enum ImpliedPrepositions {
  /// The interrogatives that imply prepositions of their own, by folded word.
  static let byInterrogative: [String: Set<String>] = [
    "where": ["in", "at", "on", "to", "into"],
    "when": ["in", "on", "at"],
    "donde": ["en"],
    "adonde": ["a", "al"],
    "cuando": ["en", "el"],
  ]

  /// Interrogatives a preposition may stand before ("to which", "en qué", "a dónde").
  static let interrogatives: Set<String> = [
    "which", "what", "where", "whom", "who", "que", "cual", "cuales", "donde", "quien", "quienes",
  ]

  /// Prepositions that may stand before an interrogative, with the contracted forms an answer may use.
  static let prepositions: [String: Set<String>] = [
    "in": ["in"], "at": ["at"], "on": ["on"], "to": ["to"], "into": ["into"], "from": ["from"],
    "a": ["a", "al"], "en": ["en"], "de": ["de", "del"], "desde": ["desde"], "hacia": ["hacia"],
  ]

  /// The prepositions the asking templates imply (folded, lowercase).
  static func implied(by templates: [String]) -> Set<String> {
    var result: Set<String> = []
    for template in templates {
      let words = NumberForms.echoWordsInOrder(template)
      guard let index = words.firstIndex(where: { interrogatives.contains($0) || byInterrogative[$0] != nil })
      else { continue }
      if let own = byInterrogative[words[index]] { result.formUnion(own) }
      if index > 0, let before = prepositions[words[index - 1]] { result.formUnion(before) }
      // "Where … from?", "Where … to?": a preposition closing an English question belongs to the answer too.
      if words[index] == "where", let last = words.last, let closing = prepositions[last] { result.formUnion(closing) }
    }
    return result
  }
}
