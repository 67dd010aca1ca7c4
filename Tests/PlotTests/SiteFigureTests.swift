import Markdown
import Snippets
import SourceText
import Testing

@testable import Plot
@testable import Site

/// Where a snippet's figures land in its page.
struct SiteFigureTests {
  private let figure = Figure(axes: [Axes()])

  @Test func aTranscriptFigureSplitsTheBlockAfterItsStatement() throws {
    let transcript = try #require(Transcript(">>> a = 1\n>>> plt.show()\n>>> a\n1"))
    let html = TranscriptRenderer.render(transcript, lineCount: 4, inserts: [1: FigureRenderer.html(figure)]).markup
    let parts = html.components(separatedBy: "<figure class=\"plot\">")
    #expect(parts.count == 2)
    #expect(parts[0].hasSuffix("</code></pre>\n"))
    #expect(parts[0].contains("show"))
    #expect(!parts[0].contains(">1\n"))
    #expect(parts[1].contains("<pre class=\"code transcript\">"))
    #expect(parts[1].contains("<span class=\"line\">1\n</span>"))
  }

  @Test func aFigureAfterTheLastLineOpensNoEmptyBlock() throws {
    let transcript = try #require(Transcript(">>> plt.show()"))
    let html = TranscriptRenderer.render(transcript, lineCount: 1, inserts: [0: FigureRenderer.html(figure)]).markup
    #expect(html.components(separatedBy: "<pre").count == 2)
    #expect(html.hasSuffix("</figure>\n"))
  }

  @Test func hostileTextStaysText() {
    let result = PlotSession.run(
      """
      import matplotlib.pyplot as plt
      plt.plot([1, 2], label='</text></svg><script>alert(1)</script>')
      plt.title('" onload="alert(1)')
      plt.xlabel('a\\x00b\\x1bc &amp; ]]>')
      plt.text(1, 1, '<!-- x -->')
      plt.legend()
      """)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    guard let figure = result.statements.last?.figures.first else {
      Issue.record("no figure")
      return
    }
    let html = FigureRenderer.html(figure).markup
    #expect(!html.contains("<script"))
    #expect(!html.contains("<!--"))
    #expect(!html.contains("\" onload"))
    #expect(!html.contains("\u{0}") && !html.contains("\u{1B}"))
    let check = XMLCheck(FigureSVG.render(figure))
    #expect(check.error == nil)
    #expect(check.elements.allSatisfy { $0.name != "script" })
    #expect(check.text.contains("</text></svg><script>alert(1)</script>"))
  }

  @Test func aTooLongTextIsRefused() {
    let result = PlotSession.run("import matplotlib.pyplot as plt\nplt.title('x' * 1001)")
    #expect(result.diagnostics.first?.message.hasPrefix("ValueError: a figure text of 1001 characters") == true)
  }

  @Test func aScriptShowsItsFiguresAfterItsOutput() {
    let view = SnippetView(
      kind: .script, code: "print(1)\nplt.show()", output: "1", figures: [SnippetFigure(afterLine: 1, figure: figure)])
    let block = CodeBlock(
      id: 0, info: "tensor", literal: "print(1)\nplt.show()\n", fence: SourcePosition(line: 1, column: 1),
      contentStart: SourcePosition(line: 2, column: 1), isFenced: true)
    let html = CodeBlockRenderer.render(block, snippet: view).markup
    let output = html.range(of: "data-label=\"Output\"")
    let svg = html.range(of: "<figure class=\"plot\">")
    #expect(output != nil && svg != nil)
    if let output, let svg { #expect(output.lowerBound < svg.lowerBound) }
  }
}
