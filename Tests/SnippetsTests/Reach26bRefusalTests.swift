import Testing

@testable import Snippets

/// What the session-26 corpora showed snippets printing otherwise, where exactness is out of reach, refused by name:
/// autograd's gradient through `np.broadcast_to` or `np.dot` of a 0-d value (a 0-d array or a NumPy scalar by rules
/// snippets do not follow there), and a name bound before a refused star import of a module whose names snippets do
/// not know (Python may rebind it), `typing.NamedTuple` called as a function, and the `__dict__` of the namedtuples and
/// Counters snippets make in Python code of their own (its attributes are not CPython's). What runs is checked against CPython and autograd in
/// `Fixtures/interpreter/180-reach26b-autograd-zero-dimensional-gradients.txt` and
/// `181-reach26b-standard-library-star-imports.txt` and `182-reach26b-typing-named-tuple-classes.txt`.
struct Reach26bRefusalTests {
  static let autograd = ">>> import autograd.numpy as anp\n>>> from autograd import grad"
  static let namedTuple = ">>> from typing import NamedTuple\n>>> class P(NamedTuple):\n...     x: int\n..."

  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (
      autograd, "grad(lambda x: anp.broadcast_to(x, ()).sum())(1.5)", "np.broadcast_to of a 0-d value",
      "NotImplementedError"
    ),
    (
      autograd, "grad(lambda x: anp.broadcast_to(x, ()) + x)(np.float64(1.5))", "np.broadcast_to of a 0-d value",
      "NotImplementedError"
    ),
    (autograd, "grad(lambda x: anp.dot(x, 2.0))(1.5)", "np.dot of a 0-d value", "NotImplementedError"),
    (autograd, "grad(lambda x: anp.dot(2.0, x) + x)(np.array(1.5))", "np.dot of a 0-d value", "NotImplementedError"),
    (autograd, "grad(lambda x: anp.dot(x, anp.ones(3)).sum())(1.5)", "np.dot of a 0-d value", "NotImplementedError"),
    (">>> match = 10\n>>> from os import *", "match", "'from os import *' on line 2, which was refused", "NameError"),
    (">>> e = [1]\n>>> from pylab import *", "e", "'from pylab import *'", "NameError"),
    (
      ">>> NormalDist = 3\n>>> from statistics import *", "NormalDist", "'from statistics import *' on line 2",
      "NameError"
    ),
    (
      ">>> from typing import NamedTuple", "NamedTuple('P', [('x', int)])", "typing.NamedTuple() called",
      "NotImplementedError"
    ),
    (namedTuple, "vars(P(1))", "the __dict__ (or vars()) of a 'P' object", "NotImplementedError"),
    (namedTuple, "P(1).__dict__", "the __dict__ (or vars()) of a 'P' object", "NotImplementedError"),
    (">>> from collections import Counter", "vars(Counter('ab'))", "of a 'Counter' object", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// A module's name stays bound after a refused star import of an unknown module; the chapter's `np` still works.
  @Test func moduleNamesSurviveARefusedStarImport() throws {
    let output = try RefusalProbe.output(">>> import math\n>>> from os import *", "np.ones(2), math.pi")
    #expect(output == "(array([1., 1.]), 3.141592653589793)")
  }
}
