import SourceText
import Testing

@testable import Snippets

/// Cases a review found printing what Python would not (or crashing): each now prints Python's text or is refused
/// with an error a transcript can never expect. Expected outputs were printed by CPython 3.11 / NumPy 2.4.6.
struct RefusedNotMisprintedTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func percentFormattingMatchesPython() {
    let transcript = """
      >>> '%5s|' % 'ab'
      '   ab|'
      >>> '%-5s|%5r' % ('ab', 'c')
      "ab   |  'c'"
      >>> '%05d' % -3
      '-0003'
      >>> '%d' % float('inf')
      OverflowError: cannot convert float infinity to integer
      >>> '%d' % float('nan')
      ValueError: cannot convert float NaN to integer

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test(arguments: [
    "from autograd import grad\nf = lambda x: x ** 2\ngrad(grad(grad(grad(f))))(1.5)\n",
    "rng = np.random.default_rng(3)\nx = 1\nrng.permuted(np.arange(6).reshape(2, 3), out=np.zeros((2, 3), int))\n",
    "from autograd import grad\nf = lambda x: 1.0\ngrad(f)(2.0)\n",
    "x = np.zeros(2, dtype=int)\ny = 1\nx[0] = 1e30\n",
  ])
  func refusedAtTheStatement(script: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    // The top-level statement that raised: the last one of each script.
    let lastStatement = script.split(separator: "\n").lastIndex { !$0.hasPrefix(" ") }.map { $0 + 1 }
    #expect(result.diagnostics.first?.location.line == lastStatement)
  }
}

/// A statement docbuild refuses would have run in Python, so the names it binds or changes hold values docbuild does
/// not know: reading one afterwards is refused too, never printed stale.
struct RefusedStatementsForgetTheirNamesTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    // An import docbuild refuses, then what is made from it.
    (
      ">>> d = 1\n>>> from scipy.spatial.distance import pdist, squareform\n>>> d = squareform(pdist(x))\n>>> d\n1\n", 4
    ),
    // A refused call's target keeps no stale value.
    (">>> z = np.array([1 + 2j])\n>>> w = 1\n>>> w = np.log(z)\n>>> w\n1\n", 4),
    // An in-place method the refused statement would have run.
    (">>> z = np.array([1 + 2j])\n>>> xs = [1]\n>>> xs.append(np.log(z))\n>>> xs\n[1]\n", 4),
    // `del` of a forgotten name deletes it, as in Python; reading it afterwards is Python's NameError.
    (
      ">>> z = np.array([1 + 2j])\n>>> w = np.log(z)\n>>> del w\n>>> w\nNameError: name 'w' is not defined\n"
        + ">>> v = np.log(z)\n>>> v\n1\n", 7
    ),
    // A refused statement's `out=` array.
    (">>> z = np.array([1 + 2j])\n>>> o = np.zeros(1, complex)\n>>> _ = np.log(z, out=o)\n>>> o\narray([0.+0.j])\n", 4),
  ])
  func laterReadsAreRefused(transcript: String, line: Int) {
    let result = run(transcript)
    let later = result.diagnostics.first { $0.location.line == line }
    #expect(
      later?.message.contains("has no value here: the statement on line \(line - 1)") == true,
      "\(result.diagnostics.map(\.message))")
  }

  /// A name Python has but the language lacks is a refusal (Python would not raise); a name Python lacks too keeps
  /// Python's own error. The expected error lines are CPython 3.11 / NumPy 2.4.6's; the names come from
  /// `Tests/fixtures/make_python_names.py`.
  @Test func missingNamesPythonHasAreRefusals() {
    let result = run(
      """
      >>> np.linspace(0, 1, 3, device='cpu')
      array([0. , 0.5, 1. ])
      >>> np.nosuchthing
      AttributeError: module 'numpy' has no attribute 'nosuchthing'
      >>> np.arange(3).nosuch
      AttributeError: 'numpy.ndarray' object has no attribute 'nosuch'
      >>> m = aiter
      >>> np.linspace(0, 1, 3, bogus=1)
      TypeError: linspace() got an unexpected keyword argument 'bogus'
      >>> from numpy import memmap
      >>> np.empty(2)
      array([0., 0.])
      >>> np.zeros(2, dtype='i8, f4')
      array([(0, 0.), (0, 0.)], dtype=[('f0', '<i8'), ('f1', '<f4')])
      >>> np.dtype('foo')
      TypeError: data type 'foo' not understood

