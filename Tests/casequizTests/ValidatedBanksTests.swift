import Foundation
import Testing

@testable import QuizEdge

/// A game validates a bank once per content and build, then trusts its clean verdict; any change validates
/// again, and a bank with an error is never remembered.
@Suite("validated banks cache")
struct ValidatedBanksTests {
  /// A cache in a folder of its own.
  static func cache(_ folder: TemporaryFolder, build: String = "build-1") -> ValidatedBanks {
    ValidatedBanks(directory: folder.url.appendingPathComponent("validated"), build: build)
  }

  @Test func theKeyChangesWithAnyByteOfTheBankItsSourcesOrTheBuild() throws {
    let folder = try TemporaryFolder()
    let cache = Self.cache(folder)
    let bank = Data("{\"id\":\"x\"}".utf8)
    let source = Data("An article.".utf8)
    let key = cache.key(folder: "cassez", bankJSON: bank, sources: [("article", source)])
    #expect(key.hasPrefix("cassez."))
    #expect(key == cache.key(folder: "cassez", bankJSON: bank, sources: [("article", source)]))
    let changed = [
      cache.key(folder: "cassez", bankJSON: Data("{\"id\":\"y\"}".utf8), sources: [("article", source)]),
      cache.key(folder: "cassez", bankJSON: bank, sources: [("article", Data("An article!".utf8))]),
      cache.key(folder: "cassez", bankJSON: bank, sources: [("other", source)]),
      cache.key(folder: "cassez", bankJSON: bank, sources: []),
      // The same bytes cut differently between bank and source are another key.
      cache.key(folder: "cassez", bankJSON: bank + Data("A".utf8), sources: [("article", Data("n article.".utf8))]),
      Self.cache(folder, build: "build-2").key(folder: "cassez", bankJSON: bank, sources: [("article", source)]),
    ]
    #expect(Set(changed).count == changed.count && !changed.contains(key))
    #expect(cache.key(folder: "../odd name", bankJSON: bank, sources: []).hasPrefix("bank."))
  }

  /// A loader hashes `bank.json` first and releases its bytes before reading the sources and validating: the
  /// key it finishes is the one hashed in one go (the build, `bank.json`, then each source's id and bytes), so a
  /// verdict remembered before still matches.
  @Test func aKeyStartedWithTheBankAndFinishedWithItsSourcesIsTheSameKey() throws {
    let folder = try TemporaryFolder()
    let cache = Self.cache(folder)
    let bank = Data("{\"id\":\"x\"}".utf8)
    let sources: [(id: String, bytes: Data)] = [("article", Data("An article.".utf8)), ("other", Data())]
    var hash = ContentHash()
    hash.add("build-1")
    hash.add(bank)
    for source in sources {
      hash.add(source.id)
      hash.add(source.bytes)
    }
    let key = cache.key(folder: "cassez", bankJSON: bank, sources: sources)
    #expect(key == "cassez." + hash.hex)
    let start = cache.keyStart(folder: "cassez", bankJSON: bank)
    #expect(cache.key(start, sources: sources) == key)
    #expect(cache.key(start, sources: []) == cache.key(folder: "cassez", bankJSON: bank, sources: []))
    #expect(cache.key(start, sources: Array(sources.prefix(1))) != key)
  }

