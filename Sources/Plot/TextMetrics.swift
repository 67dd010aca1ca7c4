/// Rough text widths for layout (legend boxes, y label placement): DejaVu Sans advance widths by character class, in
/// ems. Text stays `<text>`, so the browser draws it with its own font; the estimate only decides where boxes go.
enum TextMetrics {
  static func width(_ text: String, fontSize: Double) -> Double {
    var ems = 0.0
    for character in text {
      switch character {
      case "0"..."9", "\u{2212}", "+", "=", "_": ems += 0.636
      case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": ems += 0.28
      case "f", "t", "r", "(", ")", "[", "]", " ", "-": ems += 0.36
      case "m", "w", "M", "W": ems += 0.92
      case "A"..."Z": ems += 0.7
      default: ems += character.isASCII ? 0.56 : 0.8
      }
    }
    return ems * fontSize
  }
}
