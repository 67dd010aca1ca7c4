#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for what reach31b took into the language from published Python code it had not
been tuned on (more-itertools' doctests, the Python Cookbook's examples), each case with its neighbours:

- `isinstance` with the builtin types docbuild answered wrongly or not at all: `bytes` (a TypeError, so
  more-itertools' `collapse` and `always_iterable` raised where Python ran), `frozenset`, and a frozenset that is no
  `set` (docbuild said it was);
- `itertools.islice` reading the items before its start even when the stop comes first (`next(islice(it, n, n),
  None)`, more-itertools' `consume`, did not advance `it`, and `sliding_window` printed wrong windows), with the
  clamping of the next index to the stop and the exhausted islice that reads no more;
- `map` and `filter` whose function raises StopIteration end (`roundrobin`'s `map(next, iterators)` raised
  RuntimeError); `iter(callable, sentinel)`;
- `random.getrandbits(k)` past 63 bits and `randrange`/`randint` over ints past 64 bits, CPython's draws bit for bit;
- `re`'s `pattern.scanner(text)` (the Cookbook's tokenizer), its `match` and `search` and their matches' pos;
- a slice's `start`, `stop`, `step` (an AttributeError in docbuild) and `indices`, and `operator.index`;
- `collections.ChainMap` (the Cookbook's recipe 1.20);
- `object()`, the sentinel of `_marker = object()` (refused before, which left 42 of more-itertools' statements
  without the names after it), and `functools.cached_property`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach31b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/123-reach31b-isinstance-builtin-types.txt`, `interpreter/124-reach31b-islice-and-stopping-functions.txt`,
`interpreter/125-reach31b-big-random-draws.txt`, `interpreter/126-reach31b-regex-scanner.txt` and
`interpreter/127-reach31b-slice-attributes-and-operator-index.txt`, `interpreter/128-reach31b-chainmap.txt` and
`interpreter/129-reach31b-bare-object-sentinels.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
ISINSTANCE_OUTPUT = HERE / "interpreter" / "123-reach31b-isinstance-builtin-types.txt"
ISLICE_OUTPUT = HERE / "interpreter" / "124-reach31b-islice-and-stopping-functions.txt"
RANDOM_OUTPUT = HERE / "interpreter" / "125-reach31b-big-random-draws.txt"
SCANNER_OUTPUT = HERE / "interpreter" / "126-reach31b-regex-scanner.txt"
SLICES_OUTPUT = HERE / "interpreter" / "127-reach31b-slice-attributes-and-operator-index.txt"
CHAINMAP_OUTPUT = HERE / "interpreter" / "128-reach31b-chainmap.txt"
OBJECTS_OUTPUT = HERE / "interpreter" / "129-reach31b-bare-object-sentinels.txt"

VALUES = ("3, 2.5, 1j, 's', b'b', bytearray(b'x'), True, [1], (1,), {1: 2}, {1}, frozenset({1}), range(2), "
          "slice(1), int, None")

ISINSTANCE_STATEMENTS = [
    f"[isinstance(v, {name}) for v in ({VALUES})]"
    for name in ("bytes", "frozenset", "set", "bytearray", "str", "tuple", "dict", "list", "property", "staticmethod",
                 "classmethod", "super")
] + [
    "isinstance(frozenset(), set), isinstance(set(), frozenset), isinstance(frozenset(), (set, frozenset))",
    "isinstance(b'', (str, bytes)), isinstance('', (str, bytes)), isinstance(bytearray(), (str, bytes))",
    # more-itertools' _is_scalar and collapse: the tuple of types held in a default and in a name.
    "def is_scalar(value, stringlike=(str, bytes)):\n"
    "    try:\n"
    "        iter(value)\n"
    "    except TypeError:\n"
    "        return True\n"
    "    return isinstance(value, stringlike)",
    "[is_scalar(v) for v in (1, 'ab', b'ab', [1], (2,), {3}, frozenset())]",
    "string_like = (str, bytes)",
    "[isinstance(v, string_like) for v in ('a', b'a', 1)]",
    "class P:\n"
    "    @property\n"
    "    def x(self):\n"
    "        return 1",
    "isinstance(P.x, property), isinstance(P(), property), isinstance(P.x, (int, property))",
    "isinstance(np.float64(1.0), bytes), isinstance(np.arange(3), frozenset)",
]

ISLICE_STATEMENTS = [
    "from itertools import islice, tee, cycle, count",
    "from collections import deque",
    "it = iter(range(10))",
    "next(islice(it, 3, 3), None)",
    "next(it)",
    "it = iter(range(10))",
    "list(islice(it, 5, 2)), next(it)",
    "it = iter(range(10))",
    "list(islice(it, 0, 5, 2)), next(it)",
    "it = iter(range(10))",
    "list(islice(it, 2, 7, 3)), next(it)",
    "it = iter(range(4))",
    "list(islice(it, 6, 8)), next(it, 'end')",
    "it = iter(range(10))",
    "s = islice(it, 1, 3)",
    "next(s), next(s), next(s, 'stop'), next(it), next(s, 'still stopped'), next(it)",
    "list(islice(count(), 2, 20, 5))",
    "list(islice('abcdefg', None, None, 3))",
    "def consume(iterator, n=None):\n"
    "    if n is None:\n"
    "        deque(iterator, maxlen=0)\n"
    "    else:\n"
    "        next(islice(iterator, n, n), None)",
    "i = (x for x in range(10))",
    "next(i)",
    "consume(i, 3)",
    "next(i)",
    "consume(i)",
    "next(i, 'exhausted')",
    "i = (x for x in range(3))",
    "consume(i, 5)",
    "next(i, 'exhausted')",
    "def sliding_window(iterable, n):\n"
    "    iterators = tee(iterable, n)\n"
    "    for i, iterator in enumerate(iterators):\n"
    "        next(islice(iterator, i, i), None)\n"
    "    return zip(*iterators)",
    "list(sliding_window(range(6), 4))",
    "list(sliding_window(range(3), 4))",
    "list(sliding_window('abcde', 2))",
    # map and filter end where their function raises StopIteration (CPython's __next__ passes it on).
    "list(map(next, [iter([1]), iter([]), iter([3])]))",
    "def roundrobin(*iterables):\n"
    "    iterators = map(iter, iterables)\n"
    "    for num_active in range(len(iterables), 0, -1):\n"
    "        iterators = cycle(islice(iterators, num_active))\n"
    "        yield from map(next, iterators)",
    "list(roundrobin('ABC', 'D', 'EF'))",
    "def stop_at_three(x):\n"
    "    if x == 3:\n"
    "        raise StopIteration\n"
    "    return x % 2",
    "list(filter(stop_at_three, range(10)))",
    "sum(map(stop_at_three, range(10)))",
    "[x for x in map(stop_at_three, [1, 2, 3, 4])]",
    "def raises_value_error(x):\n"
    "    raise ValueError('bad item %r' % x)",
    "list(map(raises_value_error, [1]))",
    # iter(callable, sentinel).
    "numbers = iter([1, 2, 0, 3])",
    "list(iter(lambda: next(numbers), 0))",
    "next(numbers)",
    "words = ['a', 'b', '', 'c']",
    "list(iter(words.pop, 'b'))",
    "words",
    "empty = iter([])",
    "list(iter(lambda: next(empty), 'never'))",
    "iter(5, 0)",
]

RANDOM_STATEMENTS = [
    "import random",
    "random.seed(0)",
    "random.getrandbits(200)",
    "random.getrandbits(64), random.getrandbits(65), random.getrandbits(96), random.getrandbits(97)",
    "random.randrange(10**60)",
    "random.randrange(10**30, 10**30 + 5)",
    "random.randint(2**70, 2**70 + 1)",
    "random.randrange(-10**25, 10**25)",
    "random.randint(0, 2**64)",
    "random.random()",
    "random.randrange(10**30, 10**20)",
    "random.randrange(-10**30)",
    "random.seed(12345)",
    "[random.getrandbits(k) for k in (1, 31, 32, 33, 63, 64, 100, 128)]",
    "def is_prime(n):\n"
    "    return n > 1 and all(n % p for p in range(2, min(n, 1000)))",
    "random.seed(1)",
    "next(filter(is_prime, map(random.getrandbits, [200] * 50)))",
]

SCANNER_STATEMENTS = [
    "import re",
    "from collections import namedtuple",
    "master = re.compile(r'(?P<NAME>[a-zA-Z_][a-zA-Z_0-9]*)|(?P<NUM>\\d+)|(?P<EQ>=)|(?P<WS>\\s+)')",
    "Token = namedtuple('Token', ['type', 'value'])",
    "def generate_tokens(pattern, text):\n"
    "    scanner = pattern.scanner(text)\n"
    "    for m in iter(scanner.match, None):\n"
    "        yield Token(m.lastgroup, m.group())",
    "for tok in generate_tokens(master, 'foo = 42'):\n"
    "    print(tok)",
    "list(generate_tokens(master, 'x = 1 ?  y'))",
    "s = re.compile(r'\\d+').scanner('a1 b22 c333')",
    "m = s.search()",
    "m.group(), m.span(), m.pos, m.endpos",
    "m = s.search()",
    "m.group(), m.span(), m.pos, m.endpos",
    "s.match()",
    "s.search()",
    "s = re.compile(r'[a-z]').scanner('abcdef', 2, 4)",
    "[(m.group(), m.pos, m.endpos) for m in iter(s.match, None)]",
    "s = re.compile(r'[a-z]').scanner('abc', -5, 99)",
    "[(m.group(), m.pos, m.endpos) for m in iter(s.search, None)]",
    "s.pattern",
    "re.compile('a').scanner(5)",
]

SLICES_STATEMENTS = [
    "s = slice(1, None, -2)",
    "s.start, s.stop, s.step",
    "slice(3).start, slice(3).stop, slice(3).step",
    "slice(1, 2).indices(5), slice(None, None, -1).indices(5), slice(-10, 10, 2).indices(4)",
    "slice(-2, None).indices(3), slice(5, -7, -2).indices(6), slice(None, 2).indices(0), slice(8, 9).indices(3)",
    "slice(-1, -20, -1).indices(4), slice(None, None, 3).indices(True)",
    "slice(1, 2, 0).indices(3)",
    "slice(1).indices(-1)",
    "slice(1).indices(2.0)",
    "slice(1).indices()",
    "slice(1).indices(1, 2)",
    "slice(1).indices(length=2)",
    # more-itertools' seekable and islice_extended read a slice's parts.
    "def parts(key):\n"
    "    return key.start, key.stop, key.step",
    "class Sliced:\n"
    "    def __getitem__(self, key):\n"
    "        return parts(key), key.indices(10)",
    "Sliced()[2:], Sliced()[::-1], Sliced()[1:8:3]",
    "import operator",
    "operator.index(5), operator.index(True), operator.index(np.int64(7)), operator.index(-3), operator.index(np.uint8(9))",
    "operator.index(2.5)",
    "operator.index('a')",
    "operator.index(None)",
    "operator.index(np.float64(1.0))",
    "[operator.index(x) for x in range(3)]",
]

CHAINMAP_STATEMENTS = [
    "from collections import ChainMap",
    # The Python Cookbook's recipe 1.20.
    "a = {'x': 1, 'z': 3}",
    "b = {'y': 2, 'z': 4}",
    "c = ChainMap(a, b)",
    "c['x'], c['y'], c['z']",
    "len(c), list(c.keys()), list(c.values()), list(c.items())",
    "c['z'] = 10",
    "c['w'] = 40",
    "del c['x']",
    "a, c",
    "del c['y']",
    "c['nope']",
    "values = ChainMap()",
    "values['x'] = 1",
    "values = values.new_child()",
    "values['x'] = 2",
    "values = values.new_child()",
    "values['x'] = 3",
    "print(values)",
    "values['x'], values.parents, values.parents['x'], values.parents.parents",
    "c",
    "c.keys(), c.values(), c.items()",
    "type(c.keys()), type(c), isinstance(c, dict)",
    "'w' in c, 'y' in c, 'q' in c, 40 in c.values(), ('z', 10) in c.items(), ('y', 3) in c.items()",
    "c.get('y'), c.get('q'), c.get('q', 0)",
    "bool(ChainMap()), bool(ChainMap({}, {1: 2})), len(ChainMap({}, {}))",
    "list(ChainMap({'b': 1}, {'a': 2, 'b': 3}, {'c': 4}))",
    "d = c.new_child({'n': 0}, m=5)",
    "d",
    "e = c.new_child(k=1)",
    "e.maps",
    "c.copy(), c.copy() == c, c == dict(c), c == {'z': 10}",
    "c.pop('w'), c",
    "c.pop('y', 'default')",
    "c.pop('y')",
    "c.setdefault('s', 7), c.setdefault('y', 8), c",
    "c.update({'u': 1}, v=2)",
    "c.update([('t', 3)])",
    "c.maps[0]",
    "c.popitem()",
    "ChainMap().popitem()",
    "ChainMap({1: 2}) | {3: 4}, {5: 6} | ChainMap({1: 2})",
    "f = ChainMap({1: 2})",
    "f |= {1: 3}",
    "f",
    "ChainMap.fromkeys('ab', 0)",
    "ChainMap({'x': 1}) == ChainMap({'x': 1}, {'y': 2})",
    "c.clear()",
    "c",
    "from collections import defaultdict",
    "counts = defaultdict(int)",
    "g = ChainMap({'a': 1}, counts)",
    "g['b'], counts",
]

OBJECTS_STATEMENTS = [
    # more-itertools' `_marker = object()` and the Cookbook's `_no_value = object()`: a sentinel default.
    "_marker = object()",
    "def first(iterable, default=_marker):\n"
    "    for item in iterable:\n"
    "        return item\n"
    "    if default is _marker:\n"
    "        raise ValueError('first() was called on an empty iterable, and no default value was provided.')\n"
    "    return default",
    "first([3, 4]), first([], 'empty'), first([], None)",
    "first([])",
    "other = object()",
    "_marker is _marker, _marker is other, _marker == _marker, _marker == other, _marker != other",
    "type(_marker), type(_marker) is object, type(_marker).__name__, _marker.__class__",
    "isinstance(_marker, object), isinstance(_marker, int), isinstance(_marker, (str, object))",
    "bool(_marker), callable(_marker), _marker in [1, _marker], [1, 2].count(other)",
    "_marker.x = 1",
    "_marker.x",
    "del _marker.x",
    "vars(_marker)",
    "_marker.__dict__",
    "object(1)",
    "object(x=1)",
    "_marker < other",
    "_marker + 1",
    "d = {_marker: 'sentinel', 1: 'one'}",
    "d[_marker], len(d), _marker in d, other in d",
    "import copy",
    "c = copy.copy(_marker)",
    "c is _marker, type(c) is object",
    "[x for x in (1, _marker, 2) if x is not _marker]",
    "class Node:\n"
    "    _no_value = object()\n"
    "    def __init__(self, value=_no_value):\n"
    "        self.value = None if value is Node._no_value else value",
    "Node().value, Node(5).value",
    "str(type(object()))",
    # functools.cached_property, which keeps its value in the instance's __dict__ (more-itertools' seekable and
    # run_length use it).
    "from functools import cached_property",
    "class Series:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    @cached_property\n"
    "    def total(self):\n"
    "        print('computing')\n"
    "        return sum(range(self.n))",
    "s = Series(5)",
    "s.total",
    "s.total, s.__dict__",
    "del s.total",
    "s.total",
    "s.total = 3",
    "s.total, Series(4).total",
    "type(Series.total), Series.total.attrname, Series.total.func.__name__",
    "class Slotted:\n"
    "    __slots__ = ('n',)\n"
    "    @cached_property\n"
    "    def twice(self):\n"
    "        return 2",
    "Slotted().twice",
    "class Twice:\n"
    "    def f(self):\n"
    "        return 1\n"
    "    a = cached_property(f)\n"
    "    b = a",
    "loose = cached_property(len)",
    "loose.__get__([1, 2])",
]


if __name__ == "__main__":
    script = "make_reach31b_fixtures.py"
    write_numpy_fixture(
        ISINSTANCE_OUTPUT, script,
        "isinstance with bytes, frozenset, set and the other builtin types, and tuples of them held in names "
        "(more-itertools' collapse and always_iterable).", ISINSTANCE_STATEMENTS)
    write_numpy_fixture(
        ISLICE_OUTPUT, script,
        "islice reads the items before its start even past its stop (more-itertools' consume and sliding_window); "
        "map and filter end where their function raises StopIteration (roundrobin); iter(callable, sentinel).",
        ISLICE_STATEMENTS)
    write_numpy_fixture(
        RANDOM_OUTPUT, script,
        "random.getrandbits past 63 bits and randrange/randint over ints past 64 bits (more-itertools' recipes).",
        RANDOM_STATEMENTS)
    write_numpy_fixture(
        SCANNER_OUTPUT, script,
        "re's pattern.scanner (the Python Cookbook's tokenizer): match, search, and their matches' pos and endpos.",
        SCANNER_STATEMENTS)
    write_numpy_fixture(
        SLICES_OUTPUT, script,
        "a slice's start, stop and step and its indices(length) (more-itertools' seekable); operator.index.",
        SLICES_STATEMENTS)
    write_numpy_fixture(
        CHAINMAP_OUTPUT, script,
        "collections.ChainMap (the Python Cookbook's recipe 1.20): lookups, writes to the first map, new_child, "
        "parents, its views.", CHAINMAP_STATEMENTS)
    write_numpy_fixture(
        OBJECTS_OUTPUT, script,
        "object() as a sentinel (more-itertools' _marker, the Cookbook's _no_value): identity, type, no attributes; "
        "functools.cached_property.",
        OBJECTS_STATEMENTS)
