#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for what the reach probe's corpora from session 24 (Chris Albon's Python and NumPy
notes, Pierian Data's Python bootcamp) showed docbuild printing otherwise, and for their neighbours:
`collections.deque`'s methods (`insert`, `index`/`remove` messages, `del d[i]`, `+`, `*`, `+=`, comparisons, the
read-only `maxlen`, its trimming at `maxlen`) and its iterators, which raise once the deque's length changed; the messages that name CPython's C classes of `collections` with their
module (`'collections.deque' object has no attribute …`); `Counter`'s equality with missing counts as zeros and its
`| & + -` operators, `defaultdict` and `OrderedDict`'s `popitem`, `|`, `fromkeys` and `reversed()`, a namedtuple's
comparisons, `*` and `tuple + namedtuple`; `x ** y` that no type supports (CPython names `** or pow()`); and
`reversed(obj)`, which calls `__reversed__` (docbuild refused a class defining it) and raises CPython's errors
where it cannot, of bytes too (docbuild raised). Then what the corpora refused most that is cheap to run exactly:
`heapq` (the C module's comparisons, in order, and messages; `nlargest` and `nsmallest`), with the ordering of tuples
and lists that hold objects (through the objects' `__lt__`; docbuild raised TypeError), and one prompt's simple
statements joined by `;` where the first spans lines (`allies = [...,\n ...]; allies`), which the REPL takes as one
logical line.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach24a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/120-reach24a-deques-and-collections.txt`, `interpreter/121-reach24a-power-messages-and-reversed.txt` and
`interpreter/122-reach24a-heapq-and-logical-lines.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
COLLECTIONS = HERE / "interpreter" / "120-reach24a-deques-and-collections.txt"
POWER_AND_REVERSED = HERE / "interpreter" / "121-reach24a-power-messages-and-reversed.txt"
HEAPQ = HERE / "interpreter" / "122-reach24a-heapq-and-logical-lines.txt"

DEQUES = [
    "from collections import deque, Counter, defaultdict, OrderedDict, namedtuple",
    "queue = deque(range(10), maxlen=10)",
    "queue.append('A')",
    "queue",
    "queue.appendleft('A')",
    "queue.pop(), queue.popleft(), queue",
    "queue.insert(2, 'A')",
    "queue",
    "queue.reverse()",
    "queue.count('A'), queue",
    "queue.clear()",
    "queue",
    "d = deque([1, 2, 3], maxlen=5)",
    "d.insert(1, 'x')",
    "d.extend([7, 8, 9])",
    "d",
    "d.rotate(2)",
    "d",
    "d.rotate(-3)",
    "d, d.maxlen",
    "d.extendleft('ab')",
    "d, d.index(8), d.index('a', 1), d[-1], d[0]",
    "d.remove(8)",
    "d",
    "d.remove(100)",
    "d.index(100)",
    "d[10]",
    "d[1.0]",
    "d[0:1]",
    "d[5] = 1",
    "del d[0]",
    "d, len(d), bool(deque()), list(reversed(d))",
    "d + deque([1]), d * 2, 2 * d",
    "d + [1]",
    "d * 1.5",
    "d == deque(d), d != deque(d), d == list(d), d < deque(['b']), d >= deque(['a'])",
    "d < deque([1])",
    "d < 3",
    "e = deque()",
    "e.pop()",
    "e.popleft()",
    "e.insert(0, 1)",
    "e",
    "f = deque([1, 2, 3], maxlen=3)",
    "f.insert(0, 5)",
    "d.extend(d)",
    "d",
    "d += [1, 2]",
    "d",
    "d *= 2",
    "d",
    "deque('abc', 2), deque(maxlen=0), deque([1, 2], maxlen=0)",
    "deque([1], maxlen=-1)",
    "deque([1], maxlen=1.5)",
    "d.maxlen = 3",
    "d.copy(), 3 in d, d.count(1)",
    "print(d)",
    "str(d), repr(deque())",
    "type(d), type(d).__name__",
    "d.foo",
    "d.rotate(1.0)",
    "dd = defaultdict(int)",
    "dd['Sarah Miller'] = 10",
    "dd['Bill James'], dd",
    "type(dd), type(OrderedDict())",
    "dd.foo",
    "OrderedDict().foo",
    "dd + 1",
    "dd.popitem(), dd",
    "dd | {'y': 2}",
    "dd |= {'z': 3}",
    "dd",
    "defaultdict.fromkeys('ab'), OrderedDict.fromkeys('ab', 0)",
    "list(reversed(defaultdict(int, a=1, b=2))), list(reversed(OrderedDict(a=1, b=2)))",
    "list(reversed(Counter('abc')))",
    "od = OrderedDict(b=1, a=2)",
    "od | {'z': 1}",
    "od.popitem(), od.popitem(), od",
    "od.popitem()",
    "c = Counter(a=1, b=0)",
    "c == Counter(a=1), c != Counter(a=1), c == Counter(a=2), c == {'a': 1, 'b': 0}",
    "Counter({'a': 'x'}), Counter('abracadabra').most_common(3)",
    "c + Counter(b=2), c - Counter(a=3), c | Counter(a=5), c & Counter(a=5)",
    "+Counter(a=2, b=-1), -Counter(a=2, b=-1)",
    "c.popitem(), c",
    "Counter('ab') + 3",
    "Counter.fromkeys('ab')",
    "c.update({'a': 2}, b=1)",
    "c",
    "P = namedtuple('P', 'x y')",
    "p = P(1, 2)",
    "p * 2, 3 * p, p != (1, 2), p <= (1, 3), p > (0, 5), p >= (1, 2), (0,) + p, p + (3,)",
    "p + [3]",
    "p < [1]",
    "list(reversed(p)), sorted([P(2, 1), P(1, 2)])",
    "d = deque([1, 2, 3, 4])",
    "it = iter(d)",
    "next(it)",
    "d.append(5)",
    "next(it)",
    "next(it)",
    "d = deque([1, 2, 3, 4])",
    "for x in d:\n    print(x)\n    if x == 2:\n        d.popleft()\n",
    "d",
    "d = deque([1, 2, 3, 4])",
    "it = iter(d)",
    "next(it)",
    "d.reverse()",
    "d[0] = 'x'",
    "list(it)",
    "it = reversed(d)",
    "next(it), list(it)",
    "d = deque([1, 2, 3])",
    "it = iter(d)",
    "d.rotate(3)",
    "next(it)",
    "d = deque([5])",
    "it = iter(d)",
    "d.rotate(1)",
    "d.clear()",
    "d *= 1",
    "list(it)",
    "d = deque([1, 2])",
    "it = iter(d)",
    "d *= 1",
    "d.extend([])",
    "d += []",
    "d.count(1), d.index(2), 2 in d",
    "list(it)",
    "type(iter(d)), type(reversed(d))",
    "sum(deque([1, 2, 3])), sorted(deque([3, 1, 2])), list(enumerate(deque('ab'))), max(deque([4, 9]))",
    "a, b = deque([1, 2])",
    "a, b",
    "d = deque([1, 2], maxlen=2)",
    "it = iter(d)",
    "d.append(3)",
    "list(it)",
]

POWERS = [
    "'a' ** 2",
    "2 ** 'a'",
    "pow('a', 2)",
    "x = [1]",
    "x ** 2",
    "x **= 2",
    "None ** None",
    "b'a' ** 2",
    "for i in ['a', 'b', 'c']:\n    print(i ** 2)\n",
    "class R:\n    def __reversed__(self):\n        print('reversed')\n        return iter([3, 2, 1])\n"
    "    def __len__(self):\n        return 3\n    def __getitem__(self, i):\n        return i\n",
    "list(reversed(R()))",
    "class T:\n    __reversed__ = None\n    def __len__(self):\n        return 2\n"
    "    def __getitem__(self, i):\n        return i\n",
    "reversed(T())",
    "class U:\n    def __getitem__(self, i):\n        return i\n",
    "reversed(U())",
    "class V:\n    def __len__(self):\n        return 2\n",
    "reversed(V())",
    "class W:\n    def __reversed__(self):\n        return 'not an iterator'\n",
    "reversed(W())",
    "list(reversed(b'abc')), list(reversed(bytearray(b'abc')))",
]

HEAPS = [
    "import heapq",
    "h = []",
    "for x in [5, 1, 8, 3, 9, 2, 7, 1.0, 4]:\n    heapq.heappush(h, x)\n",
    "h",
    "[heapq.heappop(h) for _ in range(4)], h",
    "heapq.heapreplace(h, 0), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 6), h",
    "g = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1.0, 0.0]",
    "heapq.heapify(g)",
    "g",
    "heapq.heappop([])",
    "heapq.heapreplace([], 1)",
    "heapq.heappushpop([], 1)",
    "heapq.heappush((), 1)",
    "heapq.heapify('abc')",
    "data = [3, 1.0, 4, 1, 5, 9, 2, 6, 5, 3, 5]",
    "heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nsmallest(1, data), heapq.nlargest(1, [])",
    "heapq.nsmallest(20, data), heapq.nlargest(0, data), heapq.nlargest(-2, data)",
    "heapq.nlargest(4, iter(data)), heapq.nsmallest(4, (x for x in data))",
    "heapq.nlargest(3, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nsmallest(2, iter(['bb', 'a', 'ccc', 'd']), key=len)",
    "heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda pair: pair[0])",
    "class Loud:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, other):\n"
    "        print('lt', self.v, other.v)\n        return self.v < other.v\n    def __repr__(self):\n"
    "        return f'Loud({self.v})'\n",
    "a, b = Loud(1), Loud(2)",
    "(a, 0) < (b, 1), (1, a) >= (1, b)",
    "(a, 0) < (b, 1), [a, 3] > [a, 2], (a,) <= (a, 0), ((a, 1),) < ((b, 0),), (a, 1) > (b, 0)",
    "sorted([(b, 'x'), (a, 'y')]), min([(b,), (a,)]), max([[a], [b]])",
    "q = []",
    "for v in [3, 1, 2, 0]:\n    heapq.heappush(q, Loud(v))\n",
    "heapq.heappop(q), q",
    "heapq.heapify([Loud(4), Loud(2), Loud(5), Loud(1), Loud(3)])",
    "heapq.nsmallest(2, [Loud(4), Loud(2), Loud(5), Loud(1)])",
    "class priority_queue:\n    def __init__(self):\n        self._queue = []\n        self._index = 0\n"
    "    def add_task(self, item, priority):\n        heapq.heappush(self._queue, (-priority, self._index, item))\n"
    "        self._index += 1\n    def next_task(self):\n        return heapq.heappop(self._queue)[-1]\n",
    "task_list = priority_queue()",
    "task_list.add_task('Clean Dishes', 1)",
    "task_list.add_task('Wash Car', 2)",
    "task_list.add_task('Walk Dog', 3)",
    "task_list.next_task(), task_list.next_task()",
    "allies = ['USA','UK','France',\n          'Australia']; allies",
    "x = (1,\n     2); y = 3; x, y",
]

if __name__ == "__main__":
    write_numpy_fixture(
        COLLECTIONS,
        "make_reach24a_fixtures.py",
        "collections.deque, Counter, defaultdict, OrderedDict and namedtuple, and the messages that name them",
        DEQUES,
    )
    write_numpy_fixture(
        POWER_AND_REVERSED,
        "make_reach24a_fixtures.py",
        "`** or pow()` in TypeErrors, reversed() through __reversed__ and its errors",
        POWERS,
    )
    write_numpy_fixture(
        HEAPQ,
        "make_reach24a_fixtures.py",
        "heapq, and simple statements joined by ';' on one logical line that spans lines",
        HEAPS,
    )
