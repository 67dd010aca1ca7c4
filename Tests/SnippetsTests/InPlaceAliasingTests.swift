import SourceText
import Testing

@testable import Snippets

/// An in-place update (`+=`, `shuffle`) is seen wherever NumPy would show it — other names, lists, dicts, a
/// function's argument — and is refused where NumPy would show it through a view docbuild cannot keep (a slice, a
/// reshape, a transpose), so a page never prints what NumPy would not. The expected outputs were printed by
/// NumPy 2.4.6 running the same statements.
struct InPlaceAliasingTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func updatesReachEveryHolderOfTheArray() {
    let transcript = """
      >>> x = np.arange(6.0).reshape(2, 3)
      >>> x += 1
      >>> x
      array([[1., 2., 3.],
             [4., 5., 6.]])
      >>> W = np.zeros(2)
      >>> params = [W]
      >>> for p in params:
      ...     p -= 0.5
      ...
      >>> print(W, params[0])
      [-0.5 -0.5] [-0.5 -0.5]
      >>> def f(x):
      ...     x += 1
      ...
      >>> c = np.zeros(3)
      >>> f(c)
      >>> c
      array([1., 1., 1.])
      >>> d = {"w": np.ones(2)}
      >>> e = d["w"]
      >>> e *= 3
      >>> d["w"]
      array([3., 3.])
      >>> y = np.ones(3)
      >>> z = y[1:]
      >>> y = y * 2
      >>> y += 1
      >>> print(y, z)
      [3. 3. 3.] [1. 1.]
      >>> a = np.zeros(2)
      >>> b = a.copy()
      >>> a += 1
      >>> print(a, b)
      [1. 1.] [0. 0.]

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test(arguments: [
    "a = np.zeros(3)\nb = a[:2]\na += 1\n",
    "g = np.zeros((2, 2))\nr = g[0]\nr += 5\n",
    "h = np.zeros(4)\nv = h.reshape(2, 2)\nh += 2\n",
    "m = np.zeros((2, 3))\nt = m.T\nm *= 2\n",
    "k = np.zeros(3)\nj = np.reshape(k, (3, 1))\nj += 1\n",
  ])
  func anUpdateNumPyWouldShowThroughAViewIsRefused(script: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location.line == 3)
    #expect(result.diagnostics.first?.message.hasPrefix("NotImplementedError: this array shares its memory") == true)
  }
}
