import Testing

@testable import Plot
@testable import Snippets

/// `plt.axis('off')` hides what matplotlib hides (spines, ticks, tick labels, axis labels, grid) and keeps the title
/// and the data; `axis('on')` brings them back; the rescaling modes are refused by name.
struct PlotAxisTests {
  @Test func axisOffHidesTheFrameTicksAndLabelsButNotTheTitleOrData() {
    let figures = PlotSession.figures(
      """
      import matplotlib.pyplot as plt
      _ = plt.plot([0, 1, 2], [2, 0, 1])
      plt.xlabel('time')
      plt.title('shown')
      plt.grid(True)
      _ = plt.axis('off')
      plt.show()
      _ = plt.plot([0, 1, 2], [2, 0, 1])
      plt.xlabel('time')
      _ = plt.axis('off')
      _ = plt.axis('on')
      plt.show()
      """)
    #expect(figures.count == 2)
    guard figures.count == 2 else { return }
    #expect(figures[0].axes[0].axisOn == false)
    let hidden = FigureSVG.render(figures[0])
    #expect(!hidden.contains("class=\"frame\""))
    #expect(!hidden.contains("class=\"xlabel\""))
    #expect(!hidden.contains("class=\"grid\""))
    #expect(!hidden.contains("class=\"tick"))
    #expect(hidden.contains("class=\"title\""))
    #expect(hidden.contains("<path"))
    let shown = FigureSVG.render(figures[1])
    #expect(shown.contains("class=\"frame\""))
    #expect(shown.contains("class=\"xlabel\""))
  }

  @Test func rescalingModesAndThreeDAxesAreRefused() {
    for mode in ["equal", "tight", "scaled", "image", "square", "auto"] {
      let result = PlotSession.run("import matplotlib.pyplot as plt\nplt.axis('\(mode)')")
      #expect(result.diagnostics.count == 1)
      #expect(result.diagnostics.first?.message.contains("plt.axis('\(mode)')") == true)
    }
    for (call, message) in [("ax.axis('off')", "Axes3D.axis is not part"), ("plt.axis('off')", "plt.axis is not part")]
    {
      let threeD = PlotSession.run("import matplotlib.pyplot as plt\nax = plt.axes(projection='3d')\n" + call)
      #expect(threeD.diagnostics.map(\.message).contains { $0.contains(message) })
    }
  }
}
