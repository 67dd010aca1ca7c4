import Plot

/// The chapter's pyplot state: the open figures (the last made or selected is current), and the figures the running
/// statement showed.
struct PlotState: Sendable {
  /// Open figures, oldest first.
  var open: [FigureBox] = []
  /// The figure pyplot's functions draw on (`plt.gcf()`); nil when none is open.
  var current: FigureBox?
  /// Figures shown by the running statement, in order.
  var shown: [Figure] = []
  /// Figures made in this chapter, bounded by `maxFigures`.
  var made = 0

  /// The most figures one chapter may make: each becomes an SVG in the page.
  static let maxFigures = 200
  /// The most data points (line vertices, markers) one figure may hold: about 2 MB of SVG.
  static let maxPointsPerFigure = 100_000
  /// The largest figure side, in inches (matplotlib's default is 6.4 × 4.8).
  static let maxFigureInches = 20.0
  /// The most axes in one `plt.subplots` grid.
  static let maxSubplots = 36

  /// Shows every open figure (pyplot's `show`, as a notebook's inline backend does: the figures are then closed).
  mutating func showAll() {
    shown += closeAll()
  }

  /// Closes every open figure and returns those that hold any axes, in the order they were made.
  mutating func closeAll() -> [Figure] {
    let figures = open.map(\.figure).filter { !$0.axes.isEmpty }
    open = []
    current = nil
    return figures
  }

  /// Closes one figure.
  mutating func close(_ box: FigureBox) {
    open.removeAll { $0 === box }
    if current === box { current = open.last }
  }
}
