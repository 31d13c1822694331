/// Builds the noun phrases templates need from an entity's name and grammar: with its article, and with the
/// prepositions `de` and `a`, contracted in Spanish ("del", "al") unless the article is part of the name.
public enum NounPhrase {
  /// The Spanish definite article for a gender and number.
  public static func spanishArticle(_ grammar: Grammar) -> String {
    switch (grammar.gender ?? .masculine, grammar.number) {
    case (.masculine, .singular): "el"
    case (.feminine, .singular): "la"
    case (.masculine, .plural): "los"
    case (.feminine, .plural): "las"
    }
  }

  /// The name as a sentence uses it: "the Mexican Supreme Court", "la Suprema Corte", "Florence Cassez".
  public static func phrase(name: String, grammar: Grammar, in language: Language) -> String {
    guard grammar.definiteArticle, !grammar.articleInName else { return name }
    return (language == .en ? "the" : spanishArticle(grammar)) + " " + name
  }

  /// The phrase after "of"/"de": "del rancho", "de la Suprema Corte", "de El Universal", "of the ranch".
  public static func withDe(name: String, grammar: Grammar, in language: Language) -> String {
    let base = phrase(name: name, grammar: grammar, in: language)
    guard language == .es else { return "of " + base }
    if grammar.definiteArticle, !grammar.articleInName, spanishArticle(grammar) == "el" {
      return "del " + name
    }
    return "de " + base
  }

  /// The phrase after "to"/"a": "al rancho", "a la Corte", "a El Universal", "to the ranch".
  public static func withA(name: String, grammar: Grammar, in language: Language) -> String {
    let base = phrase(name: name, grammar: grammar, in: language)
    guard language == .es else { return "to " + base }
    if grammar.definiteArticle, !grammar.articleInName, spanishArticle(grammar) == "el" {
      return "al " + name
    }
    return "a " + base
  }
}
