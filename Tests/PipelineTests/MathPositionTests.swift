import Markdown
import Testing

@testable import Pipeline

@Test(arguments: [
  "Inline $a + ▸\\foo$ here.\n", "$$\\begin{aligned}\n  z &= x \\\\\n  l &▸\\bar z\\end{aligned}$$\n",
  "Before\r\n$$a\r\n  + ▸\\baz$$\r\n",
])
func mathErrorsPointIntoTheMarkdownFile(_ marked: String) throws {
  var line = 1
  var column = 1
  var expected: MarkdownPosition?
  var text = ""
  var markerOffset = 0
  for character in marked {
    if character == "▸" {
      expected = MarkdownPosition(line: line, column: column)
      markerOffset = text.utf8.count
      continue
    }
    text.append(character)
    if character == "\n" || character == "\r\n" {
      line += 1
      column = 1
    } else {
      column += character.utf8.count
    }
  }
  let span = try #require(MarkdownParser.parse(text).math.first)
  let texStart = try #require(LineTable(Array(text.utf8)).offset(of: span.position))
  let offset = markerOffset - texStart
  #expect(RunStage.position(inTeX: span, atByte: offset) == expected)
}
