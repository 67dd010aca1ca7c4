import Testing

@testable import Snippets

/// What autograd 1.9.1 answers in a way docbuild does not reproduce, refused by name: `np.cumsum` of a Python float
/// argument (autograd's VJP reads the float's `shape` and fails in the backward pass, after the function ran), and a
/// derivative of a function returning a tuple, list, dict, None or str, whose answer depends on the value's vector
/// space (zeros for a one-element tuple, "Grad only applies to real scalar-output functions" for a longer one, a list of
/// every registered type for None). What runs is checked against autograd in
/// `Fixtures/interpreter/147-session26-autograd-python-float-argument.txt`.
struct Session26RefusalTests {
  static let autograd = ">>> import autograd.numpy as anp\n>>> from autograd import grad, value_and_grad"

  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (autograd, "grad(lambda x: anp.cumsum(x)[0])(1.5)", "np.cumsum of a Python float argument", "NotImplementedError"),
    (autograd, "grad(lambda x: x.cumsum()[0])(1.5)", "np.cumsum of a Python float argument", "NotImplementedError"),
    (autograd, "grad(lambda x: (x, x))(1.5)", "a function that returns tuple", "NotImplementedError"),
    (autograd, "grad(lambda x: (x,))(1.5)", "a function that returns tuple", "NotImplementedError"),
    (autograd, "value_and_grad(lambda x: [x])(1.5)", "a function that returns list", "NotImplementedError"),
    (autograd, "grad(lambda x: None)(1.5)", "a function that returns NoneType", "NotImplementedError"),
    (autograd, "grad(lambda x: 'a')(1.5)", "a function that returns str", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

}
