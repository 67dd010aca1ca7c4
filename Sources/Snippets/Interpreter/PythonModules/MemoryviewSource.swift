extension ModuleSources {
  /// `memoryview` over a `bytes` object, after CPython 3.11's Objects/memoryobject.c for one-dimensional views:
  /// `len`, `nbytes`, `readonly`, `format`, `itemsize`, indexing, slicing (a view again), iteration, `tolist`,
  /// `tobytes`, `hex`, `==` and `cast` to the native single-character formats, whose items it decodes from the bytes
  /// (little-endian, as on the machines CPython's output comes from). A view of a bytearray or an array (which writes
  /// through and blocks resizing), multi-dimensional casts, and its repr (an address) are refused. `release()` (or
  /// leaving a `with` block) makes every later use CPython's ValueError.
  static let memoryview = #"""
    import math as _math

    _SIZES = {'b': 1, 'B': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
              'n': 8, 'N': 8, 'f': 4, 'd': 8}
    _SIGNED = 'bhilqn'


    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets')


    def _float_of(bits, exponent_bits, fraction_bits):
        # IEEE 754 decoding, exact: every finite value is an integer times a power of two.
        sign = bits >> (exponent_bits + fraction_bits)
        exponent = (bits >> fraction_bits) & ((1 << exponent_bits) - 1)
        fraction = bits & ((1 << fraction_bits) - 1)
        bias = (1 << (exponent_bits - 1)) - 1
        if exponent == (1 << exponent_bits) - 1:
            value = float('nan') if fraction else float('inf')
        elif exponent == 0:
            value = _math.ldexp(fraction, 1 - bias - fraction_bits)
        else:
            value = _math.ldexp(fraction + (1 << fraction_bits), exponent - bias - fraction_bits)
        return -value if sign else value


    def _decode(format, chunk):
        if format == 'B':
            return chunk[0]
        if format == 'c':
            return chunk
        if format == 'd':
            return _float_of(int.from_bytes(chunk, 'little'), 11, 52)
        if format == 'f':
            return _float_of(int.from_bytes(chunk, 'little'), 8, 23)
        if format == '?':
            return chunk[0] != 0
        return int.from_bytes(chunk, 'little', signed=format in _SIGNED)


    class memoryview:
        def __init__(self, object):
            self._released = False
            if isinstance(object, memoryview):
                object._check()
                self._object = object._object
                self._offset = object._offset
                self._stride = object._stride
                self._length = object._length
                self._format = object._format
                return
            if isinstance(object, bytearray):
                _refuse('a memoryview of a bytearray (which writes through to it and stops it from resizing)')
            if not isinstance(object, bytes):
                if type(object).__name__ in ('array', 'ndarray'):
                    _refuse('a memoryview of an ' + type(object).__name__)
                raise TypeError("memoryview: a bytes-like object is required, not '" + type(object).__name__ + "'")
            self._object = object
            self._offset = 0
            self._stride = 1
            self._length = len(object)
            self._format = 'B'
        @property
        def format(self):
            self._check()
            return self._format
        @property
        def itemsize(self):
            self._check()
            return _SIZES[self._format]
        @property
        def nbytes(self):
            self._check()
            return self._length * _SIZES[self._format]
        @property
        def readonly(self):
            self._check()
            return True
        @property
        def ndim(self):
            self._check()
            return 1
        @property
        def shape(self):
            self._check()
            return (self._length,)
        @property
        def strides(self):
            self._check()
            return (self._stride,)
        @property
        def obj(self):
            self._check()
            return self._object
        @property
        def c_contiguous(self):
            self._check()
            return self._stride == _SIZES[self._format] or self._length <= 1
        @property
        def contiguous(self):
            return self.c_contiguous
        @property
        def f_contiguous(self):
            return self.c_contiguous
        @property
        def suboffsets(self):
            self._check()
            return ()
        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                _refuse('memoryview.' + name)
            raise AttributeError("'memoryview' object has no attribute '" + name + "'")
        def _check(self):
            if self._released:
                raise ValueError('operation forbidden on released memoryview object')
        def __len__(self):
            self._check()
            return self._length
        def _item(self, position):
            start = self._offset + position * self._stride
            return _decode(self._format, self._object[start:start + _SIZES[self._format]])
        def __getitem__(self, key):
            self._check()
            if isinstance(key, slice):
                picked = range(self._length)[key]
                view = memoryview(self)
                view._offset = self._offset + picked.start * self._stride
                view._stride = self._stride * picked.step
                view._length = len(picked)
                return view
            if type(key) is tuple:
                _refuse('a memoryview indexed with a tuple')
            if not isinstance(key, int):
                raise TypeError('memoryview: invalid slice key')
            position = key + self._length if key < 0 else key
            if not 0 <= position < self._length:
                raise IndexError('index out of bounds on dimension 1')
            return self._item(position)
        def __setitem__(self, key, value):
            self._check()
            raise TypeError('cannot modify read-only memory')
        def __delitem__(self, key):
            self._check()
            raise TypeError('cannot modify read-only memory')
        def __iter__(self):
            if self._released:
                # CPython 3.11's iter() of a released view fails with a SystemError (a bug), list() with the
                # ValueError: which one a statement meets depends on how it iterates.
                _refuse('iterating over a released memoryview')
            return iter(self.tolist())
        def tolist(self):
            self._check()
            return [self._item(position) for position in range(self._length)]
        def tobytes(self, order='C'):
            self._check()
            return b''.join(self._object[self._offset + position * self._stride:][:_SIZES[self._format]]
                            for position in range(self._length))
        def __bytes__(self):
            return self.tobytes()
        def hex(self, *args):
            self._check()
            return self.tobytes().hex(*args)
        def cast(self, format, shape=None):
            self._check()
            if shape is not None:
                _refuse('memoryview.cast with a shape')
            if not isinstance(format, str):
                raise TypeError("cast() argument 'format' must be str, not " + type(format).__name__)
            if format.startswith('@'):
                format = format[1:]
            if format not in _SIZES:
                raise ValueError("memoryview: destination format must be a native single character format prefixed "
                                 "with an optional '@'")
            if not self.c_contiguous:
                raise TypeError('memoryview: casts are restricted to C-contiguous views')
            if self._format not in 'Bbc' and format not in 'Bbc':
                raise TypeError('memoryview: cannot cast between two non-byte formats')
            size = _SIZES[format]
            if self.nbytes % size:
                raise TypeError('memoryview: length is not a multiple of itemsize')
            view = memoryview(self)
            view._format = format
            view._stride = size
            view._length = self.nbytes // size
            return view
        def toreadonly(self):
            return memoryview(self)
        def release(self):
            # Nothing else holds this view's buffer (sub-views and casts hold the object's), so it always releases.
            self._released = True
        def __enter__(self):
            self._check()
            return self
        def __exit__(self, *details):
            self._released = True
        def __eq__(self, other):
            if self._released or isinstance(other, memoryview) and other._released:
                # A released view equals itself only (and a live one of NaN floats not even itself).
                return other is self
            if isinstance(other, (bytes, bytearray)):
                other = memoryview(bytes(other))
            elif not isinstance(other, memoryview):
                return NotImplemented
            if self._length != other._length:
                return False
            return all(mine == theirs for mine, theirs in zip(self.tolist(), other.tolist()))
        def __hash__(self):
            _refuse('hash() of a memoryview')
        def __repr__(self):
            _refuse("a memoryview's repr (its memory address)")


    memoryview.__module__ = 'builtins'
    __docbuild_emulate__(memoryview, 'memoryview')
    """#
}
