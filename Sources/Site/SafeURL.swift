/// The one place that decides which URLs a page may carry and how they are written.
///
/// A browser reads an `href` after the HTML parser has decoded its entities (cmark has already decoded them in a
/// Markdown destination), then the WHATWG URL parser strips C0 controls and spaces from both ends and removes every
/// tab, line feed and carriage return before it looks for a scheme: `java&#9;script:` is `javascript:`. So the check
/// runs on that normalised text, and the page is given the normalised text too, so what was checked is what runs.
public enum SafeURL {
  /// Where a URL is used: images may also be raster `data:` URLs, which cannot run script.
  enum Use {
    case link
    case image
  }

  /// The schemes a page may link to; anything else (`javascript:`, `data:`, `file:`, `vbscript:`…) is refused.
  static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// `data:` prefixes an `<img>` may load; a browser never runs script from them.
  static let imageDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

  /// `url` as the WHATWG URL parser sees it: C0 controls and spaces stripped from both ends, tabs and newlines
  /// removed everywhere.
  public static func normalized(_ url: String) -> String {
    var scalars = Substring(url).unicodeScalars[...]
    while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
    while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
    var result = String.UnicodeScalarView()
    for scalar in scalars where scalar != "\t" && scalar != "\n" && scalar != "\r" { result.append(scalar) }
    return String(result)
  }

  /// The lowercased scheme of a normalised URL, or nil for a relative URL: an ASCII letter, then ASCII letters,
  /// digits, `+`, `-` or `.`, then `:` (the WHATWG scheme state; anything else makes the URL relative).
  public static func scheme(of url: String) -> String? {
    var scheme = ""
    for (index, byte) in url.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
        scheme.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
        guard index > 0 else { return nil }
        scheme.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: ":"):
        return index > 0 ? scheme : nil
      default:
        return nil
      }
    }
    return nil
  }

  /// Whether a normalised URL may appear on a page: relative URLs, fragments and the allowed schemes, plus raster
  /// `data:` images for `.image`.
  static func isAllowed(_ url: String, for use: Use) -> Bool {
    guard let scheme = scheme(of: url) else { return true }
    if allowedSchemes.contains(scheme) { return true }
    return use == .image
      && imageDataPrefixes.contains { url.utf8.count >= $0.utf8.count && url.lowercased().hasPrefix($0) }
  }

  /// The refusal message for a URL that `isAllowed` rejects.
  static func refusal(_ written: String, scheme: String, use: Use) -> String {
    let what = use == .image ? "image" : "link"
    return "\(what) to a '\(scheme):' URL refused: '\(visible(written))'; pages carry only http:, https:, mailto: and "
      + "relative URLs (set \"allowRawHTML\": true in book.json to allow any)"
  }

  /// The URL with the bytes a browser would percent-encode (controls, spaces) and the invisible characters that
  /// reorder text percent-encoded; not yet HTML-escaped.
  static func percentEncoded(_ url: String) -> String {
    var encoded = ""
    for scalar in url.unicodeScalars {
      if needsPercentEncoding(scalar) {
        for byte in String(scalar).utf8 { encoded += "%" + hexByte(byte) }
      } else {
        encoded.unicodeScalars.append(scalar)
      }
    }
    return encoded
  }

  /// A page file name as a relative URL: characters that would start a scheme, a query or a fragment (`:`, `?`,
  /// `#`), `%` and `/` are percent-encoded, so a chapter file named `javascript:x.md` links to its page, not to script.
  static func pagePath(_ file: String) -> String {
    var encoded = ""
    for scalar in file.unicodeScalars {
      switch scalar {
      case ":", "?", "#", "%", "/", "\\", " ", "\"", "<", ">", "`", "{", "}", "|", "^", "[", "]":
        encoded += "%" + hexByte(UInt8(scalar.value))
      default:
        if needsPercentEncoding(scalar) {
          for byte in String(scalar).utf8 { encoded += "%" + hexByte(byte) }
        } else {
          encoded.unicodeScalars.append(scalar)
        }
      }
    }
    return encoded
  }

  /// C0 controls, space, DEL, C1 controls and the bidirectional formatting characters.
  private static func needsPercentEncoding(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x20, 0x7F...0x9F, 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The text of a URL for a message, its controls spelt out and its length bounded.
  private static func visible(_ url: String) -> String {
    var text = ""
    for (count, scalar) in url.unicodeScalars.enumerated() {
      if count == 100 { return text + "…" }
      if needsPercentEncoding(scalar) && scalar != " " {
        text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  private static func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
