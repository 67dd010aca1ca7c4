import Testing

@testable import Snippets

/// What session 46's printing probe (`Fuzz/printing_probe.py`) leaves refused beside what it answers (checked against
/// NumPy in `Fixtures/interpreter/476-*` to `479-*`, `make_fuzz46_fixtures.py`): format_float_* digits or padding past
/// NumPy's Dragon4 buffer, array2string separators holding tabs or newlines and prefixes or separators that are not
/// str, `formatter=`, array_str and array_repr of values docbuild makes no NumPy text of, and option values NumPy takes
/// and then prints oddly with (`np.set_printoptions(edgeitems=-1)`), after which statements are refused until the
/// options are given again, as `np.set_printoptions(**D)` with `D = np.get_printoptions()` now gives them.
struct Fuzz46RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.format_float_positional(1.5, precision=5000, unique=False)", "precision=5000) is not supported"),
    ("", "np.format_float_scientific(1.5, pad_left=10000)", "pad_left=10000) is not supported"),
    ("", "np.array2string(np.arange(3), separator='\\t')", "np.array2string(..., separator='\\t')"),
    ("", "np.array2string(np.arange(3), separator=None)", "np.array2string(..., separator=None)"),
    ("", "np.array2string(np.arange(3), prefix=5)", "np.array2string(..., prefix=5)"),
    ("", "np.array2string(np.arange(3), formatter={'int': str})", "np.array2string(..., formatter=)"),
    ("", "np.array_str(object())", "np.array_str of a object is not supported"),
    ("", "np.array_repr(np.str_('a'))", "np.array_repr of a NumPy string array"),
    ("", "np.array2string(np.arange(3), max_line_width='x')", "np.array2string(max_line_width='x')"),
    ("", "np.set_printoptions(edgeitems=-1)", "np.set_printoptions(edgeitems=-1)"),
    (
      ">>> D = np.get_printoptions()\n>>> np.set_printoptions(edgeitems=-1)", "print(np.arange(3) / 3)",
      "statements after the np.set_printoptions call on line 2"
    ),
    (
      ">>> D = np.get_printoptions()\n>>> np.set_printoptions(linewidth='a')\n>>> np.set_printoptions(precision=3)",
      "print(np.arange(3) / 3)", "statements after the np.set_printoptions call on line 2"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A dict of every option spread into np.set_printoptions makes the options known again after a refused call; a
  /// refused array2string option, or `with np.printoptions(…)` refused on entry, leaves them known.
  @Test(arguments: [
    (
      ">>> D = np.get_printoptions()\n>>> np.set_printoptions(edgeitems=-1)\n>>> np.set_printoptions(**D)", "0.33333333"
    ),
    (
      ">>> D = np.get_printoptions()\n>>> np.set_printoptions(threshold=1.5)\n>>> np.set_printoptions(**D)",
      "0.33333333"
    ),
    (">>> np.array2string(np.arange(3), max_line_width='x')", "0.33333333"),
    (">>> with np.printoptions(precision=-1): print(np.arange(3))", "0.33333333"),
  ])
  func optionsAreKnownAgain(setup: String, printed: String) throws {
    let output = try RefusalProbe.output(setup, "print(np.arange(3) / 3)")
    #expect(output.contains(printed), "\(output)")
  }
}
