/// The standard-library modules written in the snippet language itself, after CPython's own pure-Python versions
/// (Lib/collections/__init__.py, Lib/itertools' documented equivalents, Lib/functools.py, Lib/operator.py): same
/// results and messages, no lazy generators (iterators are classes with `__next__`).
enum ModuleSources {
  static let collections = #"""
    class _Mapping:
        # The dict methods defaultdict, Counter and OrderedDict share: each keeps its items in self._data.
        def __setitem__(self, key, value):
            self._data[key] = value
        def __delitem__(self, key):
            del self._data[key]
        def __contains__(self, key):
            return key in self._data
        def __iter__(self):
            return iter(self._data)
        def __len__(self):
            return len(self._data)
        def keys(self):
            return self._data.keys()
        def values(self):
            return self._data.values()
        def items(self):
            return self._data.items()
        def get(self, key, default=None):
            return self._data.get(key, default)
        def pop(self, key, *default):
            return self._data.pop(key, *default)
        def setdefault(self, key, default=None):
            return self._data.setdefault(key, default)
        def update(self, *args, **kwargs):
            self._data.update(*args, **kwargs)
        def clear(self):
            self._data.clear()
        def popitem(self):
            return self._data.popitem()
        def __reversed__(self):
            return reversed(self._data)
        @classmethod
        def fromkeys(cls, iterable, value=None):
            result = cls()
            for key in iterable:
                result[key] = value
            return result
        def __or__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            result = self.copy()
            result.update(other)
            return result
        def __ior__(self, other):
            self._data.update(other)
            return self

    class defaultdict(_Mapping):
        def __init__(self, default_factory=None, *args, **kwargs):
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
            self.default_factory = default_factory
            self._data = dict(*args, **kwargs)
        def __missing__(self, key):
            if self.default_factory is None:
                raise KeyError(key)
            value = self.default_factory()
            self._data[key] = value
            return value
        def __getitem__(self, key):
            if key in self._data:
                return self._data[key]
            return self.__missing__(key)
        def __eq__(self, other):
            if isinstance(other, defaultdict):
                return self._data == other._data
            return self._data == other
        # A subclass's copies, unions and repr are of (and name) the subclass, as CPython's C code makes them.
        def copy(self):
            return type(self)(self.default_factory, self._data)
        def __ror__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            result = type(self)(self.default_factory, other)
            result.update(self)
            return result
        def __repr__(self):
            return f'{type(self).__name__}({self.default_factory!r}, {self._data!r})'

    __docbuild_emulate__(defaultdict, 'dict')

    class Counter(_Mapping):
        # After CPython 3.11's Lib/collections/__init__.py.
        def update(self, iterable=None, **kwds):
            if iterable is not None:
                # CPython's counts through the object's own get and __setitem__ (a subclass's or a mixin's);
                # collections.abc.Mapping takes UserDict and ChainMap too.
                if isinstance(iterable, (dict, Counter, UserDict, ChainMap)):
                    if self:
                        self_get = self.get
                        for key, count in iterable.items():
                            self[key] = count + self_get(key, 0)
                    else:
                        self._data.update(iterable)
                elif type(self) is Counter:
                    for key in iterable:
                        self._data[key] = self._data.get(key, 0) + 1
                else:
                    self_get = self.get
                    for key in iterable:
                        self[key] = self_get(key, 0) + 1
            if kwds:
                self.update(kwds)
        @classmethod
        def fromkeys(cls, iterable, v=None):
            raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
        def __delitem__(self, key):
            if key in self._data:
                del self._data[key]
        def __init__(self, iterable=None, **kwds):
            self._data = {}
            self.update(iterable, **kwds)
        def __getitem__(self, key):
            return self._data.get(key, 0)
        def __eq__(self, other):
            # Python 3.10 on: missing counts are zeros.
            if isinstance(other, Counter):
                return all(self[e] == other[e] for c in (self, other) for e in c)
            return self._data == other
        def __ne__(self, other):
            return not self == other
        def copy(self):
            return self.__class__(self)
        def total(self):
            return sum(self._data.values())
        def most_common(self, n=None):
            ordered = sorted(self._data.items(), key=lambda pair: pair[1], reverse=True)
            if n is None:
                return ordered
            return ordered[:max(n, 0)]
        def elements(self):
            result = []
            for key, count in self._data.items():
                for _ in range(count):
                    result.append(key)
            return iter(result)
        def subtract(self, iterable=None, **kwds):
            if iterable is not None:
                self_get = self.get
                if isinstance(iterable, (dict, Counter, UserDict, ChainMap)):
                    for key, count in iterable.items():
                        self[key] = self_get(key, 0) - count
                else:
                    for key in iterable:
                        self[key] = self_get(key, 0) - 1
            if kwds:
                self.subtract(kwds)
        def _merged(self, other, combine, other_only):
            # CPython's order: this Counter's keys, then the other's new ones; only positive counts stay.
            if not isinstance(other, Counter):
                return NotImplemented
            result = Counter()
            for key, count in self._data.items():
                total = combine(count, other[key])
                if total > 0:
                    result[key] = total
            if other_only is not None:
                for key, count in other.items():
                    if key not in self._data and other_only(count) > 0:
                        result[key] = other_only(count)
            return result
        def __add__(self, other):
            return self._merged(other, lambda mine, theirs: mine + theirs, lambda theirs: theirs)
        def __sub__(self, other):
            return self._merged(other, lambda mine, theirs: mine - theirs, lambda theirs: 0 - theirs)
        def __or__(self, other):
            return self._merged(
                other, lambda mine, theirs: theirs if mine < theirs else mine, lambda theirs: theirs)
        def __and__(self, other):
            return self._merged(other, lambda mine, theirs: mine if mine < theirs else theirs, None)
        def __pos__(self):
            result = Counter()
            for key, count in self._data.items():
                if count > 0:
                    result[key] = count
            return result
        def __neg__(self):
            result = Counter()
            for key, count in self._data.items():
                if count < 0:
                    result[key] = 0 - count
            return result
        def __repr__(self):
            if not self._data:
                return f'{self.__class__.__name__}()'
            return f'{self.__class__.__name__}({dict(self.most_common())!r})'

    __docbuild_emulate__(Counter, 'dict')

    class OrderedDict(_Mapping):
        def __init__(self, *args, **kwargs):
            self._data = dict(*args, **kwargs)
        def __getitem__(self, key):
            return self._data[key]
        def __eq__(self, other):
            if isinstance(other, OrderedDict):
                return list(self._data.items()) == list(other._data.items())
            return self._data == other
        def copy(self):
            return self.__class__(self._data)
        def __ror__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            result = self.__class__(other)
            result.update(self)
            return result
        def popitem(self, last=True):
            if not self._data:
                raise KeyError('dictionary is empty')
            keys = list(self._data)
            key = keys[-1] if last else keys[0]
            return (key, self._data.pop(key))
        def move_to_end(self, key, last=True):
            value = self._data.pop(key)
            if last:
                self._data[key] = value
            else:
                rest = self._data
                self._data = {key: value}
                self._data.update(rest)
        def __repr__(self):
            if not self._data:
                return f'{self.__class__.__name__}()'
            return f'{self.__class__.__name__}({list(self._data.items())!r})'

    __docbuild_emulate__(OrderedDict, 'dict')

    class _MappingView:
        # collections.abc's views of a UserDict: each reads the mapping when used, through its own methods.
        def __init__(self, mapping):
            self._mapping = mapping
        def __len__(self):
            return len(self._mapping)
        def __repr__(self):
            return f'{type(self).__name__}({self._mapping!r})'

    class _KeysView(_MappingView):
        def __iter__(self):
            return iter(self._mapping)
        def __contains__(self, key):
            return key in self._mapping

    class _ItemsView(_MappingView):
        def __iter__(self):
            return iter([(key, self._mapping[key]) for key in self._mapping])
        def __contains__(self, item):
            key, value = item
            try:
                found = self._mapping[key]
            except KeyError:
                return False
            return found is value or found == value

    class _ValuesView(_MappingView):
        def __iter__(self):
            return iter([self._mapping[key] for key in self._mapping])
        def __contains__(self, value):
            for key in self._mapping:
                found = self._mapping[key]
                if found is value or found == value:
                    return True
            return False

    _KeysView.__module__ = 'collections.abc'
    _KeysView.__name__ = _KeysView.__qualname__ = 'KeysView'
    _ItemsView.__module__ = 'collections.abc'
    _ItemsView.__name__ = _ItemsView.__qualname__ = 'ItemsView'
    _ValuesView.__module__ = 'collections.abc'
    _ValuesView.__name__ = _ValuesView.__qualname__ = 'ValuesView'

    class _NoDefault:
        pass

    _NO_DEFAULT = _NoDefault()

