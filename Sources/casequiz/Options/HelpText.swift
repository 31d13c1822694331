import Foundation
import QuizCore
import QuizEdge

/// The help of every command (`--help`, `help NAME`) in the session's language.
///
/// ArgumentParser builds help from each command's `configuration` and from the `help:` of its options when it
/// is asked for it, so both go through ``t(_:)``: `configuration` is computed, and option help is evaluated each
/// time a command's arguments are read. ``language`` is set once, before parsing, and only when help was asked
/// for (a game starts without reading anything more). ArgumentParser's own words (`OVERVIEW:`, `USAGE:`,
/// `(default: …)`) are replaced in the finished text by ``localizedFrame(_:)``.
enum HelpText {
  /// The language help is shown in; set by `CaseQuiz.main` before parsing a command line that asks for help.
  nonisolated(unsafe) static var language: Language = .en
  /// The English texts asked for in Spanish that have no translation (for the test that keeps the table whole).
  nonisolated(unsafe) static var untranslated: Set<String> = []

  /// `english` in ``language``.
  static func t(_ english: String) -> String {
    guard language == .es else { return english }
    guard let spanish = spanish[english] else {
      untranslated.insert(english)
      return english
    }
    return spanish
  }

  /// Whether these arguments ask for help: `-h`, `--help` or the `help` command.
  static func isRequested(_ arguments: [String]) -> Bool {
    arguments.first == "help" || arguments.contains("--help") || arguments.contains("-h")
  }

  /// The widest growth of a line when ``localizedFrame(_:)`` puts ArgumentParser's words in Spanish
  /// (`(valores: …; predeterminado: …)` is 8 columns wider than `(values: …; default: …)`).
  static let spanishGrowth = 8

  /// In Spanish, has ArgumentParser wrap its help that much narrower (through `COLUMNS`, which it reads before
  /// the terminal's width), so that the lines still fit the terminal once its words are replaced.
  static func narrowForSpanish(_ environment: [String: String]) {
    guard language == .es else { return }
    let width = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? TerminalInfo.width()
    setenv("COLUMNS", String(max(40, width - spanishGrowth)), 1)
  }

  /// ArgumentParser's own words in a finished help text, in ``language``.
  static func localizedFrame(_ text: String) -> String {
    guard language == .es else { return text }
    var result = text
    for (english, spanish) in frame { result = result.replacingOccurrences(of: english, with: spanish) }
    return result
  }

  static let frame: [(String, String)] = [
    ("OVERVIEW:", "DESCRIPCIÓN:"), ("USAGE:", "USO:"), ("ARGUMENTS:", "ARGUMENTOS:"), ("OPTIONS:", "OPCIONES:"),
    ("SUBCOMMANDS:", "SUBCOMANDOS:"), ("Show help information.", "Muestra esta ayuda."),
    ("Show the version.", "Muestra la versión."),
    (
      "See 'casequiz help <subcommand>' for detailed help.",
      "Consulta 'casequiz help <subcomando>' para ver la ayuda detallada."
    ),
    ("(default:", "(predeterminado:"), ("; default:", "; predeterminado:"), ("(values:", "(valores:"),
    (" (default)", " (predeterminado)"),
  ]

  static let bankDefault = "(default: $CASEQUIZ_BANK, the bank last played, then the first bank found)."
  static let bankDefaultES =
    "(predeterminado: $CASEQUIZ_BANK, el último banco jugado y luego el primero que se encuentre)."
  static let kinds = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")

