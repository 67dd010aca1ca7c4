#!/usr/bin/env python3
"""Writes what CPython prints for generator functions, generator expressions and the lazy builtin iterators.

Run: `python3 Tests/SnippetsTests/Fixtures/make_generators_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/62-generators.txt`; rerunning gives identical bytes.

The statements cover what issue 9 asks of docbuild: a generator function runs nothing until `next`; `next` with and
without a default; `for`, `list`, `sum`, unpacking, `print(*g)`, `zip`/`enumerate`/`map`/`filter`/`any`/`all` over
generators, each consuming lazily (a `print` in the body interleaves with the consumer's as in CPython); `return`
and `yield from` (of a generator, a list, a string; its value); an exhausted generator staying exhausted, also
after it raised; PEP 479's RuntimeError; endless generators stopped by `break` and `next`; `yield` in `if`/`elif`/
`else`, `for`/`while` with `else`, and `try`/`except`; `x = yield` (None, as `next` sends nothing); `send(None)`, `__next__` and `close()`; recursion through
`yield from`; generator methods; generator expressions that are lazy (with nested clauses); and the builtins'
iterators reading a list as it is changed while they run (`enumerate`, `iter`, `zip`, `map`, `filter`, `reversed`).
Several are the published tutorials' own code (Whirlwind Tour's `gen` and `gen_primes`, numpy-100's `np.fromiter`,
From Python to NumPy's `RandomWalker.walk`, autograd's `make_varname_generator`).
"""

import math
import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "62-generators.txt"

TUTORIALS = [
    "def gen():\n    for n in range(12):\n        yield n ** 2",
    "print(*gen())",
    "def gen_primes(N):\n    primes = set()\n    for n in range(2, N):\n        if all(n % p > 0 for p in primes):\n"
    "            primes.add(n)\n            yield n",
    "print(*gen_primes(70))",
    "def generate():\n    for x in range(10):\n        yield x",
    "Z = np.fromiter(generate(), dtype=float, count=-1)",
    "Z",
    "np.fromiter(generate(), dtype=int, count=4)",
    "class RandomWalker:\n    def __init__(self):\n        self.position = 0\n    def walk(self, n):\n"
    "        self.position = 0\n        for i in range(n):\n            yield self.position\n"
    "            self.position += 2 * (i % 2) - 1",
    "walker = RandomWalker()",
    "list(walker.walk(6))",
    "def make_varname_generator():\n    for i in range(3):\n        yield 'x' + str(i)\n"
    "    raise Exception('Ran out of alphabet!')",
    "names = make_varname_generator()",
    "[next(names) for i in range(3)]",
    "next(names)",
    "next(names)",
    "next(names, 'exhausted')",
]

LAZINESS = [
    "def noisy():\n    print('start')\n    yield 1\n    print('middle')\n    yield 2\n    print('end')",
    "g = noisy()",
    "type(g).__name__",
    "next(g)",
    "next(g)",
    "next(g)",
    "next(g, 'done')",
    "list(g)",
    "for x in noisy():\n    print('got', x)",
    "list(noisy())",
    "print(*noisy())",
    "sum(noisy())",
    "a, b = noisy()",
    "a, b",
    "first, *rest = noisy()",
    "def src(tag, n):\n    for i in range(n):\n        print(tag, i)\n        yield i",
    "for pair in zip(src('a', 3), src('b', 2)):\n    print(pair)",
    "for i, v in enumerate(src('e', 2), 1):\n    print(i, v)",
    "m = map(print, [1, 2])",
    "list(m)",
    "list(m)",
    "for v in map(lambda v: v * 10, src('m', 2)):\n    print('mapped', v)",
    "for v in filter(lambda v: v % 2, src('f', 4)):\n    print('kept', v)",
    "any(x > 1 for x in src('any', 5))",
    "all(x < 1 for x in src('all', 5))",
    "[print('outer', v) for v in src('s', 2)]",
    "sorted(src('sorted', 3), reverse=True)",
    "max(src('max', 3)), min(src('min', 2))",
    "' '.join(str(v) for v in src('join', 3))",
    "dict(zip(src('k', 2), 'xy'))",
    "set(src('set', 2)), tuple(src('tuple', 2))",
]

ENDLESS = [
    "def count(start):\n    n = start\n    while True:\n        yield n\n        n += 1",
    "for k in count(5):\n    if k > 8:\n        break\n    print(k)",
    "c = count(0)",
    "[next(c) for _ in range(3)]",
    "next(c)",
    "list(zip(count(10), 'abc'))",
    "for i, v in enumerate(count(100)):\n    if i == 2:\n        break\n    print(i, v)",
    "a, b = count(0)",
    "evens = (n for n in count(0) if n % 2 == 0)",
    "next(evens), next(evens), next(evens)",
]

RETURNS = [
    "def returns():\n    yield 1\n    return 'value'",
    "def delegates():\n    result = yield from returns()\n    print('returned', result)\n    yield from [10, 20]\n"
    "    yield from 'ab'\n    yield from (n * n for n in range(3))",
    "list(delegates())",
    "def firsts():\n    for i in range(10):\n        if i == 2:\n            return\n        yield i",
    "list(firsts())",
    "def empty():\n    return\n    yield",
    "list(empty()), next(empty(), 'nothing')",
    "def inner_stop():\n    yield 1\n    raise StopIteration",
    "list(inner_stop())",
    "def uses_next():\n    it = iter([])\n    yield next(it)",
    "list(uses_next())",
    "def bad():\n    yield 1\n    yield 1 / 0",
    "b = bad()",
    "next(b)",
    "next(b)",
    "next(b, 'finished')",
    "def flatten(items):\n    for item in items:\n        if isinstance(item, list):\n            yield from flatten(item)\n"
    "        else:\n            yield item",
    "list(flatten([1, [2, [3, [4]]], 5]))",
    "def gen_self():\n    yield next(me)",
    "me = gen_self()",
    "next(me)",
    "next(me, 'over')",
]

