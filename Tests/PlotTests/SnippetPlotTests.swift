import Foundation
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

  /// `plt.subplot` and `fig.add_subplot` place axes in a grid; the expected lines are matplotlib 3.11's output for the
  /// same statements.
  @Test func subplotPlacesAxesInOneGrid() {
    let result = PlotSession.run(
      """
      >>> import matplotlib.pyplot as plt
      >>> x = np.arange(0, 3 * np.pi, 0.1)
      >>> plt.subplot(2, 1, 1)
      <Axes: >
      >>> _ = plt.plot(x, np.sin(x))
      >>> plt.title('Sine')
      Text(0.5, 1.0, 'Sine')
      >>> plt.subplot(2, 1, 2)
      <Axes: >
      >>> plt.subplot(211)
      <Axes: title={'center': 'Sine'}>
      >>> plt.gcf()
      <Figure size 640x480 with 2 Axes>
      >>> plt.show()
      >>> fig = plt.figure()
      >>> ax = fig.add_subplot(1, 2, 1)
      >>> ax2 = fig.add_subplot(122)
      >>> fig
      <Figure size 640x480 with 2 Axes>
      >>> plt.subplot(2, 1, 3)
      Traceback (most recent call last):
      ValueError: num must be an integer with 1 <= num <= 2, not 3
      >>> plt.subplot(21)
      Traceback (most recent call last):
      ValueError: Single argument to subplot must be a three-digit integer, not 21
      >>> plt.subplot(2, 1)
      Traceback (most recent call last):
      TypeError: subplot() takes 1 or 3 positional arguments but 2 were given
      >>> plt.subplot(1.5, 1, 1)
      Traceback (most recent call last):
      ValueError: Number of rows must be a positive integer, not 1.5
      """)
    #expect(result.diagnostics.map(\.message) == [])
    let figures = result.statements.flatMap(\.figures)
    // The second figure is still open at the end of the block, so it shows there.
    #expect(figures.map { [$0.rows, $0.columns] } == [[2, 1], [1, 2]])
    #expect(figures.map { $0.axes.map { [$0.row, $0.column] } } == [[[0, 0], [1, 0]], [[0, 0], [0, 1]]])
  }

  /// `hist(density=True)` is NumPy's histogram density, `clf` empties the figure and `savefig` writes nothing; the
  /// expected lines are matplotlib 3.11's output for the same statements.
  @Test func histDensityClfAndSavefigAnswerAsMatplotlibs() {
    let result = PlotSession.run(
      """
      >>> import matplotlib.pyplot as plt
      >>> n, b, p = plt.hist([1, 2, 2, 3, 3, 3, 7], bins=3, density=True)
      >>> n
      array([0.21428571, 0.21428571, 0.07142857])
      >>> b
      array([1., 3., 5., 7.])
      >>> n, b, p = plt.hist(np.array([0.5, 1.5, 1.5, 2.0, 9.0]), bins=[0, 1, 2, 10], density=True)
      >>> n
      array([0.2 , 0.4 , 0.05])
      >>> plt.gcf()
      <Figure size 640x480 with 1 Axes>
      >>> plt.clf()
      >>> plt.gcf()
      <Figure size 640x480 with 0 Axes>
      >>> print(plt.savefig('out.png'))
      None
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
    ("plt.savefig(3)", "NotImplementedError: savefig to a int is not part of docbuild's plotting subset"),
    ("plt.plot([1, 2], zorder=3)", "NotImplementedError: plt.plot(zorder=…) is not part of"),
    ("plt.plot([1, 2], 'p')", "NotImplementedError: marker 'p' (in 'p') is not part of"),
    ("plt.plot([1, 2], 'q')", "ValueError: Unrecognized character q in format string 'q'"),
    (
      "plt.plot([1, 2], [1, 2, 3])", "ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)"
    ),
    ("plt.figure(figsize=(100, 3))", "ValueError: figsize=(100.0, 3.0) is larger than docbuild draws"),
    ("plt.plot(np.zeros(200000))", "ValueError: this figure would hold 200000 data points"),
    ("plt.plot(np.zeros((2, 3)), np.zeros((2, 2)))", "ValueError: x has 3 columns but y has 2 columns"),
    (
      "plt.plot([1, 2], np.zeros((2, 2)), label=['a'])",
      "ValueError: label must be scalar or have the same length as the input data, but found 1 for 2 datasets."
    ),
    ("plt.imshow(np.zeros(3))", "TypeError: Invalid shape (3,) for image data"),
    ("plt.imshow(np.zeros((1100, 1000)))", "ValueError: an image of 1100×1000 cells is larger than docbuild draws"),
    ("plt.imshow(np.eye(2), cmap='nosuch')", "ValueError: 'nosuch' is not a colour map docbuild has"),
    ("plt.imshow(np.eye(2), interpolation='bilinear')", "NotImplementedError: plt.imshow(interpolation='bilinear')"),
    (
      "plt.imshow(np.eye(2), origin='left')",
      "ValueError: 'left' is not a valid value for origin. Supported values are 'upper', 'lower'"
    ),
    ("plt.imshow(np.zeros((2, 2, 3)))", "NotImplementedError: plt.imshow of RGB(A) data"),
    ("plt.contour(np.zeros(3))", "TypeError: Input z must be 2D, not 1D"),
    (
      "plt.contour(np.zeros((1, 5)))",
      "TypeError: Input z must be at least a (2, 2) shaped array, but has shape (1, 5)"
    ),
    ("plt.contour(1, 2, 3, 4, 5)", "TypeError: contour() takes from 1 to 4 positional arguments but 5 were given"),
    ("plt.contourf(np.eye(3), levels=[1])", "ValueError: Filled contours require at least 2 levels."),
    ("plt.contour(np.eye(3), levels=[1, 0])", "ValueError: Contour levels must be increasing"),
    (
      "plt.contour(np.arange(3), np.arange(4), np.eye(3))",
      "TypeError: Length of y (4) must match number of rows in z (3)"
    ),
    ("plt.contour(np.eye(3), colors='k', cmap='viridis')", "ValueError: Either colors or cmap must be None"),
    ("plt.contour(np.zeros((600, 600)))", "ValueError: a contour grid of 600×600 values is larger than docbuild"),
    ("plt.contour(np.eye(3), levels=5000)", "ValueError: levels=5000 is more contour levels than docbuild draws"),
    ("plt.colorbar()", "RuntimeError: No mappable was found to use for colorbar creation."),
    ("plt.colorbar(plt.plot([1, 2]))", "NotImplementedError: plt.colorbar of list is not part of"),
    (
      "plt.scatter([1, 2], [1, 2], c=[1, 2, 3])",
      "ValueError: 'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2."
    ),
    (
      "plt.scatter([1, 2], [1, 2], s=[1, 2, 3])", "ValueError: s (size 3) cannot be broadcast to match x and y (size 2)"
    ),
    ("plt.colorbar(plt.scatter([1], [2]))", "NotImplementedError: plt.colorbar of scatter points of one colour"),
    ("plt.imshow(np.eye(2), norm='log')", "NotImplementedError: plt.imshow(norm=…) is not part of"),
    ("im = plt.imshow(np.eye(2)); plt.colorbar(im); plt.colorbar(im)", "NotImplementedError: a second colorbar"),
    ("plt.cm.nosuch", "ValueError: 'nosuch' is not a colour map docbuild has"),
    ("plt.clabel(plt.contourf(np.eye(3)))", "NotImplementedError: plt.clabel of matplotlib.contour.QuadContourSet"),
    ("plt.imshow(np.eye(2), vmin=1, vmax=0)", "ValueError: minvalue must be less than or equal to maxvalue"),
    (
      "plt.contour(np.zeros((400, 400)), levels=np.linspace(-1, 1, 100))",
      "ValueError: 100 contour levels over a 400×400 grid are more work than docbuild does in one statement"
    ),
    ("plt.xscale('symlog')", "NotImplementedError: plt.xscale('symlog') is not part of"),
    ("plt.plot([1], color='chartreuse')", "ValueError: 'chartreuse' is not a colour docbuild knows"),
    ("fig, ax = plt.subplots(); ax.bar_label", "NotImplementedError: Axes.bar_label is not part of"),
    ("plt.subplots(0, 1)", "ValueError: Number of rows must be a positive integer, not 0"),
    (
      "ax = plt.subplot(2, 1, 1, projection='3d'); ax.bar3d(0, 0, 0, 1, 1, 1)",
      "NotImplementedError: Axes3D.bar3d is not part of"
    ),
    (
      "ax = plt.axes(projection='3d'); ax.plot_surface([1, 2], [1, 2], [1, 2])",
      "ValueError: Argument Z must be 2-dimensional."
    ),
    (
      "ax = plt.axes(projection='3d'); ax.set_zlim(0, float('inf'))",
      "ValueError: Axis limits 0, inf cannot be infinite"
    ),
    (
      "ax = plt.axes(projection='3d'); ax.view_init(30, 60, 10)",
      "NotImplementedError: ax.view_init(roll=…) is not part of"
    ),
    ("ax = plt.axes(projection='3d'); ax.set_xlim(float('nan'), 1)", "ValueError: Axis limits cannot be NaN or Inf"),
    ("plt.axes(projection='polar')", "NotImplementedError: projection='polar' is not part of"),
    (
      "fig = plt.figure(); _ = fig.add_subplot(); fig.add_subplot(111)",
      "NotImplementedError: a second axes in the same cell of a figure"
    ),
    (
      "_ = plt.subplot(2, 1, 1); plt.subplot(2, 2, 4)",
      "NotImplementedError: axes of a 2×2 grid in a figure whose axes are in a 2×1 grid"
    ),
    (
      "plt.legend(loc='top')",
      "ValueError: 'top' is not a valid value for loc; supported values are 'best', 'upper right'"
    ),
  ])
  func refusalsAndErrorsNameTheCall(code: String, message: String) {
    let result = PlotSession.run("import matplotlib.pyplot as plt\n" + code)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.hasPrefix(message) == true, "\(result.diagnostics)")
    // Located at the statement's line in the file.
    #expect(result.diagnostics.first?.location.line == 2)
  }

  /// The transcript's expected lines are what matplotlib 3.11 prints for the same statements.
  @Test func contourSetsAndImagesAnswerAsMatplotlibs() {
    let result = PlotSession.run(
      """
      >>> import matplotlib.pyplot as plt
      >>> x = np.linspace(-2, 2, 9)
      >>> X, Y = np.meshgrid(x, x)
      >>> cs = plt.contourf(X, Y, X * Y)
      >>> cs.levels
      array([-4., -3., -2., -1.,  0.,  1.,  2.,  3.,  4.])
      >>> plt.contour(X, Y, X * Y, levels=3).levels
      array([-4., -2.,  0.,  2.,  4.])
      >>> fig, ax = plt.subplots()
      >>> im = ax.imshow(np.eye(3), cmap=plt.get_cmap('Blues'))
      >>> ax.get_xlim(), ax.get_ylim()
      ((np.float64(-0.5), np.float64(2.5)), (np.float64(2.5), np.float64(-0.5)))
      >>> cbar = fig.colorbar(im)
      >>> fig
      <Figure size 640x480 with 2 Axes>
      """)
    #expect(result.diagnostics.map(\.message) == [])
    let figures = result.statements.flatMap(\.figures)
    #expect(figures.count == 2)
    guard figures.count == 2, case .contour(let filled) = figures[0].axes[0].artists[0],
      case .image(let image) = figures[1].axes[0].artists[0]
    else { return }
    #expect(filled.filled && filled.levels == [-4, -3, -2, -1, 0, 1, 2, 3, 4])
    // Eight bands, coloured at their midpoints through viridis on the levels' range.
    #expect(filled.colors.count == 8 && filled.shapes.count == 8)
    #expect(filled.colors.first == ColorScale(colormap: "viridis", vmin: -4, vmax: 4).color(-3.5))
    #expect(image.scale == ColorScale(colormap: "Blues", vmin: 0, vmax: 1))
    #expect(figures[1].axes[0].aspect == 1 && figures[1].axes[0].yInverted)
  }

  /// The label texts are matplotlib 3.11's for the same calls (`[t.get_text() for t in plt.clabel(cs, …)]`).
  @Test func contourLabelsHaveMatplotlibsTexts() {
    let figures = PlotSession.figures(
      """
      import matplotlib.pyplot as plt
      x = np.linspace(-2, 2, 21)
      X, Y = np.meshgrid(x, x)
      cs = plt.contour(X, Y, X ** 2 + Y ** 2, levels=[0.5, 1.5, 3])
      _ = plt.clabel(cs)
      plt.show()
      cs = plt.contour(X, Y, X ** 2 + Y ** 2, levels=[0.5, 1.5, 3])
      _ = plt.clabel(cs, [1.5, 3], fmt='%.2f m', inline=False)
      """)
    let labels = figures.compactMap { figure -> ContourLabels? in
      if case .contour(let contour) = figure.axes[0].artists[0] { return contour.labels }
      return nil
    }
    #expect(labels.map(\.texts) == [["0.5", "1.5", "3.0"], ["", "1.50 m", "3.00 m"]])
    #expect(labels.map(\.inline) == [true, false])
    let svg = figures.first.map(FigureSVG.render) ?? ""
    #expect(svg.components(separatedBy: "class=\"clabel\"").count - 1 >= 3)
  }

  @Test func echoingAMappableOrColourMapIsRefusedForItsAddress() {
    for code in ["plt.imshow(np.eye(2))", "plt.colorbar(plt.contour(np.eye(3)))", "plt.cm.viridis"] {
      let result = PlotSession.run(">>> import matplotlib.pyplot as plt\n>>> \(code)\n")
      #expect(result.diagnostics.first?.message.contains("repr holds its memory address") == true, "\(code)")
    }
  }

  @Test func eachColumnOf2DDataIsALine() {
    let figures = PlotSession.figures(
      "import matplotlib.pyplot as plt\nplt.plot([0, 1], [[1, 2, 3], [4, 5, 6]], label=['a', 'b', 'c'])")
    let lines = figures.first?.axes[0].artists.compactMap { artist -> Line? in
      if case .line(let line) = artist { return line }
      return nil
    }
    #expect(lines?.map(\.y) == [[1, 4], [2, 5], [3, 6]])
    #expect(lines?.map(\.label) == ["a", "b", "c"])
    #expect(lines?.map(\.color) == [.cycle(0), .cycle(1), .cycle(2)])
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
