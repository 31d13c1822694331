import Foundation
import Testing

@testable import QuizCore

@Suite("UI string catalogs")
struct CatalogTests {
  let catalog: Catalog

  init() throws { catalog = try Catalog(json: Shipped.catalogJSON()) }

  @Test("English and Spanish have the same keys, shapes and placeholders")
  func parity() throws {
    let english = try #require(catalog.entries[.en])
    let spanish = try #require(catalog.entries[.es])
    #expect(
      Set(english.keys) == Set(spanish.keys),
      "only in one: \(Set(english.keys).symmetricDifference(spanish.keys).sorted())")
    for (key, entry) in english {
      guard let other = spanish[key] else { continue }
      #expect(entry.forms.count == other.forms.count, "\(key): one is plural, the other not")
      let placeholders = Set(entry.forms.flatMap(Catalog.placeholders(in:)))
      let otherPlaceholders = Set(other.forms.flatMap(Catalog.placeholders(in:)))
      #expect(placeholders == otherPlaceholders, "\(key): \(placeholders) vs \(otherPlaceholders)")
      for form in entry.forms + other.forms {
        #expect(!form.isEmpty && form == form.trimmingCharacters(in: .whitespaces) || key == "prompt.input", "\(key)")
      }
    }
  }

  @Test("every key the code asks for exists")
  func keysUsedExist() throws {
    let sources = Shipped.root.appendingPathComponent("Sources")
    let files =
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
    let pattern = try Regex(#"string\(\s*"([a-zA-Z]+\.[a-zA-Z.]+)""#)
    var used: Set<String> = []
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in text.matches(of: pattern) {
        if let key = match.output[1].substring, !key.hasSuffix(".") { used.insert(String(key)) }
      }
    }
    #expect(used.count > 40)
    let missing = used.filter { catalog.entries[.en]?[$0] == nil }
    #expect(missing.isEmpty, "keys used in code but not in Locales: \(missing.sorted())")
  }

  @Test("keys built from a prefix exist for every case")
  func builtKeys() {
    let keys =
      QuestionKind.allCases.map { "kind." + $0.rawValue }
      + Forgiveness.Kind.allCases.map { "forgiven." + $0.rawValue }
      + AskAgain.Reason.allCases.map { "askAgain." + $0.rawValue }
      + Language.allCases.map { "verdict.otherLanguage." + $0.rawValue }
    for key in keys {
      #expect(catalog.entries[.en]?[key] != nil && catalog.entries[.es]?[key] != nil, "\(key)")
    }
  }

  @Test("the game's own output is never a hard-coded string")
  func noHardCodedGameText() throws {
    let folders = ["Sources/QuizEdge/Game", "Sources/casequiz/Commands", "Sources/QuizCore/Session"]
    let pattern = try Regex(#"(StyledLine|\.info|\.error|printWarning)\(\s*"[^"\\]*[A-Za-zÁÉÍÓÚáéíóúñ]{2}"#)
    for folder in folders {
      let url = Shipped.root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") {
        let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
        let hits = text.matches(of: pattern).map { String(text[$0.range]) }
        #expect(hits.isEmpty, "\(folder)/\(name): \(hits)")
      }
    }
  }

  @Test(
    "placeholders and plural forms",
    arguments: [
      ("verdict.points", Language.en, 1, "+1 point"), ("verdict.points", .en, 5, "+5 points"),
      ("verdict.points", .es, 1, "+1 punto"), ("verdict.points", .es, 0, "+0 puntos"),
      ("count.missed", .es, 1, "1 fallada"), ("count.missed", .es, 2, "2 falladas"),
      ("due.days", .es, 3, "dentro de 3 días"), ("due.minutes", .en, 1, "in 1 minute"),
    ])
  func plurals(key: String, language: Language, count: Int, text: String) {
    #expect(catalog.string(key, in: language, count: count) == text)
  }

  @Test(
    "filling placeholders",
    arguments: [
      ("Hi {name}!", ["name": "Ana"], "Hi Ana!"), ("{a}{b}", ["a": "1", "b": "2"], "12"),
      ("{missing} stays", [:], "{missing} stays"), ("no braces", ["x": "y"], "no braces"), ("{open", [:], "{open"),
    ])
  func fill(template: String, arguments: [String: String], text: String) {
    #expect(Catalog.fill(template, arguments) == text)
  }

  @Test("a missing key falls back to English, then to the key")
  func fallback() {
    let partial = Catalog(entries: [.en: ["only.en": .text("English")], .es: [:]])
    #expect(partial.string("only.en", in: .es) == "English")
    #expect(partial.string("nowhere", in: .es) == "nowhere")
  }

  /// A quote the catalog wraps in «…» or “…” nests its own marks (Spanish « “ ‘ ’ ” », English “ ‘ ’ ”): the
  /// play test saw «ha tomado su material del libro «Una novela criminal»» and ««A Criminal Novel», cuyo…».
  @Test(
    "quotation marks inside a quote nest",
    arguments: [
      (
        Language.es, "info.source", "ha tomado su material del libro «Una novela criminal»",
        "Fuente: «ha tomado su material del libro “Una novela criminal”»"
      ),
      (
        .es, "info.sourceIn.es", "«A Criminal Novel», cuyo título original es «Una novela criminal»",
        "En español: «“A Criminal Novel”, cuyo título original es “Una novela criminal”»"
      ),
      (.es, "info.source", "dijo «el libro “X”»", "Fuente: «dijo “el libro ‘X’”»"),
      (
        .en, "info.source", "gleaned from the book “A Criminal Novel”",
        "Source: “gleaned from the book ‘A Criminal Novel’”"
      ),
      (.en, "info.source", "Cassez’s lawyer", "Source: “Cassez’s lawyer”"),
      (.es, "info.source", "sin comillas", "Fuente: «sin comillas»"),
    ])
  func nestedQuotes(language: Language, key: String, quote: String, line: String) {
    #expect(catalog.string(key, in: language, ["quote": quote]) == line)
  }

  /// A value that is one title and nothing else takes the template's marks instead of nesting inside them: the
  /// play test saw «“Una novela criminal”» in a verdict. A title with more around it still nests.
  @Test(
    "a title alone inside quotation marks is not quoted twice",
    arguments: [
      (
        "la respuesta completa es «{canonical}»", "«Una novela criminal»",
        "la respuesta completa es «Una novela criminal»"
      ),
      ("la respuesta completa es «{canonical}»", "“A Criminal Novel”", "la respuesta completa es «A Criminal Novel»"),
      ("the full name is “{canonical}”", "“A Criminal Novel”", "the full name is “A Criminal Novel”"),
      ("«{canonical}»", "el libro «Una novela criminal»", "«el libro “Una novela criminal”»"),
      ("«{canonical}»", "«A» y «B»", "«“A” y “B”»"),
      ("{canonical}", "«Una novela criminal»", "«Una novela criminal»"),
    ])
  func titleAlone(template: String, value: String, line: String) {
    #expect(Catalog.fill(template, ["canonical": value]) == line)
  }

  /// Spanish puts a quoted sentence's period after the closing guillemet (play test: «…a su cuñada.»); English
  /// keeps it inside its quotation marks; an ellipsis or a question stays inside.
  @Test(
    "a quoted sentence's period goes after the closing guillemet in Spanish",
    arguments: [
      (
        Language.es, "info.sourceIn.es", "Vino a México a ver a su hermano y a su cuñada.",
        "En español: «Vino a México a ver a su hermano y a su cuñada»."
      ),
      (.es, "info.source", "tension between Mexico and France.", "Fuente: «tension between Mexico and France»."),
      (.es, "info.quoted", "tensión entre México y Francia.", "«tensión entre México y Francia»."),
      (.es, "info.source", "sin punto", "Fuente: «sin punto»"),
      (.es, "info.source", "y así...", "Fuente: «y así...»"),
      (.es, "info.source", "¿quién fue?", "Fuente: «¿quién fue?»"),
      (.en, "info.source", "tension between Mexico and France.", "Source: “tension between Mexico and France.”"),
    ])
  func periodAfterGuillemet(language: Language, key: String, quote: String, line: String) {
    #expect(catalog.string(key, in: language, ["quote": quote]) == line)
  }

  @Test("a quote's period is dropped when the template goes on after it")
  func periodBeforeTemplatePunctuation() {
    #expect(Catalog.fill("«{q}».", ["q": "hola."]) == "«hola».")
    #expect(Catalog.fill("«{q}», dijo", ["q": "hola."]) == "«hola», dijo")
    #expect(Catalog.fill("«{q}» y más", ["q": "hola."]) == "«hola» y más")
  }

  @Test("a placeholder not inside quotation marks is filled as it is")
  func unquotedPlaceholder() {
    #expect(Catalog.fill("{a} and «{b}» and {c}", ["a": "«x»", "b": "«y» z", "c": "“z”"]) == "«x» and «“y” z» and “z”")
    #expect(Catalog.fill("«{missing}»", [:]) == "«{missing}»")
  }

  /// One Spanish word for one English one: a fact is a "dato" everywhere (banks header, stats, summary, help),
  /// an event of a timeline a "hecho"; the play test saw "HECHOS" in `banks` but "datos" in `stats`.
  @Test("Spanish says dato for a fact and hecho for an event, throughout")
  func factAndEventTerms() throws {
    let english = try #require(catalog.entries[.en])
    let spanish = try #require(catalog.entries[.es])
    for (key, entry) in english {
      let en = entry.forms.joined(separator: " ").lowercased()
      let es = (spanish[key]?.forms ?? []).joined(separator: " ").lowercased()
      if en.contains("fact") { #expect(!es.contains("hecho"), "\(key): \(es)") }
      if en.contains("event") { #expect(!es.contains("dato"), "\(key): \(es)") }
      if es.contains("hecho") { #expect(en.contains("event"), "\(key): \(es)") }
      if es.contains("dato") { #expect(en.contains("fact"), "\(key): \(en)") }
    }
  }
}
