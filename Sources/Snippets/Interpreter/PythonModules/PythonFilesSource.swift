/// `io`, `os`, `os.path` and the `open` builtin, written in the snippet language over the chapter's in-memory files
/// (ChapterFiles.swift): CPython's results and messages for text files, never a real disk.
enum PythonFilesSource {
  static let io = #"""
    class _TextStream:
        # What StringIO and text files share: line iteration and `with`, over each class's own _check and readline.
        def readlines(self, hint=-1):
            lines = []
            while True:
                line = self.readline()
                if not line:
                    return lines
                lines.append(line)
        def seekable(self):
            self._check()
            return True
        def __iter__(self):
            self._check()
            return self
        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line
        def __enter__(self):
            self._check()
            return self
        def __exit__(self, *exc):
            self.close()

    class StringIO(_TextStream):
        def __init__(self, initial_value='', newline='\n'):
            if initial_value is None:
                initial_value = ''
            if not isinstance(initial_value, str):
                raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
            self._text = initial_value
            self._position = 0
            self.closed = False
        def _check(self):
            if self.closed:
                raise ValueError('I/O operation on closed file')
        def getvalue(self):
            self._check()
            return self._text
        def read(self, size=-1):
            self._check()
            start = min(self._position, len(self._text))
            end = len(self._text) if size is None or size < 0 else min(len(self._text), start + size)
            self._position = max(self._position, end)
            return self._text[start:end]
        def readline(self, size=-1):
            self._check()
            start = min(self._position, len(self._text))
            end = self._text[start:].find('\n')
            end = len(self._text) if end < 0 else start + end + 1
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._position = max(self._position, end)
            return self._text[start:end]
        def write(self, s):
            self._check()
            if not isinstance(s, str):
                raise TypeError(f'string argument expected, got {type(s).__name__!r}')
            if self._position == len(self._text):
                self._text += s
            else:
                if self._position > len(self._text):
                    self._text += '\0' * (self._position - len(self._text))
                self._text = self._text[:self._position] + s + self._text[self._position + len(s):]
            self._position += len(s)
            return len(s)
        def writelines(self, lines):
            for line in lines:
                self.write(line)
        def seek(self, pos, whence=0):
            self._check()
            if whence == 1:
                if pos != 0:
                    raise OSError("Can't do nonzero cur-relative seeks")
                return self._position
            if whence == 2:
                if pos != 0:
                    raise OSError("Can't do nonzero end-relative seeks")
                self._position = len(self._text)
                return self._position
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._position = pos
            return pos
        def tell(self):
            self._check()
            return self._position
        def truncate(self, size=None):
            self._check()
            size = self._position if size is None else size
            self._text = self._text[:size]
            return size
        def close(self):
            self.closed = True
        def flush(self):
            self._check()
        def readable(self):
            self._check()
            return True
        def writable(self):
            self._check()
            return True

