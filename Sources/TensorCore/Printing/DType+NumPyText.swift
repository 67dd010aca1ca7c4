/// How NumPy prints a dtype object (`x.dtype` echoed, or printed).
extension DType {
  /// `repr(x.dtype)`: `dtype('float64')`.
  public var numpyRepr: String { "dtype('\(rawValue)')" }
  /// `str(x.dtype)`: `float64`.
  public var numpyStr: String { rawValue }
}
