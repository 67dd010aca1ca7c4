import Dispatch
import Synchronization
import Testing

@testable import Snippets

/// The arrays a chapter keeps for its derivatives' backward passes (`BackwardBuffers`) change nothing a snippet sees:
/// graphs of other sizes in turn, a walk large enough to index its nodes in a table followed by a small one, a
/// derivative inside a primitive's VJP (which runs while the outer pass holds the buffers), and chapters running
/// gradient loops at the same time. Every expected value is fixed by arithmetic (powers of two, exact in float64).
@Suite struct BackwardBuffersTests {
  /// What each statement of a transcript prints, empty outputs left out.
  private func outputs(_ transcript: String) -> [String] {
    RefusalProbe.outputs(of: transcript).filter { !$0.isEmpty }
  }

  /// Three graphs of different sizes, one after the other and then the first again: each gradient is its own.
  @Test func successivePassesOfOtherSizes() {
    let printed = outputs(
      """
      >>> import autograd.numpy as anp
      >>> from autograd import grad
      >>> square = grad(lambda x: anp.sum(x ** 2))
      >>> cube = grad(lambda x: anp.sum(x * x * x))
      >>> def chain(x):
      ...     y = x
      ...     for _ in range(30):
      ...         y = y + x
      ...     return anp.sum(y)
      ...
      >>> square(anp.array([1.0, 2.0, 3.0]))
      >>> cube(anp.array([1.0, 2.0]))
      >>> grad(chain)(anp.array([0.5, 4.0]))
      >>> square(anp.array([0.5, -1.0]))
      """)
    #expect(
      printed.suffix(4) == [
        "array([2., 4., 6.])", "array([ 3., 12.])", "array([31., 31.])", "array([ 1., -2.])",
      ], "\(printed)")
  }

  /// A gradient-descent loop on `sum(w ** 2)` with step 0.25 halves w at every step: no step sees another's values.
  @Test func gradientDescentSteps() {
    let printed = outputs(
      """
      >>> import autograd.numpy as anp
      >>> from autograd import grad
      >>> g = grad(lambda w: anp.sum(w ** 2))
      >>> W = anp.array([1024.0, -2048.0])
      >>> for step in range(10):
      ...     W = W - 0.25 * g(W)
      ...
      >>> W
      """)
    #expect(printed.last == "array([ 1., -2.])", "\(printed)")
  }

  /// A primitive's VJP that takes a derivative itself runs while the outer pass holds the chapter's buffers: both
  /// passes give their own gradients (d/dx of 2·x³ at 2 is 24; the inner grad of t³ at 2 is 12).
  @Test func derivativeInsideAVJP() {
    let printed = outputs(
      """
      >>> import autograd.numpy as anp
      >>> from autograd import grad
      >>> from autograd.extend import primitive, defvjp
      >>> @primitive
      ... def cube(x):
      ...     return x ** 3
      ...
      >>> defvjp(cube, lambda ans, x: lambda g: g * grad(lambda t: t ** 3)(x))
      >>> grad(lambda x: cube(x) * 2.0)(anp.float64(2.0))
      >>> grad(lambda t: t ** 3)(anp.float64(2.0))
      """)
    #expect(printed.suffix(2) == ["np.float64(24.0)", "np.float64(12.0)"], "\(printed)")
  }

  /// Chapters running gradient loops on several threads at once each get their own gradients: chapter k starts
  /// from 1024·(k + 1) and halves it ten times.
  @Test func chaptersInParallel() {
    let results = Mutex<[Int: [String]]>([:])
    DispatchQueue.concurrentPerform(iterations: 4) { k in
      let printed = outputs(
        """
        >>> import autograd.numpy as anp
        >>> from autograd import grad
        >>> g = grad(lambda w: anp.sum(w ** 2))
        >>> W = anp.array([\(1024 * (k + 1)).0, -2048.0])
        >>> for step in range(10):
        ...     W = W - 0.25 * g(W)
        ...
        >>> W
        """)
      results.withLock { $0[k] = printed }
    }
    let printed = results.withLock { $0 }
    #expect(printed[0]?.last == "array([ 1., -2.])")
    #expect(printed[1]?.last == "array([ 2., -2.])")
    #expect(printed[2]?.last == "array([ 3., -2.])")
    #expect(printed[3]?.last == "array([ 4., -2.])")
  }
  /// The seed of 1 a pass starts from is kept for the next pass: a primitive's VJP that keeps its upstream gradient
  /// (a detached copy of the seed, sharing its elements) holds an array of its own every pass, as autograd makes a
  /// new array of ones for every pass, and writing into it changes neither the kept seed nor a later pass's (the
  /// core's own check, that a seed someone holds is not reused, is BackwardSeedTests'). `y` has shape (1,), which
  /// `grad` differentiates as a scalar.
  @Test func seedKeptByAVJPIsNotReused() {
    let printed = outputs(
      """
      >>> import autograd.numpy as anp
      >>> from autograd import grad
      >>> from autograd.extend import primitive, defvjp
      >>> seen = []
      >>> @primitive
      ... def twice(x):
      ...     return 2.0 * x
      ...
      >>> def keep(g):
      ...     seen.append(g)
      ...     return 2.0 * g
      ...
      >>> defvjp(twice, lambda ans, x: keep)
      >>> a = grad(twice)(anp.array([3.0]))
      >>> b = grad(twice)(anp.array([5.0]))
      >>> seen[0] is seen[1]
      >>> seen[1][0] = 8.0
      >>> c = grad(twice)(anp.array([7.0]))
      >>> seen[1] is seen[2]
      >>> (a[0], b[0], c[0], seen[0][0], seen[1][0], seen[2][0])
      """)
    #expect(
      printed.suffix(3) == [
        "False", "False",
        "(np.float64(2.0), np.float64(2.0), np.float64(2.0), np.float64(1.0), np.float64(8.0), np.float64(1.0))",
      ], "\(printed)")
  }

  /// A Python float beside a float64 array is a constant operand with no graph node: derivatives through such
  /// products and sums, on either side of the operator, are unchanged (d/dx of 0.5·x·0.25 + 0.125 − x·1.5 is −1.375
  /// at every element; of 2.0 / x at 4.0, −0.125).
  @Test func pythonFloatOperandsAreConstants() {
    let printed = outputs(
      """
      >>> import autograd.numpy as anp
      >>> from autograd import grad
      >>> grad(lambda x: anp.sum(0.5 * x * 0.25 + 0.125 - x * 1.5))(anp.array([1.0, -2.0]))
      >>> grad(lambda x: 2.0 / x)(anp.float64(4.0))
      """)
    #expect(printed.suffix(2) == ["array([-1.375, -1.375])", "np.float64(-0.125)"], "\(printed)")
  }
}
