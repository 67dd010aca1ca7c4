/// The standard library's `array` module (PDSH's `array.array('i', L)`), written in the snippet language.
extension ModuleSources {
  /// `array.array` over the numeric typecodes: creation from an iterable, its repr, length, indexing, slicing,
  /// iteration, comparison, repetition (`2 * a`), the list-like methods and `tobytes` (so `bytes(a)`), with CPython's messages
  /// (Modules/arraymodule.c). What would need raw memory (`buffer_info`, `frombytes`, `byteswap`, files), the `'u'` typecode and values outside a
  /// typecode's range are refused rather than approximated.
  static let array = #"""
    import numpy as _np

    typecodes = 'bBuhHiIlLqQfd'
    _ITEMSIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4,
                  'd': 8}
    _RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
               'i': (-2147483648, 2147483647), 'I': (0, 4294967295),
               'l': (-9223372036854775808, 9223372036854775807), 'L': (0, 18446744073709551615),
               'q': (-9223372036854775808, 9223372036854775807), 'Q': (0, 18446744073709551615)}

    _DTYPES = {'b': _np.int8, 'B': _np.uint8, 'h': _np.int16, 'H': _np.uint16, 'i': _np.int32, 'I': _np.uint32,
               'l': _np.int64, 'L': _np.uint64, 'q': _np.int64, 'Q': _np.uint64, 'f': _np.float32, 'd': _np.float64}

    def _item(typecode, value):
        # One element as the array stores it: an int in the typecode's range, or a float (rounded to float32 for 'f').
        if typecode in _RANGES:
            if not isinstance(value, int):
                raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
            low, high = _RANGES[typecode]
            if value < low or value > high:
                __docbuild_refuse__(
                    'array(' + repr(typecode) + ') with a value outside its range is not supported in snippets: '
                    + 'CPython raises OverflowError with a message per typecode')
            return int(value)
        if isinstance(value, (str, bytes)):
            raise TypeError('must be real number, not ' + type(value).__name__)
        if not isinstance(value, (int, float)):
            # CPython reads any other object through its __float__ (or __index__), as float() does.
            try:
                value = float(value)
            except TypeError as error:
                if 'returned non-' in str(error):
                    raise
                raise TypeError('must be real number, not ' + type(value).__name__)
        if typecode == 'f':
            if abs(value) > 3.4028234663852886e38:
                __docbuild_refuse__("array('f') with a value beyond float32's range is not supported in snippets")
            return float(_np.float32(value))
        return float(value)

    class array:
        def __init__(self, typecode, initializer=None):
            if not isinstance(typecode, str) or len(typecode) != 1:
                raise TypeError('array() argument 1 must be a unicode character, not ' + type(typecode).__name__)
            if typecode not in typecodes:
                raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
            if typecode == 'u':
                __docbuild_refuse__("array('u') is not supported in snippets: use a str")
            if isinstance(initializer, str):
                raise TypeError('cannot use a str to initialize an array with typecode ' + repr(typecode))
            if isinstance(initializer, array) or type(initializer).__name__ in ('bytes', 'bytearray'):
                __docbuild_refuse__('array() from bytes or from another array is not supported in snippets: '
                                    + 'pass a list')
            self._typecode = typecode
            self._items = [] if initializer is None else [_item(typecode, value) for value in initializer]

        @property
        def typecode(self):
            return self._typecode

        @property
        def itemsize(self):
            return _ITEMSIZES[self._typecode]

        def __repr__(self):
            if not self._items:
                return 'array(' + repr(self._typecode) + ')'
            return 'array(' + repr(self._typecode) + ', ' + repr(self._items) + ')'

        def __len__(self):
            return len(self._items)

        def __iter__(self):
            return iter(list(self._items))

        def __contains__(self, value):
            return value in self._items

        def __getitem__(self, index):
            if isinstance(index, slice):
                return array(self._typecode, self._items[index])
            if not isinstance(index, int):
                raise TypeError('array indices must be integers')
            if index < -len(self._items) or index >= len(self._items):
                raise IndexError('array index out of range')
            return self._items[index]

        def __setitem__(self, index, value):
            if isinstance(index, slice):
                __docbuild_refuse__('assigning to a slice of an array.array is not supported in snippets')
            if not isinstance(index, int):
                raise TypeError('array indices must be integers')
            if index < -len(self._items) or index >= len(self._items):
                raise IndexError('array assignment index out of range')
            self._items[index] = _item(self._typecode, value)

        def __eq__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items == other._items

        def __ne__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items != other._items

        # Ordering compares the items as lists do (array_richcompare), whatever the typecodes.
        def __lt__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items < other._items

        def __le__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items <= other._items

        def __gt__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items > other._items

        def __ge__(self, other):
            if not isinstance(other, array):
                return NotImplemented
            return self._items >= other._items

        def __add__(self, other):
            if not isinstance(other, array) or other._typecode != self._typecode:
                __docbuild_refuse__('adding an array.array to anything but an array of its typecode is not '
                                    + 'supported in snippets')
            return array(self._typecode, self._items + other._items)

        def __mul__(self, count):
            # Sequence repetition, as CPython's sq_repeat: an int (or bool) count, none below zero.
            if isinstance(count, _np.generic):
                __docbuild_refuse__('multiplying an array.array by a NumPy value is not supported in snippets: '
                                    + 'NumPy may convert the array first')
            if not isinstance(count, int):
                name = 'array.array' if isinstance(count, array) else type(count).__name__
                raise TypeError("can't multiply sequence by non-int of type '" + name + "'")
            return array(self._typecode, self._items * count)

        def __rmul__(self, count):
            return self.__mul__(count)

        def __imul__(self, count):
            repeated = self.__mul__(count)
            self._items = repeated._items
            return self

        def append(self, value):
            self._items.append(_item(self._typecode, value))

        def extend(self, values):
            if isinstance(values, array) and values._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend([_item(self._typecode, value) for value in values])

        def insert(self, index, value):
            self._items.insert(index, _item(self._typecode, value))

        def pop(self, index=-1):
            if not self._items:
                raise IndexError('pop from empty array')
            if index < -len(self._items) or index >= len(self._items):
                raise IndexError('pop index out of range')
            return self._items.pop(index)

        def remove(self, value):
            if value not in self._items:
                raise ValueError('array.remove(x): x not in array')
            self._items.remove(value)

        def index(self, value):
            if value not in self._items:
                raise ValueError('array.index(x): x not in array')
            return self._items.index(value)

        def count(self, value):
            return self._items.count(value)

        def reverse(self):
            self._items.reverse()

        def tolist(self):
            return list(self._items)

        def buffer_info(self):
            __docbuild_refuse__('array.buffer_info() gives a memory address, which differs on every run')

        def tobytes(self):
            # The machine's little-endian items, as NumPy lays out the same values in the same C type.
            return _np.array(self._items, dtype=_DTYPES[self._typecode]).tobytes()

        def frombytes(self, buffer):
            __docbuild_refuse__('array.frombytes() is not supported in snippets')

        def byteswap(self):
            __docbuild_refuse__('array.byteswap() is not supported in snippets')

        def fromlist(self, values):
            __docbuild_refuse__('array.fromlist() is not supported in snippets: use extend')

        def tounicode(self):
            __docbuild_refuse__("array('u') is not supported in snippets: use a str")

    ArrayType = array
    """#
}
