import Foundation
import Testing

@testable import QuizCore

/// The compiled form of the UI catalogs reads back as exactly the catalogs the JSON files give, and is refused
/// whole when any byte of it is damaged (issue 17, item 1).
@Suite("compiled catalogs")
struct CompiledCatalogTests {
  static func shipped() throws -> Catalog { try Catalog(json: Shipped.catalogJSON()) }

  @Test func theShippedCatalogsReadBackExactly() throws {
    let catalog = try Self.shipped()
    let data = try #require(CompiledCatalog.encode(catalog, key: "~catalog.1"))
    #expect(CompiledCatalog.decode(data, key: "~catalog.1") == catalog)
    // Written in key order, so the same catalogs give the same bytes in every process.
    #expect(CompiledCatalog.encode(catalog, key: "~catalog.1") == data)
  }

  @Test(arguments: [
    Catalog(entries: [:]), Catalog(entries: [.en: [:]]),
    Catalog(entries: [.es: ["a": .text(""), "b": .plural(one: "1 é", other: "{count} \u{0}")]]),
    Catalog(entries: [.en: ["": .text("😀")], .es: ["x": .text("\"\\")]]),
  ])
  func smallCatalogsReadBackExactly(_ catalog: Catalog) throws {
    let data = try #require(CompiledCatalog.encode(catalog, key: "k"))
    #expect(CompiledCatalog.decode(data, key: "k") == catalog)
  }

  @Test func damagedFormsAreRefused() throws {
    let data = try #require(CompiledCatalog.encode(try Self.shipped(), key: "k"))
    #expect(CompiledCatalog.decode(Data(), key: "k") == nil)
    #expect(CompiledCatalog.decode(data.prefix(data.count - 1), key: "k") == nil)
    #expect(CompiledCatalog.decode(data + Data([0]), key: "k") == nil)
    #expect(CompiledCatalog.decode(Data(data.prefix(CompiledCatalog.headerSize)), key: "k") == nil)
    #expect(CompiledCatalog.decode(Data(repeating: 0x41, count: data.count), key: "k") == nil)
    #expect(CompiledCatalog.decode(data, key: "k2") == nil)
    for index in Array(0..<CompiledCatalog.headerSize)
      + Array(stride(from: CompiledCatalog.headerSize, to: data.count, by: 53))
    {
      var damaged = data
      damaged[index] ^= 0x20
      #expect(CompiledCatalog.decode(damaged, key: "k") == nil, "byte \(index)")
    }
    var version = data
    version[CompiledCatalog.magic.count] &+= 1
    #expect(CompiledCatalog.decode(version, key: "k") == nil)
  }

  /// The reader of the payload itself (below the digest) refuses every truncation, an entry written twice and
  /// an unknown language or entry kind, and survives any byte change.
  @Test func damagedPayloadsNeverTrap() throws {
    let catalog = try Self.shipped()
    let data = try #require(CompiledCatalog.encode(catalog, key: ""))
    let payload = Array(data[(CompiledCatalog.headerSize + CompiledFrame.keyBytes("").count)...])
    #expect(payload.withUnsafeBytes { CompiledCatalog.read($0) } == catalog)
    for length in stride(from: 0, to: payload.count, by: 7) {
      #expect(payload[..<length].withUnsafeBytes { CompiledCatalog.read($0) } == nil)
    }
    for index in stride(from: 0, to: payload.count, by: 11) {
      for change: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = payload
        damaged[index] ^= change
        _ = damaged.withUnsafeBytes { CompiledCatalog.read($0) }
      }
    }
    func written(_ build: (inout CompactWriter) -> Void) -> [UInt8] {
      var writer = CompactWriter()
      build(&writer)
      return writer.bytes
    }
    let twice = written {
      $0.count(1)
      $0.write("en")
      $0.count(2)
      for _ in 0..<2 {
        $0.write("a")
        $0.bytes.append(0)
        $0.write("x")
      }
    }
    let unknownLanguage = written {
      $0.count(1)
      $0.write("fr")
      $0.count(0)
    }
    let unknownKind = written {
      $0.count(1)
      $0.write("en")
      $0.count(1)
      $0.write("a")
      $0.bytes.append(2)
      $0.write("x")
    }
    for bytes in [twice, unknownLanguage, unknownKind] {
      #expect(bytes.withUnsafeBytes { CompiledCatalog.read($0) } == nil)
    }
  }
}
