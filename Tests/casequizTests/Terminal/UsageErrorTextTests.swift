import QuizCore
import Testing

@testable import QuizEdge

/// ArgumentParser's usage errors in a Spanish session (the play test saw "The value 'fr' is invalid…" there).
@Suite struct UsageErrorTextTests {
  @Test(arguments: [
    (
      "The value 'fr' is invalid for '--kind <kind>'. Please provide one of 'choice', 'truefalse' or 'typed'.",
      "el valor 'fr' no es válido para '--kind <kind>'; usa uno de estos: 'choice', 'truefalse' o 'typed'."
    ),
    (
      "The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'.",
      "el valor 'xx' no es válido para '--lang <lang>'; usa uno de estos: 'en' o 'es'."
    ),
    (
      "The value 'abc' is invalid for '--count <count>': it must be a whole number",
      "el valor 'abc' no es válido para '--count <count>': debe ser un número entero"
    ),
    ("Unknown option '--frob'", "opción desconocida: '--frob'"),
    ("Unknown option '--lagn'. Did you mean '--lang'?", "opción desconocida: '--lagn'. ¿Quisiste decir '--lang'?"),
    ("Unexpected argument 'frob'", "argumento inesperado: 'frob'"),
    ("Missing expected argument '<file>'", "falta el argumento '<file>'"),
    ("Missing value for '--count <count>'", "falta el valor de '--count <count>'"),
    // casequiz's own checks made in `validate()`, and `help` with an unknown command.
    ("--count must be between 1 and 500, not 0", "--count debe estar entre 1 y 500, no 0"),
    (
      "casequiz profile has no command \"x\" (commands: show, list)",
      "casequiz profile no tiene ningún comando «x» (comandos: show, list)"
    ),
    ("2 unexpected arguments: 'a', 'b'", "2 argumentos inesperados: 'a', 'b'"),
    // Not one of them: left whole, in English, rather than half translated.
    ("--count must be odd", "--count must be odd"),
    (
      "The value 'x' is invalid for '--seed <seed>': something new",
      "The value 'x' is invalid for '--seed <seed>': something new"
    ),
  ])
  func spanish(english: String, spanish: String) {
    #expect(UsageErrorText.localized(english, in: .es) == spanish)
    #expect(UsageErrorText.localized(english, in: .en) == english)
  }

  @Test func endToEnd() throws {
    let output = try CaseQuizProcess.run(["play", "--kind", "fr", "--lang", "es"])
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "casequiz: error: el valor 'fr' no es válido para '--kind <kind>'; usa uno de estos: 'choice', "
        + "'truefalse', 'typed', 'number', 'date' o 'timeline'. (consulta 'casequiz play --help')\n")
    let english = try CaseQuizProcess.run(
      ["play", "--kind", "fr"], environment: CaseQuizProcess.environment(["LANG": "en_US.UTF-8"]))
    #expect(english.stderr.hasSuffix("or 'timeline'. (see 'casequiz play --help')\n"), "\(english.stderr)")
    let byLocale = try CaseQuizProcess.run(
      ["banks", "--frob"], environment: CaseQuizProcess.environment(["LANG": "es_MX.UTF-8"]))
    #expect(
      byLocale.stderr
        == "casequiz: error: opción desconocida: '--frob'. ¿Quisiste decir '--json'? (consulta 'casequiz banks --help')\n"
    )
  }
}

/// After `casequiz: error:` every message starts in lowercase, in both languages, as casequiz's catalog errors
/// always did: ArgumentParser's ("Unknown option"), their Spanish ("Opción desconocida") and the profile's
/// sentences ("Cannot read…", "No se puede leer…") started with a capital (play test).
@Suite struct ErrorTextTests {
  @Test(arguments: [
    ("Unknown option '--frob'", "unknown option '--frob'"),
    ("No se puede leer /x (no existe); no se importó nada.", "no se puede leer /x (no existe); no se importó nada."),
    ("Éste", "éste"),
    ("CASEQUIZ_LANG is \"xx\"; use en or es", "CASEQUIZ_LANG is \"xx\"; use en or es"),
    ("--count must be between 1 and 500, not 0", "--count must be between 1 and 500, not 0"),
    ("/tmp/x is a folder", "/tmp/x is a folder"),
    ("A", "A"),
    ("", ""),
  ])
  func lowercaseStart(message: String, shown: String) {
    #expect(ErrorText.afterPrefix(message) == shown)
  }

  @Test(arguments: [
    (
      ["profile", "import", "/nonexistent/p.json", "--lang", "es"],
      "casequiz: error: no se puede leer /nonexistent/p.json"
    ),
    (["profile", "import", "/nonexistent/p.json", "--lang", "en"], "casequiz: error: cannot read /nonexistent/p.json"),
    (["stats", "--frob", "--lang", "es"], "casequiz: error: opción desconocida: '--frob'"),
    (["stats", "--frob", "--lang", "en"], "casequiz: error: unknown option '--frob'"),
    (["play", "--bank", "nope", "--lang", "es"], "casequiz: error: no hay ningún banco «nope»"),
  ])
  func everyErrorStartsInLowercase(arguments: [String], start: String) throws {
    let sandbox = try ProfileSandbox()
    let output = try sandbox.run(arguments)
    #expect(output.status != 0)
    #expect(output.stderr.hasPrefix(start), "\(output.stderr)")
  }
}