      """)
    #expect(
      result.diagnostics.map(\.message) == [
        "NotImplementedError: linspace(device=…) is not part of the snippet language (NumPy has it)",
        "NameError: name 'aiter' is not defined in snippets: Python's builtin aiter is not part of the "
          + "snippet language",
        "NotImplementedError: numpy.memmap is not part of the snippet language (Python has it)",
        "ValueError: np.empty's elements are whatever its memory held, so NumPy prints different numbers on each run; "
          + "fill the array before showing it, or assign it (`a = np.empty(…)`)",
      ])
  }

  /// Statements NumPy and CPython run that docbuild once answered with an error of its own (a TypeError for a string
  /// element, an AttributeError for a ufunc's attribute, …): refused now, and the name each binds is forgotten. The
  /// expected lines are CPython 3.11 / NumPy 2.4.6's.
  @Test func statementsPythonRunsAreNeverDocbuildsErrors() {
    let result = run(
      """
      >>> np.array([None, 1])
      array([None, 1], dtype=object)
      >>> np.linspace(1+1.j, 4, 5, dtype=np.complex64)
      array([1.  +1.j  , 1.75+0.75j, 2.5 +0.5j , 3.25+0.25j, 4.  +0.j  ],
            dtype=complex64)
      >>> np.add.identity
      0
      >>> def f(ham: str, eggs: str = 'eggs') -> str: pass
      >>> f.__annotations__
      {'ham': <class 'str'>, 'eggs': <class 'str'>, 'return': <class 'str'>}
      >>> np.dtype('u1, i4', align=True)
      dtype([('f0', 'u1'), ('f1', '<i4')], align=True)
      >>> class C(np.ndarray): pass
      >>> C
      <class '__main__.C'>

      """)
    let messages = result.diagnostics.map(\.message)
    // Line 11's aligned structured dtype runs as NumPy's (structured arrays, issue 10), line 6's ufunc identity
    // prints NumPy's 0 (UfuncIdentity.swift), line 13's np.ndarray subclass is a class (ArraySubclasses.swift), and
    // line 1's object array prints NumPy's text (ObjectArrays.swift).
    #expect(result.diagnostics.map(\.location.line) == [3, 9], "\(messages)")
    #expect(!messages.contains { $0.hasPrefix("statement raised") }, "\(messages)")
  }

  /// A dtype NumPy makes but the language lacks is refused, never NumPy's "not understood" TypeError, which stays for
  /// names NumPy rejects too. The expected lines are NumPy 2.4.6's.
  @Test func dtypesNumPyMakesAreRefusals() {
    let result = run(
      """
      >>> np.dtype('V7')
      dtype('V7')
      >>> np.zeros(2, dtype='M8[ns]')
      array(['1970-01-01T00:00:00.000000000', '1970-01-01T00:00:00.000000000'],
            dtype='datetime64[ns]')
      >>> np.dtype('xyz')
      TypeError: data type 'xyz' not understood

