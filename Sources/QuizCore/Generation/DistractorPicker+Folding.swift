// The keys `DistractorPicker.normalized` gives to Latin letters, as literals, so that names with accents are
// compared without Foundation at start-up. Each entry is what Foundation's folding (case and diacritics, no
// locale) followed by keeping only `CharacterSet.alphanumerics` gives for that one scalar: "É" is "e", "ß" is
// "ss", "ñ" is "n", "×" is "". `DistractorRuleTests` checks every entry, and mixed strings, against Foundation.
extension DistractorPicker {
  /// The key of one scalar from the tables, or `nil` outside them (then the whole text goes through Foundation).
  static func latinFold(_ value: UInt32) -> String? {
    switch value {
    case 0x0080...0x024F: latinFoldsFrom80[Int(value - 0x0080)]
    case 0x1E00...0x1EFF: latinFoldsFrom1E00[Int(value - 0x1E00)]
    default: nil
    }
  }

  /// U+0080 to U+024F, one entry per scalar.
  static let latinFoldsFrom80: [String] = [
    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "\u{AA}", "", "", "", "", "", "", "", "\u{B2}", "\u{B3}",
    "", "\u{3BC}", "", "", "", "\u{B9}", "\u{BA}", "", "\u{BC}", "\u{BD}", "\u{BE}", "", "a", "a", "a", "a", "a", "a",
    "\u{E6}", "c", "e", "e", "e", "e", "i", "i", "i", "i", "\u{F0}", "n", "o", "o", "o", "o", "o", "", "\u{F8}", "u",
    "u", "u", "u", "y", "\u{FE}", "ss", "a", "a", "a", "a", "a", "a", "\u{E6}", "c", "e", "e", "e", "e", "i", "i",
    "i", "i", "\u{F0}", "n", "o", "o", "o", "o", "o", "", "\u{F8}", "u", "u", "u", "u", "y", "\u{FE}", "y", "a", "a",
    "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", "\u{111}", "\u{111}", "e", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "\u{127}", "\u{127}", "i", "i",
    "i", "i", "i", "i", "i", "i", "i", "\u{131}", "\u{133}", "\u{133}", "j", "j", "k", "k", "\u{138}", "l", "l", "l",
    "l", "l", "l", "\u{140}", "\u{140}", "\u{142}", "\u{142}", "n", "n", "n", "n", "n", "n", "\u{2BC}n", "\u{14B}",
    "\u{14B}", "o", "o", "o", "o", "o", "o", "\u{153}", "\u{153}", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s",
    "s", "s", "s", "s", "t", "t", "t", "t", "\u{167}", "\u{167}", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s", "\u{180}", "\u{253}", "\u{183}", "\u{183}",
    "\u{185}", "\u{185}", "\u{254}", "\u{188}", "\u{188}", "\u{256}", "\u{257}", "\u{18C}", "\u{18C}", "\u{18D}",
    "\u{1DD}", "\u{259}", "\u{25B}", "\u{192}", "\u{192}", "\u{260}", "\u{263}", "\u{195}", "\u{269}", "\u{268}",
    "\u{199}", "\u{199}", "\u{19A}", "\u{19B}", "\u{26F}", "\u{272}", "\u{19E}", "\u{275}", "o", "o", "\u{1A3}",
    "\u{1A3}", "\u{1A5}", "\u{1A5}", "\u{280}", "\u{1A8}", "\u{1A8}", "\u{283}", "\u{1AA}", "\u{1AB}", "\u{1AD}",
    "\u{1AD}", "\u{288}", "u", "u", "\u{28A}", "\u{28B}", "\u{1B4}", "\u{1B4}", "\u{1B6}", "\u{1B6}", "\u{292}",
    "\u{1B9}", "\u{1B9}", "\u{1BA}", "\u{1BB}", "\u{1BD}", "\u{1BD}", "\u{1BE}", "\u{1BF}", "\u{1C0}", "\u{1C1}",
    "\u{1C2}", "\u{1C3}", "\u{1C6}", "\u{1C6}", "\u{1C6}", "\u{1C9}", "\u{1C9}", "\u{1C9}", "\u{1CC}", "\u{1CC}",
    "\u{1CC}", "a", "a", "i", "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "\u{1DD}", "a", "a",
    "a", "a", "\u{E6}", "\u{E6}", "\u{1E5}", "\u{1E5}", "g", "g", "k", "k", "o", "o", "o", "o", "\u{292}", "\u{292}",
    "j", "\u{1F3}", "\u{1F3}", "\u{1F3}", "g", "g", "\u{195}", "\u{1BF}", "n", "n", "a", "a", "\u{E6}", "\u{E6}",
    "\u{F8}", "\u{F8}", "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o", "r", "r", "r",
    "r", "u", "u", "u", "u", "s", "s", "t", "t", "\u{21D}", "\u{21D}", "h", "h", "\u{19E}", "\u{221}", "\u{223}",
    "\u{223}", "\u{225}", "\u{225}", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y", "\u{234}",
    "\u{235}", "\u{236}", "\u{237}", "\u{238}", "\u{239}", "\u{2C65}", "\u{23C}", "\u{23C}", "\u{19A}", "\u{2C66}",
    "\u{23F}", "\u{240}", "\u{242}", "\u{242}", "\u{180}", "\u{289}", "\u{28C}", "\u{247}", "\u{247}", "\u{249}",
    "\u{249}", "\u{24B}", "\u{24B}", "\u{24D}", "\u{24D}", "\u{24F}", "\u{24F}",
  ]
  /// U+1E00 to U+1EFF, one entry per scalar.
  static let latinFoldsFrom1E00: [String] = [
    "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "f", "f", "g", "g", "h", "h", "h", "h", "h", "h", "h", "h", "h", "h", "i", "i",
    "i", "i", "k", "k", "k", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "m", "m", "m", "m", "m", "m", "n",
    "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "o", "o", "p", "p", "p", "p", "r", "r", "r", "r",
    "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "t", "t", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "v", "v", "v", "v", "w", "w", "w", "w", "w", "w", "w", "w", "w", "w",
    "x", "x", "x", "x", "y", "y", "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", "a\u{2BE}", "s", "\u{1E9C}",
    "\u{1E9D}", "ss", "\u{1E9F}", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a",
    "a", "a", "a", "a", "a", "a", "a", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e",
    "i", "i", "i", "i", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o",
    "o", "o", "o", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "y", "y", "y", "y",
    "y", "y", "y", "y", "\u{1EFB}", "\u{1EFB}", "\u{1EFD}", "\u{1EFD}", "\u{1EFF}", "\u{1EFF}",
  ]
}
