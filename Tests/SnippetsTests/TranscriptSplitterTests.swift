import SourceText
import Testing

@testable import Snippets

/// Telling transcripts from scripts, and cutting transcripts into statements with exact expected-output lines.
struct TranscriptSplitterTests {
  /// The statements and stray lines of a transcript (none of either for a script).
  private func split(_ text: String) -> (chunks: [TranscriptChunk], strayLines: [Int]) {
    let transcript = Transcript(text)
    return (transcript?.chunks ?? [], transcript?.strayLines ?? [])
  }

  @Test func formIsTranscriptOnlyWithPrompts() {
    #expect(Transcript.form(of: "x = 1\nx") == .script)
    #expect(Transcript.form(of: "x = '>>> not a prompt'") == .script)
    #expect(Transcript.form(of: ">>> x = 1") == .transcript)
    #expect(Transcript.form(of: "  >>> x") == .transcript)
    #expect(Transcript.form(of: ">>>") == .transcript)
  }

  @Test func splitsStatementsContinuationsAndExpectedOutput() {
    let text = """
      >>> A = np.ones([2,3])
      >>> np.array([[1, 2],
      ...           [3, 4]])
      array([[1, 2],
             [3, 4]])

      >>> A.shape
      (2, 3)


      """
    let (chunks, stray) = split(text)
    #expect(stray.isEmpty)
    #expect(chunks.map(\.code) == ["A = np.ones([2,3])", "np.array([[1, 2],\n          [3, 4]])", "A.shape"])
    #expect(chunks.map(\.codeLines) == [0..<1, 1..<3, 6..<7])
    #expect(chunks.map(\.expectedLines) == [1..<1, 3..<5, 7..<8])
    #expect(chunks.map(\.expected) == ["", "array([[1, 2],\n       [3, 4]])", "(2, 3)"])
  }

  @Test func blankLinesInsideExpectedOutputBelongToIt() {
    let text = ">>> C\narray([[[2.]],\n\n       [[2.]]])\n>>> 1"
    let (chunks, _) = split(text)
    #expect(chunks.first?.expected == "array([[[2.]],\n\n       [[2.]]])")
    #expect(chunks.first?.expectedLines == 1..<4)
  }

  @Test func indentedTranscriptsDropTheirIndentation() {
    let text = "    >>> x = 1\n    >>> x\n    1\n    >>> [1,\n    ...  2]\n    [1, 2]"
    let (chunks, _) = split(text)
    #expect(chunks.map(\.code) == ["x = 1", "x", "[1,\n 2]"])
    #expect(chunks.map(\.expected) == ["", "1", "[1, 2]"])
    #expect(chunks[1].blockLocation(of: SourcePosition(line: 1, column: 1)) == SourcePosition(line: 2, column: 9))
  }

  @Test func textBeforeTheFirstPromptIsReported() {
    let (chunks, stray) = split("setup text\n\n>>> 1\n1")
    #expect(stray == [0])
    #expect(chunks.count == 1)
  }

  @Test func crlfLinesAreSplitWithoutTheirCarriageReturn() {
    let (chunks, _) = split(">>> 1 + 1\r\n2\r\n")
    #expect(chunks.first?.code == "1 + 1")
    #expect(chunks.first?.expected == "2")
  }
}
