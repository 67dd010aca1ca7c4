import TensorCore

extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth26` answers (`np.linalg.cond` is its `cond`).
  static let numpyBreadth26Names: Set<String> = [
    "isdtype", "mintypecode", "unwrap", "unique_all", "unique_counts", "unique_inverse",
  ]

  /// The call with each traced positional argument as its value alone, for the functions below (autograd runs
  /// NumPy's function on the unboxed values before it finds no VJP); other functions' calls unchanged.
  static func untracedBreadth26Call(_ name: String, _ call: CallArguments) -> CallArguments {
    // autograd differentiates `np.real_if_close` (its VJP is the identity's), so its argument stays traced.
    guard
      numpyBreadth26Names.contains(name) || (numpyBreadth27Names.contains(name) && name != "real_if_close")
        || name == "cond" || name == "tensorinv"
    else { return call }
    return withTracedDetached(call)
  }

  /// The call with each traced positional argument as its value alone: what autograd unboxes for a function it
  /// wraps without a VJP before it runs NumPy's.
  static func withTracedDetached(_ call: CallArguments) -> CallArguments {
    var untraced = call
    untraced.positional = call.positional.map { value in
      guard AutogradTracing.isTraced(value), case .tensor(let tensor) = value else { return value }
      return .tensor(tensor.detached)
    }
    return untraced
  }

  /// NumPy 2.4 functions of session 26 (issue 10) written in the snippet language as NumPy writes them, with its
  /// checks and messages: `np.isdtype`, `np.mintypecode`, `np.array_repr` (an array's repr under the print options
  /// it is given), `np.unwrap`, `np.linalg.cond`, `np.linalg.tensorinv` and the array API's `np.unique_all`, `np.unique_counts` and
  /// `np.unique_inverse` (`np.unique`'s results as named tuples; of an array holding NaN refused, since they ask
  /// `equal_nan=False`). They join the `_numpy_breadth` module, whose functions autograd
  /// wraps without a VJP.
  static let numpyBreadth26 = #"""

    # np.isdtype: NumPy's scalar types by kind name (sctypes), those of them snippets have.
    _isdtype_kinds = {
        'bool': (np.bool_,),
        'signed integer': (np.int8, np.int16, np.int32, np.int64),
        'unsigned integer': (np.uint8, np.uint16, np.uint32, np.uint64),
        'real floating': (np.float16, np.float32, np.float64),
        'complex floating': (np.complex64, np.complex128),
    }
    _isdtype_kinds['integral'] = _isdtype_kinds['signed integer'] + _isdtype_kinds['unsigned integer']
    _isdtype_kinds['numeric'] = _isdtype_kinds['integral'] + _isdtype_kinds['real floating'] \
        + _isdtype_kinds['complex floating']
    # The other types of NumPy's allTypes that snippets have: a dtype argument may be one (it is of no kind).
    _isdtype_others = (np.str_, np.bytes_, np.generic, np.number, np.integer, np.signedinteger,
                       np.unsignedinteger, np.inexact, np.floating, np.complexfloating)

    def _isdtype_type(value):
        # NumPy's _preprocess_dtype: a dtype's scalar type, or one of allTypes' values; None for anything else.
        if isinstance(value, np.dtype):
            value = value.type
        if isinstance(value, np.ndarray) or isinstance(value, (str, int, float, complex, list, tuple, dict)):
            return None
        for known in _isdtype_kinds['numeric'] + (np.bool_,) + _isdtype_others:
            if value is known:
                return value
        if isinstance(value, type) and issubclass(value, np.generic):
            __docbuild_refuse__('np.isdtype of ' + value.__name__ + ' is not supported in snippets')
        if type(value).__name__ in ('builtin_function_or_method', 'function'):
            # NumPy's other types (np.object_, np.longdouble) are functions here, as are NumPy's functions.
            __docbuild_refuse__('np.isdtype of this object is not supported in snippets (of NumPy number types and '
                                'their dtypes it is)')
        return None

    def isdtype(dtype, kind):
        given = dtype
        dtype = _isdtype_type(dtype)
        if dtype is None:
            raise TypeError('dtype argument must be a NumPy dtype, but it is a ' + str(type(given)) + '.')
        input_kinds = kind if isinstance(kind, tuple) else (kind,)
        processed_kinds = []
        for kind in input_kinds:
            if isinstance(kind, str):
                if kind not in _isdtype_kinds:
                    raise ValueError('kind argument is a string, but ' + repr(kind) + ' is not a known kind name.')
                processed_kinds += list(_isdtype_kinds[kind])
            else:
                processed = _isdtype_type(kind)
                if processed is None:
                    raise TypeError('kind argument must be comprised of NumPy dtypes or strings only, but is a '
                                    + str(type(kind)) + '.')
                processed_kinds.append(processed)
        return any(dtype is k for k in processed_kinds)

    def mintypecode(typechars, typeset='GDFgdf', default='d'):
        typecodes = [(isinstance(t, str) and t) or np.asarray(t).dtype.char for t in typechars]
        # NumPy's set of them: kept in first-seen order, since min() over a set of strings would run in hash order.
        intersection = []
        for t in typecodes:
            if t in typeset and t not in intersection:
                intersection.append(t)
        if not intersection:
            return default
        if 'F' in intersection and 'd' in intersection:
            return 'D'
        ranks = ['GDFgdfQqLlIiHhBb?'.index(t) for t in intersection]
        if len(set(ranks)) != len(ranks):
            __docbuild_refuse__('np.mintypecode of typecodes that rank alike (' + repr(sorted(intersection))
                                + ') is not supported in snippets: NumPy picks one in its set\'s hash order')
        return min(intersection, key='GDFgdfQqLlIiHhBb?'.index)

    def unwrap(p, discont=None, axis=-1, *, period=6.283185307179586):
        p = np.asarray(p)
        nd = p.ndim
        dd = np.diff(p, axis=axis)
        if discont is None:
            discont = period / 2
        slice1 = [slice(None, None)] * nd
        slice1[axis] = slice(1, None)
        slice1 = tuple(slice1)
        # NumPy's result_type reads a None period as the default dtype, float64 (then `None / 2` raises).
        dtype = np.result_type(dd, np.float64 if period is None else period)
        if np.issubdtype(dtype, np.integer):
            interval_high, rem = divmod(period, 2)
            boundary_ambiguous = rem == 0
        else:
            interval_high = period / 2
            boundary_ambiguous = True
        interval_low = -interval_high
        ddmod = np.mod(dd - interval_low, period) + interval_low
        if boundary_ambiguous:
            # abs(dd) == period/2 made ddmod -period/2 above: sign(dd) * period/2 instead.
            ddmod[(ddmod == interval_low) & (dd > 0)] = interval_high
        ph_correct = ddmod - dd
        ph_correct[abs(dd) < discont] = 0
        up = p.astype(dtype)
        up[slice1] = p[slice1] + ph_correct.cumsum(axis)
        return up

    import collections

    UniqueAllResult = collections.namedtuple('UniqueAllResult', ['values', 'indices', 'inverse_indices', 'counts'])
    UniqueCountsResult = collections.namedtuple('UniqueCountsResult', ['values', 'counts'])
    UniqueInverseResult = collections.namedtuple('UniqueInverseResult', ['values', 'inverse_indices'])

    def _unique_apart(name, x, return_index, return_inverse, return_counts):
        # NumPy's call is unique(x, ..., equal_nan=False): the same as without it where no NaN is held.
        x = np.asarray(x)
        if x.dtype.kind in 'fc' and np.isnan(x).any():
            __docbuild_refuse__('np.' + name + ' of an array holding NaN is not supported in snippets (NumPy keeps '
                                'each NaN apart, equal_nan=False)')
        return np.unique(x, return_index=return_index, return_inverse=return_inverse, return_counts=return_counts)

    def unique_all(x):
        return UniqueAllResult(*_unique_apart('unique_all', x, True, True, True))

    def unique_counts(x):
        return UniqueCountsResult(*_unique_apart('unique_counts', x, False, False, True))

    def unique_inverse(x):
        return UniqueInverseResult(*_unique_apart('unique_inverse', x, False, True, False))

    def tensorinv(a, ind=2):
        a = np.asarray(a)
        oldshape = a.shape
        prod = 1
        if ind > 0:
            invshape = oldshape[ind:] + oldshape[:ind]
            for k in oldshape[ind:]:
                prod *= k
        else:
            raise ValueError('Invalid ind argument.')
        a = a.reshape(prod, -1)
        ia = np.linalg.inv(a)
        return ia.reshape(*invshape)

    # np.linalg.cond: the singular values' ratio (p None, 2, -2), else the norms of x and of its inverse.
    def cond(x, p=None):
        if isinstance(p, (list, dict, set)):
            # NumPy looks p up in a set of its matrix norms first.
            raise TypeError(f"unhashable type: '{type(p).__name__}'")
        x = np.asarray(x)
        if x.size == 0 and np.prod(x.shape[-2:]) == 0:
            raise np.linalg.LinAlgError('cond is not defined on empty arrays')
        if p is None or (not isinstance(p, str) and p in (2, -2)):
            s = np.linalg.svd(x, compute_uv=False)
            # docbuild's smallest singular value differs from LAPACK's by a fraction of a unit in the last place of the
            # largest; past a ratio of 1e5 that reaches the ninth digit a format like '%.8e' shows.
            if (s[..., -1] < s[..., 0] * 1e-5).any():
                __docbuild_refuse__('np.linalg.cond of a matrix whose condition number passes 1e5 is not supported in '
                                    "snippets: its smallest singular value's last digits are LAPACK's rounding, which "
                                    'docbuild does not reproduce, and the ratio carries them into the shown digits')
            with np.errstate(all='ignore'):
                if p == -2:
                    r = s[..., -1] / s[..., 0]
                else:
                    r = s[..., 0] / s[..., -1]
        else:
            if x.dtype.kind == 'c':
                __docbuild_refuse__('np.linalg.cond of complex values is not supported in snippets')
            if x.dtype == np.float32:
                __docbuild_refuse__('np.linalg.cond of float32 values is not supported in snippets')
            try:
                invx = np.linalg.inv(x)
            except np.linalg.LinAlgError as error:
                if str(error) != 'Singular matrix':
                    raise
                __docbuild_refuse__('np.linalg.cond of a singular matrix with p=' + repr(p) + ' is not supported '
                                    'in snippets (NumPy inverts it with LAPACK errors ignored)')
            r = np.linalg.norm(x, p, axis=(-2, -1)) * np.linalg.norm(invx, p, axis=(-2, -1))
        nan_mask = np.isnan(r)
        if nan_mask.any():
            nan_mask &= ~np.isnan(x).any(axis=(-2, -1))
            if r.ndim > 0:
                r[nan_mask] = np.inf
            elif nan_mask:
                r = r.dtype.type(np.inf)
        return r
    """#
}
