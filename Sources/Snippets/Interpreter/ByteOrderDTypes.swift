import TensorCore

/// Byte order in dtypes: snippets' arrays hold native (little-endian) values, so a mark that leaves a dtype native
/// (`'<i4'`, `'=i2'`, `'|f8'`, `'>i1'` of one byte) is accepted, and a big-endian dtype of several bytes (`'>i4'`) is
/// refused by name rather than read as a native one.
enum ByteOrder {
  /// `name` without a byte-order mark that leaves it native (`'|i4'` is `'i4'`), or nil when it has no mark or is
  /// no numeric dtype; a big-endian numeric or str dtype is refused.
  static func nativeName(_ name: String) throws(PythonError) -> String? {
    guard let mark = name.first, "<>=|".contains(mark), name.count > 1 else { return nil }
    let rest = String(name.dropFirst())
    if mark == ">" {
      if let dtype = DType(numpyName: rest), dtype.itemsize == 1 { return rest }
      if DType(numpyName: rest) != nil || TextDType.parse(.string(rest)) != nil { throw refusal(name) }
      return nil
    }
    return DType(numpyName: rest) != nil ? rest : nil
  }

  /// The refusal of a big-endian dtype (or of swapping a dtype's byte order to one).
  static func refusal(_ what: String) -> PythonError {
    PythonError.limit(
      "the big-endian dtype \(Value.quote(what)) is not supported in snippets: arrays hold native (little-endian) "
        + "values, so byte order other than '<', '=' and '|' (and '>' of one-byte types) is refused")
  }

  /// `dtype.byteorder`: `'|'` where byte order does not apply (one-byte numbers, bytes, structured dtypes), else the
  /// native `'='`.
  static func mark(itemsize: Int, appliesToText isText: Bool = false) -> Value {
    .string(itemsize == 1 || isText ? "|" : "=")
  }

  /// The refusal of `dtype.newbyteorder()`, which makes a big-endian dtype from a native one.
  static func newByteOrderRefusal(_ dtype: String) -> PythonError {
    PythonError.limit(
      "dtype.newbyteorder() of \(dtype) is not supported in snippets: arrays hold native (little-endian) values "
        + "and the dtypes made by swapping are big-endian")
  }

  /// The refusal of object dtypes and fields (`'O'`).
  static func objectRefusal() -> PythonError {
    PythonError.limit(
      "object dtypes ('O') are not supported in snippets, neither as arrays nor as structured fields: elements "
        + "are numbers, strings or bytes")
  }
}
