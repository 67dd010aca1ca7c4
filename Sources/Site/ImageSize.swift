import Foundation

/// An image's intrinsic size in CSS pixels, read from its file header so `<img>` can reserve its box before it loads
/// (no layout shift). Only the few bytes a format needs are read; anything malformed is simply "size unknown".
public struct ImageSize: Sendable, Hashable {
  /// Width in pixels.
  public var width: Int
  /// Height in pixels.
  public var height: Int

  /// Makes a size.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The size recorded in a PNG, GIF, JPEG or SVG file, or nil when the bytes are none of these or are malformed.
  /// Sizes of zero or above 65,535 (beyond every raster format but PNG, and beyond any sensible page) count as unknown.
  public static func read(_ bytes: [UInt8]) -> ImageSize? {
    let size = png(bytes) ?? gif(bytes) ?? jpeg(bytes) ?? svg(bytes)
    guard let size, (1...65_535).contains(size.width), (1...65_535).contains(size.height) else { return nil }
    return size
  }

  /// PNG: the signature, then the IHDR chunk, whose first eight bytes are the big-endian width and height.
  static func png(_ bytes: [UInt8]) -> ImageSize? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
      return nil
    }
    return ImageSize(width: bigEndian32(bytes, 16), height: bigEndian32(bytes, 20))
  }

  /// GIF: `GIF87a` or `GIF89a`, then the logical screen's little-endian width and height.
  static func gif(_ bytes: [UInt8]) -> ImageSize? {
    guard bytes.count >= 10, Array(bytes[0..<6]) == Array("GIF87a".utf8) || Array(bytes[0..<6]) == Array("GIF89a".utf8)
    else { return nil }
    return ImageSize(width: Int(bytes[6]) | Int(bytes[7]) << 8, height: Int(bytes[8]) | Int(bytes[9]) << 8)
  }

  /// JPEG: walks the marker segments from SOI to the first start-of-frame (SOF0–SOF15 except DHT, JPG and DAC), whose
  /// payload holds the precision, then the big-endian height and width. Each step moves forward by a segment's own
  /// length, so the walk is linear and ends at the end of the bytes.
  static func jpeg(_ bytes: [UInt8]) -> ImageSize? {
    guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
    var index = 2
    while index + 3 < bytes.count {
      guard bytes[index] == 0xFF else { return nil }
      let marker = bytes[index + 1]
      // Fill bytes before a marker.
      if marker == 0xFF {
        index += 1
        continue
      }
      // Markers without a length: TEM and the restart markers.
      if marker == 0x01 || (0xD0...0xD7).contains(marker) {
        index += 2
        continue
      }
      let length = bigEndian16(bytes, index + 2)
      guard length >= 2 else { return nil }
      if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
        guard length >= 7, index + 8 < bytes.count else { return nil }
        return ImageSize(width: bigEndian16(bytes, index + 7), height: bigEndian16(bytes, index + 5))
      }
      // Start of scan or end of image before any frame header: no size.
      if marker == 0xDA || marker == 0xD9 { return nil }
      index += 2 + length
    }
    return nil
  }

  /// SVG: the root `<svg>` element's `width` and `height` when both are plain numbers or pixels, else its `viewBox`.
  /// Only the first 64 KiB are looked at, for the start tag; a size in `em`, `%` and the like is left to the browser.
  static func svg(_ bytes: [UInt8]) -> ImageSize? {
    let head = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
    guard let start = svgStartTag(in: head) else { return nil }
    let attributes = attributeValues(in: start)
    if let width = attributes["width"].flatMap(pixels), let height = attributes["height"].flatMap(pixels) {
      return ImageSize(width: width, height: height)
    }
    guard let viewBox = attributes["viewBox"] else { return nil }
    let numbers = viewBox.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" })
      .compactMap { Double($0) }
    guard numbers.count == 4, let width = rounded(numbers[2]), let height = rounded(numbers[3]) else { return nil }
    return ImageSize(width: width, height: height)
  }

  /// The text of the first `<svg …>` start tag, skipping an XML declaration, comments and a doctype before it.
  private static func svgStartTag(in text: String) -> Substring? {
    var rest = text[...]
    while let open = rest.firstIndex(of: "<") {
      let tag = rest[open...]
      if tag.hasPrefix("<svg") {
        guard let close = tag.firstIndex(of: ">") else { return nil }
        return tag[tag.index(tag.startIndex, offsetBy: 4)..<close]
      }
      if tag.hasPrefix("<!--") {
        guard let end = tag.range(of: "-->") else { return nil }
        rest = tag[end.upperBound...]
        continue
      }
      // `<?xml …?>` and `<!DOCTYPE …>` are the only other things allowed before the root; anything else means this
      // is not an SVG file, or its root is not first.
      guard tag.hasPrefix("<?") || tag.hasPrefix("<!") else { return nil }
      guard let close = tag.firstIndex(of: ">") else { return nil }
      rest = tag[tag.index(after: close)...]
    }
    return nil
  }

  /// `name="value"` and `name='value'` pairs of a start tag.
  private static func attributeValues(in tag: Substring) -> [String: String] {
    var values: [String: String] = [:]
    var rest = tag
    while let equals = rest.firstIndex(of: "=") {
      let name = rest[..<equals].split(whereSeparator: { $0.isWhitespace }).last.map(String.init) ?? ""
      var after = rest[rest.index(after: equals)...].drop(while: { $0.isWhitespace })
      guard let quote = after.first, quote == "\"" || quote == "'" else { break }
      after = after.dropFirst()
      guard let end = after.firstIndex(of: quote) else { break }
      if values[name] == nil { values[name] = String(after[..<end]) }
      rest = after[after.index(after: end)...]
    }
    return values
  }

  /// A length that is a plain number or ends in `px`, rounded to whole pixels.
  private static func pixels(_ value: String) -> Int? {
    var text = value.trimmingCharacters(in: .whitespaces)
    if text.hasSuffix("px") { text.removeLast(2) }
    return Double(text).flatMap(rounded)
  }

  private static func rounded(_ value: Double) -> Int? {
    guard value.isFinite, value >= 0.5, value < 65_535.5 else { return nil }
    return Int(value.rounded())
  }

  private static func bigEndian32(_ bytes: [UInt8], _ index: Int) -> Int {
    Int(bytes[index]) << 24 | Int(bytes[index + 1]) << 16 | Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
  }

  private static func bigEndian16(_ bytes: [UInt8], _ index: Int) -> Int {
    Int(bytes[index]) << 8 | Int(bytes[index + 1])
  }
}
