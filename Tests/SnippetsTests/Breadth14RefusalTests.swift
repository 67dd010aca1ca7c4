import Testing

@testable import Snippets

/// What issue 10's remainder leaves out must be refused as docbuild's own limit that names it, never printed as
/// something else: writes through the view of a big-endian structured field, byte swaps of text fields,
/// `np.nanmedian` of float16 lanes whose result turns on `np.ma.median`'s sort order, and float16 `np.einsum` with
/// operands of other dtypes (NumPy casts them through buffers) or summing past one buffer over several axes.
struct Breadth14RefusalTests {
  static let setup = """
    >>> a = np.zeros(3, dtype='>i4,>f8')
    >>> u = np.zeros(2, dtype=[('s', 'U2'), ('x', '>i2')])
    >>> h = np.array([0.5, 1.5], dtype=np.float16)
    """

  static let refused: [(statement: String, naming: String)] = [
    ("a['f0'][1] = 5", "big-endian fields"), ("a['f1'][:] = 2.0", "big-endian fields"),
    ("a['f0'].fill(3)", "big-endian fields"), ("a['f0'].byteswap(inplace=True)", "big-endian fields"),
    ("u.byteswap()", "'U' fields"), ("a[0].byteswap()", "byteswap of an element"),
    ("a['f0'].strides", "ndarray.strides"), ("a['f1'].view('u1')", "structured field"),
    ("np.einsum('ij,ij,ij->i', *[np.ones((2, 9000), dtype=np.float16)] * 3)", "8192"),
    ("np.sort(np.array([np.nan, 1], dtype=np.float16))", "0x7c01"),
    ("np.unique(np.array([np.nan, 1], dtype=np.float16))", "0x7c01"),
    ("np.array([np.nan, 1], dtype=np.float16).sort()", "0x7c01"),
    ("np.nanmedian(np.array([[65504, np.nan, 1]], dtype=np.float16), axis=1)", "65504"),
    ("np.nanmedian(np.array([[0.0, -0.0, np.nan]], dtype=np.float16), axis=1)", "0.0 and -0.0"),
    ("np.einsum('i,i', h, np.array([1, 2], dtype=np.int8))", "float16"),
    ("np.einsum('i,i', h, np.array([1.0, 2.0]))", "float16"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, naming: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: naming)
  }
}
