import TensorCore

/// autograd's rules for NumPy's shape functions where they differ from what docbuild's backward pass shows: its
/// `broadcast_to` VJP asserts the call kept the array's number of axes, and `dot`'s VJP of a 0-d operand is a 0-d
/// array (`onp.asarray`) where docbuild's product rule gives a NumPy scalar.
extension AutogradTracing {
  /// autograd 1.9.1 makes `broadcast_to`'s VJP as the call is traced, asserting `anp.shape(ans) == new_shape` (a
  /// shape given as a list or an int fails it, with no message) and then `len(old_shape) == len(new_shape)` ("Can't
  /// handle extra leading dims"). Its VJP of a 0-d array, `np.sum(g, axis=(), keepdims=True)`, is a NumPy scalar where
  /// docbuild's broadcast rule can leave a 0-d array: refused by name. Called after NumPy broadcast the value.
  static func refuseBroadcastTo(_ array: Tensor, shape: Value) throws(PythonError) {
    guard GradientTrace.input != nil, isTraced(.tensor(array)) else { return }
    guard case .tuple(let items) = shape else { throw PythonError("AssertionError", "") }
    if items.count != array.ndim { throw PythonError("AssertionError", "Can't handle extra leading dims") }
    if array.ndim == 0 {
      throw PythonError.limit(
        "autograd's grad through np.broadcast_to of a 0-d value is not supported in snippets: its gradient is a NumPy "
          + "scalar or a 0-d array by rules snippets do not follow there")
    }
  }

  /// `np.dot` with a 0-d operand autograd traces: its VJP returns `onp.asarray(…)`, a 0-d array, where docbuild's
  /// product rule gives a NumPy scalar; refused by name.
  static func refuseZeroDimensionalDot(_ a: Tensor, _ b: Tensor) throws(PythonError) {
    // The shapes first: reading the task-local trace cost about 350 instructions of every `np.dot`.
    guard a.ndim == 0 || b.ndim == 0, GradientTrace.input != nil else { return }
    guard a.ndim == 0 && isTraced(.tensor(a)) || b.ndim == 0 && isTraced(.tensor(b)) else { return }
    throw PythonError.limit(
      "autograd's grad through np.dot of a 0-d value is not supported in snippets: write the product with *, "
        + "whose gradient snippets follow")
  }
}
