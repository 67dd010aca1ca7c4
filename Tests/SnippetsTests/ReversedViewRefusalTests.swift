import Testing

@testable import Snippets

/// NumPy 2.4 calls the C library's function on each element of an operand it reads backwards (`v[::-1]`,
/// `x[::-1, ::-1]`) instead of its SIMD loop; where docbuild does not have the C library's bits for the function (or
/// for arctan2, where a broadcast operand is read backwards), or
/// where NumPy's buffer setup decides the loop by rules docbuild does not model (a reversed inner axis that does not
/// coalesce, past 8192 elements), the statement is refused as docbuild's limit, never printed with other digits.
/// What NumPy reads forwards stays computed.
struct ReversedViewRefusalTests {
  static let setup = """
    >>> v = np.random.default_rng(4).standard_normal(40) / 10
    >>> x = np.random.default_rng(5).standard_normal((6, 8)) / 10
    >>> big = np.random.default_rng(6).standard_normal((2, 5000)) / 10
    >>> w = 1 + v ** 2
    >>> pos = 1 + big ** 2
    """

  static let refused: [(statement: String, names: String)] = [
    ("np.exp2(big[:, ::-1])", "8192"), ("np.arcsin(big[:, ::-1])", "8192"),
    ("np.arcsinh(big[:, ::-1])", "8192"), ("np.arccosh(pos[:, ::-1])", "8192"),
    ("np.exp(big[:, ::-1])", "8192"), ("np.cosh(big.T[::-1])", "8192"), ("np.log10(pos[:, ::-1])", "8192"),
    // float32: NumPy's SIMD loop is SVML's float32 kernel, which docbuild has for log2, log10, log1p, expm1,
    // arcsinh, arccosh, arctanh and sinh; reversed, the C library's float32 function, which it does not have.
    ("np.log2(w.astype(np.float32)[::-1])", "np.log2"), ("np.log10(x.astype(np.float32)[::-1, ::-1])", "np.log10"),
    ("np.log1p(w.astype(np.float32)[::-1])", "np.log1p"), ("np.expm1(x.astype(np.float32)[::-1, ::-1])", "np.expm1"),
    ("np.arcsinh(v.astype(np.float32)[::-2])", "np.arcsinh"), ("np.arccosh(w.astype(np.float32)[::-1])", "np.arccosh"),
    ("np.arctanh(v.astype(np.float32)[::-1])", "np.arctanh"), ("np.sinh(v.astype(np.float32)[5:6][::-1])", "np.sinh"),
    ("np.cbrt(big[:, ::-1])", "8192"), ("np.arctan2(v[::-1], x[:, :1])", "np.arctan2"),
    // float32 arcsin, arccos, arctan, arctan2, tan and cbrt: SVML's float32 kernels forwards, the C library's float32
    // functions backwards; and the arguments SVML's float32 tan and arctan2 leave to algorithms docbuild does not have.
    ("np.arcsin(v.astype(np.float32)[::-1])", "np.arcsin"),
    ("np.arccos(x.astype(np.float32)[::-1, ::-1])", "np.arccos"),
    ("np.arctan(v.astype(np.float32)[::-2])", "np.arctan"), ("np.tan(v.astype(np.float32)[::-1])", "np.tan"),
    ("np.cbrt(w.astype(np.float32)[::-1])", "np.cbrt"),
    ("np.arctan2(v.astype(np.float32)[::-1], np.float32(1))", "np.arctan2"),
    ("np.tan(np.float32(10000.0))", "8256"), ("np.arctan2(np.float32(1e-38), np.float32(1))", "2^-125"),
  ]

  static let computed = [
    "np.exp2(v[::2]).shape", "np.arcsin(x[:, ::-1]).shape", "np.arccos(x.T[::-1]).shape",
    "np.arcsinh(np.broadcast_to(v[::-1], (3, 40))).shape", "np.arctanh(v[::-1].copy()).shape",
    "np.exp(big[::-1, ::-1]).shape", "np.exp(big[:, ::2]).shape", "np.exp2(v)[::-1].shape",
    "np.log2(w.astype(np.float32)[::2]).shape", "np.log10(x.astype(np.float32)[:, ::-1]).shape",
    "np.log1p(w.astype(np.float32)).shape", "np.expm1(x.astype(np.float32)[:, ::-1]).shape",
    "np.arcsinh(v.astype(np.float32)[::-1].copy()).shape", "np.arccosh(w.astype(np.float32)).shape",
    "np.arctanh(x.astype(np.float32).T).shape", "np.sinh(np.broadcast_to(v.astype(np.float32), (2, 40))).shape",
    "np.arctan(x[:, ::-1]).shape", "np.cbrt(v[::2]).shape", "np.arctan2(x, x.T[::-1].T).shape",
    "np.sinh(v[::-1]).shape", "np.angle((v + 1j * v[::-1])[::2]).shape", "np.angle(v[::-1]).shape",
    // glibc's arcsin, arccos, arctan and atan2 (GlibcInverseTrigonometric.swift), as NumPy's loop for these views.
    "np.arcsin(x[::-1, ::-1]).shape", "np.arccos(v[::-2]).shape", "np.arctan(v[::-1]).shape",
    "np.arctan2(v[::-1], v).shape", "np.arctan2(1.0, v[::-2]).shape", "np.angle((v + 1j * v[::-1])[::-1]).shape",
    "np.arcsin(x.astype(np.float32)[:, ::-1]).shape", "np.tan(v.astype(np.float32)[::2]).shape",
    "np.arctan2(x.astype(np.float32), x.astype(np.float32).T[::-1].T).shape",
    "np.cbrt(v[::-1].astype(np.float32)).shape",
    // glibc's exp2 and cbrt (GlibcCubeRootAndExp2.swift), as NumPy's loop for these views (interpreter/69-*.txt).
    "np.exp2(v[::-1]).shape", "np.cbrt(x[::-1, ::-1]).shape",
    // and glibc's asinh, acosh and atanh (GlibcInverseHyperbolic.swift).
    "np.arcsinh(v[3:4][::-1]).shape", "np.arccosh(w[::-1]).shape", "np.arctanh(x[::-1, ::-1].T).shape",
    "np.arccosh(pos.reshape(-1)[::-1]).shape",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, names: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: names)
  }

  @Test(arguments: computed)
  func staysComputed(statement: String) throws {
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + "\n>>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(!output.contains("Error"), "\(statement) printed \(output)")
  }
}
