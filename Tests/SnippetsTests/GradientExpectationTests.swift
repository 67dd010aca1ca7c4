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
  ])
  func codeNamingAGradientMayTakeOne(code: String) {
    #expect(SnippetSession.mayTakeGradients(in: ["w = np.ones(3)", code]))
  }

  @Test(arguments: [
    "w -= lr * dw", "gradient = 2 * x", "def gradient_descent(w): return w", "my_grad = 1", "grads = []",
    "elementwise_grad(f)(x)", "graduate = True", "",
  ])
  func codeNamingNoneTakesNone(code: String) {
    #expect(!SnippetSession.mayTakeGradients(in: ["w = np.ones(3)", code]))
  }
}
