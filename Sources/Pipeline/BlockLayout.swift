import Markdown

/// Where a code block's lines sit in its file: snippet line k is file line `contentStart.line + k`.
struct BlockLayout {
  let block: CodeBlock
  let source: SourceFile
  /// The block's lines as cmark gave them, container indentation removed.
  let literalLines: [[UInt8]]

  init(block: CodeBlock, source: SourceFile) {
    self.block = block
    self.source = source
    self.literalLines = block.literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map(Array.init)
  }

  /// The 0-based file line of a 0-based snippet line.
  func fileLine(_ snippetLine: Int) -> Int { block.contentStart.line - 1 + snippetLine }

  /// Whether the file has that snippet line.
  func contains(_ snippetLine: Int) -> Bool { fileLine(snippetLine) < source.lines.count && snippetLine >= 0 }

  /// The file offset where the line starts.
  func start(_ snippetLine: Int) -> Int { source.lines.starts[fileLine(snippetLine)] + source.byteOrderMarkLength }

  /// The file offset where the line's content ends, before its line ending.
  func contentEnd(_ snippetLine: Int) -> Int {
    source.lines.contentEnds[fileLine(snippetLine)] + source.byteOrderMarkLength
  }

  /// The bytes before a line's content: fence indentation, list indentation, `> ` markers. The line's text as cmark
  /// gave it ends the file line; where cmark turned part of a tab into spaces, the tab stays in the prefix.
  func prefix(_ snippetLine: Int) -> [UInt8] {
    let line = Array(source.bytes[start(snippetLine)..<contentEnd(snippetLine)])
    if snippetLine < literalLines.count {
      let literal = literalLines[snippetLine]
      if line.count >= literal.count, line.suffix(literal.count).elementsEqual(literal) {
        return Array(line.dropLast(literal.count))
      }
      let rest = literal.drop { $0 == UInt8(ascii: " ") }
      if line.count >= rest.count, line.suffix(rest.count).elementsEqual(rest) {
        return Array(line.dropLast(rest.count))
      }
    }
    return Array(line.prefix(block.contentStart.column - 1))
  }

  /// Whether the line holds nothing but its prefix and blanks.
  func isBlank(_ snippetLine: Int) -> Bool {
    guard contains(snippetLine) else { return false }
    let start = start(snippetLine) + prefix(snippetLine).count
    return source.bytes[start..<contentEnd(snippetLine)].allSatisfy {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
    }
  }

  /// The line ending after a line ("\n" when it has none, at the end of a file).
  func lineEnding(_ snippetLine: Int) -> [UInt8] {
    let end = contentEnd(snippetLine)
    let next =
      fileLine(snippetLine) + 1 < source.lines.count
      ? source.lines.starts[fileLine(snippetLine) + 1] + source.byteOrderMarkLength : end
    return next > end ? Array(source.bytes[end..<next]) : [UInt8(ascii: "\n")]
  }

  /// The file column of a 1-based column within snippet line `snippetLine`: past the line's prefix, and past any
  /// spaces cmark made from part of a tab.
  func fileColumn(snippetLine: Int, column: Int) -> Int {
    guard contains(snippetLine), snippetLine < literalLines.count else {
      return block.contentStart.column + column - 1
    }
    let literal = literalLines[snippetLine]
    let prefixLength = prefix(snippetLine).count
    let lineLength = contentEnd(snippetLine) - start(snippetLine)
    // Spaces at the start of cmark's text that are not in the file stood for part of a tab.
    let synthesized = max(0, literal.count - (lineLength - prefixLength))
    return prefixLength + 1 + max(0, column - 1 - synthesized)
  }
}
