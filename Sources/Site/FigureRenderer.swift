import Plot

/// A figure a snippet showed, and where in the block it goes.
public struct SnippetFigure: Sendable, Hashable {
  /// For transcripts: the 0-based line of the block's code after which the figure appears (the last line of the
  /// statement's expected output, or of its code); scripts show their figures after their output.
  public var afterLine: Int
  /// The figure.
  public var figure: Figure

  /// Makes a placed figure.
  public init(afterLine: Int, figure: Figure) {
    self.afterLine = afterLine
    self.figure = figure
  }
}

/// Renders a snippet's figure as an inline SVG in a `<figure>`.
enum FigureRenderer {
  /// The figure's HTML: the SVG is self-contained (no ids, scripts or external references) and its labels are XML-
  /// escaped by the Plot module.
  static func html(_ figure: Figure) -> HTML {
    .literal("<figure class=\"plot\">\n") + HTML(trusted: FigureSVG.render(figure)) + .literal("</figure>\n")
  }
}
