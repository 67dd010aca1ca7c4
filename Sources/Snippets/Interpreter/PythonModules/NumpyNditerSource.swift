extension ModuleSources {
  /// NumPy's `np.nditer` for plain element loops, written in the snippet language: one or more operands broadcast
  /// together, read-only elements as read-only 0-d views, `readwrite`/`writeonly` elements as 0-d views that write
  /// into their operand, `None` operands allocated (`allocate`), `flags=['multi_index']`, `iternext()`, `finished`,
  /// `reset()`, `operands`, `value`, C, Fortran or memory order. What else NumPy's iterator does (buffering, external
  /// loops, flat indices, casting, reductions) is refused by name.
  static let numpyNditer = #"""
    import numpy as np

    _REFUSED_FLAGS = ('external_loop', 'buffered', 'c_index', 'f_index', 'ranged', 'reduce_ok', 'grow_inner',
                      'delay_bufalloc', 'common_dtype', 'copy_if_overlap', 'refs_ok', 'zerosize_ok')
    _REFUSED_OP_FLAGS = ('copy', 'updateifcopy', 'nbo', 'aligned', 'contig', 'no_subtype', 'arraymask',
                         'writemasked', 'virtual', 'overlap_assume_elementwise', 'no_broadcast')

    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets: docbuild runs np.nditer for element loops '
                            "(flags=['multi_index'], op_flags ['readonly'], ['readwrite'], ['writeonly'] or "
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
            for name, given in (('op_dtypes', op_dtypes), ('op_axes', op_axes), ('itershape', itershape)):
                if given is not None:
                    _refuse('np.nditer with ' + name + '=')
            if casting != 'safe':
                _refuse('np.nditer with casting=')
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
                if flag in _REFUSED_FLAGS:
                    _refuse("np.nditer's flag '" + flag + "'")
                if flag != 'multi_index':
                    raise ValueError('Unexpected iterator global flag "' + str(flag) + '"')
            self._tracks_index = 'multi_index' in flags
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
            arrays = []
            for o, op_flag in zip(ops, per_op):
                for flag in op_flag:
                    if flag in _REFUSED_OP_FLAGS:
                        _refuse("np.nditer's op_flag '" + flag + "'")
                    if flag not in ('readonly', 'readwrite', 'writeonly', 'allocate'):
                        raise ValueError('Unexpected per-op iterator flag "' + str(flag) + '"')
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
            if order in ('K', 'A'):
                if all([a.flags.c_contiguous for a in inputs]):
                    order = 'C'
                elif all([a.flags.f_contiguous for a in inputs]):
                    order = 'F'
                else:
                    _refuse('np.nditer in memory order (order=' + repr(order) + ") of arrays neither C- nor "
                            "Fortran-contiguous (pass order='C')")
            result_type = np.result_type(*inputs)
            views = []
            for index in range(len(arrays)):
                writes = 'readwrite' in per_op[index] or 'writeonly' in per_op[index]
                if arrays[index] is None:
                    arrays[index] = np.zeros(shape, dtype=result_type)
                elif writes and arrays[index].shape != shape:
                    _refuse('np.nditer with a writeable operand of shape ' + _shape_text(arrays[index].shape)
                            + ' broadcast to ' + _shape_text(shape))
                views.append(arrays[index] if writes else np.broadcast_to(arrays[index], shape))
            self.operands = tuple(arrays)
            self.nop = len(arrays)
            self._single = single
            self._views = views
            self._positions = _positions(shape, order == 'F')
            self.itersize = len(self._positions)
            self._position = 0
            self._started = False
            self.finished = False

        def _check(self):
            if self.finished:
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
            return self._position

        @property
        def value(self):
            self._check()
            index = self._positions[self._position] + (Ellipsis,)
            if self._single:
                return self._views[0][index]
            return tuple([view[index] for view in self._views])

        def iternext(self):
            if not self.finished:
                self._position += 1
                self.finished = self._position >= len(self._positions)
            return not self.finished

        def reset(self):
            self._position = 0
            self._started = False
            self.finished = False

        def __iter__(self):
            return self

        def __next__(self):
            if self._started:
                self.iternext()
            self._started = True
            if self.finished:
                raise StopIteration
            return self.value

        def __enter__(self):
            return self

        def __exit__(self, *args):
            return False

        def close(self):
            pass

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
            _refuse('np.nditer.index')

        @property
        def iterrange(self):
            _refuse('np.nditer.iterrange')
    # The module CPython names the class by (`type(x)`, `<class '…'>`).
    nditer.__module__ = 'numpy'
    """#
}
