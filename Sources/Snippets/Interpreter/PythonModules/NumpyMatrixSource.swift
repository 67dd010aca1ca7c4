extension ModuleSources {
  /// The `np.NAME` members the matrix source answers.
  static let numpyMatrixNames: Set<String> = ["matrix", "asmatrix"]

  /// The names `numpy.matlib` defines itself (the rest of it is `from numpy import *`).
  static let numpyMatlibNames: Set<String> = [
    "matrix", "asmatrix", "zeros", "ones", "eye", "identity", "rand", "randn", "repmat", "empty",
  ]

  /// `np.matrix` after NumPy 2.4's numpy/matrixlib/defmatrix.py: a class deriving from `np.ndarray` whose instances
  /// view a 2-D array (made from lists, strings such as `'1 2; 3 4'` or arrays), with `*` as the matrix product, `**`
  /// as the matrix power, indexing and reductions that stay 2-D (`m.sum(axis=0)` a 1×n matrix, `m.sum()` a scalar),
  /// `T I H A A1`, and `np.asmatrix`. NumPy functions given a matrix come to `dispatch`, which runs the ones
  /// whose results on matrices were checked against NumPy and refuses the others by name.
  static let numpyMatrix = #"""
    import numpy as np

    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets: convert the matrix with np.asarray(m) first')

    def _arr(m):
        return __docbuild_array_of__(m)

    def _plain(value):
        if isinstance(value, matrix):
            return _arr(value)
        if type(value) is list:
            return [_plain(item) for item in value]
        if type(value) is tuple:
            return tuple([_plain(item) for item in value])
        return value

    def _matrix_shape(shape):
        # __array_finalize__'s reshaping of what NumPy makes a matrix.
        if len(shape) == 2:
            return shape
        if len(shape) > 2:
            shape = tuple([x for x in shape if x > 1])
            if len(shape) == 2:
                return shape
            if len(shape) > 2:
                raise ValueError('shape too large to be a matrix.')
        if len(shape) == 0:
            return (1, 1)
        return (1, shape[0])

    def _view(arr):
        shape = _matrix_shape(arr.shape)
        if shape != arr.shape:
            arr = arr.reshape(shape)
        return arr.view(matrix)

    def _wrap(result):
        if isinstance(result, np.ndarray) and not isinstance(result, matrix):
            return _view(result)
        return result

    def _collapse(m, axis):
        if axis is None:
            return m[0, 0]
        return m

    def _align(m, axis):
        if axis is None:
            return m[0, 0]
        if axis == 0:
            return m
        if axis == 1:
            return m.transpose()
        raise ValueError('unsupported axis')

    def _literal(text):
        try:
            return int(text)
        except ValueError:
            pass
        if text.lstrip('+-')[:1].isalpha():
            _refuse(f'np.matrix of the string element {text!r}')
        try:
            return float(text)
        except ValueError:
            pass
        if text.endswith(('j', 'J')) and '+' not in text[1:] and '-' not in text[1:]:
            try:
                return 1j * float(text[:-1])
            except ValueError:
                pass
        _refuse(f'np.matrix of the string element {text!r}')

    def _convert_from_string(data):
        for char in '[]':
            data = data.replace(char, '')
        rows = data.split(';')
        newdata = []
        count = 0
        for row in rows:
            trow = row.split(',')
            newrow = []
            for col in trow:
                newrow.extend([_literal(text) for text in col.split()])
            if count == 0:
                ncols = len(newrow)
            elif len(newrow) != ncols:
                raise ValueError('Rows not the same size.')
            count += 1
            newdata.append(newrow)
        return newdata

    def _no_out(out, name):
        if out is not None:
            _refuse(f'np.matrix.{name}(out=)')

    class matrix(np.ndarray):
        __array_priority__ = 10.0

        def __new__(subtype, data, dtype=None, copy=True):
            if isinstance(data, matrix):
                dtype2 = data.dtype
                if dtype is None:
                    dtype = dtype2
                if dtype2 == dtype and not copy:
                    return data
                return data.astype(dtype)
            if isinstance(data, np.ndarray):
                if dtype is None:
                    intype = data.dtype
                else:
                    intype = np.dtype(dtype)
                new = _view(data)
                if intype != data.dtype:
                    return new.astype(intype)
                if copy:
                    return new.copy()
                return new
            if isinstance(data, str):
                data = _convert_from_string(data)
            arr = np.array(_plain(data), dtype=dtype)
            if arr.ndim > 2:
                raise ValueError('matrix must be 2-dimensional')
            return _view(arr)

        def __getitem__(self, index):
            out = _arr(self)[_plain(index)]
            if not isinstance(out, np.ndarray):
                return out
            if out.ndim == 0:
                return out[()]
            if out.ndim == 1:
                sh = out.shape[0]
                try:
                    n = len(index)
                except Exception:
                    n = 0
                if n > 1 and np.isscalar(index[1]):
                    out = out.reshape(sh, 1)
                else:
                    out = out.reshape(1, sh)
            elif out.ndim > 2:
                _refuse('indexing an np.matrix to more than two axes')
            return out.view(matrix)

        def __len__(self):
            return self.shape[0]

        def __iter__(self):
            return iter([self[i] for i in range(self.shape[0])])

        def __bool__(self):
            return bool(_arr(self))

        def __mul__(self, other):
            if isinstance(other, (np.ndarray, list, tuple)):
                return _dot(self, asmatrix(other))
            if np.isscalar(other) or not hasattr(other, '__rmul__'):
                return _dot(self, other)
            return NotImplemented

        def __rmul__(self, other):
            return _dot(other, self)

        def __imul__(self, other):
            self[:] = _arr(self * other)
            return self

        def __pow__(self, other):
            return _wrap(np.linalg.matrix_power(_arr(self), other))

        def __ipow__(self, other):
            self[:] = _arr(self ** other)
            return self

        def __rpow__(self, other):
            return NotImplemented

        def __matmul__(self, other):
            return _wrap(np.matmul(_arr(self), _plain(other)))

        def __rmatmul__(self, other):
            return _wrap(np.matmul(_plain(other), _arr(self)))

        def __add__(self, other):
            return _wrap(_arr(self) + _plain(other))

        def __radd__(self, other):
            return _wrap(_plain(other) + _arr(self))

        def __iadd__(self, other):
            self[:] = _arr(self + other)
            return self

        def __sub__(self, other):
            return _wrap(_arr(self) - _plain(other))

        def __rsub__(self, other):
            return _wrap(_plain(other) - _arr(self))

        def __isub__(self, other):
            self[:] = _arr(self - other)
            return self

        def __truediv__(self, other):
            return _wrap(_arr(self) / _plain(other))

        def __rtruediv__(self, other):
            return _wrap(_plain(other) / _arr(self))

        def __itruediv__(self, other):
            self[:] = _arr(self / other)
            return self

        def __floordiv__(self, other):
            return _wrap(_arr(self) // _plain(other))

        def __rfloordiv__(self, other):
            return _wrap(_plain(other) // _arr(self))

        def __mod__(self, other):
            return _wrap(_arr(self) % _plain(other))

        def __neg__(self):
            return _wrap(-_arr(self))

        def __pos__(self):
            return _wrap(+_arr(self))

        def __abs__(self):
            return _wrap(abs(_arr(self)))

        def __eq__(self, other):
            return _wrap(_arr(self) == _plain(other))

        def __ne__(self, other):
            return _wrap(_arr(self) != _plain(other))

        def __lt__(self, other):
            return _wrap(_arr(self) < _plain(other))

        def __le__(self, other):
            return _wrap(_arr(self) <= _plain(other))

        def __gt__(self, other):
            return _wrap(_arr(self) > _plain(other))

        def __ge__(self, other):
            return _wrap(_arr(self) >= _plain(other))

        def tolist(self):
            return _arr(self).tolist()

        def sum(self, axis=None, dtype=None, out=None):
            _no_out(out, 'sum')
            return _collapse(_view(_arr(self).sum(axis, dtype, keepdims=True)), axis)

        def mean(self, axis=None, dtype=None, out=None):
            _no_out(out, 'mean')
            return _collapse(_view(_arr(self).mean(axis, dtype, keepdims=True)), axis)

        def std(self, axis=None, dtype=None, out=None, ddof=0):
            _no_out(out, 'std')
            return _collapse(_view(_arr(self).std(axis, dtype, ddof=ddof, keepdims=True)), axis)

        def var(self, axis=None, dtype=None, out=None, ddof=0):
            _no_out(out, 'var')
            return _collapse(_view(_arr(self).var(axis, dtype, ddof=ddof, keepdims=True)), axis)

        def prod(self, axis=None, dtype=None, out=None):
            _no_out(out, 'prod')
            return _collapse(_view(_arr(self).prod(axis, dtype, keepdims=True)), axis)

        def any(self, axis=None, out=None):
            _no_out(out, 'any')
            return _collapse(_view(_arr(self).any(axis, keepdims=True)), axis)

        def all(self, axis=None, out=None):
            _no_out(out, 'all')
            return _collapse(_view(_arr(self).all(axis, keepdims=True)), axis)

        def max(self, axis=None, out=None):
            _no_out(out, 'max')
            return _collapse(_view(_arr(self).max(axis, keepdims=True)), axis)

        def min(self, axis=None, out=None):
            _no_out(out, 'min')
            return _collapse(_view(_arr(self).min(axis, keepdims=True)), axis)

        def ptp(self, axis=None, out=None):
            _no_out(out, 'ptp')
            return _collapse(_view(np.ptp(_arr(self), axis, keepdims=True)), axis)

        def argmax(self, axis=None, out=None):
            _no_out(out, 'argmax')
            found = _arr(self).argmax(axis)
            if axis is None:
                return found
            return _align(_view(found), axis)

        def argmin(self, axis=None, out=None):
            _no_out(out, 'argmin')
            found = _arr(self).argmin(axis)
            if axis is None:
                return found
            return _align(_view(found), axis)

        def cumsum(self, axis=None, dtype=None, out=None):
            _no_out(out, 'cumsum')
            return _view(_arr(self).cumsum(axis, dtype))

        def squeeze(self, axis=None):
            return _view(_arr(self).squeeze(axis))

        def flatten(self, order='C'):
            return _view(_arr(self).flatten(order))

        def ravel(self, order='C'):
            return _view(_arr(self).ravel(order))

        def reshape(self, *shape, order='C'):
            return _view(_arr(self).reshape(*shape, order=order))

        def transpose(self, *axes):
            return _view(_arr(self).transpose(*axes))

        def copy(self, order='C'):
            return _view(_arr(self).copy(order))

        def astype(self, dtype):
            return _view(_arr(self).astype(dtype))

        def round(self, decimals=0):
            rounded = _arr(self).round(decimals)
            # NumPy's C code keeps the class when it copies integers or runs rint; scaling by a power of ten makes
            # plain arrays.
            if decimals == 0 or (decimals > 0 and self.dtype.kind in 'biu'):
                return _view(rounded)
            return rounded

        def conjugate(self):
            return _view(_arr(self).conjugate())

        def conj(self):
            return _view(_arr(self).conj())

        def dot(self, other):
            return _dot(self, other)

        def diagonal(self, offset=0):
            return _view(_arr(self).diagonal(offset))

        def trace(self, offset=0):
            return _view(np.asarray(_arr(self).trace(offset)))

        def item(self, *args):
            return _arr(self).item(*args)

        def getA(self):
            return _arr(self)

        def getA1(self):
            return _arr(self).ravel()

        def getT(self):
            return self.transpose()

        def getH(self):
            if self.dtype.kind == 'c':
                return self.transpose().conjugate()
            return self.transpose()

        def getI(self):
            rows, cols = self.shape
            if rows == cols:
                return asmatrix(np.linalg.inv(_arr(self)))
            return asmatrix(np.linalg.pinv(_arr(self)))

        def __copy__(self):
            return self.copy()

        def __deepcopy__(self, memo):
            return self.copy()

        def __int__(self):
            return int(_arr(self))

        def __float__(self):
            return float(_arr(self))

        def nonzero(self):
            return _arr(self).nonzero()

        def argsort(self, axis=-1):
            return _view(_arr(self).argsort(axis))

        def fill(self, value):
            self[...] = value

        def __format__(self, spec):
            if spec:
                _refuse(f'format(matrix, {spec!r})')
            return str(self)

        def _real(self):
            return _view(_arr(self).real)

        def _imag(self):
            return _view(_arr(self).imag)

        real = property(_real)
        imag = property(_imag)
        A = property(getA)
        A1 = property(getA1)
        T = property(getT)
        H = property(getH)
        I = property(getI)

    matrix.__module__ = 'numpy'

    def asmatrix(data, dtype=None):
        return matrix(data, dtype=dtype, copy=False)

    def _dot(a, b):
        return _wrap(np.dot(_plain(a), _plain(b)))

    # NumPy functions whose result on matrices is the matrix of their result on the arrays (their output takes the
    # class of the argument of highest priority, or their code wraps it).
    _WRAPPED = {
        'dot', 'matmul', 'concatenate', 'hstack', 'vstack', 'column_stack', 'add', 'subtract', 'multiply', 'divide',
        'true_divide', 'floor_divide', 'mod', 'remainder', 'power', 'negative', 'sqrt', 'exp', 'log', 'log2', 'log10',
        'abs', 'absolute', 'sign', 'square', 'floor', 'ceil', 'maximum', 'minimum', 'fmax', 'fmin', 'sin', 'cos',
        'tan', 'tanh', 'arctan2', 'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal',
        'logical_and', 'logical_or', 'logical_not', 'isnan', 'isinf', 'isfinite', 'isclose', 'clip', 'zeros_like',
        'ones_like', 'full_like', 'linalg.inv', 'linalg.pinv', 'linalg.matrix_power', 'linalg.cholesky',
    }
    # Functions that read their arguments as plain arrays (np.asarray) whatever their class.
    _PLAIN = {
        'asarray', 'copy', 'linalg.det', 'linalg.norm', 'linalg.matrix_rank', 'shape', 'ndim', 'size', 'array_equal',
        'allclose', 'ravel', 'trace', 'diagonal', 'diag', 'nonzero', 'outer', 'unique', 'linalg.eigvals',
        'linalg.eigvalsh',
    }
    # np.linalg's decompositions: which parts of the named tuple NumPy's linalg wraps as its argument's class (the
    # eigenvalues and singular values stay plain arrays).
    _DECOMPOSITIONS = {'linalg.svd': (True, False, True), 'linalg.eig': (False, True), 'linalg.eigh': (False, True),
                       'linalg.qr': (True, True)}
    # Functions NumPy answers by calling the matrix's own method, with the keywords they pass on.
    _METHODS = {
        'sum': ('sum', {'axis', 'dtype'}), 'mean': ('mean', {'axis', 'dtype'}), 'prod': ('prod', {'axis', 'dtype'}),
        'std': ('std', {'axis', 'dtype', 'ddof'}), 'var': ('var', {'axis', 'dtype', 'ddof'}),
        'max': ('max', {'axis'}), 'amax': ('max', {'axis'}), 'min': ('min', {'axis'}), 'amin': ('min', {'axis'}),
        'argmax': ('argmax', {'axis'}), 'argmin': ('argmin', {'axis'}), 'any': ('any', {'axis'}),
        'all': ('all', {'axis'}), 'ptp': ('ptp', {'axis'}), 'cumsum': ('cumsum', {'axis', 'dtype'}),
        'transpose': ('transpose', {'axes'}), 'squeeze': ('squeeze', {'axis'}),
        'round': ('round', {'decimals'}), 'around': ('round', {'decimals'}),
    }

    # The ones that hand every keyword to the method and let its TypeError through.
    _REDUCTIONS = {'sum', 'mean', 'prod', 'std', 'var', 'max', 'amax', 'min', 'amin', 'any', 'all'}

    def dispatch(name, args, kwargs):
        for keyword in ('out', 'subok'):
            if keyword in kwargs:
                _refuse(f'np.{name}(..., {keyword}=) of an np.matrix')
        if name == 'transpose' and 'axes' in kwargs and len(args) == 1:
            return args[0].transpose(kwargs['axes'])
        if name == 'asanyarray' and len(args) == 1 and not kwargs:
            return args[0]
        if name == 'isscalar':
            return False
        if name == 'array':
            # NumPy's array of a matrix in a C long long dtype is a 'q' array (of a plain one, an 'l' copy).
            dtype = kwargs.get('dtype', args[1] if len(args) > 1 else None)
            if (any(dtype is t for t in (np.longlong, np.ulonglong))
                    or (isinstance(dtype, str) and dtype.lstrip('<=|') in ('q', 'Q', 'longlong', 'ulonglong'))):
                _refuse(f'np.array(..., dtype={dtype!r}) of an np.matrix')
            return np.array(*_plain(args), **kwargs)
        if name == 'where' and len(args) == 1 and not kwargs:
            return np.where(_plain(args[0]))
        if name == 'reshape' and args and isinstance(args[0], matrix) and len(args) <= 2:
            shape = args[1] if len(args) == 2 else kwargs.get('shape', kwargs.get('newshape'))
            if shape is None or set(kwargs) - {'shape', 'order'}:
                _refuse('np.reshape of an np.matrix with these arguments')
            return args[0].reshape(shape, order=kwargs.get('order', 'C'))
        if name in _METHODS and args and isinstance(args[0], matrix):
            method, passed = _METHODS[name]
            unknown = [key for key in kwargs if key not in passed]
            if unknown and name not in _REDUCTIONS:
                # NumPy's _wrapfunc retries a method's TypeError on the plain array and wraps the result.
                _refuse(f'np.{name}(..., {unknown[0]}=) of an np.matrix')
            if unknown:
                # NumPy hands them to the matrix's method, which takes none of them.
                raise TypeError(f"matrix.{method}() got an unexpected keyword argument '{unknown[0]}'")
            return getattr(args[0], method)(*args[1:], **kwargs)
        if name in _WRAPPED:
            return _wrap(_numpy_function(name)(*_plain(args), **_plain(kwargs)))
        if name in _PLAIN:
            return _numpy_function(name)(*_plain(args), **_plain(kwargs))
        if name in _DECOMPOSITIONS and len(args) == 1:
            result = _numpy_function(name)(_plain(args[0]), **kwargs)
            if not isinstance(result, tuple):
                # svd(..., compute_uv=False)'s singular values stay plain; qr(..., mode='r')'s R is wrapped.
                return _wrap(result) if name == 'linalg.qr' else result
            parts = [_wrap(part) if wrapped else part for part, wrapped in zip(result, _DECOMPOSITIONS[name])]
            return __docbuild_named_like__(result, parts)
        if name == 'linalg.solve':
            result = np.linalg.solve(*_plain(args), **_plain(kwargs))
            b = args[1] if len(args) > 1 else kwargs.get('b')
            return _wrap(result) if isinstance(b, matrix) else result
        _refuse(f'np.{name} of an np.matrix')

    def _numpy_function(name):
        if name.startswith('linalg.'):
            return getattr(np.linalg, name[len('linalg.'):])
        return getattr(np, name)
    """#

  /// `numpy.matlib` after NumPy 2.4's numpy/matlib.py: the matrix versions of `zeros ones eye identity rand randn`
  /// and `repmat`; `empty` (whatever memory held) is refused.
  static let numpyMatlib = #"""
    import numpy as np
    matrix = np.matrix
    asmatrix = np.asmatrix

    def _as_matrix(arr):
        shape = arr.shape
        if len(shape) > 2:
            shape = tuple([x for x in shape if x > 1])
            if len(shape) > 2:
                raise ValueError('shape too large to be a matrix.')
        if len(shape) == 0:
            shape = (1, 1)
        elif len(shape) == 1:
            shape = (1, shape[0])
        return np.asmatrix(arr.reshape(shape))

    def empty(shape, dtype=None, order='C'):
        __docbuild_refuse__('numpy.matlib.empty (its elements are whatever memory held) is not supported in snippets')

    def zeros(shape, dtype=None, order='C'):
        return _as_matrix(np.zeros(shape, dtype, order=order))

    def ones(shape, dtype=None, order='C'):
        return _as_matrix(np.ones(shape, dtype, order=order))

    def identity(n, dtype=None):
        return np.asmatrix(np.identity(n, dtype))

    def eye(n, M=None, k=0, dtype=float, order='C'):
        if order != 'C':
            return np.asmatrix(np.eye(n, M=M, k=k, dtype=dtype, order=order))
        return np.asmatrix(np.eye(n, M=M, k=k, dtype=dtype))

    def rand(*args):
        if isinstance(args[0], tuple):
            args = args[0]
        return np.asmatrix(np.random.rand(*args))

    def randn(*args):
        if isinstance(args[0], tuple):
            args = args[0]
        return np.asmatrix(np.random.randn(*args))

    def repmat(a, m, n):
        if isinstance(a, np.matrix):
            return np.asmatrix(repmat(a.A, m, n))
        a = np.asanyarray(a)
        ndim = a.ndim
        if ndim == 0:
            origrows, origcols = (1, 1)
        elif ndim == 1:
            origrows, origcols = (1, a.shape[0])
        else:
            origrows, origcols = a.shape
        rows = origrows * m
        cols = origcols * n
        c = a.reshape(1, a.size).repeat(m, 0).reshape(rows, origcols).repeat(n, 0)
        return c.reshape(rows, cols)
    """#
}
