import Testing

@testable import Snippets

/// Frames kept for reuse across calls, and a compiled NumPy call's checks worked out once per name, change nothing a
/// snippet sees: recursion, frames a closure captured, two functions called in turn, and autograd's refusals.
@Suite struct CallReuseTests {
  /// What each statement of a transcript prints.
  private func outputs(_ transcript: String) -> [String] {
    RefusalProbe.outputs(of: transcript)
  }

  /// Values fixed by arithmetic: Fibonacci numbers, a mutual recursion 150 calls deep (more than the frames kept).
  @Test func recursionComputesAsBefore() {
    let printed = outputs(
      """
      >>> def fib(n):
      ...     return n if n < 2 else fib(n - 1) + fib(n - 2)
      ...
      >>> def even(n):
      ...     return True if n == 0 else odd(n - 1)
      ...
      >>> def odd(n):
      ...     return False if n == 0 else even(n - 1)
      ...
      >>> [fib(k) for k in range(12)]
      >>> fib(20)
      >>> even(150), odd(150), even(37)
      """)
    #expect(printed.suffix(3) == ["[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]", "6765", "(True, False, False)"])
  }

  /// A frame a closure holds is never handed to another call: each lambda keeps its own level's `n`.
  @Test func capturedFramesAreNotReused() {
    let printed = outputs(
      """
      >>> def make(n):
      ...     if n == 0:
      ...         return []
      ...     fs = make(n - 1)
      ...     fs.append(lambda: n)
      ...     return fs
      ...
      >>> [f() for f in make(20)]
      >>> def count(n):
      ...     return 0 if n == 0 else 1 + count(n - 1)
      ...
      >>> [count(5), len(make(3)), count(30)]
      """
    ).filter { !$0.isEmpty }
    #expect(
      printed.suffix(2) == [
        "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]", "[5, 3, 30]",
      ])
  }

  /// A function's frame starts with every local unbound, whichever call used it before.
  @Test func reusedFramesStartEmpty() {
    let printed = outputs(
      """
      >>> def f(flag):
      ...     if flag:
      ...         x = 1
      ...     return x
      ...
      >>> f(True)
      >>> f(False)
      """)
    #expect(printed.suffix(2).first == "1")
    #expect(printed.last?.hasPrefix("UnboundLocalError: ") == true, "\(printed)")
  }

  /// The latest spare frame (kept in a field of its own) and the older ones behind it serve the right function with
  /// every local unbound: a method called in a loop, a frame displaced from the field by a recursion 20 deep whose
  /// every level calls another function, then that function again. Values fixed by arithmetic.
  @Test func latestSpareFrameAndThoseBehindIt() {
    let printed = outputs(
      """
      >>> class P:
      ...     def __init__(self, x):
      ...         self.x = x
      ...     def get(self, flag):
      ...         if flag:
      ...             y = self.x
      ...         return y
      ...
      >>> p = P(5)
      >>> [p.get(True) for _ in range(3)]
      >>> p.get(False)
      >>> def inner(k):
      ...     t = k * 2
      ...     return t
      ...
      >>> def rec(n):
      ...     return 0 if n == 0 else inner(n) + rec(n - 1)
      ...
      >>> def outer(n):
      ...     s = 0
      ...     for k in range(n):
      ...         s += inner(k)
      ...     return s
      ...
      >>> [rec(20), outer(5), rec(3), [outer(i) for i in range(5)], p.get(True)]
      """
    ).filter { !$0.isEmpty }
    #expect(printed.count == 3, "\(printed)")
    #expect(printed.first == "[5, 5, 5]")
    #expect(printed.dropFirst().first?.hasPrefix("UnboundLocalError: ") == true, "\(printed)")
    #expect(printed.last == "[420, 20, 12, [0, 0, 2, 6, 12], 5]")
  }

  /// The outermost derivative fills the interpreter's list of traced leaves in place and empties it when it returns:
  /// after every call, first or later, nested or not, nothing of it is left to the next (which would make an array
  /// computed from an old argument count as traced). Gradients fixed by calculus: d/dw sum(w * w) = 2w, and the
  /// second derivative of x ** 3 at 2 is 12.
  @Test func derivativeLeavesAreEmptiedAfterEachCall() throws {
    let code = """
      from autograd import grad
      import autograd.numpy as anp
      def f(w):
          return anp.sum(w * w)
      g = grad(f)
      a = g(np.array([1.0, 2.0]))
      b = g(np.array([3.0]))
      h = grad(grad(lambda x: x ** 3.0))(2.0)
      c = g(a)
      """
    let (statements, errors) = Parser.parse(code)
    #expect(errors.isEmpty)
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for statement in statements {
        // The error, should a statement fail: a run under load once found none of the four names bound, and the
        // dropped error did not say why.
        let execution = interpreter.execute(statement, in: Array(code.utf8))
        #expect(
          execution.error == nil,
          "\(statement.range): \(execution.error.map { "\($0.type): \($0.message)" } ?? "")")
        #expect(interpreter.derivativeLeaves.isEmpty && interpreter.derivativeInput == nil)
        #expect(interpreter.derivativeDepth == 0)
      }
      #expect(interpreter.globals["a"]?.repr == "array([2., 4.])")
      #expect(interpreter.globals["b"]?.repr == "array([6.])")
      #expect(interpreter.globals["h"]?.repr == "np.float64(12.0)")
      #expect(interpreter.globals["c"]?.repr == "array([4., 8.])")
    }
  }

  /// `np.positive`, a compiled call's direct path, still gets autograd 1.9.1's error under `grad` (it defines no VJP
  /// for it: `NotImplementedError: VJP of positive wrt argnums (0,) not defined`), as the general path (`*args`)
  /// does; `np.dot`, whose VJP autograd defines, is not looked at.
  @Test func autogradRefusalsOnTheDirectPath() throws {
    #expect(AutogradTracing.mayRefuseCall("numpy.positive"))
    #expect(!AutogradTracing.mayRefuseCall("numpy.dot") && !AutogradTracing.mayRefuseCall("numpy.mean"))
    let printed = outputs(
      """
      >>> from autograd import grad
      >>> def f(x):
      ...     return np.positive(x).sum()
      ...
      >>> def g(x):
      ...     return np.positive(*[x]).sum()
      ...
      >>> grad(f)(np.ones(3))
      >>> grad(g)(np.ones(3))
      """)
    #expect(
      printed.suffix(2)
        == Array(repeating: "NotImplementedError: VJP of positive wrt argnums (0,) not defined", count: 2))
  }
}
