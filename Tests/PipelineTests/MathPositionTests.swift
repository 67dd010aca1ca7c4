import Markdown
import SourceText
import TestSupport
import Testing

@testable import Pipeline

@Test(arguments: [
  "Inline $a + ▸\\foo$ here.\n", "$$\\begin{aligned}\n  z &= x \\\\\n  l &▸\\bar z\\end{aligned}$$\n",
  "Before\r\n$$a\r\n  + ▸\\baz$$\r\n",
])
func mathErrorsPointIntoTheMarkdownFile(_ marked: String) throws {
  let marked = Marked(marked)
  let mark = try #require(marked.marks.first)
  let text = marked.text
  let expected = SourcePosition(line: mark.line, column: mark.column)
  let markerOffset = mark.offset
  let span = try #require(MarkdownParser.parse(text).math.first)
  let texStart = try #require(LineTable(Array(text.utf8)).offset(of: span.position))
  let offset = markerOffset - texStart
  #expect(MathStage.position(inTeX: span, atByte: offset) == expected)
}
