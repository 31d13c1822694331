import Foundation

/// The frame around every compiled form the cache keeps (``CompiledBank``, ``CompiledCatalog``): a magic line,
/// the format version, the payload's length and its digest, then the key it was stored under. Reading refuses
/// the whole file when any of them does not match, so a damaged, truncated or copied file is never trusted.
enum CompiledFrame {
  /// The bytes before the payload: the magic line, the version (4), the length (8) and the digest (8).
  static func headerSize(magic: [UInt8]) -> Int { magic.count + 4 + 8 + 8 }

  /// The key as it is written before the encoded form: its length in 4 bytes, then its UTF-8 bytes.
  static func keyBytes(_ key: String) -> [UInt8] {
    withUnsafeBytes(of: UInt32(key.utf8.count).littleEndian) { Array($0) } + Array(key.utf8)
  }

  /// `encoded` framed under `key`, ready to be written.
  static func wrap(_ encoded: [UInt8], magic: [UInt8], version: UInt32, key: String) -> Data {
    let payload = keyBytes(key) + encoded
    var data = Data(magic)
    data.reserveCapacity(headerSize(magic: magic) + payload.count)
    withUnsafeBytes(of: version.littleEndian) { data.append(contentsOf: $0) }
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { data.append(contentsOf: $0) }
    let digest = payload.withUnsafeBytes { SnapshotDigest.of(count: Int(version), bytes: $0) }
    withUnsafeBytes(of: digest.littleEndian) { data.append(contentsOf: $0) }
    data.append(contentsOf: payload)
    return data
  }

  /// The encoded form `raw` frames under `key`, or `nil` when the magic line, the version, the length, the
  /// digest or the key does not match.
  static func encoded(
    in raw: UnsafeRawBufferPointer, magic: [UInt8], version: UInt32, key: String
  ) -> UnsafeRawBufferPointer? {
    let headerSize = headerSize(magic: magic)
    guard raw.count >= headerSize, raw.starts(with: magic) else { return nil }
    let stored = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count, as: UInt32.self))
    let length = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count + 4, as: UInt64.self))
    let digest = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: magic.count + 12, as: UInt64.self))
    guard stored == version, length == UInt64(raw.count - headerSize) else { return nil }
    let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
    let keyBytes = keyBytes(key)
    guard SnapshotDigest.of(count: Int(version), bytes: payload) == digest, payload.starts(with: keyBytes) else {
      return nil
    }
    return UnsafeRawBufferPointer(rebasing: payload[keyBytes.count...])
  }
}
