#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for NumPy's object arrays (`dtype=object`), which docbuild now
makes in the interpreter: each element is the Python object itself, printed through its own repr (a list as
`list([...])`) in NumPy's layout, combined through its own Python operators, and reduced by `sum`, `prod`, `max` and
`min` from the first element on.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session36_object_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/312-session36-object-arrays-made-and-printed.txt`, `313-session36-object-arrays-indexed-and-written.txt`,
`314-session36-object-arrays-operators-and-reductions.txt` and `315-session36-object-arrays-of-instances.txt`;
rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
MADE = HERE / "interpreter" / "312-session36-object-arrays-made-and-printed.txt"
INDEXED = HERE / "interpreter" / "313-session36-object-arrays-indexed-and-written.txt"
OPERATORS = HERE / "interpreter" / "314-session36-object-arrays-operators-and-reductions.txt"
INSTANCES = HERE / "interpreter" / "315-session36-object-arrays-of-instances.txt"

MADE_STATEMENTS = [
    "np.array([1, 'm', [2, 3, 4]], dtype=object)",
    "np.array([[1, 2], [3, 4]], dtype=np.object_)",
    "np.array([[1, 2], [3, 4]], dtype=np.object_, ndmax=1)",
    "np.array([[1, 2], [3]], dtype=object)",
    "np.array([[1, 2], [3, [4, 5]]], dtype=object)",
    "np.array([None, None], dtype=np.object_)",
    "np.array(['a', 'b', 'c'], dtype=np.object_)",
    "np.array(('a', 'b', 'c', 'd'), dtype=np.object_)",
    "np.array([1, '2', 3+4j], dtype=np.object_)",
    "np.array([np.int64(1)], dtype=np.object_)",
    "np.array([np.float64(1.5), np.int64(3), 2.5, True], dtype=object)",
    "np.array([np.zeros(2), np.zeros(2)], dtype=object)",
    "np.array([np.zeros(2), np.zeros(3)], dtype=object)",
    "np.array([np.arange(2), [1, 2]], dtype=object)",
    "np.array(np.arange(3), dtype=object)",
    "np.array([1, None])",
    "np.array([1.5, None])",
    "np.array(['a', None])",
    "np.array([[None, 1], [2, {'k': 3}]])",
    "np.array([], dtype=object)",
    "np.array(5, dtype=object)",
    "np.array('x', dtype=object)",
    "print(np.array('x', dtype=object))",
    "np.zeros((2, 3), dtype=object)",
    "np.zeros((7, 7), dtype=object).shape",
    "np.ones(3, dtype=object)",
    "np.empty(3, dtype=object)",
    "np.empty((3,), dtype=object)",
    "np.full((2, 2), 'ab', dtype=object)",
    "np.zeros((0, 3), dtype=object)",
    "a = np.array([[1, 'abc'], [22222, None]], dtype=object)",
    "a",
    "print(a)",
    "str(a)",
    "repr(a)",
    "a.dtype",
    "a.shape, a.ndim, a.size, a.itemsize, a.nbytes",
    "np.dtype(object)",
    "print(np.dtype(object))",
    "np.dtype(object).name, np.dtype(object).kind, np.dtype(object).char, np.dtype(object).str",
    "np.dtype('O')",
    "type(a).__name__",
    "isinstance(a, np.ndarray)",
    "np.array([2**70, 3], dtype=object)",
    "np.array([2**70, 3], dtype=object).sum()",
    "np.array(list(range(12)), dtype=object)",
    "np.array([10**20 + i for i in range(6)], dtype=object)",
    "np.array([str(i) * i for i in range(14)], dtype=object)",
    "np.array(list(range(2000)), dtype=object)",
    "np.zeros((40, 40), dtype=object)",
    "np.array([[1.5, 'x'], [[1], (2, 3)]], dtype=object)",
    "np.array([(1, 2), (3, 4)], dtype=object)",
    "np.array([(1, 2), (3, 4, 5)], dtype=object)",
    "np.array([[], []], dtype=object)",
]

INDEXED_STATEMENTS = [
    "a = np.array([1, 'm', [2, 3, 4]], dtype=np.object_)",
    "b = a.copy()",
    "b[2][0] = 10",
    "a",
    "import copy",
    "a = np.array([1, 'm', [2, 3, 4]], dtype=np.object_)",
    "a[0], a[1], a[2], a[-1]",
    "a[1:]",
    "a[[0, 2]]",
    "a[np.array([True, False, True])]",
    "len(a)",
    "for x in a:\n    print(repr(x))",
    "list(a)",
    "a.tolist()",
    "a = np.array([None, None], dtype=np.object_)",
    "a[0] = np.array(3)",
    "a",
    "a.fill(np.array(3))",
    "a",
    "a = np.array([np.int64(1)], dtype=np.object_)",
    "a.item()",
    "g = np.zeros((2, 2), dtype=object)",
    "g[0, 0] = [1, 2]",
    "g",
    "g[1] = 'row'",
    "g",
    "g[:, 1] = [7, 8]",
    "g",
    "g[0]",
    "g[1, 1]",
    "g.tolist()",
    "g.T",
    "g.reshape(4)",
    "g.ravel()",
    "g.flatten()",
    "e = np.empty(3, dtype=object)",
    "e[:] = [1, 2, 3]",
    "e",
    "e[0] = np.zeros(2)",
    "e",
    "v = e[1:]",
    "v[0] = 'through the view'",
    "e",
    "c = e[[1, 2]]",
    "c[0] = 'copy'",
    "e",
    "w = np.empty((3,), dtype=object)",
    "w = [np.ones(2), np.ones(3), np.ones(1)]",
    "w[1][0] = 5",
    "w",
    "k = np.empty(4, dtype=object)",
    "k[np.array([0, 2])] = ['x', 'y']",
    "k",
    "k[np.array([1, 3])] = [[1], [2]]",
    "k",
    "k[1:3] = np.arange(2)",
    "k",
    "type(k[1])",
    "k[:2] = [1, 2, 3]",
    "k[5]",
    "k.item(2)",
    "m = np.empty((2, 2), dtype=object)",
    "for i in range(2):\n    for j in range(2):\n        m[i, j] = (i, j)",
    "m",
    "m[1, 0]",
    "o = np.array(['a', 'b'], dtype=object).astype(object)",
    "o",
    "np.asarray(o) is o",
    "np.array(o) is o",
    "np.copy(o)",
    "np.shape(g), np.ndim(g), np.size(g)",
    "s = np.array([[1, 2], [3, 4]], dtype=object)",
    "s[0] += 10",
    "s",
    "s *= 2",
    "s",
    "t = s[:, 0]",
    "t += 1",
    "s",
]

OPERATORS_STATEMENTS = [
    "a = np.array([1, 2.5, 3], dtype=object)",
    "a + 1",
    "a * 2",
    "a - np.array([1, 1, 1])",
    "a / 2",
    "a // 2",
    "a % 2",
    "a ** 2",
    "2 - a",
    "a * np.float64(2.5)",
    "a + np.array([1.5, 2.0, 3.0])",
    "a + [10, 20, 30]",
    "a < 2",
    "a == 2.5",
    "a != 1",
    "a >= 2.5",
    "np.array([1, 2], dtype=object) + np.array([[10], [20]], dtype=object)",
    "np.array(['ab', 'c'], dtype=object) + 'z'",
    "np.array(['ab', 'c'], dtype=object) * 3",
    "np.array([[1], [2, 3]], dtype=object) + [[4], [5]]",
    "np.array([1, 2], dtype=object) + np.array([1, 2, 3], dtype=object)",
    "np.array(['a', 2], dtype=object) + 1",
    "a.sum()",
    "a.prod()",
    "a.max()",
    "a.min()",
    "np.sum(a), np.prod(a), np.max(a), np.min(a)",
    "np.array(['b', 'a', 'c'], dtype=object).sum()",
    "np.array(['b', 'a', 'c'], dtype=object).max()",
    "np.array(['b', 'a', 'c'], dtype=object).min()",
    "np.array([[1, 2], [3]], dtype=object).sum()",
    "np.array([[1, 2], [3, 4]], dtype=object).sum()",
    "np.array([], dtype=object).sum()",
    "np.array([], dtype=object).prod()",
    "np.array([], dtype=object).max()",
    "np.array([2**64, 2**65], dtype=object).prod()",
    "np.array([7], dtype=object).sum()",
    "from fractions import Fraction",
    "f = np.array([Fraction(1, 3), Fraction(1, 6)], dtype=object)",
    "f",
    "f.sum()",
    "f * 3",
    "f > Fraction(1, 4)",
    "from decimal import Decimal",
    "d = np.array([Decimal('1.10'), Decimal('2.205')], dtype=object)",
    "d",
    "d.sum()",
    "d * 2",
]

INSTANCES_STATEMENTS = [
    "class Agent:\n"
    "    def __init__(self, loc, fitness):\n"
    "        self.loc = loc\n"
    "        self.fitness = fitness\n"
    "    def copy(self):\n"
    "        return Agent(self.loc, self.fitness)\n"
    "    def __repr__(self):\n"
    "        return f'Agent({self.loc}, {self.fitness})'",
    "agents = np.array([Agent((i % 2, i // 2), i / 4) for i in range(4)])",
    "agents",
    "agents.dtype, agents.shape",
    "len(agents)",
    "for agent in agents:\n    print(agent.loc, agent.fitness)",
    "np.asarray(agents) is agents",
    "np.random.seed(17)",
    "np.random.choice(agents, size=3, replace=True)",
    "np.random.choice(agents)",
    "index_dead = np.nonzero(np.random.random(4) < 0.5)[0]",
    "index_dead",
    "replacements = [agent.copy() for agent in np.random.choice(agents, size=len(index_dead), replace=True)]",
    "agents[index_dead] = replacements",
    "agents",
    "weights = np.array([agent.fitness for agent in agents]) + 0.1",
    "np.random.choice(agents, size=2, replace=True, p=weights / np.sum(weights))",
    "[tuple(agent.loc) for agent in agents]",
    "class Money:\n"
    "    def __init__(self, cents):\n"
    "        self.cents = cents\n"
    "    def __add__(self, other):\n"
    "        return Money(self.cents + (other.cents if isinstance(other, Money) else other))\n"
    "    def __radd__(self, other):\n"
    "        return Money(other + self.cents)\n"
    "    def __lt__(self, other):\n"
    "        return self.cents < other.cents\n"
    "    def __ge__(self, other):\n"
    "        return self.cents >= other.cents\n"
    "    def __le__(self, other):\n"
    "        return self.cents <= other.cents\n"
    "    def __repr__(self):\n"
    "        return f'Money({self.cents})'",
    "wallet = np.array([Money(5), Money(12), Money(7)])",
    "wallet",
    "wallet.sum()",
    "wallet + 1",
    "1 + wallet",
    "wallet.max(), wallet.min()",
    "print(wallet)",
    "grid = np.zeros((2, 3), dtype=object)",
    "for i in range(2):\n    for j in range(3):\n        grid[i][j] = Money(i * 3 + j)",
    "grid",
    "grid[1]",
    "np.array([{'a': 1}, {'b': 2}])",
    "np.array([len, abs], dtype=object).shape",
    "np.array([Agent(0, 1)]) == np.array([Agent(0, 1)])",
    "np.array([None, None]) == None",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for path, statements, description in [
        (MADE, MADE_STATEMENTS, "object arrays made from lists, arrays and creation functions, and printed"),
        (INDEXED, INDEXED_STATEMENTS, "object arrays indexed, iterated, written through views and copies"),
        (OPERATORS, OPERATORS_STATEMENTS, "object arrays' operators and reductions calling the elements' own"),
        (INSTANCES, INSTANCES_STATEMENTS, "object arrays of a snippet's instances, drawn from and written into"),
    ]:
        write_numpy_fixture(path, "make_session36_object_fixtures.py", description, statements)
