import QuizCore
import Testing

@testable import QuizEdge

/// ArgumentParser's usage errors in a Spanish session (the play test saw "The value 'fr' is invalid…" there).
@Suite struct UsageErrorTextTests {
  @Test(arguments: [
    (
      "The value 'fr' is invalid for '--kind <kind>'. Please provide one of 'choice', 'truefalse' or 'typed'.",
      "El valor 'fr' no es válido para '--kind <kind>'; usa uno de estos: 'choice', 'truefalse' o 'typed'."
    ),
    (
      "The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'en' and 'es'.",
      "El valor 'xx' no es válido para '--lang <lang>'; usa uno de estos: 'en' o 'es'."
    ),
    (
      "The value 'abc' is invalid for '--count <count>': it must be a whole number",
      "El valor 'abc' no es válido para '--count <count>': debe ser un número entero"
    ),
    ("Unknown option '--frob'", "Opción desconocida: '--frob'"),
    ("Unknown option '--lagn'. Did you mean '--lang'?", "Opción desconocida: '--lagn'. ¿Quisiste decir '--lang'?"),
    ("Unexpected argument 'frob'", "Argumento inesperado: 'frob'"),
    ("Missing expected argument '<file>'", "Falta el argumento '<file>'"),
    ("Missing value for '--count <count>'", "Falta el valor de '--count <count>'"),
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
        == "casequiz: error: El valor 'fr' no es válido para '--kind <kind>'; usa uno de estos: 'choice', "
        + "'truefalse', 'typed', 'number', 'date' o 'timeline'. (consulta 'casequiz play --help')\n")
    let english = try CaseQuizProcess.run(
      ["play", "--kind", "fr"], environment: CaseQuizProcess.environment(["LANG": "en_US.UTF-8"]))
    #expect(english.stderr.hasSuffix("or 'timeline'. (see 'casequiz play --help')\n"), "\(english.stderr)")
    let byLocale = try CaseQuizProcess.run(
      ["banks", "--frob"], environment: CaseQuizProcess.environment(["LANG": "es_MX.UTF-8"]))
    #expect(
      byLocale.stderr
        == "casequiz: error: Opción desconocida: '--frob'. ¿Quisiste decir '--json'? (consulta 'casequiz banks --help')\n"
    )
  }
}
