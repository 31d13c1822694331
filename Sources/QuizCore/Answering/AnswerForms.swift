/// One spelling a player may type for something (an entity, a text, an option), normalized once.
struct AnswerForm: Sendable {
  /// Where the spelling comes from.
  enum Source: Int, Sendable, Comparable {
    case name, alias, familyName
    static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The spelling as the bank writes it.
  let spelling: String
  /// The spelling normalized.
  let normalized: NormalizedAnswer
  /// `normalized.folded` prepared for edit distances.
  let key: TypoKey
  /// Where it comes from.
  let source: Source
  /// The language whose name or alias this is; `nil` when it belongs to both (a family name).
  let language: Language?
  /// What it names: an entity id, or a key for a text or an option.
  let owner: String
  /// Whether typos are budgeted as for a person's name.
  let isPerson: Bool
  /// Whether this spells a name (an entity's), rather than a text answer ("on a highway"): an alias of a name is
  /// another name, an alias of a text answer another wording of it, and the verdict says which.
  var isName = true

  init(_ spelling: String, source: Source, language: Language?, owner: String, isPerson: Bool) {
    self.spelling = spelling
    normalized = AnswerNormalizer.normalize(spelling)
    key = TypoKey(normalized.folded)
    self.source = source
    self.language = language
    self.owner = owner
    self.isPerson = isPerson
  }

  /// How many edits a typo may have against this spelling: none for short spellings, one for middling ones,
  /// two for long ones; persons' names are stricter (a typo is often another person).
  var typoBudget: Int { AnswerForm.typoBudget(length: normalized.length, isPerson: isPerson) }

  /// The typo budget for a spelling of `length` letters and digits: 0 up to 4, 1 from 5 to 8, 2 from 9 on;
  /// for persons 0 up to 5 and 1 from 6 on.
  static func typoBudget(length: Int, isPerson: Bool) -> Int {
    if isPerson { return length <= 5 ? 0 : 1 }
    return length <= 4 ? 0 : length <= 8 ? 1 : 2
  }

  /// Orders forms by preference when several match equally well: the current language first, then names before
  /// aliases before family names.
  func rank(in current: Language) -> (Int, Int) {
    (language == nil || language == current ? 0 : 1, source.rawValue)
  }

  /// The forms of a text value: its spelling and aliases in each language.
  static func forms(text: Localized<String>, aliases: Localized<[String]>, owner: String) -> [AnswerForm] {
    Language.allCases.flatMap { language in
      ([AnswerForm(text[language], source: .name, language: language, owner: owner, isPerson: false)]
        + aliases[language].map { AnswerForm($0, source: .alias, language: language, owner: owner, isPerson: false) })
        .map { form in
          var form = form
          form.isName = false
          return form
        }
    }
  }
}

/// Every spelling of every entity of a bank, normalized once when the checker is made.
struct BankForms: Sendable {
  /// The forms a player may type for each entity: names and aliases in both languages, and a person's family
  /// name when no other person (or other entity) goes by it.
  let accepted: [String: [AnswerForm]]
  /// Every entity's forms, family names included even when shared, for the "closer to something else" rule.
  let all: [AnswerForm]

  /// No forms at all: for a renderer that only reads prompts (the validator's prompt check), which never lists
  /// accepted spellings.
  static let none = BankForms(accepted: [:], all: [])

  private init(accepted: [String: [AnswerForm]], all: [AnswerForm]) {
    self.accepted = accepted
    self.all = all
  }

  init(_ bank: Bank) {
    var accepted: [String: [AnswerForm]] = [:]
    var all: [AnswerForm] = []
    var familyOwners: [String: Set<String>] = [:]
    var familyForms: [AnswerForm] = []
    for entity in bank.entities where accepted[entity.id] == nil {
      // A personal name (one with a family name) gets the stricter typo budget, whatever the entity's type.
      let families = BankForms.familyNames(of: entity)
      let isPerson = !families.isEmpty
      var forms: [AnswerForm] = []
      for language in Language.allCases {
        forms.append(
          AnswerForm(
            entity.name[language], source: .name, language: language, owner: entity.id,
            isPerson: isPerson))
        forms += entity.aliases[language].map {
          AnswerForm($0, source: .alias, language: language, owner: entity.id, isPerson: isPerson)
        }
      }
      accepted[entity.id] = forms
      all += forms
      for family in families {
        let form = AnswerForm(family, source: .familyName, language: nil, owner: entity.id, isPerson: true)
        guard !form.normalized.isEmpty else { continue }
        familyOwners[form.normalized.folded, default: []].insert(entity.id)
        familyForms.append(form)
      }
    }
    var namesByKey: [String: Set<String>] = [:]
    for form in all { namesByKey[form.normalized.folded, default: []].insert(form.owner) }
    var seenFamily: Set<String> = []
    for form in familyForms {
      let key = form.normalized.folded
      let owners = familyOwners[key, default: []].union(namesByKey[key, default: []])
      if owners == [form.owner], seenFamily.insert(form.owner + "\u{0}" + key).inserted {
        accepted[form.owner, default: []].append(form)
      }
    }
    // "with Israel": a person's first name, as the source calls them, when nobody else in the bank has it as a
    // first name, a family name or a name; a first name two people share names neither.
    var givenOwners: [String: Set<String>] = [:]
    var givenForms: [AnswerForm] = []
    for entity in bank.entities {
      for name in Set(Language.allCases.map { entity.name[$0] }) {
        let words = name.split(separator: " ")
        guard words.count > 1, let first = words.first else { continue }
        let form = AnswerForm(String(first), source: .alias, language: nil, owner: entity.id, isPerson: true)
        guard !form.normalized.isEmpty else { continue }
        givenOwners[form.normalized.folded, default: []].insert(entity.id)
        if entity.type == "person" { givenForms.append(form) }
      }
    }
    var seenGiven: Set<String> = []
    for form in givenForms {
      let key = form.normalized.folded
      let owners = givenOwners[key, default: []].union(familyOwners[key, default: []])
        .union(namesByKey[key, default: []])
      if owners == [form.owner], seenGiven.insert(form.owner + "\u{0}" + key).inserted {
        accepted[form.owner, default: []].append(form)
      }
    }
    self.accepted = accepted
    self.all = all + familyForms + givenForms
  }

  /// The family names an entity's name form offers: the `familyName` the bank gives, whatever the entity's type
  /// (a president, a writer), or else, for an entity of type `person`, the last word of its name in each
  /// language.
  static func familyNames(of entity: Entity) -> [String] {
    if let family = entity.familyName, !family.isEmpty { return [family] }
    guard entity.type == "person" else { return [] }
    var names: [String] = []
    for language in Language.allCases {
      let words = entity.name[language].split(separator: " ")
      guard words.count > 1, let last = words.last else { continue }
      if !names.contains(String(last)) { names.append(String(last)) }
    }
    return names
  }

  /// The family names each entity may be answered with alone, by entity id: what `familyNames(of:)` offers,
  /// kept only when no other entity goes by it. Both the checker and the `accepted` list of a rendered question
  /// (`casequiz questions --json`) use this, so they always agree.
  static func acceptedFamilyNames(in bank: Bank) -> [String: [String]] {
    BankForms(bank).acceptedFamilyNames()
  }

  /// ``acceptedFamilyNames(in:)`` from forms already made.
  func acceptedFamilyNames() -> [String: [String]] {
    var result: [String: [String]] = [:]
    for (id, list) in accepted {
      let families = list.filter { $0.source == .familyName }.map(\.spelling)
      if !families.isEmpty { result[id] = families }
    }
    return result
  }
}
