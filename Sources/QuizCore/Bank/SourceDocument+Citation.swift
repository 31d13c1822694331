extension SourceDocument {
  /// How a reader is told where a quote comes from: the document's title set off as a title, then its
  /// publisher and date where the bank gives them (both are optional): “A Kidnapping Scandal: …”, Sportskeeda,
  /// August 24, 2022.
  public func citation(in language: Language) -> String {
    let parts = [publisher, date.map { DateText.text($0, in: language) }].compactMap { $0 }
    return ([TitleMarks.mark(title, in: language)] + parts).joined(separator: ", ")
  }
}

extension Bank {
  /// The citations of the documents the facts quote, once each, in the order the bank lists its sources.
  public func citations(of facts: [Fact], in language: Language) -> [String] {
    let cited = Set(facts.map(\.source.document))
    return sources.filter { cited.contains($0.id) }.map { $0.citation(in: language) }
  }
}
