import Testing

@testable import Snippets

/// `list.remove`, `index` and `count` of a NaN float in a container holding one: CPython takes an item for equal to
/// itself before calling `==`, so it finds the NaN it was given and no other (`xs.remove(n)` removes `n`;
/// `xs.count(float('nan'))` is 0). Snippets do not track which float object a NaN is, and `==` alone answered that it
/// is not there (`xs.remove(n)` raised ValueError, `xs.count(n)` was 0): refused as `n in xs` is. Likewise for
/// complex numbers and NumPy scalars holding a NaN, NaTs, and containers holding any of these.
struct NanSearchRefusalTests {
  static let setup = """
    >>> n = float('nan')
    >>> xs = [1, n, 2]
    """

  @Test(arguments: [
    "xs.remove(n)", "xs.count(n)", "xs.index(n)", "(1, n).index(n)", "(n, n).count(n)", "xs.count(float('nan'))",
    "n in xs",
  ])
  func nanIdentitySearchesAreRefused(statement: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: "same object")
  }

  static let otherSetup = """
    >>> n = float('nan')
    >>> c = complex(n, 0)
    >>> x = np.float64('nan')
    >>> z = np.complex128(complex(1, n))
    >>> t = np.datetime64('NaT')
    """

  /// The same question for a tuple holding a NaN (`(n,) in [(n,)]` printed False), a complex number or NumPy scalar
  /// holding one (`c in [c]`, `[c] == [c]` and `[x].count(x)` printed False and 0), and a NaT: CPython's answer
  /// depends on whether the two are one object.
  @Test(arguments: [
    "(n,) in [(n,)]", "[(n, 1)].count((n, 1))", "c in [c]", "[c] == [c]", "(c, 1) < (c, 2)", "[c, 1].index(c)",
    "x in [x]", "(x,) in [(x,)]", "[x].count(x)", "[1, x].remove(x)", "z in [z]", "t in [t]", "[t] == [t]",
    "[1, t].index(t)", "{'k': c} == {'k': c}",
  ])
  func identityDecidedSearchesAreRefused(statement: String) throws {
    try RefusalProbe.expectError(Self.otherSetup, statement, saying: "same object")
  }

  @Test func searchesForOtherValuesAnswer() throws {
    #expect(try RefusalProbe.output(Self.setup, "xs.count(1), xs.index(2), [n, n].count(0.5)") == "(1, 2, 0)")
  }
}
