import Foundation
import QuizCore

// Shared by every harness: each is compiled in one module with all of `Sources/QuizCore`, so the harness sees
// the core's internal API as well as its public one. Nothing here is part of the product.

/// The repository the harness was built from (this file is `<root>/Fuzz/Support/FuzzSupport.swift`), or
/// `CASEQUIZ_FUZZ_ROOT` when set (a harness copied elsewhere).
let fuzzRoot: URL = {
  if let root = ProcessInfo.processInfo.environment["CASEQUIZ_FUZZ_ROOT"], !root.isEmpty {
    return URL(fileURLWithPath: root)
  }
  return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}()

/// Reads a repository file, or stops the harness with a clear message (a setup problem, not a finding).
func fuzzFile(_ relativePath: String) -> Data {
  let url = fuzzRoot.appendingPathComponent(relativePath)
  guard let data = FileManager.default.contents(atPath: url.path) else {
    FileHandle.standardError.write(Data("fuzz: cannot read \(url.path); set CASEQUIZ_FUZZ_ROOT to the checkout\n".utf8))
    exit(3)
  }
  return data
}

/// The shipped Cassez bank, its source texts and the UI catalogs, loaded once.
struct FuzzWorld: Sendable {
  let bankData: Data
  let bank: BankIndex
  let sourceTexts: [String: String]
  let catalog: Catalog
  let questions: [Question]

  static let shared: FuzzWorld = {
    let data = fuzzFile("QuestionBanks/cassez/bank.json")
    let decoded = BankDecoder.decode(data, file: "bank.json")
    guard let bank = decoded.bank else {
      FileHandle.standardError.write(Data("fuzz: the Cassez bank does not decode: \(decoded.diagnostics)\n".utf8))
      exit(3)
    }
    var texts: [String: String] = [:]
    for source in bank.sources {
      texts[source.id] = String(decoding: fuzzFile("QuestionBanks/cassez/" + source.file), as: UTF8.self)
    }
    var json: [Language: Data] = [:]
    for language in Language.allCases { json[language] = fuzzFile("Locales/\(language.rawValue).json") }
    guard let catalog = try? Catalog(json: json) else {
      FileHandle.standardError.write(Data("fuzz: the catalogs in Locales/ do not decode\n".utf8))
      exit(3)
    }
    let index = BankIndex(bank)
    return FuzzWorld(
      bankData: data, bank: index, sourceTexts: texts, catalog: catalog,
      questions: QuestionGenerator(bank: index, seed: 0).allQuestions())
  }()
}

/// The input as a string the way the game would see it: valid UTF-8 as is, invalid bytes repaired with U+FFFD
/// (what `readLine()` does).
func fuzzString(_ bytes: UnsafeRawBufferPointer) -> String {
  String(decoding: bytes, as: UTF8.self)
}

/// Stops with a message libFuzzer records as a crash: an invariant the harness checks, not a Swift trap.
func fuzzFailure(_ message: String) -> Never {
  FileHandle.standardError.write(Data("fuzz invariant violated: \(message)\n".utf8))
  abort()
}
