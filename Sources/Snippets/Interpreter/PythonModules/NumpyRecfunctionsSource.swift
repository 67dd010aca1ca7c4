extension ModuleSources {
  /// `numpy.lib.recfunctions` after NumPy 2.4's numpy/lib/recfunctions.py, for structured arrays of plain fields:
  /// `get_names get_names_flat flatten_descr structured_to_unstructured unstructured_to_structured
  /// apply_along_fields assign_fields_by_name require_fields drop_fields rename_fields merge_arrays append_fields
  /// repack_fields stack_arrays join_by` and the `rec_` forms, with NumPy's checks in NumPy's order. Where NumPy
  /// returns a view, `rename_fields`, `repack_fields`, `merge_arrays` of one array and `unstructured_to_structured` of
  /// a number array return one (or the array itself), `structured_to_unstructured` an array kept in step with the
  /// fields (FieldMirrors); `merge_arrays` of a string array computes a new array whose writes, and the argument's,
  /// are refused (RecfunctionViews). The masked results of `usemask=True` and `find_duplicates` are refused.
  static let numpyRecfunctions = #"""
    import numpy as np

    def _refuse(what):
        __docbuild_refuse__(f'{what} is not supported in snippets (numpy.lib.recfunctions works on structured '
                            'arrays without masks)')

    def _masked(function):
        _refuse(f'{function} with usemask=True (its default) returns a masked structured array, which')

    # NumPy's fill values of a masked array's missing entries, which unmasked results show.
    _DEFAULT_FILL = {'b': True, 'i': 999999, 'u': 999999, 'f': 1e20, 'c': 1e20 + 0j, 'U': 'N/A', 'S': b'N/A'}

    def _default_fill(dtype):
        return np.array(np.array(_DEFAULT_FILL[dtype.kind]).astype(dtype))

    def _anyarray(value):
        if hasattr(value, 'dtype'):
            return value
        return np.asarray(value)

    def _fill_missing(output, filled, defaults):
        # What a masked result shows once filled: the field's default, else NumPy's fill value for its kind.
        for name in output.dtype.names:
            column = output[name]
            if defaults is not None and name in defaults:
                missing = np.array(defaults[name], dtype=column.dtype)
            else:
                missing = _default_fill(column.dtype)
            if not filled[name].all():
                column[~filled[name]] = missing

    def _fieldspec(dtype):
        if dtype.names is None:
            return [('', dtype)]
        specs = []
        for name in dtype.names:
            field = dtype.fields[name]
            specs.append((name if len(field) == 2 else (field[2], name), field[0]))
        return specs

    def _plain_fields(dtype, function):
        for name in dtype.names:
            if dtype.fields[name][0].shape != ():
                _refuse(f'{function} of sub-array fields')

    def get_names(adtype):
        listnames = []
        names = adtype.names
        for name in names:
            current = adtype[name]
            if current.names is not None:
                listnames.append((name, tuple(get_names(current))))
            else:
                listnames.append(name)
        return tuple(listnames)

    def get_names_flat(adtype):
        listnames = []
        names = adtype.names
        for name in names:
            listnames.append(name)
            current = adtype[name]
            if current.names is not None:
                listnames.extend(get_names_flat(current))
        return tuple(listnames)

    def flatten_descr(ndtype):
        names = ndtype.names
        if names is None:
            return (('', ndtype),)
        descr = []
        for field in names:
            typ = ndtype.fields[field][0]
            if typ.names is not None:
                descr.extend(flatten_descr(typ))
            else:
                descr.append((field, typ))
        return tuple(descr)

    def _filled_like(base, dtype):
        return np.zeros(base.shape, dtype=dtype)

    def _as_record(output, asrecarray):
        if asrecarray:
            return output.view(np.recarray)
        return output

    def _common_stride(offsets):
        # NumPy's test for a view: the fields (plain ones here) sit at evenly spaced offsets.
        if len(offsets) <= 1:
            return True
        step = offsets[1] - offsets[0]
        return all(later - earlier == step for earlier, later in zip(offsets, offsets[1:]))

    def structured_to_unstructured(arr, dtype=None, copy=False, casting='unsafe'):
        output, is_view = _structured_to_unstructured(arr, dtype, copy, casting)
        if is_view:
            return __docbuild_recfunction_view__(output, arr, 'structured_to_unstructured', False)
        return output

    def _structured_to_unstructured(arr, dtype, copy, casting):
        if arr.dtype.names is None:
            raise ValueError('arr must be a structured array')
        if type(arr) is np.recarray:
            _refuse('structured_to_unstructured of a record array (NumPy returns a record array of numbers)')
        names = arr.dtype.names
        _plain_fields(arr.dtype, 'structured_to_unstructured')
        if casting != 'unsafe':
            _refuse(f"structured_to_unstructured with casting='{casting}'")
        formats = [arr.dtype.fields[name][0] for name in names]
        for format in formats:
            if format.kind not in 'biufc':
                _refuse('structured_to_unstructured of text fields')
        if dtype is None:
            out_dtype = np.result_type(*formats)
        else:
            out_dtype = np.dtype(dtype)
        is_view = not copy and all(format == out_dtype for format in formats) and _common_stride(
            [arr.dtype.fields[name][1] for name in names])
        return np.stack([arr[name].astype(out_dtype) for name in names], axis=-1), is_view

    def unstructured_to_structured(arr, dtype=None, names=None, align=False, copy=False, casting='unsafe'):
        if arr.shape == ():
            raise ValueError('arr must have at least one dimension')
        n_elem = arr.shape[-1]
        if n_elem == 0:
            raise NotImplementedError('last axis with size 0 is not supported')  # NumPy's own error
        if casting != 'unsafe':
            _refuse(f"unstructured_to_structured with casting='{casting}'")
        if arr.dtype.kind not in 'biufc':
            _refuse(f'unstructured_to_structured of {arr.dtype} arrays')
        if dtype is None:
            if names is None:
                names = [f'f{n}' for n in range(n_elem)]
            out_dtype = np.dtype([(n, arr.dtype) for n in names], align=align)
            if n_elem % len(out_dtype.names) != 0:
                raise ValueError('When changing to a larger dtype, its size must be a divisor of the total size in '
                                 'bytes of the last axis of the array.')
            if n_elem != len(out_dtype.names):
                _refuse('unstructured_to_structured with fewer names than the last axis has elements')
        else:
            if names is not None:
                raise ValueError("don't supply both dtype and names")
            dtype = np.dtype(dtype)
            fields = dtype.names
            _plain_fields(dtype, 'unstructured_to_structured')
            if n_elem != len(fields):
                raise ValueError('The length of the last dimension of arr must be equal to the number of fields in '
                                 'dtype')
            out_dtype = dtype
            if align and not out_dtype.isalignedstruct:
                raise ValueError('align was True but dtype is not aligned')
        for name in out_dtype.names:
            if out_dtype.fields[name][0].kind not in 'biufc':
                _refuse('unstructured_to_structured into text fields')
        output = np.zeros(arr.shape[:-1], dtype=out_dtype)
        for index, name in enumerate(out_dtype.names):
            output[name] = arr[..., index]
        # NumPy views a C-contiguous argument whose elements the fields take unchanged, packed one after another.
        width = arr.dtype.itemsize
        unchanged = out_dtype.itemsize == width * n_elem and all(
            out_dtype.fields[name][0] == arr.dtype and out_dtype.fields[name][1] == index * width
            for index, name in enumerate(out_dtype.names))
        if unchanged and not copy:
            return __docbuild_recfunction_view__(output, arr, 'unstructured_to_structured', True)
        return output

    def apply_along_fields(func, arr):
        if arr.dtype.names is None:
            raise ValueError('arr must be a structured array')
        # A func that returns (a view of) uarr keeps sharing arr's memory, as in NumPy.
        uarr = structured_to_unstructured(arr)
        return func(uarr, axis=-1)

    def assign_fields_by_name(dst, src, zero_unassigned=True):
        if dst.dtype.names is None:
            dst[...] = src
            return
        for name in dst.dtype.names:
            if name not in src.dtype.names:
                if zero_unassigned:
                    dst[name] = 0
            else:
                assign_fields_by_name(dst[name], src[name], zero_unassigned)

    def require_fields(array, required_dtype):
        out = np.zeros(array.shape, dtype=required_dtype)
        assign_fields_by_name(out, array)
        return out

    def _keep(base, newdtype, asrecarray):
        if len(newdtype) == 0:
            _refuse('a structured array of no fields')
        output = _filled_like(base, newdtype)
        for name in output.dtype.names:
            output[name] = base[name]
        return _as_record(output, asrecarray)

    def drop_fields(base, drop_names, usemask=True, asrecarray=False):
        if isinstance(drop_names, str):
            drop_names = [drop_names]
        else:
            drop_names = set(drop_names)
        nested = [name for name in base.dtype.names if base.dtype[name].names is not None]
        if nested and any(name not in base.dtype.names for name in drop_names):
            _refuse('drop_fields of a field inside a nested structure')
        newdtype = []
        for name in base.dtype.names:
            if name not in drop_names:
                newdtype.append((name, base.dtype[name]))
        return _keep(base, newdtype, asrecarray)

    def rec_drop_fields(base, drop_names):
        return drop_fields(base, drop_names, usemask=False, asrecarray=True)

    def rename_fields(base, namemapper):
        newdtype = [(namemapper.get(name, name), base.dtype[name]) for name in base.dtype.names]
        return base.view(newdtype)

    def repack_fields(a, align=False, recurse=False):
        if hasattr(a, 'dtype'):
            dt = repack_fields(a.dtype, align=align, recurse=recurse)
            if a.dtype.names is None or _same_layout(dt, a.dtype):
                return a
            return _keep(a, [(name, dt[name]) for name in dt.names], type(a) is np.recarray)
        if a.names is None:
            return a
        fieldinfo = []
        for name in a.names:
            field = a.fields[name]
            if len(field) == 3:
                name = (field[2], name)
            fieldinfo.append((name, field[0]))
        dt = np.dtype(fieldinfo, align=align)
        if a.type is np.record:
            return np.dtype((np.record, dt))
        return dt

    def _same_layout(one, other):
        # What NumPy's astype(copy=False) takes for the same dtype: names, formats, offsets and itemsize.
        if one.names != other.names or one.itemsize != other.itemsize:
            return False
        return all(one.fields[name][:2] == other.fields[name][:2] for name in one.names)

    def _fill_value(fill_value, dtype):
        if dtype.kind not in 'biufcUS':
            _refuse(f'a fill value for {dtype} fields')
        return np.array(fill_value, dtype=dtype)

    def merge_arrays(seqarrays, fill_value=-1, flatten=False, usemask=False, asrecarray=False):
        if usemask:
            _masked('merge_arrays')
        if len(seqarrays) == 1:
            seqarrays = _anyarray(seqarrays[0])
        if hasattr(seqarrays, 'dtype'):
            if seqarrays.dtype.names is None:
                output = np.zeros(seqarrays.size, dtype=[('', seqarrays.dtype)])
                output['f0'] = seqarrays.ravel()
                # NumPy views the ravelled array, which is the argument's memory when it is C-contiguous.
                output = __docbuild_recfunction_view__(output, seqarrays, 'merge_arrays', True)
                return _as_record(output, asrecarray)
            # The ravelled array itself, a view when the argument is C-contiguous (as NumPy's ravel gives it),
            # viewed as a plain array unless asrecarray.
            return _as_record(seqarrays.ravel().view(np.ndarray), asrecarray)
        seqarrays = [_anyarray(a) for a in seqarrays]
        sizes = tuple(a.size for a in seqarrays)
        maxlength = max(sizes)
        specs = []
        sources = []
        for a in seqarrays:
            if a.dtype.names is None:
                specs.append(('', a.dtype))
                sources.append((a, None))
            elif flatten or len(a.dtype.names) == 1:
                if len(a.dtype.names) > 1 and a.size < maxlength:
                    _refuse('merge_arrays padding a structured array of several fields')
                for name in a.dtype.names:
                    specs.append((name, a.dtype.fields[name][0]))
                    sources.append((a, name))
            else:
                _refuse('merge_arrays of a structured array of several fields without flatten=True (NumPy nests '
                        'it), which')
        output = np.zeros(maxlength, dtype=specs)
        for (a, name), target in zip(sources, output.dtype.names):
            values = a.reshape(-1) if name is None else a.reshape(-1)[name]
            column = output[target]
            column[:a.size] = values
            if a.size < maxlength:
                column[a.size:] = _fill_value(fill_value, column.dtype)
        return _as_record(output, asrecarray)

    def append_fields(base, names, data, dtypes=None, fill_value=-1, usemask=True, asrecarray=False):
        if isinstance(names, (tuple, list)):
            if len(names) != len(data):
                raise ValueError('The number of arrays does not match the number of names')
        elif isinstance(names, str):
            names = [names]
            data = [data]
        if usemask:
            _masked('append_fields')
        if dtypes is None:
            data = [np.array(a) for a in data]
        else:
            if not isinstance(dtypes, (tuple, list)):
                dtypes = [dtypes]
            if len(data) != len(dtypes):
                if len(dtypes) == 1:
                    dtypes = dtypes * len(data)
                else:
                    raise ValueError('The dtypes argument must be None, a dtype, or a list.')
            data = [np.array(a, dtype=d) for a, d in zip(data, dtypes)]
        for a in data:
            if a.dtype.names is not None:
                _refuse('append_fields of structured data')
        base = merge_arrays(base, fill_value=fill_value)
        merged = [(name, a) for name, a in zip(names, data)]
        length = max([len(base)] + [a.size for a in data])
        specs = _fieldspec(base.dtype) + [(name, a.dtype) for name, a in merged]
        output = np.zeros(length, dtype=specs)
        for name in base.dtype.names:
            column = output[name]
            column[:len(base)] = base[name]
            if len(base) < length:
                column[len(base):] = _default_fill(column.dtype)
        datalength = max([a.size for a in data])
        for name, a in merged:
            column = output[name]
            column[:a.size] = a.reshape(-1)
            if a.size < datalength:
                column[a.size:datalength] = _fill_value(fill_value, column.dtype)
            if datalength < length:
                column[datalength:] = _default_fill(column.dtype)
        return _as_record(output, asrecarray)

    def rec_append_fields(base, names, data, dtypes=None):
        return append_fields(base, names, data=data, dtypes=dtypes, asrecarray=True, usemask=False)

    def stack_arrays(arrays, defaults=None, usemask=True, asrecarray=False, autoconvert=False):
        if hasattr(arrays, 'dtype'):
            return arrays
        elif len(arrays) == 1:
            return arrays[0]
        seqarrays = [_anyarray(a).reshape(-1) for a in arrays]
        nrecords = [len(a) for a in seqarrays]
        ndtype = [a.dtype for a in seqarrays]
        newdescr = _fieldspec(ndtype[0])
        names = [n for n, d in newdescr]
        for dtype_n in ndtype[1:]:
            for fname, fdtype in _fieldspec(dtype_n):
                if fname not in names:
                    newdescr.append((fname, fdtype))
                    names.append(fname)
                else:
                    nameidx = names.index(fname)
                    cdtype = newdescr[nameidx][1]
                    if autoconvert:
                        _refuse('stack_arrays with autoconvert=True')
                    elif str(fdtype) != str(cdtype):
                        raise TypeError(f"Incompatible type '{cdtype}' <> '{fdtype}'")
        if usemask:
            _masked('stack_arrays')
        if len(newdescr) == 1:
            _refuse('stack_arrays of arrays of one field')
        if defaults is not None:
            _refuse('stack_arrays with defaults=')
        output = np.zeros(sum(nrecords), dtype=newdescr)
        filled = {name: np.zeros(len(output), dtype=bool) for name in output.dtype.names}
        start = 0
        for a in seqarrays:
            end = start + len(a)
            if a.dtype.names is None:
                _refuse('stack_arrays of a structured array and an unstructured one')
            for name in a.dtype.names:
                output[name][start:end] = a[name]
                filled[name][start:end] = True
            start = end
        _fill_missing(output, filled, None)
        return _as_record(output, asrecarray)

    def find_duplicates(a, key=None, ignoremask=True, return_index=False):
        _refuse('find_duplicates (it works on masked arrays and returns one), which')

    def get_fieldstructure(adtype, lastname=None, parents=None):
        if parents is None:
            parents = {}
        # NumPy's walk: a nested structure's fields list the structures above them.
        for name in adtype.names:
            current = adtype[name]
            if current.names is not None:
                parents[name] = [lastname] if lastname else []
                parents.update(get_fieldstructure(current, name, parents))
            else:
                lastparent = list(parents.get(lastname, []) or [])
                if lastparent:
                    lastparent.append(lastname)
                elif lastname:
                    lastparent = [lastname]
                parents[name] = lastparent or []
        return parents

    def recursive_fill_fields(input, output):
        for field in output.dtype.names:
            if field in input.dtype.names:
                output[field][:len(input[field])] = input[field]
        return output

    def _key_rows(array, key):
        for name in key:
            if array.dtype[name].kind in 'fc' and np.isnan(array[name]).any():
                _refuse('join_by of NaN keys')
        rows = list(zip(*[array[name].tolist() for name in key]))
        if len(set(rows)) != len(rows):
            _refuse('join_by of an array whose keys repeat (NumPy pairs them in the order of its unstable sort), which')
        return rows

    def join_by(key, r1, r2, jointype='inner', r1postfix='1', r2postfix='2', defaults=None, usemask=True,
                asrecarray=False):
        if jointype not in ('inner', 'outer', 'leftouter'):
            raise ValueError("The 'jointype' argument should be in 'inner', 'outer' or 'leftouter' "
                             f"(got '{jointype}' instead)")
        if isinstance(key, str):
            key = (key,)
        if len(set(key)) != len(key):
            for n, x in enumerate(key):
                if x in key[n + 1:]:
                    raise ValueError(f'duplicate join key {x!r}')
        for name in key:
            if name not in r1.dtype.names:
                raise ValueError(f'r1 does not have key field {name!r}')
            if name not in r2.dtype.names:
                raise ValueError(f'r2 does not have key field {name!r}')
        r1 = r1.reshape(-1)
        r2 = r2.reshape(-1)
        r1names = r1.dtype.names
        r2names = r2.dtype.names
        collisions = set(r1names).intersection(r2names).difference(key)
        if collisions and not (r1postfix or r2postfix):
            raise ValueError("r1 and r2 contain common names, r1postfix and r2postfix can't both be empty")
        if usemask:
            _masked('join_by')
        key1 = [n for n in r1names if n in key]
        for name in key1:
            if str(r1.dtype[name]) != str(r2.dtype[name]):
                _refuse('join_by on key fields of two dtypes')
        rows1 = _key_rows(r1, key)
        rows2 = _key_rows(r2, key)
        where1 = {row: index for index, row in enumerate(rows1)}
        where2 = {row: index for index, row in enumerate(rows2)}
        common = sorted([row for row in rows1 if row in where2])
        idx_1 = [where1[row] for row in common]
        idx_2 = [where2[row] for row in common]
        cmn = len(common)
        r1spc = 0
        r2spc = 0
        if jointype in ('outer', 'leftouter'):
            only1 = sorted([row for row in rows1 if row not in where2])
            idx_1 += [where1[row] for row in only1]
            r1spc = len(only1)
        if jointype == 'outer':
            only2 = sorted([row for row in rows2 if row not in where1])
            idx_2 += [where2[row] for row in only2]
            r2spc = len(only2)
        s1 = r1[np.array(idx_1, dtype=np.int64)]
        s2 = r2[np.array(idx_2, dtype=np.int64)]
        ndtype = [(name, r1.dtype[name]) for name in key1]
        for name in r1names:
            if name not in key:
                ndtype.append((name, r1.dtype[name]))
        for name in r2names:
            names = [n for n, d in ndtype]
            if name not in names:
                ndtype.append((name, r2.dtype[name]))
            elif name not in key:
                place = names.index(name)
                ndtype[place:place + 1] = [(name + r1postfix, ndtype[place][1]), (name + r2postfix, r2.dtype[name])]
        output = np.zeros(cmn + r1spc + r2spc, dtype=ndtype)
        names = output.dtype.names
        filled = {name: np.zeros(len(output), dtype=bool) for name in names}
        for f in r1names:
            selected = s1[f]
            if f not in names or (f in r2names and not r2postfix and f not in key):
                f += r1postfix
            output[f][:cmn] = selected[:cmn]
            filled[f][:cmn] = True
            if jointype in ('outer', 'leftouter'):
                output[f][cmn:cmn + r1spc] = selected[cmn:]
                filled[f][cmn:cmn + r1spc] = True
        for f in r2names:
            selected = s2[f]
            if f not in names or (f in r1names and not r1postfix and f not in key):
                f += r2postfix
            output[f][:cmn] = selected[:cmn]
            filled[f][:cmn] = True
            if jointype == 'outer' and r2spc:
                output[f][len(output) - r2spc:] = selected[cmn:]
                filled[f][len(output) - r2spc:] = True
        _fill_missing(output, filled, defaults)
        # The keys are unique, so NumPy's unstable sort has only one order to give.
        output.sort(order=list(key))
        return _as_record(output, asrecarray)

    def rec_join(key, r1, r2, jointype='inner', r1postfix='1', r2postfix='2', defaults=None):
        return join_by(key, r1, r2, jointype=jointype, r1postfix=r1postfix, r2postfix=r2postfix, defaults=defaults,
                       usemask=False, asrecarray=True)
    """#
}
