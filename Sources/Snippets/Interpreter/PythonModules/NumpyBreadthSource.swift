import TensorCore

extension ModuleSources {
  /// The `np.NAME` members the breadth source answers (`np.linalg.outer` is its `outer`).
  static let numpyBreadthNames: Set<String> = [
    "tril_indices_from", "triu_indices_from", "diag_indices_from", "cumulative_sum", "cumulative_prod", "unstack",
    "astype", "choose", "s_", "index_exp", "mask_indices",
  ]

  /// autograd's error for a traced positional argument of the functions below it wraps without a VJP (all but
  /// `astype`; `np.linalg.outer` too), raised once NumPy's function has run on the values, as autograd raises it.
  static func refuseTracedBreadthCall(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard GradientTrace.input != nil else { return }
    guard ["outer", "cond", "tensorinv"].contains(name) else {
      return try AutogradTracing.refuseCall("numpy.\(name)", call)
    }
    let argnums = call.positional.indices.filter { AutogradTracing.isTraced(call.positional[$0]) }
    if !argnums.isEmpty { throw AutogradTracing.withoutVJP(name, argnums: argnums) }
  }

  /// Refuses a value autograd traces inside a list or keyword argument of the functions below: autograd leaves it
  /// to NumPy unboxed, which docbuild does not follow.
  static func refuseNestedTraced(_ name: String, _ call: CallArguments) throws(PythonError) {
    func holdsTraced(_ value: Value) -> Bool {
      switch value {
      case .list(let items), .tuple(let items): items.items.contains(where: holdsTraced)
      default: AutogradTracing.isTraced(value)
      }
    }
    let nested = call.positional.contains { !AutogradTracing.isTraced($0) && holdsTraced($0) }
    if nested || call.keywords.contains(where: { holdsTraced($0.value) }) {
      throw PythonError.limit(
        "np.\(name) of a value autograd traces inside a list or keyword is not supported in snippets")
    }
  }

  /// NumPy 2.4 functions that are short compositions of what snippets have, written in the snippet language with
  /// NumPy's checks and messages: the index helpers of an array's shape, the cumulative functions of the array API
  /// (`cumsum`/`cumprod` with `include_initial`), `unstack`, `astype`, `choose`, `mask_indices`, `np.s_`,
  /// `np.index_exp` and `np.linalg.outer`.
  static let numpyBreadth = #"""
    import numpy as np

