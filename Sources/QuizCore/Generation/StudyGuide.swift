/// The case as a text to read before playing: a timeline of the dated facts, then every fact by topic as a
/// sentence with the quote it rests on.
public struct StudyGuide: Sendable, Equatable {
  /// One dated entry of the timeline.
  public struct TimelineEntry: Sendable, Equatable {
    /// The date as text, at its precision.
    public var date: String
    /// The event the fact names, without its date ("Florence Cassez meets Israel Vallarta"), as the timeline
    /// shows it after the date; the full sentence when the relation has no event template.
    public var event: String
    /// The fact stated as a sentence (it repeats the date).
    public var statement: String
    /// The fact's id.
    public var fact: String
  }

  /// One fact, stated.
  public struct Entry: Sendable, Equatable {
    /// The fact stated as a sentence.
    public var statement: String
    /// The quote it rests on, as the source says it, in the source's language.
    public var quote: String
    /// The quote translated into the other language.
    public var translation: String
    /// The language of the quote (its document's).
    public var quoteLanguage: Language = .en

    /// The quote as the guide's reader sees it: the quote itself when it is in the guide's language, else its
    /// translation; with whether it is a translation.
    public func quote(in language: Language) -> (text: String, translated: Bool) {
      quoteLanguage == language ? (quote, false) : (translation, true)
    }
    /// The fact's id.
    public var fact: String
  }

  /// A topic and its facts.
  public struct Section: Sendable, Equatable {
    /// The topic's id.
    public var topic: String
    /// The topic's name.
    public var title: String
    /// Its facts in bank order.
    public var entries: [Entry]
  }

  /// The language it is written in.
  public var language: Language
  /// The bank's title.
  public var title: String
  /// The content note about real people.
  public var contentNote: String
  /// The dated facts in chronological order.
  public var timeline: [TimelineEntry]
  /// The facts by topic, topics in bank order.
  public var sections: [Section]
  /// The documents the guide's facts quote, named for a reader (title, publisher, date), in bank order.
  public var sources: [String]

  /// Builds the guide for a bank in a language, optionally for one topic only.
  public init(bank: BankIndex, renderer: QuestionRenderer, language: Language, topic: String? = nil) {
    self.language = language
    title = bank.bank.title[language]
    contentNote = bank.bank.contentNote[language]
    let facts = bank.bank.facts.filter { topic == nil || $0.topic == topic }
    timeline = facts.compactMap { fact -> (CalendarDate, TimelineEntry)? in
      guard let date = bank.eventDate(of: fact) else { return nil }
      let statement = renderer.statement(fact, in: language)
      // The event follows "date: ". Spanish goes on in lowercase after a colon (names keep their capitals:
      // "marzo de 2009: se reduce la condena…", "…: la AFI detiene…"); English, as AP has it, capitalizes the
      // complete sentence that follows ("May 10, 2021: The court sentences…").
      let capitalized = language == .en
      let event = renderer.event(fact, in: language, capitalized: capitalized)
      return (
        date,
        TimelineEntry(
          date: DateText.text(date, in: language),
          event: event.isEmpty ? renderer.statement(fact, in: language, capitalized: capitalized) : event,
          statement: statement, fact: fact.id)
      )
    }.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    sections = bank.bank.topics.filter { topic == nil || $0.id == topic }.compactMap { topic in
      let entries = facts.filter { $0.topic == topic.id }.map { fact in
        Entry(
          statement: renderer.statement(fact, in: language), quote: fact.source.quote,
          translation: fact.source.translation, quoteLanguage: renderer.sourceLanguage(of: fact), fact: fact.id)
      }
      return entries.isEmpty ? nil : Section(topic: topic.id, title: topic.name[language], entries: entries)
    }
    sources = bank.bank.citations(of: facts, in: language)
  }
}
