#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for the constructs docbuild got wrong or refused on tutorial code it
had not been tuned on (session 32, reach32a: Python Like You Mean It, Software Carpentry's inflammation lessons, Jon
Krohn's ML foundations, Patrick Loeber's ML from scratch and Michael Galarnyk's Python basics).

- `112-reach32a-itertools-objects.txt`: itertools' iterators print as CPython's `<itertools.combinations object at
  0x…>` (docbuild printed `<list_iterator object at 0x…>` for product, permutations, combinations, tee and groupby's
  groups, and refused the others naming `__main__`), and `type()` of them names their class. cycle, groupby and tee
  read their source lazily, as CPython's do: advancing a groupby ends the group it returned before (`list(groupby(…))`
  keeps empty groups), and what tee's and cycle's iterators have not asked for stays in the source; product,
  permutations and combinations make one tuple a call. repeat prints as `repeat(1, 3)`; an exhausted zip_longest stays
  exhausted.
- `113-reach32a-repr-and-str-methods.txt`: `value.__repr__()` and `value.__str__()` on builtin values (lists, dicts,
  strings, numbers, sets, None, arrays), which a class's own `__repr__` calls on what it wraps; `type()` of them is
  `method-wrapper`.
- `114-reach32a-calling-builtin-classes.txt`: calling the class `type()` gave for a builtin function, a method-wrapper,
  a dict view or an iterator raises CPython's TypeError (docbuild looked the name up in NumPy and raised an
  AttributeError naming a mangled name); `type(None)()` is None and `type(...)()` is Ellipsis.
