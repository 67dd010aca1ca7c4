import SourceText
import Testing

@testable import Snippets

/// A write through a view into an array that a recorded gradient depends on: the gradient of an overwritten element is
/// zero and the written values' gradients flow through. Expected values are mathematics: after `v += x[1:]` with
/// `y = 2x`, y is `[2x₀, 3x₁, 3x₂]`; then `y[0] = 5` through another view makes it `[5, 3x₁, 3x₂]`.
struct ViewWriteGradientTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func aWriteThroughAViewIsRecordedOnItsBase() {
    let transcript = """
      >>> x = np.array([1.0, 2.0, 3.0])
      >>> y = x * 2.0
      >>> v = y[1:]
      >>> v += x[1:]
      >>> y
      array([2., 6., 9.])
      >>> L = np.sum(y * y)
      >>> grad(L, x)
      array([ 8., 36., 54.])
      >>> bool(np.allclose(numgrad(L, x), [8.0, 36.0, 54.0]))
      True
      >>> w = y[:1]
      >>> w[0] = 5.0
      >>> y
      array([5., 6., 9.])
      >>> M = np.sum(y * x)
      >>> grad(M, x)
      array([ 5., 12., 18.])
      >>> bool(np.allclose(numgrad(M, x), [5.0, 12.0, 18.0]))
      True

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    #expect(result.statements.count == 14 && result.statements.allSatisfy(\.passed))
  }

  /// autograd rebinds a box on `+=` where NumPy writes through the view, so neither answer would be autograd's:
  /// refused at the statement.
  @Test func anInPlaceUpdateOfADifferentiatedViewIsRefused() {
    let script = """
      from autograd import grad
      def f(v):
          y = v * 1.0
          w = y[1:]
          w += 1.0
          return np.sum(y * y)
      grad(f)(np.array([1.0, 2.0]))

      """
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location.line == 5)  // the `+=` inside the function
    #expect(
      result.diagnostics.first?.message.hasPrefix("NotImplementedError: this array shares its memory with another one")
        == true, "\(result.diagnostics.map(\.message))")
  }
}
