/// The marks that set off the title of a work in running text, where a terminal has no italics: Spanish uses
/// angle quotes («Una novela criminal»), English curly double quotes (“A Criminal Novel”), as the style guide
/// (`QuestionBanks/README.md`) says. Names are stored bare; the renderer adds the marks, so answers typed
/// without them still match.
public enum TitleMarks {
  /// The opening and closing mark of a title in a language.
  public static func marks(in language: Language) -> (open: String, close: String) {
    switch language {
    case .en: ("\u{201C}", "\u{201D}")
    case .es: ("\u{00AB}", "\u{00BB}")
    }
  }

  /// The title set off by its language's marks: «Una novela criminal», “A Criminal Novel”.
  public static func mark(_ title: String, in language: Language) -> String {
    let (open, close) = marks(in: language)
    return open + title + close
  }

  /// Every character that opens or closes a quotation or title in either language, which a stored name must not
  /// carry (the renderer adds the marks). Single quotes are left out: they double as apostrophes.
  public static let quotationCharacters: Set<Character> = [
    "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}",
  ]
}
