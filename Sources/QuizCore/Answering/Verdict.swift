/// Something the checker let pass, with the spelling the player should see so they learn it.
///
/// A forgiveness never changes the outcome: it explains why an answer that was not written exactly as the
/// bank writes it still counts.
public struct Forgiveness: Codable, Sendable, Hashable {
  /// What was forgiven. The order of the cases is the order in which a verdict lists them.
  public enum Kind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A name was matched through a shorter form of it ("Gerber", "Supreme Court"); `canonical` is the name in
    /// full.
    case fullName
    /// A text answer matched through a shorter wording the bank accepts ("highway"); `canonical` is the answer
    /// in full ("on a highway").
    case fullAnswer
    /// A text answer matched through another wording the bank accepts ("francés"); `canonical` is the answer
    /// as the bank writes it ("francesa").
    case answerWording
    /// A text answer matched through a wording that differs only in gender ("francés" for "francesa"): the
    /// answer agrees with its subject; `canonical` is the answer as the bank writes it.
    case agreement
    /// Like `answerWording`, when the answer as the bank writes it is in the source quote's own words, in the
    /// language of the game ("on Israel's ranch" in an English game): the verdict says so.
    case sourceWording
    /// The player answered in the other language; `canonical` is the answer in the current language.
    case otherLanguage
    /// A person's family name alone; `canonical` is the full name.
    case familyName
    /// The name's own leading article was replaced by another ("las Zodiacos", "the Zodiacos"); `canonical` is
    /// the spelling matched. An article added to a name that has none ("la Suprema Corte") is not a mistake.
    case article
    /// A leading preposition the question implies ("in Paris" for "Where…?", "a Inglaterra" for "¿Adónde…?"),
    /// set aside; `canonical` is the answer.
    case preposition
    /// Words a person adds around an answer, set aside: a subject and copula ("he is Mexican"), a run of the
    /// source's own words around it ("to the South Mexico ranch"), a unit's context ("60 años de cárcel"), or,
    /// in multiple choice, a few words of one option's text; `canonical` is the answer (or the option) as the
    /// bank writes it.
    case wording
    /// Accents were missing or wrong ("Ramirez"); `canonical` is the spelling matched, with its accents.
    case accents
    /// A typo within the budget ("Florénce Casez"); `canonical` is the spelling matched.
    case typo
    /// A slashed date in the other language's order, readable only that way ("25/12/2005" in English);
    /// `canonical` is the date as the current language writes it.
    case dateOrder
    /// A year in two digits ("25/08/22"), read in the century nearest the expected date; `canonical` is the
    /// date as the current language writes it.
    case shortYear
    /// The date is right but the weekday named with it is not that date's ("viernes 8 de diciembre de 2005",
    /// a Thursday): the date is what was asked, so it counts; `canonical` is the right weekday's name.
    case weekday
    /// A number answered without the bound the source gives ("4" for "more than 4 years"), or, for "about", a
    /// number within a tenth of it; `canonical` is the source's bounded number.
    case bound

    private var rank: Int { Kind.allCases.firstIndex(of: self) ?? 0 }

    /// Orders kinds as a verdict lists them.
    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
  }

  /// What was forgiven.
  public var kind: Kind
  /// The right spelling to show the player.
  public var canonical: String
  /// For `accents`: how many letters had a missing or wrong accent, so the verdict says "accent" or "accents";
  /// `nil` when not counted.
  public var count: Int?

  /// Creates a forgiveness.
  public init(_ kind: Kind, canonical: String, count: Int? = nil) {
    self.kind = kind
    self.canonical = canonical
    self.count = count
  }
}

/// The judgement of one answer: whether it counts, how much, what was forgiven, and the right answer in both
/// languages for the renderer.
public struct Verdict: Codable, Sendable, Equatable {
  /// How an answer fared.
  public enum Outcome: String, Codable, Sendable, CaseIterable {
    /// Fully right (possibly with something forgiven).
    case right
    /// Partly right: only timelines, when some but not all pairs of events are in the right order.
    case partial
    /// Wrong.
    case wrong
  }

  /// How the answer fared.
  public var outcome: Outcome
  /// The credit earned, from 0 to 1: 1 when right, 0 when wrong, and for a timeline the share of pairs of
  /// events put in the right order.
  public var credit: Double
  /// What was let pass, in the order of `Forgiveness.Kind`; empty for wrong answers.
  public var forgiven: [Forgiveness]
  /// The canonical spelling, in the current language, of what the player's answer matched (the entity, the
  /// option, the expected number or date); `nil` when it matched nothing.
  public var canonical: String?
  /// The right answer in both languages, as `ValueText` writes it. For a timeline: the letters in the right
  /// order ("b a d c"); naming the events is the renderer's job.
  public var expected: Localized<String>
  /// For multiple choice: the index of the option the player chose, right or wrong.
  public var matchedOption: Int?
  /// For a wrong date written in digits that read either way round ("8/12/2005"): the date as it was read, in
  /// the current language's order ("August 12, 2005" in English), so the player sees how it was understood.
  public var readAs: String?
  /// For a wrong number whose figure is right but whose unit is not ("noventa y seis meses" for 96 years): the
  /// unit the answer is in, in the current language ("años"), so the player sees what was wrong.
  public var wrongUnit: String?
  /// For a wrong date that agrees with the answer as far as it goes but is less precise than the question asks
  /// ("December 2005" for December 8, 2005): what it lacks, so the player sees the date is right so far.
  public var missing: MissingDatePart?

