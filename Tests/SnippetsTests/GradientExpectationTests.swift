import Testing

@testable import Snippets

/// A chapter whose code cannot reach `grad(y, x)`, `numgrad` or `gradients` keeps no history between its values
/// (`SnippetSession.mayTakeGradients(in:)`): the training loop of a tutorial that never asks for one held every step's
/// graph (886 MB for 100,000 steps of lazyprogrammer's `bad_xor.py`), since its data arrays, named, fed every step.
struct GradientExpectationTests {
  @Test(arguments: [
    "g = grad(loss, w)", "numgrad(y, x)", "gradients(l, w, b)", "from autograd import grad", "v.grad = 0.0",
    "print(x) # grad", "'grad'", "globals()['g']", "import builtins", "eval('1')", "exec(code)", "vars()",
    "locals()", "__import__('math')", "import importlib", "grad",
    // Code with a non-ASCII character is scanned by Character (ASCII code by byte): `·` is no letter, so `grad` is a
    // name of its own.
    "x = grad·y", "# coût : grad(y, x)",
    // The module itself is bound, its names reached by computed names, or the list goes on where the scan stops.
    "from builtins import *", "from builtins import range\nimport builtins", "from builtins import grad",
    "from builtins import range, \\\n  zip", "x = builtins", "from  builtins  importer", "fromm builtins import range",
  ])
  func codeNamingAGradientMayTakeOne(code: String) {
    #expect(SnippetSession.mayTakeGradients(in: ["w = np.ones(3)", code]))
  }

  @Test(arguments: [
    "w -= lr * dw", "gradient = 2 * x", "def gradient_descent(w): return w", "my_grad = 1", "grads = []",
    "elementwise_grad(f)(x)", "graduate = True", "",
    // `é` is a letter: `gradé` is one name.
    "gradé = 1",
    // Python 2 compatibility code binds named builtins, never the module (lazyprogrammer's `bad_xor.py`).
    "from builtins import range", "from builtins import range, input  # Python 2",
    "from builtins import (range,\n  zip)", "from\tbuiltins import range as r; x = r(3)",
  ])
  func codeNamingNoneTakesNone(code: String) {
    #expect(!SnippetSession.mayTakeGradients(in: ["w = np.ones(3)", code]))
  }

  /// A loop inside a function forgets histories too when the chapter takes no gradient: each pass of this relaxation
  /// writes a copy's values into `p` in place, and the history of those writes held every earlier copy (8 KB a pass)
  /// until the function returned. CFD Python's cavity flow (700 steps of 50 such passes) stopped at the 2 GiB limit.
  /// `p` owns its memory (`.copy()`): `np.linspace`'s own result is a view, whose writes keep no such history.
  @Test func aFunctionsLoopForgetsHistoriesWithoutGradients() {
    let transcript = """
      >>> def relax(p, passes):
      ...     for k in range(passes):
      ...         pn = p.copy()
      ...         p[1:-1] = (pn[2:] + pn[:-2]) / 2
      ...     return p
      ...
      >>> float(relax(np.linspace(0.0, 1.0, 1000).copy(), 2000)[500])
      0.5005005005005005
      """
    for expected in [false, true] {
      let session = SnippetSession(memoryLimit: 8 << 20)
      session.expectGradients(expected)
      let run = session.check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
      let last = run.statements.last
      if expected {
        #expect(last?.passed == false, "with histories kept, 2,000 copies do not fit in 8 MiB")
      } else {
        #expect(last?.passed == true, "\(last?.code ?? "") printed \(last?.output ?? "")")
      }
    }
  }

  /// In a chapter that keeps no history, values are computed without a graph node, but an autograd derivative
  /// records what runs inside it (the values computed before it are its constants), and a view computed so still
  /// shows a write through its base. Expected text from autograd 1.9.1 and NumPy 2.4.6.
  @Test func autogradDerivativesRecordInAChapterWithoutHistory() {
    let transcript = """
      >>> import autograd.numpy as np
      >>> from autograd import elementwise_grad as egrad
      >>> x = np.linspace(-1.0, 1.0, 5)
      >>> w = np.tanh(x) * 2.0 + x[::-1]
      >>> def f(v):
      ...     return np.sin(v * w) + v.T ** 2
      ...
      >>> egrad(f)(x)
      array([-2.45320171, -1.41472611,  0.        ,  1.41472611,  2.45320171])
      >>> y = w.reshape(5, 1)[2] - x[1]
      >>> y
      array([0.5])
      >>> v = w[1:4]
      >>> w[2] = 7.0
      >>> v
      array([-0.42423431,  7.        ,  0.42423431])
      >>> egrad(f)(x)
      array([-2.45320171, -1.41472611,  7.        ,  1.41472611,  2.45320171])
      """
    #expect(!SnippetSession.mayTakeGradients(in: [transcript]))
    let session = SnippetSession()
    session.expectGradients(false)
    let run = session.check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.count == 12)
    for statement in run.statements {
      #expect(statement.passed, "\(statement.code) printed \(statement.output)")
    }
  }

  /// Reached in a chapter judged to take none (a path the text scan missed), a gradient is refused, not answered from
  /// forgotten histories.
  @Test func aGradientInAChapterWithoutHistoryIsRefused() {
    let session = SnippetSession()
    session.expectGradients(false)
    let run = session.check(
      Snippet(text: ">>> x = np.ones(3)\n>>> grad((x * x).sum(), x)\n", origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.output.contains("reached without its name") == true)
  }
}
