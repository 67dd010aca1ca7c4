import Markdown
import MathML
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

/// The formula cache answers as `MathML.render` does, for formulas it holds and ones past its byte limit, errors too.
@Test(arguments: [32 << 20, 0])
func cachedFormulasRenderAsTheRendererDoes(byteLimit: Int) throws {
  let cache = FormulaCache(byteLimit: byteLimit)
  let formulas = ["x", "\\frac{\\partial l}{\\partial b}", "a + \\foo", "x", "\\sum_i z_i", "a + \\foo", ""]
  for _ in 0..<2 {
    for tex in formulas {
      for display in [false, true] {
        let direct: Result<String, MathError>
        do throws(MathError) { direct = .success(try MathML.render(tex: tex, display: display)) } catch {
          direct = .failure(error)
        }
        let cached: Result<String, MathError>
        do throws(MathError) { cached = .success(try cache.render(tex: tex, display: display)) } catch {
          cached = .failure(error)
        }
        #expect(cached == direct, "\(tex) display: \(display)")
      }
    }
  }
}
