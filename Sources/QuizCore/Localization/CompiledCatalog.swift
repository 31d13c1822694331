import Foundation

/// The UI catalogs in a compact binary form, for the cache beside the compiled banks: reading them back skips
/// parsing `Locales/en.json` and `Locales/es.json` at every start (about a tenth of the instructions before a
/// game's first question).
///
/// Framed by ``CompiledFrame``, as ``CompiledBank`` is: a magic line, the format version, the payload's length and its digest, then
/// the key it was stored under (the cache's hash of the build and both files' bytes), then each language's
/// entries sorted by key. Any mismatch (a changed byte, a truncated or empty file, another key, an entry twice)
/// reads as `nil`, and the caller parses the JSON files again. It is only written when it reads back as exactly
/// the same catalog.
public enum CompiledCatalog {
  /// The first bytes of every compiled catalog.
  static let magic = Array("casequiz compiled catalog\n".utf8)
  /// The version of the layout; a change makes every older file unreadable (and rebuilt).
  static let formatVersion: UInt32 = 1
  static let headerSize = CompiledFrame.headerSize(magic: magic)

  /// The compiled form of `catalog`, or `nil` when it would not read back as the same catalog.
  public static func encode(_ catalog: Catalog, key: String) -> Data? {
    var writer = CompactWriter()
    writer.count(catalog.entries.count)
    for language in catalog.entries.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      let entries = catalog.entries[language] ?? [:]
      writer.write(language.rawValue)
      writer.count(entries.count)
      for key in entries.keys.sorted() {
        writer.write(key)
        switch entries[key] {
        case .text(let text)?:
          writer.bytes.append(0)
          writer.write(text)
        case .plural(let one, let other)?:
          writer.bytes.append(1)
          writer.write(one)
          writer.write(other)
        case nil: return nil
        }
      }
    }
    let encoded = writer.bytes
    guard encoded.withUnsafeBytes({ read($0) }) == catalog else { return nil }
    return CompiledFrame.wrap(encoded, magic: magic, version: formatVersion, key: key)
  }

  /// The catalog held in `data`, or `nil` when the bytes are not an intact compiled catalog of this format
  /// stored under `key`.
  public static func decode(_ data: Data, key: String) -> Catalog? {
    data.withUnsafeBytes { raw -> Catalog? in
      CompiledFrame.encoded(in: raw, magic: magic, version: formatVersion, key: key).flatMap(read)
    }
  }

  /// The catalog the bytes hold, all of them and nothing more; `nil` when they do not.
  static func read(_ bytes: UnsafeRawBufferPointer) -> Catalog? {
    var reader = BinaryReader(bytes: bytes, offset: 0)
    guard let catalog = try? readCatalog(&reader), reader.offset == bytes.count else { return nil }
    return catalog
  }

  private static func readCatalog(_ reader: inout BinaryReader) throws(BinaryDecodingError) -> Catalog {
    let languages = try reader.count()
    var catalog: [Language: [String: Catalog.Entry]] = [:]
    for _ in 0..<languages {
      guard let language = Language(rawValue: try reader.stringBody()), catalog[language] == nil else {
        throw reader.failure()
      }
      let count = try reader.count()
      var entries: [String: Catalog.Entry] = [:]
      entries.reserveCapacity(count)
      for _ in 0..<count {
        let key = try reader.stringBody()
        let entry: Catalog.Entry
        switch try reader.byte() {
        case 0: entry = .text(try reader.stringBody())
        case 1: entry = .plural(one: try reader.stringBody(), other: try reader.stringBody())
        default: throw reader.failure()
        }
        guard entries.updateValue(entry, forKey: key) == nil else { throw reader.failure() }
      }
      catalog[language] = entries
    }
    return Catalog(entries: catalog)
  }
}
