extension ModuleSources {
  /// `numpy.ma`'s basics after NumPy 2.4's numpy/ma/core.py: `np.ma.array`/`masked_array` (`mask=`, `fill_value=`),
  /// `masked_where masked_invalid masked_greater masked_less masked_equal masked_values`, `np.ma.sqrt`,
  /// `getmask getdata is_masked count_masked`, the constant `masked`; a masked array's `data mask fill_value
  /// filled compressed count sum mean max min`, indexing, `+ - * /` (masked results keep the left operand's data,
  /// as NumPy's) and NumPy's repr and str. `count` and `sum` take one axis; other axis arguments, the reductions'
  /// other arguments and other functions are refused.
  static let numpyMasked = #"""
    import numpy as np

    class MaskError(Exception):
        pass

    class MaskedConstant:
        def __repr__(self):
            return 'masked'
        def __str__(self):
            return '--'

    masked = MaskedConstant()
    nomask = np.False_

    # Inside this module a missing mask is None (snippets compare identity only for None, True, False, modules
    # and functions); `.mask` shows it as NumPy's nomask, np.False_.

    _DEFAULT_FILL = {'b': True, 'c': 1e20 + 0j, 'f': 1e20, 'i': 999999, 'u': 999999}

    def _refuse(what):
        __docbuild_refuse__(f'{what} is not supported in snippets')

    def _refuse_more(method, more, options):
        # NumPy's reductions also take dtype, out, keepdims and fill_value; this module implements the axis only.
        if more or options:
            _refuse(f"a masked array's {method}() with arguments other than axis")

    def _object_word(value):
        if isinstance(value, MaskedConstant):
            return '--'
        return repr(value.item())

    def _format(items, shape, word, separator, prefix, line_width):
        # NumPy's array2string layout (_formatArray): wrap at the line width counting the prefix, one space of
        # hanging indent per level.
        def recurse(index, offset, hanging, width):
            axis = len(index)
            left = len(shape) - axis
            if left == 0:
                return word(items[offset])
            stride = 1
            for extent in shape[axis + 1:]:
                stride *= extent
            count = shape[axis]
            if left == 1:
                elem_width = width - max(len(separator.rstrip()), len(']'))
                text = ''
                line = hanging
                for i in range(count):
                    piece = recurse(index + (i,), offset + i * stride, hanging + ' ', width - 1)
                    if len(line) + len(piece) > elem_width and len(line) > len(hanging):
                        text += line.rstrip() + '\n'
                        line = hanging
                    line += piece
                    if i < count - 1:
                        line += separator
                text += line
            else:
                text = ''
                line_sep = separator.rstrip() + '\n' * (left - 1)
                for i in range(count):
                    nested = recurse(index + (i,), offset + i * stride, hanging + ' ', width - 1)
                    text += hanging + nested
                    if i < count - 1:
                        text += line_sep
            return '[' + text[len(hanging):] + ']'
        return recurse((), 0, ' ' * (len(prefix) + 1), line_width)

    def _as_array(data):
        if isinstance(data, MaskedArray):
            return data._data
        return np.asarray(data)

    def getdata(a):
        if isinstance(a, MaskedArray):
            return a.data
        return np.asarray(a)

    def getmask(a):
        if isinstance(a, MaskedArray):
            return a.mask
        return nomask

    def getmaskarray(a):
        if isinstance(a, MaskedArray):
            return a._mask_array()
        return np.zeros(np.shape(a), dtype=bool)

    def is_masked(x):
        if not isinstance(x, MaskedArray):
            return False
        return x._mask is not None and bool(x._mask.any())

    def count_masked(arr, axis=None):
        if axis is not None:
            _refuse("np.ma.count_masked's axis=")
        return getmaskarray(arr).sum()

    def _shrink(mask):
        if not mask.any():
            return None
        return mask

    def _fill_of(dtype, value):
        return np.array(value, dtype=dtype)[()]

