import Foundation

/// A decoded bank in a compact binary form, for the cache of validated banks: reading it back skips the
/// `JSONDecoder` pass over `bank.json` (a quarter of a game's start-up).
///
/// The form is every stored property of the model in order (``CompactCodable``). It starts with a header (a magic line, the format version, the payload's length and its
/// digest) followed by the key it was stored under (the cache's hash of the build and `bank.json`), and is
/// refused whole when any of them does not match: a damaged or truncated file, or one copied from another key,
/// reads as `nil`, and the caller decodes the JSON again. It is only written when it reads back as exactly the
/// same bank.
public enum CompiledBank {
  /// The first bytes of every compiled bank.
  static let magic = Array("casequiz compiled bank\n".utf8)
  /// The version of the layout; a change makes every older file unreadable (and rebuilt).
  static let formatVersion: UInt32 = 3
  static let headerSize = CompiledFrame.headerSize(magic: magic)

  /// The compiled form of `bank`, or `nil` when it would not read back as the same bank.
  public static func encode(_ bank: Bank, key: String) -> Data? {
    var writer = CompactWriter()
    writer.bytes.reserveCapacity(1 << 16)
    writer.write(bank)
    let encoded = writer.bytes
    guard encoded.withUnsafeBytes({ read($0) }) == bank else { return nil }
    return CompiledFrame.wrap(encoded, magic: magic, version: formatVersion, key: key)
  }

  /// The bank held in `data`, or `nil` when the bytes are not an intact compiled bank of this format.
  public static func decode(_ data: Data, key: String) -> Bank? {
    data.withUnsafeBytes { raw -> Bank? in
      guard let encoded = CompiledFrame.encoded(in: raw, magic: magic, version: formatVersion, key: key),
        let bank = read(encoded), BankValidator.schemaVersionProblem(bank.schemaVersion) == nil
      else { return nil }
      return bank
    }
  }

  /// The bank the bytes hold, all of them and nothing more; `nil` when they do not.
  static func read(_ bytes: UnsafeRawBufferPointer) -> Bank? {
    var reader = BinaryReader(bytes: bytes, offset: 0)
    guard let bank = try? Bank(compact: &reader), reader.offset == bytes.count else { return nil }
    return bank
  }
}
