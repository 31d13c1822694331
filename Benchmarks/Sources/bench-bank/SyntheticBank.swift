import Foundation
import QuizCore

/// A synthetic bank of any number of facts, shaped like a real one: the template bank (Cassez) is copied case
/// after case, each copy with its own entities (ids and names numbered), its own dates (shifted by the copy's
/// number of days, months or years, so timelines have ever more distinct events) and its own numbers, under the
/// template's relations, topics and source documents (quotes stay verbatim, so the quote check runs for real).
/// Copy 0 is the template itself. The last copy is cut so the bank has exactly `factCount` facts.
enum SyntheticBank {
  static func make(from template: Bank, id: String, factCount: Int) -> Bank {
    var bank = template
    bank.id = id
    bank.title = template.title.map { "\($0) (\(factCount) facts)" }
    bank.entities = []
    bank.facts = []
    bank.facts.reserveCapacity(factCount)
    var copy = 0
    while bank.facts.count < factCount {
      let used = Set(usedEntities(in: template.facts, limit: factCount - bank.facts.count))
      for entity in template.entities where copy == 0 || used.contains(entity.id) {
        bank.entities.append(renamed(entity, copy: copy))
      }
      for fact in template.facts.prefix(factCount - bank.facts.count) {
        bank.facts.append(shifted(fact, copy: copy))
      }
      copy += 1
    }
    return bank
  }

  /// A bank heavy in dated events: the template's facts, then `extraCopies` copies of its dated facts alone
  /// (subjects renamed, dates shifted), so timelines have many events while other questions stay few.
  static func makeDated(from template: Bank, id: String, extraCopies: Int) -> Bank {
    var bank = template
    bank.id = id
    bank.title = template.title.map { "\($0) (dated)" }
    let dated = template.facts.filter { if case .date = $0.value { return true } else { return false } }
    let subjects = Set(dated.map(\.subject))
    for copy in 1...max(1, extraCopies) {
      for entity in template.entities where subjects.contains(entity.id) {
        bank.entities.append(renamed(entity, copy: copy))
      }
      for fact in dated { bank.facts.append(shifted(fact, copy: copy * 37)) }
    }
    // Shifted facts keep their copy number in their ids; entities use the copy number the shift used.
    bank.facts = bank.facts.map { fact in
      guard let range = fact.id.range(of: "-c", options: .backwards), let shift = Int(fact.id[range.upperBound...]),
        shift % 37 == 0
      else { return fact }
      var fact = fact
      fact.id = String(fact.id[..<range.lowerBound]) + "-c\(shift / 37)"
      fact.subject = fact.subject.replacingOccurrences(of: "-c\(shift)", with: "-c\(shift / 37)")
      return fact
    }
    return bank
  }

  /// The entities the first `limit` facts name, so a cut copy brings no unused entity.
  private static func usedEntities(in facts: [Fact], limit: Int) -> [String] {
    facts.prefix(limit).flatMap { fact -> [String] in
      if case .entity(let value) = fact.value { return [fact.subject, value] }
      return [fact.subject]
    }
  }

  static func entityID(_ id: String, copy: Int) -> String { copy == 0 ? id : "\(id)-c\(copy)" }

  private static func renamed(_ entity: Entity, copy: Int) -> Entity {
    guard copy > 0 else { return entity }
    var entity = entity
    entity.id = entityID(entity.id, copy: copy)
    entity.name = entity.name.map { "\($0) \(copy)" }
    entity.aliases = entity.aliases.map { $0.map { "\($0) \(copy)" } }
    entity.familyName = entity.familyName.map { "\($0) \(copy)" }
    return entity
  }

  private static func shifted(_ fact: Fact, copy: Int) -> Fact {
    guard copy > 0 else { return fact }
    var fact = fact
    fact.id = "\(fact.id)-c\(copy)"
    fact.subject = entityID(fact.subject, copy: copy)
    switch fact.value {
    case .entity(let id): fact.value = .entity(entityID(id, copy: copy))
    case .date(let date): fact.value = .date(shift(date, by: copy))
    case .number(let number, let bound): fact.value = .number(number + Double(copy), bound: bound)
    case .text: break
    }
    return fact
  }

  /// Moves a date by `count` units of its precision (days, months or years), within years 1000…2999.
  static func shift(_ date: CalendarDate, by count: Int) -> CalendarDate {
    switch date.precision {
    case .year:
      return CalendarDate(year: 1000 + (date.year - 1000 + count) % 2000)
    case .month:
      let months = (date.year - 1000) * 12 + (date.month! - 1) + count
      return CalendarDate(year: 1000 + (months / 12) % 2000, month: months % 12 + 1)
    case .day:
      var days = daysFromCivil(date.year, date.month!, date.day!) + count
      let span = daysFromCivil(3000, 1, 1) - daysFromCivil(1000, 1, 1)
      let start = daysFromCivil(1000, 1, 1)
      days = start + (days - start) % span
      let (y, m, d) = civil(days)
      return CalendarDate(year: y, month: m, day: d)
    }
  }

  private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    Int(CalendarDate.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day)))
  }

  private static func civil(_ days: Int) -> (Int, Int, Int) {
    let date = CalendarDate.civil(fromDays: Int64(days))
    return (Int(date.year), Int(date.month), Int(date.day))
  }

  /// Writes `<dataDirectory>/QuestionBanks/<id>/bank.json` with the template's source documents beside it.
  static func write(_ bank: Bank, templateFolder: URL, dataDirectory: URL) throws -> URL {
    let folder = dataDirectory.appendingPathComponent("QuestionBanks/\(bank.id)")
    let manager = FileManager.default
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    for source in bank.sources {
      let target = folder.appendingPathComponent(source.file)
      try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? manager.removeItem(at: target)
      try manager.copyItem(at: templateFolder.appendingPathComponent(source.file), to: target)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let file = folder.appendingPathComponent("bank.json")
    try encoder.encode(bank).write(to: file)
    return file
  }
}