    class MaskedArray:
        def __init__(self, data=None, mask=None, dtype=None, copy=False, fill_value=None, keep_mask=True,
                     hard_mask=False, shrink=True):
            if isinstance(data, MaskedArray):
                inherited = data._mask
                data = data._data
            else:
                inherited = None
            # NumPy's masked array holds its data's own memory unless told to copy (`np.ma.MaskedArray(x)` and `x`
            # share it).
            self._data = np.array(data, dtype=dtype) if copy else np.asarray(data, dtype=dtype)
            if self._data.dtype.kind not in 'biufc':
                _refuse(f'np.ma of {self._data.dtype} data')
            if mask is None:
                self._mask = inherited
            else:
                given = np.array(mask, dtype=bool)
                if given.shape != self._data.shape:
                    nd, nm = (self._data.size, given.size)
                    if nm == 1:
                        given = np.full(self._data.shape, given.reshape(-1)[0])
                    elif nm == nd:
                        given = given.reshape(self._data.shape)
                    else:
                        raise MaskError(f'Mask and data not compatible: data size is {nd}, mask size is {nm}.')
                if inherited is not None and keep_mask:
                    given = given | inherited
                self._mask = given
            self._fill_value = None
            if fill_value is not None:
                self._fill_value = _fill_of(self._data.dtype, fill_value)

        def _new(self, data, mask, source=None):
            result = MaskedArray(data)
            result._mask = mask
            if source is not None:
                result._fill_value = source._fill_value
            return result

        def _mask_array(self):
            if self._mask is None:
                return np.zeros(self._data.shape, dtype=bool)
            return self._mask

        @property
        def data(self):
            # A new view each time, as NumPy's (`mx.data is mx.data` is False; its base is the memory's owner).
            return self._data.view()

        @property
        def mask(self):
            if self._mask is None:
                return nomask
            return self._mask

        @property
        def dtype(self):
            return self._data.dtype

        @property
        def shape(self):
            return self._data.shape

        @property
        def size(self):
            return self._data.size

        @property
        def ndim(self):
            return self._data.ndim

        def __len__(self):
            return len(self._data)

        @property
        def fill_value(self):
            if self._fill_value is None:
                kind = self._data.dtype.kind
                self._fill_value = _fill_of(self._data.dtype, _DEFAULT_FILL['i' if kind == 'u' else kind])
            return self._fill_value

        @fill_value.setter
        def fill_value(self, value):
            self._fill_value = _fill_of(self._data.dtype, value)

        def filled(self, fill_value=None):
            if self._mask is None:
                return self._data.copy()
            if fill_value is None:
                fill_value = self.fill_value
            return np.where(self._mask, np.array(fill_value).astype(self._data.dtype), self._data)

        def compressed(self):
            data = np.ravel(self._data)
            if self._mask is not None:
                data = data[~np.ravel(self._mask)]
            return data

        def count(self, axis=None, *more, **options):
            _refuse_more('count', more, options)
            if axis is None:
                return self._data.size - np.sum(self._mask_array(), dtype=np.intp)
            if isinstance(axis, tuple):
                _refuse("a masked array's count(axis=) of a tuple of axes")
            if self._mask is None:
                # NumPy's np.full of the counts: a 0-d array, not a scalar, when every axis is counted.
                counts = np.ones(self._data.shape, dtype=np.intp).sum(axis=axis)
                return np.full(np.shape(counts), counts, dtype=np.intp)
            return np.sum(~self._mask, axis=axis, dtype=np.intp)

        def sum(self, axis=None, *more, **options):
            _refuse_more('sum', more, options)
            if axis is None:
                result = self.filled(0).sum()
                if self._mask is not None and self._mask.all():
                    return masked
                return result
            if isinstance(axis, tuple):
                _refuse("a masked array's sum(axis=) of a tuple of axes")
            # NumPy sums the data filled with zeros; a line whose every element is masked is masked, and a result of
            # no axes is a scalar (or masked).
            result = self.filled(0).sum(axis)
            mask = None if self._mask is None else self._mask.all(axis=axis)
            if np.ndim(result):
                return self._new(result, mask)
            if mask is not None and mask:
                return masked
            return result

        def mean(self, axis=None, *more, **options):
            _refuse_more('mean', more, options)
            if axis is not None:
                _refuse("a masked array's mean(axis=)")
            if self._mask is None:
                return self._data.mean()
            if self._data.dtype.kind == 'c':
                _refuse('the mean of a complex masked array')
            dsum = self.sum()
            cnt = self.count()
            if cnt == 0:
                return masked
            return dsum * 1. / cnt

        def max(self, axis=None, *more, **options):
            _refuse_more('max', more, options)
            if axis is not None:
                _refuse("a masked array's max(axis=)")
            if self._mask is not None and self._mask.all():
                return masked
            return self.compressed().max()

