import Foundation
import Testing

@testable import QuizCore

/// The quick way a game reads a bank (`BankDecoder.decode(_:file:detail: .errors)`, then validation without
/// positions) must accept exactly the banks the full way (`lint`) accepts, decode them to the same `Bank`, and
/// give a broken bank exactly the diagnostics `lint` gives.
@Suite("Reading banks the quick way")
struct BankFastPathTests {
  /// Every document the other bank tests and the fuzz corpus use, by name.
  static let documents: [(name: String, bytes: [UInt8])] = {
    var documents: [(String, [UInt8])] = BankDecoderTests.brokenFiles.map { ("broken file: \($0.name)", $0.bytes) }
    for edit in BankDecoderTests.structuralEdits + BankValidatorTests.edits {
      if let text = try? edit.apply() { documents.append(("edit: \(edit.name)", Array(text.utf8))) }
    }
    for input in FuzzRegressionTests.inputs("BankDecoding") {
      if let data = try? input.data { documents.append((input.testDescription, Array(data))) }
    }
    return documents
  }()

  static var documentNames: [String] { documents.map(\.name) }

  static func document(_ name: String) throws -> Data {
    Data(try #require(documents.first { $0.name == name }).bytes)
  }

  /// Whether the game refuses the bank: an error from decoding, or from validating it.
  static func refuses(_ decoded: BankDecoder.Result, sourceTexts: [String: String]) -> Bool {
    guard let bank = decoded.bank else { return true }
    let validator = BankValidator(file: "bank.json", positions: decoded.positions, sourceTexts: sourceTexts)
    return decoded.diagnostics.hasErrors || validator.validate(bank).hasErrors
  }

  @Test("The quick and full decodes agree", arguments: documentNames)
  func quickAndFullAgree(_ name: String) throws {
    let data = try Self.document(name)
    let full = BankDecoder.decode(data, file: "bank.json", detail: .full)
    let quick = BankDecoder.decode(data, file: "bank.json", detail: .errors)
    #expect(quick.bank == full.bank)
    if full.diagnostics.hasErrors {
      #expect(quick.diagnostics == full.diagnostics)
    } else {
      #expect(!quick.diagnostics.hasErrors)
    }
    let texts = try BankFixture.sourceTexts()
    #expect(Self.refuses(quick, sourceTexts: texts) == Self.refuses(full, sourceTexts: texts))
  }

  /// (Messages may differ: "first defined at line 218" needs positions; a game shows the full way's.)
  @Test(
    "Validation finds problems at the same key paths with or without positions", arguments: BankValidatorTests.edits)
  func validationWithoutPositions(_ edit: BankEdit) throws {
    let full = BankDecoder.decode(Data(try edit.apply().utf8), file: "bank.json", detail: .full)
    let bank = try #require(full.bank)
    let texts = try BankFixture.sourceTexts()
    let placed = BankValidator(file: "bank.json", positions: full.positions, sourceTexts: texts).validate(bank)
    let unplaced = BankValidator(file: "bank.json", sourceTexts: texts).validate(bank)
    let key = { (diagnostic: Diagnostic) in "\(diagnostic.severity) \(diagnostic.location.keyPath ?? "")" }
    #expect(placed.map(key).sorted() == unplaced.map(key).sorted())
  }

  /// Whatever the quick check lets through, the strict scanner accepts without a duplicate key.
  @Test("The quick syntax check never accepts what the scanner refuses", arguments: documentNames)
  func quickCheckIsConservative(_ name: String) throws {
    let bytes = try #require(Self.documents.first { $0.name == name }).bytes
    Self.expectConservative(bytes)
  }

  static func expectConservative(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let (quick, strict) = bytes.withUnsafeBufferPointer { buffer in
      (
        JSONQuickCheck.passes(buffer, maxDepth: BankDecoder.maxDepth),
        JSONScanner.scan(buffer, maxDepth: BankDecoder.maxDepth)
      )
    }
    guard quick else { return }
    switch strict {
    case .success(let result):
      #expect(result.duplicateKeys.isEmpty, sourceLocation: sourceLocation)
      #expect(BankDecoder.encodingProblem(bytes.withUnsafeBufferPointer { $0 }) == nil, sourceLocation: sourceLocation)
    case .failure(let error):
      Issue.record("the quick check passed what the scanner refuses: \(error.message)", sourceLocation: sourceLocation)
    }
  }

  @Test(
    "The quick check refuses small broken documents",
    arguments: [
      "{\"a\": 1, \"a\": 2}", "{\"a\": 1, \"\\u0061\": 2}", "{\"\u{E9}\": 1, \"e\u{301}\": 2}", "[1,]", "{\"a\":1,}",
      "01", "-", "1.", "1e", "1e+", "tru", "truex", "nul", "[true false]", "\"\\uD83D\"", "\"\\uDE00\"",
      "\"\\uD83D\\u0041\"", "\"\\u12\"", "\"\\q\"", "\"a\tb\"", "\"a\nb\"", "\"abc", "{} {}", "{\"a\" 1}", "{'a': 1}",
      "{a: 1}", "[1] // c", "", "  ", "\u{FEFF}{}", "[\"\u{0}\"]",
      String(repeating: "[", count: 101) + String(repeating: "]", count: 101),
      String(repeating: "{\"a\":", count: 101) + "1" + String(repeating: "}", count: 101),
    ])
  func quickCheckRefuses(_ text: String) {
    let passes = Array(text.utf8).withUnsafeBufferPointer { JSONQuickCheck.passes($0, maxDepth: BankDecoder.maxDepth) }
    #expect(!passes)
  }

  @Test func quickCheckRefusesInvalidUTF8AndNUL() {
    for bytes: [UInt8] in [
      [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE9, 0x22], [0x22, 0, 0x22],
    ] {
      #expect(!bytes.withUnsafeBufferPointer { JSONQuickCheck.passes($0, maxDepth: BankDecoder.maxDepth) })
      Self.expectConservative(bytes)
    }
  }

  @Test(
    "The quick check accepts sound documents",
    arguments: [
      "{}", "[]", "0", "-0.5e+10", "1E-2", "true", "null", " [ { } , [ ] ] ", "\"\\u00e9\\uD83D\\uDE00\\n\\/\"",
      "{\"a\": {\"a\": [1, {\"a\": null}]}, \"b\": \"caf\u{E9} \u{1F600}\"}",
      String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
  func quickCheckAccepts(_ text: String) {
    let passes = Array(text.utf8).withUnsafeBufferPointer { JSONQuickCheck.passes($0, maxDepth: BankDecoder.maxDepth) }
    #expect(passes)
    Self.expectConservative(Array(text.utf8))
  }

  /// The shipped bank, the mini bank, and the mini bank written out again by `JSONEncoder` and grown to many
  /// facts: the quick way takes its short path (no positions) and gives the same bank as the full way.
  @Test func soundBanksTakeTheShortPathToTheSameBank() throws {
    let shipped = try Data(contentsOf: Shipped.root.appendingPathComponent("QuestionBanks/cassez/bank.json"))
    var grown = try BankFixture.bank()
    let facts = grown.facts
    for copy in 1...200 {
      grown.facts += facts.map { fact in
        var fact = fact
        fact.id += "-\(copy)"
        return fact
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let documents = [
      shipped, Data(try BankFixture.json().utf8), try encoder.encode(try BankFixture.bank()), try encoder.encode(grown),
    ]
    for data in documents {
      let full = BankDecoder.decode(data, file: "bank.json", detail: .full)
      let quick = BankDecoder.decode(data, file: "bank.json", detail: .errors)
      #expect(full.diagnostics == [])
      #expect(quick.diagnostics == [])
      #expect(quick.bank != nil)
      #expect(quick.bank == full.bank)
      #expect(quick.positions.position(of: "") == nil, "the quick way went the long way")
    }
  }

  /// Unknown keys found by the scanner as it reads agree with those read back from the positions.
  @Test(arguments: documentNames)
  func unknownKeysAgree(_ name: String) throws {
    let bytes = try #require(Self.documents.first { $0.name == name }).bytes
    guard
      case .success(let scan) = bytes.withUnsafeBufferPointer({ JSONScanner.scan($0, maxDepth: BankDecoder.maxDepth) }),
      !scan.irregularKeys, scan.duplicateKeys.isEmpty
    else { return }
    let fromScan = BankDecoder.unknownKeys(scan.unknownKeys)
    let fromPositions = BankDecoder.unknownKeys(in: scan.positions)
    #expect(fromScan.map(\.keyPath) == fromPositions.map(\.keyPath))
    #expect(fromScan.map(\.message) == fromPositions.map(\.message))
  }

  @Test func unknownKeysInManyPlacesAgree() throws {
    let text = try BankFixture.json()
      .replacingOccurrences(
        of: "\"license\": \"CC0-1.0\",", with: "\"license\": \"CC0-1.0\", \"licence\": 1, \"x\": {\"y\": 2},"
      )
      .replacingOccurrences(of: "\"subject\":", with: "\"subjet\": 0, \"subject\":")
      .replacingOccurrences(of: "\"quote\":", with: "\"qoute\": [], \"quote\":")
    let bytes = Array(text.utf8)
    guard
      case .success(let scan) = bytes.withUnsafeBufferPointer({ JSONScanner.scan($0, maxDepth: BankDecoder.maxDepth) })
    else {
      Issue.record("the edited mini bank does not scan")
      return
    }
    #expect(!scan.irregularKeys)
    #expect(scan.unknownKeys.count > 10)
    let fromScan = BankDecoder.unknownKeys(scan.unknownKeys)
    let fromPositions = BankDecoder.unknownKeys(in: scan.positions)
    #expect(fromScan.map(\.keyPath) == fromPositions.map(\.keyPath))
    #expect(fromScan.map(\.message) == fromPositions.map(\.message))
    #expect(fromScan.contains { $0.message.hasSuffix("(did you mean \"quote\"?)") })
  }

  /// A swap of two neighbouring letters is one edit for the "did you mean" hint.
  @Test func aSwappedKeyGetsAHint() throws {
    let text = try BankFixture.json().replacingOccurrences(
      of: "\"license\": \"CC0-1.0\",", with: "\"license\": \"CC0-1.0\", \"titel\": {},")
    let result = BankDecoder.decode(Data(text.utf8), file: "bank.json")
    #expect(
      result.diagnostics.map(\.message) == ["unknown key \"titel\" in the bank is ignored (did you mean \"title\"?)"])
  }
}
