extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth37` answers.
  static let numpyBreadth37Names: Set<String> = ["broadcast_arrays"]

  /// NumPy 2.4 functions of session 37 (issue 10) written in the snippet language as NumPy composes them:
  /// `np.broadcast_arrays`, each operand of the broadcast shape returned as it is and every other one as
  /// `np.broadcast_to`'s view marked WARN_ON_WRITE (`BroadcastArrays`). They join the `_numpy_breadth` module.
  static let numpyBreadth37 = #"""

    def broadcast_arrays(*args, subok=False):
        if subok:
            __docbuild_refuse__('np.broadcast_arrays(subok=True) is not supported in snippets')
        arrays = [np.asarray(arg) for arg in args]
        shape = np.broadcast_shapes(*[array.shape for array in arrays])
        return tuple(array if array.shape == shape
                     else __docbuild_warn_on_write__(np.broadcast_to(array, shape)) for array in arrays)

    """#
}
