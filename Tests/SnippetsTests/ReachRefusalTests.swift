import Testing

@testable import Snippets

/// What the reach probe's issue 9/10 pass left refused, by name: the parts of an `np.ndarray` subclass where NumPy
/// would make another instance through `__array_finalize__` and `__array_wrap__`, `a.shape = …` of an array NumPy
/// keeps in Fortran order, and the parts of NumPy's FFT snippets leave out. What docbuild now runs is checked against CPython and NumPy in
/// `Fixtures/interpreter/56-reach14-refusals-lifted.txt`.
struct ReachRefusalTests {
  static let namedArray = """
    >>> class NamedArray(np.ndarray):
    ...     def __new__(cls, array, name="no name"):
    ...         obj = np.asarray(array).view(cls)
    ...         obj.name = name
    ...         return obj
    ...     def __array_finalize__(self, obj):
    ...         if obj is None: return
    ...         self.name = getattr(obj, 'name', "no name")
    ...
    >>> Z = NamedArray(np.arange(10), "range_10")
    """

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (namedArray, "Z + 1", "__add__ of a 'NamedArray' (a subclass of np.ndarray) is not supported"),
    (namedArray, "1 + Z", "__radd__ of a 'NamedArray'"), (namedArray, "-Z", "__neg__ of a 'NamedArray'"),
    (namedArray, "Z == Z", "__eq__ of a 'NamedArray'"), (namedArray, "Z[0]", "__getitem__ of a 'NamedArray'"),
    (namedArray, "len(Z)", "__len__ of a 'NamedArray'"), (namedArray, "list(Z)", "of a 'NamedArray'"),
    (namedArray, "bool(Z)", "of a 'NamedArray'"), (namedArray, "Z.sum()", "the attribute 'sum' of a 'NamedArray'"),
    (namedArray, "Z.T", "the attribute 'T' of a 'NamedArray'"), (namedArray, "f'{Z}'", "__format__ of a"),
    (namedArray, "np.sum(Z)", "a NumPy function or operator of a 'NamedArray'"),
    (namedArray, "Z.view(NamedArray)", "the attribute 'view' of a 'NamedArray'"),
    (namedArray, "Z.shape = (2, 5)", "setting the attribute 'shape' of a 'NamedArray'"),
    (namedArray, "del Z.dtype", "deleting the attribute 'dtype' of a 'NamedArray'"),
    (namedArray + "\n>>> import copy", "copy.deepcopy(Z)", "copy.deepcopy of a 'NamedArray'"),
    (namedArray + "\n>>> from copy import copy", "copy(Z)", "__copy__ of a 'NamedArray'"),
    (">>> class Plain(np.ndarray):\n...     pass\n...", "Plain((2,))", "calling 'Plain' (a subclass of np.ndarray"),
    // NumPy views an owner in Fortran order in another shape where its strides allow; docbuild's owners are C order.
    (">>> f = np.exp(np.ones((2, 3)).T)", "f.shape = (3, 2, 1)", "setting .shape of an array NumPy keeps in"),
    ("", "np.array_str(object())", "np.array_str of a object is not supported"),
    // np.fft runs NumPy's pocketfft loops (Fixtures/interpreter/63-fft.txt); what it refuses, by name:
    ("", "np.fft.fft(np.ones(4, dtype=np.float16))", "np.fft of float16 values is not supported"),
    ("", "np.fft.fft(np.ones(4), out=np.zeros(4, complex))", "np.fft.fft(out=...) is not supported"),
    ("", "np.fft.irfft(np.zeros(0, complex), n=4)", "np.fft.irfft of an empty axis reads uninitialised memory"),
    ("", "np.fft.fft(np.ones(2), n=2**21)", "an FFT of 2097152 points is more than snippets allow"),
    ("", "np.fft.fftn(np.ones((2, 2)), s=(2, 2))", "np.fft with s= but without axes="),
    (
      ">>> from autograd import grad", "grad(lambda x: np.fft.fft(x).real.sum())(np.ones(4))",
      "np.fft.fft is not differentiated in snippets"
    ),
    (">>> x = np.ones(4)", "grad(np.fft.fft(x).real.sum(), x)", "a gradient through complex (complex128) values"),
    (">>> x = np.ones(4)", "grad(np.fft.irfft(x).sum(), x)", "a gradient through complex (complex128) values"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    let output = try RefusalProbe.unacceptedOutput(setup, statement)
    #expect(output.contains(words), "\(statement) printed \(output)")
  }
}
