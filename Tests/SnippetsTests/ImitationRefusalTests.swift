import Testing

@testable import Snippets

/// NumPy's classes that snippets write in their own language (`np.ma.MaskedArray`, `np.nditer`) lack some of what
/// NumPy's have: using it is refused, never shown as a TypeError or AttributeError CPython would not raise
/// (`mx[1] = 9`, `mx.mask = …`, `len(it)`); and a refused write through an object or an element that holds another
/// array's memory leaves that array unknown too, rather than printed as it was (NumPy's reference on `np.nditer`,
/// scipy-lectures' masked arrays, found by the reach probe's corpora `numpy-reference` and `scipy-lectures-advanced`).
struct ImitationRefusalTests {
  static let setup = """
    >>> x = np.array([1, 2, 3, -99, 5])
    >>> mx = np.ma.MaskedArray(x, mask=[0, 0, 0, 1, 0])
    >>> a = np.arange(6).reshape(2, 3)
    >>> it = np.nditer(a, flags=['multi_index'])

    """

  @Test(arguments: ["mx[1] = 9", "mx.mask = np.ma.nomask", "len(it)", "del mx[0]"])
  func lackingMemberIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "is not part of the snippet language")
  }

  /// After the refused write through `mx` (or through an iterator's elements), `x` (or `b`) has no value.
  @Test(arguments: [
    ("mx[1] = 9", "x"), ("mx[1] = 9", "mx"),
    (
      "with np.nditer([a, b], flags=['reduce_ok'], op_flags=[['readonly'], ['readwrite']]) as it:\n...     for u, v in it:\n...         v[...] += u\n...",
      "b"
    ),
  ])
  func writeThroughAnAliasForgetsTheArray(refused: String, name: String) throws {
    let setup = Self.setup + ">>> b = np.array(0)\n>>> \(refused)\n"
    try RefusalProbe.expectRefused(setup, name, saying: "has no value here", as: "NameError")
  }

  @Test func subscriptWritesAreFoundInTheText() {
    for code in ["a[0] = 1", "y[...] += x", "b[1:] //= 2", "c[i] <<= 1", "d['k']=v"] {
      #expect(RefusedEffects.writesThroughSubscript(code), "\(code)")
    }
    for code in ["a[0] == 1", "a[0] <= b", "a[0] >= b", "a[0] != 1", "f(a[0])", "x = a[0]"] {
      #expect(!RefusedEffects.writesThroughSubscript(code), "\(code)")
    }
  }
}
