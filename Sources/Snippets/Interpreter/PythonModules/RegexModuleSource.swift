extension ModuleSources {
  /// `re`, as CPython 3.11's: pattern and match objects, the module functions, flags and `re.error`, written in the
  /// snippet language over the matcher of RegexMatcher.swift (`__docbuild_re__`, RegexModule.swift). A match comes
  /// back from the matcher as its groups' spans, flat, then `lastindex`.
  static let regex = #"""
    class RegexFlag:
        def __init__(self, value):
            self._value = value
        @property
        def value(self):
            return self._value
        def __repr__(self):
            if self._value == 0:
                return 're.NOFLAG'
            names = []
            rest = self._value
            for name, bit in _FLAG_NAMES:
                if rest & bit:
                    names.append('re.' + name)
                    rest = rest & ~bit
            if rest:
                names.append(hex(rest))
            return '|'.join(names)
        def __str__(self):
            return self.__repr__()
        def __format__(self, spec):
            return format(self.__repr__(), spec)
        def __int__(self):
            return self._value
        def __index__(self):
            return self._value
        def __bool__(self):
            return self._value != 0
        def __hash__(self):
            return hash(self._value)
        def __eq__(self, other):
            return self._value == _flag_value(other, False)
        def __ne__(self, other):
            return self._value != _flag_value(other, False)
        def __or__(self, other):
            return _RegexFlag(self._value | _flag_value(other, True))
        def __ror__(self, other):
            return _RegexFlag(self._value | _flag_value(other, True))
        def __and__(self, other):
            return _RegexFlag(self._value & _flag_value(other, True))
        def __rand__(self, other):
            return _RegexFlag(self._value & _flag_value(other, True))
        def __xor__(self, other):
            return _RegexFlag(self._value ^ _flag_value(other, True))
        def __rxor__(self, other):
            return _RegexFlag(self._value ^ _flag_value(other, True))
        def __invert__(self):
            return _RegexFlag(511 & ~self._value)
        @property
        def name(self):
            if self._value == 0:
                return 'NOFLAG'
            return self.__repr__().replace('re.', '')
        def __lt__(self, other):
            return self._value < _flag_value(other, True)
        def __le__(self, other):
            return self._value <= _flag_value(other, True)
        def __gt__(self, other):
            return self._value > _flag_value(other, True)
        def __ge__(self, other):
            return self._value >= _flag_value(other, True)
        def __neg__(self):
            return -self._value
        def __pos__(self):
            return self._value
        def __lshift__(self, other):
            return self._value << _flag_value(other, True)
        def __rshift__(self, other):
            return self._value >> _flag_value(other, True)
        def __sub__(self, other):
            return self._value - _flag_value(other, True)
        def __rsub__(self, other):
            return _flag_value(other, True) - self._value
        def __mul__(self, other):
            return self._value * _flag_value(other, True)
        def __rmul__(self, other):
            return _flag_value(other, True) * self._value
        def __add__(self, other):
            return self._value + _flag_value(other, True)
        def __radd__(self, other):
            return _flag_value(other, True) + self._value

    # RegexFlag is an IntFlag in CPython: isinstance(re.I, int) holds. The class itself is not offered (CPython's is an
    # enum, shown as <flag 'RegexFlag'>), so `re.RegexFlag` is refused by name.
    __docbuild_emulate__(RegexFlag, 'int')
    _RegexFlag = RegexFlag
    del RegexFlag

    def _flag_value(value, strict):
        if isinstance(value, _RegexFlag):
            return value._value
        if isinstance(value, int):
            return int(value)
        if strict:
            raise TypeError("unsupported operand type(s) for |: 'RegexFlag' and '%s'" % type(value).__name__)
        return value

    _FLAG_NAMES = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                   ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]
    _PATTERN_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
                           ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]

    NOFLAG = _RegexFlag(0)
    ASCII = A = _RegexFlag(256)
    IGNORECASE = I = _RegexFlag(2)
    LOCALE = L = _RegexFlag(4)
    UNICODE = U = _RegexFlag(32)
    MULTILINE = M = _RegexFlag(8)
    DOTALL = S = _RegexFlag(16)
    VERBOSE = X = _RegexFlag(64)
    TEMPLATE = T = _RegexFlag(1)
    DEBUG = _RegexFlag(128)

    class error(Exception):
        def __init__(self, msg, pattern=None, pos=None):
            self.msg = msg
            self.pattern = pattern
            self.pos = pos
            if pattern is not None and pos is not None:
                msg = '%s at position %d' % (msg, pos)
                self.lineno = pattern[:pos].count('\n') + 1
                self.colno = pos - pattern[:pos].rfind('\n')
                if '\n' in pattern:
                    msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                self.lineno = None
                self.colno = None
            super().__init__(msg)

    _MAXSIZE = 9223372036854775807
    _cache = {}

    def _check_string(string):
        if isinstance(string, str):
            return
        if type(string).__name__ in ('bytes', 'bytearray'):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _index(value, name):
        if isinstance(value, int):
            return int(value)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)

    class _GroupIndex:
        def __init__(self, pairs):
            self._dict = dict(pairs)
        def __repr__(self):
            return 'mappingproxy(' + repr(self._dict) + ')'
        def __str__(self):
            return str(self._dict)
        def __getitem__(self, key):
            return self._dict[key]
        def __contains__(self, key):
            return key in self._dict
        def __iter__(self):
            return iter(self._dict)
        def __len__(self):
            return len(self._dict)
        def __eq__(self, other):
            if isinstance(other, _GroupIndex):
                return self._dict == other._dict
            return self._dict == other
        def keys(self):
            return self._dict.keys()
        def values(self):
            return self._dict.values()
        def items(self):
            return self._dict.items()
        def get(self, key, default=None):
            return self._dict.get(key, default)
        def copy(self):
            return dict(self._dict)

    class Pattern:
        def __init__(self, pattern, compiled):
            self._handle = compiled[0]
            self.pattern = pattern
            self.groups = compiled[1]
            self._names = compiled[2]
            self.groupindex = _GroupIndex(compiled[2])
            self.flags = compiled[3]
        def __repr__(self):
            flags = self.flags
            if flags & (4 | 32 | 256) == 32:
                flags = flags & ~32
            text = 're.compile(' + repr(self.pattern)[:200]
            if flags:
                names = []
                for name, bit in _PATTERN_FLAG_NAMES:
                    if flags & bit:
                        names.append('re.' + name)
                        flags = flags & ~bit
                if flags:
                    names.append(hex(flags))
                text = text + ', ' + '|'.join(names)
            return text + ')'
        def __eq__(self, other):
            return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags
        def __hash__(self):
            return hash((self.pattern, self.flags))
        def _run(self, string, pos, endpos, mode):
            spans = __docbuild_re__('match', self._handle, string, pos, endpos, mode)
            if spans is None:
                return None
            return Match(self, string, spans)
        def _scan(self, string, pos, endpos, limit):
            return __docbuild_re__('all', self._handle, string, pos, endpos, limit)
        def match(self, string, pos=0, endpos=_MAXSIZE):
            return self._run(string, pos, endpos, 0)
        def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
            return self._run(string, pos, endpos, 1)
        def search(self, string, pos=0, endpos=_MAXSIZE):
            return self._run(string, pos, endpos, 2)
        # Lists are built by comprehensions here: a list's append method copies it in the snippet language.
        def findall(self, string, pos=0, endpos=_MAXSIZE):
            first = 2 * self.groups + 6
            matches = self._scan(string, pos, endpos, 0)[0]
            if self.groups == 0:
                return [spans[first] for spans in matches]
            if self.groups == 1:
                return [spans[first + 1] or '' for spans in matches]
            return [tuple(text or '' for text in spans[first + 1:]) for spans in matches]
        def finditer(self, string, pos=0, endpos=_MAXSIZE):
            return iter([Match(self, string, spans) for spans in self._scan(string, pos, endpos, 0)[0]])
        def split(self, string, maxsplit=0):
            maxsplit = _index(maxsplit, 'maxsplit')
            if maxsplit < 0:
                _check_string(string)
                return [string]
            first = 2 * self.groups + 6
            matches, tail = self._scan(string, 0, _MAXSIZE, maxsplit)
            return [piece for spans in matches for piece in (spans[first - 1],) + spans[first + 1:]] + [tail]
        def subn(self, repl, string, count=0):
            count = _index(count, 'count')
            if callable(repl):
                template = None
            else:
                _check_string(repl)
                template = _template(self, repl)
            _check_string(string)
            if count < 0:
                return (string, 0)
            first = 2 * self.groups + 6
            matches, tail = self._scan(string, 0, _MAXSIZE, count)
            if template is not None:
                return (''.join([spans[first - 1] + _expand(template, spans[first:]) for spans in matches]) + tail,
                        len(matches))
            # CPython calls the function for every match, then joins: a non-str result fails the join.
            items = [repl(Match(self, string, spans)) for spans in matches]
            position = 0
            for spans, item in zip(matches, items):
                if spans[first - 1]:
                    position += 1
                if item is not None:
                    if not isinstance(item, str):
                        raise TypeError('sequence item %d: expected str instance, %s found'
                                        % (position, type(item).__name__))
                    position += 1
            return (''.join([spans[first - 1] + (item or '') for spans, item in zip(matches, items)]) + tail,
                    len(matches))
        def sub(self, repl, string, count=0):
            return self.subn(repl, string, count)[0]
        def scanner(self, string, pos=0, endpos=_MAXSIZE):
            return _Scanner(self, string, pos, endpos)
        def __copy__(self):
            return self
        def __deepcopy__(self, memo):
            return self

    class _Scanner:
        # CPython's `_sre.SRE_Scanner` (`pattern.scanner(text)`, the tokenizer idiom `iter(scanner.match, None)`):
        # each call matches or searches from where the last match ended, and its matches keep the scanner's own
        # pos and endpos. After an empty match CPython's next call must move past it, which snippets refuse.
        def __init__(self, pattern, string, pos, endpos):
            self.pattern = pattern
            self._string = string
            self._pos = pos
            self._endpos = endpos
            pattern.match(string, pos, endpos)  # CPython checks the arguments when it makes the scanner
            self._start = min(max(pos, 0), len(string))
            self._empty = False
        def _next(self, mode):
            if self._start is None:
                return None
            if self._empty:
                __docbuild_refuse__('a scanner asked again after an empty match is not part of the snippet '
                                    'language (CPython must move past that match)')
            found = self.pattern._run(self._string, self._start, self._endpos, mode)
            if found is None:
                self._start = None
                return None
            found.pos = min(max(self._pos, 0), len(self._string))
            self._empty = found.end() == found.start()
            self._start = found.end()
            return found
        def match(self):
            return self._next(0)
        def search(self):
            return self._next(2)
        def __repr__(self):
            __docbuild_refuse__("a scanner's repr (CPython's names its address) is not part of the snippet language")

    def _template(pattern, repl):
        if '\\' not in repl:
            return [repl]
        pieces = __docbuild_re__('template', pattern._handle, repl)
        if isinstance(pieces, tuple):
            raise error(pieces[1], repl, pieces[2])
        return pieces

    def _expand(template, texts):
        return ''.join([piece if isinstance(piece, str) else texts[piece] or '' for piece in template])

    class Match:
        def __init__(self, pattern, string, spans):
            # spans: each group's start and end, lastindex, pos, endpos, the text before, each group's text.
            count = 2 * pattern.groups
            self.re = pattern
            self.string = string
            self._spans = spans
            self.lastindex = spans[count + 2]
            self.pos = spans[count + 3]
            self.endpos = spans[count + 4]
            self._texts = spans[count + 6:]
        @property
        def lastgroup(self):
            for name, index in self.re._names:
                if index == self.lastindex:
                    return name
            return None
        def _group_index(self, group):
            if isinstance(group, int) and 0 <= group <= self.re.groups:
                return int(group)
            if isinstance(group, str):
                for name, index in self.re._names:
                    if name == group:
                        return index
            raise IndexError('no such group')
        def _get(self, group, default):
            text = self._texts[self._group_index(group)]
            return default if text is None else text
        def group(self, *groups):
            if len(groups) == 0:
                return self._get(0, None)
            if len(groups) == 1:
                return self._get(groups[0], None)
            return tuple(self._get(group, None) for group in groups)
        def __getitem__(self, group):
            return self._get(group, None)
        def groups(self, default=None):
            return tuple(self._get(index, default) for index in range(1, self.re.groups + 1))
        def groupdict(self, default=None):
            return {name: self._get(index, default) for name, index in self.re._names}
        def start(self, group=0):
            return self._spans[2 * self._group_index(group)]
        def end(self, group=0):
            return self._spans[2 * self._group_index(group) + 1]
        def span(self, group=0):
            index = self._group_index(group)
            return (self._spans[2 * index], self._spans[2 * index + 1])
        @property
        def regs(self):
            return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))
        def expand(self, template):
            _check_string(template)
            return _expand(_template(self.re, template), self._texts)
        def __bool__(self):
            return True
        def __repr__(self):
            return '<re.Match object; span=(%d, %d), match=%s>' % (
                self._spans[0], self._spans[1], repr(self.group(0))[:50])
        def __copy__(self):
            return self
        def __deepcopy__(self, memo):
            return self

    def compile(pattern, flags=0):
        return _compile(pattern, flags)

    def _compile(pattern, flags):
        flags = _flag_value(flags, False)
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError('cannot process flags argument with a compiled pattern')
            return pattern
        if not isinstance(flags, int):
            raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
        if flags & 128:
            __docbuild_refuse__('re.DEBUG prints the compiled pattern\'s internal code, which snippets do not have')
        key = (pattern, flags) if isinstance(pattern, str) else None
        if key is not None and key in _cache:
            return _cache[key]
        compiled = __docbuild_re__('compile', pattern, flags)
        if compiled[0] == 'error':
            raise error(compiled[1], pattern, compiled[2])
        result = Pattern(pattern, compiled)
        _cache[key] = result
        return result

    def match(pattern, string, flags=0):
        return _compile(pattern, flags).match(string)

    def fullmatch(pattern, string, flags=0):
        return _compile(pattern, flags).fullmatch(string)

    def search(pattern, string, flags=0):
        return _compile(pattern, flags).search(string)

    def findall(pattern, string, flags=0):
        return _compile(pattern, flags).findall(string)

    def finditer(pattern, string, flags=0):
        return _compile(pattern, flags).finditer(string)

    def split(pattern, string, maxsplit=0, flags=0):
        return _compile(pattern, flags).split(string, maxsplit)

    def sub(pattern, repl, string, count=0, flags=0):
        return _compile(pattern, flags).sub(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        return _compile(pattern, flags).subn(repl, string, count)

    _SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'

    def escape(pattern):
        if isinstance(pattern, str):
            return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
        if type(pattern).__name__ in ('bytes', 'bytearray'):
            __docbuild_refuse__('re.escape of bytes is not available in snippets: decode the bytes first')
        raise TypeError("expected str, got '%s'" % type(pattern).__name__)

    def purge():
        _cache.clear()
    """#
}
