import MarkupText

/// Escaping and character facts for writing MathML text.
enum XMLText {
  /// Escapes the XML specials, and spells invisible and combining characters as references so the markup shows
  /// them.
  static func escape(_ text: String) -> String {
    MarkupText.escaped(text, options: [.spellsInvisibleCharacters])
  }

  /// Whether MathML Core's automatic italic (`text-transform: math-auto`) would slant this one-character `<mi>`:
  /// Latin and Greek letters, dotless i and j, ∂ and ∇ (MathML Core §"italic mappings").
  static func isSlantedByDefault(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return false }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C9: return true
    case 0x131, 0x237, 0x2202, 0x2207, 0x3F4, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6: return true
    default: return false
    }
  }
}
