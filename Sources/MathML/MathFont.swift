/// A TeX math font command, realised with Unicode's Mathematical Alphanumeric Symbols because MathML Core
/// renders `mathvariant` only as `normal`.
enum MathFont: Equatable {
  /// `\mathrm`, `\operatorname`: upright letters.
  case roman
  /// `\mathbf`: upright bold.
  case bold
  /// `\mathit`: italic.
  case italic
  /// `\boldsymbol`, `\bm`: bold italic.
  case boldItalic
  /// `\mathbb`: double-struck.
  case doubleStruck
  /// `\mathcal`, `\mathscr`: script.
  case script
  /// `\mathfrak`: fraktur.
  case fraktur
  /// `\mathsf`: sans-serif.
  case sansSerif
  /// `\mathtt`: monospace.
  case monospace

  /// The font commands that take one argument.
  static let commands: [String: MathFont] = [
    "mathrm": .roman, "mathbf": .bold, "mathit": .italic, "boldsymbol": .boldItalic, "bm": .boldItalic,
    "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur, "mathsf": .sansSerif,
    "mathtt": .monospace,
  ]

  /// First code points of the capital letters, small letters and digits of each alphabet (`nil`: no such block).
  private var starts: (capital: UInt32, small: UInt32, digit: UInt32?)? {
    switch self {
    case .roman: nil
    case .bold: (0x1D400, 0x1D41A, 0x1D7CE)
    case .italic: (0x1D434, 0x1D44E, nil)
    case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE)
    case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8)
    case .script: (0x1D49C, 0x1D4B6, nil)
    case .fraktur: (0x1D504, 0x1D51E, nil)
    case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2)
    case .monospace: (0x1D670, 0x1D68A, 0x1D7F6)
    }
  }

  /// Letters that Unicode encodes outside the alphabet blocks, leaving holes there.
  private var exceptions: [Character: Character] {
    switch self {
    case .italic: ["h": "ℎ"]
    case .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
    case .script:
      [
        "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ",
        "o": "ℴ",
      ]
    case .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
    default: [:]
    }
  }

  /// The character in this font, or the character itself when the font has no form of it.
  func apply(to character: Character) -> Character {
    if let exception = exceptions[character] { return exception }
    guard let starts, let ascii = character.asciiValue else { return character }
    let value = UInt32(ascii)
    let mapped: UInt32
    switch ascii {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): mapped = starts.capital + value - UInt32(UInt8(ascii: "A"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): mapped = starts.small + value - UInt32(UInt8(ascii: "a"))
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      guard let digit = starts.digit else { return character }
      mapped = digit + value - UInt32(UInt8(ascii: "0"))
    default: return character
    }
    return Unicode.Scalar(mapped).map(Character.init) ?? character
  }
}
