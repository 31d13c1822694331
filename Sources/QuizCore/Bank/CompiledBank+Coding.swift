import Foundation

/// How each part of a bank is written in its compiled form (``CompiledBank``): every stored property, in
/// declaration order, without keys or tags. Plain concrete code, so reading it back needs none of the
/// run-time type lookups that cost `Codable` about 300,000 instructions per model type at start-up.
///
/// A property added to the model and not here makes the round trip in ``CompiledBank/encode(_:key:)`` differ
/// from the bank (it compares with `==`), so the form is simply not stored and the bank is decoded from its
/// JSON as before; `CompiledBankTests` reads every shipped and fixture bank back to catch it.
protocol CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError)
  func write(compact writer: inout CompactWriter)
}

/// The bytes of a compiled form, written field after field.
struct CompactWriter {
  var bytes: [UInt8] = []

  /// An unsigned LEB128 integer.
  mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }
  mutating func count(_ value: Int) { varint(UInt64(value)) }

  mutating func write(_ value: some CompactCodable) { value.write(compact: &self) }
}

extension BinaryReader {
  /// A count of elements, each taking at least one byte.
  mutating func count() throws(BinaryDecodingError) -> Int { try length() }

  mutating func read<T: CompactCodable>(_ type: T.Type = T.self) throws(BinaryDecodingError) -> T {
    try T(compact: &self)
  }
}

extension String: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) { self = try reader.stringBody() }
  func write(compact writer: inout CompactWriter) {
    writer.count(utf8.count)
    writer.bytes.append(contentsOf: utf8)
  }
}

extension Bool: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    switch try reader.byte() {
    case 0: self = false
    case 1: self = true
    default: throw reader.failure()
    }
  }
  func write(compact writer: inout CompactWriter) { writer.bytes.append(self ? 1 : 0) }
}

extension Int: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    let zigzag = try reader.varint()
    self = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
  }
  func write(compact writer: inout CompactWriter) {
    let value = Int64(self)
    writer.varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }
}

extension Double: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    guard reader.bytes.count - reader.offset >= 8 else { throw reader.failure() }
    let pattern = reader.bytes.loadUnaligned(fromByteOffset: reader.offset, as: UInt64.self)
    reader.offset += 8
    self = Double(bitPattern: UInt64(littleEndian: pattern))
  }
  func write(compact writer: inout CompactWriter) {
    withUnsafeBytes(of: bitPattern.littleEndian) { writer.bytes.append(contentsOf: $0) }
  }
}

extension Optional: CompactCodable where Wrapped: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self = try Bool(compact: &reader) ? try Wrapped(compact: &reader) : nil
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(self != nil)
    if let self { writer.write(self) }
  }
}

extension Array: CompactCodable where Element: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    let count = try reader.count()
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try Element(compact: &reader)) }
    self = elements
  }
  func write(compact writer: inout CompactWriter) {
    writer.count(count)
    for element in self { writer.write(element) }
  }
}

extension Dictionary: CompactCodable where Key == String, Value: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    let count = try reader.count()
    var entries: [String: Value] = [:]
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let key = try String(compact: &reader)
      entries[key] = try Value(compact: &reader)
    }
    guard entries.count == count else { throw reader.failure() }
    self = entries
  }
  func write(compact writer: inout CompactWriter) {
    writer.count(count)
    for key in keys.sorted() {
      writer.write(key)
      if let value = self[key] { writer.write(value) }
    }
  }
}

extension Localized: CompactCodable where Value: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(en: try reader.read(), es: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(en)
    writer.write(es)
  }
}

/// Enums written as their raw string.
protocol CompactRawString: CompactCodable, RawRepresentable where RawValue == String {}

extension CompactRawString {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    let start = reader.offset
    guard let value = Self(rawValue: try reader.stringBody()) else { throw BinaryDecodingError(offset: start) }
    self = value
  }
  func write(compact writer: inout CompactWriter) { writer.write(rawValue) }
}

extension Language: CompactRawString {}
extension Grammar.Gender: CompactRawString {}
extension Grammar.Number: CompactRawString {}
extension NumberBound: CompactRawString {}

extension CalendarDate: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(year: try reader.read(), month: try reader.read(), day: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(year)
    writer.write(month)
    writer.write(day)
  }
}

