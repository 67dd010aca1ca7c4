/// Escaping for text written into HTML, SVG and MathML: the one place that decides how user text becomes markup, so
/// no writer can escape less than another.
public enum MarkupText {
  /// What escaping does beyond the five XML specials, which it always writes as entities.
  public struct Options: OptionSet, Sendable {
    /// The option bits.
    public let rawValue: Int

    /// Makes options from their bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Leaves out what XML 1.0's `Char` production forbids (C0 controls other than tab, line feed and carriage
    /// return; U+FFFE and U+FFFF), so hostile text cannot make an SVG ill-formed.
    public static let dropsForbiddenCharacters = Options(rawValue: 1 << 0)
    /// Writes tab, line feed and carriage return as a space, as an attribute value's normalisation would.
    public static let foldsLineBreaks = Options(rawValue: 1 << 1)
    /// Spells a no-break space, U+2061 (function application) and combining marks U+0300–U+036F as numeric
    /// references, so the markup shows where they are.
    public static let spellsInvisibleCharacters = Options(rawValue: 1 << 2)
  }

  /// `text` with `&`, `<`, `>`, `"` and `'` as entities, one Unicode scalar at a time (a `"` carrying a combining
  /// mark is still escaped), safe in element content and in single- or double-quoted attribute values.
  public static func escaped(_ text: String, options: Options = []) -> String {
    // Most text written into a page (code, prose, class names) needs no change: return it without copying. Without
    // options only the five ASCII specials change, so the bytes can be escaped without decoding scalars.
    if options.isEmpty { return escapedSpecials(text) }
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) && !isSpecial($0) }) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r":
        if options.contains(.foldsLineBreaks) { result += " " } else { result.unicodeScalars.append(scalar) }
      case "\u{A0}", "\u{2061}", "\u{300}"..."\u{36F}":
        if options.contains(.spellsInvisibleCharacters) {
          result += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
        } else {
          result.unicodeScalars.append(scalar)
        }
      default:
        if options.contains(.dropsForbiddenCharacters) && isForbiddenInXML(scalar) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` with only the five XML specials replaced, working on UTF-8 bytes (each special is one ASCII byte, which
  /// never occurs inside a multi-byte sequence).
  private static func escapedSpecials(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(where: isSpecial) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 16)
    bytes.append(contentsOf: utf8[..<first])
    for byte in utf8[first...] {
      switch byte {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isSpecial(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
      || byte == UInt8(ascii: "'")
  }

  static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x9 || value == 0xA || value == 0xD { return false }
    return value < 0x20 || value == 0xFFFE || value == 0xFFFF
  }
}
