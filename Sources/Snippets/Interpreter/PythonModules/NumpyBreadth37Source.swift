extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth37` answers.
  static let numpyBreadth37Names: Set<String> = ["broadcast_arrays"]

  /// NumPy 2.4 functions of session 37 (issue 10) written in the snippet language as NumPy composes them:
  /// `np.broadcast_arrays`, each operand of the broadcast shape returned as it is and every other one as
  /// `np.broadcast_to`'s view marked WARN_ON_WRITE (`BroadcastArrays`); `linspace_complex`, `np.linspace` of complex
  /// ends (`Interpreter.linspaceTakesComplexSteps`). They join the `_numpy_breadth` module.
  static let numpyBreadth37 = #"""

    def broadcast_arrays(*args, subok=False):
        if subok:
            __docbuild_refuse__('np.broadcast_arrays(subok=True) is not supported in snippets')
        arrays = [np.asarray(arg) for arg in args]
        shape = np.broadcast_shapes(*[array.shape for array in arrays])
        return tuple(array if array.shape == shape
                     else __docbuild_warn_on_write__(np.broadcast_to(array, shape)) for array in arrays)

    def linspace_complex(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
        # NumPy's steps for complex128 ends (numpy/_core/function_base.py): the same ufuncs, so the same bits.
        if type(num) is not int:
            __docbuild_refuse__('np.linspace with complex ends and a num of type ' + type(num).__name__
                                + ' is not supported in snippets')
        if num < 0:
            raise ValueError(f"Number of samples, {num}, must be non-negative.")
        # Python numbers and complex128 or float64 values: NumPy's result type is then complex128.
        ends = [end if type(end) in (int, float, complex) else np.asarray(end) for end in (start, stop)]
        if any(type(end) not in (int, float, complex) and (end.ndim or end.dtype not in (np.complex128, np.float64))
               for end in ends):
            __docbuild_refuse__('np.linspace with complex ends other than complex128 numbers is not supported in '
                                + 'snippets')
        if (dtype is not None and np.dtype(dtype) != np.complex128) or axis not in (0, -1):
            __docbuild_refuse__('np.linspace with complex ends and this dtype= or axis= is not supported in snippets')
        start, stop = np.asarray(start), np.asarray(stop)
        div = (num - 1) if endpoint else num
        delta = np.subtract(stop, start, dtype=np.complex128)
        y = np.arange(num).astype(np.complex128)
        if div > 0:
            step = delta / div
            if step == 0:
                y /= div
                y *= delta
            else:
                y *= step
        else:
            step = np.nan
            y = y * delta
        y += start
        if endpoint and num > 1:
            y[-1] = stop
        if retstep:
            return y, step
        return y

    """#
}
