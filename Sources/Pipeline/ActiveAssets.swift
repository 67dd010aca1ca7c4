import Foundation

/// Linked files a browser would open as a document that runs script, refused unless the book sets `allowRawHTML`.
///
/// A file a chapter links to or embeds is copied into the site, where anyone can open it by its address: an HTML,
/// XHTML or XML file, or an SVG with a script, runs that script with the site's origin, which is exactly what
/// dropping raw HTML from the Markdown keeps out. Such files are known by their extension, whatever its case (static
/// servers map `.HTML` and `.Htm` to HTML too), and a file without one is refused when it starts like markup (a
/// server without a type for it lets the browser sniff). An SVG is an image tutorials use, so it is read instead:
/// one with script, event attributes, foreign HTML, entity declarations, style sheets by processing instruction, or
/// a URL other than http(s), mailto or a raster image `data:` (entities decoded, tabs and newlines removed, as a
/// browser reads a URL) is refused, naming what was found.
enum ActiveAssets {
  /// Extensions of documents a browser renders with script: HTML, XHTML, XML and its style sheets, web archives and
  /// compressed SVG (which cannot be read without unpacking it).
  static let documentExtensions: Set<String> = [
    "htm", "html", "xhtml", "xht", "shtml", "xml", "xsl", "xslt", "mht", "mhtml", "svgz", "hta",
  ]

  /// `data:` URLs an SVG may hold: raster images, which run no script (matplotlib embeds `imshow` pictures so).
  static let rasterDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

  /// Why a linked file at `path` with these bytes could run script on the site, or nil when it cannot.
  static func refusal(path: String, bytes: [UInt8]) -> String? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let dot = name.lastIndex(of: ".")
    let fileExtension = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
    if documentExtensions.contains(fileExtension) {
      return "a '.\(fileExtension)' file opens as a page that can run script"
    }
    if fileExtension == "svg" {
      return svgRefusal(bytes).map { "an SVG with \($0) can run script when opened" }
    }
    if dot == nil, let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) }), first == 0x3C {
      return "a file without an extension that starts with '<' may be sniffed as a page"
    }
    return nil
  }

  /// What in an SVG could run script, or nil.
  static func svgRefusal(_ bytes: [UInt8]) -> String? {
    // What follows reads UTF-8; an XML parser also reads UTF-16 (by its byte-order mark or its first bytes) and
    // the encodings an XML declaration names, in which `<script` has other bytes.
    if bytes.contains(0) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
      return "an encoding other than UTF-8"
    }
    let text = decodedLowercase(bytes)
    if let declared = declaredEncoding(text), !["utf-8", "utf8", "us-ascii", "ascii"].contains(declared) {
      return "an encoding other than UTF-8 ('\(declared)')"
    }
    for (marker, what) in [
      ("<script", "a <script> element"), ("<foreignobject", "a <foreignObject> element"),
      ("<!entity", "an entity declaration"), ("<iframe", "an <iframe> element"), ("<embed", "an <embed> element"),
      ("<object", "an <object> element"), ("<handler", "a <handler> element"), ("<listener", "a <listener> element"),
      ("<?xml-stylesheet", "a style sheet processing instruction"),
    ] where text.contains(marker) {
      return what
    }
    if let attribute = eventAttribute(in: text) { return "an event attribute '\(attribute)'" }
    // URLs are read with tabs, newlines and carriage returns removed, as the URL parser removes them.
    let squeezed = String(text.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
    for scheme in ["javascript:", "vbscript:"] where squeezed.contains(scheme) {
      return "a '\(scheme)' URL"
    }
    var rest = Substring(squeezed)
    while let found = rest.range(of: "data:") {
      let after = rest[found.lowerBound...]
      if !rasterDataPrefixes.contains(where: { after.hasPrefix($0) }) {
        return "a 'data:' URL that is not a raster image"
      }
      rest = rest[found.upperBound...]
    }
    return nil
  }

  /// The text lowercased (ASCII) with numeric character references decoded, so `&#106;avascript:` reads as a browser
  /// reads it.
  /// The encoding an XML declaration (`<?xml version="1.0" encoding="…"?>`) names, lowercased, or nil.
  private static func declaredEncoding(_ text: String) -> String? {
    guard let declaration = text.range(of: "<?xml"), let end = text[declaration.upperBound...].range(of: "?>"),
      let key = text[declaration.upperBound..<end.lowerBound].range(of: "encoding")
    else { return nil }
    let rest = text[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return "" }
    return String(rest.dropFirst().prefix { $0 != quote }).trimmingCharacters(in: .whitespaces)
  }

  private static func decodedLowercase(_ bytes: [UInt8]) -> String {
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "&", index + 2 < scalars.count, scalars[index + 1] == "#" {
        var end = index + 2
        let hex = scalars[end] == "x" || scalars[end] == "X"
        if hex { end += 1 }
        var digits = ""
        while end < scalars.count, digits.count < 10,
          hex ? scalars[end].properties.isASCIIHexDigit : ("0"..."9").contains(scalars[end])
        {
          digits.unicodeScalars.append(scalars[end])
          end += 1
        }
        if !digits.isEmpty, let value = UInt32(digits, radix: hex ? 16 : 10), let decoded = Unicode.Scalar(value) {
          result.append(lowercased(decoded))
          index = end < scalars.count && scalars[end] == ";" ? end + 1 : end
          continue
        }
      }
      result.append(lowercased(scalar))
      index += 1
    }
    return String(result)
  }

  private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
  }

  /// The first `on…=` attribute (an event handler) in lowercased markup: `on` and letters after a space, a quote or
  /// a `/`, then optional spaces and `=`.
  private static func eventAttribute(in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    var index = 1
    while index + 2 < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "o", scalars[index + 1] == "n" else { continue }
      let before = scalars[index - 1]
      guard
        before == " " || before == "\t" || before == "\n" || before == "\r" || before == "/" || before == "\""
          || before == "'"
      else { continue }
      var end = index + 2
      while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
      guard end > index + 2 else { continue }
      var equals = end
      while equals < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[equals]) { equals += 1 }
      if equals < scalars.count, scalars[equals] == "=" {
        return String(String.UnicodeScalarView(scalars[index..<end]))
      }
    }
    return nil
  }
}