    class TextIOWrapper(_TextStream):
        # A text file of the chapter: reads see what was in the file when it was opened; each write goes straight to
        # the chapter's files, so another open() sees it at once.
        def __init__(self, file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
                     opener=None):
            if not isinstance(mode, str):
                raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
            kinds = [c for c in mode if c in 'rwax']
            if len(set(mode)) != len(mode) or any(c not in 'rwaxbt+' for c in mode):
                raise ValueError(f'invalid mode: {mode!r}')
            if len(kinds) > 1:
                raise ValueError('must have exactly one of create/read/write/append mode')
            if 'b' in mode:
                if 't' in mode:
                    raise ValueError("can't have text and binary mode at once")
                __docbuild_file__('refuse', f'binary files (mode {mode!r}) are not part of the snippet language: '
                                  + 'open text files, or use np.save and np.load for arrays')
            if not kinds:
                raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
            self.name = __docbuild_file__('name', file)
            self.mode = mode
            self.encoding = 'UTF-8' if encoding is None else encoding
            self.closed = False
            self._kind = kinds[0]
            self._readable = self._kind == 'r' or '+' in mode
            self._writable = self._kind != 'r' or '+' in mode
            self._text = ''
            self._position = 0
            self._held = False
            if self._kind == 'r':
                self._text = __docbuild_file__('read', self.name)
            elif self._kind == 'x' and __docbuild_file__('exists', self.name):
                raise FileExistsError(f'[Errno 17] File exists: {self.name!r}')
            elif self._kind == 'a':
                if __docbuild_file__('exists', self.name):
                    self._text = __docbuild_file__('read', self.name)
                else:
                    __docbuild_file__('write', self.name, '')
                self._position = len(self._text)
            else:
                __docbuild_file__('write', self.name, '')
            if newline is not None and not isinstance(newline, str):
                raise TypeError(f'open() argument \'newline\' must be str or None, not {type(newline).__name__}')
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f'illegal newline value: {newline}')
            self._newline = newline
            if newline is None:
                self._text = self._text.replace('\r\n', '\n').replace('\r', '\n')
        def _check(self):
            if self.closed:
                raise ValueError('I/O operation on closed file.')
        def read(self, size=-1):
            self._check()
            if not self._readable:
                __docbuild_file__('raise', 'UnsupportedOperation', 'not readable')
            start = self._position
            end = len(self._text) if size is None or size < 0 else min(len(self._text), start + size)
            self._position = max(start, end)
            return self._text[start:end]
        def readline(self, size=-1):
            self._check()
            if not self._readable:
                __docbuild_file__('raise', 'UnsupportedOperation', 'not readable')
            start = self._position
            end = _line_end(self._text, start, self._newline)
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._position = max(start, end)
            return self._text[start:end]
        def write(self, s):
            self._check()
            if not self._writable:
                __docbuild_file__('raise', 'UnsupportedOperation', 'not writable')
            if not isinstance(s, str):
                raise TypeError(f'write() argument must be str, not {type(s).__name__}')
            count = len(s)
            if self._newline in ('\r', '\r\n'):
                s = s.replace('\n', self._newline)
            __docbuild_file__('append', self.name, s)
            if not self._held and s:
                __docbuild_file__('hold', self.name)
                self._held = True
            self._text += s
            self._position = len(self._text)
            return count
        def writelines(self, lines):
            for line in lines:
                self.write(line)
        def seek(self, pos, whence=0):
            self._check()
            self._position = len(self._text) if whence == 2 else pos
            return self._position
        def tell(self):
            self._check()
            return self._position
        def close(self):
            if not self.closed:
                self.flush()
            self.closed = True
        def flush(self):
            self._check()
            if self._held:
                __docbuild_file__('release', self.name)
                self._held = False
        def readable(self):
            self._check()
            return self._readable
        def writable(self):
            self._check()
            return self._writable
        def __repr__(self):
            return f'<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>'

    def _line_end(text, start, newline):
        # Where the line from `start` ends, as io.TextIOWrapper's readline: '\n' after translation, any of '\r',
        # '\n' and '\r\n' for newline='', or the given ending.
        rest = text[start:]
        if newline == '':
            cr = rest.find('\r')
            lf = rest.find('\n')
            if cr < 0 and lf < 0:
                return len(text)
            if cr < 0 or (0 <= lf < cr):
                return start + lf + 1
            return start + cr + (2 if rest[cr + 1:cr + 2] == '\n' else 1)
        ending = '\n' if newline is None else newline
        found = rest.find(ending)
        return len(text) if found < 0 else start + found + len(ending)

    # Where CPython defines them, for type() and repr.
    StringIO.__module__ = '_io'
    TextIOWrapper.__module__ = '_io'

    def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
        return TextIOWrapper(file, mode, buffering, encoding, errors, newline, closefd, opener)
    """#

  static let os = #"""
    sep = '/'
    curdir = '.'
    pardir = '..'
    linesep = '\n'

    def listdir(path='.'):
        if path != '.' and path != '':
            __docbuild_file__('refuse', f'os.listdir({path!r}): a chapter\'s files live in one folder, listed by '
                              + 'os.listdir()')
        return __docbuild_file__('list')

    def remove(path):
        __docbuild_file__('remove', path)

    unlink = remove

    def getcwd():
        __docbuild_file__('refuse', 'os.getcwd() would show the author\'s folder: snippets have only their '
                          + 'chapter\'s in-memory files, by plain names such as \'data.csv\'')
    """#

  static let osPath = #"""
    sep = '/'

    def exists(path):
        return __docbuild_file__('exists', path)

    def isfile(path):
        return __docbuild_file__('exists', path)

    def isdir(path):
        return path == '.' or path == ''

    def getsize(path):
        return __docbuild_file__('size', path)

    def join(a, *p):
        path = a
        for b in p:
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
        return path

    def basename(p):
        return p[p.rfind('/') + 1:]

    def dirname(p):
        head = p[:p.rfind('/') + 1]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head

    def split(p):
        return (dirname(p), basename(p))

    def splitext(p):
        name = basename(p)
        dot = name.rfind('.')
        if dot <= 0 or name[:dot].strip('.') == '':
            return (p, '')
        cut = len(p) - len(name) + dot
        return (p[:cut], p[cut:])
    """#
}

/// NumPy's file functions (`np.save`, `np.load`, `np.savez`, `np.savetxt`, `np.loadtxt`, `np.genfromtxt`,
/// `np.fromstring`), written in the snippet language after numpy/lib/_npyio_impl.py over the chapter's in-memory
/// files: the text NumPy writes and reads, its messages, no disk.
enum NumpyFilesSource {
  static let source = #"""
    import numpy as np
    from io import StringIO, TextIOWrapper

    def _refuse(message):
        __docbuild_file__('refuse', message)

    def _file_name(file, suffix, function):
        if not isinstance(file, str):
            _refuse(f'np.{function}() writes files by name in snippets (such as \'data{suffix}\'), not to file objects')
        if not file.endswith(suffix):
            file = file + suffix
        return __docbuild_file__('name', file)

    def save(file, arr, allow_pickle=True, fix_imports=None):
        __docbuild_file__('save', _file_name(file, '.npy', 'save'), np.asarray(arr))

    def _archive(file, args, kwds, function):
        name = _file_name(file, '.npz', function)
        named = dict(kwds)
        for i, value in enumerate(args):
            key = 'arr_%d' % i
            if key in named:
                raise ValueError('Cannot use un-named variables and keyword %s' % key)
            named[key] = value
        __docbuild_file__('savez', name, list(named.keys()), [np.asarray(v) for v in named.values()])

    def savez(file, *args, allow_pickle=True, **kwds):
        _archive(file, args, kwds, 'savez')

    def savez_compressed(file, *args, allow_pickle=True, **kwds):
        _archive(file, args, kwds, 'savez_compressed')

    class NpzFile:
        def __init__(self, name, items):
            self._name = name
            self._arrays = dict(items)
            self.files = [key for key, value in items]
            self.zip = None
        def __getitem__(self, key):
            if key in self._arrays:
                return self._arrays[key].copy()
            raise KeyError(f'{key} is not a file in the archive')
        def __contains__(self, key):
            return key in self._arrays
        def __iter__(self):
            return iter(self.files)
        def __len__(self):
            return len(self.files)
        def keys(self):
            return self._arrays.keys()
        def values(self):
            return [self[key] for key in self.files]
        def items(self):
            return [(key, self[key]) for key in self.files]
        def get(self, key, default=None):
            return self[key] if key in self._arrays else default
        def close(self):
            pass
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.close()
        def __repr__(self):
            keys = ', '.join(self.files[:5])
            if len(self.files) > 5:
                keys += '...'
            return f'NpzFile {self._name!r} with keys: {keys}'

    NpzFile.__module__ = 'numpy.lib.npyio'

    def load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', max_header_size=10000):
        if not isinstance(file, str):
            _refuse('np.load() reads files by name in snippets (such as \'data.npy\'), not file objects')
        kind = __docbuild_file__('kind', file)
        if kind == 'npy':
            return __docbuild_file__('load', file)
        if kind == 'npz':
            return NpzFile(file, __docbuild_file__('archive', file))
        if not allow_pickle:
            raise ValueError('This file contains pickled (object) data. If you trust the file you can load it '
                             + 'unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.')
        _refuse('np.load() of a text file unpickles it, which snippets do not: read it with np.loadtxt')

    def _text_lines(fname, function):
        # The lines of a file name, an open file or StringIO, or a list of strings, without their line ends.
        if isinstance(fname, str):
            if fname.endswith('.gz') or fname.endswith('.bz2') or fname.endswith('.xz'):
                _refuse(f'np.{function}() of a compressed file ({fname!r}) is not part of the snippet language')
            if not __docbuild_file__('exists', fname):
                __docbuild_file__('missing', fname, f'{fname} not found.')
            text = __docbuild_file__('read', fname).replace('\r\n', '\n').replace('\r', '\n')
        elif isinstance(fname, StringIO) or isinstance(fname, TextIOWrapper):
            text = fname.read()
        else:
            try:
                items = list(fname)
            except TypeError:
                raise ValueError('fname must be a string, filehandle, list of strings,\n'
                                 + f'or generator. Got {type(fname)} instead.')
            lines = []
            for item in items:
                if not isinstance(item, str):
                    _refuse(f'np.{function}() reads lines that are str in snippets, not {type(item).__name__}')
                lines.append(item[:-1] if item.endswith('\n') else item)
            return lines
        lines = text.split('\n')
        if lines[-1] == '':
            lines.pop()
        return lines

    def _kind(dtype, function):
        try:
            dt = np.dtype(dtype)
        except TypeError:
            dt = None
        if dt is None or dt.kind not in 'biufc':
            _refuse(f'np.{function}(dtype={dtype!r}) makes a string, structured or object array, which the '
                    + 'snippet language does not read from text')
        return dt

    def _nonnegative(value):
        if value < 0:
            raise ValueError('argument must be nonnegative')
        return value

    def _parse(field, kind):
        # NumPy's strict text-to-number parser: Python's, without `_` separators.
        text = field.strip()
        if '_' in text or text == '':
            raise ValueError(field)
        if kind in 'fc' and text.lower().lstrip('+-') not in ('inf', 'infinity', 'nan'):
            for c in text:
                if c not in '0123456789.eE+-' and not (kind == 'c' and c in 'jJ()'):
                    raise ValueError(field)
        if kind == 'f':
            return float(text)
        if kind == 'c':
            return complex(text)
        if kind == 'b':
            return int(text) != 0
        return int(text)

    def loadtxt(fname, dtype=float, comments='#', delimiter=None, converters=None, skiprows=0, usecols=None,
                unpack=False, ndmin=0, encoding=None, max_rows=None, *, quotechar=None, like=None):
        dt = _kind(dtype, 'loadtxt')
        if usecols is not None:
            try:
                usecols = list(usecols)
            except TypeError:
                usecols = [usecols]
            for column in usecols:
                if not isinstance(column, int):
                    raise TypeError('usecols must be an int or a sequence of ints but it contains at least one '
                                    + f'element of type {type(column).__name__!r}')
        if ndmin not in [0, 1, 2]:
            raise ValueError(f'Illegal value of ndmin keyword: {ndmin}')
        if comments is None:
            comments = []
        elif isinstance(comments, str):
            comments = [comments]
        else:
            comments = list(comments)
        if '' in comments:
            raise ValueError('comments cannot be an empty string. Use comments=None to disable comments.')
        if quotechar is not None:
            _refuse('np.loadtxt(quotechar=…) is not part of the snippet language')
        _nonnegative(skiprows)
        if max_rows is not None:
            _nonnegative(max_rows)
        lines = _text_lines(fname, 'loadtxt')[skiprows:]
        rows = []
        width = None
        for line in lines:
            if max_rows is not None and len(rows) >= max_rows:
                break
            for comment in comments:
                line = line.split(comment, 1)[0]
            if line.strip() == '':
                continue
            fields = line.split() if delimiter is None else line.split(delimiter)
            row = len(rows)
            if usecols is None:
                if width is None:
                    width = len(fields)
                elif len(fields) != width:
                    raise ValueError(f'the number of columns changed from {width} to {len(fields)} at row {row + 1}; '
                                     + 'use `usecols` to select a subset and avoid this error')
                columns = range(len(fields))
            else:
                columns = []
                for column in usecols:
                    if column >= len(fields) or column < -len(fields):
                        raise ValueError(f'invalid column index {column} at row {row + 1} with {len(fields)} columns')
                    columns.append(column if column >= 0 else column + len(fields))
            values = []
            for column in columns:
                field = fields[column]
                if converters is not None:
                    converter = converters if callable(converters) else converters.get(column)
                    if converter is not None:
                        values.append(converter(field))
                        continue
                try:
                    values.append(_parse(field, dt.kind))
                except ValueError:
                    raise ValueError(f"could not convert string '{field}' to {dt.name} at row {row}, "
                                     + f'column {column + 1}.')
            rows.append(values)
        arr = np.array(rows, dtype=dt)
        if not rows:
            arr = np.zeros((0,) if usecols is None else (0, len(usecols)), dtype=dt)
        return _finish(arr, ndmin, unpack)

    def _finish(arr, ndmin, unpack):
        if arr.ndim > ndmin:
            arr = np.squeeze(arr)
        if arr.ndim < ndmin:
            arr = np.atleast_1d(arr) if ndmin == 1 else np.atleast_2d(arr).T
        return arr.T if unpack else arr

    def _split_fields(line, delimiter, comments, autostrip):
        # numpy.lib._iotools.LineSplitter: comments cut first, then by a delimiter, a width or a list of widths.
        if comments is not None:
            line = line.split(comments)[0]
        if delimiter is None or isinstance(delimiter, str):
            line = line.strip(' \r\n')
            fields = line.split(delimiter or None) if line else []
        elif isinstance(delimiter, int):
            while line.endswith('\n') or line.endswith('\r'):
                line = line[:-1]
            fields = [line[i:i + delimiter] for i in range(0, len(line), delimiter)] if line else []
        else:
            fields = []
            start = 0
            for width in delimiter:
                fields.append(line[start:start + width])
                start += width
            if not line:
                fields = []
        return [field.strip() for field in fields] if autostrip else fields

    def _column_values(values, count, name):
        # A per-column option: one value for all, a list by column, or a dict by column index.
        if isinstance(values, dict):
            return [values.get(i, values.get(i - count)) for i in range(count)]
        if isinstance(values, list) or isinstance(values, tuple):
            return list(values) + [None] * (count - len(values))
        return [values] * count

    def genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, converters=None,
                   missing_values=None, filling_values=None, usecols=None, names=None, excludelist=None,
                   deletechars=None, replace_space='_', autostrip=False, case_sensitive=True, defaultfmt='f%i',
                   unpack=None, usemask=False, loose=True, invalid_raise=True, max_rows=None, encoding=None, *,
                   ndmin=0, like=None):
        if names is False:
            names = None
        if isinstance(dtype, dict):
            _refuse('np.genfromtxt() with a dict dtype makes a structured array, which the snippet language does not '
                    + 'read from text')
        # A list or tuple of dtypes, or names=, makes a structured array (its fields read column by column).
        structured = names is not None or isinstance(dtype, list) or isinstance(dtype, tuple)
        if structured and (unpack or ndmin):
            _refuse('np.genfromtxt(unpack=/ndmin=) of a structured array, which the snippet language does not read '
                    + 'from text')
        validation = (excludelist, deletechars, case_sensitive, replace_space)
        if usemask:
            _refuse('np.genfromtxt(usemask=True) makes a masked array, which the snippet language does not read')
        if converters is not None and not isinstance(converters, dict):
            raise TypeError("The input argument 'converter' should be a valid dictionary (got "
                            + f"'{type(converters)}' instead)")
        if max_rows is not None and skip_footer:
            raise ValueError('The keywords \'skip_footer\' and \'max_rows\' can not be specified at the same time.')
        if max_rows is not None and max_rows < 1:
            raise ValueError("'max_rows' must be at least 1.")
        if ndmin not in [0, 1, 2]:
            raise ValueError(f'Illegal value of ndmin keyword: {ndmin}')
        dt = None if dtype is None or structured else _kind(dtype, 'genfromtxt')
        lines = [line + '\n' for line in _text_lines(fname, 'genfromtxt')][skip_header:]
        if usecols is not None:
            if isinstance(usecols, int):
                usecols = [usecols]
            elif isinstance(usecols, str):
                usecols = [column.strip() for column in usecols.split(',')]
            usecols = list(usecols)
            for column in usecols:
                if isinstance(column, str) and not structured:
                    raise ValueError(f"invalid literal for int() with base 10: '{column}'")
        first = None
        for k, line in enumerate(lines):
            # names=True reads the names from the first line with fields, a comment mark before them dropped.
            if names is True and comments is not None and comments in line:
                line = ''.join(line.split(comments)[1:])
            if _split_fields(line, delimiter, comments, autostrip):
                first = _split_fields(line, delimiter, comments, autostrip)
                if names is True:
                    if comments is not None and first[0].strip() in comments:
                        del first[0]
                    lines = lines[k + 1:]
                    skip_header += k + 1
                break
        fieldtypes = None
        if structured:
            if first is None:
                _refuse('np.genfromtxt() of no data into a structured array, which the snippet language does not '
                        + 'read from text')
            if names is True:
                names = _validate_names([str(name.strip()) for name in first], validation, 'f%i', None)
                first = None
                for line in lines:
                    if _split_fields(line, delimiter, comments, autostrip):
                        first = _split_fields(line, delimiter, comments, autostrip)
                        break
                if first is None:
                    _refuse('np.genfromtxt(names=True) of no data into a structured array, which the snippet language '
                            + 'does not read from text')
            elif isinstance(names, str):
                names = _validate_names([name.strip() for name in names.split(',')], validation, 'f%i', None)
            elif names is not None:
                names = _validate_names(list(names), validation, 'f%i', None)
            if dtype is not None:
                names, fieldtypes = _easy_dtype(dtype, names, validation, defaultfmt)
            nbcols = len(usecols) if usecols else len(first)
            if usecols:
                for i, column in enumerate(usecols):
                    if isinstance(column, str):
                        if names is None or column not in names:
                            raise ValueError(f"'{column}' is not in list")
                        usecols[i] = names.index(column)
                if fieldtypes is not None and len(fieldtypes) > nbcols:
                    fieldtypes = [fieldtypes[i] for i in usecols]
                    names = [names[i] for i in usecols]
                elif names is not None and len(names) > nbcols:
                    names = [names[i] for i in usecols]
            if fieldtypes is not None and len(fieldtypes) != nbcols:
                _refuse('np.genfromtxt() into a structured array with a number of fields other than the columns '
                        + 'read, which the snippet language does not read from text')
            if names is not None and len(names) != nbcols:
                names = _validate_names(names, validation, defaultfmt, nbcols)
            # Keys by name (converters, missing and filling values) are the names' columns in the file, read from
            # copies: NumPy leaves the caller's missing and filling values as they were, and adds to the caller's
            # converters each named one again under its field's number.
            options = []
            numbered = []
            for option in [converters, missing_values, filling_values]:
                if isinstance(option, dict):
                    by_column = {}
                    for key, value in option.items():
                        if isinstance(key, str):
                            if names is None or key not in names:
                                _refuse(f'np.genfromtxt() into a structured array with the column name {key!r} that names= does '
                                        + 'not have')
                            column = names.index(key)
                            if option is converters:
                                numbered.append((column, value))
                            key = usecols[column] if usecols else column
                        by_column[key] = value
                    option = by_column
                options.append(option)
            for column, value in numbered:
                converters[column] = value
            converters, missing_values, filling_values = options
        if first is None:
            if dt is None:
                _refuse('np.genfromtxt(dtype=None) of no data makes a structured array with no fields, which the '
                        + 'snippet language does not have')
            return _finish(np.array([], dtype=dt), ndmin, unpack)
        count = len(usecols) if usecols else len(first)
        if usecols:
            usecols = [column if column >= 0 else column + len(first) for column in usecols]
        rows = []
        invalid = []
        number = 0
        started = False
        for line in lines:
            values = _split_fields(line, delimiter, comments, autostrip)
            if not started:
                if not values:
                    continue
                started = True
            number += 1
            if not values:
                continue
            if usecols:
                if max(usecols) >= len(values):
                    invalid.append((number + skip_header, len(values)))
                    continue
                values = [values[column] for column in usecols]
            elif len(values) != count:
                invalid.append((number + skip_header, len(values)))
                continue
            rows.append(values)
            if max_rows is not None and len(rows) == max_rows:
                break
        if invalid:
            kept = len(rows) + len(invalid) - skip_footer
            footer = skip_footer
            if skip_footer > 0:
                skipped = len([entry for entry in invalid if entry[0] > kept + skip_header])
                invalid = invalid[:len(invalid) - skipped]
                footer -= skipped
            if invalid and invalid_raise:
                raise ValueError('\n'.join(['Some errors were detected !'] + [
                    f'    Line #{line} (got {got} columns instead of {count})' for line, got in invalid]))
            skip_footer = footer
        if skip_footer > 0:
            rows = rows[:-skip_footer]
        columns = [[row[i] for row in rows] for i in range(count)]
        fills = _column_values(filling_values, count, 'filling_values')
        # A converter is keyed by its column in the file (or, under usecols, the column usecols names).
        functions = [None] * count
        for key, function in (converters or {}).items():
            if isinstance(key, str):
                _refuse('np.genfromtxt(converters=…) by column name needs names=, which the snippet language does '
                        + 'not have')
            if usecols:
                if key not in usecols:
                    continue
                key = usecols.index(key)
            if -count <= key < count:
                functions[key] = function
        # numpy.lib._iotools.StringConverter.update: a converter's column type is its filling value's, else that of
        # its result on the first line's field (or on '1'); a type other than dtype's makes a structured array.
        types = [None] * count
        for i, function in enumerate(functions):
            if function is None:
                continue
            if structured:
                continue
            if fills[i] is not None:
                types[i] = np.asarray(fills[i]).dtype
                continue
            key = usecols[i] if usecols else i
            try:
                types[i] = np.asarray(function(first[key] or '1')).dtype
            except ValueError:
                types[i] = None
            if types[i] is None or types[i].kind not in 'biufc':
                _refuse('np.genfromtxt(converters=…) whose converter fails on the first line makes an object array, '
                        + 'which the snippet language does not have')
        if structured:
            if fieldtypes is None:
                kinds = [_infer(column, missing_values) for column in columns]
                fieldtypes = [np.dtype({'b': bool, 'i': int, 'f': float}[kind]) for kind in kinds]
            if names is None:
                names = _validate_names([], validation, defaultfmt, count)
            return _structured_rows(rows, functions, fills, fieldtypes, names)
        if dt is None:
            kinds = [_infer(column, missing_values) if types[i] is None else types[i].kind
                     for i, column in enumerate(columns)]
            if len(set(kinds)) > 1:
                _refuse('np.genfromtxt(dtype=None) of columns of different types makes a structured array, which '
                        + 'the snippet language does not have')
            dt = np.dtype({'b': bool, 'i': int, 'u': int, 'f': float, 'c': complex}[kinds[0] if kinds else 'f'])
        else:
            changed = [t for t in types if t is not None and t != dt]
            if changed and count > 1:
                _refuse('np.genfromtxt(converters=…) whose results are not of dtype makes a structured array, which '
                        + 'the snippet language does not have')
            if changed:
                dt = changed[0]
        defaults = {'b': False, 'i': -1, 'u': -1, 'f': np.nan, 'c': complex(np.nan, 0)}
        converted = [None] * count
        for i, function in enumerate(functions):
            if function is not None:
                values = []
                for field in columns[i]:
                    try:
                        values.append(function(field))
                    except ValueError:
                        values.append(defaults[dt.kind] if fills[i] is None else fills[i])
                converted[i] = values
        data = []
        for row in rows:
            values = []
            for i, field in enumerate(row):
                if converted[i] is not None:
                    values.append(converted[i][len(data)])
                    continue
                try:
                    values.append(_loose(field, dt.kind))
                except ValueError:
                    values.append(defaults[dt.kind] if fills[i] is None else fills[i])
            data.append(values)
        output = np.array(data, dtype=dt) if data else np.array([], dtype=dt)
        return _finish(output, ndmin, unpack)

    def _structured_rows(rows, functions, fills, fieldtypes, names):
        # Each column read as its field's type (a converter's result kept as it is), as NumPy's genfromtxt does.
        defaults = {'b': False, 'i': -1, 'u': -1, 'f': np.nan, 'c': complex(np.nan, 0)}
        for fieldtype in fieldtypes:
            if fieldtype.kind not in 'biufc':
                _refuse(f'np.genfromtxt() with a {fieldtype} field makes a string or object field, which the snippet '
                        + 'language does not read from text')
        records = []
        for row in rows:
            values = []
            for i, field in enumerate(row):
                kind = fieldtypes[i].kind
                try:
                    values.append(functions[i](field) if functions[i] is not None else _loose(field, kind))
                except ValueError:
                    values.append(defaults[kind] if fills[i] is None else fills[i])
            records.append(tuple(values))
        output = np.array(records, dtype=[(name, fieldtype) for name, fieldtype in zip(names, fieldtypes)])
        if len(records) == 1:
            _refuse('np.genfromtxt() of one row into a structured array gives a 0-d structured array, which the '
                    + 'snippet language does not have')
        return output

    def _validate_names(names, validation, defaultfmt, nbfields):
        # numpy.lib._iotools.NameValidator: stripped, spaces replaced, NumPy's characters deleted, reserved words
        # suffixed with '_', empty names numbered with defaultfmt and repeats numbered '_1', '_2', ...
        excludelist, deletechars, case_sensitive, replace_space = validation
        excluded = ['return', 'file', 'print'] + list(excludelist or [])
        # NumPy's default: ~!@#$%^&*()-=+~\|]}[{';: /?.>,< (the backslash and quote written by their codes).
        deleted = set('~!@#$%^&*()-=+~|]}[{;: /?.>,<' + chr(92) + chr(39))
        if deletechars is not None:
            deleted = set(deletechars)
        deleted.add('"')
        if nbfields is not None:
            if len(names) < nbfields:
                names = list(names) + [''] * (nbfields - len(names))
            else:
                names = names[:nbfields]
        result = []
        seen = {}
        empty = 0
        for item in names:
            if case_sensitive is False or (isinstance(case_sensitive, str) and case_sensitive.startswith('u')):
                item = item.upper()
            elif isinstance(case_sensitive, str) and case_sensitive.startswith('l'):
                item = item.lower()
            item = item.strip()
            if replace_space:
                item = item.replace(' ', replace_space)
            item = ''.join([c for c in item if c not in deleted])
            if item == '':
                item = defaultfmt % empty
                while item in names:
                    empty += 1
                    item = defaultfmt % empty
                empty += 1
            elif item in excluded:
                item += '_'
            count = seen.get(item, 0)
            result.append(item + '_%d' % count if count > 0 else item)
            seen[item] = count + 1
        return result

    def _easy_dtype(dtype, names, validation, defaultfmt):
        # numpy.lib._iotools.easy_dtype: the field names and types of dtype= with names=.
        if isinstance(dtype, tuple) or (isinstance(dtype, list) and not all(isinstance(d, tuple) for d in dtype)):
            types = [_kind(d, 'genfromtxt') for d in dtype]
            given = [''] * len(types) if names is None else names
            return _validate_names(given, validation, defaultfmt, len(types)), types
        if isinstance(dtype, list):
            for d in dtype:
                if len(d) != 2:
                    _refuse('np.genfromtxt() into a structured array with sub-array fields, which the snippet language '
                            + 'does not read from text')
            types = [_kind(d[1], 'genfromtxt') for d in dtype]
            given = [d[0] for d in dtype]
            if names is not None:
                return _validate_names(names, validation, defaultfmt, len(types)), types
            numbered = [f'f{i}' for i in range(len(types))]
            if given == numbered and defaultfmt != 'f%i':
                return _validate_names([''] * len(types), validation, defaultfmt, None), types
            return _validate_names(given, validation, defaultfmt, None), types
        one = _kind(dtype, 'genfromtxt')
        if names is None:
            return None, None
        return names, [one] * len(names)

    def _loose(field, kind):
        # numpy.lib._iotools.StringConverter's conversions: Python's own float and int.
        if kind == 'f':
            return float(field)
        if kind == 'c':
            return complex(field.strip())
        if kind == 'b':
            text = field.strip().upper()
            if text not in ('TRUE', 'FALSE'):
                raise ValueError(field)
            return text == 'TRUE'
        return int(field)

    def _infer(column, missing_values):
        # StringConverter's upgrade chain: bool, int, float (complex columns, rare in text, are refused with the
        # string ones); a missing ('') value upgrades nothing.
        for kind in 'bif':
            ok = True
            for field in column:
                if field.strip() == '':
                    continue
                try:
                    if kind == 'b':
                        if field.strip().lower() not in ('true', 'false'):
                            raise ValueError(field)
                    else:
                        _loose(field, kind)
                except ValueError:
                    ok = False
                    break
            if ok:
                return kind
        _refuse('np.genfromtxt(dtype=None) of text columns makes a string or structured array, which the snippet '
                + 'language does not have')

    def savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='', comments='# ',
                encoding=None):
        X = np.asarray(X)
        if X.ndim == 0 or X.ndim > 2:
            raise ValueError('Expected 1D or 2D array, got %dD array instead' % X.ndim)
        if X.ndim == 1:
            X = np.atleast_2d(X).T
        ncol = X.shape[1]
        iscomplex = X.dtype.kind == 'c'
        if isinstance(fmt, list) or isinstance(fmt, tuple):
            if len(fmt) != ncol:
                raise AttributeError('fmt has wrong shape.  %s' % str(fmt))
            format = delimiter.join(fmt)
        elif isinstance(fmt, str):
            n_fmt_chars = fmt.count('%')
            if n_fmt_chars == 1:
                format = delimiter.join([' (%s+%sj)' % (fmt, fmt) if iscomplex else fmt] * ncol)
            elif (iscomplex and n_fmt_chars != 2 * ncol) or (not iscomplex and n_fmt_chars != ncol):
                raise ValueError('fmt has wrong number of %% formats:  %s' % fmt)
            else:
                format = fmt
        else:
            raise ValueError('invalid fmt: %r' % (fmt,))
        out = []
        if len(header) > 0:
            out.append(comments + header.replace('\n', '\n' + comments) + newline)
        for row in X:
            if iscomplex:
                parts = []
                for number in row:
                    parts.append(number.real)
                    parts.append(number.imag)
                line = format % tuple(parts)
            else:
                try:
                    line = format % tuple(row)
                except TypeError:
                    raise TypeError("Mismatch between array dtype ('%s') and format specifier ('%s')"
                                    % (str(X.dtype), format))
            out.append(line + newline)
        if len(footer) > 0:
            out.append(comments + footer.replace('\n', '\n' + comments) + newline)
        text = ''.join(out)
        if isinstance(fname, str):
            if fname.endswith('.gz'):
                _refuse(f'np.savetxt() of a compressed file ({fname!r}) is not part of the snippet language')
            __docbuild_file__('write', fname, text)
        elif isinstance(fname, StringIO) or isinstance(fname, TextIOWrapper):
            fname.write(text)
        else:
            raise ValueError('fname must be a string or file handle')

    def fromstring(string, dtype=float, count=-1, *, sep='', like=None):
        if sep == '':
            raise ValueError('The binary mode of fromstring is removed, use frombuffer instead')
        dt = _kind(dtype, 'fromstring')
        fields = string.split() if sep.strip() == '' else string.split(sep.strip())
        values = []
        for field in fields:
            if count >= 0 and len(values) >= count:
                break
            try:
                values.append(_parse(field, dt.kind))
            except ValueError:
                break
        if count >= 0 and len(values) < count:
            raise ValueError(f'string is smaller than requested size')
        return np.array(values, dtype=dt)
    """#
}