  /// What a date answer lacks when it is right as far as it goes.
  public enum MissingDatePart: String, Codable, Sendable, CaseIterable {
    /// The day ("December 2005" for December 8, 2005).
    case day
    /// The month ("2009" for March 2009).
    case month
    /// The month and the day ("2005" for December 8, 2005).
    case monthAndDay
  }

  /// Creates a verdict; `forgiven` is put in the order of `Forgiveness.Kind` and duplicates are dropped.
  public init(
    outcome: Outcome, credit: Double, forgiven: [Forgiveness] = [], canonical: String? = nil,
    expected: Localized<String>, matchedOption: Int? = nil
  ) {
    self.outcome = outcome
    self.credit = min(1, max(0, credit))
    var seen: Set<Forgiveness.Kind> = []
    self.forgiven = forgiven.sorted { $0.kind < $1.kind }.filter { seen.insert($0.kind).inserted }
    self.canonical = canonical
    self.expected = expected
    self.matchedOption = matchedOption
  }

  /// A right answer with full credit.
  public static func right(
    forgiven: [Forgiveness] = [], canonical: String?, expected: Localized<String>, matchedOption: Int? = nil
  ) -> Verdict {
    Verdict(
      outcome: .right, credit: 1, forgiven: forgiven, canonical: canonical, expected: expected,
      matchedOption: matchedOption)
  }

  /// A wrong answer with no credit and nothing forgiven.
  public static func wrong(canonical: String? = nil, expected: Localized<String>, matchedOption: Int? = nil)
    -> Verdict
  {
    Verdict(outcome: .wrong, credit: 0, canonical: canonical, expected: expected, matchedOption: matchedOption)
  }

  /// Whether the answer counts as right.
  public var isRight: Bool { outcome == .right }
  /// The kinds of what was forgiven, in order.
  public var forgivenKinds: [Forgiveness.Kind] { forgiven.map(\.kind) }
}

/// Why an input was not taken as an answer: the player is asked again and nothing is counted.
public struct AskAgain: Codable, Sendable, Equatable {
  /// The reason.
  public enum Reason: String, Codable, Sendable, CaseIterable {
    /// Nothing was typed, or only spaces and punctuation.
    case empty
    /// A timeline needs every shown letter exactly once, in some order (`letters`).
    case needsLetters
    /// Multiple choice got a letter or number that is not one of the options (`letters`).
    case needsOption
    /// True/false got something that is neither (true, false, sí, no, v, f…).
    case needsTrueFalse
    /// Multiple choice got text (or a number) that matches none of the options (`letters`).
    case notAnOption
    /// Multiple choice got a few words that fit more than one option (`letters`).
    case severalOptions
    /// Multiple choice got an option a hint has removed (`letters`: the options still shown).
    case removedOption
  }

  /// The reason.
  public var reason: Reason
  /// For `needsLetters` and `needsOption`: the letters shown with the question; empty otherwise.
  public var letters: [String]

  /// Creates a reason to ask again.
  public init(_ reason: Reason, letters: [String] = []) {
    self.reason = reason
    self.letters = letters
  }
}

/// The result of checking an input: either a verdict, or a reason to ask again that never counts as an answer.
public enum CheckResult: Sendable, Equatable {
  /// The input was an answer, and this is its verdict.
  case verdict(Verdict)
  /// The input was not an answer (empty, or not in the form the question needs): ask again.
  case askAgain(AskAgain)

  /// The verdict, when the input was an answer.
  public var verdict: Verdict? {
    if case .verdict(let verdict) = self { return verdict }
    return nil
  }

  /// The reason to ask again, when the input was not an answer.
  public var askAgain: AskAgain? {
    if case .askAgain(let reason) = self { return reason }
    return nil
  }
}

extension CheckResult: Codable {
  enum CodingKeys: String, CodingKey { case verdict, askAgain }

  /// Decodes `{"verdict": {…}}` or `{"askAgain": {…}}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let verdict = try container.decodeIfPresent(Verdict.self, forKey: .verdict) {
      self = .verdict(verdict)
    } else {
      self = .askAgain(try container.decode(AskAgain.self, forKey: .askAgain))
    }
  }

  /// Encodes `{"verdict": {…}}` or `{"askAgain": {…}}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .verdict(let verdict): try container.encode(verdict, forKey: .verdict)
    case .askAgain(let reason): try container.encode(reason, forKey: .askAgain)
    }
  }
}
