import Snippets
import SourceText
import Testing

@testable import Pipeline

/// How a file around a transcript is laid out: line endings, a byte-order mark, a final newline, a block prefix.
struct FileShape: CustomTestStringConvertible, Sendable {
  var name: String
  var lineEnding: String
  var byteOrderMark: Bool
  var finalNewline: Bool
  /// Written before every line of the fenced block (fence included): list indentation or a block-quote marker.
  var blockPrefix: String
  /// Written before the opening fence instead of `blockPrefix` (a list marker), when set.
  var fencePrefix: String? = nil
  var testDescription: String { name }

  func file(_ blockLines: [String]) -> [UInt8] {
    let lines =
      ["# Fix", "", "\tA tab-indented line of prose.", ""]
      + (["```tensor"] + blockLines + ["```"]).map {
        blockPrefix + $0
      } + ["", "Trailing  prose."]
    let text = lines.joined(separator: lineEnding) + (finalNewline ? lineEnding : "")
    return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
  }
}

let fileShapes = [
  FileShape(name: "LF", lineEnding: "\n", byteOrderMark: false, finalNewline: true, blockPrefix: ""),
  FileShape(name: "CRLF", lineEnding: "\r\n", byteOrderMark: false, finalNewline: true, blockPrefix: ""),
  FileShape(name: "BOM, no final newline", lineEnding: "\n", byteOrderMark: true, finalNewline: false, blockPrefix: ""),
  FileShape(
    name: "CRLF, BOM, block quote", lineEnding: "\r\n", byteOrderMark: true, finalNewline: false, blockPrefix: "> "),
  FileShape(
    name: "list item indentation", lineEnding: "\n", byteOrderMark: false, finalNewline: true, blockPrefix: "  "),
]

/// The transcript as written: three stale outputs, one missing, one that should disappear.
let brokenTranscript = [
  ">>> x = 1", ">>> x + 1", "3", ">>> print(\"a\\nb\\nc\")", "a", "", ">>> y", ">>> z", "1", "2",
]

/// The same transcript as it must read after fix.
let fixedTranscript = [
  ">>> x = 1", ">>> x + 1", "2", ">>> print(\"a\\nb\\nc\")", "a", "b", "c", "", ">>> y", "5", ">>> z",
]

/// What the interpreter would observe running `brokenTranscript` (0-based snippet lines).
func brokenResults(origin: SourcePosition) -> BlockResult {
  func at(_ line: Int) -> SourcePosition {
    SourcePosition(line: origin.line + line, column: origin.column + 4)
  }
  return BlockResult(
    form: .transcript,
    statements: [
      StatementResult(code: "x = 1", location: at(0), codeLines: 0..<1, output: ""),
      StatementResult(code: "x + 1", location: at(1), codeLines: 1..<2, output: "2"),
      StatementResult(code: "print(\"a\\nb\\nc\")", location: at(3), codeLines: 3..<4, output: "a\nb\nc\n"),
      StatementResult(code: "y", location: at(6), codeLines: 6..<7, output: "5"),
      StatementResult(code: "z", location: at(7), codeLines: 7..<8, output: ""),
    ])
}

func parsedBook(_ bytes: [UInt8]) throws -> Book {
  let source = try #require(SourceFile(path: "01-fix.md", fileSystemPath: "01-fix.md", bytes: bytes))
  return ParseStage.parse(
    Book(contentDirectory: ".", pages: [Page(source: source, slug: "fix", isHome: false)]), jobs: 1)
}

@Test(arguments: fileShapes)
func fixRewritesOnlyExpectedOutputLines(_ shape: FileShape) throws {
  var book = try parsedBook(shape.file(brokenTranscript))
  let block = try #require(book.pages[0].tensorBlocks.first)
  book.pages[0].results[block.id] = brokenResults(origin: block.snippet.origin)
  let rewrites = FixStage.rewrites(book)
  #expect(rewrites.count == 1)
  #expect(rewrites.first?.bytes == shape.file(fixedTranscript))
}

