import Testing

@testable import Snippets

/// What the language fuzzer (`Fuzz/python_differential.py`) found docbuild raising as a Python exception where CPython
/// prints a value docbuild cannot hold: now refused as docbuild's limit, by name, and never accepted as expected
/// output (a `try` cannot catch it either). What docbuild now prints as CPython does is checked against CPython in
/// `Fixtures/interpreter/57-pyfuzz-language.txt`.
struct LanguageFuzzRefusalTests {
  /// (setup, statement, words the refusal says). CPython prints each of these containers with `[...]` or `{...}`.
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> L = [1, 2]", "L.append(L)", "a list that contains itself is not supported"),
    (">>> L = [1, 2]", "L += [L]", "a list that contains itself"),
    (">>> L = [1, 2]", "L[0] = L", "xs.append(xs.copy())"),
    (">>> L = [1, 2]", "L[1:1] = [L]", "a list that contains itself"),
    (">>> D = {'a': 1}", "D['self'] = D", "a dict that contains itself is not supported"),
    (">>> D = {'a': 1}", "D['k'] = [D]", "d['self'] = d.copy()"),
    (">>> L = [1, 2]", "try:\n...     L.append(L)\n... except ValueError:\n...     print('caught')", "contains itself"),
    // Case folding that is not lowercasing.
    ("", "'straße'.casefold()", "str.casefold of 'ß' is not supported"), ("", "'ﬁne'.casefold()", "casefold"),
    // CPython's range holds ints of any size.
    ("", "range(2**70)[-1:]", "a range with a bound beyond 64 bits is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
