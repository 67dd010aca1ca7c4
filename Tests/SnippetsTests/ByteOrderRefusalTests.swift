import Testing

@testable import Snippets

/// What snippets do not offer around byte order and raw bytes must be refused as docbuild's own limit that names it,
/// never read as something else or reported as NumPy's own error: big-endian structured sub-array fields, what big-endian
/// string arrays do beyond printing, indexing, copying, comparing and `astype`, object dtypes, `fill` and in-place
/// byteswaps through a dtype view of an ordinary array (item assignment through one is NumPy's), uninitialised memory, bytearray resizing, and the operations raw arrays do not have.
struct ByteOrderRefusalTests {
  static let setup = """
    >>> a = np.array([1, 770, -5], dtype='>i2')
    >>> buf = bytearray(4)
    >>> n = np.arange(3, dtype=np.int16)
    >>> shared = bytearray(4)
    >>> over = np.frombuffer(shared, dtype='u1')
    """

  static let refused: [(statement: String, naming: String)] = [
    ("np.dtype([('s', '>U3')])", "big-endian"), ("np.zeros(2, dtype=[('a', '>i4', (2,))])", "big-endian"),
    ("np.dtype([('u', 'U3')]).newbyteorder()", "big-endian"),
    ("np.zeros(2, dtype='>U2')", "string dtype"),
    ("np.char.upper(np.array(['a'], dtype='>U1'))", "big-endian string array"),
    ("np.array(['a'], dtype='>U1') + 'x'", "big-endian string array"),
    ("np.sort(np.array(['b', 'a'], dtype='>U1'))", "big-endian string array"),
    ("np.array(['a'], dtype='>U1').tobytes()", "big-endian string array"),
    ("np.array(['a'], dtype='>U1').max()", "big-endian string array"),
    ("np.array(['a'], dtype='>U1').view('<U1')", "string array"),
    ("np.where(True, np.array(['a'], dtype='>U1'), 'b')", "big-endian string array"),
    // Object arrays run now (ObjectArrays.swift, fixtures 312-316); object fields of structured dtypes do not.
    ("np.dtype([('a', 'O')])", "object"), ("np.dtype('i4,O')", "object"),
    ("n.view(np.uint16).fill(0)", "view of an array as another dtype"),
    ("n.view('u1').byteswap(inplace=True)", "view of an array as another dtype"),
    ("np.ndarray((2,), dtype='>i2')", "numpy.ndarray"), ("np.ndarray(shape=(-1,), dtype='u1', buffer=buf)", "negative"),
    ("np.frombuffer(n, dtype='u1')", "buffer="), ("np.ndarray((1,), 'u1', n)", "buffer="),
    ("shared.append(1)", "changing the length"), ("shared.extend(b'ab')", "changing the length"),
    ("shared[0:1] = b'xyz'", "changing the length"), ("np.flip(a)", "raw bytes"), ("a.partition(1)", "raw bytes"),
    ("np.empty(2, dtype='>i4')", "big-endian"), ("np.array(a, ndmin=2)", "raw bytes"),
    ("a.imag", "raw bytes"), ("np.frombuffer(b'\\x02', dtype=bool)", "neither 0 nor 1"),
    ("repr(np.frombuffer(b'\\x02', dtype=bool))", "neither 0 nor 1"),
    ("np.ndarray(shape=(10**12,), dtype='u1', buffer=buf, strides=(0,))", "at most"),
    (
      "np.frombuffer(b'\\x01\\x00\\x80\\x7f', dtype='>f4').astype('<f4').byteswap(inplace=True)",
      "signalling NaN"
    ),
    ("np.linalg.norm(a)", "np.linalg.norm of an array read from raw bytes"),
    ("np.around(a)", "np.around of an array read from raw bytes"), ("a.round()", "raw bytes"),
    ("np.array([a, a])", "a list holding an array read from raw bytes"),
    ("np.asarray([a])", "a list holding an array read from raw bytes"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, naming: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: naming)
  }
}