- `115-reach32a-legacy-lognormal-laplace-multinomial.txt`: the legacy `np.random.lognormal`, `laplace` and
  `multinomial` (and as `RandomState` methods), which Jon Krohn's probability notebook draws from; NumPy's errors for
  their arguments.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach32a_fixtures.py` (Python 3.11, numpy 2.4.6). Each printed address
is rewritten in turn to 0x7f0000001000, 0x7f0000002000, … (the rest is CPython's text), so rerunning gives identical
bytes.
"""

import itertools
import pathlib
import re
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
ITERTOOLS_OUTPUT = HERE / "interpreter" / "112-reach32a-itertools-objects.txt"
TEXT_METHODS_OUTPUT = HERE / "interpreter" / "113-reach32a-repr-and-str-methods.txt"
CLASS_CALLS_OUTPUT = HERE / "interpreter" / "114-reach32a-calling-builtin-classes.txt"
RANDOM_OUTPUT = HERE / "interpreter" / "115-reach32a-legacy-lognormal-laplace-multinomial.txt"

ITERTOOLS_STATEMENTS = [
    "import itertools",
    "from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle, "
    "dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, "
    "zip_longest)",
    # Python Like You Mean It's itertools lesson echoes them.
    "combinations([0, 1, 2, 3], 3)",
    "chain(range(0, 5, 2), (i**2 for i in range(3, 6)), ['moo', 'cow'], 'him')",
    "product([1, 2], repeat=2), permutations([1, 2])",
    "print(combinations_with_replacement('ab', 2))",
    "[islice([1, 2], 1), cycle([1]), starmap(pow, [(2, 3)])]",
    "{'acc': accumulate([1, 2]), 'zl': zip_longest([1], [2, 3])}",
    "pairwise([1, 2]), compress([1], [1]), takewhile(bool, [1]), dropwhile(bool, [1]), filterfalse(bool, [1])",
    "type(combinations([0, 1], 1)), type(chain([1])), type(product([1])), type(permutations([1]))",
    "type(itertools.islice([1], 1)), type(cycle([1])), type(repeat(1)), type(count())",
    "isinstance(chain(), itertools.chain), chain.__name__, combinations.__name__",
    "type(itertools.product), type(itertools.combinations), type(itertools.groupby), type(itertools.tee)",
    # groupby: a group ends when the groupby moves on.
    "g = groupby([1, 1, 2])",
    "g",
    "k, grp = next(g)",
    "grp, type(grp)",
    "groups = list(groupby([1, 1, 2, 2, 3]))",
    "[(k, list(g)) for k, g in groups]",
    "[(k, list(g)) for k, g in groupby('aabbbc')]",
    "[k for k, g in groupby('AAAABBBCCDAABBB')]",
    "[list(g) for k, g in groupby('AAAABBBCCD')]",
    "[(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1]))]",
    "{k: list(v) for k, v in groupby(['apple', 'avocado', 'banana', 'cherry'], key=lambda w: w[0])}",
    "g = groupby([1, 1, 2])",
    "k1, g1 = next(g)",
    "next(g1)",
    "k2, g2 = next(g)",
    "list(g1), list(g2), next(g, 'end')",
    "g = groupby(count(), key=lambda x: x // 3)",
    "next(g)[0]",
    "k, grp = next(g)",
    "k, list(grp)",
    "it = iter('aabbc')",
    "g = groupby(it)",
    "next(g)[0], next(it)",
    "[(k, list(v)) for k, v in g]",
    "list(groupby([]))",
    # tee: its iterators read the source only as far as the furthest has gone.
    "a, b = tee([1, 2])",
    "a, type(a)",
    "it = iter([1, 2, 3, 4])",
    "a, b = tee(it)",
    "next(it)",
    "list(a), list(b)",
    "a, b = tee(count())",
    "next(a), next(a), next(b)",
    "a, b, c = tee([1, 2], 3)",
    "list(c), list(a)",
    "tee([1, 2], 0), tee(5, 0)",
    "a, b = tee([1, 2, 3])",
    "c, d = tee(a)",
    "c is a, next(a), next(d), list(b)",
    "t1, t2 = tee(range(3))",
    "list(t1), list(t2)",
    "tee([1], -1)",
    # cycle reads its source one item a call, so it may be endless.
    "it = iter([1, 2, 3])",
    "c = cycle(it)",
    "next(c), next(it), next(c), next(c), next(c)",
    "next(cycle(count(5)))",
    "cy = cycle('ab')",
    "[next(cy) for _ in range(5)]",
    "list(cycle([]))",
    # The combinatoric iterators, one tuple a call.
    "list(permutations('abcd', 2))",
    "list(permutations(range(3)))",
    "list(permutations([1, 2], 3)), list(permutations([], 0))",
    "list(combinations('abcde', 3))",
    "list(combinations([1], 2)), list(combinations([1, 2], 0))",
    "list(combinations_with_replacement('abc', 2))",
    "list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2))",
    "list(product('ab', [1, 2, 3]))",
    "list(product([0, 1], repeat=3))",
    "list(product()), list(product([1], [])), list(product([1, 2], repeat=0))",
    "next(combinations(range(100), 50))[:3], next(permutations(range(60)))[-2:], next(product(range(50), repeat=40))[:2]",
    "c = combinations(range(4), 2)",
    "next(c), next(c)",
    "list(c), next(c, 'done')",
    "p = product('xy', repeat=2)",
    "next(p)",
    "list(p)",
    "product([1], repeat=-1)",
    "combinations([1, 2], -1)",
    "permutations([1], -1)",
    "combinations_with_replacement([1], -2)",
    # dataclasses.MISSING prints as object.__repr__ does, as the itertools objects do.
    "import dataclasses",
    "dataclasses.MISSING, type(dataclasses.MISSING)",
    # repeat's text, and zip_longest once exhausted.
    "r = repeat('x', 3)",
    "next(r)",
    "r",
    "list(r), r",
    "repeat(1, -3), repeat(1), repeat([1, 2], 2)",
    "list(zip(range(3), repeat(5)))",
    "z = zip_longest([1], [2, 3], fillvalue=0)",
    "list(z)",
    "next(z, 'end')",
]

TEXT_METHOD_STATEMENTS = [
    "x = [1, 'a', 2.5]",
    "x.__repr__()",
    "x.__str__()",
    "(3).__repr__(), (2.5).__repr__(), (2.5).__str__(), (10**30).__str__(), (1+2j).__repr__()",
    "'ab'.__repr__(), 'ab'.__str__(), 'it\\'s'.__repr__()",
    "{1: 'a'}.__repr__(), (1, 2).__repr__(), (1,).__str__()",
    "{1, 2}.__repr__(), set().__repr__()",
    "True.__repr__(), None.__repr__(), None.__str__()",
    "np.arange(3).__repr__()",
    "np.arange(3).__str__()",
    "np.linspace(0, 1, 3).reshape(3, 1).__repr__()",
    "np.float64(1.5).__repr__(), np.float64(1.5).__str__(), np.int64(7).__repr__()",
    "r = x.__repr__",
    "r()",
    "type(r), type((1).__str__), type(np.arange(2).__repr__), callable(r), r.__name__",
    "type({}.__getitem__), type([].append)",
    "x.__repr__(1)",
    "x.__str__(a=1)",
    "'|' + x.__repr__()[1:-1] + '|'",
    # Python Like You Mean It's MyList: its __repr__ slices its list's.
    "class MyList:\n    def __init__(self, *args):\n        if len(args) == 1 and hasattr(args[0], '__iter__'):\n"
    "            self._data = list(args[0])\n        else:\n            self._data = list(args)\n"
    "    def __getitem__(self, index):\n        out = self._data[index]\n"
    "        return MyList(out) if isinstance(index, slice) else out\n"
    "    def __setitem__(self, key, value):\n        self._data[key] = value\n"
    "    def __len__(self):\n        return len(self._data)\n"
    "    def __repr__(self):\n        return '|' + self._data.__repr__()[1:-1] + '|'\n"
    "    def __contains__(self, item):\n        return item in self._data",
    "x = MyList('hello')",
    "x",
    "x = MyList(1, 2, 3, 4, 5)",
    "x, len(x), x[0], x[2:4]",
    "x[0] = -1",
    "print(x, 10 in x, MyList())",
    "class Wrapper:\n    def __init__(self, items):\n        self.items = items\n"
    "    def __str__(self):\n        return 'W' + self.items.__str__()\n"
    "    def __repr__(self):\n        return 'Wrapper(' + self.items.__repr__() + ')'",
    "Wrapper({'k': [1.5, None]}), str(Wrapper('s')), [Wrapper(np.arange(2))].__repr__()",
]

CLASS_CALL_STATEMENTS = [
    "type(print)()",
    "type(print)(1, a=2)",
    "type([].__repr__)()",
    "type({}.keys())()",
    "type({}.values())()",
    "type({}.items())(1)",
    "type(iter([]))()",
    "type(iter(range(1)))()",
    "type(reversed([]))()",
    "type(iter({}))()",
    "type(iter(''))()",
    "type(iter('\u00e9'))()",
    "type(iter(()))()",
    "type(None)()",
    "type(None)(1)",
    "type(...)()",
    "type(...)(a=1)",
    "t = type(iter([]))",
    "t, t is type(iter([2]))",
]

RANDOM_STATEMENTS = [
    'np.random.seed(0)',
    'np.random.lognormal(0.5, 2, 5)',
    'np.random.lognormal()',
    'np.random.lognormal(size=(2, 3))',
    'np.random.lognormal(sigma=0.25, size=4)',
    'np.random.laplace(1, 2, 5)',
    'np.random.laplace()',
    'np.random.laplace(scale=0.5, size=(2, 2))',
    'np.random.multinomial(20, [0.2, 0.3, 0.5], size=3)',
    'np.random.multinomial(20, [1/6.] * 6)',
    'np.random.multinomial(1, [1/6.] * 6)',
    'np.random.multinomial(100, [1/6.] * 6, size=(2, 2))',
    'np.random.multinomial(3, [0.5, 0.6])',
    'np.random.multinomial(3, [])',
    'np.random.multinomial(0, [0.5, 0.5])',
    'np.random.multinomial(5, [0.0, 1.0])',
    'np.random.multinomial(5, [1.0])',
    'np.random.multinomial(5, (0.5, 0.5), size=0)',
    'np.random.multinomial(50, np.array([0.1, 0.2, 0.3, 0.4]))',
    'np.random.multinomial(1000, [0.999, 0.0005, 0.0005])',
    'np.random.multinomial(np.int64(7), [0.25] * 4)',
    'np.random.multinomial(10, [0, 1, 0])',
    'np.random.multinomial(10, [0.5, 0.5, 0.0])',
    'np.random.laplace(scale=-1)',
    'np.random.lognormal(sigma=-1)',
    'np.random.multinomial(-1, [0.5, 0.5])',
    'np.random.multinomial(3, 0.5)',
    'np.random.multinomial(3, [-0.1, 1.1])',
    'np.random.multinomial(3, [np.nan, 0.5])',
    'np.random.multinomial(3, [0.7, 0.7, 0.1])',
    'np.random.lognormal(0, 0)',
    'rs = np.random.RandomState(42)',
    'rs.lognormal(1, 0.5, 3), rs.laplace(0, 1, 3)',
    'rs.multinomial(10, [0.3, 0.7], size=2)',
    'x = np.random.laplace(size=10000)',
    'round(float(x.mean()), 12), round(float(np.abs(x).max()), 12)',
    'y = np.random.lognormal(size=10000)',
    'float(y.sum())',
    'rolls = np.random.multinomial(6000, [1/6.] * 6, size=100)',
    'rolls.sum(axis=0)',
    'np.random.random()',
]


def rewrite_addresses(path: pathlib.Path) -> None:
    """Each printed address in turn becomes 0x7f0000001000, 0x7f0000002000, …: CPython's change from run to run."""
    numbers = itertools.count(1)
    path.write_text(re.sub(r"0x[0-9a-f]{6,}", lambda m: f"0x7f{next(numbers):07x}000", path.read_text()))


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        ITERTOOLS_OUTPUT,
        "make_reach32a_fixtures.py",
        "itertools' iterators printed, typed and read lazily as CPython's",
        ITERTOOLS_STATEMENTS,
    )
    rewrite_addresses(ITERTOOLS_OUTPUT)
    write_numpy_fixture(
        TEXT_METHODS_OUTPUT,
        "make_reach32a_fixtures.py",
        "__repr__() and __str__() called on builtin values and arrays",
        TEXT_METHOD_STATEMENTS,
    )
    write_numpy_fixture(
        CLASS_CALLS_OUTPUT,
        "make_reach32a_fixtures.py",
        "calling the classes of builtin functions, method-wrappers, dict views, iterators, None and Ellipsis",
        CLASS_CALL_STATEMENTS,
    )
    write_numpy_fixture(
        RANDOM_OUTPUT,
        "make_reach32a_fixtures.py",
        "the legacy lognormal, laplace and multinomial draws and their errors",
        RANDOM_STATEMENTS,
    )
