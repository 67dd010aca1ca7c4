/// Where each line of a UTF-8 text starts and where its content ends; lines end at "\n", "\r\n" or a lone "\r",
/// as in CommonMark.
public struct LineTable: Sendable {
  /// Byte offset of the first byte of each line (0-based line index).
  public let starts: [Int]
  /// Byte offset just past each line's content, before its line ending.
  public let contentEnds: [Int]
  /// The text's length in bytes.
  public let byteCount: Int

  /// Indexes the lines of `bytes`.
  public init(_ bytes: [UInt8]) {
    var starts = [0]
    var ends: [Int] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        ends.append(index)
        let crlf = byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
        index += crlf ? 2 : 1
        starts.append(index)
      } else {
        index += 1
      }
    }
    ends.append(bytes.count)
    self.starts = starts
    self.contentEnds = ends
    self.byteCount = bytes.count
  }

  /// The number of lines (a text ending in a line ending has an empty last line).
  public var count: Int { starts.count }

  /// The 0-based index of the line holding byte `offset` (a line ending belongs to its line).
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// Byte offset where the next line starts (or the text's end) for a 0-based line index.
  public func nextStart(after line: Int) -> Int {
    line + 1 < starts.count ? starts[line + 1] : byteCount
  }

  /// The 1-based line and 1-based byte column of `offset`.
  public func position(of offset: Int) -> SourcePosition {
    let line = line(containing: offset)
    return SourcePosition(line: line + 1, column: offset - starts[line] + 1)
  }

  /// The byte offset of a 1-based position, clamped to its line's content; nil for a line past the end.
  public func offset(of position: SourcePosition) -> Int? {
    guard position.line >= 1, position.line <= starts.count else { return nil }
    let index = position.line - 1
    return min(starts[index] + max(position.column - 1, 0), contentEnds[index])
  }
}
