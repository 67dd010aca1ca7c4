import MathML
import Site
import Snippets

/// Which modules written in parallel have landed; tests that need them are skipped (and listed as such) until then.
enum Readiness {
  /// The snippet interpreter runs a transcript and verifies it.
  static let interpreter: Bool = {
    let result = SnippetSession().run(Snippet(text: ">>> 1 + 1\n2", origin: SourceLocation(line: 1, column: 1)))
    return result.diagnostics.isEmpty && result.statements.count == 1 && result.statements[0].passed
  }()

  /// `numgrad` (and so `gradients`) works.
  static let gradients: Bool = {
    let script = "x = np.ones(2)\nl = (x * x).sum()\nassert np.allclose(grad(l, x), numgrad(l, x))"
    let result = SnippetSession().run(Snippet(text: script, origin: SourceLocation(line: 1, column: 1)))
    return result.diagnostics.isEmpty && result.statements.last?.claimHeld == true
  }()

  /// TeX renders to MathML.
  static let math: Bool = (try? MathML.render(tex: "x", display: false)) != nil

  /// The site renderer produces files.
  static let site: Bool = !SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [])).files.isEmpty

  /// Everything a full build needs.
  static let wholeStack = interpreter && math && site
}