STATEMENTS = [
    "def classify(xs):\n    for x in xs:\n        if x < 0:\n            yield 'neg'\n        elif x == 0:\n"
    "            yield 'zero'\n        else:\n            yield 'pos'\n    else:\n        yield 'done'",
    "list(classify([-1, 0, 3]))",
    "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 1\n    else:\n        yield 'liftoff'",
    "list(countdown(3))",
    "def safe(items):\n    for item in items:\n        try:\n            yield 10 / item\n"
    "        except ZeroDivisionError as error:\n            print('caught', error)\n            yield 'inf'\n"
    "        else:\n            yield 'ok'",
    "list(safe([1, 0, 2]))",
    "def echo():\n    for _ in range(2):\n        received = yield 'ready'\n        print('received', received)",
    "list(echo())",
    "def pairs():\n    yield 1, 2\n    x, y = 3, 4\n    yield x, y",
    "[a + b for a, b in pairs()]",
    "def tree(depth):\n    if depth == 0:\n        yield 'leaf'\n        return\n    for child in range(2):\n"
    "        for node in tree(depth - 1):\n            yield f'{child}/{node}'",
    "list(tree(2))",
    "def running_total(values):\n    total = 0\n    for value in values:\n        total += value\n        yield total",
    "list(running_total(x * x for x in range(5)))",
    "def chunks(xs, n):\n    for i in range(0, len(xs), n):\n        yield xs[i:i + n]",
    "list(chunks(np.arange(7), 3))",
]

GENERATOR_EXPRESSIONS = [
    "ge = (print('computing', i) or i for i in range(3))",
    "next(ge)",
    "list(ge)",
    "list(ge)",
    "list((i, j) for i in range(4) if i != 1 for j in range(i) if j % 2 == 0)",
    "sum(x * x for x in range(10))",
    "squares = (n * n for n in range(4))",
    "4 in squares",
    "list(squares)",
    "g2 = (x for x in 5)",
]

MUTATION = [
    "xs = [1, 2, 3]",
    "for i, x in enumerate(xs):\n    print(i, x)\n    del xs[1]",
    "xs = [1, 2, 3]",
    "it = iter(xs)",
    "xs.append(4)",
    "list(it)",
    "ys = [1, 2, 3]",
    "for a, b in zip(ys, 'abcd'):\n    print(a, b)\n    ys.append(a)",
    "zs = [1, 2, 3]",
    "for v in map(lambda v: v * 10, zs):\n    print(v)\n    zs.pop()",
    "ws = [1, 2, 3, 4]",
    "for v in filter(None, ws):\n    print(v)\n    ws.remove(v)",
    "rs = [1, 2, 3, 4]",
    "for v in reversed(rs):\n    print(v)\n    rs.pop(0)",
    "e = enumerate([5, 6])",
    "next(e), list(e), list(e)",
]

METHODS = [
    "def two():\n    yield 1\n    yield 2",
    "g = two()",
    "g.send(1)",
    "g.send(None), g.__next__()",
    "g.send(None)",
    "g = two()",
    "next(g), g.close(), list(g), next(g, 'closed')",
    "g = two()",
    "g.close()",
    "list(g)",
    "it = iter([1, 2])",
    "it.__next__(), list(it.__iter__())",
]

CONSUMERS = [
    "np.stack(np.ones(2) for _ in range(2))",
    "np.vstack(np.ones(2) for _ in range(2))",
    "np.concatenate(np.ones(1) for _ in range(2))",
    "np.indices(n for n in (2, 3)).shape",
    "xs = list('abcde')",
    "xs[1:3] = (c.upper() for c in 'xyz')",
    "xs",
    "ys = [0]",
    "ys += (n for n in range(3))",
    "ys",
    "ys.extend(n * 10 for n in range(2))",
    "ys",
    "len(two())",
    "bool(two())",
]

# Comprehensions over an object's own `__next__`: each item is asked for when the loop needs it, so the element reads
# the object as it is then (the list comprehension drained the object first and read its final state).
OBJECT_ITERATORS = [
    "class Counter:\n    def __init__(self):\n        self.i = 0\n    def __iter__(self):\n        return self\n"
    "    def __next__(self):\n        if self.i >= 3:\n            raise StopIteration\n        self.i += 1\n"
    "        return self.i",
    "c = Counter()",
    "[c.i for _ in c]",
    "c = Counter()",
    "{k: c.i * 10 for k in c}",
    "c = Counter()",
    "{c.i - k for k in c}",
    "c = Counter()",
    "[(a, b, c.i) for a in c for b in range(2)]",
    "c = Counter()",
    "[x for x in c if x != c.i]",
]

GROUPS = [
    METHODS, CONSUMERS, TUTORIALS, LAZINESS, ENDLESS, RETURNS, STATEMENTS, GENERATOR_EXPRESSIONS, MUTATION,
    OBJECT_ITERATORS,
]


def main():
    statements = [statement for group in GROUPS for statement in group]
    header = (
        f"# 62-generators: generated by make_generators_fixtures.py from Python and NumPy {np.__version__}; "
        "generator functions, generator expressions and the builtins' lazy iterators."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "math": math, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
