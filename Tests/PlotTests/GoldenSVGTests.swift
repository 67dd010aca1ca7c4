import Foundation
import TestSupport
import Testing

@testable import Plot
@testable import Snippets

/// Figures drawn from snippets, compared byte for byte with committed SVGs in `Golden/`.
///
/// Re-record them with `DOCBUILD_RECORD=1 swift test --filter GoldenSVGTests` and review the diff (open the files in a
/// browser); recording fails the tests on purpose, so a recorded run never passes silently, and CI never records.
struct GoldenSVGTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  /// Each case: the golden file's name and the snippet that draws it (after `import matplotlib.pyplot as plt`).
  static let cases: [(String, String)] = [
    ("line", "x = np.linspace(0, 2, 21)\nplt.plot(x, x ** 2)"),
    (
      "styles_and_legend",
      """
      x = np.linspace(-1, 1, 9)
      plt.plot(x, x, 'o--', label='identity')
      plt.plot(x, x ** 2, 'r:', linewidth=2, label='square')
      plt.plot(x, -x, marker='s', linestyle='-.', color='#8c564b', label='<negated & "quoted">')
      plt.plot(x, x ** 3, 'C4^', markersize=4, label='cube')
      plt.legend()
      plt.title('Styles')
      plt.xlabel('x')
      plt.ylabel('f(x)')
      plt.grid(True)
      """
    ),
    ("empty_axes", "fig, ax = plt.subplots()"),
    ("empty_data", "plt.plot([], [])"),
    ("constant_data", "plt.plot([3, 3, 3])"),
    ("nan_gaps", "plt.plot([0, 1, 2, 3, 4, 5], [1, 2, np.nan, 4, 5, np.inf])"),
    ("offset_ticks", "plt.plot([1000001, 1000002, 1000003], [1e-7, 3e-7, 2e-7])"),
    ("log_y", "x = np.arange(1, 6)\nplt.plot(x, 10.0 ** x)\nplt.yscale('log')"),
    ("log_both", "x = np.array([1e-3, 1e-1, 10, 1e3])\nplt.plot(x, x)\nplt.xscale('log')\nplt.yscale('log')"),
    ("log_narrow", "plt.plot([1, 2, 3], [1e6, 2e6, 5e6])\nplt.yscale('log')"),
    ("limits", "plt.plot([0, 10], [0, 10])\nplt.xlim(2, 5)\nplt.ylim(bottom=-1)"),
    (
      "scatter_bar_hist",
      """
      fig, (a, b, c) = plt.subplots(1, 3, figsize=(9, 3))
      a.scatter([1, 2, 3, 4], [4, 1, 3, 2], s=64, label='points')
      a.scatter([2.5], [2.5], c='k', marker='x', label='centre')
      a.legend()
      b.bar([1, 2, 3], [3, -1, 2], color='C2', label='bars')
      b.axhline(0, color='k', linewidth=0.8)
      b.legend()
      n, edges, bars = c.hist([1, 2, 2, 3, 3, 3, 7], bins=4, alpha=0.5)
      """
    ),
    (
      "lines_fill_text",
      """
      x = np.linspace(0, 3, 31)
      plt.plot(x, np.exp(-x), label='exp(−x)')
      plt.fill_between(x, np.exp(-x) - 0.1, np.exp(-x) + 0.1, alpha=0.3, label='band')
      plt.axvline(1, linestyle='--', color='gray')
      plt.axhline(0.5, color='C3', label='half')
      plt.annotate('x = 1 & <b>', xy=(1, np.exp(-1)), xytext=(1.5, 0.8), arrowprops={'arrowstyle': '->'})
      plt.text(2, 0.2, 'tail', fontsize=12, color='C1')
      plt.legend(loc='lower left')
      """
    ),
    (
      "subplots",
      """
      fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
      left.plot([1, 2, 3], [3, 1, 2], 'k.')
      left.set_title('left')
      right.plot([0.001, 0.002], [5, 6])
      right.set_xlabel('small')
      """
    ),
    (
      "image_colorbar",
      """
      Z = np.arange(12.0).reshape(3, 4)
      Z[1, 2] = np.nan
      im = plt.imshow(Z, cmap='RdBu_r', vmin=1)
      cbar = plt.colorbar(im)
      cbar.set_label('value')
      plt.title('cells')
      """
    ),
    (
      "image_extent_lower",
      """
      fig, ax = plt.subplots(figsize=(4, 3))
      ax.imshow(np.array([[0, 1], [2, 3]]), origin='lower', extent=(0, 4, 0, 1), aspect='auto', cmap=plt.cm.gray)
      ax.plot([0.5, 3.5], [0.2, 0.8], 'r-')
      """
    ),
    (
      "contour_filled_lines",
      """
      x = np.linspace(-2, 2, 21)
      X, Y = np.meshgrid(x, x)
      Z = X ** 2 - Y ** 2
      fig, ax = plt.subplots()
      cs = ax.contourf(X, Y, Z, levels=8, cmap='coolwarm')
      fig.colorbar(cs, label='z')
      ax.contour(X, Y, Z, colors='k', linewidths=0.8)
      ax.plot([-1, 1], [0, 0.5], 'o-', color='k')
      ax.set_xlabel('x')
      """
    ),
    (
      "contour_lines_holes",
      """
      x = np.linspace(0, 1, 9)
      X, Y = np.meshgrid(x, x)
      Z = np.sin(6 * X) * np.cos(4 * Y)
      Z[4, 4] = np.nan
      Z[0, 0] = np.inf
      cs = plt.contour(X, Y, Z, levels=[-0.5, 0, 0.5], linestyles=['--', '-', ':'])
      plt.colorbar(cs)
      """
    ),
    (
      "scatter_colors_sizes",
      """
      x = np.linspace(0, 1, 12)
      sc = plt.scatter(x, x ** 2, c=x, s=10 + 100 * x, cmap='plasma', alpha=0.8)
      plt.scatter([0.5], [0.6], c=[np.nan])
      plt.colorbar(sc)
      """
    ),
    (
      "contour_labels",
      """
      x = np.linspace(-2, 2, 21)
      X, Y = np.meshgrid(x, x)
      cs = plt.contour(X, Y, X ** 2 + Y ** 2 - X * Y, levels=[0.5, 1.5, 3], colors='k')
      _ = plt.clabel(cs, fontsize=9, fmt='%1.1f')
      plt.gca().set_aspect('equal')
      """
    ),
    (
      "plot_columns",
      """
      x = np.linspace(0, 1, 5)
      Y = np.stack([x, x ** 2, x ** 3], axis=1)
      plt.plot(x, Y, label=['x', 'x²', 'x³'])
      plt.plot(Y[:, :2] + 1)
      plt.legend()
      plt.tight_layout()
      """
    ),
    (
      "surface_3d",
      """
      fig = plt.figure()
      ax = fig.add_subplot(projection='3d')
      X, Y = np.meshgrid(np.linspace(-2, 2, 13), np.linspace(-2, 2, 13))
      surf = ax.plot_surface(X, Y, np.exp(-(X ** 2 + Y ** 2)), cmap='viridis')
      ax.set_xlabel('x')
      ax.set_ylabel('y')
      ax.set_zlabel('height')
      ax.set_title('Gaussian')
      fig.colorbar(surf)
      """
    ),
    (
      "quiver_3d",
      """
      fig = plt.figure()
      d3 = fig.add_subplot(projection="3d")
      d3.set_xlim(-1, 1)
      d3.set_ylim(-1, 1)
      d3.set_zlim(-1, 1)
      d3.quiver(0, 0, 0, 1, 0, 0, color="r", label="forceA")
      d3.quiver(0, 0, 0, 0, 1, 0, color="b", label="forceB")
      d3.legend()
      """
    ),
    (
      "scatter_line_wireframe_3d",
      """
      fig = plt.figure(figsize=(8, 4))
      a = fig.add_subplot(1, 2, 1, projection='3d')
      t = np.linspace(0, 4 * np.pi, 60)
      a.plot(np.cos(t), np.sin(t), t, 'C1', label='helix')
      a.scatter(np.cos(t[::6]), np.sin(t[::6]), t[::6], c=t[::6], cmap='plasma')
      a.legend()
      b = fig.add_subplot(1, 2, 2, projection='3d')
      X, Y = np.meshgrid(np.linspace(0, 1, 6), np.linspace(0, 1, 6))
      b.plot_wireframe(X, Y, X * Y)
      b.plot_surface(X, Y, X * Y - 1, alpha=0.6)
      b.view_init(elev=20, azim=35)
      b.grid(False)
      """
    ),
  ]

  @Test(arguments: cases.map(\.0))
  func figureMatchesGolden(name: String) throws {
    let code = Self.cases.first { $0.0 == name }!.1
    let result = PlotSession.run("import matplotlib.pyplot as plt\n" + code)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let figures = result.statements.flatMap(\.figures)
    #expect(figures.count == 1)
    guard let figure = figures.first else { return }
    let svg = FigureSVG.render(figure)
    let check = XMLCheck(svg)
    #expect(check.error == nil, "\(name): \(check.error ?? "")")
    #expect(check.elements.first?.name == "svg")
    #expect(check.elements.first?.attributes["role"] == "img")
    #expect(check.elements.first?.attributes["aria-label"]?.hasPrefix("Plot") == true)
    // No scripts, no ids, no external references: nothing in the SVG reaches outside it.
    #expect(check.elements.allSatisfy { !["script", "image", "use", "a", "foreignObject"].contains($0.name) })
    #expect(check.elements.allSatisfy { $0.attributes["id"] == nil && $0.attributes["href"] == nil })
    // Rendering twice gives the same bytes.
    #expect(FigureSVG.render(figure) == svg)
    Golden.check(svg, against: Self.directory.appendingPathComponent("\(name).svg"))
  }

  @Test func everyGoldenFileHasACase() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".svg") }
    #expect(Set(files) == Set(Self.cases.map { "\($0.0).svg" }))
  }
}
