/// Escaping for text and attribute values in the SVG: the five XML specials, and control characters XML 1.0
/// forbids dropped, so hostile labels can neither break out of an element nor make the document ill-formed.
enum XMLText {
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result += " "
      default:
        let value = scalar.value
        // XML 1.0's Char production leaves out the other C0 controls, surrogates (unrepresentable here) and U+FFFE/F.
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
