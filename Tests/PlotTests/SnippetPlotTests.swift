import Testing

@testable import Plot
@testable import Snippets

/// pyplot from snippets: what is drawn, what is printed, where figures attach, and what is refused.
struct SnippetPlotTests {
  @Test func showAttachesTheFigureToItsStatement() {
    let result = PlotSession.run(
      """
      import matplotlib.pyplot as plt
      x = np.linspace(0, 1, 5)
      plt.plot(x, x ** 2, 'o--', label='square')
      plt.xlabel('x')
      plt.show()
      y = 1
      """)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.map(\.figures.count) == [0, 0, 0, 0, 1, 0])
    // A script echoes no matplotlib object: neither the list of Line2D nor the Text.
    #expect(result.statements.map(\.output) == ["", "", "", "", "", ""])
    let figure = result.statements[4].figures[0]
    #expect(figure.axes.count == 1)
    #expect(figure.axes[0].xLabel == "x")
    guard case .line(let line) = figure.axes[0].artists.first else {
      Issue.record("no line drawn")
      return
    }
    #expect(line.x == [0, 0.25, 0.5, 0.75, 1])
    #expect(line.y == [0, 0.0625, 0.25, 0.5625, 1])
    #expect(line.style == .dashed)
    #expect(line.marker == .circle)
    #expect(line.color == .cycle(0))
    #expect(line.label == "square")
  }

  @Test func anOpenFigureShowsAtTheEndOfItsBlockAndIsClosed() {
    let results = PlotSession.run([
      "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nz = 2",
      "w = 3",
    ])
    #expect(results[0].statements.map(\.figures.count) == [0, 0, 1])
    #expect(results[1].statements.map(\.figures.count) == [0])
  }

  @Test func eachShowIsItsOwnFigureAndTheCycleRestarts() {
    let figures = PlotSession.figures(
      """
      import matplotlib.pyplot as plt
      plt.plot([1, 2]); plt.plot([2, 1], color='k'); plt.plot([3, 3])
      plt.show()
      plt.plot([0, 1])
      plt.show()
      """)
    #expect(figures.count == 2)
    let colors = figures.map {
      $0.axes[0].artists.map { artist -> PlotColor in
        if case .line(let line) = artist { return line.color }
        return .rgb(1, 2, 3)
      }
    }
    // An explicit colour does not advance the cycle, as matplotlib's `_getdefaults`.
    #expect(colors == [[.cycle(0), .rgb(0, 0, 0), .cycle(1)], [.cycle(0)]])
  }

  @Test func transcriptsEchoWhatPythonPrintsWithoutAnAddress() {
    let result = PlotSession.run(
      """
      >>> import matplotlib.pyplot as plt
      >>> fig, ax = plt.subplots(figsize=(4, 3))
      >>> fig
      <Figure size 400x300 with 1 Axes>
      >>> ax.set_xlabel('time')
      Text(0.5, 0, 'time')
      >>> plt.title("it's")
      Text(0.5, 1.0, "it's")
      >>> ax
      <Axes: title={'center': "it's"}, xlabel='time'>
      >>> ax.set_xlim(0, 2)
      (0.0, 2.0)
      >>> plt.subplots(1, 2)[1]
      array([<Axes: >, <Axes: >], dtype=object)
      """)
    #expect(result.diagnostics.map(\.message) == [])
  }

  @Test func aTranscriptThatEchoesALine2DIsToldWhy() {
    let result = PlotSession.run(">>> import matplotlib.pyplot as plt\n>>> plt.plot([1, 2])\n")
    #expect(result.diagnostics.count == 1)
    let message = result.diagnostics.first?.message ?? ""
    #expect(message.hasPrefix("ValueError: a Line2D's repr holds its memory address"))
    #expect(message.contains("_ = plt.plot(x, y)"))
    #expect(result.statements.last?.outputCanBecomeExpected == false)
  }

  @Test(arguments: [
    ("plt.savefig('a.png')", "NotImplementedError: plt.savefig is not part of docbuild's plotting subset"),
    ("plt.plot([1, 2], alpha=0.5)", "NotImplementedError: plt.plot(alpha=…) is not part of"),
    ("plt.plot([1, 2], 'p')", "NotImplementedError: marker 'p' (in 'p') is not part of"),
    ("plt.plot([1, 2], 'q')", "ValueError: Unrecognized character q in format string 'q'"),
    (
      "plt.plot([1, 2], [1, 2, 3])", "ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)"
    ),
    ("plt.figure(figsize=(100, 3))", "ValueError: figsize=(100.0, 3.0) is larger than docbuild draws"),
    ("plt.plot(np.zeros(200000))", "ValueError: this figure would hold 200000 data points"),
    ("plt.plot(np.zeros((2, 2)))", "NotImplementedError: y with shape (2, 2) (one line per column)"),
    ("plt.xscale('symlog')", "NotImplementedError: plt.xscale('symlog') is not part of"),
    ("plt.plot([1], color='chartreuse')", "ValueError: 'chartreuse' is not a colour docbuild knows"),
    ("fig, ax = plt.subplots(); ax.bar_label", "NotImplementedError: Axes.bar_label is not part of"),
    ("plt.subplots(0, 1)", "ValueError: Number of rows must be a positive integer, not 0"),
  ])
  func refusalsAndErrorsNameTheCall(code: String, message: String) {
    let result = PlotSession.run("import matplotlib.pyplot as plt\n" + code)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.hasPrefix(message) == true, "\(result.diagnostics)")
    // Located at the statement's line in the file.
    #expect(result.diagnostics.first?.location.line == 2)
  }

  @Test func importsAndTheBackendAreAccepted() {
    let result = PlotSession.run(
      """
      import matplotlib
      matplotlib.use('Agg')
      from matplotlib import pyplot as plt
      fig, axs = plt.subplots(2, 2)
      axs[1, 0].plot([1, 2])
      axs[0][1].set_title('b')
      for ax in axs.flat:
          ax.grid(True)
      """)
    #expect(result.diagnostics.map(\.message) == [])
    let figure = result.statements.last?.figures.first
    #expect(figure?.axes.count == 4)
    #expect(figure?.axes[2].artists.count == 1)
    #expect(figure?.axes[1].title == "b")
    #expect(figure?.axes.allSatisfy(\.grid) == true)
  }
}