    def tril_indices_from(arr, k=0):
        if arr.ndim != 2:
            raise ValueError('input array must be 2-d')
        return np.tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])

    def triu_indices_from(arr, k=0):
        if arr.ndim != 2:
            raise ValueError('input array must be 2-d')
        return np.triu_indices(arr.shape[-2], k=k, m=arr.shape[-1])

    def mask_indices(n, mask_func, k=0):
        # The indices where mask_func (np.triu, np.tril or the reader's own) leaves an n-by-n matrix of ones nonzero.
        return np.nonzero(mask_func(np.ones((n, n), int), k) != 0)

    def diag_indices_from(arr):
        if not arr.ndim >= 2:
            raise ValueError('input array must be at least 2-d')
        for extent in arr.shape:
            if extent != arr.shape[0]:
                raise ValueError('All dimensions of input must be of equal length')
        return np.diag_indices(arr.shape[0], arr.ndim)

    def _accumulated(name, accumulate, identity, x, axis, dtype, out, include_initial):
        if out is not None:
            __docbuild_refuse__('np.' + name + "'s out= is not supported in snippets")
        x = np.asarray(x)
        if x.ndim == 0:
            x = x.reshape(1)
        if isinstance(axis, (bool, np.bool_)):
            # NumPy's C axis converter takes no bool.
            raise TypeError('an integer is required')
        if axis is not None and not isinstance(axis, (int, np.integer)):
            __docbuild_refuse__('np.' + name + ' with an axis that is not an int is not supported in snippets')
        if axis is None:
            if x.ndim > 1:
                raise ValueError('For arrays which have more than one dimension ``axis`` argument is required.')
            axis = 0
        result = accumulate(x, axis=axis, dtype=dtype)
        if not include_initial:
            return result
        # The identity leads each line along the axis, in the accumulation's dtype.
        shape = list(result.shape)
        shape[axis] = 1
        return np.concatenate([np.full(tuple(shape), identity, dtype=result.dtype), result], axis=axis)

    def cumulative_sum(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
        return _accumulated('cumulative_sum', np.cumsum, 0, x, axis, dtype, out, include_initial)

    def cumulative_prod(x, /, *, axis=None, dtype=None, out=None, include_initial=False):
        return _accumulated('cumulative_prod', np.cumprod, 1, x, axis, dtype, out, include_initial)

    def unstack(x, /, *, axis=0):
        if x.ndim == 0:
            raise ValueError('Input array must be at least 1-d.')
        if not isinstance(axis, (int, np.integer)):
            __docbuild_refuse__('np.unstack with an axis that is not an int is not supported in snippets')
        moved = np.moveaxis(x, axis, 0)
        return tuple([moved[i] for i in range(moved.shape[0])])

    def astype(x, dtype, /, *, copy=True, device=None):
        if device is not None and device != 'cpu':
            __docbuild_refuse__("np.astype's device= is not supported in snippets")
        if x is None or isinstance(x, (list, tuple, dict, set)):
            raise TypeError('Input should be a NumPy array or scalar. It is a ' + str(type(x)) + ' instead.')
        if not isinstance(x, (np.ndarray, np.generic)):
            __docbuild_refuse__('np.astype of a value that is not an array is not supported in snippets')
        if not copy and x.dtype == np.dtype(dtype):
            return x
        return x.astype(dtype)

    def _choice_arrays(choices):
        if isinstance(choices, (int, float, bool, complex)):
            raise TypeError("'" + type(choices).__name__ + "' object is not iterable")
        if isinstance(choices, np.ndarray):
            return [choices[i] for i in range(choices.shape[0])] if choices.ndim > 0 else None
        if not isinstance(choices, (list, tuple)):
            return None
        arrays = [np.asarray(c) for c in choices]
        # A Python number among the choices is weak (NEP 50) against the arrays' dtype, which NumPy then casts it
        # to, wrapping; docbuild follows that only where the common dtype is the default one of its kind.
        plain = (np.bool_, np.int64, np.float64, np.complex128)
        if any(isinstance(c, (int, float, bool, complex)) for c in choices) and \
                any(x.dtype.type not in plain for x in arrays):
            return None
        return arrays

    def choose(a, choices, out=None, mode='raise'):
        if out is not None:
            __docbuild_refuse__("np.choose's out= is not supported in snippets")
        if mode is None:
            mode = 'raise'
        if mode not in ('raise', 'clip', 'wrap'):
            __docbuild_refuse__('np.choose with mode=' + repr(mode) + ' is not supported in snippets')
        arrays = _choice_arrays(choices)
        if arrays is None:
            __docbuild_refuse__('np.choose of these choices is not supported in snippets: give a list or tuple of '
                                'arrays, or an array, of one numeric dtype')
        if len(arrays) == 0:
            raise ValueError('0-length sequence.')
        if len(arrays) > 32:
            __docbuild_refuse__('np.choose of more than 32 choices is not supported in snippets')
        a = np.asarray(a)
        if a.dtype == np.float64:
            raise TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule "
                            "'safe'")
        if a.dtype.kind not in 'biu' or a.dtype == np.uint64:
            __docbuild_refuse__('np.choose with an index array of ' + str(a.dtype) + ' is not supported in snippets')
        shape = np.broadcast_shapes(*([x.shape for x in arrays] + [a.shape]))
        dtype = np.result_type(*arrays)
        index = np.broadcast_to(a, shape).astype(np.int64)
        n = len(arrays)
        if mode == 'raise':
            if np.any((index < 0) | (index >= n)):
                raise ValueError('invalid entry in choice array')
        elif mode == 'clip':
            index = np.clip(index, 0, n - 1)
        else:
            index = index % n
        result = np.zeros(shape, dtype=dtype)
        for k in range(n):
            picked = index == k
            result[picked] = np.broadcast_to(arrays[k].astype(dtype), shape)[picked]
        return result[()] if len(shape) == 0 else result

    class IndexExpression:
        def __init__(self, maketuple):
            self.maketuple = maketuple

        def __getitem__(self, item):
            if self.maketuple and not isinstance(item, tuple):
                return (item,)
            return item

    IndexExpression.__module__ = 'numpy.lib._index_tricks_impl'
    s_ = IndexExpression(False)
    index_exp = IndexExpression(True)

    # np.linalg.outer, which takes only vectors.
    def outer(x1, x2, /):
        x1 = np.asarray(x1)
        x2 = np.asarray(x2)
        if x1.ndim != 1 or x2.ndim != 1:
            raise ValueError('Input arrays must be one-dimensional, but they are x1.ndim=' + str(x1.ndim)
                             + ' and x2.ndim=' + str(x2.ndim) + '.')
        return np.outer(x1, x2)
    """#
}
