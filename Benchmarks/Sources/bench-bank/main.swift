// bench-bank: synthetic banks and what loading them costs. Each measurement is meant to run in a process of its
// own (the `bench` driver spawns one per run), so the peak memory `wait4` reports is that measurement's alone.
//
//   bench-bank generate <template-bank-folder> <data-dir> <id> <facts>
//       writes <data-dir>/QuestionBanks/<id>/bank.json (and its sources) with exactly <facts> facts
//   bench-bank decode <bank.json>
//       the baseline: read the file and JSONDecoder().decode(Bank.self, …), nothing else
//   bench-bank full <bank-folder> [--skip-generate] [--lint] [--check]
//       what the game does: BankDecoder.decode(detail: .errors) (a quick syntax check and one JSONDecoder pass
//       for a sound bank), read the sources, BankValidator.validate (no positions), BankIndex, then
//       QuestionGenerator.allQuestions() (unless skipped); the file's bytes are released once decoded. With
//       --lint, what `casequiz lint` does instead: detail: .full (strict scan, positions, unknown keys) and
//       validation with positions. With --check, also decodes the other way and fails unless both give the same
//       bank.
//   bench-bank mix <bank-folder> [--games N] [--count C] [--fresh] [--trace FACT]
//       plays N seeded games (see GameMix.swift): the kinds asked and the time to draw a game
//
// `decode`, `full` and `mix` print one JSON object with the time of each stage in seconds and a few counts.
import BenchSupport
import Foundation
import QuizCore

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("bench-bank: \(message)\n".utf8))
  exit(2)
}

func read(_ url: URL) -> Data {
  guard let data = FileManager.default.contents(atPath: url.path) else { fail("cannot read \(url.path)") }
  return data
}

func emit(_ object: [String: Double]) {
  let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  print(String(decoding: data, as: UTF8.self))
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
  guard arguments.count == 5, let count = Int(arguments[4]), count > 0 else {
    fail("usage: bench-bank generate <template-bank-folder> <data-dir> <id> <facts>")
  }
  let templateFolder = URL(fileURLWithPath: arguments[1])
  let decoded = BankDecoder.decode(read(templateFolder.appendingPathComponent("bank.json")), file: "template")
  guard let template = decoded.bank else { fail("the template bank does not decode: \(decoded.diagnostics)") }
  let bank = SyntheticBank.make(from: template, id: arguments[3], factCount: count)
  let file = try SyntheticBank.write(
    bank, templateFolder: templateFolder, dataDirectory: URL(fileURLWithPath: arguments[2]))
  let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
  emit(["facts": Double(bank.facts.count), "entities": Double(bank.entities.count), "bytes": Double(size)])

case "generate-dated":
  guard arguments.count == 5, let copies = Int(arguments[4]), copies > 0 else {
    fail("usage: bench-bank generate-dated <template-bank-folder> <data-dir> <id> <extra-copies>")
  }
  let templateFolder = URL(fileURLWithPath: arguments[1])
  let decoded = BankDecoder.decode(read(templateFolder.appendingPathComponent("bank.json")), file: "template")
  guard let template = decoded.bank else { fail("the template bank does not decode: \(decoded.diagnostics)") }
  let bank = SyntheticBank.makeDated(from: template, id: arguments[3], extraCopies: copies)
  _ = try SyntheticBank.write(bank, templateFolder: templateFolder, dataDirectory: URL(fileURLWithPath: arguments[2]))
  emit(["facts": Double(bank.facts.count), "entities": Double(bank.entities.count)])

case "decode":
  guard arguments.count == 2 else { fail("usage: bench-bank decode <bank.json>") }
  let (data, readTime) = timed { read(URL(fileURLWithPath: arguments[1])) }
  let (bank, decodeTime) = timed { try? JSONDecoder().decode(Bank.self, from: data) }
  guard let bank else { fail("JSONDecoder could not decode \(arguments[1])") }
  emit(["read": readTime, "decode": decodeTime, "facts": Double(bank.facts.count)])

case "full":
  let options = Set(arguments.dropFirst(2))
  guard arguments.count >= 2, options.isSubset(of: ["--skip-generate", "--lint", "--check"]) else {
    fail("usage: bench-bank full <bank-folder> [--skip-generate] [--lint] [--check]")
  }
  let folder = URL(fileURLWithPath: arguments[1])
  let detail: BankDecoder.Detail = options.contains("--lint") ? .full : .errors
  // As the game's `BankStore` does, `bank.json`'s bytes live only while the bank is decoded (and, in the game,
  // hashed for the cache's keys): validation and generation run after they are released.
  func decodeFile() -> (decoded: BankDecoder.Result, read: Double, decode: Double) {
    let (data, readTime) = timed { read(folder.appendingPathComponent("bank.json")) }
    let (decoded, decodeTime) = timed { BankDecoder.decode(data, file: "bank.json", detail: detail) }
    if options.contains("--check"), let bank = decoded.bank {
      let other = BankDecoder.decode(data, file: "bank.json", detail: detail == .full ? .errors : .full)
      guard other.bank == bank else { fail("the quick and the full decode give different banks") }
      progress("bench-bank: the quick and the full decode give the same bank")
    }
    return (decoded, readTime, decodeTime)
  }
  let (decoded, readTime, decodeTime) = decodeFile()
  guard let bank = decoded.bank else { fail("the bank does not decode: \(decoded.diagnostics.prefix(3))") }
  let (texts, sourcesTime) = timed { () -> [String: String] in
    var texts: [String: String] = [:]
    for source in bank.sources {
      texts[source.id] = String(decoding: read(folder.appendingPathComponent(source.file)), as: UTF8.self)
    }
    return texts
  }
  let validator = BankValidator(
    file: "bank.json", positions: decoded.positions, sourceTexts: texts, folderName: folder.lastPathComponent)
  let (diagnostics, validateTime) = timed { validator.validate(bank) }
  let (index, indexTime) = timed { BankIndex(bank) }
  let skip = options.contains("--skip-generate")
  let (questions, generateTime) = timed { skip ? [] : QuestionGenerator(bank: index, seed: 1).allQuestions() }
  let errors = (decoded.diagnostics + diagnostics).filter { $0.severity == .error }
  if let first = errors.first { progress("bench-bank: \(errors.count) errors, first: \(first)") }
  emit([
    "read": readTime, "decode": decodeTime, "sources": sourcesTime, "validate": validateTime, "index": indexTime,
    "generate": generateTime, "facts": Double(bank.facts.count), "questions": Double(questions.count),
    "errors": Double(errors.count),
    "warnings": Double((decoded.diagnostics + diagnostics).count - errors.count),
  ])

case "mix":
  guard arguments.count >= 2 else { fail("usage: bench-bank mix <bank-folder> [--games N] [--count C] [--fresh]") }
  GameMix.run(folder: URL(fileURLWithPath: arguments[1]), arguments: Array(arguments.dropFirst(2)))

default:
  fail("usage: bench-bank generate|decode|full|mix …")
}