        def min(self, axis=None, *more, **options):
            _refuse_more('min', more, options)
            if axis is not None:
                _refuse("a masked array's min(axis=)")
            if self._mask is not None and self._mask.all():
                return masked
            return self.compressed().min()

        def __getitem__(self, index):
            dout = self._data[index]
            mout = None if self._mask is None else self._mask[index]
            if np.ndim(dout) == 0:
                if mout is not None and mout:
                    return masked
                return dout
            if mout is not None:
                mout = mout.copy()
            return self._new(dout.copy(), mout, self)

        def _print_items(self):
            data = np.ravel(self._data)
            mask = np.ravel(self._mask_array())
            return [masked if mask[i] else data[i] for i in range(data.size)]

        def __str__(self):
            if self._data.size > 1000:
                _refuse('printing a masked array of more than 1000 elements')
            if self._data.ndim == 0:
                return str(self._data)
            return _format(self._print_items(), self._data.shape, _object_word, ' ', '', 75)

        def __repr__(self):
            if np.get_printoptions()['legacy'] == '1.13':
                # NumPy 1.13's template (`masked_array(data = [...],`) is not written here.
                _refuse("the repr of a masked array under np.set_printoptions(legacy='1.13')")
            if self._data.size > 1000:
                _refuse('printing a masked array of more than 1000 elements')
            if self._data.ndim == 0:
                _refuse('the repr of a 0-d masked array')
            prefix = 'masked_array('
            implied = self.dtype.name in ('float64', 'int64', 'bool')
            keys = ['data', 'mask', 'fill_value']
            if not implied or (self._mask is not None and self._mask.all()) or self.size == 0:
                keys.append('dtype')
            one_row = all(extent == 1 for extent in self.shape[:-1])
            indents = {}
            if one_row:
                indents['data'] = prefix
                for k in keys[1:]:
                    indents[k] = ' ' * max(2, len(prefix + 'data') - len(k))
                prefix = ''
            else:
                for k in keys:
                    indents[k] = '  '
                prefix = prefix + '\n'
            reprs = {}
            reprs['data'] = _format(self._print_items(), self.shape, _object_word, ', ',
                                    indents['data'] + 'data=', 74)
            if self._mask is None:
                reprs['mask'] = 'False'
            else:
                flags = list(np.ravel(self._mask))
                reprs['mask'] = _format(flags, self.shape, lambda v: ' True' if v else 'False', ', ',
                                        indents['mask'] + 'mask=', 74)
            fill = self.fill_value
            if fill.dtype == self.dtype:
                reprs['fill_value'] = str(fill)
            else:
                reprs['fill_value'] = repr(fill)
            if 'dtype' in keys:
                reprs['dtype'] = self.dtype.name
            return prefix + ',\n'.join(f'{indents[k]}{k}={reprs[k]}' for k in keys) + ')'

        def _binary(self, other, function, reflected=False):
            a, b = (other, self) if reflected else (self, other)
            da, db = (getdata(a), getdata(b))
            if da.dtype.kind == 'c' or db.dtype.kind == 'c':
                _refuse('complex masked arrays')
            result = function(da, db)
            has_mask = (isinstance(a, MaskedArray) and a._mask is not None) or (
                isinstance(b, MaskedArray) and b._mask is not None)
            m = np.logical_or(getmaskarray(a), getmaskarray(b)) if has_mask else None
            if np.ndim(result) == 0:
                if m is not None and m:
                    return masked
                return result
            if m is not None and m.any():
                result = np.where(m, np.broadcast_to(da, result.shape).astype(result.dtype), result)
            source = a if isinstance(a, MaskedArray) else b
            return self._new(result, m, source)

        def _divide(self, other, reflected=False):
            a, b = (other, self) if reflected else (self, other)
            da, db = (getdata(a), getdata(b))
            if da.dtype.kind == 'c' or db.dtype.kind == 'c':
                _refuse('complex masked arrays')
            result = np.true_divide(da, db)
            m = ~np.isfinite(result)
            m = m | getmaskarray(a) | getmaskarray(b)
            m = m | (np.absolute(da) * np.finfo(float).tiny >= np.absolute(db))
            if np.ndim(result) == 0:
                if m:
                    return masked
                return result
            result = np.where(m, 0, result)
            masked_da = np.multiply(m, da)
            if np.can_cast(masked_da.dtype, result.dtype, casting='safe'):
                result = result + masked_da
            source = a if isinstance(a, MaskedArray) else b
            return self._new(result, m, source)

