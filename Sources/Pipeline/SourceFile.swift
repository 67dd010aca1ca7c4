import Markdown
import SourceText

/// One Markdown file as read from disk, with its lines indexed for positions and for `fix`.
public struct SourceFile: Sendable {
  /// The path as printed in diagnostics: relative to the current folder.
  public var path: String
  /// The path used to read and write the file.
  public var fileSystemPath: String
  /// The file's exact bytes.
  public var bytes: [UInt8]
  /// The length of a leading UTF-8 byte-order mark (0 or 3); positions count from after it.
  public var byteOrderMarkLength: Int
  /// The text after the byte-order mark.
  public var text: String
  /// Lines of `text`.
  public var lines: LineTable

  /// Makes a source file from its bytes; nil when they are not valid UTF-8.
  public init?(path: String, fileSystemPath: String, bytes: [UInt8]) {
    let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = Array(bytes[bomLength...])
    guard let text = String(validating: body, as: UTF8.self) else { return nil }
    self.path = path
    self.fileSystemPath = fileSystemPath
    self.bytes = bytes
    self.byteOrderMarkLength = bomLength
    self.text = text
    self.lines = LineTable(body)
  }

  /// The text of a 1-based line without its line ending, "" past the end.
  public func line(_ number: Int) -> String {
    guard number >= 1, number <= lines.count else { return "" }
    let start = lines.starts[number - 1] + byteOrderMarkLength
    let end = lines.contentEnds[number - 1] + byteOrderMarkLength
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

extension SourceFile {
  /// Where `bytes` (after a byte-order mark) stop being UTF-8, as the 1-based line and byte column of the first bad
  /// sequence, counted as diagnostics count them; nil when they are valid.
  static func firstInvalidPosition(in bytes: [UInt8]) -> SourcePosition? {
    let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = Array(bytes[bomLength...])
    guard let offset = firstInvalidUTF8Offset(body) else { return nil }
    return LineTable(body).position(of: offset)
  }

  /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629: no
  /// overlong forms, no surrogates, nothing past U+10FFFF).
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return index
      }
      // A malformed sequence is reported at its first byte, as Python's UnicodeDecodeError.start is.
      for position in 1..<length {
        guard index + position < bytes.count else { return index }
        let byte = bytes[index + position]
        let (lower, upper) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        guard byte >= lower, byte <= upper else { return index }
      }
      index += length
    }
    return nil
  }
}