      """)
    #expect(result.diagnostics.map(\.location.line) == [1, 3], "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.allSatisfy { $0.message.hasPrefix("NotImplementedError: ") })
  }

  /// matplotlib unpacks a list or array given as the lower limit; `plt.style` is a module docbuild does not have. The
  /// expected lines are matplotlib 3.11's.
  @Test func plotLimitsFromAListAndPlotSubmodules() {
    let result = run(
      """
      >>> import matplotlib.pyplot as plt
      >>> plt.xlim([-10, 10])
      (-10.0, 10.0)
      >>> plt.ylim((-1.2, 1.2))
      (-1.2, 1.2)
      >>> plt.xlim(np.array([0, 5]))
      (0.0, 5.0)
      >>> plt.xlim([1])
      ValueError: not enough values to unpack (expected 2, got 1)
      >>> plt.xlim([1, 2, 3])
      ValueError: too many values to unpack (expected 2)
      >>> plt.style.use('fivethirtyeight')

      """)
    #expect(result.diagnostics.map(\.location.line) == [12], "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.first?.message.hasPrefix("NotImplementedError: plt.style.use") == true)
  }

  /// Functions print as Python prints them where that text has no memory address (builtins, ufuncs, `math`); the
  /// rest (`<function f at 0x…>`) are refused where the text becomes a value (`str(f)`, `repr(np.sum)`), never shown
  /// without the address. The lines are CPython 3.11's.
  @Test func functionsPrintAsPythonOrAreRefused() {
    let result = run(
      """
      >>> np.add
      <ufunc 'add'>
      >>> np.true_divide
      <ufunc 'divide'>
      >>> import math
      >>> math.sqrt
      <built-in function sqrt>
      >>> print([len, np.abs])
      [<built-in function len>, <ufunc 'absolute'>]
      >>> def f(): pass
      >>> str(f)
      >>> [1].append
      >>> repr(np.sum)

      """)
    #expect(result.diagnostics.map(\.location.line) == [11, 12, 13], "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.allSatisfy { $0.message.contains("memory address") })
  }

  @Test func aScriptThatIsRefusedForgetsWhatItsLaterStatementsBind() {
    let session = SnippetSession()
    _ = session.check(Snippet(text: "total = 1\nrest = 2\n", origin: SourcePosition(line: 1, column: 1)))
    let refused = session.check(
      Snippet(
        text: "z = np.array([1 + 2j])\nw = np.log(z)\ntotal = 10\n", origin: SourcePosition(line: 10, column: 1)))
    #expect(refused.diagnostics.count == 1)
    let later = session.check(Snippet(text: ">>> total\n1\n>>> rest\n2\n", origin: SourcePosition(line: 20, column: 1)))
    // `total` was to be rebound by line 12, which never ran; `rest` is untouched.
    #expect(later.diagnostics.map(\.location.line) == [20])
    #expect(later.diagnostics.first?.message.contains("line 12") == true, "\(later.diagnostics.map(\.message))")
  }
}

/// A transcript may show an error as Python's traceback prints it, with NumPy's module-qualified class name; the
/// lines are CPython 3.11 / NumPy 2.4.6's (`traceback.format_exception_only`).
struct QualifiedExceptionNameTests {
  @Test func qualifiedNumPyErrorsMatchTheirShortNames() {
    let result = SnippetSession().check(
      Snippet(
        text: """
          >>> np.sum(np.arange(3), axis=2)
          Traceback (most recent call last):
          numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 1
          >>> np.linalg.inv(np.zeros((2, 2)))
          Traceback (most recent call last):
          numpy.linalg.LinAlgError: Singular matrix
          >>> a = np.arange(3)
          >>> a += 1.5
          Traceback (most recent call last):
          numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
          >>> np.add(np.array([1.5]), 2, dtype=int)
          Traceback (most recent call last):
          numpy._core._exceptions._UFuncInputCastingError: Cannot cast ufunc 'add' input 0 from dtype('float64') to dtype('int64') with casting rule 'same_kind'
          >>> np.power(100, 9, dtype=np.int32)
          np.int32(-1486618624)
          >>> np.true_divide(1, 3, dtype=np.int64)
          Traceback (most recent call last):
          TypeError: No loop matching the specified signature and casting was found for ufunc divide

          """, origin: SourcePosition(line: 1, column: 1)))
    #expect(result.diagnostics.map(\.message) == [])
  }
}
