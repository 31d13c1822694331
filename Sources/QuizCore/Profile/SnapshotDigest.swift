/// A 64-bit fingerprint of a snapshot's record array, written beside it so a reader can tell, at memory speed,
/// that the array is exactly what casequiz wrote (and may be read lazily, see ``RecordTable``).
///
/// It guards against damage and hand edits, not against forgery: any changed, added or removed byte changes
/// it with near certainty, and a mismatch only means the array is read the careful way, record by record.
enum SnapshotDigest {
  /// The fingerprint of `count` records held in `bytes`.
  static func of(count: Int, bytes: UnsafeRawBufferPointer) -> UInt64 {
    // Four independent lanes of multiply-and-shift over 8-byte words (so the loop runs at memory speed), then
    // the tail byte by byte, the length and the count, and a final mix.
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (
      0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89
    )
    let blocks = bytes.count / 32
    var offset = 0
    for _ in 0..<blocks {
      lanes.0 = mix(lanes.0 ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self), k)
      lanes.1 = mix(lanes.1 ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self), k)
      lanes.2 = mix(lanes.2 ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self), k)
      lanes.3 = mix(lanes.3 ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self), k)
      offset += 32
    }
    var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7)
    while offset < bytes.count {
      hash = mix(hash ^ UInt64(bytes[offset]), k)
      offset += 1
    }
    hash = mix(hash ^ UInt64(bytes.count), k)
    hash = mix(hash ^ UInt64(truncatingIfNeeded: count), k)
    return mix(hash, 0xBF58_476D_1CE4_E5B9)
  }

  /// The digest as 16 lowercase hexadecimal digits.
  static func hex(_ digest: UInt64) -> String {
    let digits = String(digest, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  @inline(__always)
  private static func mix(_ value: UInt64, _ k: UInt64) -> UInt64 {
    let product = value &* k
    return product ^ (product >> 29)
  }
}
