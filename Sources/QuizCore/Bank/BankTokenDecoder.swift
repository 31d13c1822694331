/// Decodes a bank straight from the tokens of its JSON (through ``ProfileJSONReader``), without `JSONDecoder`'s
/// tree of values and generic containers: one pass, no recursion beyond the bank's own six levels, about a tenth
/// of `Codable`'s time and memory.
///
/// It is the quick way only. It returns a bank exactly when `JSONDecoder().decode(Bank.self, …)` would return the
/// same bank, and `nil` whenever it meets anything else (a value of the wrong type, a missing key, an unknown enum
/// value, a duplicate key, a number it does not read exactly like `JSONDecoder`): the caller then asks
/// `JSONDecoder`, whose errors `BankDecoder` turns into diagnostics. It expects a document that already passed a
/// strict syntax check (`JSONQuickCheck` or `JSONScanner`), but never traps on one that did not.
struct BankTokenDecoder {
  /// Any reason to hand the document to `JSONDecoder`.
  struct Refused: Error {}

  var reader: ProfileJSONReader

  /// The bank in `bytes`, or `nil` when `JSONDecoder` must decide.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bank? {
    var decoder = BankTokenDecoder(reader: ProfileJSONReader(bytes))
    guard bytes.first != 0xEF else { return nil }  // a byte-order mark, which the reader would skip
    do throws(Refused) {
      let bank = try decoder.bank()
      guard (try? decoder.reader.expectEnd()) != nil else { return nil }
      return bank
    } catch {
      return nil
    }
  }

  // MARK: Objects

  /// Reads an object, calling `field` with each key (its value still to read) and a bit set against duplicates:
  /// `field` returns the bit of a key it read (0 for a key it skipped).
  mutating func object(_ field: (inout BankTokenDecoder, String) throws(Refused) -> UInt32) throws(Refused) {
    do throws(ProfileReadError) { try reader.beginObject("") } catch { throw Refused() }
    var first = true
    var seen: UInt32 = 0
    while true {
      let key: String?
      do throws(ProfileReadError) { key = try reader.nextKey(first: &first) } catch { throw Refused() }
      guard let key else { return }
      let bit = try field(&self, key)
      if bit == 0 { continue }
      guard seen & bit == 0 else { throw Refused() }
      seen |= bit
    }
  }

  /// Reads an array, calling `element` for each element.
  mutating func array(_ element: (inout BankTokenDecoder) throws(Refused) -> Void) throws(Refused) {
    do throws(ProfileReadError) { try reader.beginArray("") } catch { throw Refused() }
    var first = true
    while true {
      let more: Bool
      do throws(ProfileReadError) { more = try reader.nextElement(first: &first) } catch { throw Refused() }
      guard more else { return }
      try element(&self)
    }
  }

  /// Reads an array of elements of one kind.
  mutating func list<T>(_ element: (inout BankTokenDecoder) throws(Refused) -> T) throws(Refused) -> [T] {
    var result: [T] = []
    try array { (decoder: inout BankTokenDecoder) throws(Refused) in result.append(try element(&decoder)) }
    return result
  }

  /// Reads an object whose keys are free (`qualifiers`, `askQualifier`); a key written twice is refused.
  mutating func dictionary<T>(_ value: (inout BankTokenDecoder) throws(Refused) -> T) throws(Refused) -> [String: T] {
    var result: [String: T] = [:]
    try object { (decoder: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      guard result.updateValue(try value(&decoder), forKey: key) == nil else { throw Refused() }
      return 0
    }
    return result
  }

  /// Skips the value of a key the model does not read (`JSONDecoder` ignores it too).
  mutating func skip() throws(Refused) -> UInt32 {
    do throws(ProfileReadError) { try reader.skipValue() } catch { throw Refused() }
    return 0
  }

  /// Whether the next value is `null` (consumed if so): an optional key then reads as absent.
  mutating func null() throws(Refused) -> Bool {
    do throws(ProfileReadError) { return try reader.consumeNull() } catch { throw Refused() }
  }

  // MARK: Scalars

  mutating func string() throws(Refused) -> String {
    do throws(ProfileReadError) { return try reader.string("") } catch { throw Refused() }
  }

  mutating func optionalString() throws(Refused) -> String? { try null() ? nil : string() }

  mutating func bool() throws(Refused) -> Bool {
    do throws(ProfileReadError) { return try reader.bool("") } catch { throw Refused() }
  }

  /// An integer written with digits only (what `JSONDecoder` reads as `Int` for certain; `1.0` or `1e0` are
  /// left to it).
  mutating func int() throws(Refused) -> Int {
    do throws(ProfileReadError) { return try reader.int("") } catch { throw Refused() }
  }

  /// A number as `JSONDecoder` reads a `Double`: the correctly rounded value of its digits. Numbers that
  /// overflow or underflow are left to `JSONDecoder`.
  mutating func double() throws(Refused) -> Double {
    let value: Double
    do throws(ProfileReadError) { value = try reader.double("") } catch { throw Refused() }
    guard value.isNormal || value == 0 else { throw Refused() }
    return value
  }

  /// A value of a `String`-backed enum.
  mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Refused) -> T where T.RawValue == String {
    guard let value = T(rawValue: try string()) else { throw Refused() }
    return value
  }

  mutating func date() throws(Refused) -> CalendarDate {
    guard let date = CalendarDate(iso: try string()) else { throw Refused() }
    return date
  }

  /// A value given in both languages (`{"en": …, "es": …}`).
  mutating func localized<T>(_ value: (inout BankTokenDecoder) throws(Refused) -> T) throws(Refused) -> Localized<T> {
    var en: T?
    var es: T?
    try object { (decoder: inout BankTokenDecoder, key: String) throws(Refused) -> UInt32 in
      switch key {
      case "en":
        en = try value(&decoder)
        return 1
      case "es":
        es = try value(&decoder)
        return 2
      default: return try decoder.skip()
      }
    }
    guard let en, let es else { throw Refused() }
    return Localized(en: en, es: es)
  }

  mutating func localizedString() throws(Refused) -> Localized<String> {
    try localized { (decoder: inout BankTokenDecoder) throws(Refused) in try decoder.string() }
  }

  mutating func localizedStrings() throws(Refused) -> Localized<[String]> {
    try localized { (decoder: inout BankTokenDecoder) throws(Refused) in try decoder.strings() }
  }

  mutating func strings() throws(Refused) -> [String] {
    try list { (decoder: inout BankTokenDecoder) throws(Refused) in try decoder.string() }
  }
}