    class UserDict:
        # CPython 3.11's UserDict: its items in self.data, and collections.abc.MutableMapping's methods, which go
        # through the class's own __getitem__, __setitem__ and __delitem__ (so a subclass's overrides apply).
        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)
        def __len__(self):
            return len(self.data)
        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(self.__class__, '__missing__'):
                return self.__class__.__missing__(self, key)
            raise KeyError(key)
        def __setitem__(self, key, item):
            self.data[key] = item
        def __delitem__(self, key):
            del self.data[key]
        def __iter__(self):
            return iter(self.data)
        def __contains__(self, key):
            return key in self.data
        def __repr__(self):
            return repr(self.data)
        def __eq__(self, other):
            if not isinstance(other, (dict, UserDict)):
                return NotImplemented
            return dict(self.items()) == dict(other.items())
        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented
        def __ror__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(other.data | self.data)
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented
        def __ior__(self, other):
            if isinstance(other, UserDict):
                self.data |= other.data
            else:
                self.data |= other
            return self
        def copy(self):
            if self.__class__ is UserDict:
                return UserDict(self.data.copy())
            __docbuild_refuse__('copy() of a UserDict subclass (CPython copies it with copy.copy) is not part of '
                                'the snippet language')
        @classmethod
        def fromkeys(cls, iterable, value=None):
            result = cls()
            for key in iterable:
                result[key] = value
            return result
        def keys(self):
            return _KeysView(self)
        def items(self):
            return _ItemsView(self)
        def values(self):
            return _ValuesView(self)
        def get(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                return default
        def pop(self, key, default=_NO_DEFAULT):
            try:
                value = self[key]
            except KeyError:
                if default is _NO_DEFAULT:
                    raise
                return default
            del self[key]
            return value
        def popitem(self):
            try:
                key = next(iter(self))
            except StopIteration:
                raise KeyError from None
            value = self[key]
            del self[key]
            return key, value
        def clear(self):
            try:
                while True:
                    self.popitem()
            except KeyError:
                pass
        def update(self, other=(), /, **kwds):
            if isinstance(other, (dict, UserDict)):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
            for key, value in kwds.items():
                self[key] = value
        def setdefault(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                self[key] = default
            return default
        __hash__ = None

    from abc import ABCMeta as _ABCMeta
    # CPython's UserDict is made by abc.ABCMeta (through MutableMapping), which type() shows.
    __docbuild_abstract_base__(UserDict, _ABCMeta)

    def _sequence_iter(self):
        # collections.abc.Sequence's __iter__ and __reversed__, which UserList and UserString inherit: they index the
        # object through its class's own __getitem__ until an IndexError.
        index = 0
        try:
            while True:
                item = self[index]
                yield item
                index += 1
        except IndexError:
            return

    def _sequence_reversed(self):
        for index in reversed(range(len(self))):
            yield self[index]

    def _list_of(other):
        return other.data if isinstance(other, UserList) else other

    class UserList:
        # CPython 3.11's UserList: its items in self.data (a list); a slice, +, * and copy() make the class again.
        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if type(initlist) == type(self.data):
                    self.data[:] = initlist
                elif isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)
        def __repr__(self):
            return repr(self.data)
        def __lt__(self, other):
            return self.data < _list_of(other)
        def __le__(self, other):
            return self.data <= _list_of(other)
        def __eq__(self, other):
            return self.data == _list_of(other)
        def __gt__(self, other):
            return self.data > _list_of(other)
        def __ge__(self, other):
            return self.data >= _list_of(other)
        def __contains__(self, item):
            return item in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, i):
            if isinstance(i, slice):
                return self.__class__(self.data[i])
            return self.data[i]
        def __setitem__(self, i, item):
            if isinstance(i, slice) and isinstance(item, (UserList, UserString)):
                # CPython's list takes any iterable into a slice; snippets' lists take these classes' items.
                item = list(item)
            self.data[i] = item
        def __delitem__(self, i):
            del self.data[i]
        def __iter__(self):
            return _sequence_iter(self)
        def __reversed__(self):
            return _sequence_reversed(self)
        def __add__(self, other):
            if isinstance(other, UserList):
                return self.__class__(self.data + other.data)
            if isinstance(other, type(self.data)):
                return self.__class__(self.data + other)
            return self.__class__(self.data + list(other))
        def __radd__(self, other):
            if isinstance(other, UserList):
                return self.__class__(other.data + self.data)
            if isinstance(other, type(self.data)):
                return self.__class__(other + self.data)
            return self.__class__(list(other) + self.data)
        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            elif isinstance(other, type(self.data)):
                self.data += other
            else:
                self.data += list(other)
            return self
        def __mul__(self, n):
            return self.__class__(self.data * n)
        __rmul__ = __mul__
        def __imul__(self, n):
            self.data *= n
            return self
        def append(self, item):
            self.data.append(item)
        def insert(self, i, item):
            self.data.insert(i, item)
        def pop(self, i=-1):
            return self.data.pop(i)
        def remove(self, item):
            self.data.remove(item)
        def clear(self):
            self.data.clear()
        def copy(self):
            return self.__class__(self)
        def count(self, item):
            return self.data.count(item)
        def index(self, item, *args):
            return self.data.index(item, *args)
        def reverse(self):
            self.data.reverse()
        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)
        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)
        __hash__ = None

    # CPython's UserList is made by abc.ABCMeta (through MutableSequence).
    __docbuild_abstract_base__(UserList, _ABCMeta)

    def _str_of(value):
        return value.data if isinstance(value, UserString) else value

    _MAXSIZE = 9223372036854775807

    class UserString:
        # CPython 3.11's UserString: its text in self.data (a str); what str's methods return as text comes back as
        # the class again, other results (counts, bools, lists, bytes) as str's.
        def __init__(self, seq):
            if isinstance(seq, str):
                self.data = seq
            elif isinstance(seq, UserString):
                self.data = seq.data[:]
            else:
                self.data = str(seq)
        def __str__(self):
            return str(self.data)
        def __repr__(self):
            return repr(self.data)
        def __int__(self):
            return int(self.data)
        def __float__(self):
            return float(self.data)
        def __complex__(self):
            return complex(self.data)
        def __hash__(self):
            return hash(self.data)
        def __eq__(self, string):
            return self.data == _str_of(string)
        def __lt__(self, string):
            return self.data < _str_of(string)
        def __le__(self, string):
            return self.data <= _str_of(string)
        def __gt__(self, string):
            return self.data > _str_of(string)
        def __ge__(self, string):
            return self.data >= _str_of(string)
        def __contains__(self, char):
            return _str_of(char) in self.data
        def __len__(self):
            return len(self.data)
        def __getitem__(self, index):
            return self.__class__(self.data[index])
        def __iter__(self):
            return _sequence_iter(self)
        def __reversed__(self):
            return _sequence_reversed(self)
        def __add__(self, other):
            if isinstance(other, UserString):
                return self.__class__(self.data + other.data)
            if isinstance(other, str):
                return self.__class__(self.data + other)
            return self.__class__(self.data + str(other))
        def __radd__(self, other):
            if isinstance(other, str):
                return self.__class__(other + self.data)
            return self.__class__(str(other) + self.data)
        def __mul__(self, n):
            return self.__class__(self.data * n)
        __rmul__ = __mul__
        def __mod__(self, args):
            return self.__class__(self.data % args)
        def __rmod__(self, template):
            return self.__class__(str(template) % self)
        def capitalize(self):
            return self.__class__(self.data.capitalize())
        def casefold(self):
            return self.__class__(self.data.casefold())
        def center(self, width, *args):
            return self.__class__(self.data.center(width, *args))
        def count(self, sub, start=0, end=_MAXSIZE):
            return self.data.count(_str_of(sub), start, end)
        def removeprefix(self, prefix, /):
            return self.__class__(self.data.removeprefix(_str_of(prefix)))
        def removesuffix(self, suffix, /):
            return self.__class__(self.data.removesuffix(_str_of(suffix)))
        def encode(self, encoding='utf-8', errors='strict'):
            encoding = 'utf-8' if encoding is None else encoding
            errors = 'strict' if errors is None else errors
            return self.data.encode(encoding, errors)
        def endswith(self, suffix, start=0, end=_MAXSIZE):
            return self.data.endswith(suffix, start, end)
        def expandtabs(self, tabsize=8):
            return self.__class__(self.data.expandtabs(tabsize))
        def find(self, sub, start=0, end=_MAXSIZE):
            return self.data.find(_str_of(sub), start, end)
        def format(self, /, *args, **kwds):
            return self.data.format(*args, **kwds)
        def format_map(self, mapping):
            return self.data.format_map(mapping)
        def index(self, sub, start=0, end=_MAXSIZE):
            return self.data.index(sub, start, end)
        def isalpha(self):
            return self.data.isalpha()
        def isalnum(self):
            return self.data.isalnum()
        def isascii(self):
            return self.data.isascii()
        def isdecimal(self):
            return self.data.isdecimal()
        def isdigit(self):
            return self.data.isdigit()
        def isidentifier(self):
            return self.data.isidentifier()
        def islower(self):
            return self.data.islower()
        def isnumeric(self):
            return self.data.isnumeric()
        def isprintable(self):
            return self.data.isprintable()
        def isspace(self):
            return self.data.isspace()
        def istitle(self):
            return self.data.istitle()
        def isupper(self):
            return self.data.isupper()
        def join(self, seq):
            return self.data.join(seq)
        def ljust(self, width, *args):
            return self.__class__(self.data.ljust(width, *args))
        def lower(self):
            return self.__class__(self.data.lower())
        maketrans = str.maketrans
        def lstrip(self, chars=None):
            return self.__class__(self.data.lstrip(chars))
        def partition(self, sep):
            return self.data.partition(sep)
        def replace(self, old, new, maxsplit=-1):
            return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))
        def rfind(self, sub, start=0, end=_MAXSIZE):
            return self.data.rfind(_str_of(sub), start, end)
        def rindex(self, sub, start=0, end=_MAXSIZE):
            return self.data.rindex(sub, start, end)
        def rjust(self, width, *args):
            return self.__class__(self.data.rjust(width, *args))
        def rpartition(self, sep):
            return self.data.rpartition(sep)
        def rstrip(self, chars=None):
            return self.__class__(self.data.rstrip(chars))
        def split(self, sep=None, maxsplit=-1):
            return self.data.split(sep, maxsplit)
        def rsplit(self, sep=None, maxsplit=-1):
            return self.data.rsplit(sep, maxsplit)
        def splitlines(self, keepends=False):
            return self.data.splitlines(keepends)
        def startswith(self, prefix, start=0, end=_MAXSIZE):
            return self.data.startswith(prefix, start, end)
        def strip(self, chars=None):
            return self.__class__(self.data.strip(chars))
        def swapcase(self):
            return self.__class__(self.data.swapcase())
        def title(self):
            return self.__class__(self.data.title())
        def translate(self, *args):
            return self.__class__(self.data.translate(*args))
        def upper(self):
            return self.__class__(self.data.upper())
        def zfill(self, width):
            return self.__class__(self.data.zfill(width))

    # CPython's UserString is made by abc.ABCMeta (through Sequence).
    __docbuild_abstract_base__(UserString, _ABCMeta)

    class _deque_iterator:
        # CPython's deque iterators: a change of the deque's length (its `state`) makes the next step raise.
        def __init__(self, items, reverse):
            self._deque = items
            self._state = items._state
            self._index = 0
            self._count = len(items)
            self._reverse = reverse
        def __iter__(self):
            return self
        def __next__(self):
            if self._deque._state != self._state:
                self._count = 0
                raise RuntimeError('deque mutated during iteration')
            if self._count == 0:
                raise StopIteration
            items = self._deque._items
            item = items[len(items) - 1 - self._index] if self._reverse else items[self._deque._head + self._index]
            self._index += 1
            self._count -= 1
            return item

    _deque_iterator.__module__ = '_collections'

    class _deque_reverse_iterator(_deque_iterator):
        pass

    _deque_reverse_iterator.__module__ = '_collections'

    class _MappingView:
        # collections.abc's KeysView, ValuesView and ItemsView over a ChainMap, as CPython's mixins make them: live
        # views that print as `KeysView(ChainMap(...))`. Their set operations and comparisons are refused.
        def __init__(self, mapping):
            self._mapping = mapping
        def __len__(self):
            return len(self._mapping)
        def __repr__(self):
            return f'{type(self).__name__}({self._mapping!r})'
        def _refuse(self, *args):
            __docbuild_refuse__(f'comparisons and set operations of a {type(self).__name__} are not part of the '
                                'snippet language (Python has them): make a set or list of it first')
        __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _refuse
        __and__ = __or__ = __sub__ = __xor__ = __rand__ = __ror__ = __rsub__ = __rxor__ = _refuse

    class _KeysView(_MappingView):
        def __iter__(self):
            yield from self._mapping
        def __contains__(self, key):
            return key in self._mapping

    class _ValuesView(_MappingView):
        def __iter__(self):
            for key in self._mapping:
                yield self._mapping[key]
        def __contains__(self, value):
            for key in self._mapping:
                found = self._mapping[key]
                if found is value or found == value:
                    return True
            return False

    class _ItemsView(_MappingView):
        def __iter__(self):
            for key in self._mapping:
                yield (key, self._mapping[key])
        def __contains__(self, item):
            key, value = item
            if key not in self._mapping:
                return False
            found = self._mapping[key]
            return found is value or found == value

    # Named as CPython's classes (`type(c.keys())` is `<class 'collections.abc.KeysView'>`), which collections
    # itself does not export.
    for _view, _name in ((_KeysView, 'KeysView'), (_ValuesView, 'ValuesView'), (_ItemsView, 'ItemsView')):
        _view.__name__ = _view.__qualname__ = _name
        _view.__module__ = 'collections.abc'

    class ChainMap:
        # After CPython 3.11's collections.ChainMap: lookups go through the maps in turn, writes and deletions go to
        # the first, and its keys are every map's, the last map's first.
        def __init__(self, *maps):
            self.maps = list(maps) or [{}]
        def __missing__(self, key):
            raise KeyError(key)
        def __getitem__(self, key):
            for mapping in self.maps:
                try:
                    return mapping[key]  # a defaultdict among the maps makes the key, as in CPython
                except KeyError:
                    pass
            return self.__missing__(key)
        def get(self, key, default=None):
            return self[key] if key in self else default
        def __len__(self):
            return len(set().union(*self.maps))
        def __iter__(self):
            keys = {}
            for mapping in reversed(self.maps):
                keys.update(dict.fromkeys(mapping))
            return iter(keys)
        def __contains__(self, key):
            return any(key in mapping for mapping in self.maps)
        def __bool__(self):
            return any(self.maps)
        def __repr__(self):
            return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'
        @classmethod
        def fromkeys(cls, iterable, *args):
            return cls(dict.fromkeys(iterable, *args))
        def copy(self):
            return type(self)(self.maps[0].copy(), *self.maps[1:])
        __copy__ = copy
        def new_child(self, m=None, **kwargs):
            if m is None:
                m = kwargs
            elif kwargs:
                m.update(kwargs)
            return type(self)(m, *self.maps)
        @property
        def parents(self):
            return type(self)(*self.maps[1:])
        def __setitem__(self, key, value):
            self.maps[0][key] = value
        def __delitem__(self, key):
            if key not in self.maps[0]:
                raise KeyError(f'Key not found in the first mapping: {key!r}')
            del self.maps[0][key]
        def popitem(self):
            if not self.maps[0]:
                raise KeyError('No keys found in the first mapping.')
            return self.maps[0].popitem()
        def pop(self, key, *args):
            if key not in self.maps[0] and not args:
                raise KeyError(f'Key not found in the first mapping: {key!r}')
            return self.maps[0].pop(key, *args)
        def clear(self):
            self.maps[0].clear()
        def keys(self):
            return _KeysView(self)
        def values(self):
            return _ValuesView(self)
        def items(self):
            return _ItemsView(self)
        def setdefault(self, key, default=None):
            if key in self:
                return self[key]
            self[key] = default
            return default
        def update(self, *args, **kwargs):
            if len(args) > 1:
                raise TypeError(f'update expected at most 1 argument, got {len(args)}')
            if args:
                other = args[0]
                if isinstance(other, (dict, ChainMap)):
                    for key in other:
                        self[key] = other[key]
                elif hasattr(other, 'keys'):
                    for key in other.keys():
                        self[key] = other[key]
                else:
                    for key, value in other:
                        self[key] = value
            for key, value in kwargs.items():
                self[key] = value
        def __eq__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            return dict(self.items()) == dict(other.items())
        def __ior__(self, other):
            self.maps[0].update(other)
            return self
        def __or__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            result = self.copy()
            result.maps[0].update(other)
            return result
        def __ror__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            merged = dict(other)
            for child in reversed(self.maps):
                merged.update(child)
            return type(self)(merged)

    class deque:
        # After CPython's Modules/_collectionsmodule.c: its messages, its trimming at maxlen, its comparisons, and
        # its `state`, which each change of length (and a rotation of two items or more) moves on. The items are
        # `_items[_head:]`: popleft and appendleft move `_head` instead of every item (a queue of 10^5 items popped
        # from the left took 10^5 steps a pop), and the methods that read the items whole first drop the slots before
        # `_head` (`_compact`), as CPython's would take as long.
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None:
                if not isinstance(maxlen, int):
                    raise TypeError('an integer is required')
                if maxlen < 0:
                    raise ValueError('maxlen must be non-negative')
            self._maxlen = maxlen
            self._items = []
            self._head = 0
            self._state = 0
            self.extend(iterable)
        def _get_maxlen(self):
            return self._maxlen
        def _set_maxlen(self, value):
            raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")
        maxlen = property(_get_maxlen, _set_maxlen, _set_maxlen)
        def _compact(self):
            if self._head:
                del self._items[:self._head]
                self._head = 0
        def _drop_left(self):
            item = self._items[self._head]
            self._items[self._head] = None
            self._head += 1
            if self._head >= 64 and 2 * self._head >= len(self._items):
                self._compact()
            return item
        def _trim_left(self):
            if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
                self._drop_left()
        def _trim_right(self):
            if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
                self._items.pop()
        def append(self, item):
            self._state += 1
            self._items.append(item)
            self._trim_left()
        def appendleft(self, item):
            self._state += 1
            if self._head == 0:
                room = max(len(self._items), 8)
                self._items[:0] = [None] * room
                self._head = room
            self._head -= 1
            self._items[self._head] = item
            self._trim_right()
        def extend(self, iterable):
            if iterable is self:
                iterable = list(iterable)
            for item in iterable:
                self.append(item)
        def extendleft(self, iterable):
            if iterable is self:
                iterable = list(iterable)
            for item in iterable:
                self.appendleft(item)
        def pop(self):
            if len(self._items) == self._head:
                raise IndexError('pop from an empty deque')
            self._state += 1
            return self._items.pop()
        def popleft(self):
            if len(self._items) == self._head:
                raise IndexError('pop from an empty deque')
            self._state += 1
            return self._drop_left()
        def insert(self, index, item):
            self._compact()
            if self._maxlen is not None and len(self._items) == self._maxlen:
                raise IndexError('deque already at its maximum size')
            self._items.insert(index, item)
            self._state += 1
        def clear(self):
            if len(self._items) > self._head:
                self._state += 1
            self._items.clear()
            self._head = 0
        def rotate(self, n=1):
            if not isinstance(n, int):
                raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
            self._compact()
            size = len(self._items)
            if size > 1:
                self._state += 1
                n = n % size
                self._items = self._items[size - n:] + self._items[:size - n]
        def count(self, item):
            self._compact()
            return self._items.count(item)
        def index(self, item, *bounds):
            self._compact()
            try:
                return self._items.index(item, *bounds)
            except ValueError as error:
                if str(error).endswith(' is not in list'):
                    raise ValueError(f'{item!r} is not in deque') from None
                raise
        def remove(self, item):
            # list.remove's search: identity, then equality, as CPython's deque compares (an `is` written here was
            # refused between equal numbers or strings, whose identity snippets do not track).
            self._compact()
            try:
                self._items.remove(item)
            except ValueError as error:
                if str(error) == 'list.remove(x): x not in list':
                    raise ValueError(f'{item!r} is not in deque') from None
                raise
            self._state += 1
        def reverse(self):
            self._compact()
            self._items.reverse()
        def copy(self):
            self._compact()
            return type(self)(self._items, self._maxlen)
        def __copy__(self):
            return self.copy()
        def _position(self, index):
            if not isinstance(index, int):
                raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
            size = len(self._items) - self._head
            if index >= size or index < -size:
                raise IndexError('deque index out of range')
            return self._head + index if index >= 0 else len(self._items) + index
        def __getitem__(self, index):
            return self._items[self._position(index)]
        def __setitem__(self, index, value):
            self._items[self._position(index)] = value
        def __delitem__(self, index):
            position = self._position(index)
            del self._items[position]
            self._state += 1
        def __len__(self):
            return len(self._items) - self._head
        def __iter__(self):
            return _deque_iterator(self, False)
        def __reversed__(self):
            return _deque_reverse_iterator(self, True)
        def __contains__(self, item):
            self._compact()
            return item in self._items
        def __add__(self, other):
            if not isinstance(other, deque):
                raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
            result = self.copy()
            result.extend(other)
            return result
        def __iadd__(self, other):
            self.extend(other)
            return self
        def __mul__(self, count):
            if not isinstance(count, int):
                raise TypeError(f"can't multiply sequence by non-int of type '{type(count).__name__}'")
            result = self.copy()
            result *= count
            return result
        def __rmul__(self, count):
            return self.__mul__(count)
        def __imul__(self, count):
            if not isinstance(count, int):
                raise TypeError(f"can't multiply sequence by non-int of type '{type(count).__name__}'")
            if count == 1:
                return self
            self._compact()
            items = list(self._items)
            self.clear()
            for _ in range(max(count, 0)):
                self.extend(items)
            return self
        def _compared(self, other):
            self._compact()
            other._compact()
            return other._items
        def __eq__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items == self._compared(other)
        def __ne__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items != self._compared(other)
        def __lt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items < self._compared(other)
        def __le__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items <= self._compared(other)
        def __gt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items > self._compared(other)
        def __ge__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return self._items >= self._compared(other)
        __hash__ = None
        def __repr__(self):
            self._compact()
            if self._maxlen is None:
                return f'{type(self).__name__}({self._items!r})'
            return f'{type(self).__name__}({self._items!r}, maxlen={self._maxlen})'

    def _field(index):
        return property(lambda self: self._values[index])

    def namedtuple(typename, field_names, *, defaults=None):
        if isinstance(field_names, str):
            field_names = field_names.replace(',', ' ').split()
        fields = tuple(field_names)
        defaults = tuple(defaults) if defaults is not None else ()
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        class NamedTuple:
            def __init__(self, *args, **kwargs):
                values = list(args)
                if len(values) > len(fields):
                    raise TypeError(f'{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given')
                for name in fields[len(values):]:
                    if name in kwargs:
                        values.append(kwargs.pop(name))
                    elif len(fields) - len(values) <= len(defaults):
                        values.append(defaults[len(defaults) - (len(fields) - len(values))])
                    else:
                        missing = [f"'{n}'" for n in fields[len(values):] if n not in kwargs]
                        if len(missing) == 1:
                            listed = missing[0]
                        else:
                            listed = ', '.join(missing[:-1]) + ' and ' + missing[-1]
                        raise TypeError(f'{typename}.__new__() missing {len(missing)} required positional argument{"s" if len(missing) > 1 else ""}: {listed}')
                if kwargs:
                    raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{list(kwargs)[0]}'")
                self._values = tuple(values)
            def __getitem__(self, index):
                return self._values[index]
            def __iter__(self):
                return iter(self._values)
            def __len__(self):
                return len(self._values)
            def __contains__(self, item):
                return item in self._values
            def __eq__(self, other):
                if isinstance(other, tuple):
                    return self._values == tuple(other)
                return False
            def __ne__(self, other):
                return not self == other
            def __lt__(self, other):
                if not isinstance(other, tuple):
                    return NotImplemented
                return self._values < tuple(other)
            def __le__(self, other):
                if not isinstance(other, tuple):
                    return NotImplemented
                return self._values <= tuple(other)
            def __gt__(self, other):
                if not isinstance(other, tuple):
                    return NotImplemented
                return self._values > tuple(other)
            def __ge__(self, other):
                if not isinstance(other, tuple):
                    return NotImplemented
                return self._values >= tuple(other)
            def __add__(self, other):
                if not isinstance(other, tuple):
                    raise TypeError(f'can only concatenate tuple (not "{type(other).__name__}") to tuple')
                return self._values + tuple(other)
            def __radd__(self, other):
                if not isinstance(other, tuple):
                    return NotImplemented
                return tuple(other) + self._values
            def __mul__(self, count):
                return self._values * count
            def __rmul__(self, count):
                return self._values * count
            def count(self, item):
                return self._values.count(item)
            def index(self, item):
                return self._values.index(item)
            def _asdict(self):
                return dict(zip(fields, self._values))
            def _replace(self, **changes):
                values = [changes.pop(name, value) for name, value in zip(fields, self._values)]
                if changes:
                    raise ValueError(f'Got unexpected field names: {list(changes)!r}')
                return type(self)(*values)
            @classmethod
            def _make(cls, iterable):
                return cls(*iterable)
            def __repr__(self):
                return type(self).__name__ + '(' + ', '.join(f'{name}={value!r}' for name, value in zip(fields, self._values)) + ')'
        for index, name in enumerate(fields):
            setattr(NamedTuple, name, _field(index))
        NamedTuple._fields = fields
        NamedTuple.__match_args__ = fields
        NamedTuple._field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
        NamedTuple.__name__ = typename
        NamedTuple.__qualname__ = typename
        NamedTuple.__module__ = '__main__'
        __docbuild_emulate__(NamedTuple, 'tuple')
        return NamedTuple
    """#

  static let itertools = #"""
    class _Iterator:
        def __iter__(self):
            return self

    class count(_Iterator):
        def __init__(self, start=0, step=1):
            self._next = start
            self._step = step
        def __next__(self):
            value = self._next
            self._next = value + self._step
            return value
        def __repr__(self):
            return f'count({self._next!r})' if self._step == 1 else f'count({self._next!r}, {self._step!r})'

    # As CPython's: the source is read one item a call (so it may be endless, and what is not read yet stays in
    # it), each item kept for the later rounds.
    class cycle(_Iterator):
        def __init__(self, iterable):
            self._source = iter(iterable)
            self._saved = []
            self._index = 0
        def __next__(self):
            if self._source is not None:
                exhausted = False
                try:
                    value = next(self._source)
                except StopIteration:
                    exhausted = True
                if not exhausted:
                    self._saved.append(value)
                    return value
                self._source = None
            if not self._saved:
                raise StopIteration
            value = self._saved[self._index]
            self._index = (self._index + 1) % len(self._saved)
            return value

    class repeat(_Iterator):
        def __init__(self, object, times=None):
            self._object = object
            self._times = None if times is None else max(times, 0)
        def __repr__(self):
            if self._times is None:
                return f'repeat({self._object!r})'
            return f'repeat({self._object!r}, {self._times})'
        def __next__(self):
            if self._times is not None:
                if self._times <= 0:
                    raise StopIteration
                self._times -= 1
            return self._object

    class islice(_Iterator):
        def __init__(self, iterable, *args):
            if len(args) == 1:
                start, stop, step = 0, args[0], 1
            elif len(args) in (2, 3):
                start, stop = args[0], args[1]
                step = args[2] if len(args) == 3 else 1
            else:
                raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
            start = 0 if start is None else start
            step = 1 if step is None else step
            if start < 0 or (stop is not None and stop < 0):
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
            self._source = iter(iterable)
            self._position = 0
            self._next_index = start
            self._stop = stop
            self._step = step
        # As CPython's islice_next: the items before the next index are read even when the stop comes first
        # (`next(islice(it, n, n), None)` advances `it` by n), the next index never passes the stop, and an
        # exhausted islice reads its source no more.
        def __next__(self):
            if self._source is None:
                raise StopIteration
            try:
                while self._position < self._next_index:
                    next(self._source)
                    self._position += 1
                if self._stop is not None and self._position >= self._stop:
                    raise StopIteration
                value = next(self._source)
            except StopIteration:
                self._source = None
                raise
            self._position += 1
            self._next_index += self._step
            if self._stop is not None and self._next_index > self._stop:
                self._next_index = self._stop
            return value

    class chain(_Iterator):
        def __init__(self, *iterables):
            self._sources = iter(iterables)
            self._current = iter(())
        @classmethod
        def from_iterable(cls, iterables):
            result = cls()
            result._sources = iter(iterables)
            return result
        def __next__(self):
            while True:
                try:
                    return next(self._current)
                except StopIteration:
                    self._current = iter(next(self._sources))

    class accumulate(_Iterator):
        def __init__(self, iterable, func=None, *, initial=None):
            self._source = iter(iterable)
            self._func = func
            self._total = initial
            self._started = initial is not None
            self._pending_initial = initial is not None
        def __next__(self):
            if self._pending_initial:
                self._pending_initial = False
                return self._total
            value = next(self._source)
            if not self._started:
                self._started = True
                self._total = value
            elif self._func is None:
                self._total = self._total + value
            else:
                self._total = self._func(self._total, value)
            return self._total

    class starmap(_Iterator):
        def __init__(self, function, iterable):
            self._function = function
            self._source = iter(iterable)
        def __next__(self):
            return self._function(*next(self._source))

    class takewhile(_Iterator):
        def __init__(self, predicate, iterable):
            self._predicate = predicate
            self._source = iter(iterable)
            self._done = False
        def __next__(self):
            if self._done:
                raise StopIteration
            value = next(self._source)
            if self._predicate(value):
                return value
            self._done = True
            raise StopIteration

    class dropwhile(_Iterator):
        def __init__(self, predicate, iterable):
            self._predicate = predicate
            self._source = iter(iterable)
            self._dropping = True
        def __next__(self):
            while self._dropping:
                value = next(self._source)
                if not self._predicate(value):
                    self._dropping = False
                    return value
            return next(self._source)

    class filterfalse(_Iterator):
        def __init__(self, predicate, iterable):
            self._predicate = bool if predicate is None else predicate
            self._source = iter(iterable)
        def __next__(self):
            while True:
                value = next(self._source)
                if not self._predicate(value):
                    return value

    class compress(_Iterator):
        def __init__(self, data, selectors):
            self._pairs = iter(zip(data, selectors))
        def __next__(self):
            while True:
                value, keep = next(self._pairs)
                if keep:
                    return value

    class pairwise(_Iterator):
        def __init__(self, iterable):
            self._source = iter(iterable)
            self._started = False
        def __next__(self):
            if not self._started:
                self._started = True
                self._last = next(self._source)
            value = next(self._source)
            pair = (self._last, value)
            self._last = value
            return pair

    class zip_longest(_Iterator):
        def __init__(self, *iterables, fillvalue=None):
            self._sources = [iter(it) for it in iterables]
            self._active = len(self._sources)
            self._done = [False] * len(self._sources)
            self._fill = fillvalue
        def __next__(self):
            # Once every source is exhausted, so is the zip_longest.
            if self._active == 0:
                raise StopIteration
            values = []
            for index, source in enumerate(self._sources):
                if self._done[index]:
                    values.append(self._fill)
                    continue
                try:
                    values.append(next(source))
                except StopIteration:
                    self._done[index] = True
                    self._active -= 1
                    if self._active == 0:
                        raise StopIteration
                    values.append(self._fill)
            return tuple(values)

    # As CPython's groupby: the source is read lazily, and a group reads from it too, so advancing the groupby ends
    # the group it returned before (`list(groupby(...))` keeps only empty groups). Keys compare as CPython's do,
    # equal or the same object (`is` asked only of unequal keys, where snippets can tell).
    class groupby(_Iterator):
        def __init__(self, iterable, key=None):
            self._source = iter(iterable)
            self._key = key
            # The item read and not yet handed out (and its key), and the key of the group handed out last.
            self._has_current = False
            self._current_value = None
            self._current_key = None
            self._has_target = False
            self._target = None
            self._group = None
        def _read(self):
            value = next(self._source)
            self._current_key = value if self._key is None else self._key(value)
            self._current_value = value
            self._has_current = True
        def __next__(self):
            self._group = None
            while not self._has_current or (self._has_target and (
                    self._target == self._current_key or self._target is self._current_key)):
                self._read()
            self._target = self._current_key
            self._has_target = True
            self._group = _grouper(self, self._target)
            return (self._current_key, self._group)

    class _grouper(_Iterator):
        def __init__(self, parent, key):
            self._parent = parent
            self._key = key
        def __next__(self):
            parent = self._parent
            if parent._group is not self:
                raise StopIteration
            if not parent._has_current:
                parent._read()
            if not (self._key == parent._current_key or self._key is parent._current_key):
                raise StopIteration
            value = parent._current_value
            parent._has_current = False
            parent._current_value = None
            parent._current_key = None
            return value

    # The index-based generators below make their tuples one call at a time, as CPython's do (their pools are read
    # whole when they are made, as CPython reads them).
    class product(_Iterator):
        def __init__(self, *iterables, repeat=1):
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
            self._pools = [tuple(pool) for pool in iterables] * repeat
            self._indices = [0] * len(self._pools)
            self._started = False
            self._done = any(len(pool) == 0 for pool in self._pools)
        def __next__(self):
            if self._done:
                raise StopIteration
            pools = self._pools
            indices = self._indices
            if self._started:
                position = len(pools) - 1
                while position >= 0:
                    indices[position] += 1
                    if indices[position] < len(pools[position]):
                        break
                    indices[position] = 0
                    position -= 1
                if position < 0:
                    self._done = True
                    raise StopIteration
            self._started = True
            return tuple(pool[index] for pool, index in zip(pools, indices))

    class permutations(_Iterator):
        def __init__(self, iterable, r=None):
            self._pool = tuple(iterable)
            size = len(self._pool)
            r = size if r is None else r
            if r < 0:
                raise ValueError('r must be non-negative')
            self._r = r
            self._indices = list(range(size))
            self._cycles = list(range(size, size - r, -1))
            self._started = False
            self._done = r > size
        def __next__(self):
            if self._done:
                raise StopIteration
            pool = self._pool
            size = len(pool)
            r = self._r
            if not self._started:
                self._started = True
                return tuple(pool[index] for index in self._indices[:r])
            cycles = self._cycles
            for position in reversed(range(r)):
                cycles[position] -= 1
                if cycles[position] == 0:
                    indices = self._indices
                    self._indices = indices[:position] + indices[position + 1:] + indices[position:position + 1]
                    cycles[position] = size - position
                else:
                    indices = self._indices
                    other = len(indices) - cycles[position]
                    indices[position], indices[other] = indices[other], indices[position]
                    return tuple(pool[index] for index in indices[:r])
            self._done = True
            raise StopIteration

    class combinations(_Iterator):
        def __init__(self, iterable, r):
            self._pool = tuple(iterable)
            if r < 0:
                raise ValueError('r must be non-negative')
            self._r = r
            self._indices = list(range(r))
            self._started = False
            self._done = r > len(self._pool)
        def __next__(self):
            if self._done:
                raise StopIteration
            pool = self._pool
            r = self._r
            indices = self._indices
            if self._started:
                position = r - 1
                while position >= 0 and indices[position] == position + len(pool) - r:
                    position -= 1
                if position < 0:
                    self._done = True
                    raise StopIteration
                indices[position] += 1
                for later in range(position + 1, r):
                    indices[later] = indices[later - 1] + 1
            self._started = True
            return tuple(pool[index] for index in indices)

    class combinations_with_replacement(_Iterator):
        def __init__(self, iterable, r):
            self._pool = tuple(iterable)
            if r < 0:
                raise ValueError('r must be non-negative')
            self._r = r
            self._indices = [0] * r
            self._started = False
            self._done = not self._pool and r > 0
        def __next__(self):
            if self._done:
                raise StopIteration
            pool = self._pool
            r = self._r
            if self._started:
                position = r - 1
                while position >= 0 and self._indices[position] == len(pool) - 1:
                    position -= 1
                if position < 0:
                    self._done = True
                    raise StopIteration
                self._indices = self._indices[:position] + [self._indices[position] + 1] * (r - position)
            self._started = True
            return tuple(pool[index] for index in self._indices)

    # tee's iterators share one buffer that reads the source only as far as the furthest of them has gone, as
    # CPython's do (what no iterator has asked for yet stays in the source).
    class _tee_dataobject:
        def __init__(self, source):
            self.source = source
            self.items = []

    class _tee(_Iterator):
        def __init__(self, data, position=0):
            self._data = data
            self._position = position
        def __next__(self):
            data = self._data
            if self._position == len(data.items):
                data.items.append(next(data.source))
            value = data.items[self._position]
            self._position += 1
            return value
        def __copy__(self):
            return _tee(self._data, self._position)

    def tee(iterable, n=2):
        if n < 0:
            raise ValueError('n must be >= 0')
        if n == 0:
            return ()
        source = iter(iterable)
        # A tee iterator is teed by copying it (the first result is that same iterator), as CPython does.
        first = source if type(source) is _tee else _tee(_tee_dataobject(source))
        return (first,) + tuple(first.__copy__() for _ in range(n - 1))
    """#

  static let functools = #"""
    def reduce(function, iterable, *initial):
        if len(initial) > 1:
            raise TypeError(f'reduce expected at most 3 arguments, got {len(initial) + 2}')
        items = iter(iterable)
        if initial:
            value = initial[0]
        else:
            empty = False
            try:
                value = next(items)
            except StopIteration:
                empty = True
            if empty:
                raise TypeError('reduce() of empty iterable with no initial value')
        for element in items:
            value = function(value, element)
        return value

    class partial:
        def __init__(self, func, *args, **keywords):
            if not callable(func):
                raise TypeError('the first argument must be callable')
            self.func = func
            self.args = args
            self.keywords = keywords
        def __call__(self, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(*self.args, *args, **merged)

    class _CacheWrapper:
        def __init__(self, function, maxsize):
            self.__wrapped__ = function
            self._maxsize = maxsize
            self._cache = {}
            self._hits = 0
            self._misses = 0
            self.__name__ = function.__name__
        def __call__(self, *args, **kwargs):
            # CPython's key: a lone int or str argument itself, so f(1) and f(1.0) are two entries (f(True) and
            # f(1.0) one).
            if kwargs:
                key = (args, tuple(kwargs.items()))
            elif len(args) == 1 and type(args[0]) in (int, str):
                key = args[0]
            else:
                key = args
            if key in self._cache:
                self._hits += 1
                value = self._cache[key]
                if self._maxsize is not None:
                    del self._cache[key]
                    self._cache[key] = value
                return value
            self._misses += 1
            value = self.__wrapped__(*args, **kwargs)
            if self._maxsize is not None and self._maxsize <= 0:
                return value
            self._cache[key] = value
            if self._maxsize is not None and len(self._cache) > self._maxsize:
                del self._cache[next(iter(self._cache))]
            return value
        def cache_clear(self):
            self._cache = {}
            self._hits = 0
            self._misses = 0
        def cache_info(self):
            from collections import namedtuple
            info = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
            return info(self._hits, self._misses, self._maxsize, len(self._cache))
        def cache_parameters(self):
            return {'maxsize': self._maxsize, 'typed': False}

    def lru_cache(maxsize=128, typed=False):
        if callable(maxsize) and not isinstance(maxsize, bool):
            return _CacheWrapper(maxsize, 128)
        if typed:
            __docbuild_refuse__('lru_cache(typed=True) is not supported in snippets: its keys tell 1 from 1.0')
        if isinstance(maxsize, int) and maxsize < 0:
            maxsize = 0
        def decorating(function):
            return _CacheWrapper(function, maxsize)
        return decorating

    def cache(function):
        return _CacheWrapper(function, None)

    def wraps(wrapped, assigned=None, updated=None):
        if assigned is not None or updated is not None:
            __docbuild_refuse__('functools.wraps with assigned= or updated= is not supported in snippets')
        def decorating(wrapper):
            wrapper.__name__ = wrapped.__name__
            wrapper.__qualname__ = wrapped.__qualname__
            wrapper.__doc__ = wrapped.__doc__
            # What update_wrapper copies from the wrapped function's __dict__ (its own attributes).
            for name, value in __docbuild_function_dict__(wrapped):
                setattr(wrapper, name, value)
            wrapper.__wrapped__ = wrapped
            return wrapper
        return decorating

    class _UnkeptAnnotations:
        # A function's __annotations__, which snippets do not keep: update_wrapper copies this stand-in in its place,
        # and any use of it is refused.
        def _refuse(self, *args, **kwargs):
            __docbuild_refuse__("a function's __annotations__ (which functools.update_wrapper copies) is not part of "
                                "the snippet language (Python has it)")
        __repr__ = __str__ = __getitem__ = __iter__ = __len__ = __contains__ = __eq__ = __ne__ = __bool__ = _refuse
        __hash__ = _refuse
        def __getattr__(self, name):
            self._refuse()

    def update_wrapper(wrapper, wrapped, assigned=None, updated=None):
        if assigned is not None or updated is not None:
            __docbuild_refuse__('functools.update_wrapper with assigned= or updated= is not supported in snippets')
        if type(wrapped).__name__ != 'function':
            __docbuild_refuse__('functools.update_wrapper of anything but a function is not supported in snippets')
        if type(wrapper).__name__ == 'function':
            return wraps(wrapped)(wrapper)
        # An object (a descriptor class's instance, `lazy_property`): what CPython's WRAPPER_ASSIGNMENTS copy, in
        # their order, then the function's own attributes and __wrapped__.
        for name in ('__module__', '__name__', '__qualname__', '__doc__'):
            setattr(wrapper, name, getattr(wrapped, name))
        wrapper.__annotations__ = _UnkeptAnnotations()
        for name, value in __docbuild_function_dict__(wrapped):
            setattr(wrapper, name, value)
        wrapper.__wrapped__ = wrapped
        return wrapper

    # singledispatch, after CPython 3.11's functools: a registry of classes, searched along the argument's class's
    # method resolution order. Abstract base classes (collections.abc's), which CPython fits into that order from
    # what each class registers with them, are refused, as is dispatching on a class whose order snippets lack.
    class _RegistryProxy:
        # types.MappingProxyType over the registry: a read-only view that shows later registrations.
        def __init__(self, mapping):
            self._mapping = mapping
        def __repr__(self):
            return 'mappingproxy(' + repr(self._mapping) + ')'
        def __getitem__(self, key):
            return self._mapping[key]
        def __iter__(self):
            return iter(self._mapping)
        def __len__(self):
            return len(self._mapping)
        def __contains__(self, key):
            return key in self._mapping
        def __eq__(self, other):
            return self._mapping == other
        def keys(self):
            return self._mapping.keys()
        def values(self):
            return self._mapping.values()
        def items(self):
            return self._mapping.items()
        def get(self, key, default=None):
            return self._mapping.get(key, default)
        def copy(self):
            return self._mapping.copy()

    _RegistryProxy.__name__ = 'mappingproxy'
    _RegistryProxy.__qualname__ = 'mappingproxy'

    _PLAIN_CLASSES = (int, float, complex, str, list, tuple, dict, set, frozenset, type(None), range, slice, type)

    def _refuse_dispatch(what):
        __docbuild_refuse__(f'functools.singledispatch {what} is not part of the snippet language (Python has it)')

    def _is_abstract(cls):
        return __docbuild_module_of__(cls) == 'abc' and type(cls).__name__ == 'ABCMeta'

    def _is_union(cls):
        return __docbuild_module_of__(cls) == 'typing' and type(cls).__name__ == '_UnionGenericAlias'

    def _dispatch_order(cls):
        # CPython's cls.__mro__, which is the order singledispatch searches when no abstract class is registered.
        if cls is bool:
            return (bool, int, object)
        if cls is object:
            return (object,)
        if cls in _PLAIN_CLASSES:
            return (cls, object)
        order = getattr(cls, '__mro__', None)
        if order is None:
            _refuse_dispatch(f'on the class {cls!r}')
        return order

    def singledispatch(func):
        registry = {}

        def dispatch(cls):
            for base in _dispatch_order(cls):
                if base in registry:
                    return registry[base]
            return registry[object]

        def is_valid_dispatch_type(cls):
            if _is_abstract(cls):
                _refuse_dispatch('with an abstract base class of collections.abc')
            if isinstance(cls, type):
                return True
            if _is_union(cls):
                for arg in cls.__args__:
                    if _is_abstract(arg):
                        _refuse_dispatch('with an abstract base class of collections.abc')
                return all(isinstance(arg, type) for arg in cls.__args__)
            return False

        def register(cls, func=None):
            classes = None
            if is_valid_dispatch_type(cls):
                if func is None:
                    return lambda f: register(cls, f)
            else:
                if func is not None:
                    raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
                found = __docbuild_dispatch_annotation__(cls)
                if found is None:
                    raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either '
                                    '`@register(some_class)` or plain `@register` on an annotated function.')
                if found is False:
                    _refuse_dispatch('register() by an annotation other than classes joined by |')
                func = cls
                argname, classes = found
                if len(classes) == 1:
                    cls = classes[0]
                    classes = None
                    if not is_valid_dispatch_type(cls):
                        if _is_union(cls):
                            raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} not all arguments are '
                                            'classes.')
                        raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
                else:
                    for each in classes:
                        if not is_valid_dispatch_type(each):
                            _refuse_dispatch(f'register() by an annotation joining {each!r} with |')
            if classes is None and _is_union(cls):
                classes = cls.__args__
            if classes is None:
                registry[cls] = func
            else:
                for each in classes:
                    registry[each] = func
            return func

        def wrapper(*args, **kw):
            if not args:
                raise TypeError(f'{funcname} requires at least 1 positional argument')
            return dispatch(type(args[0]))(*args, **kw)

        def _clear_cache():
            pass

        funcname = getattr(func, '__name__', 'singledispatch function')
        registry[object] = func
        wrapper.register = register
        wrapper.dispatch = dispatch
        wrapper.registry = _RegistryProxy(registry)
        wrapper._clear_cache = _clear_cache
        return wraps(func)(wrapper)

    # total_ordering's methods, as CPython 3.11's functools writes them: each derives one comparison from the class's
    # root comparison and == or !=, passing NotImplemented on.
    def _gt_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other

    def _le_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other

    def _ge_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _ge_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other

    def _lt_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other

    def _gt_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _lt_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other

    def _ge_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other

    def _le_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _le_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other

    def _gt_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other

    def _lt_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    _convert = {
        '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
        '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
        '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
        '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
    }

    _NOT_FOUND = object()

    class cached_property:
        # After CPython 3.11's functools.cached_property: a non-data descriptor that computes the value once per
        # instance and keeps it in the instance's __dict__, which a later lookup finds first.
        def __init__(self, func):
            self.func = func
            self.attrname = None
        def __set_name__(self, owner, name):
            if self.attrname is None:
                self.attrname = name
            elif name != self.attrname:
                raise TypeError('Cannot assign the same cached_property to two different names '
                                f'({self.attrname!r} and {name!r}).')
        def __get__(self, instance, owner=None):
            if instance is None:
                return self
            if self.attrname is None:
                raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
            try:
                cache = instance.__dict__
            except AttributeError:
                raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} instance to cache "
                                f"{self.attrname!r} property.")
            value = cache.get(self.attrname, _NOT_FOUND)
            if value is _NOT_FOUND:
                value = self.func(instance)
                cache[self.attrname] = value
            return value
        def __repr__(self):
            __docbuild_refuse__('a functools.cached_property prints with its address (<functools.cached_property '
                                'object at 0x…>), which differs on every run')

    def total_ordering(cls):
        if not isinstance(cls, type) or cls in (int, float, complex, str, bool, list, dict, set, frozenset, tuple,
                                                bytes, object, type):
            __docbuild_refuse__('functools.total_ordering of anything but a snippet class is not supported in snippets')
        # The comparisons a class of the snippet (or a base) defines; object's own never count.
        roots = {op for op in _convert if __docbuild_defines__(cls, op)}
        if not roots:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(roots)
        for opname, opfunc in _convert[root]:
            if opname not in roots:
                opfunc.__name__ = opname
                setattr(cls, opname, opfunc)
        return cls

    def cmp_to_key(mycmp):
        class K:
            def __init__(self, obj):
                self.obj = obj
            def __lt__(self, other):
                return mycmp(self.obj, other.obj) < 0
            def __gt__(self, other):
                return mycmp(self.obj, other.obj) > 0
            def __eq__(self, other):
                return mycmp(self.obj, other.obj) == 0
            def __le__(self, other):
                return mycmp(self.obj, other.obj) <= 0
            def __ge__(self, other):
                return mycmp(self.obj, other.obj) >= 0
        return K
    """#

  static let `operator` = #"""
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    def mul(a, b):
        return a * b
    def truediv(a, b):
        return a / b
    def floordiv(a, b):
        return a // b
    def mod(a, b):
        return a % b
    def pow(a, b):
        return a ** b
    def matmul(a, b):
        return a @ b
    def neg(a):
        return -a
    def pos(a):
        return +a
    def eq(a, b):
        return a == b
    def ne(a, b):
        return a != b
    def lt(a, b):
        return a < b
    def le(a, b):
        return a <= b
    def gt(a, b):
        return a > b
    def ge(a, b):
        return a >= b
    def not_(a):
        return not a
    def index(a):
        # `a.__index__()`: range takes its bound as CPython's index does (ints, bools, NumPy's integers; the
        # TypeError "'float' object cannot be interpreted as an integer" for others).
        return range(a).stop
    def truth(a):
        return bool(a)
    def is_(a, b):
        return a is b
    def is_not(a, b):
        return a is not b
    def contains(a, b):
        return b in a
    def getitem(a, b):
        return a[b]
    # CPython's C concat calls the first operand's sequence concatenation, never the second's __radd__: exact for the
    # builtin operands below, whose `+` raises the same TypeError; refused for any other.
    _CONCATENATED = (list, tuple, str, bytes, bytearray)
    _BUILTIN_OPERANDS = _CONCATENATED + (int, float, complex, bool, dict, set, frozenset, type(None))
    def concat(a, b):
        if type(a) not in _BUILTIN_OPERANDS or type(b) not in _BUILTIN_OPERANDS:
            __docbuild_refuse__(
                f'operator.concat of {type(a).__name__} and {type(b).__name__} is not supported in snippets: '
                + 'concatenate builtin lists, tuples, strings or bytes')
        if type(a) not in _CONCATENATED:
            raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
        return a + b
    def countOf(a, b):
        return sum(1 for item in a if item is b or item == b)
    def indexOf(a, b):
        for index, item in enumerate(a):
            if item is b or item == b:
                return index
        raise ValueError('sequence.index(x): x not in sequence')

    class itemgetter:
        def __init__(self, item, *items):
            self._items = (item,) + items
        def __call__(self, obj):
            if len(self._items) == 1:
                return obj[self._items[0]]
            return tuple(obj[item] for item in self._items)

    class attrgetter:
        def __init__(self, attr, *attrs):
            self._attrs = (attr,) + attrs
        def _resolve(self, obj, attr):
            for name in attr.split('.'):
                obj = getattr(obj, name)
            return obj
        def __call__(self, obj):
            if len(self._attrs) == 1:
                return self._resolve(obj, self._attrs[0])
            return tuple(self._resolve(obj, attr) for attr in self._attrs)

    class methodcaller:
        def __init__(self, name, *args, **kwargs):
            self._name = name
            self._args = args
            self._kwargs = kwargs
        def __call__(self, obj):
            return getattr(obj, self._name)(*self._args, **self._kwargs)
    """#

  /// `sys`'s constants that describe the language rather than the process (`np.set_printoptions(threshold=sys.maxsize)`
  /// is in NumPy's own guides); `argv`, `path`, `stdout` and the rest are refused by name (PythonNames).
  static let sys = #"""
    maxsize = 9223372036854775807
    maxunicode = 1114111
    byteorder = 'little'

    class version_info:
        # CPython 3.11's (3, 11, micro, 'final', 0) as far as every 3.11 release agrees: the major and minor version,
        # and comparisons with tuples that those decide (`sys.version_info >= (3, 7)`, as notebooks assert). The
        # patch release differs between 3.11 installations, so what would show it is refused.
        major = 3
        minor = 11
        def _refuse(self, what):
            __docbuild_refuse__(
                what + ' is not supported in snippets: it shows the patch release of CPython 3.11, which differs '
                'between installations; compare sys.version_info[:2] or .major and .minor instead')
        def __repr__(self):
            self._refuse('the repr of sys.version_info')
        def __len__(self):
            return 5
        def __getitem__(self, index):
            if type(index) is slice:
                positions = range(5)[index]
                if all(position < 2 for position in positions):
                    return tuple((3, 11)[position] for position in positions)
            elif type(index) is int and -5 <= index < 5:
                if index % 5 < 2:
                    return (3, 11)[index % 5]
            elif type(index) is not int:
                raise TypeError('tuple indices must be integers or slices, not ' + type(index).__name__)
            else:
                raise IndexError('tuple index out of range')
            self._refuse('this item of sys.version_info')
        micro = property(lambda self: self._refuse('sys.version_info.micro'))
        releaselevel = property(lambda self: self._refuse('sys.version_info.releaselevel'))
        serial = property(lambda self: self._refuse('sys.version_info.serial'))
        n_fields = 5
        n_sequence_fields = 5
        n_unnamed_fields = 0
        def count(self, value):
            self._refuse('sys.version_info.count')
        def index(self, value, start=0, stop=9223372036854775807):
            self._refuse('sys.version_info.index')
        def _order(self, other):
            # -1, 0 or 1 as the tuple comparison of (3, 11, micro, ...) with `other`, where the first two items or
            # `other`'s length decide it; NotImplemented for what is not a tuple.
            if type(other) is not tuple:
                return NotImplemented
            for known, item in zip((3, 11), other):
                if known != item:
                    if type(item) not in (int, float, bool):
                        self._refuse('comparing sys.version_info with a tuple of other items than numbers')
                    return -1 if known < item else 1
            if len(other) <= 2:
                return 1
            self._refuse('comparing sys.version_info with a tuple of three or more items')
        def __eq__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order == 0
        def __ne__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order != 0
        def __lt__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order < 0
        def __le__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order <= 0
        def __gt__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order > 0
        def __ge__(self, other):
            order = self._order(other)
            return order if order is NotImplemented else order >= 0

    __docbuild_emulate__(version_info, 'tuple')
    version_info = version_info()

    def getsizeof(obj, default=None):
        # NumPy's array_sizeof: the ndarray object (96 bytes on 64-bit CPython 3.11), its shape and strides (16 bytes
        # a dimension) and, when it owns its memory, the data. Other objects' sizes are CPython's and NumPy's
        # layouts, refused.
        import numpy
        if type(obj) is not numpy.ndarray:
            __docbuild_refuse__(f'sys.getsizeof of a {type(obj).__name__} is not supported in snippets: only of a '
                                'NumPy array, whose size NumPy reckons from its dimensions and data')
        return 96 + 16 * obj.ndim + (obj.nbytes if obj.base is None else 0)

    class _hexversion:
        # CPython 3.11's sys.hexversion, 0x030B00F0 to 0x030BFFF0 by patch release: a comparison with an int outside
        # that range is the same on every 3.11 (`sys.hexversion >= 0x030700F0`), what would show the number is refused.
        _LOW = 0x030B00F0
        _HIGH = 0x030BFFF0
        def _refuse(self, what):
            __docbuild_refuse__(
                what + ' is not supported in snippets: sys.hexversion holds the patch release of CPython 3.11, which '
                'differs between installations; compare it with a constant or use sys.version_info[:2]')
        def _decided(self, other, below, above, name):
            if other is self:
                return name in ('<=', '>=', '==')
            if type(other) is not int:
                self._refuse('comparing sys.hexversion with a ' + type(other).__name__)
            if other < self._LOW:
                return below
            if other > self._HIGH:
                return above
            self._refuse('sys.hexversion ' + name + ' ' + hex(other))
        def __lt__(self, other):
            return self._decided(other, False, True, '<')
        def __le__(self, other):
            return self._decided(other, False, True, '<=')
        def __gt__(self, other):
            return self._decided(other, True, False, '>')
        def __ge__(self, other):
            return self._decided(other, True, False, '>=')
        def __eq__(self, other):
            return self._decided(other, False, False, '==')
        def __ne__(self, other):
            return self._decided(other, True, True, '!=')
        def __repr__(self):
            self._refuse('the value of sys.hexversion')
        def __index__(self):
            self._refuse('the value of sys.hexversion')
        def __int__(self):
            self._refuse('the value of sys.hexversion')
        def __bool__(self):
            return True
        def __getattr__(self, name):
            self._refuse('sys.hexversion.' + name)
        def _arithmetic(self, *other):
            self._refuse('arithmetic on sys.hexversion')
        __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __floordiv__ = __rfloordiv__ = _arithmetic
        __truediv__ = __rtruediv__ = __mod__ = __rmod__ = __rshift__ = __rrshift__ = __lshift__ = _arithmetic
        __rlshift__ = __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = __neg__ = __abs__ = _arithmetic
        def __format__(self, spec):
            self._refuse('the value of sys.hexversion')

    hexversion = _hexversion()

    class float_info:
        # IEEE 754 binary64's parameters, which every machine CPython and docbuild run on shares (CPython's
        # structseq: a tuple of eleven items with names).
        _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon',
                   'radix', 'rounds')
        _values = (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                   2.220446049250313e-16, 2, 1)
        max, max_exp, max_10_exp, min, min_exp, min_10_exp, dig, mant_dig, epsilon, radix, rounds = _values
        n_fields = n_sequence_fields = 11
        n_unnamed_fields = 0
        def __repr__(self):
            return 'sys.float_info(' + ', '.join(
                name + '=' + repr(value) for name, value in zip(self._fields, self._values)) + ')'
        def __len__(self):
            return 11
        def __getitem__(self, index):
            return self._values[index]
        def __iter__(self):
            return iter(self._values)
        def __contains__(self, item):
            return item in self._values
        def __eq__(self, other):
            return self._values == other
        def __ne__(self, other):
            return self._values != other
        def __lt__(self, other):
            return self._values < tuple(other) if isinstance(other, tuple) else NotImplemented
        def __le__(self, other):
            return self._values <= tuple(other) if isinstance(other, tuple) else NotImplemented
        def __gt__(self, other):
            return self._values > tuple(other) if isinstance(other, tuple) else NotImplemented
        def __ge__(self, other):
            return self._values >= tuple(other) if isinstance(other, tuple) else NotImplemented
        def __add__(self, other):
            return self._values + other
        def __radd__(self, other):
            return tuple(other) + self._values if isinstance(other, tuple) else NotImplemented
        def __mul__(self, count):
            return self._values * count
        def __rmul__(self, count):
            return count * self._values
        def count(self, item):
            return self._values.count(item)
        def index(self, item):
            return self._values.index(item)
        def __hash__(self):
            return hash(self._values)

    __docbuild_emulate__(float_info, 'tuple')
    float_info = float_info()

    def _one_argument(method, arguments, keywords):
        if keywords:
            raise TypeError(f'list.{method}() takes no keyword arguments')
        if len(arguments) != 1:
            raise TypeError(f'list.{method}() takes exactly one argument ({len(arguments)} given)')

    class _search_path:
        # CPython's sys.path, a list of this installation's directories: what shows them differs between
        # installations and is refused. The entries a chapter adds are known, and the installation's are absolute
        # (or '', the current directory), so whether a relative directory is in it is known too: notebooks write
        # `if "../" not in sys.path: sys.path.append("../")` before importing their own helpers.
        # A class attribute: instances of the sys module's classes take no attribute assignments (CPython's are C
        # objects), and there is only the one.
        _added = []
        def _refuse(self, what):
            __docbuild_refuse__(
                what + ' is not supported in snippets: sys.path holds the directories of the CPython installation, '
                'which differ between installations; only adding a directory and asking whether a relative one '
                'was added are')
        # list's methods take positional arguments only, with their own errors for another count.
        def append(self, *directory, **keywords):
            _one_argument('append', directory, keywords)
            self._added.append(directory[0])
        def insert(self, *arguments, **keywords):
            if keywords:
                raise TypeError('list.insert() takes no keyword arguments')
            if len(arguments) != 2:
                raise TypeError(f'insert expected 2 arguments, got {len(arguments)}')
            index, directory = arguments
            if type(index) is not int:
                self._refuse('sys.path.insert with a ' + type(index).__name__ + ' index')
            self._added.append(directory)
        def extend(self, *directories, **keywords):
            _one_argument('extend', directories, keywords)
            if type(directories[0]) not in (list, tuple):
                self._refuse('sys.path.extend with a ' + type(directories[0]).__name__)
            self._added.extend(directories[0])
        def __contains__(self, directory):
            if type(directory) is not str or directory == '' or directory.startswith('/'):
                self._refuse('asking whether sys.path holds ' + ('a ' + type(directory).__name__
                             if type(directory) is not str else 'an absolute directory or the current one'))
            return directory in self._added
        def __bool__(self):
            return True
        def __repr__(self):
            self._refuse('the value of sys.path')
        def __len__(self):
            self._refuse('len(sys.path)')
        def __iter__(self):
            self._refuse('iterating over sys.path')
        def __getitem__(self, index):
            self._refuse('an item of sys.path')
        def __setitem__(self, index, value):
            self._refuse('assigning an item of sys.path')
        def __delitem__(self, index):
            self._refuse('deleting an item of sys.path')
        def __hash__(self):
            raise TypeError("unhashable type: 'list'")
        def __copy__(self):
            self._refuse('copying sys.path')
        def __deepcopy__(self, memo):
            self._refuse('copying sys.path')
        def __format__(self, spec):
            self._refuse('the value of sys.path')
        def __getattr__(self, name):
            self._refuse('sys.path.' + name)
        def _compare(self, *other):
            self._refuse('comparing or combining sys.path')
        __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _compare
        __add__ = __radd__ = __iadd__ = __mul__ = __rmul__ = __imul__ = _compare

    __docbuild_emulate__(_search_path, 'list')
    path = _search_path()
    """#

  static let string = #"""
    whitespace = ' \t\n\r\x0b\x0c'
    ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
    ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    ascii_letters = ascii_lowercase + ascii_uppercase
    digits = '0123456789'
    hexdigits = digits + 'abcdef' + 'ABCDEF'
    octdigits = '01234567'
    punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
    printable = digits + ascii_letters + punctuation + whitespace

    def capwords(s, sep=None):
        return (sep or ' ').join(word.capitalize() for word in s.split(sep))

    # string.Template without its regular expression: the same placeholders found in the same order (an escaped
    # delimiter, `$name`, `${name}` with an ASCII identifier, else an invalid one), and CPython 3.11's messages. A
    # subclass may change the delimiter; one that changes the pattern is refused.
    _IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
    _ID_START = '_' + ascii_letters
    _ID_REST = _ID_START + digits
    _NO_MAPPING = {}

    class _ChainedLookup:
        def __init__(self, first, second):
            self._first = first
            self._second = second
        def __getitem__(self, key):
            if key in self._first:
                return self._first[key]
            return self._second[key]

    class Template:
        delimiter = '$'
        idpattern = _IDPATTERN
        braceidpattern = None

        @property
        def pattern(self):
            __docbuild_refuse__('string.Template.pattern is not part of the snippet language (Python has it)')

        @property
        def flags(self):
            __docbuild_refuse__('string.Template.flags is not part of the snippet language (Python has it)')

        def __init__(self, template):
            kind = type(self)
            if (kind.idpattern != _IDPATTERN or kind.braceidpattern is not None
                    or type(kind.pattern) is not property or type(kind.flags) is not property):
                __docbuild_refuse__(
                    'a string.Template subclass with its own pattern, idpattern, braceidpattern or flags is not '
                    + 'supported in snippets: only its delimiter may change')
            self.template = template

        def _placeholders(self):
            # (start, end, kind, name) of each placeholder; kind is 'escaped', 'named', 'braced' or 'invalid'.
            text = self.template
            delimiter = self.delimiter
            size = len(delimiter)
            found = []
            index = 0
            while size:
                index = text.find(delimiter, index)
                if index < 0:
                    break
                after = index + size
                if text.startswith(delimiter, after):
                    found.append((index, after + size, 'escaped', None))
                    index = after + size
                    continue
                end = after
                if end < len(text) and text[end] in _ID_START:
                    end += 1
                    while end < len(text) and text[end] in _ID_REST:
                        end += 1
                    found.append((index, end, 'named', text[after:end]))
                    index = end
                    continue
                if text.startswith('{', after) and after + 1 < len(text) and text[after + 1] in _ID_START:
                    end = after + 2
                    while end < len(text) and text[end] in _ID_REST:
                        end += 1
                    if text.startswith('}', end):
                        found.append((index, end + 1, 'braced', text[after + 1:end]))
                        index = end + 1
                        continue
                found.append((index, after, 'invalid', None))
                index = after
            return found

        def _invalid(self, start):
            lines = self.template[:start].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = start - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

        def _replace(self, name, arguments, kws, safe):
            if len(arguments) > 1:
                raise TypeError(
                    f'Template.{name}() takes from 1 to 2 positional arguments but {len(arguments) + 1} were given')
            mapping = arguments[0] if arguments else _NO_MAPPING
            if mapping is _NO_MAPPING:
                lookup = kws
            elif kws:
                lookup = _ChainedLookup(kws, mapping)
            else:
                lookup = mapping
            pieces = []
            last = 0
            for start, end, kind, key in self._placeholders():
                pieces.append(self.template[last:start])
                last = end
                if kind == 'escaped':
                    pieces.append(self.delimiter)
                elif kind == 'invalid':
                    if not safe:
                        self._invalid(start + len(self.delimiter))
                    pieces.append(self.template[start:end])
                elif safe:
                    try:
                        pieces.append(str(lookup[key]))
                    except KeyError:
                        pieces.append(self.template[start:end])
                else:
                    pieces.append(str(lookup[key]))
            pieces.append(self.template[last:])
            return ''.join(pieces)

        def substitute(self, *arguments, **kws):
            return self._replace('substitute', arguments, kws, False)

        def safe_substitute(self, *arguments, **kws):
            return self._replace('safe_substitute', arguments, kws, True)

        def is_valid(self):
            return all(kind != 'invalid' for _, _, kind, _ in self._placeholders())

        def get_identifiers(self):
            ids = []
            for _, _, kind, key in self._placeholders():
                if key is not None and key not in ids:
                    ids.append(key)
            return ids
    """#

  /// `typing`, after CPython 3.11's Lib/typing.py where snippets meet it: its aliases print, compare and subscript as
  /// CPython's do (a Union flattened and deduplicated, None shown as NoneType, a string as a ForwardRef); what the
  /// model leaves out (a wrong number of arguments, a TypeVar substituted, a non-builtin class shown) is refused.
  static let typing = #"""
    _NoneType = type(None)
    _BUILTINS = (int, float, complex, str, bool, list, dict, set, frozenset, tuple, bytes, object, type, _NoneType)

    def _refuse(what):
        __docbuild_refuse__(f'{what} is not part of the snippet language (Python has it)')

    class ForwardRef:
        def __init__(self, arg):
            self.__forward_arg__ = arg
        def __repr__(self):
            return f'ForwardRef({self.__forward_arg__!r})'
        def __eq__(self, other):
            return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    class TypeVar:
        def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
            self.__name__ = name
            self._prefix = '+' if covariant else '-' if contravariant else '~'
        def __repr__(self):
            return self._prefix + self.__name__

    class _AnyMeta:
        def __init__(self):
            self.__name__ = 'Any'
        def __repr__(self):
            return 'typing.Any'
        def __getitem__(self, params):
            _refuse('typing.Any[...]')
        def __call__(self, *args):
            _refuse('typing.Any()')

    def _is_form(value):
        return isinstance(value, (_Alias, TypeVar, ForwardRef, _AnyMeta))

    def _check(arg, form):
        if arg is None:
            return _NoneType
        if isinstance(arg, str):
            return ForwardRef(arg)
        if _is_form(arg) or isinstance(arg, type):
            return arg
        _refuse(f'{form}[...] of {type(arg).__name__} values')

    def _type_repr(value):
        if _is_form(value):
            return repr(value)
        if value is ...:
            return '...'
        if isinstance(value, list):
            return '[' + ', '.join(_type_repr(item) for item in value) + ']'
        for builtin in _BUILTINS:
            if value is builtin:
                return value.__name__
        _refuse(f'typing showing the class {value.__name__}')

    class _Alias:
        def __repr__(self):
            return 'typing.' + self.__name__

    class _SpecialForm(_Alias):
        def __init__(self, name):
            self.__name__ = name
        def __getitem__(self, params):
            if not isinstance(params, tuple):
                params = (params,)
            if self.__name__ == 'Optional':
                if len(params) != 1:
                    _refuse('typing.Optional of several types')
                return _union((params[0], None))
            if self.__name__ == 'Union' and params:
                return _union(params)
            _refuse(f'typing.{self.__name__}[...]')
        def __call__(self, *args, **kwargs):
            _refuse(f'typing.{self.__name__}()')

    def _union(params):
        flat = []
        for param in params:
            param = _check(param, 'typing.Union')
            for item in param.__args__ if isinstance(param, _UnionGenericAlias) else (param,):
                if not any(item is seen or (_is_form(item) and item == seen) for seen in flat):
                    flat.append(item)
        if len(flat) == 1:
            return flat[0]
        return _UnionGenericAlias(tuple(flat))

    class _SpecialGenericAlias(_Alias):
        def __init__(self, name, origin, arity):
            self.__name__ = name
            self._origin = origin
            self._arity = arity
        @property
        def __origin__(self):
            if isinstance(self._origin, str):
                _refuse(f'typing.{self.__name__}.__origin__')
            return self._origin
        def __getitem__(self, params):
            if not isinstance(params, tuple):
                params = (params,)
            if len(params) != self._arity:
                _refuse(f'typing.{self.__name__} with {len(params)} arguments')
            return _GenericAlias(self, tuple(_check(param, 'typing.' + self.__name__) for param in params))
        def _collections_class(self):
            # The collections class a name-only origin stands for, None for the others (collections.abc's).
            if isinstance(self._origin, str) and self._origin in _COLLECTIONS_ORIGINS:
                import collections
                return getattr(collections, self._origin[len('collections.'):])
            return None
        def __call__(self, *args, **kwargs):
            origin = self._collections_class()
            if origin is not None:
                # CPython makes the collections class's instance and marks it with the alias (a deque cannot be).
                result = origin(*args, **kwargs)
                if self._origin != 'collections.deque':
                    result.__orig_class__ = self
                return result
            if isinstance(self._origin, str):
                _refuse(f'typing.{self.__name__}()')
            raise TypeError(f'Type {self.__name__} cannot be instantiated; use {self._origin.__name__}() instead')
        def __mro_entries__(self, bases):
            # CPython's bases are the class the alias stands for, then typing.Generic (see Classes.swift).
            origin = self._collections_class()
            if origin is None:
                if isinstance(self._origin, str):
                    _refuse(f'a class deriving from typing.{self.__name__}')
                origin = self._origin
            return (origin,)

    class _TupleType(_SpecialGenericAlias):
        def __getitem__(self, params):
            if params == ():
                return _GenericAlias(self, ())
            if not isinstance(params, tuple):
                params = (params,)
            if len(params) == 2 and params[1] is ...:
                return _GenericAlias(self, (_check(params[0], 'typing.Tuple'), ...))
            return _GenericAlias(self, tuple(_check(param, 'typing.Tuple') for param in params))

    class _CallableType(_SpecialGenericAlias):
        def __getitem__(self, params):
            if not isinstance(params, tuple) or len(params) != 2:
                _refuse('typing.Callable[...] without [arguments, result]')
            arguments, result = params
            result = _check(result, 'typing.Callable')
            if arguments is ...:
                return _CallableGenericAlias(self, (..., result), ...)
            if not isinstance(arguments, list):
                _refuse('typing.Callable[...] without a list of arguments')
            checked = [_check(argument, 'typing.Callable') for argument in arguments]
            return _CallableGenericAlias(self, tuple(checked) + (result,), checked)

    class _GenericAlias(_Alias):
        def __init__(self, special, args):
            self._special = special
            self.__name__ = special.__name__
            self.__args__ = args
        @property
        def __origin__(self):
            return self._special.__origin__
        def __repr__(self):
            if not self.__args__:
                return f'typing.{self.__name__}[()]'
            return f'typing.{self.__name__}[' + ', '.join(_type_repr(arg) for arg in self.__args__) + ']'
        def __eq__(self, other):
            if not isinstance(other, _GenericAlias) or isinstance(other, _UnionGenericAlias):
                return False
            return self._special is other._special and self.__args__ == other.__args__
        def __getitem__(self, params):
            _refuse(f'typing.{self.__name__}[...][...]')
        def __call__(self, *args, **kwargs):
            self._special(*args, **kwargs)

    class _CallableGenericAlias(_GenericAlias):
        def __init__(self, special, args, shown):
            super().__init__(special, args)
            self._shown = shown
        def __repr__(self):
            return f'typing.Callable[{_type_repr(self._shown)}, {_type_repr(self.__args__[-1])}]'

    class _UnionGenericAlias(_GenericAlias):
        def __init__(self, args):
            self.__args__ = args
            optional = len(args) == 2 and _NoneType in args
            self.__name__ = 'Optional' if optional else 'Union'
        @property
        def __origin__(self):
            return Union
        def __repr__(self):
            if len(self.__args__) == 2 and self.__args__[0] is _NoneType:
                return f'typing.Optional[{_type_repr(self.__args__[1])}]'
            if len(self.__args__) == 2 and self.__args__[1] is _NoneType:
                return f'typing.Optional[{_type_repr(self.__args__[0])}]'
            return 'typing.Union[' + ', '.join(_type_repr(arg) for arg in self.__args__) + ']'
        def __eq__(self, other):
            if not isinstance(other, _UnionGenericAlias):
                return False
            mine, theirs = list(self.__args__), list(other.__args__)
            return all(item in theirs for item in mine) and all(item in mine for item in theirs)
        def __call__(self, *args, **kwargs):
            raise TypeError('Cannot instantiate typing.Union')

    class _LiteralSpecialForm(_SpecialForm):
        def __getitem__(self, params):
            if not isinstance(params, tuple):
                params = (params,)
            if not params:
                _refuse('typing.Literal[()]')
            flat = []
            for param in params:
                for value in param.__args__ if isinstance(param, _LiteralGenericAlias) else (param,):
                    if not (value is None or type(value) is int or type(value) is str or type(value) is bool):
                        _refuse(f'typing.Literal[...] of {type(value).__name__} values')
                    if not any(type(value) is type(seen) and value == seen for seen in flat):
                        flat.append(value)
            return _LiteralGenericAlias(tuple(flat))

    class _LiteralGenericAlias(_GenericAlias):
        def __init__(self, args):
            self._special = Literal
            self.__name__ = 'Literal'
            self.__args__ = args
        @property
        def __origin__(self):
            return Literal
        def __repr__(self):
            return 'typing.Literal[' + ', '.join(repr(arg) for arg in self.__args__) + ']'
        def __eq__(self, other):
            if not isinstance(other, _LiteralGenericAlias):
                return False
            def contains(values, value):
                return any(type(value) is type(item) and value == item for item in values)
            return all(contains(other.__args__, value) for value in self.__args__) and all(
                contains(self.__args__, value) for value in other.__args__)
        def __call__(self, *args, **kwargs):
            _refuse('typing.Literal[...]()')

    Any = _AnyMeta()
    Literal = _LiteralSpecialForm('Literal')
    Union = _SpecialForm('Union')
    Optional = _SpecialForm('Optional')
    NoReturn = _SpecialForm('NoReturn')
    _COLLECTIONS_ORIGINS = ('collections.Counter', 'collections.defaultdict', 'collections.OrderedDict',
                            'collections.deque')
    List = _SpecialGenericAlias('List', list, 1)
    Dict = _SpecialGenericAlias('Dict', dict, 2)
    Set = _SpecialGenericAlias('Set', set, 1)
    FrozenSet = _SpecialGenericAlias('FrozenSet', frozenset, 1)
    Type = _SpecialGenericAlias('Type', type, 1)
    Tuple = _TupleType('Tuple', tuple, -1)
    Callable = _CallableType('Callable', 'collections.abc.Callable', 2)
    Iterable = _SpecialGenericAlias('Iterable', 'collections.abc.Iterable', 1)
    Iterator = _SpecialGenericAlias('Iterator', 'collections.abc.Iterator', 1)
    Sequence = _SpecialGenericAlias('Sequence', 'collections.abc.Sequence', 1)
    Mapping = _SpecialGenericAlias('Mapping', 'collections.abc.Mapping', 2)
    Generator = _SpecialGenericAlias('Generator', 'collections.abc.Generator', 3)
    DefaultDict = _SpecialGenericAlias('DefaultDict', 'collections.defaultdict', 2)
    Deque = _SpecialGenericAlias('Deque', 'collections.deque', 1)
    # The other aliases of Lib/typing.py, with its arities (0: not generic), for annotations.
    Hashable = _SpecialGenericAlias('Hashable', 'collections.abc.Hashable', 0)
    Sized = _SpecialGenericAlias('Sized', 'collections.abc.Sized', 0)
    Reversible = _SpecialGenericAlias('Reversible', 'collections.abc.Reversible', 1)
    Container = _SpecialGenericAlias('Container', 'collections.abc.Container', 1)
    Collection = _SpecialGenericAlias('Collection', 'collections.abc.Collection', 1)
    AbstractSet = _SpecialGenericAlias('AbstractSet', 'collections.abc.Set', 1)
    MutableSet = _SpecialGenericAlias('MutableSet', 'collections.abc.MutableSet', 1)
    MutableMapping = _SpecialGenericAlias('MutableMapping', 'collections.abc.MutableMapping', 2)
    MutableSequence = _SpecialGenericAlias('MutableSequence', 'collections.abc.MutableSequence', 1)
    MappingView = _SpecialGenericAlias('MappingView', 'collections.abc.MappingView', 1)
    KeysView = _SpecialGenericAlias('KeysView', 'collections.abc.KeysView', 1)
    ItemsView = _SpecialGenericAlias('ItemsView', 'collections.abc.ItemsView', 2)
    ValuesView = _SpecialGenericAlias('ValuesView', 'collections.abc.ValuesView', 1)
    OrderedDict = _SpecialGenericAlias('OrderedDict', 'collections.OrderedDict', 2)
    Counter = _SpecialGenericAlias('Counter', 'collections.Counter', 1)
    ChainMap = _SpecialGenericAlias('ChainMap', 'collections.ChainMap', 2)
    Text = str
    AnyStr = TypeVar('AnyStr', bytes, str)

    def cast(typ, val):
        return val

    # TypeAlias marks an annotation (`Symbol: TypeAlias = str`); CPython's special form refuses subscription and calls.
    class _TypeAliasForm(_Alias):
        def __init__(self):
            self.__name__ = 'TypeAlias'
        def __getitem__(self, params):
            raise TypeError('typing.TypeAlias is not subscriptable')
        def __call__(self, *args, **kwargs):
            raise TypeError('Cannot instantiate typing.TypeAlias')

    TypeAlias = _TypeAliasForm()

    # @overload, as CPython 3.11's: each overloaded signature binds a function that refuses to be called; the
    # implementation defined after them replaces it.
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated functions outside a stub '
            'module should always be followed by an implementation that is not @overload-ed.')

    def overload(func):
        return _overload_dummy

    # A class deriving from NamedTuple is made by the interpreter (NamedTupleClasses.swift), as CPython's
    # NamedTupleMeta makes it; the functional form is refused.
    def NamedTuple(typename, fields=None, **kwargs):
        _refuse('typing.NamedTuple() called as a function')

    TYPE_CHECKING = False

    # Protocol, as the pattern books subclass it: a class naming it among its bases is a protocol (it cannot be made,
    # nor used with isinstance or issubclass unless runtime_checkable, Protocols.swift); its abstract methods count,
    # as under abc.ABC, and type() shows its metaclass. Its bases and order, which CPython completes with
    # typing.Generic, are refused. Protocol[T] makes a generic protocol, as Generic[T] a generic class.
    class _ProtocolMeta:
        def __init__(self, *args, **kwargs):
            _refuse('typing._ProtocolMeta')

    _ProtocolMeta.__module__ = 'typing'

    class Protocol:
        pass

    Protocol.__module__ = 'typing'
    __docbuild_protocol__(Protocol, _ProtocolMeta)

    def runtime_checkable(cls):
        return __docbuild_runtime_protocol__(cls)

    # Generic, as CPython 3.11's: `Generic[T, ...]` (type variables only, each once) as a base makes the class generic;
    # subscripting the class (`Box[int]`) gives an alias that makes instances of it and prints as CPython's does.
    class Generic:
        pass

    Generic.__module__ = 'typing'
    __docbuild_generic__(Generic)

    class _GenericBase(_Alias):
        # What `Generic[T]` gives: a base whose __mro_entries__ is Generic itself.
        def __init__(self, params):
            self.__origin__ = Generic
            self.__args__ = params
            self.__parameters__ = params
        def __mro_entries__(self, bases):
            return (Generic,)
        def __repr__(self):
            return 'typing.Generic[' + ', '.join(_type_repr(param) for param in self.__args__) + ']'
        def __eq__(self, other):
            return isinstance(other, _GenericBase) and self.__args__ == other.__args__
        def __call__(self, *args, **kwargs):
            raise TypeError("Type Generic cannot be instantiated; it can be used only as a base class")

    class _GenericClassAlias(_Alias):
        # `Box[int]` for a class deriving from Generic: calling it makes a Box.
        def __init__(self, origin, params):
            self.__origin__ = origin
            self.__args__ = params
        def __mro_entries__(self, bases):
            return (self.__origin__,)
        def __repr__(self):
            origin = self.__origin__
            return (f'{origin.__module__}.{origin.__qualname__}['
                    + ', '.join(_type_repr(param) for param in self.__args__) + ']')
        def __eq__(self, other):
            return (isinstance(other, _GenericClassAlias) and self.__origin__ is other.__origin__
                    and self.__args__ == other.__args__)
        def __call__(self, *args, **kwargs):
            result = self.__origin__(*args, **kwargs)
            try:
                result.__orig_class__ = self
            except AttributeError:
                pass
            return result

    class _ProtocolBase(_GenericBase):
        # What `Protocol[T]` gives: bases Protocol and Generic, as CPython's alias makes them.
        def __init__(self, params):
            self.__origin__ = Protocol
            self.__args__ = params
            self.__parameters__ = params
        def __mro_entries__(self, bases):
            if len(bases) > 1:
                # CPython's order then depends on whether the other bases are generic.
                _refuse('a generic protocol (Protocol[...]) beside other bases')
            return (Protocol, Generic)
        def __repr__(self):
            return 'typing.Protocol[' + ', '.join(_type_repr(param) for param in self.__args__) + ']'
        def __eq__(self, other):
            return isinstance(other, _ProtocolBase) and self.__args__ == other.__args__
        def __call__(self, *args, **kwargs):
            raise TypeError('Protocols cannot be instantiated')

    def __docbuild_generic_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__name__}[...] cannot be empty')
            for param in params:
                if not isinstance(param, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or parameter '
                                    'specification variables.')
            for index, param in enumerate(params):
                if param in params[index + 1:]:
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericBase(params) if cls is Generic else _ProtocolBase(params)
        return _GenericClassAlias(cls, tuple(_check(param, 'Generic') for param in params))

    # The runtime-checkable protocols of one special method each, as CPython 3.11 defines them.
    from abc import abstractmethod as _abstractmethod

    @runtime_checkable
    class SupportsInt(Protocol):
        __slots__ = ()
        @_abstractmethod
        def __int__(self) -> int:
            pass

    @runtime_checkable
    class SupportsFloat(Protocol):
        __slots__ = ()
        @_abstractmethod
        def __float__(self) -> float:
            pass

    @runtime_checkable
    class SupportsComplex(Protocol):
        __slots__ = ()
        @_abstractmethod
        def __complex__(self) -> complex:
            pass

    @runtime_checkable
    class SupportsBytes(Protocol):
        __slots__ = ()
        @_abstractmethod
        def __bytes__(self) -> bytes:
            pass

    @runtime_checkable
    class SupportsIndex(Protocol):
        __slots__ = ()
        @_abstractmethod
        def __index__(self) -> int:
            pass

    # `Protocol[T_co]` without subscribing, which would load this module again while it loads.
    _T_co = TypeVar('T_co', covariant=True)
    _protocol_of_T_co = _ProtocolBase((_T_co,))

    @runtime_checkable
    class SupportsAbs(_protocol_of_T_co):
        __slots__ = ()
        @_abstractmethod
        def __abs__(self) -> _T_co:
            pass

    @runtime_checkable
    class SupportsRound(_protocol_of_T_co):
        __slots__ = ()
        @_abstractmethod
        def __round__(self, ndigits: int = 0) -> _T_co:
            pass

    for _protocol in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs,
                      SupportsRound):
        _protocol.__module__ = 'typing'
    """#

  static let future = #"""
    class _Feature:
        def __init__(self, name):
            self._name = name

    annotations = _Feature('annotations')
    print_function = _Feature('print_function')
    division = _Feature('division')
    absolute_import = _Feature('absolute_import')
    unicode_literals = _Feature('unicode_literals')
    generator_stop = _Feature('generator_stop')
    """#
}
