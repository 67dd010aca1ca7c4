import Testing

@testable import Snippets

/// What the widened reach probe (`Benchmarks/reach_probe.py`: NumPy's 100 exercises, handson-ml3, the Whirlwind Tour,
/// ...) found docbuild printing where CPython prints something docbuild cannot know, now refused as docbuild's limit:
/// each refusal names the construct, and is never accepted as expected output. What docbuild now prints as CPython
/// does is checked against CPython in `Fixtures/interpreter/54-reach13-tutorial-gaps.txt`.
struct TutorialGapRefusalTests {
  /// (setup, statement, words the refusal says). Each of these printed text CPython does not print.
  static let refused: [(setup: String, statement: String, words: String)] = [
    // `np.nan in set([np.nan])` is True in CPython (the same float object), False for two NaNs made apart.
    ("", "np.nan in set([np.nan])", "NaN floats"), ("", "{np.nan, np.nan}", "NaN floats"),
    (">>> d = {np.nan: 1}", "d[np.nan]", "NaN floats"), (">>> s = {float('nan')}", "float('nan') in s", "NaN"),
    // CPython prints these with a memory address: as values (printed, any address matches: VariableTextTests).
    ("", "str(iter([2, 4, 6]))", "list_iterator object prints with its memory address"),
    ("", "repr(iter(range(10)))", "range_iterator object"),
    ("", "f'{(n ** 2 for n in range(12))}'", "generator object"),
    ("", "str(map(lambda x: x ** 2, range(-3, 4)))", "map object"), ("", "str(zip([1], [2]))", "zip object"),
    ("", "str([enumerate('ab')])", "enumerate object"),
    // An object's __dict__ is its attribute table in CPython: writing a string key into it binds an attribute (as
    // docbuild does, Fixtures/interpreter/280-lang30-getattr.txt); any other key is a key docbuild's table lacks.
    (">>> class Bag:\n...     pass\n>>> bag = Bag()", "bag.__dict__[1] = 3", "writing a key that is not a string"),
    (">>> class Bag:\n...     pass\n>>> bag = Bag()", "bag.__dict__.update({2: 3})", "not a string into the __dict__"),
    ("", "np.arange('1', '5', dtype=float)", "np.arange with str ends and a dtype"),
    // Python has these, snippets do not: Python would have run on.
    ("", "from numpy.lib import NumpyVersion", "numpy.lib.NumpyVersion is not part of the snippet language"),
    // CPython names the module's file in this message.
    ("", "from numpy.linalg import nothing_here", "which differs between machines"),
    ("", "from numpy import nothing_here", "which differs between machines"),
    (">>> from numpy import *", "show_config()", "'from numpy import *' on line 1 binds 'show_config'"),
    (">>> from numpy import *", "pow(2, 3)", "snippets' numpy has no 'pow'"),
    (">>> from math import *\n>>> from numpy import *", "x = pow", "has no value here"),
    // A refused star import of a module snippets do not know may bind any name (30 Days of Python, day 12: `mean`
    // was CPython's NameError before); a builtin stays itself.
    (">>> from numbers import *", "Number", "name 'Number' has no value here: 'from numbers import *' on line 1"),
    (">>> from os import *", "getcwd", "'from os import *' on line 1, which was refused"),
    // A refused `Z += …` (NumPy's 100 exercises: I came from a refused random draw) leaves Z unknown.
    (
      ">>> Z = np.ones(3)\n>>> np.random.seed(None)\n>>> I = np.random.randint(0, 3, 5)\n>>> Z += np.bincount(I)", "Z",
      "name 'Z' has no value here"
    ),
    (
      ">>> c = [1]\n>>> np.random.seed(None)\n>>> k = np.random.randint(3)\n>>> c[0] += k", "c", "'c' has no value here"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    let output = try RefusalProbe.unacceptedOutput(setup, statement)
    #expect(output.contains(words), "\(statement) printed \(output)")
  }

  /// CPython's own SyntaxError: a star import binds names only at a module's top level.
  @Test(arguments: ["def f():\n...     from numpy import *", "class C:\n...     from math import *"])
  func starImportInsideABodyIsASyntaxError(statement: String) throws {
    let output = try RefusalProbe.output("", statement)
    #expect(output.contains("import * only allowed at module level"), "\(statement) printed \(output)")
  }

  /// The ImportError of a name the module lacks in Python too stays catchable: a tutorial's fallback runs.
  @Test func failedFromImportFallsBack() throws {
    let output = try RefusalProbe.output(
      "", "try:\n...     from numpy.linalg import nothing_here\n... except ImportError:\n...     print('fallback')\n..."
    )
    #expect(output == "fallback", "printed \(output)")
  }

  /// After such a refused import, a builtin is still the builtin.
  @Test func builtinsStayAfterARefusedStarImport() throws {
    let output = try RefusalProbe.output(">>> from numbers import *", "len([1, 2])")
    #expect(output == "2", "printed \(output)")
  }

  /// A module whose names docbuild does not list is still refused at the import.
  @Test func starImportOfAnotherModuleIsRefused() throws {
    let output = try RefusalProbe.output("", "from os import *")
    #expect(output.contains("'from os import *' is not supported"), "printed \(output)")
  }
}