@Test(arguments: fileShapes)
func fixLeavesPassingTranscriptsAlone(_ shape: FileShape) throws {
  var book = try parsedBook(shape.file(fixedTranscript))
  let block = try #require(book.pages[0].tensorBlocks.first)
  // Outputs that differ from the expected text only by trailing spaces and blank lines match it.
  let outputs = ["", "2  \n\n", "a\nb \nc\n", "5", ""]
  let chunks = try #require(block.snippet.transcript?.chunks)
  #expect(chunks.count == outputs.count)
  book.pages[0].results[block.id] = BlockResult(
    form: .transcript,
    statements: zip(chunks, outputs).map { chunk, output in
      StatementResult(
        code: chunk.code, location: SourcePosition(line: 1, column: 1), codeLines: chunk.codeLines, output: output)
    })
  #expect(FixStage.rewrites(book).isEmpty)
}

@Test func fixNeverTurnsAFailedClaimIntoExpectedOutput() throws {
  var book = try parsedBook(Array("```tensor\n>>> assert 1 == 2\n```\n".utf8))
  book.pages[0].results[0] = BlockResult(
    form: .transcript,
    statements: [
      StatementResult(
        code: "assert 1 == 2", location: SourcePosition(line: 2, column: 5), codeLines: 0..<1,
        output: "AssertionError",
        claim: ClaimObservation(held: false, code: "assert 1 == 2", location: SourcePosition(line: 2, column: 5)))
    ])
  #expect(FixStage.rewrites(book).isEmpty)
}

@Test func outputIsComparedWithoutTrailingSpacesOrBlankLines() {
  #expect(OutputComparison.normalized("a  \nb\n\n\n") == OutputComparison.normalized("a\nb"))
  #expect(OutputComparison.normalized("a\n\nb") != OutputComparison.normalized("a\nb"))
}

// ASCII text is split and trimmed by bytes, other text by scalars: both give the lines `fix` writes. A carriage return
// ends a line, alone or before a line feed, as CommonMark reads the expected text.
@Test(arguments: [
  ("x = 1  \n\t\n  y\t \n\n", ["x = 1", "", "  y"]), ("", []), ("\n \n", []), (" a", [" a"]),
  ("é \n\tb\t", ["é", "\tb"]), ("a\r\n\n", ["a"]), ("a \r\nb", ["a", "b"]), ("a\rb\r\r\nc", ["a", "b", "", "c"]),
  ("é\r", ["é"]),
])
func outputLinesDropTrailingSpacesTabsAndBlankLines(text: String, lines: [String]) {
  #expect(OutputComparison.lines(text) == lines)
}

@Test(arguments: [
  "-\t```tensor\n\t>>> 1 + ▸1\n\t```\n", "> ```tensor\n> >>> 2 * ▸3\n> ```\n", "  ```tensor\n  >>> ▸x\n  ```\n",
  "```tensor\n>>> a\n>>> b + ▸c\n```\n",
])
func snippetDiagnosticsPointAtTheFileColumn(marked: String) throws {
  let markerIndex = try #require(marked.firstIndex(of: "▸"))
  let text = marked.replacingOccurrences(of: "▸", with: "")
  let markerLine = marked[..<markerIndex].filter { $0 == "\n" }.count + 1
  let lineStart = marked[..<markerIndex].lastIndex(of: "\n").map { marked.index(after: $0) } ?? marked.startIndex
  let expectedColumn = marked[lineStart..<markerIndex].utf8.count + 1
  var book = try parsedBook(Array(text.utf8))
  let block = try #require(book.pages[0].tensorBlocks.first)
  // The interpreter counts columns in cmark's text of the line, from the block's content column.
  let literalLine = block.block.literal.split(separator: "\n", omittingEmptySubsequences: false)[
    markerLine - block.snippet.origin.line]
  let markedText = String(marked[markerIndex...].dropFirst().prefix(1))
  let codeColumn = try #require(literalLine.lastIndex(of: Character(markedText))).utf16Offset(in: literalLine)
  // A statement the parser refused at the marker: its verdict reports the refusal where the run observed it.
  var refused = StatementResult(
    code: "", location: block.snippet.origin, codeLines: 0..<1, output: "m")
  refused.syntaxErrors = [
    SnippetDiagnostic(
      message: "m", location: SourcePosition(line: markerLine, column: block.snippet.origin.column + codeColumn))
  ]
  book.pages[0].results[block.id] = BlockResult(form: .transcript, statements: [refused])
  let diagnostics = VerifyStage.verify(book).diagnostics
  #expect(diagnostics.map(\.column) == [expectedColumn])
  #expect(diagnostics.map(\.line) == [markerLine])
}
