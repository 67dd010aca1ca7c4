extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth35` answers.
  static let numpyBreadth35Names: Set<String> = [
    "hanning", "hamming", "bartlett", "blackman", "iscomplex", "extract",
  ]

  /// NumPy 2.4 functions of session 35 (issue 10) written in the snippet language as NumPy composes them: the window
  /// functions `np.hanning`, `np.hamming`, `np.bartlett` and `np.blackman` (the same float64 steps, so the same
  /// bits), `np.iscomplex` and `np.extract`. They join the `_numpy_breadth` module, whose functions autograd wraps
  /// without a VJP.
  static let numpyBreadth35 = #"""

    def _window_length(M):
        # NumPy's `np.array([0.0, M])`: at least float64 (a str gives strings, whose `M < 1` is Python's TypeError).
        values = np.array([0.0, M])
        if values.dtype.kind not in 'fU':
            __docbuild_refuse__('a window function of a ' + type(M).__name__ + ' length is not supported in snippets')
        return values

    def hanning(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.5 + 0.5 * np.cos(np.pi * n / (M - 1))

    def hamming(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.54 + 0.46 * np.cos(np.pi * n / (M - 1))

    def bartlett(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return np.where(np.less_equal(n, 0), 1 + n / (M - 1), 1 - n / (M - 1))

    def blackman(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.42 + 0.5 * np.cos(np.pi * n / (M - 1)) + 0.08 * np.cos(2.0 * np.pi * n / (M - 1))

    def iscomplex(x):
        ax = np.asanyarray(x)
        if ax.dtype.kind == 'c':
            return ax.imag != 0
        if ax.dtype.kind not in 'biuf':
            __docbuild_refuse__('np.iscomplex of ' + str(ax.dtype) + ' values is not supported in snippets')
        res = np.zeros(ax.shape, bool)
        return res[()]

    def extract(condition, arr):
        return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])

    """#
}
