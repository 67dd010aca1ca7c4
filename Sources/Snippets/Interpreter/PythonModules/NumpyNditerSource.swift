extension ModuleSources {
  /// NumPy's `np.nditer` for plain element loops, written in the snippet language: one or more operands broadcast
  /// together, read-only elements as read-only 0-d views, `readwrite`/`writeonly` elements as 0-d views that write
  /// into their operand, `None` operands allocated (`allocate`), `flags=['multi_index']`, `iternext()`, `finished`,
  /// `reset()`, `operands`, `value`, flat indices (`flags=['c_index']`, `['f_index']`, `it.index`), C, Fortran or memory
  /// order, external loops without buffering, and casts to `op_dtypes` of read operands (`copy` or `buffered`) with
  /// NumPy's casting errors. What else NumPy's iterator does (buffered external loops, written casts, reductions,
  /// `op_axes`) is refused by name.
  static let numpyNditer = #"""
    import numpy as np

    _REFUSED_FLAGS = ('ranged', 'reduce_ok', 'grow_inner',
                      'delay_bufalloc', 'common_dtype', 'copy_if_overlap', 'refs_ok', 'zerosize_ok')
    _REFUSED_OP_FLAGS = ('updateifcopy', 'nbo', 'aligned', 'contig', 'no_subtype', 'arraymask',
                         'writemasked', 'virtual', 'overlap_assume_elementwise', 'no_broadcast')

    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets: docbuild runs np.nditer for element loops '
                            "(flags=['multi_index'], ['c_index'] or ['f_index'], op_flags ['readonly'], ['readwrite'], "
                            "['writeonly'] or "
                            "['writeonly', 'allocate'])")

    def _shape_text(shape):
        if len(shape) == 1:
            return '(' + str(shape[0]) + ',)'
        return '(' + ','.join([str(n) for n in shape]) + ')'

    def _broadcast(shapes):
        ndim = max([len(s) for s in shapes])
        result = [1] * ndim
        for shape in shapes:
            padded = [1] * (ndim - len(shape)) + list(shape)
            for axis in range(ndim):
                if padded[axis] != 1:
                    if result[axis] != 1 and result[axis] != padded[axis]:
                        raise ValueError('operands could not be broadcast together with shapes '
                                         + ' '.join([_shape_text(s) for s in shapes]) + ' ')
                    result[axis] = padded[axis]
        return tuple(result)

    def _positions(shape, fortran):
        count = 1
        for n in shape:
            count *= n
        positions = []
        for flat in range(count):
            index = []
            rest = flat
            axes = range(len(shape)) if fortran else range(len(shape) - 1, -1, -1)
            for axis in axes:
                index.append(rest % shape[axis])
                rest //= shape[axis]
            positions.append(tuple(index) if fortran else tuple(index[::-1]))
        return positions

    class nditer:
        def __init__(self, op, flags=None, op_flags=None, op_dtypes=None, order='K', casting='safe',
                     op_axes=None, itershape=None, buffersize=0):
            for name, given in (('op_axes', op_axes), ('itershape', itershape)):
                if given is not None:
                    _refuse('np.nditer with ' + name + '=')
            if buffersize != 0:
                _refuse('np.nditer with buffersize=')
            if order not in ('C', 'F', 'A', 'K'):
                raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + str(order) + "')")
            single = not isinstance(op, (list, tuple))
            ops = [op] if single else list(op)
            if flags is None:
                flags = []
            if not isinstance(flags, (list, tuple)):
                raise ValueError('Iterator global flags must be a list or tuple of strings')
            for flag in flags:
                if flag not in _REFUSED_FLAGS and flag not in ('multi_index', 'c_index', 'f_index', 'external_loop',
                                                               'buffered'):
                    raise ValueError('Unexpected iterator global flag "' + str(flag) + '"')
            if 'c_index' in flags and 'f_index' in flags:
                raise ValueError('Iterator flags C_INDEX and F_INDEX cannot both be specified')
            self._external = 'external_loop' in flags
            if self._external and ('multi_index' in flags or 'c_index' in flags or 'f_index' in flags):
                raise ValueError('Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being '
                                 'tracked')
            for flag in flags:
                if flag in _REFUSED_FLAGS:
                    _refuse("np.nditer's flag '" + flag + "'")
            if self._external and 'buffered' in flags:
                # NumPy's buffered inner loops gather elements into buffers of its own sizes.
                _refuse("np.nditer's flags 'external_loop' and 'buffered' together")
            if casting not in ('no', 'equiv', 'safe', 'same_kind', 'unsafe'):
                raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '"
                                 + str(casting) + "')")
            self._tracks_index = 'multi_index' in flags
            self._flat_index = 'C' if 'c_index' in flags else 'F' if 'f_index' in flags else None
            if op_flags is None:
                per_op = [['writeonly', 'allocate'] if o is None else ['readonly'] for o in ops]
            elif not isinstance(op_flags, (list, tuple)):
                raise ValueError('op_flags must be a tuple or array of per-op flag-tuples')
            elif len(op_flags) > 0 and isinstance(op_flags[0], str):
                per_op = [list(op_flags) for o in ops]
            else:
                per_op = [list(f) for f in op_flags]
                if len(per_op) != len(ops):
                    _refuse('np.nditer with op_flags for another number of operands')
            if op_dtypes is None:
                requested = [None] * len(ops)
            elif isinstance(op_dtypes, (list, tuple)) and len(op_dtypes) == len(ops):
                requested = [None if d is None else np.dtype(d) for d in op_dtypes]
            elif single and not isinstance(op_dtypes, (list, tuple)):
                requested = [np.dtype(op_dtypes)]
            else:
                _refuse('np.nditer with op_dtypes= for another number of operands')
            arrays = []
            for o, op_flag in zip(ops, per_op):
                for flag in op_flag:
                    if flag in _REFUSED_OP_FLAGS:
                        _refuse("np.nditer's op_flag '" + flag + "'")
                    if flag not in ('readonly', 'readwrite', 'writeonly', 'allocate', 'copy'):
                        raise ValueError('Unexpected per-op iterator flag "' + str(flag) + '"')
                if 'copy' in op_flag and ('readwrite' in op_flag or 'writeonly' in op_flag):
                    _refuse("np.nditer's op_flag 'copy' of a writeable operand")
                if o is None:
                    if 'allocate' not in op_flag:
                        _refuse('np.nditer of None without the allocate op_flag')
                    arrays.append(None)
                elif isinstance(o, np.ndarray):
                    arrays.append(o)
                elif 'readwrite' in op_flag or 'writeonly' in op_flag:
                    _refuse('np.nditer writing into a Python value')
                else:
                    arrays.append(np.asarray(o))
            inputs = [a for a in arrays if a is not None]
            if len(inputs) == 0:
                raise TypeError('no arrays or types available to calculate result type')
            shape = _broadcast([a.shape for a in inputs])
            if 0 in shape:
                raise ValueError('Iteration of zero-sized operands is not enabled')
            # Casts to op_dtypes, after broadcasting as in NumPy: it checks the casting rule (reading, then writing
            # back), then that a copy or a buffer may hold the cast values; a readonly operand is read as its copy.
            read_as = list(arrays)
            for index in range(len(arrays)):
                wanted = requested[index]
                if arrays[index] is None or wanted is None or wanted == arrays[index].dtype:
                    continue
                op_flag = per_op[index]
                given = arrays[index].dtype
                if 'writeonly' not in op_flag and not np.can_cast(given, wanted, casting):
                    raise TypeError('Iterator operand ' + str(index) + ' dtype could not be cast from '
                                    + repr(given) + ' to ' + repr(wanted) + " according to the rule '"
                                    + casting + "'")
                if ('readwrite' in op_flag or 'writeonly' in op_flag) and not np.can_cast(wanted, given, casting):
                    raise TypeError('Iterator requested dtype could not be cast from ' + repr(wanted) + ' to '
                                    + repr(given) + ', the operand ' + str(index) + " dtype, according to the rule '"
                                    + casting + "'")
                if 'copy' not in op_flag and 'buffered' not in flags:
                    raise TypeError('Iterator operand required copying or buffering, but neither copying nor '
                                    'buffering was enabled')
                if 'readwrite' in op_flag or 'writeonly' in op_flag:
                    _refuse('np.nditer writing through a cast of an operand (op_dtypes=)')
                if self._external:
                    _refuse("np.nditer's flag 'external_loop' over a cast of an operand (op_dtypes=)")
                read_as[index] = arrays[index].astype(wanted)
                if 'copy' in op_flag:
                    arrays[index] = read_as[index]
            if order in ('K', 'A'):
                if all([a.flags.c_contiguous for a in inputs]):
                    order = 'C'
                elif all([a.flags.f_contiguous for a in inputs]):
                    order = 'F'
                else:
                    _refuse('np.nditer in memory order (order=' + repr(order) + ") of arrays neither C- nor "
                            "Fortran-contiguous (pass order='C')")
            result_type = np.result_type(*[a for a in read_as if a is not None])
            views = []
            for index in range(len(arrays)):
                writes = 'readwrite' in per_op[index] or 'writeonly' in per_op[index]
                if arrays[index] is None:
                    dtype = result_type if requested[index] is None else requested[index]
                    arrays[index] = np.zeros(shape, dtype=dtype)
                    read_as[index] = arrays[index]
                elif writes and arrays[index].shape != shape:
                    _refuse('np.nditer with a writeable operand of shape ' + _shape_text(arrays[index].shape)
                            + ' broadcast to ' + _shape_text(shape))
                views.append(arrays[index] if writes else np.broadcast_to(read_as[index], shape))
            self._writes = ['readwrite' in f or 'writeonly' in f for f in per_op]
            self._operands = tuple(arrays)
            self._closed = False
            self._single = single
            self._views = views
            self._shape = shape
            self._positions = _positions(shape, order == 'F')
            self._itersize = len(self._positions)
            if self._external:
                self._external_loop(views, shape, order == 'F')
            self._position = 0
            self._started = False
            self._finished = False

        def _external_loop(self, views, shape, fortran):
            # NumPy's inner loop (npyiter_coalesce_axes): from the fastest axis outwards, an axis joins the inner loop
            # while every operand steps over it as over one longer axis (an axis of length 1 steps by 0).
            strides = []
            for view in views:
                strides.append([0 if n == 1 else s for n, s in zip(view.shape, view.strides)])
            axes = list(range(len(shape))) if fortran else list(range(len(shape) - 1, -1, -1))
            inner = [axes[0]] if len(axes) > 0 else []
            inner_shape = shape[axes[0]] if len(axes) > 0 else 1
            inner_strides = [st[axes[0]] for st in strides] if len(axes) > 0 else []
            for axis in axes[1:]:
                joins = True
                for k in range(len(views)):
                    if not ((inner_shape == 1 and inner_strides[k] == 0) or (shape[axis] == 1 and strides[k][axis] == 0)):
                        if inner_strides[k] * inner_shape != strides[k][axis]:
                            joins = False
                if not joins:
                    break
                for k in range(len(views)):
                    if inner_strides[k] == 0:
                        inner_strides[k] = strides[k][axis]
                inner.append(axis)
                inner_shape *= shape[axis]
            self._inner_axes = inner
            self._inner_order = 'F' if fortran else 'C'
            outer_shape = tuple([1 if axis in inner else n for axis, n in enumerate(shape)])
            self._positions = _positions(outer_shape, fortran)
            self._inner_size = inner_shape

        def _chunk(self, view):
            position = self._positions[self._position]
            index = tuple([slice(None) if axis in self._inner_axes else position[axis] for axis in range(len(position))])
            return view[index].reshape(-1, order=self._inner_order)

        def _open(self):
            # NumPy's iterator after close() (or its with block) raises or answers as if it had finished, member by
            # member; docbuild does not follow it there.
            if self._closed:
                _refuse('np.nditer used after close() or its with block')

        @property
        def operands(self):
            self._open()
            return self._operands

        @property
        def nop(self):
            self._open()
            return len(self._operands)

        @property
        def itersize(self):
            self._open()
            return self._itersize

        @property
        def finished(self):
            self._open()
            return self._finished

        def _check(self):
            self._open()
            if self._finished:
                raise ValueError('Iterator is past the end')

        @property
        def multi_index(self):
            if not self._tracks_index:
                raise ValueError('Iterator is not tracking a multi-index')
            self._check()
            return self._positions[self._position]

        @property
        def iterindex(self):
            self._check()
            if self._external:
                return self._position * self._inner_size
            return self._position

        @property
        def value(self):
            self._check()
            if self._external:
                if self._single:
                    return self._chunk(self._views[0])
                return tuple([self._chunk(view) for view in self._views])
            index = self._positions[self._position] + (Ellipsis,)
            if self._single:
                return self._views[0][index]
            return tuple([view[index] for view in self._views])

        def __getitem__(self, i):
            values = self.value
            if self._single:
                values = (values,)
            if isinstance(i, slice):
                return tuple(values[i])
            if isinstance(i, bool) or not isinstance(i, int):
                _refuse('np.nditer indexed by ' + type(i).__name__)
            if i < -len(values) or i >= len(values):
                raise IndexError('Iterator operand index ' + str(i) + ' is out of bounds')
            return values[i]

        def __setitem__(self, i, value):
            if isinstance(i, bool) or not isinstance(i, int):
                _refuse('np.nditer assigned through an index of type ' + type(i).__name__)
            if i < -self.nop or i >= self.nop:
                raise IndexError('Iterator operand index ' + str(i) + ' is out of bounds')
            if i < 0:
                i += self.nop
            self._check()
            if not self._writes[i]:
                raise RuntimeError('Iterator operand ' + str(i) + ' is not writeable')
            if self._external:
                self._chunk(self._views[i])[...] = value
            else:
                self._views[i][self._positions[self._position] + (Ellipsis,)] = value

        def iternext(self):
            self._open()
            if not self._finished:
                self._position += 1
                self._finished = self._position >= len(self._positions)
            return not self._finished

        def reset(self):
            self._open()
            self._position = 0
            self._started = False
            self._finished = False

        def __iter__(self):
            return self

        def __next__(self):
            self._open()
            if self._started:
                self.iternext()
            self._started = True
            if self._finished:
                raise StopIteration
            return self.value

        def __enter__(self):
            self._open()
            return self

        def __exit__(self, *args):
            self.close()
            return False

        def close(self):
            self._closed = True

        # The rest of NumPy's nditer, refused by name rather than reported missing (NumPy has them all).
        def copy(self):
            _refuse('np.nditer.copy()')

        def remove_axis(self, *args):
            _refuse('np.nditer.remove_axis()')

        def remove_multi_index(self):
            _refuse('np.nditer.remove_multi_index()')

        def enable_external_loop(self):
            _refuse('np.nditer.enable_external_loop()')

        def debug_print(self):
            _refuse('np.nditer.debug_print()')

        @property
        def itviews(self):
            _refuse('np.nditer.itviews')

        @property
        def dtypes(self):
            _refuse('np.nditer.dtypes')

        @property
        def shape(self):
            _refuse('np.nditer.shape')

        @property
        def ndim(self):
            _refuse('np.nditer.ndim')

        @property
        def index(self):
            # The position's flat index in the broadcast shape, in C or Fortran order (flags c_index, f_index).
            if self._flat_index is None:
                raise ValueError('Iterator does not have an index')
            self._check()
            position = self._positions[self._position]
            axes = range(len(self._shape)) if self._flat_index == 'C' else range(len(self._shape) - 1, -1, -1)
            flat = 0
            for axis in axes:
                flat = flat * self._shape[axis] + position[axis]
            return flat

        @property
        def iterrange(self):
            _refuse('np.nditer.iterrange')
    # The module CPython names the class by (`type(x)`, `<class '…'>`).
    nditer.__module__ = 'numpy'
    """#
}
