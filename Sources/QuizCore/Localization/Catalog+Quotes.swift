import Foundation

extension Catalog {
  /// Whether a reader of `language` is shown the translation of a quote written in `original`: always when
  /// the quote is in the other language, and with `:both` when it is in the reader's own.
  public static func showsTranslation(of original: Language, to language: Language, showBoth: Bool) -> Bool {
    original != language || showBoth
  }

  /// The line that shows the translation of a quote written in `original` to a reader of `language`,
  /// labelled by the language the translation is in ("In English: “…”", "En inglés: «…»"); `nil` when
  /// ``showsTranslation(of:to:showBoth:)`` says it is not shown.
  public func quoteTranslation(
    _ translation: String, of original: Language, in language: Language, showBoth: Bool
  ) -> String? {
    guard Self.showsTranslation(of: original, to: language, showBoth: showBoth) else { return nil }
    return string("info.sourceIn." + original.other.rawValue, in: language, ["quote": translation])
  }
}
