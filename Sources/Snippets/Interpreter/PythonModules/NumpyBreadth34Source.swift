extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth34` answers.
  static let numpyBreadth34Names: Set<String> = ["copyto", "putmask", "place"]

  /// Refuses `np.copyto`, `np.putmask` and `np.place` given a differentiated value: they write into their first
  /// argument, which autograd's boxes do not support, and docbuild does not word autograd's error for it.
  static func refuseTracedWrite(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard numpyBreadth34Names.contains(name),
      call.positional.contains(where: AutogradTracing.isTraced)
        || call.keywords.contains(where: { AutogradTracing.isTraced($0.value) })
    else { return }
    throw PythonError.limit("np.\(name) of a differentiated value is not supported in snippets")
  }

  /// NumPy 2.4's writing functions of session 34 (issue 10), written in the snippet language after NumPy's C
  /// functions, with their checks and messages: `np.copyto` (its `casting` checked by `np.can_cast`, a Python
  /// number's by the dtype NumPy gives it; `where=` refused), `np.putmask` (the values repeated over the flat
  /// positions, `values[i % len(values)]` for the position `i`) and `np.place` (the values taken in turn by the
  /// masked elements). Their values become an array of the target's dtype as NumPy converts them: a list or number
  /// by `np.array(values, dtype=a.dtype)`, an array by a safe cast. Arrays that are not numbers are refused.
  static let numpyBreadth34 = #"""

    def _refuse_unless_numbers(a, name):
        if a.dtype.kind not in 'biufc':
            __docbuild_refuse__('np.' + name + ' of ' + str(a.dtype) + ' values is not supported in snippets')

    def _values_as(values, a):
        if isinstance(values, (np.ndarray, np.generic)):
            values = np.asarray(values)
            if not np.can_cast(values.dtype, a.dtype, 'safe'):
                raise TypeError(f"Cannot cast array data from {values.dtype!r} to {a.dtype!r} according to the "
                                "rule 'safe'")
            return values.astype(a.dtype).ravel()
        return np.array(values, dtype=a.dtype).ravel()

    def _write_flat(a, positions, chosen):
        if a.ndim == 0:
            if positions.size:
                a[...] = chosen[0]
            return
        a[np.unravel_index(positions, a.shape)] = chosen

    def copyto(dst, src, casting='same_kind', where=True):
        if not isinstance(dst, np.ndarray):
            raise TypeError(f"copyto() argument 1 must be a numpy.ndarray, not {type(dst).__name__}")
        _refuse_unless_numbers(dst, 'copyto')
        if where is not True:
            __docbuild_refuse__("np.copyto's where= is not supported in snippets")
        if casting not in ('same_kind', 'unsafe'):
            __docbuild_refuse__(f"np.copyto's casting={casting!r} is not supported in snippets")
        if type(src) in (bool, int, float, complex):
            if type(src) is int and not -2**63 <= src < 2**63:
                __docbuild_refuse__('np.copyto of a Python int outside int64 is not supported in snippets')
            given = np.asarray(src).dtype
            if casting == 'same_kind' and not np.can_cast(given, dst.dtype, 'same_kind'):
                raise TypeError(f"Cannot cast scalar from {given!r} to {dst.dtype!r} according to the rule "
                                "'same_kind'")
            dst[...] = src
            return None
        src = np.asarray(src)
        _refuse_unless_numbers(src, 'copyto')
        if casting == 'same_kind' and not np.can_cast(src.dtype, dst.dtype, 'same_kind'):
            # NumPy words a 0-d source (a NumPy scalar or 0-d array) as a scalar.
            what = 'scalar' if src.ndim == 0 else 'array data'
            raise TypeError(f"Cannot cast {what} from {src.dtype!r} to {dst.dtype!r} according to the rule "
                            "'same_kind'")
        dst[...] = src
        return None

    def putmask(a, mask, values):
        if not isinstance(a, np.ndarray):
            raise TypeError('putmask: first argument must be an array')
        _refuse_unless_numbers(a, 'putmask')
        if not a.flags.writeable:
            raise ValueError('putmask: output array is read-only')
        mask = np.asarray(mask).astype(bool)
        if mask.size != a.size:
            raise ValueError('putmask: mask and data must be the same size')
        values = _values_as(values, a)
        if values.size == 0:
            return None
        positions = np.flatnonzero(mask)
        _write_flat(a, positions, values[positions % values.size])
        return None

    def place(arr, mask, vals):
        if not isinstance(arr, np.ndarray):
            raise TypeError(f"place() argument 1 must be numpy.ndarray, not {type(arr).__name__}")
        _refuse_unless_numbers(arr, 'place')
        if not arr.flags.writeable:
            __docbuild_refuse__('np.place of a read-only array is not supported in snippets')
        mask = np.asarray(mask).astype(bool)
        if mask.size != arr.size:
            raise ValueError('place: mask and data must be the same size')
        vals = _values_as(vals, arr)
        positions = np.flatnonzero(mask)
        if vals.size == 0:
            if positions.size:
                raise ValueError('Cannot insert from an empty array!')
            return None
        _write_flat(arr, positions, vals[np.arange(positions.size) % vals.size])
        return None
    """#
}
