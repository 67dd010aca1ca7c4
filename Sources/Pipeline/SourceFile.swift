import Markdown

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
