import SourceText
import Testing

@testable import Snippets

/// An in-place update (`+=`, `shuffle`) is seen wherever NumPy would show it — other names, lists, dicts, a
/// function's argument, and the views of the array's memory (a slice, a reshape, a transpose). The expected outputs were printed by
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

  /// Printed by NumPy 2.4.6 for the same statements: an update through a view changes the array it was taken from,
  /// and an update of an array changes its views.
  @Test func updatesShowThroughViews() {
    let transcript = """
      >>> a = np.zeros(3)
      >>> b = a[:2]
      >>> a += 1
      >>> b
      array([1., 1.])
      >>> g = np.zeros((2, 2))
      >>> r = g[0]
      >>> r += 5
      >>> g
      array([[5., 5.],
             [0., 0.]])
      >>> h = np.zeros(4)
      >>> v = h.reshape(2, 2)
      >>> h += 2
      >>> v
      array([[2., 2.],
             [2., 2.]])
      >>> m = np.zeros((2, 3))
      >>> t = m.T
      >>> m *= 2
      >>> m += 1
      >>> t
      array([[1., 1.],
             [1., 1.],
             [1., 1.]])
      >>> k = np.zeros(3)
      >>> j = np.reshape(k, (3, 1))
      >>> j += 1
      >>> k
      array([1., 1., 1.])

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    #expect(result.statements.count == 21 && result.statements.allSatisfy(\.passed))
  }
}
