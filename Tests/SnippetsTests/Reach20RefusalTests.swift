import Testing

@testable import Snippets

/// What NumPy's own docstring examples (the reach probe's `numpy-docstrings` corpus, issues 9 and 10) met docbuild
/// printing where NumPy prints something else, now refused by name: names NumPy's modules and classes have that the
/// language lacks (an AttributeError before), `next(a.flat)` after a loop and the rest of `np.nditer`, NumPy's class tree, sub-array
/// dtypes, generic aliases, the `np.char`/`np.strings` arguments docbuild does not follow, and statements after one
/// that would have changed what NumPy prints (`np.seterr(all='raise')`, `np.set_printoptions(formatter=…)`, a ufunc's
/// positional `out`). What now runs is checked against CPython and NumPy in
/// `Fixtures/interpreter/84-reach20-numpy-docstring-examples.txt` (`make_reach20_fixtures.py`).
struct Reach20RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np._core", "numpy._core is not part of the snippet language"),
    ("", "np.lib._iotools", "numpy.lib._iotools"),
    ("", "np.rec.format_parser", "numpy.rec.format_parser"),
    (">>> m = np.ma.array([1, 2], mask=[0, 1])", "m.view", "'MaskedArray' objects' attribute 'view'"),
    (">>> fl = np.arange(3).flat\n>>> _ = list(fl)", "next(fl)", "next(a.flat) after a loop"),
    (">>> it = np.nditer(np.arange(3))", "it.copy()", "np.nditer.copy() is not supported"),
    (">>> it = np.nditer(np.arange(3))", "it.shape", "np.nditer.shape is not supported"),
    ("", "issubclass(np.recarray, np.ndarray)", "issubclass(numpy.rec.recarray, numpy.ndarray)"),
    ("", "issubclass(np.float64, np.bytes_)", "issubclass(numpy.float64, numpy.bytes_)"),
    ("", "np.dtype((int, 2))", "a sub-array dtype"),
    ("", "np.ndarray[tuple[int], np.dtype[np.uint8]]", "a generic alias"),
    ("", "list[int].append", "the attribute 'append' of a generic alias"),
    (">>> a = np.arange(3)", "a.flags['ALIGNED'] = False", "setting a.flags['ALIGNED'] is not supported"),
    (">>> f = np.arange(3).flags", "f['WRITEABLE'] = False", "setting a.flags['WRITEABLE'] is not supported"),
    // start= and end= of the searches are answered since session 44 (fixture 134); other types than ints are not.
    ("", "np.strings.find(np.array(['abcb']), 'b', start=2.0)", "np.char.find with start= of type float"),
    ("", "np.strings.count(np.array(['abcb']), 'b', 0, np.array([2]))", "np.char.count with end= of type"),
    ("", "np.char.replace(np.array(['aaa']), 'a', 'b', 2)", "np.char.replace with count="),
    ("", "np.strings.multiply(np.array(['a', 'b']), np.array([1, 2]))", "np.char.multiply with an array as its i"),
    ("", "np.char.center(np.array(['a']), np.array([3]))", "np.char.center with an array as its width"),
    ("", "np.char.equal(np.array('a'), np.array('a '))", "np.char.equal of strings that end in white space"),
    ("", "np.logspace(2.0, 3.0, num=4, base=[2.0, 3.0], axis=-1)", "np.logspace with an array as its base"),
    ("", "np.median(np.arange(8).reshape(2, 2, 2), axis=(0, 1))", "np.median over a tuple of some of the axes"),
    ("", "np.flip(np.arange(4).reshape(2, 2), (0, -2))", "np.flip with a repeated axis"),
    ("", "np.ones((2, 3), order='A')", "ones(order=…) other than 'C' or 'F'"),
    ("", "np.percentile(np.array([3.0, 1.0, 2.0]), 50, overwrite_input=True)", "overwrite_input=True"),
    ("", "np.nanmedian(np.array([3.0, 1.0, 2.0]), overwrite_input=True)", "overwrite_input=True"),
    ("", "np.vectorize(otypes=[float])", "np.vectorize with only keyword arguments"),
    // (`np.r_[-1:1:6j, [0] * 3, 5, 6]` is answered since session 41, fixture 411; a complex step without a stop is not.)
    ("", "np.r_[-1::6j, [0] * 3, 5, 6]", "np.r_[…] with a complex step and no stop"),
    ("", "np.poly(np.eye(2))", "np.poly of a matrix is not supported"),
    ("", "np.nan_to_num(np.array([np.nan, 1.0]), nan=np.array(['a', 'b']))", "np.nan_to_num of a NumPy string array"),
    (
      ">>> from numpy.lib import recfunctions as rfn\n"
        + ">>> a = np.array([(1, (2, 3.0))], dtype=[('a', np.int64), ('b', [('ba', np.double), ('bb', np.int64)])])",
      "rfn.drop_fields(a, 'ba')", "drop_fields of a field inside a nested structure"
    ),
    (
      ">>> old = np.seterr(all='raise')", "np.sum(np.ones(2))",
      "a call of np.sum while NumPy's error modes have divide='raise'"
    ),
    (">>> old = np.seterr(over='call')", "np.int16(32000) * np.int16(3)", "over='call'"),
    (
      ">>> x = np.arange(3)\n>>> np.set_printoptions(formatter={'all': lambda x: 'int: ' + str(-x)})", "x",
      "statements after the np.set_printoptions call on line 2, which was refused"
    ),
  ]

  /// (setup whose last statement is refused, statement reading what it would have changed, words of the NameError).
  static let leftUnknown: [(setup: String, statement: String, words: String)] = [
    (
      ">>> x = np.array([1.0, -np.inf, 2.0])\n>>> y = np.zeros(2)\n>>> np.isneginf(x, y)", "y",
      "name 'y' has no value here"
    ),
    (
      ">>> a = np.array([3.0, 1.0, 2.0])\n>>> np.median(a, overwrite_input=True)", "a", "name 'a' has no value here"
    ),
    (
      ">>> A = np.array([1, 2, 3], dtype=np.int64)\n>>> A.view(A.dtype.newbyteorder()).byteswap(inplace=True)",
      "A.view(np.uint8)", "name 'A' has no value here"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  @Test(arguments: leftUnknown)
  func readsNothingARefusedStatementWouldHaveChanged(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: "NameError")
  }

  /// The statements under a refused mode run again once it is restored, and a later np.set_printoptions call brings
  /// arrays back (NumPy sets every option it is not given back to its default, the formatter included).
  @Test func runsAgainAfterTheModesAreRestored() throws {
    let outputs = RefusalProbe.outputs(
      of: """
        >>> old = np.seterr(all='raise')
        >>> np.seterr(**old)
        >>> np.float64(1.0) / 0
        >>> np.set_printoptions(formatter={'all': lambda x: 'int'})
        >>> np.set_printoptions(precision=8)
        >>> np.arange(3)
        """)
    #expect(outputs[2] == "np.float64(inf)")
    #expect(outputs[5] == "array([0, 1, 2])")
  }
}
