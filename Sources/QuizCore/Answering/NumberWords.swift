/// The spelled-out forms of whole numbers in English and Spanish, generated from the number.
///
/// Typed words are never parsed into numbers (a lenient parser read "sixty five" as 6005): the checker
/// generates every accepted spelling of the expected number and compares text. Forms are written as a careful
/// writer would, hyphens and accents included ("sixty-five", "dieciséis"); the normalizer makes "sixty five"
/// and "dieciseis" compare equal to them.
public enum NumberWords {
  /// The largest number spelled out; larger numbers are only accepted in digits.
  public static let maximum = 999_999

  /// Every accepted spelling of `number` in a language; empty when it is negative or above `maximum`.
  public static func forms(_ number: Int, in language: Language) -> [String] {
    guard (0...maximum).contains(number) else { return [] }
    return unique(language == .en ? english(number) : spanish(number))
  }

  private static func unique(_ forms: [String]) -> [String] {
    var seen: Set<String> = []
    return forms.filter { seen.insert($0).inserted }
  }

  // MARK: English

  private static let englishOnes = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  private static let englishTens = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]

  /// 0…99: "sixty-five" and "sixty five".
  private static func englishBelow100(_ n: Int) -> [String] {
    if n < 20 { return [englishOnes[n]] }
    let tens = englishTens[n / 10]
    if n % 10 == 0 { return [tens] }
    return [tens + "-" + englishOnes[n % 10], tens + " " + englishOnes[n % 10]]
  }

  /// 0…999; `leading` allows "a hundred" for the start of a phrase.
  private static func englishBelow1000(_ n: Int, leading: Bool) -> [String] {
    let hundreds = n / 100
    let rest = n % 100
    guard hundreds > 0 else { return englishBelow100(n) }
    var heads = [englishOnes[hundreds] + " hundred"]
    if hundreds == 1, leading { heads.append("a hundred") }
    return joinEnglish(heads, rest)
  }

  /// Heads followed by a rest below 100, with and without "and": "one hundred five", "a hundred and five".
  private static func joinEnglish(_ heads: [String], _ rest: Int) -> [String] {
    guard rest > 0 else { return heads }
    let tails = englishBelow100(rest)
    return heads.flatMap { head in tails.flatMap { [head + " " + $0, head + " and " + $0] } }
  }

  private static func english(_ n: Int) -> [String] {
    guard n >= 1000 else { return englishBelow1000(n, leading: true) }
    let thousands = n / 1000
    let rest = n % 1000
    var heads = englishBelow1000(thousands, leading: true).map { $0 + " thousand" }
    if thousands == 1 { heads.append("a thousand") }
    var forms: [String]
    if rest == 0 {
      forms = heads
    } else if rest < 100 {
      forms = joinEnglish(heads, rest)
    } else {
      let tails = englishBelow1000(rest, leading: false)
      forms = heads.flatMap { head in tails.map { head + " " + $0 } }
    }
    // 1100…9999 may also be said in hundreds: "fifteen hundred", "nineteen hundred and ninety-nine".
    if n < 10_000, (n / 100) % 10 != 0 {
      forms += joinEnglish(englishBelow100(n / 100).map { $0 + " hundred" }, n % 100)
    }
    return forms
  }

  // MARK: Spanish

  private static let spanishOnes = [
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
    "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
    "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
    "veintinueve",
  ]
  private static let spanishTens = [
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
  ]
  private static let spanishHundreds = [
    "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
    "ochocientos", "novecientos",
  ]

  /// A word ending in "uno" with its shortened and feminine forms: "veintiuno", "veintiún", "veintiuna".
  private static func withGender(_ word: String) -> [String] {
    guard word.hasSuffix("uno") else { return [word] }
    let stem = String(word.dropLast(3))
    return [word, stem + (stem.isEmpty ? "un" : "ún"), stem + "una"]
  }

  /// 0…99: "sesenta y cinco", "veintiuno"/"veintiún"/"veintiuna", "treinta y un", and from 31 the fused
  /// spellings the RAE accepts and Latin America uses ("noventaiséis", "treintaiún").
  private static func spanishBelow100(_ n: Int) -> [String] {
    if n < 30 { return withGender(spanishOnes[n]) }
    let tens = spanishTens[n / 10]
    if n % 10 == 0 { return [tens] }
    let ones = withGender(spanishOnes[n % 10])
    return ones.map { tens + " y " + $0 } + ones.map { tens + "i" + fusedAccent($0) }
  }

  /// A unit as the end of a fused word takes the accent of a stressed last syllable: "dós", "trés", "séis".
  private static func fusedAccent(_ word: String) -> String {
    switch word {
    case "dos": "dós"
    case "tres": "trés"
    case "seis": "séis"
    default: word
    }
  }

  /// 0…999: "cien", "ciento cinco", "quinientos", "doscientas".
  private static func spanishBelow1000(_ n: Int) -> [String] {
    let hundreds = n / 100
    let rest = n % 100
    guard hundreds > 0 else { return spanishBelow100(n) }
    if n == 100 { return ["cien"] }
    var heads = [spanishHundreds[hundreds]]
    if hundreds > 1 { heads.append(String(spanishHundreds[hundreds].dropLast(2)) + "as") }
    guard rest > 0 else { return heads }
    let tails = spanishBelow100(rest)
    return heads.flatMap { head in tails.map { head + " " + $0 } }
  }

  private static func spanish(_ n: Int) -> [String] {
    guard n >= 1000 else { return spanishBelow1000(n) }
    let thousands = n / 1000
    let rest = n % 1000
    // "mil", "dos mil", "veintiún mil" (never "un mil" or "veintiuno mil").
    let heads =
      thousands == 1
      ? ["mil"]
      : spanishBelow1000(thousands).filter { !$0.hasSuffix("uno") }.map { $0 + " mil" }
    guard rest > 0 else { return heads }
    let tails = spanishBelow1000(rest)
    return heads.flatMap { head in tails.map { head + " " + $0 } }
  }
}
