import Testing

@testable import QuizCore

/// The style checks find each defect issue 13 reported, and pass the corrected wording.
@Suite("Style checks")
struct StyleCheckTests {
  static let titles = ["A Criminal Novel", "Una novela criminal", "A Kidnapping Scandal: The Florence Cassez Affair"]

  @Test(
    "unmarked titles are found; marked ones pass",
    arguments: [
      ("¿Quién escribió Una novela criminal?", ["Una novela criminal"]),
      (
        "Which book is A Kidnapping Scandal: The Florence Cassez Affair based on?",
        ["A Kidnapping Scandal: The Florence Cassez Affair"]
      ),
      ("Book by Jorge Volpi, originally titled Una novela criminal, on which…", ["Una novela criminal"]),
      ("¿Quién escribió «Una novela criminal»?", []),
      ("Which book is “A Kidnapping Scandal: The Florence Cassez Affair” based on?", []),
      ("Book by Jorge Volpi, originally titled “Una novela criminal,” on which…", []),
    ])
  func titles(text: String, found: [String]) {
    #expect(StyleCheck.unmarkedTitles(in: text, titles: Self.titles) == found)
  }

  @Test(
    "small figures before a word are found; words, dates and large numbers pass",
    arguments: [
      ("Durante el operativo, el FBI mexicano rescató a 3 personas de su cautiverio.", ["3 personas de"]),
      ("During the raid, the Mexican FBI rescued 1 person from captivity.", ["1 person from"]),
      ("el FBI mexicano rescató a tres personas de su cautiverio.", []),
      ("Florence Cassez fue detenida el 8 de diciembre de 2005.", []),
      ("Florence Cassez was sentenced to 96 years in prison.", []),
      ("Time: 1:15", []),
      ("Scoring: true/false 5 points, multiple choice 10, number and date 15.", []),
      ("the file is not UTF-8 text", []),
    ])
  func smallFigures(text: String, found: [String]) {
    #expect(StyleCheck.smallFigures(in: text) == found)
  }

  @Test(
    "a word or sentence said twice is found",
    arguments: [
      ("Hint: Hint: b comes first.", ["Hint: Hint"], [String]()),
      ("Pista: Pista: b va primero.", ["Pista: Pista"], []),
      ("Game mix (default: default). (default: default)", ["default: default", "default: default"], []),
      (
        "Florence Cassez conoció a Israel Vallarta. Florence Cassez conoció a Israel Vallarta.", [],
        ["florence cassez conoció a israel vallarta"]
      ),
      ("Pista: primero va el hecho b.", [], []),
      ("Florence Cassez conoció a Israel Vallarta en 2003.", [], []),
    ])
  func repeats(text: String, words: [String], sentences: [String]) {
    #expect(StyleCheck.doubledWords(in: text) == words)
    #expect(StyleCheck.repeatedSentences(in: text) == sentences)
  }

  @Test(
    "the wording issue 13 replaced is found again if it comes back",
    arguments: [
      "¿A qué país quedó libre para volar Florence Cassez al salir de prisión?",
      "Durante años, los abogados de Florence Cassez han argumentado que la estaban usando como chivo expiatorio.",
      "Según la BBC, el caso contra Florence Cassez se desechó porque se violaron sus derechos legales y humanos.",
      "¿Qué institución aceptó la solicitud de liberación de Florence Cassez?",
      "Según se informa, el FBI procedió a escenificar un operativo simulado",
      "¿Cómo calificó Florence Cassez su liberación en una declaración a los reporteros?",
      "La detención y la condena de Florence Cassez generaron una intensa tensión entre México y Francia.",
      "Florence Cassez vino a México a visitar a su madre y a su padre.",
      "¿Adónde fue llevada Florence Cassez tras la detención?",
      "¿Quién, entonces presidente de Francia, recibió a Florence Cassez tras su liberación?",
      "la recibió en el Palacio del Elíseo",
      "Florence Cassez fue acusada de portación ilegal de armas en México.",
      "En las palabras que cita el artículo, jurídicamente no se le considera «ni culpable ni inocente»",
      "Escribe tu respuesta y pulsa Intro.", "{path} ya existe; añade --force para sobrescribirlo.",
      ":saltar (:skip)     pasa de esta pregunta", "En parte correcto: el 67 % de los pares en orden.",
      "{count} en parte correctas", "(3 seguidas)", "Pregunta saltada.", "La próxima pregunta estará pendiente mañana.",
      "una cronología en parte correcta gana su parte", "Elige una de estas: a, b.",
      "En cuanto a los cargos penales en su contra, Florence Cassez los ha negado hasta la fecha.",
      "¿Cómo calificó Florence Cassez su liberación en declaraciones a la prensa?",
      "Leído como 8 de diciembre de 2005.",
      "Aceptado en el otro idioma; en español: México.", "Se ignora la preposición: 60 años.",
    ])
  func avoidedSpanish(text: String) {
    #expect(!StyleCheck.avoidedPhrases(in: text, language: .es).isEmpty, "\(text)")
  }

  @Test(
    "the replacements pass",
    arguments: [
      "¿A qué país pudo viajar Florence Cassez al salir de prisión?", "Escribe tu respuesta y presiona Enter.",
      "Parcialmente correcta: el 67 % de los pares está en orden.", "(racha de 3)", "Pregunta omitida.",
      "El próximo repaso será mañana.", "Elige una de estas opciones: a, b.", "Esto impulsa la introducción.",
    ])
  func cleanSpanish(text: String) {
    #expect(StyleCheck.avoidedPhrases(in: text, language: .es).isEmpty, "\(text)")
  }

  @Test(
    "hedges are recognized",
    arguments: [
      ("According to the article, the Mexican FBI rescued three people.", Language.en, true),
      ("During the raid, the Mexican FBI rescued three people.", .en, false),
      ("Según el artículo, el FBI mexicano rescató a tres personas.", .es, true),
      ("Durante el operativo, el FBI mexicano rescató a tres personas.", .es, false),
    ])
  func hedges(text: String, language: Language, hedged: Bool) {
    #expect(StyleCheck.isHedged(text, language: language) == hedged)
  }
}