extension Bank: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      schemaVersion: try reader.read(), id: try reader.read(), title: try reader.read(),
      description: try reader.read(), languages: try reader.read(), sources: try reader.read(),
      contentNote: try reader.read(), contentNoteLabel: try reader.read(), license: try reader.read(),
      topics: try reader.read(),
      entities: try reader.read(), relations: try reader.read(), facts: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(schemaVersion)
    writer.write(id)
    writer.write(title)
    writer.write(description)
    writer.write(languages)
    writer.write(sources)
    writer.write(contentNote)
    writer.write(contentNoteLabel)
    writer.write(license)
    writer.write(topics)
    writer.write(entities)
    writer.write(relations)
    writer.write(facts)
  }
}

extension SourceDocument: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      id: try reader.read(), title: try reader.read(), language: try reader.read(), publisher: try reader.read(),
      date: try reader.read(), file: try reader.read(), url: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(title)
    writer.write(language)
    writer.write(publisher)
    writer.write(date)
    writer.write(file)
    writer.write(url)
  }
}

extension Topic: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(id: try reader.read(), name: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(name)
  }
}

extension Grammar: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      gender: try reader.read(), number: try reader.read(), definiteArticle: try reader.read(),
      articleInName: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(gender)
    writer.write(number)
    writer.write(definiteArticle)
    writer.write(articleInName)
  }
}

extension Entity: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      id: try reader.read(), type: try reader.read(), name: try reader.read(), aliases: try reader.read(),
      familyName: try reader.read(), grammar: try reader.read(), description: try reader.read(),
      work: try reader.read(), article: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(type)
    writer.write(name)
    writer.write(aliases)
    writer.write(familyName)
    writer.write(grammar)
    writer.write(description)
    writer.write(work)
    writer.write(article)
  }
}

extension UnitName: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(one: try reader.read(), other: try reader.read(), gender: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(one)
    writer.write(other)
    writer.write(gender)
  }
}

extension RelationTemplates: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      ask: try reader.read(), askInverse: try reader.read(), statement: try reader.read(), event: try reader.read(),
      askQualifier: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(ask)
    writer.write(askInverse)
    writer.write(statement)
    writer.write(event)
    writer.write(askQualifier)
  }
}

extension ValueType: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    switch try reader.byte() {
    case 0: self = .entity(types: try reader.read())
    case 1: self = .date
    case 2: self = .number(unit: try reader.read())
    case 3: self = .text(alternatives: try reader.read())
    default: throw reader.failure()
    }
  }
  func write(compact writer: inout CompactWriter) {
    switch self {
    case .entity(let types):
      writer.bytes.append(0)
      writer.write(types)
    case .date: writer.bytes.append(1)
    case .number(let unit):
      writer.bytes.append(2)
      writer.write(unit)
    case .text(let alternatives):
      writer.bytes.append(3)
      writer.write(alternatives)
    }
  }
}

extension Qualifier: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(id: try reader.read(), value: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(value)
  }
}

extension Relation: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      id: try reader.read(), subjectTypes: try reader.read(), value: try reader.read(), functional: try reader.read(),
      inverseFunctional: try reader.read(), qualifiers: try reader.read(), templates: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(subjectTypes)
    writer.write(value)
    writer.write(functional)
    writer.write(inverseFunctional)
    writer.write(qualifiers)
    writer.write(templates)
  }
}

extension FactValue: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    switch try reader.byte() {
    case 0: self = .entity(try reader.read())
    case 1: self = .date(try reader.read())
    case 2: self = .number(try reader.read(), bound: try reader.read())
    case 3: self = .text(try reader.read(), aliases: try reader.read())
    default: throw reader.failure()
    }
  }
  func write(compact writer: inout CompactWriter) {
    switch self {
    case .entity(let id):
      writer.bytes.append(0)
      writer.write(id)
    case .date(let date):
      writer.bytes.append(1)
      writer.write(date)
    case .number(let number, let bound):
      writer.bytes.append(2)
      writer.write(number)
      writer.write(bound)
    case .text(let text, let aliases):
      writer.bytes.append(3)
      writer.write(text)
      writer.write(aliases)
    }
  }
}

extension FactSource: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(document: try reader.read(), quote: try reader.read(), translation: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(document)
    writer.write(quote)
    writer.write(translation)
  }
}

extension Fact: CompactCodable {
  init(compact reader: inout BinaryReader) throws(BinaryDecodingError) {
    self.init(
      id: try reader.read(), topic: try reader.read(), subject: try reader.read(), relation: try reader.read(),
      value: try reader.read(), qualifiers: try reader.read(), source: try reader.read())
  }
  func write(compact writer: inout CompactWriter) {
    writer.write(id)
    writer.write(topic)
    writer.write(subject)
    writer.write(relation)
    writer.write(value)
    writer.write(qualifiers)
    writer.write(source)
  }
}