  /// What a game remembers after loading the shipped bank is named by exactly the key of its bytes and its
  /// article's (the bytes of `bank.json` are released before the sources are read).
  @Test func aGameLoadRemembersTheKeyOfTheBankAndItsSources() throws {
    let data = try CassezDataFolder()
    let folder = try TemporaryFolder()
    var store = BankStore()
    store.validated = Self.cache(folder)
    #expect(store.load(bankFile: data.bankFile, validate: true).bank != nil)
    let bytes = try Data(contentsOf: data.bankFile)
    let article = try Data(contentsOf: data.bankFolder.appendingPathComponent("sources/article.txt"))
    let key = store.validated!.key(folder: "cassez", bankJSON: bytes, sources: [("article", article)])
    let entries = try FileManager.default.contentsOfDirectory(
      atPath: folder.url.appendingPathComponent("validated").path)
    #expect(entries.filter { !$0.hasSuffix(".bank") } == [key], "\(entries)")
    #expect(
      entries.contains(store.validated!.compiledKey(folder: "cassez", bankJSON: bytes)), "\(entries)")
    // A second load finds both: the same bank, read from its compiled form, not validated again.
    #expect(
      store.load(bankFile: data.bankFile, validate: true).bank
        == BankStore().load(bankFile: data.bankFile, validate: true).bank)
  }

  @Test func aNewVerdictReplacesTheOldOneOfTheSameFolderOnly() throws {
    let folder = try TemporaryFolder()
    let cache = Self.cache(folder)
    cache.insert("cassez.1-1")
    cache.insert("other.1-1")
    #expect(cache.contains("cassez.1-1"))
    cache.insert("cassez.2-2")
    #expect(!cache.contains("cassez.1-1") && cache.contains("cassez.2-2") && cache.contains("other.1-1"))
  }

  @Test func aRememberedBankIsNotValidatedAgainAndAnyChangeIsValidated() throws {
    let data = try CassezDataFolder()
    let folder = try TemporaryFolder()
    var store = BankStore()
    store.validated = Self.cache(folder)
    // The shipped bank is clean: remembered.
    #expect(store.load(bankFile: data.bankFile, validate: true).bank != nil)
    let entries = try FileManager.default.contentsOfDirectory(
      atPath: folder.url.appendingPathComponent("validated").path)
    // Its verdict, and its compiled form.
    let markers = entries.filter { !$0.hasSuffix(".bank") }
    #expect(markers.count == 1 && markers[0].hasPrefix("cassez."), "\(entries)")
    #expect(entries.filter { $0.hasPrefix("cassez.") && $0.hasSuffix(".bank") }.count == 1, "\(entries)")

    // A validation error (a quote that is not in the article) is refused, and not remembered.
    try data.editBank("\"quote\": \"", "\"quote\": \"Not in the article: ")
    let broken = store.load(bankFile: data.bankFile, validate: true)
    #expect(
      broken.diagnostics.contains { $0.severity == .error && $0.description.contains("quote") }, "\(broken.diagnostics)"
    )
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("validated").path)
        .filter { !$0.hasSuffix(".bank") } == markers)

    // Were its verdict remembered (as a stale or forged marker would say), validation would be skipped:
    // that is what the marker saves, so it must name exactly these bytes.
    let bytes = try Data(contentsOf: data.bankFile)
    let article = try Data(contentsOf: data.bankFolder.appendingPathComponent("sources/article.txt"))
    let key = store.validated!.key(folder: "cassez", bankJSON: bytes, sources: [("article", article)])
    store.validated!.insert(key)
    #expect(store.load(bankFile: data.bankFile, validate: true).bank != nil)
    // … while lint, which never uses the cache, still reports it.
    #expect(BankStore().load(bankFile: data.bankFile, validate: true).diagnostics.contains { $0.severity == .error })
  }

  @Test func aGameRemembersTheBankAndRefusesItOnceItsSourceChanges() throws {
    let data = try CassezDataFolder()
    let home = try TemporaryFolder()
    let environment = CaseQuizProcess.environment([
      "HOME": home.url.path, "XDG_CACHE_HOME": home.url.appendingPathComponent("cache").path,
      "XDG_STATE_HOME": home.url.appendingPathComponent("state").path,
    ])
    let first = try CaseQuizProcess.run(["questions", "--data-dir", data.url.path], environment: environment)
    #expect(first.status == 0)
    let validated = home.url.appendingPathComponent("cache/casequiz/validated").path
    // One verdict (beside the compiled bank and the compiled UI catalogs).
    let entries = try FileManager.default.contentsOfDirectory(atPath: validated)
    #expect(entries.filter { !$0.hasSuffix(".bank") && !$0.hasSuffix(".catalog") }.count == 1, "\(entries)")

    // The article loses the sentence a quote rests on: the game must notice, whatever it remembered.
    let article = data.bankFolder.appendingPathComponent("sources/article.txt")
    let text = try String(contentsOf: article, encoding: .utf8)
    try text.replacingOccurrences(of: "Cassez", with: "C.").write(to: article, atomically: true, encoding: .utf8)
    let second = try CaseQuizProcess.run(["questions", "--data-dir", data.url.path], environment: environment)
    #expect(second.status == 1, "\(second)")
    #expect(second.stderr.contains("cannot be read"), "\(second.stderr)")
  }

  /// The game keeps the bank it decoded in a compiled form beside its verdict, reads it back at the next start,
  /// and never trusts one that is damaged, truncated, empty, a folder or copied from another version: the game
  /// starts exactly as it does from `bank.json`, and the form is silently written again.
  @Test func aDamagedCompiledBankIsNeverTrustedAndIsRebuilt() throws {
    let data = try CassezDataFolder()
    let home = try TemporaryFolder()
    let environment = CaseQuizProcess.environment([
      "HOME": home.url.path, "XDG_CACHE_HOME": home.url.appendingPathComponent("cache").path,
      "XDG_STATE_HOME": home.url.appendingPathComponent("state").path,
      "XDG_DATA_HOME": home.url.appendingPathComponent("data").path,
    ])
    let arguments = ["play", "--json", "--data-dir", data.url.path, "--seed", "7", "--lang", "es"]
    let quit = try TemporaryFolder()
    let quitFile = quit.url.appendingPathComponent("quit")
    try Data(":quit\n".utf8).write(to: quitFile)
    // The output, without the summary's time taken.
    func play() throws -> CaseQuizProcess.Output {
      var output = try CaseQuizProcess.run(
        arguments, environment: environment, stdin: FileHandle(forReadingFrom: quitFile))
      output.stdout = output.stdout.split(separator: "\n").filter { !$0.contains("\"type\":\"summary\"") }
        .joined(separator: "\n")
      return output
    }
    let first = try play()
    #expect(first.status == 0 && first.stdout.contains("\"type\":\"question\""), "\(first)")
    let folder = home.url.appendingPathComponent("cache/casequiz/validated")
    func compiled() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bank") }
    }
    let names = try compiled()
    try #require(names.count == 1, "\(names)")
    let file = folder.appendingPathComponent(names[0])
    let original = try Data(contentsOf: file)
    #expect(try play().stdout == first.stdout)

    let damages: [(String, Data)] = [
      (
        "a changed byte",
        {
          var bytes = original; bytes[bytes.count / 2] ^= 0x40; return bytes
        }()
      ),
      ("a truncated file", original.prefix(original.count / 2)), ("an empty file", Data()),
      ("garbage", Data(repeating: 0x5A, count: original.count)),
    ]
    for (damage, bytes) in damages {
      try bytes.write(to: file)
      let run = try play()
      #expect(run.status == 0 && run.stdout == first.stdout && run.stderr.isEmpty, "\(damage): \(run)")
      #expect(try Data(contentsOf: file) == original, "\(damage): not rebuilt")
    }
    try FileManager.default.removeItem(at: file)
    try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
    let overFolder = try play()
    #expect(overFolder.status == 0 && overFolder.stdout == first.stdout, "\(overFolder)")

    // An edited bank is another key: its own form replaces the old one, and the game shows the edit.
    try FileManager.default.removeItem(at: file)
    try data.editBank("Son personas reales.", "Son personas reales de verdad.")
    let edited = try play()
    #expect(edited.status == 0 && edited.stdout.contains("Son personas reales de verdad."), "\(edited)")
    let after = try compiled()
    try #require(after.count == 1 && after != names, "\(after)")
    // The old bank's intact form, put under the new key, is not taken for the edited bank.
    try original.write(to: folder.appendingPathComponent(after[0]))
    let copied = try play()
    #expect(copied.stdout == edited.stdout, "\(copied)")
  }

  /// The UI catalogs are kept compiled beside the banks and read back at the next start; a damaged compiled form
  /// is never trusted (the game starts as from the JSON files, and it is written again), and a damaged catalog
  /// file is refused as before, even with the compiled form of its earlier bytes in the cache.
  @Test func damagedCompiledCatalogsAreNeverTrustedAndAreRebuilt() throws {
    let data = try CassezDataFolder()
    let folder = try TemporaryFolder()
    var store = BankStore()
    store.validated = Self.cache(folder)
    let expected = try GameContext.loadCatalog(in: data.url)  // no cache
    #expect(try GameContext.loadCatalog(in: data.url, store: store) == expected)
    let directory = folder.url.appendingPathComponent("validated")
    func compiled() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".catalog") }
    }
    let names = try compiled()
    try #require(names.count == 1 && names[0].hasPrefix("~catalog."), "\(names)")
    let file = directory.appendingPathComponent(names[0])
    let original = try Data(contentsOf: file)
    #expect(try GameContext.loadCatalog(in: data.url, store: store) == expected)

    let damages: [(String, Data)] = [
      (
        "a changed byte",
        {
          var bytes = original
          bytes[bytes.count / 2] ^= 0x40
          return bytes
        }()
      ),
      ("a truncated file", original.prefix(original.count / 2)), ("an empty file", Data()),
      ("garbage", Data(repeating: 0x5A, count: original.count)),
    ]
    for (damage, bytes) in damages {
      try bytes.write(to: file)
      #expect(try GameContext.loadCatalog(in: data.url, store: store) == expected, "\(damage)")
      #expect(try Data(contentsOf: file) == original, "\(damage): not rebuilt")
    }
    try FileManager.default.removeItem(at: file)
    try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
    #expect(try GameContext.loadCatalog(in: data.url, store: store) == expected)
    try FileManager.default.removeItem(at: file)
    #expect(try GameContext.loadCatalog(in: data.url, store: store) == expected)

    // A changed catalog is another key: its own form replaces the old one, and the change is read.
    let english = data.url.appendingPathComponent("Locales/en.json")
    let shipped = try Data(contentsOf: english)
    let text = String(decoding: shipped, as: UTF8.self)
    let brace = try #require(text.firstIndex(of: "{"))
    let edited = Data(text.replacingCharacters(in: brace...brace, with: #"{"zz.test": "edited","#).utf8)
    try edited.write(to: english)
    let changed = try GameContext.loadCatalog(in: data.url, store: store)
    #expect(changed.entries[.en]?["zz.test"] == .text("edited"))
    let after = try compiled()
    try #require(after.count == 1 && after != names, "\(after)")
    // The old catalogs' intact form, put under the new key, is not taken for the changed ones.
    try original.write(to: directory.appendingPathComponent(after[0]))
    #expect(try GameContext.loadCatalog(in: data.url, store: store) == changed)

    // A catalog file that is not JSON is refused as without the cache, though a form of its earlier bytes is
    // cached; a bank's entries are left alone.
    try Data("{ not json".utf8).write(to: english)
    #expect(throws: CaseQuizError.self) { try GameContext.loadCatalog(in: data.url, store: store) }
    let cache = try #require(store.validated)
    cache.insert("cassez.1-1")
    try edited.write(to: english)
    _ = try GameContext.loadCatalog(in: data.url, store: store)
    #expect(cache.contains("cassez.1-1"))
  }
}
