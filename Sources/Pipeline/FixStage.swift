import Foundation
import Markdown
import Snippets
import SourceText

/// A replacement of a byte range of a file.
struct ByteEdit: Sendable, Hashable {
  /// The bytes replaced (offsets into the whole file, byte-order mark included).
  var range: Range<Int>
  /// What replaces them.
  var replacement: [UInt8]
}

/// Fix: rewrites the expected-output lines of transcripts to what the code now prints, splicing by byte range and
/// keeping every other byte of the file.
enum FixStage {
  /// The new bytes of every page whose transcripts need rewriting, by page index.
  static func rewrites(_ book: Book) -> [(page: Int, bytes: [UInt8])] {
    book.pages.indices.compactMap { index in
      let page = book.pages[index]
      let edits = page.tensorBlocks.flatMap { tensor -> [ByteEdit] in
        guard let transcript = tensor.snippet.transcript, let result = page.results[tensor.id] else { return [] }
        // The run makes one statement per transcript chunk, in order.
        return zip(result.statements, transcript.chunks).compactMap {
          edit(for: $0, expecting: $1, in: tensor.block, of: page.source)
        }
      }
      return edits.isEmpty ? nil : (index, apply(edits, to: page.source.bytes))
    }
  }

  /// Writes each rewritten file at its real location (a linked chapter is rewritten at its target, the link kept).
  /// Returns the pages rewritten and a diagnostic for each chapter that changed on disk since it was read, which is
  /// left as it is so the edit is never lost.
  static func write(
    _ rewrites: [(page: Int, bytes: [UInt8])], of book: Book, beforeRewrite: (@Sendable (String) -> Void)? = nil
  ) throws(CommandFailure) -> (rewritten: [Int], changed: [Diagnostic]) {
    var rewritten: [Int] = []
    var changed: [Diagnostic] = []
    for rewrite in rewrites {
      let source = book.pages[rewrite.page].source
      beforeRewrite?(source.path)
      let target = FileAccess.realPath(source.fileSystemPath)
      // A chapter swapped for a link to somewhere else since it was read is not the chapter fix read.
      let root = book.settings.allowsFilesOutsideContent ? "/" : book.resolvedContentDirectory
      let outcome: SourceRewriter.Outcome
      if let target, let root, FileAccess.isInside(target, root) {
        outcome = try SourceRewriter.replace(target, shown: source.path, expected: source.bytes, with: rewrite.bytes)
      } else {
        outcome = .changedOnDisk
      }
      switch outcome {
      case .replaced: rewritten.append(rewrite.page)
      case .changedOnDisk:
        changed.append(
          Diagnostic(
            path: source.path, line: 1, column: 1,
            message: "changed on disk while fix ran, so fix left it as it is; run fix again"))
      }
    }
    return (rewritten, changed)
  }

  /// The edit that makes a transcript statement's expected output (under `chunk`) what it printed, or nil when the
  /// two already match as the verify stage compares them, or the output may not be written (a failed claim, a
  /// refusal to parse, one of docbuild's limits).
  static func edit(
    for statement: StatementResult, expecting chunk: TranscriptChunk, in block: CodeBlock, of source: SourceFile
  ) -> ByteEdit? {
    let expectedLines = chunk.expectedLines
    guard statement.claimHeld != false, statement.outputCanBecomeExpected,
      !OutputComparison.matches(statement.output, chunk.expected, variable: statement.variableSpans)
    else { return nil }
    let layout = BlockLayout(block: block, source: source)
    var upper = expectedLines.upperBound
    // Blank lines that end the expected text separate it from the next prompt; they stay.
    while upper > expectedLines.lowerBound, layout.isBlank(upper - 1) { upper -= 1 }
    let lower = expectedLines.lowerBound
    // Only lines inside the block are ever rewritten, whatever the ranges say.
    let blockLines = max(0, layout.literalLines.count - 1)
    guard lower >= 1, upper <= blockLines, statement.codeLines.lowerBound >= 0,
      statement.codeLines.lowerBound < lower, layout.contains(lower - 1),
      upper == lower || layout.contains(upper - 1)
    else { return nil }
    let newLines = OutputComparison.lines(statement.output)
    let anchor = statement.codeLines.lowerBound
    let lineEnding = layout.lineEnding(anchor)
    if upper == lower {
      guard !newLines.isEmpty else { return nil }
      let end = layout.contentEnd(lower - 1)
      let inserted = newLines.flatMap { lineEnding + layout.prefix(anchor) + Array($0.utf8) }
      return ByteEdit(range: end..<end, replacement: inserted)
    }
    if newLines.isEmpty {
      return ByteEdit(range: layout.contentEnd(lower - 1)..<layout.contentEnd(upper - 1), replacement: [])
    }
    var replacement: [UInt8] = []
    for (offset, text) in newLines.enumerated() {
      if offset > 0 { replacement += lineEnding }
      replacement += layout.prefix(lower + offset < upper ? lower + offset : anchor) + Array(text.utf8)
    }
    return ByteEdit(range: layout.start(lower)..<layout.contentEnd(upper - 1), replacement: replacement)
  }

  /// Applies non-overlapping edits.
  static func apply(_ edits: [ByteEdit], to bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var copied = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where edit.range.lowerBound >= copied {
      result += bytes[copied..<edit.range.lowerBound]
      result += edit.replacement
      copied = edit.range.upperBound
    }
    return result + bytes[copied...]
  }
}