        def __add__(self, other):
            return self._binary(other, np.add)

        def __radd__(self, other):
            return self._binary(other, np.add, True)

        def __sub__(self, other):
            return self._binary(other, np.subtract)

        def __rsub__(self, other):
            return self._binary(other, np.subtract, True)

        def __mul__(self, other):
            return self._binary(other, np.multiply)

        def __rmul__(self, other):
            return self._binary(other, np.multiply, True)

        def __truediv__(self, other):
            return self._divide(other)

        def __rtruediv__(self, other):
            return self._divide(other, True)

        def __neg__(self):
            return self._new(-self._data, self._mask, self)

        # NumPy compares the data and joins the masks (masked places equal where both are masked); not followed here,
        # so each comparison is refused rather than answered by identity.
        def __eq__(self, other):
            _refuse('== of a masked array')

        def __ne__(self, other):
            _refuse('!= of a masked array')

        def __lt__(self, other):
            _refuse('< of a masked array')

        def __le__(self, other):
            _refuse('<= of a masked array')

        def __gt__(self, other):
            _refuse('> of a masked array')

        def __ge__(self, other):
            _refuse('>= of a masked array')

    masked_array = MaskedArray

    def array(data, dtype=None, copy=False, order=None, mask=None, fill_value=None, keep_mask=True,
              hard_mask=False, shrink=True, subok=True, ndmin=0):
        return MaskedArray(data, mask=mask, dtype=dtype, copy=copy, fill_value=fill_value, keep_mask=keep_mask,
                           hard_mask=hard_mask, shrink=shrink)

    def masked_where(condition, a, copy=True):
        cond = np.array(condition, dtype=bool)
        data = _as_array(a)
        if cond.shape and cond.shape != data.shape:
            raise IndexError(
                f'Inconsistent shape between the condition and the input (got {cond.shape} and {data.shape})')
        if isinstance(a, MaskedArray):
            cond = cond | a._mask_array()
        result = MaskedArray(data.copy())
        if isinstance(a, MaskedArray):
            result._fill_value = a._fill_value
        result._mask = _shrink(np.broadcast_to(cond, data.shape).copy())
        return result

    def masked_invalid(a, copy=True):
        data = _as_array(a)
        result = masked_where(~np.isfinite(data), a, copy)
        if result._mask is None:
            result._mask = np.zeros(result.shape, dtype=bool)
        return result

    def masked_greater(x, value, copy=True):
        return masked_where(np.greater(_as_array(x), value), x, copy)

    def masked_greater_equal(x, value, copy=True):
        return masked_where(np.greater_equal(_as_array(x), value), x, copy)

    def masked_less(x, value, copy=True):
        return masked_where(np.less(_as_array(x), value), x, copy)

    def masked_less_equal(x, value, copy=True):
        return masked_where(np.less_equal(_as_array(x), value), x, copy)

    def masked_not_equal(x, value, copy=True):
        return masked_where(np.not_equal(_as_array(x), value), x, copy)

    def masked_equal(x, value, copy=True):
        output = masked_where(np.equal(_as_array(x), value), x, copy)
        output.fill_value = value
        return output

    def masked_values(x, value, rtol=1e-05, atol=1e-08, copy=True, shrink=True):
        xnew = _as_array(x)
        if xnew.dtype.kind == 'f':
            mask = np.isclose(xnew, value, atol=atol, rtol=rtol)
        else:
            mask = np.equal(xnew, value)
        ret = MaskedArray(xnew, mask=mask, fill_value=value)
        if shrink:
            ret._mask = _shrink(ret._mask)
        return ret

    def sqrt(a):
        d = getdata(a)
        if d.dtype.kind == 'c':
            _refuse('np.ma.sqrt of complex values')
        result = np.sqrt(d)
        m = ~np.isfinite(result)
        m = m | (d < 0.0)
        m = m | getmaskarray(a)
        if np.ndim(result) == 0:
            if m:
                return masked
            return result
        result = np.where(m, d, result)
        output = MaskedArray(result)
        output._mask = m
        if isinstance(a, MaskedArray):
            output._fill_value = a._fill_value
        return output
    # The module CPython names the class by (`type(x)`, `<class '…'>`).
    MaskedConstant.__module__ = 'numpy.ma.core'
    MaskError.__module__ = 'numpy.ma.core'
    """#
}