  /// The Spanish of every help text, by its English.
  static let spanish: [String: String] = [
    // casequiz
    "A bilingual (English/Spanish) quiz game about real cases, generated from sourced facts.":
      "Un juego de preguntas bilingüe (inglés y español) sobre casos reales, generado a partir de datos con fuente.",
    // Shared options
    "The folder holding QuestionBanks/ (default: $CASEQUIZ_DATA_DIR, then the installed or bundled data).":
      "La carpeta que contiene QuestionBanks/ (predeterminado: $CASEQUIZ_DATA_DIR y luego los datos instalados o incluidos).",
    "The language: en or es (default: $CASEQUIZ_LANG, the profile's, then the locale's).":
      "El idioma: en o es (predeterminado: $CASEQUIZ_LANG, el del perfil y luego el de la configuración regional).",
    "The profile: letters, digits, - and _.": "El perfil: letras, dígitos, - y _.",
    "Use colors: auto, always or never.": "Usar colores: auto, always o never.",
    "Only questions of this kind: \(kinds). Repeatable.":
      "Solo preguntas de este tipo: \(kinds). Se puede repetir.",
    "Only questions of this topic: its id or its name (`casequiz study` lists them). Repeatable.":
      "Solo preguntas de este tema: su id o su nombre (`casequiz study` los muestra). Se puede repetir.",
    // play, review
    "Play a game on a bank (the default command).": "Jugar una partida con un banco (el comando predeterminado).",
    """
    Examples: casequiz play --lang es --count 5
              casequiz play --kind typed --seed 42
              casequiz play --bank <bank> --topic <topic>
              (casequiz banks lists the banks, casequiz study the topics)
    Type :help during the game for the commands and the scoring rules.
    """: """
    Ejemplos: casequiz play --lang es --count 5
              casequiz play --kind typed --seed 42
              casequiz play --bank <banco> --topic <tema>
              (casequiz banks: los bancos; casequiz study: los temas)
    Durante la partida, escribe :ayuda para ver los comandos y las reglas de puntuación.
    """,
    "The bank to play \(bankDefault)": "El banco con el que jugar \(bankDefaultES)",
    "How many questions, from 1 to \(GameSettings.maximumCount) (default: \(GameSettings.defaultCount) in play; in review, every question due or missed).":
      "Cuántas preguntas, de 1 a \(GameSettings.maximumCount) (predeterminado: \(GameSettings.defaultCount) en play; en review, todas las pendientes o falladas).",
    "Play the same game again: the same seed asks the same questions in the same order.":
      "Volver a jugar la misma partida: la misma semilla hace las mismas preguntas en el mismo orden.",
    "No streak bonus.": "Sin bonificación por racha.",
    "Add a speed bonus that shrinks with the time taken.":
      "Agregar una bonificación por rapidez que disminuye con el tiempo que tardas.",
    "Do not ask a missed question again before the end of the game.":
      "No volver a hacer una pregunta fallada antes del final de la partida.",
    "Speak JSON Lines on stdout and read one answer or command per line on stdin (see the README).":
      "Escribir JSON Lines en la salida estándar y leer una respuesta o un comando por línea de la entrada estándar (consulta el README).",
    "Review the questions that are due (spaced repetition), or drill the ones you missed.":
      "Repasar las preguntas pendientes (repetición espaciada) o practicar las que fallaste.",
    "Examples: casequiz review\n          casequiz review --missed --lang es\n          casequiz review --list":
      "Ejemplos: casequiz review\n          casequiz review --missed --lang es\n          casequiz review --list",
    "Drill every question ever missed and not answered right since, due or not.":
      "Practicar todas las preguntas falladas alguna vez y no respondidas bien desde entonces, pendientes o no.",
    "Print the missed questions with their right answers instead of playing.":
      "Mostrar las preguntas falladas con sus respuestas correctas en lugar de jugar.",
    // banks, lint, questions, study, export
    "List the question banks found: id, title, facts, entities and languages.":
      "Mostrar los bancos de preguntas encontrados: id, título, datos, entidades e idiomas.",
    "Print the list as JSON.": "Mostrar la lista en JSON.",
    "Check question banks: JSON, ids, references, value types, templates, quotes and texts.":
      "Revisar bancos de preguntas: JSON, ids, referencias, tipos de valor, plantillas, citas y textos.",
    "Prints each problem as 'path:line:column: error: message', then a count. Exits with 0 when no errors were found, 1 otherwise; with --strict, warnings fail too. The problems are said in English, in the form editors and scripts read; the count and the command's own errors follow --lang.":
      "Muestra cada problema como 'ruta:línea:columna: error: mensaje' y luego un recuento. Termina con 0 si no encontró errores y con 1 si los hay; con --strict, las advertencias también fallan. Los problemas se dicen en inglés, en la forma que leen los editores y los scripts; el recuento y los errores del propio comando siguen --lang.",
    "Bank folders or bank.json files (default: every bank found).":
      "Carpetas de bancos o archivos bank.json (predeterminado: todos los bancos que se encuentren).",
    "Fail on warnings as well as errors.": "Fallar también con advertencias, no solo con errores.",
    "Print every question a bank generates, with answers and sources (for bank authors).":
      "Mostrar todas las preguntas que genera un banco, con respuestas y fuentes (para quienes escriben bancos).",
    "Example: casequiz questions --lang es --kind choice --kind timeline":
      "Ejemplo: casequiz questions --lang es --kind choice --kind timeline",
    "The bank to read \(bankDefault)": "El banco que leer \(bankDefaultES)",
    "The language: en, es or all (default: from the environment).":
      "El idioma: en, es o all (predeterminado: el del entorno).",
    "The seed that chooses distractors and shown orders (default: 0).":
      "La semilla que elige los distractores y el orden en que se muestran (predeterminado: 0).",
    "Print JSON Lines: id, kind, lang, topic, prompt, options, answer, accepted, facts, source.":
      "Mostrar JSON Lines: id, kind, lang, topic, prompt, options, answer, accepted, facts, source.",
    "Read the case: a timeline, then every fact by topic with the quote it rests on.":
      "Leer el caso: una cronología y luego cada dato por tema, con la cita en que se apoya.",
    "Examples: casequiz study --both\n          casequiz study --bank <bank> --topic <topic>":
      "Ejemplos: casequiz study --both\n          casequiz study --bank <banco> --topic <tema>",
    "Show English and Spanish side by side (one under the other on narrow terminals).":
      "Mostrar inglés y español lado a lado (uno debajo del otro en terminales angostas).",
    "Only this topic: its id (shown beside each heading of the study view) or its name in either language.":
      "Solo este tema: su id (se muestra junto a cada encabezado de study) o su nombre en cualquiera de los dos idiomas.",
    "Write a bank's questions as flashcards: an Anki deck (TSV) or two plain columns (Quizlet).":
      "Escribir las preguntas de un banco como tarjetas: un mazo de Anki (TSV) o dos columnas simples (Quizlet).",
    "Anki: File › Import the file; the notes are Basic, in the deck casequiz::<the bank's title, in the export's language>, tagged by topic, kind and language. Quizlet: paste or import it with Tab between term and definition, a new line between cards.\nExamples: casequiz export deck.tsv --both\n          casequiz export deck.txt --format plain --lang es":
      "Anki: Archivo › Importar el archivo; las notas son de tipo Básico, en el mazo casequiz::<el título del banco, en el idioma de la exportación>, con etiquetas de tema, tipo e idioma. Quizlet: pégalo o impórtalo con Tab entre término y definición y un salto de línea entre tarjetas.\nEjemplos: casequiz export deck.tsv --both\n          casequiz export deck.txt --format plain --lang es",
    "The file to write, or - for standard output.": "El archivo que escribir, o - para la salida estándar.",
    "The bank to export \(bankDefault)": "El banco que exportar \(bankDefaultES)",
    "Both languages: every question in English and in Spanish.":
      "Los dos idiomas: cada pregunta en inglés y en español.",
    "anki (tab-separated, with Anki's header lines and HTML) or plain (two columns).":
      "anki (separado por tabulaciones, con las líneas de encabezado de Anki y HTML) o plain (dos columnas).",
    "The seed that decides distractors and shown orders.":
      "La semilla que decide los distractores y el orden en que se muestran.",
    "Replace the file if it exists.": "Reemplazar el archivo si ya existe.",
    // profile
    "Show, list, export, import or reset player profiles.":
      "Mostrar, listar, exportar, importar o reiniciar perfiles de jugador.",
    "Profiles live in $XDG_DATA_HOME/casequiz/profiles (default ~/.local/share/casequiz/profiles): <name>.json is the profile, <name>.journal the answers since it was last written, <name>.history.jsonl every earlier answer.":
      "Los perfiles están en $XDG_DATA_HOME/casequiz/profiles (predeterminado: ~/.local/share/casequiz/profiles): <nombre>.json es el perfil; <nombre>.journal, las respuestas desde que se escribió por última vez, y <nombre>.history.jsonl, todas las respuestas anteriores.",
    "Write the profile to a JSON file (refusing to overwrite one unless --force).":
      "Escribir el perfil en un archivo JSON (sin reemplazar uno existente salvo con --force).",
    "The file to write.": "El archivo que escribir.",
    "Overwrite the file if it exists.": "Reemplazar el archivo si ya existe.",
    "Add a profile file's games to the profile, after checking it; keeps a backup.":
      "Sumar al perfil las partidas de un archivo de perfil, después de revisarlo; conserva una copia de seguridad.",
    "The profile file to import (as written by export, by an older version, or a profile's .json).":
      "El archivo de perfil que importar (como lo escribe export, una versión anterior o el .json de un perfil).",
    "Replace the profile with the file instead of adding the file's games to it.":
      "Reemplazar el perfil por el archivo en lugar de sumarle sus partidas.",
    "List the profiles.": "Mostrar la lista de perfiles.",
    "Print the path of the profile file (it may not exist yet).":
      "Mostrar la ruta del archivo del perfil (puede que aún no exista).",
    "Record events given as JSON lines on standard input.":
      "Registrar eventos dados como líneas JSON en la entrada estándar.",
    "Also compact after every N events.": "Compactar también cada N eventos.",
    "Do not compact at the end.": "No compactar al final.",
    "Start a profile over: answers, games and reviews are cleared (preferences kept); keeps a backup.":
      "Empezar de nuevo un perfil: se borran respuestas, partidas y repasos (se mantienen las preferencias); conserva una copia de seguridad.",
    "Asks for confirmation on a terminal (yes, y, sí or s, in either language); any other answer changes nothing and exits with status 0, as rm -i and git clean -i do: declining is a choice, not a failure. --yes confirms beforehand, and is needed when standard input is not a terminal (without it the command fails with status 1). A profile written by a newer casequiz is refused unless --force: its files are then kept, untouched, as <name>.newer-<time>.json (.journal, .history.jsonl) and a new profile starts.":
      "En una terminal pide confirmación (yes, y, sí o s, en cualquiera de los dos idiomas); cualquier otra respuesta no cambia nada y termina con estado 0, como rm -i y git clean -i: decir que no es una decisión, no un fallo. --yes confirma de antemano, y es necesario cuando la entrada estándar no es una terminal (sin él, el comando falla con estado 1). Un perfil escrito por un casequiz más reciente se rechaza salvo con --force: sus archivos se conservan entonces intactos como <nombre>.newer-<hora>.json (.journal, .history.jsonl) y se empieza un perfil nuevo.",
    "Do not ask for confirmation.": "No pedir confirmación.",
    "Also start over a profile written by a newer casequiz, keeping its files aside.":
      "Empezar de nuevo también un perfil escrito por un casequiz más reciente, conservando aparte sus archivos.",
    "Summarize a profile: preferences, answers, games and reviews due.":
      "Resumir un perfil: preferencias, respuestas, partidas y repasos pendientes.",
    // stats
    "Show statistics: accuracy by topic, kind and language, scores, streaks, reviews due, most missed.":
      "Mostrar estadísticas: aciertos por tema, tipo e idioma, puntuaciones, rachas, repasos pendientes y las más falladas.",
    "Charts use Unicode blocks, or ASCII when the locale is not UTF-8 or TERM=dumb.":
      "Los gráficos usan bloques Unicode, o ASCII cuando la configuración regional no es UTF-8 o TERM=dumb.",
    "Only this bank (default: every bank played).": "Solo este banco (predeterminado: todos los bancos jugados).",
    "Print the statistics as one JSON object.": "Mostrar las estadísticas como un objeto JSON.",
  ]
}
