#!/usr/bin/env python3
"""Writes the interpreter's Python-semantics transcripts from real Python and NumPy.

Run: `python3 Tests/SnippetsTests/Fixtures/make_interpreter_fixtures.py` (Python 3.11+, numpy 2.x). It rewrites
every file in `interpreter/`; rerunning gives identical bytes. CI has no Python, so the files are committed.

These complement the book helper's `transcripts/` (NumPy printing, broadcasting, random numbers, gradients) with the
Python half of the language: Python numbers and containers, REPL echo, `print`, chained comparisons, indexing of
tuples and strings, unpacking, builtins and their exceptions. Each statement runs in one namespace per file, which
holds only `np`, exactly as a snippet starts (as if `import numpy as np` had run): a bare `pi` or `zeros` is Python's
NameError there, as when the snippet is pasted into Python. The themes from 22 on (reach_themes.py) are tutorial-style
code: typing, collections, itertools, functools, operator, copy, random, string, starred targets and slice assignment.
The output of a statement is what the REPL shows: the repr of an expression's value unless it is None, what `print`
wrote, or the exception's last traceback line `ExcType: message` (class name only).
"""

import contextlib
import io
import pathlib
import warnings

import numpy as np
from reach_themes import REACH_THEMES

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "interpreter"

THEMES = {
    "01-python-numbers": [
        "1 + 2", "7 / 2", "-7 / 2", "2 ** 10", "2 ** -1", "-2 ** 2", "(-2) ** 2", "2 ** 3 ** 2", "1 - 2 - 3",
        "2 * 3 + 4 * 5", "True + True", "-True", "+True", "1.5 * 2", "0.1 + 0.2", "1e16", "1e-5", "1e22", "123456.789",
        "1 / 3", "2 ** 0.5", "10 / 4", "1 / 0", "1.0 / 0", "0 ** -1", "9223372036854775807", "-9223372036854775807",
        "1_000_000", "0x1f", "0o17", "0b101", ".5", "1.", "3 == 3.0", "1 < 2 < 3", "3 > 2 > 2", "1 < 2 > 0",
        "1 != 1.0", "2 <= 2", "float(3)", "float('2.5')", "float('inf')", "float('abc')", "int(3.9)", "int(-3.9)",
        "int('42')", "int('3.5')", "int(True)", "float(True)",
    ],
    "02-python-containers": [
        "(1, 2.5, 'a', None, True)", "[1, [2, 3], (4,)]", "()", "(1,)", "[]", "'it\\'s'", "\"say \\\"hi\\\"\"",
        "'a\\nb'", "'tab\\there'", "'ab' + 'cd'", "'ab' * 3", "[1, 2] + [3]", "(1, 2) + (3,)", "[0] * 3", "3 * (1,)",
        "'a' + 1", "[1] + (2,)", "(1, 2) == (1, 2)", "[1, 2] == [1, 2]", "(1, 2) < (1, 3)", "'a' < 'b'",
        "'a' < 1", "None == None", "t = (10, 20, 30, 40)", "t[0]", "t[-1]", "t[1:3]", "t[::-1]", "t[::2]",
        "t[10]", "t[-10:10]", "t[1.5]", "s = 'hello'", "s[1]", "s[1:4]", "s[::-1]", "s[9]", "len(t)", "len(s)",
        "len([1, 2])", "len(5)", "a, b = 1, 2", "a, b", "(c, d) = [3, 4]", "c + d", "x, y = (1, 2, 3)",
        "x, y, z = (1, 2)", "p = q = 5", "p + q", "e, f = 'ab'", "e", "n, = (7,)", "n",
    ],
    "03-printing-and-echo": [
        "print(1, 2, 3)", "print('a', 'b', sep='-')", "print('no newline', end='!\\n')", "print()",
        "print(None)", "print('x', None, 1.5, (1, 2))", "print([1, 'a'])", "print('a\\nb')", "None",
        "print(np.ones(2), np.zeros(2))", "print(np.float64(2.5), np.int64(3), np.float64)", "np.float64",
        "np.ones(2).dtype", "print(np.ones(2).dtype)", "np.pi", "np.e", "np.inf", "-np.inf", "np.nan",
        "np.newaxis", "print(np.newaxis)", "print(1, foo=2)", "x = 3", "x", "print(x)", "x = None", "x",
    ],
    "04-names-and-errors": [
        "undefined_name", "np.foo", "np.ones(3).foo", "(1).foo", "np.sum(np.ones(3), foo=1)", "np.ones()",
        "np.ones(3)(1)", "5(1)", "None + 1", "np.ones(3)[1.5]", "np.ones(3)[5]", "np.ones((2, 3))[0, 5]",
        "np.ones(3)[::0]", "len(np.array(1))", "len(np.float64(1))", "float(np.array([1.0, 2.0]))",
        "int(np.array([1.0, 2.0]))", "np.array([1, 2]).item()", "np.int64(2) ** -1", "np.ones(2) < np.ones(2) < np.ones(2)",
        "assert np.ones(2) > 0", "assert False", "assert 1 == 2, 'one is not two'", "assert True", "assert 3",
        "assert np.float64(0.5)", "assert np.array([1.0])", "assert np.zeros(0).size == 0", "np.ones((2, 3)) @ np.ones(2)",
        "np.ones(3).reshape(2, 2)", "np.sum(np.ones(3), axis=1)",
        "np.ones(3).astype('float64')",
    ],
    "05-prefix-optional-and-conversions": [
        "ones(2) + zeros(2)", "sum(arange(4))", "max(array([3, 1, 2]))", "abs(array([-1.5, 2.0]))",
        "exp(0)", "sqrt(4)", "log(1.0)", "tanh(0.0)", "square(3)", "maximum(2, 3)", "minimum(2.0, 3)",
        "np.float64(3)", "np.float64([1, 2])", "np.int64(2.5)", "np.int64(7) * 2.5", "np.float64(3) + 1",
        "3 + np.float64(2)", "np.int64(2) + 3", "float(np.float64(2.5))", "int(np.int64(4))", "float(np.array(2.0))",
        "np.array([1, 2]) @ [3, 4]", "[1, 2] + np.array([3, 4])", "(1, 2) * np.array([2, 2])",
        "np.ones(2).shape == (2,)", "np.ones((2, 3)).shape[1]", "np.ones(2).dtype == np.float64",
        "np.array(5).ndim", "np.ones((2, 3)).size", "np.array([1.5, 2.5]).sum().item()",
        "np.array([[1, 2], [3, 4]]).T.flatten()", "np.arange(6).reshape((2, 3)).transpose()",
        "np.arange(6).reshape(3, -1)", "np.eye(2, dtype=int)", "np.zeros(3, dtype=np.int64)",
        "np.ones(2, dtype=bool)", "np.arange(3).astype(np.float64)", "np.arange(3).astype(float)",
        "np.full((2, 2), 7)", "np.linspace(0, 1, 5)", "np.broadcast_shapes((2, 1), (3,))",
    ],
    "06-python-builtins-beside-numpy": [
        "abs(-3)", "abs(-2.5)", "abs(True)", "abs(np.array([-1, 2]))", "abs(np.float64(-0.5))", "abs('a')",
        "max(1, 2.5)", "max(2, 1)", "min(3, 1, 2)", "max([3, 1, 2])", "min((3.5, 1.5))", "max('abc')",
        "max(np.array([1.0, 3.0]))", "min(np.array([[1, 2], [3, 0]]).sum(axis=1))", "max(np.ones(2), np.zeros(2))",
        "max([])", "max(3)", "max(np.ones(2), 1)", "max(1, 2, key=None)", "max(np.ones(3), axis=0)",
        "sum([1, 2, 3])", "sum([0.5, 0.25], 1)", "sum((1, 2.5))", "sum([])", "sum(np.arange(4))",
        "sum(np.arange(4.0) * 0.1)", "sum(np.ones((2, 3)))", "sum(['a', 'b'])", "sum(3)", "sum([1, 2], start=10)",
        "sum([[1], [2]], [])", "np.sum([1, 2, 3])", "np.max([1, 5, 2])", "np.abs(-3)",
    ],
}

# Statements of the wider language (issue 9). Each runs as the REPL runs what you type: compiled in "single" mode,
# so an expression statement anywhere outside a function echoes its value. A statement with several lines is
# written with `... ` continuation lines and, after a compound statement, a bare `...` line, as the REPL shows it.
LANGUAGE_THEMES = {
    "07-ints-and-operators": [
        "2 ** 70", "2 ** 63", "-2 ** 63", "2 ** 64 - 1", "9223372036854775807 + 1", "-9223372036854775808 - 1",
        "(2 ** 63) * (2 ** 63)", "3 ** 100", "-(3 ** 41)", "12345678901234567890123", "0xFFFFFFFFFFFFFFFFFF",
        "2 ** 100 // 3", "2 ** 100 % 7", "-(2 ** 100) // 3", "-(2 ** 100) % 3", "2 ** 100 // -3", "(2 ** 100) / 3",
        "(2 ** 100) / (2 ** 99)", "2 ** 1000 / 2 ** 999", "10 ** 30 / 7", "1 / 10 ** 30", "2 ** 64 == 2.0 ** 64",
        "2 ** 53 + 1 == 2.0 ** 53", "2 ** 53 + 1 > 2.0 ** 53", "2 ** 70 > 1e300", "2 ** 70 < float('inf')",
        "2 ** 70 == 2 ** 70", "2 ** 70 != 2 ** 71", "float(2 ** 70)", "float(2 ** 1100)", "2 ** 1100 * 1.0",
        "int(1e30)", "int(-1e20)", "int('123456789012345678901234567890')", "int('-99999999999999999999')",
        "int(' 1_000 ')", "int('1__0')", "abs(-2 ** 70)", "abs(-9223372036854775807 - 1)", "-(-9223372036854775807 - 1)",
        "sum([2 ** 62, 2 ** 62, 2 ** 62])", "max(2 ** 70, 3)", "min(-2 ** 70, 0)", "(2 ** 70) * 0", "0 - 2 ** 64",
        "2 ** 64 + 0.5", "print(2 ** 80)", "print(-2 ** 80, 1)", "10 ** 25",
        "len([1] * 3)", "(-2) ** 63", "(-2) ** 64", "1 ** (2 ** 80)", "0 ** (2 ** 80)", "(-1) ** (2 ** 80 + 1)",
        "2 ** -2", "(2 ** 70) ** -1", "7 // 2", "-7 // 2", "7 // -2", "-7 // -2", "7 % 3", "-7 % 3", "7 % -3",
        "-7 % -3", "0 // 5", "7.5 // 2", "-7.5 // 2", "7.5 % 2", "-7.5 % 2", "7.5 % -2", "1 // 0.1", "1 % 0.1",
        "-0.0 // 1", "0.0 % -1", "5 // 0", "5 % 0", "5.0 // 0", "5.0 % 0", "5 // 0.0", "True // True",
        "True % 2", "10 // 3 * 3 + 10 % 3", "2 * 3 % 4", "2 + 7 // 2", "-7 // 2 ** 2", "'a' // 2", "[1] % 2",
        "1 and 2", "0 and 2", "1 or 2", "0 or 2", "None or 'x'", "'' or []", "[] and 1", "not 0", "not 1", "not []",
        "not 'a'", "not None", "not not 3", "True and False or True", "1 < 2 and 2 < 3", "1 > 2 or 3 > 2",
        "not 1 == 2", "not 1 < 2 < 3", "0 and 1 / 0", "1 or 1 / 0", "x = 5", "x if x > 3 else -x",
        "x if x > 10 else -x", "'big' if 2 ** 70 > 2 ** 69 else 'small'", "1 if True else 2 if False else 3",
        "(1 if False else 2) + 1", "3 in [1, 2, 3]", "4 in [1, 2, 3]", "4 not in [1, 2, 3]", "'b' in 'abc'",
        "'bc' in 'abc'", "'' in 'abc'", "'d' not in 'abc'", "1 in (1.0, 2)", "[1] in [[1], 2]", "2 in np.arange(3)",
        "5 in np.arange(3)", "2.0 in np.array([[1.0, 2.0], [3.0, 4.0]])", "1 in 'abc'", "1 in 5", "None in [None]",
        "x is None", "None is None", "x is not None", "True is True", "(1 < 2) is True", "[] is None",
        "x == 5 and x is not None", "not x is None", "1 < 2 in [True]",
        "n = 10", "n += 5", "n", "n -= 20", "n", "n *= -3", "n", "n //= 4", "n", "n %= 5", "n", "n **= 3", "n",
        "n /= 4", "n", "n += 2 ** 70", "n", "s = 'ab'", "s += 'cd'", "s", "s *= 2", "s", "t = (1,)", "t += (2, 3)",
        "t", "l = [1]", "alias = l", "l += [2]", "l", "alias", "l += (3, 4)", "alias", "l *= 2", "alias", "l += 5", "b = True", "b += 1", "b", "undefined_total += 1", "n += 'a'",
        "a = np.arange(3)", "c = a", "a += 1", "a", "c", "a *= 2", "c", "a -= np.array([1, 1, 1])", "c",
        "a += 0.5", "a", "f = np.ones(3)", "g = f", "f += np.arange(3)", "g", "f /= 2", "g",
        "f **= 2", "g", "f += np.ones((2, 3))", "f", "f -= True", "g", "m = np.eye(2)",
        "m @= np.array([[1.0, 2.0], [3.0, 4.0]])", "m", "z = np.float64(1.5)", "w = z", "z += 1", "z", "w",
        "i = np.arange(3)", "i /= 2", "i", "bb = np.array([True, False])", "bb += 1", "bb += True", "bb",
        "q = np.zeros(0)", "r = q", "q += 1", "q",
    ],
}

LANGUAGE_THEMES["08-control-flow"] = [
    "x = 7",
    "if x > 5:\n    print('big')",
    "if x > 10:\n    print('huge')\nelif x > 5:\n    print('medium')\nelse:\n    print('small')",
    "if x < 0:\n    print('negative')\nelse:\n    print('non-negative')",
    "if x: 'truthy'",
    "if []:\n    print('never')\nelse:\n    'empty list is false'",
    "if np.array([1.0, 2.0]):\n    print('ambiguous')",
    "if np.float64(0.5) > 0:\n    print('numpy scalar condition')",
    "for i in range(3):\n    print(i)",
    "for i in range(3):\n    i",
    "for i in range(2, 10, 3):\n    print(i, end=' ')",
    "for i in range(5, 0, -2):\n    print(i)",
    "for i in range(0):\n    print('never')",
    "for c in 'abc':\n    print(c)",
    "for item in [1, 'two', 3.0]:\n    print(item)",
    "for a, b in [(1, 2), (3, 4)]:\n    print(a + b)",
    "for row in np.arange(6).reshape(3, 2):\n    print(row)",
    "for row in np.arange(6).reshape(3, 2):\n    row.sum()",
    "for v in np.array([1.5, 2.5]):\n    v",
    "for v in np.float64(3.0):\n    print(v)",
    "for x in 5:\n    pass",
    "total = 0",
    "for i in range(10):\n    total += i",
    "total",
    "i",
    "for i in range(10):\n    if i == 3:\n        continue\n    if i == 6:\n        break\n    print(i)",
    "for i in range(3):\n    pass\nelse:\n    print('loop finished', i)",
    "for i in range(3):\n    if i == 1:\n        break\nelse:\n    print('not printed')",
    "n = 0",
    "while n < 5:\n    n += 1",
    "n",
    "while n > 0:\n    n -= 2\n    print(n)",
    "while False:\n    pass\nelse:\n    print('while else')",
    "k = 1",
    "while True:\n    k *= 2\n    if k > 100:\n        break",
    "k",
    "s = 0",
    "for i in range(1, 101):\n    s += i * i",
    "s",
    "for i in range(3): print(i * i)",
    "if k > 3: print('one-line if'); print('second')",
    "for i in range(2):\n    for j in range(2):\n        print(i, j)",
    "for i in range(3):\n    x = i * 10",
    "x",
    "fib = [0, 1]",
    "for _ in range(10):\n    fib = fib + [fib[-1] + fib[-2]]",
    "fib",
    "for i in range(3):\n    print(i)\n    1 / (i - 1)",
    "evens = 0",
    "for v in range(20):\n    if v % 2 == 0 and v % 3 != 0:\n        evens += 1",
    "evens",
    "w = np.zeros(3)",
    "for step in range(5):\n    w = w - 0.1 * (w - np.array([1.0, 2.0, 3.0]))",
    "w",
    "for step in range(3):\n    w -= 0.5 * (w - 1)",
    "w",
]

LANGUAGE_THEMES["09-functions"] = [
    "def square(v):\n    return v * v",
    "square(4)",
    "square(1.5)",
    "square(np.arange(3))",
    "square('a')",
    "square()",
    "square(1, 2)",
    "square(w=3)",
    "def nothing():\n    pass",
    "nothing()",
    "print(nothing())",
    "def add(a, b=10):\n    return a + b",
    "add(1)",
    "add(1, 2)",
    "add(b=5, a=1)",
    "add(1, 2, 3)",
    "add(1, a=2)",
    "add(1, c=2)",
    "def describe(name, *args, sep=', ', **kwargs):\n    return (name, args, sep, kwargs)",
    "describe('x', 1, 2, sep='-', flag=True)",
    "def collect(*args):\n    return args",
    "collect()",
    "collect(1, 'a', None)",
    "def options(**kwargs):\n    return kwargs",
    "options(lr=0.1, steps=3)",
    "options()",
    "def kwonly(a, *, scale=2):\n    return a * scale",
    "kwonly(3)",
    "kwonly(3, scale=5)",
    "kwonly(3, 5)",
    "def needs(a, b, c):\n    return a",
    "needs(1)",
    "needs()",
    "def early(v):\n    if v < 0:\n        return 'negative'\n    return 'non-negative'",
    "early(-1)",
    "early(2)",
    "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)",
    "fact(5)",
    "fact(30)",
    "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)",
    "fib(15)",
    "def make_counter():\n    count = 0\n    def increment():\n        nonlocal count\n        count += 1\n        return count\n    return increment",
    "counter = make_counter()",
    "counter()",
    "counter()",
    "counter()",
    "def make_multiplier(factor):\n    return lambda v: v * factor",
    "triple = make_multiplier(3)",
    "triple(5)",
    "triple(np.ones(2))",
    "calls = 0",
    "def tracked():\n    global calls\n    calls += 1",
    "tracked()",
    "tracked()",
    "calls",
    "def broken():\n    return undefined_thing",
    "broken()",
    "def unbound():\n    print(value)\n    value = 1",
    "unbound()",
    "def shadow():\n    calls = 100\n    return calls",
    "shadow()",
    "calls",
    "def outer():\n    def inner():\n        return 'inner'\n    return inner()",
    "outer()",
    "def loop_sum(values):\n    total = 0\n    for v in values:\n        total += v\n    return total",
    "loop_sum([1, 2, 3])",
    "loop_sum(range(101))",
    "loop_sum(np.arange(4.0))",
    "def find_first(values, target):\n    for i, v in enumerate(values):\n        if v == target:\n            return i\n    return -1",
    "find_first([5, 6, 7], 7)",
    "find_first([5, 6, 7], 8)",
    "def divide(a, b):\n    return a / b",
    "divide(1, 0)",
    "def mse(pred, target):\n    return ((pred - target) ** 2).mean()",
    "mse(np.array([1.0, 2.0]), np.array([1.5, 2.5]))",
    "double = lambda v: 2 * v",
    "double(21)",
    "(lambda: 'no args')()",
    "(lambda a, b=2: a ** b)(3)",
    "f = lambda *args: len(args)",
    "f(1, 2, 3)",
    "def apply(fn, value):\n    return fn(value)",
    "apply(square, 7)",
    "apply(lambda v: v + 1, 1)",
    "apply(abs, -3)",
    "def default_list(v, acc=[]):\n    return acc + [v]",
    "default_list(1)",
    "default_list(2)",
    "def returns_tuple():\n    return 1, 2",
    "returns_tuple()",
    "p, q = returns_tuple()",
    "p + q",
    "def gd(w, lr, steps):\n    for _ in range(steps):\n        w = w - lr * 2 * (w - 3.0)\n    return w",
    "gd(0.0, 0.1, 50)",
    "gd(np.zeros(2), 0.25, 10)",
    "type(square)",
    "callable(square)",
    "callable(3)",
]

LANGUAGE_THEMES["10-lists-dicts-builtins"] = [
    "xs = [3, 1, 2]", "ys = xs", "ys.append(4)", "xs", "xs.extend([5, 6])", "xs", "xs.pop()", "xs.pop(0)", "xs",
    "xs.insert(1, 10)", "xs", "xs.index(10)", "xs.index(99)", "xs.count(2)", "xs.sort()", "xs", "xs.reverse()", "xs",
    "xs.remove(10)", "xs", "xs.remove(42)", "xs.copy()", "xs[0] = 100", "xs", "ys", "xs[-1] = -1", "xs", "xs[10] = 1",
    "[].pop()", "xs.sort(reverse=True)", "xs", "words = ['banana', 'Apple', 'cherry']", "words.sort(key=len)", "words",
    "sorted(words)", "sorted(words, key=lambda w: w.lower())",
    "sorted([3, 1, 2], reverse=True)", "sorted([1, 'a'])", "sorted((2, 1))", "sorted('cba')",
    "losses = []", "for step in range(3):\n    losses.append(1.0 / (step + 1))", "losses", "len(losses)",
    "nested = [[1, 2], [3]]", "nested[0].append(9)", "nested", "grid = [[0] * 2] * 2", "grid[0][0] = 1", "grid",
    "xs.clear()", "xs", "ys",
    "d = {'a': 1, 'b': 2}", "d", "d['a']", "d['z']", "d['c'] = 3", "d", "d.get('a')", "d.get('z')", "d.get('z', 0)",
    "d.keys()", "d.values()", "d.items()", "list(d)", "list(d.items())", "'a' in d", "'z' in d", "1 in d.values()",
    "len(d)", "d.update({'a': 10, 'e': 5})", "d", "d.update(f=6)", "d", "d.pop('a')", "d", "d.pop('zz')",
    "d.pop('zz', None)", "d.setdefault('g', 7)", "d.setdefault('g', 8)", "d",
    "for k in d:\n    print(k, d[k])", "for k, v in d.items():\n    print(k, '->', v)",
    "{1: 'one', 2.0: 'two', True: 'true'}", "{(1, 2): 'pair'}[(1, 2)]", "{[1]: 2}", "{}", "dict()",
    "dict(a=1, b=2)", "dict([('x', 1), ('y', 2)])", "dict(zip('abc', range(3)))", "{'a': 1} == {'a': 1}",
    "{'a': 1} == {'a': 2}", "counts = {}", "for w in 'abracadabra':\n    counts[w] = counts.get(w, 0) + 1",
    "counts", "max(counts, key=counts.get)", "sorted(counts.items(), key=lambda kv: -kv[1])",
    "list(range(5))", "list(range(2, 12, 3))", "range(5)", "range(1, 5)", "range(0, 10, 2)", "len(range(10))",
    "range(10)[3]", "range(10)[-1]", "range(10)[20]", "5 in range(10)", "range(3) == range(3)", "range(1.5)",
    "list(zip([1, 2, 3], 'ab'))", "list(enumerate('xy'))", "list(enumerate('xy', start=1))",
    "list(reversed([1, 2, 3]))", "list(reversed(range(3)))", "list(map(abs, [-1, 2, -3]))",
    "list(map(lambda a, b: a * b, [1, 2], [3, 4]))", "list(filter(None, [0, 1, '', 'a']))",
    "list(filter(lambda v: v > 1, [1, 2, 3]))", "any([0, 0, 1])", "any([])", "all([1, 1])", "all([1, 0])",
    "all([])", "sum(range(101))", "sum([0.1] * 10)", "min([4, 2, 8])", "max('hello')", "max([1, 5, 3], key=lambda v: -v)",
    "min([], default=0)", "max(3, 7, 5)", "round(2.675, 2)", "round(2.5)", "round(3.5)", "round(-2.5)", "round(7)",
    "round(1234, -2)", "round(0.125, 2)", "round(1e20)", "round(float('nan'))", "abs(-7.5)", "divmod(17, 5)",
    "divmod(-17, 5)", "divmod(7.5, 2)", "pow(2, 10)", "pow(2, -1)", "list('abc')", "tuple([1, 2])", "list((1,))",
    "list(5)", "str(42)", "str(1.5)", "str([1, 'a'])", "repr('a')", "repr(1.0)", "bool(0)", "bool([1])", "bool('')",
    "int('7') + int(2.9)", "float('1e3')", "type(1)", "type(1.0)", "type('a')", "type([])", "type({})", "type(None)",
    "type(np.ones(2))", "type(np.float64(1))", "type(range(3))", "type(len)", "type(int)", "isinstance(1, int)",
    "isinstance(True, int)", "isinstance(1.0, (int, float))", "isinstance('a', str)", "isinstance([], list)",
    "isinstance(np.ones(2), np.ndarray)", "isinstance(np.float64(1.0), float)", "isinstance(1, 'int')",
    "chr(65)", "ord('A')", "next(iter([7, 8]))", "it = iter([1, 2])", "next(it)", "next(it)", "next(it, 'done')",
    "z = zip([1, 2], [3, 4])", "list(z)", "list(z)", "len([1, 2, 3][1:])", "[1, 2, 3][::-1]", "(1, 2, 3).index(2)",
    "(1, 2, 2).count(2)",
]

LANGUAGE_THEMES["11-strings-and-formatting"] = [
    "s = '  Hello, World  '", "s.strip()", "s.lstrip()", "s.rstrip()", "s.lower()", "s.upper()", "s.split()",
    "s.split(',')", "'a,b,,c'.split(',')", "'a b c'.split(' ', 1)", "'-'.join(['a', 'b', 'c'])", "''.join('xyz')",
    "', '.join(str(v) for v in range(3))", "'-'.join([1, 2])", "s.replace('l', 'L')", "'aaa'.replace('a', 'b', 2)",
    "'hello'.startswith('he')", "'hello'.endswith(('lo', 'x'))", "'hello'.find('l')", "'hello'.find('z')",
    "'hello'.index('z')", "'hello'.count('l')", "'hello world'.title()", "'hello'.capitalize()", "'42'.isdigit()",
    "'abc'.center(9, '*')", "'abc'.ljust(6) + '|'", "'abc'.rjust(6)", "'7'.zfill(3)", "'-7'.zfill(4)",
    "'a\\nb\\nc'.splitlines()", "'abc'[1:]", "'abc' * 0", "'x' in 'xyz'",
    "x = 3.14159", "n = 42", "name = 'docbuild'", "f'{x}'", "f'{x:.2f}'", "f'{x:10.3f}|'", "f'{x:<10.1f}|'",
    "f'{x:^10.2f}|'", "f'{x:+.3f}'", "f'{x:e}'", "f'{x:.3e}'", "f'{x:g}'", "f'{x:.3}'", "f'{100.0:.3}'",
    "f'{10.0:.3}'", "f'{0.5:.0%}'", "f'{0.256:.1%}'", "f'{n:d}'", "f'{n:5d}|'", "f'{n:>5d}|'", "f'{n:<5d}|'",
    "f'{n:^5d}|'", "f'{n:05d}'", "f'{n:x}'", "f'{n:#x}'", "f'{n:b}'", "f'{n:o}'", "f'{n:c}'", "f'{1234567:,}'",
    "f'{1234567.891:,.2f}'", "f'{1234567:_}'", "f'{-n:+d}'", "f'{n:+d}'", "f'{n: d}'", "f'{n:.2f}'",
    "f'{name!r}'", "f'{name!s}'", "f'{name:>12}|'", "f'{name:*^12}'", "f'{name:.3}'", "f'{x=}'", "f'{x = }'",
    "f'{x=:.2f}'", "f'{n=}'", "f'{name=!s}'", "f'{n + 1}'", "f'{[1, 2]}'", "f'{(1, 2)}'", "f'{None}'",
    "f'{True}'", "f'{True:>5}'", "f'{{literal}}'", "f'a{n}b{x:.1f}c'", "width = 8", "f'{n:{width}}|'",
    "f'{x:.{n % 5}f}'", "f'{np.float64(2.5):.3f}'", "f'{np.int64(7):>4}'", "f'{np.float64(0.1)}'",
    "f'{np.array([1.5, 2.5])}'", "f'{np.array([1.5, 2.5]):.2f}'", "f'{None:.2f}'", "f'{name:+}'", "f'{x:d}'",
    "f'{n:s}'", "f'{x:abc}'", "f'{2 ** 70:,}'", "f'{float(\"nan\"):.2f}'", "f'{float(\"inf\"):e}'",
    "f'{-0.0:.1f}'", "f'{1e16}'", "f'{1e-7:.2e}'", "f'{123456789.0:g}'", "f'{0.0001:g}'",
    "print(f'loss: {0.123456:.4f}')", "for i in range(3):\n    print(f'step {i:2d}: {1 / (i + 1):.3f}')",
    "'{} + {} = {}'.format(1, 2, 3)", "'{0}{1}{0}'.format('a', 'b')", "'{name}: {value:.2f}'.format(name='pi', value=x)",
    "'{:>6}|'.format('ab')", "'{!r}'.format('q')", "'{}'.format()", "'{'.format(1)", "'{{}}'.format()",
    "'%d items' % 3", "'%5.2f|' % x", "'%s and %s' % ('a', 'b')", "'%r' % 'q'", "'%-5d|' % 42", "'%05d' % 42",
    "'%x' % 255", "'%e' % 12345.678", "'%g' % 0.0001", "'%+d' % 5", "'100%%' % ()", "'%d' % 'a'",
    "'%d %d' % (1,)", "'hi' % 3", "'%s' % [1, 2]", "'%.3s' % 'abcdef'", "'%i' % 3.9",
    "format(3.14159, '.2f')", "format(42, '08b')", "format('x', '^5')", "format(1.5)",
    "print('a', 'b', sep='')", "print('a', 'b', sep=', ', end='.\\n')", "print(1, 2, 3, sep='\\n')",
    "'\\101\\102'", "'\\0'", "'\\x41'", "'\\u00e9'", "'\\N{BULLET}'", "'\\N{greek small letter alpha}'",
    "'\\a\\b\\f\\v'", "'tab\\there'", "r'raw\\n'", "'\\d'",
]

LANGUAGE_THEMES["12-comprehensions"] = [
    "[v * v for v in range(5)]", "[v for v in range(10) if v % 3 == 0]", "[(a, b) for a in range(2) for b in 'xy']",
    "[a * b for a in range(3) for b in range(3) if a != b]", "[[i * j for j in range(3)] for i in range(3)]",
    "{k: len(k) for k in ['a', 'bb', 'ccc']}", "{v: v ** 2 for v in range(4) if v}", "sum(v * v for v in range(10))",
    "max(len(w) for w in ['a', 'bcd', 'ef'])", "list(v + 1 for v in [1, 2])", "any(v > 2 for v in [1, 2, 3])",
    "all(v > 0 for v in [])", "tuple(c.upper() for c in 'abc')", "sorted(v % 3 for v in range(6))",
    "v = 'outer'", "[v for v in range(3)]", "v", "[w for w in range(3)]", "w",
    "scale = 10", "[scale * v for v in range(3)]", "def powers(n):\n    return [n ** k for k in range(4)]",
    "powers(2)", "[row.sum() for row in np.arange(6).reshape(2, 3)]", "np.array([v / 2 for v in range(4)])",
    "[x for x in 5]", "[1 / v for v in [1, 0]]", "[undefined for v in range(2)]", "[v for v in []]",
    "names = ['w', 'b']", "params = {n: np.zeros(2) for n in names}", "params['w']",
    "[(i, c) for i, c in enumerate('ab')]", "{c: i for i, c in enumerate('abc')}['c']",
    "[x if x > 0 else 0 for x in [-1, 2, -3]]", "[f'{v:.1f}' for v in [0.25, 1.5]]",
    "matrix = [[1, 2], [3, 4]]", "[row[i] for row in matrix for i in range(2)]", "[[row[i] for row in matrix] for i in range(2)]",
    "[sum(row) for row in matrix]",
]

LANGUAGE_THEMES["13-imports-and-math"] = [
    "import numpy", "numpy.ones(2)", "import numpy as np", "from numpy import array, zeros", "array([1, 2])",
    "zeros(2)", "from numpy import zeros as z, pi", "z(1)", "pi", "import numpy.random as npr", "npr.seed(0)",
    "npr.rand(2)", "import numpy.random", "numpy.random.seed(1)",
    "import math", "math.sqrt(2)", "math.pi", "math.e", "math.tau", "math.inf", "math.exp(1)", "math.exp(-1.5)",
    "math.log(10)", "math.log(100, 10)", "math.log(8, 2)", "math.log10(1000)", "math.log2(1024)", "math.log(0)",
    "math.sqrt(-1)", "math.sqrt(16)", "math.floor(2.7)", "math.floor(-2.5)", "math.ceil(2.1)", "math.trunc(-2.7)",
    "math.factorial(20)", "math.factorial(25)", "math.factorial(-1)", "math.gcd(12, 18)", "math.comb(5, 2)",
    "math.perm(5, 2)", "math.isclose(0.1 + 0.2, 0.3)", "0.1 + 0.2 == 0.3", "math.fsum([0.1] * 10)",
    "sum([0.1] * 10)", "math.prod([1, 2, 3, 4])", "math.tanh(0.5)", "math.sin(math.pi / 6)", "math.cos(0)",
    "math.atan2(1, 1)", "math.hypot(3, 4)", "math.degrees(math.pi)", "math.radians(180)", "math.exp(1000)",
    "math.isnan(float('nan'))", "math.isinf(math.inf)", "math.pow(2, 0.5)", "math.fabs(-3)", "math.erf(0.5)",
    "math.sqrt('a')", "math.sqrt(np.float64(2.0))", "from math import sqrt, pi as PI", "sqrt(16)", "PI",
    "import math as m", "m.cos(0)", "math.nonexistent",
]

LANGUAGE_THEMES["14-autograd"] = [
    "import autograd.numpy as np", "from autograd import grad, value_and_grad, elementwise_grad, jacobian",
    "f = lambda x: x ** 2", "grad(f)(3.0)", "df = grad(f)", "df(np.float64(1.5))", "df(-2.0)",
    "grad(lambda x: 3 * x ** 3 - x)(2.0)",
    "def loss(w):\n    return np.sum((w * np.array([1.0, 2.0]) - 1.0) ** 2)", "grad(loss)(np.array([0.5, 0.5]))",
    "value_and_grad(loss)(np.array([0.5, 0.5]))", "value_and_grad(f)(3.0)",
    "elementwise_grad(f)(np.array([1.0, 2.0, 3.0]))", "jacobian(lambda x: x ** 2)(np.array([1.0, 2.0]))",
    "jacobian(lambda x: 3.0 * x)(np.array([1.0, 2.0]))",
    "grad(lambda a, b: a * b, 1)(2.0, 5.0)", "grad(lambda a, b: a * b, argnum=1)(2.0, 5.0)",
    "grad(lambda a, b: a * b)(2.0, 5.0)", "grad(f)(3)", "grad(lambda x: x * 2)(np.array([1.0, 2.0]))",
    "def piecewise(x):\n    if x > 0:\n        return x ** 2\n    return -x",
    "grad(piecewise)(3.0)", "grad(piecewise)(-3.0)",
    "def power_loop(x):\n    result = 1.0\n    for _ in range(4):\n        result = result * x\n    return result",
    "grad(power_loop)(2.0)",
    "X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])", "y = np.array([1.0, 2.0, 3.0])",
    "def mse(w):\n    return np.mean((X @ w - y) ** 2)", "g = grad(mse)", "w = np.zeros(2)",
    "for step in range(100):\n    w = w - 0.01 * g(w)", "print(f'{mse(w):.6f}')", "print(f'{w[0]:.4f} {w[1]:.4f}')",
    "losses = []", "w = np.zeros(2)",
    "for step in range(3):\n    value, gradient = value_and_grad(mse)(w)\n    losses.append(round(float(value), 6))\n    w -= 0.05 * gradient",
    "losses", "x = np.array([1.0, 2.0])", "grad(lambda v: (v ** 2).sum())(x)",
]

LANGUAGE_THEMES["15-exceptions"] = [
    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('caught')",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught:', e)",
    "try:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print('lookup', e)",
    "try:\n    {}['k']\nexcept LookupError as e:\n    print(repr(e), str(e))",
    "try:\n    int('x')\nexcept Exception as e:\n    print('error:', e)",
    "try:\n    undefined_name\nexcept NameError:\n    print('no such name')",
    "try:\n    pass\nexcept ValueError:\n    print('never')\nelse:\n    print('else runs')\nfinally:\n    print('finally runs')",
    "try:\n    1 / 0\nexcept ValueError:\n    print('wrong handler')",
    "try:\n    1 / 0\nfinally:\n    print('cleanup')",
    "try:\n    raise ValueError('bad value')\nexcept ValueError as e:\n    print(e)",
    "raise ValueError('shown as the error line')", "raise KeyError('k')", "raise TypeError", "raise 5",
    "e = ValueError('x', 2)", "e", "str(e)", "ValueError('m')", "KeyError('k')", "RuntimeError()",
    "def safe_div(a, b):\n    try:\n        return a / b\n    except ZeroDivisionError:\n        return float('inf')\n    finally:\n        print('checked', a, b)",
    "safe_div(1, 2)", "safe_div(1, 0)",
    "def first(xs):\n    try:\n        return xs[0]\n    except IndexError:\n        raise ValueError('empty input')",
    "first([5])", "first([])",
    "def reraise():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        print('logging')\n        raise",
    "reraise()",
    "for i in range(3):\n    try:\n        if i == 1:\n            raise RuntimeError('skip')\n        print(i)\n    except RuntimeError:\n        continue",
    "results = []",
    "for v in ['1', 'x', '3']:\n    try:\n        results.append(int(v))\n    except ValueError as err:\n        results.append(str(err))",
    "results",
    "try:\n    np.ones(2) @ np.ones(3)\nexcept ValueError as e:\n    print('numpy said:', e)",
    "try:\n    raise NotImplementedError('todo')\nexcept RuntimeError as e:\n    print('subclass caught:', e)",
    "ValueError",
    "try:\n    raise StopIteration\nexcept Exception as e:\n    print(repr(e))",
]


# Themes 16 on run with `__name__ == "__main__"`, as a pasted REPL session has, so classes print as `__main__.Name`.
# A statement that raises part-way keeps what it bound before the error, as Python does: a later statement sees it.
LANGUAGE_THEMES["15b-bindings-before-an-error"] = [
    "x = 1",
    "for i in range(3):\n    x = i * 10\n    if i == 1:\n        raise ValueError('stop')",
    "x", "i",
    "def f():\n    global y\n    y = 5\n    return 1 / 0",
    "f()", "y",
    "total = 0", "for v in [1, 2, 'a', 4]:\n    total += v",
    "total", "v",
    "a, b = 1, 2", "a, b = 3, 4, 5", "a, b",
    "items = []", "while True:\n    items.append(len(items))\n    if len(items) == 3:\n        items[5]",
    "items",
]

MAIN_THEMES = {}

MAIN_THEMES["16-classes"] = [
    "class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n    def norm2(self):\n        return self.x ** 2 + self.y ** 2\n    def __repr__(self):\n        return f'Point({self.x}, {self.y})'\n    def __add__(self, other):\n        return Point(self.x + other.x, self.y + other.y)\n    def __eq__(self, other):\n        return isinstance(other, Point) and self.x == other.x and self.y == other.y\n    __hash__ = None",
    "p = Point(1, 2)", "p", "p.x", "p.norm2()", "print(p)", "str(p)", "repr(p)", "[p, Point(3, 4)]",
    "p + Point(10, 20)", "p == Point(1, 2)", "p != Point(1, 2)", "p == 3", "f'{p}'", "f'{p!r} and {p.x:.2f}'",
    "p.z", "p.z = 5", "p.z", "Point(1)", "Point(1, 2, 3)", "Point", "type(p)", "type(p) is Point",
    "isinstance(p, Point)", "isinstance(3, Point)", "Point.__name__", "p.norm2", "p * 2", "2 + p", "-p",
    "p < p", "{'a': p}", "(p,)", "p in [Point(1, 2)]", "p in (Point(0, 0),)", "[p, 1] == [Point(1, 2), 1]",
    "(p,) != (Point(1, 2),)", "{p: 1}", "{p}", "class Keyed:\n    def __eq__(self, other):\n        return True",
    "{Keyed(): 1}", "Keyed() in [1]", "class Plain2:\n    pass", "q = Plain2()", "len({q: 1, Plain2(): 2})",
    "q in [Plain2()]", "q in [q]",
    "class Counter:\n    count = 0\n    def __init__(self):\n        Counter.count += 1\n        self.id = Counter.count",
    "a = Counter()", "b = Counter()", "Counter.count", "a.id, b.id", "a.count",
    "class Animal:\n    def __init__(self, name):\n        self.name = name\n    def speak(self):\n        return 'generic sound'\n    def describe(self):\n        return f'{self.name} says {self.speak()}'",
    "class Dog(Animal):\n    def __init__(self, name, breed):\n        super().__init__(name)\n        self.breed = breed\n    def speak(self):\n        return 'woof'",
    "d = Dog('Rex', 'lab')", "d.describe()", "d.breed", "isinstance(d, Animal)", "isinstance(Animal('x'), Dog)",
    "Animal('cat').describe()",
    "class Temperature:\n    def __init__(self, celsius):\n        self._c = celsius\n    @property\n    def fahrenheit(self):\n        return self._c * 9 / 5 + 32\n    @staticmethod\n    def freezing():\n        return 0.0\n    @classmethod\n    def from_fahrenheit(cls, f):\n        return cls((f - 32) * 5 / 9)",
    "t = Temperature(100)", "t.fahrenheit", "Temperature.freezing()", "t.freezing()",
    "Temperature.from_fahrenheit(212)._c", "t.fahrenheit = 5",
    "class Seq:\n    def __init__(self, items):\n        self.items = list(items)\n    def __len__(self):\n        return len(self.items)\n    def __getitem__(self, i):\n        return self.items[i]\n    def __iter__(self):\n        return iter(self.items)\n    def __call__(self, k):\n        return [x * k for x in self.items]\n    def __contains__(self, x):\n        return x in self.items",
    "s = Seq([3, 1, 2])", "len(s)", "s[0]", "s[-1]", "s[5]", "list(s)", "for x in s:\n    print(x)",
    "[x * 2 for x in s]", "s(10)", "2 in s", "7 in s", "sorted(s)", "sum(s)", "bool(Seq([]))", "callable(s)",
    "class Matrix:\n    def __init__(self, a):\n        self.a = np.asarray(a, dtype=float)\n    def __matmul__(self, other):\n        return Matrix(self.a @ other.a)\n    def __truediv__(self, k):\n        return Matrix(self.a / k)\n    def __pow__(self, n):\n        return Matrix(self.a ** n)\n    def __sub__(self, other):\n        return Matrix(self.a - other.a)\n    def __lt__(self, other):\n        return self.a.sum() < other.a.sum()\n    def __repr__(self):\n        return f'Matrix({self.a.sum()})'",
    "m = Matrix([[1, 2], [3, 4]])", "m @ m", "m / 2", "m ** 2", "m - m", "m < m ** 2", "m > m ** 2",
    "class Plain:\n    pass", "Plain(1)", "x = Plain()", "x.value = 3", "x.value",
    "class Bad:\n    def __init__(self):\n        return 5", "Bad()",
    "class NoRepr:\n    def __str__(self):\n        return 'just str'", "print(NoRepr())", "str(NoRepr())",
    "class Shape:\n    def area(self):\n        raise NotImplementedError('subclass must implement area')",
    "class Square(Shape):\n    def __init__(self, side):\n        self.side = side\n    def area(self):\n        return self.side ** 2",
    "Square(3).area()", "Shape().area()", "shapes = [Square(1), Square(2)]", "sum(s.area() for s in shapes)",
    "getattr(p, 'x')", "getattr(p, 'w', 'none')", "hasattr(p, 'x')", "hasattr(p, 'w')", "setattr(p, 'x', 9)", "p",
    "del p.x", "hasattr(p, 'x')", "p.x",
]

MAIN_THEMES["17-decorators-and-calls"] = [
    "def twice(f):\n    def wrapper(*args, **kwargs):\n        return f(*args, **kwargs) * 2\n    return wrapper",
    "@twice\ndef add(a, b=1):\n    return a + b", "add(3)", "add(3, b=4)", "add(*[1, 2])", "add(**{'a': 5, 'b': 6})",
    "def logged(f):\n    def inner(x):\n        print('calling', f.__name__, 'with', x)\n        return f(x)\n    return inner",
    "@logged\n@twice\ndef square(x):\n    return x * x", "square(3)",
    "def repeat(n):\n    def decorate(f):\n        def run(*args):\n            return [f(*args) for _ in range(n)]\n        return run\n    return decorate",
    "@repeat(3)\ndef hello(name):\n    return 'hi ' + name", "hello('bob')",
    "def f(a, b, c):\n    return a * 100 + b * 10 + c", "args = (1, 2, 3)", "f(*args)", "f(1, *(2, 3))",
    "f(*[1, 2], 3)", "f(*range(3))", "f(**{'a': 1, 'b': 2, 'c': 3})", "f(1, **{'c': 3, 'b': 2})",
    "f(*[1, 2])", "f(*[1, 2, 3, 4])", "f(**{'a': 1, 'b': 2, 'd': 3})", "f(*5)", "f(**[1])",
    "print(*[1, 2, 3], sep=', ')", "print(*'abc')", "max(*[3, 9, 2])", "list(zip(*[(1, 'a'), (2, 'b')]))",
    "np.zeros(*[(2, 2)])", "kw = {'sep': '-'}", "print('a', 'b', **kw)",
    "def g(*args, **kwargs):\n    return args, kwargs", "g(*[1, 2], x=3, **{'y': 4})",
    "class Memo:\n    def __init__(self, f):\n        self.f = f\n        self.cache = {}\n    def __call__(self, n):\n        if n not in self.cache:\n            self.cache[n] = self.f(n)\n        return self.cache[n]",
    "@Memo\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)", "fib(30)", "len(fib.cache)",
]

MAIN_THEMES["18-sets-del-with"] = [
    "s = {3, 1, 2}", "s", "len(s)", "2 in s", "5 not in s", "s.add(10)", "s", "s.add(3)", "len(s)",
    "set()", "set([5, 5, 1])", "{x % 4 for x in range(10)}", "{1, 2} == {2, 1}", "{1, 2} == [1, 2]",
    "type(s)", "isinstance(s, set)", "sorted({'b', 'a', 'c'})", "sorted(s)", "for v in {8, 3, 5}:\n    print(v)",
    "{100, 7, 33, 1}", "set(range(20))", "{0, 8, 16}", "{1, 9, 17, 25}", "{-1, -2, 3}", "{True, 2}",
    "{1.0, 2}", "{[1]}", "s.remove(99)", "s.discard(99)", "t = {1, 2, 3}", "t.union([4])", "t.intersection({2, 3, 9})",
    "t.difference({1})", "t.issubset({1, 2, 3, 4})", "t.issuperset([1])", "len(t.union({7, 8}))",
    "sorted(t.union({7, 8}))", "bool(set())", "bool({0})", "list({5, 1, 3})",
    "x = 5", "del x", "x", "del x", "nums = [0, 1, 2, 3, 4, 5]", "del nums[0]", "nums", "del nums[-1]", "nums",
    "del nums[1:3]", "nums", "del nums[10]", "d = {'a': 1, 'b': 2}", "del d['a']", "d", "del d['zz']",
    "t2 = (1, 2)", "del t2[0]", "m = [1, 2, 3, 4, 5, 6]", "del m[::2]", "m", "a, b = 1, 2", "del a, b", "a",
    "def h():\n    y = 1\n    del y\n    return y", "h()", "np.arange(3)[0]",
    "class Ctx:\n    def __init__(self, name):\n        self.name = name\n    def __enter__(self):\n        print('enter', self.name)\n        return self\n    def __exit__(self, kind, value, tb):\n        print('exit', self.name, kind is None)\n        return False",
    "with Ctx('a') as c:\n    print('inside', c.name)",
    "with Ctx('a'), Ctx('b') as second:\n    print('both', second.name)",
    "with Ctx('err'):\n    1 / 0",
    "class Quiet:\n    def __enter__(self):\n        return 42\n    def __exit__(self, kind, value, tb):\n        print('swallowed', kind.__name__ if kind else None, value)\n        return True",
    "with Quiet() as q:\n    print(q)\n    raise ValueError('boom')", "print('after')",
    "def use():\n    with Ctx('fn'):\n        return 'returned'", "use()",
    "for i in range(3):\n    with Ctx(str(i)):\n        if i == 1:\n            break", "with 5:\n    pass",
]

# Karpathy's micrograd engine (its graph walk iterates sets of objects, whose order CPython takes from addresses, so
# the last digits of a gradient can vary from run to run: the statements print rounded values only).
# Karpathy's micrograd engine (github.com/karpathy/micrograd, engine.py and nn.py, MIT), typed in as a snippet.
MAIN_THEMES["19-micrograd"] = [
    "class Value:\n    def __init__(self, data, _children=(), _op=''):\n        self.data = data\n        self.grad = 0\n        self._backward = lambda: None\n        self._prev = set(_children)\n        self._op = _op\n    def __add__(self, other):\n        other = other if isinstance(other, Value) else Value(other)\n        out = Value(self.data + other.data, (self, other), '+')\n        def _backward():\n            self.grad += out.grad\n            other.grad += out.grad\n        out._backward = _backward\n        return out\n    def __mul__(self, other):\n        other = other if isinstance(other, Value) else Value(other)\n        out = Value(self.data * other.data, (self, other), '*')\n        def _backward():\n            self.grad += other.data * out.grad\n            other.grad += self.data * out.grad\n        out._backward = _backward\n        return out\n    def __pow__(self, other):\n        assert isinstance(other, (int, float)), 'only supporting int/float powers for now'\n        out = Value(self.data**other, (self,), f'**{other}')\n        def _backward():\n            self.grad += (other * self.data**(other-1)) * out.grad\n        out._backward = _backward\n        return out\n    def relu(self):\n        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')\n        def _backward():\n            self.grad += (out.data > 0) * out.grad\n        out._backward = _backward\n        return out\n    def backward(self):\n        topo = []\n        visited = set()\n        def build_topo(v):\n            if v not in visited:\n                visited.add(v)\n                for child in v._prev:\n                    build_topo(child)\n                topo.append(v)\n        build_topo(self)\n        self.grad = 1\n        for v in reversed(topo):\n            v._backward()\n    def __neg__(self):\n        return self * -1\n    def __radd__(self, other):\n        return self + other\n    def __sub__(self, other):\n        return self + (-other)\n    def __rsub__(self, other):\n        return other + (-self)\n    def __rmul__(self, other):\n        return self * other\n    def __truediv__(self, other):\n        return self * other**-1\n    def __rtruediv__(self, other):\n        return other * self**-1\n    def __repr__(self):\n        return f\"Value(data={self.data}, grad={self.grad})\"",
    "a = Value(-4.0)", "b = Value(2.0)", "c = a + b", "d = a * b + b**3", "c += c + 1", "c += 1 + c + (-a)",
    "d += d * 2 + (b + a).relu()", "d += 3 * d + (b - a).relu()", "e = c - d", "f = e**2", "g = f / 2.0",
    "g += 10.0 / f", "print(f'{g.data:.4f}')", "g.backward()", "print(f'{a.grad:.4f}')", "print(f'{b.grad:.4f}')",
    "print(f'{a.data} {g.grad}')", "Value(3) ** Value(2)", "x = Value(2.0)", "y = x * x + 3 * x + 1", "y.backward()", "x.grad", "y",
    "[Value(1.0), Value(2.0)]", "Value(1.0) - 1", "1 - Value(1.0)", "2 / Value(4.0)", "-Value(3.0)",
    "class Module:\n    def zero_grad(self):\n        for p in self.parameters():\n            p.grad = 0\n    def parameters(self):\n        return []",
    "class Neuron(Module):\n    def __init__(self, nin, nonlin=True):\n        self.w = [Value(0.1 * (i + 1)) for i in range(nin)]\n        self.b = Value(0)\n        self.nonlin = nonlin\n    def __call__(self, x):\n        act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)\n        return act.relu() if self.nonlin else act\n    def parameters(self):\n        return self.w + [self.b]\n    def __repr__(self):\n        return f\"{'ReLU' if self.nonlin else 'Linear'}Neuron({len(self.w)})\"",
    "class Layer(Module):\n    def __init__(self, nin, nout, **kwargs):\n        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]\n    def __call__(self, x):\n        out = [n(x) for n in self.neurons]\n        return out[0] if len(out) == 1 else out\n    def parameters(self):\n        return [p for n in self.neurons for p in n.parameters()]\n    def __repr__(self):\n        return f\"Layer of [{', '.join(str(n) for n in self.neurons)}]\"",
    "class MLP(Module):\n    def __init__(self, nin, nouts):\n        sz = [nin] + nouts\n        self.layers = [Layer(sz[i], sz[i+1], nonlin=i!=len(nouts)-1) for i in range(len(nouts))]\n    def __call__(self, x):\n        for layer in self.layers:\n            x = layer(x)\n        return x\n    def parameters(self):\n        return [p for layer in self.layers for p in layer.parameters()]\n    def __repr__(self):\n        return f\"MLP of [{', '.join(str(layer) for layer in self.layers)}]\"",
    "model = MLP(3, [4, 4, 1])", "model", "len(model.parameters())", "xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]",
    "ys = [1.0, -1.0, -1.0, 1.0]",
    "for k in range(5):\n    ypred = [model(x) for x in xs]\n    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))\n    model.zero_grad()\n    loss.backward()\n    for p in model.parameters():\n        p.data += -0.05 * p.grad\n    print(k, round(loss.data, 6))",
    "print(f'{model(xs[0]).data:.9f}')", "w = model.layers[0].neurons[0].w[0]", "print(f'{w.data:.9f} {w.grad:.9f}')",
]

# Python's str is a sequence of code points (not grapheme clusters), and sorting with NaN follows timsort's steps.
MAIN_THEMES["20-code-points-and-nan"] = [
    "len('\\r\\n')", "len('e\\u0301')", "'e\\u0301'[0]", "'e\\u0301'[1]", "'e\\u0301'[::-1]", "list('e\\u0301')",
    "'\\u00e9' == 'e\\u0301'", "{'\\u00e9': 1, 'e\\u0301': 2}", "'e\\u0301'.find('\\u0301')", "'xe\\u0301y'.index('y')",
    "'\\u00e9'.startswith('e')", "'e\\u0301'.startswith('e')", "'e\\u0301'.endswith('\\u0301')", "'e' in '\\u00e9'",
    "'e' in 'e\\u0301'", "'e\\u0301x'.count('')", "s = 'e\\u0301'", "f'{s:>4}|'", "'%-3s|' % 'e\\u0301'",
    "'e\\u0301'.center(5, '*')", "'e\\u0301'.ljust(4, '.')", "f'{s + \"x\":.1}'", "len('\\U0001F600')",
    "'\\U0001F600x'[1]", "max('e\\u0301')", "sorted('e\\u0301a')", "type(iter('\\u00e9'))", "type(iter('e'))",
    "'abc'.find('')", "'abc'.find('d')", "'aaab'.find('ab')", "'ab' * 2 in 'xabab'",
    "for c in 'e\\u0301':\n    print(repr(c))",
    "nan = float('nan')", "sorted([3.0, nan, 1.0, 2.0])", "sorted([nan, 3.0, 1.0])", "sorted([2.0, 1.0, nan, 0.5])",
    "sorted([1, nan, 0, nan, -1])", "sorted([3.0, nan, 1.0], reverse=True)", "xs = [5.0, 1.0, nan, 4.0, 2.0]",
    "xs.sort()", "xs", "sorted([1.0, nan], key=lambda v: -v)", "sorted([(1, 'b'), (1, 'a'), (0, 'z')])",
    "sorted(range(70), key=lambda v: -v)[:3]", "max([1.0, nan, 3.0])", "min([nan, 1.0])",
    # autograd 1.9's power rule at zero: `g * y * x ** where(y, y - 1, 1)`.
    "from autograd import grad", "import autograd.numpy as anp", "grad(lambda x: x ** 0.0)(0.0)",
    "grad(lambda x: x ** 0)(0.0)", "grad(lambda x: anp.sum(x ** 0.0))(anp.array([0.0, 1.0]))",
    "grad(lambda x: anp.sum(x ** 0.5))(anp.array([0.0, 1.0]))", "grad(lambda x: x ** 0.5)(np.float64(0.0))",
    "grad(lambda x: x ** 0.5)(4.0)", "grad(lambda x: x ** 2.0)(0.0)",
]

MAIN_THEMES["21-iterators-exception-classes-properties"] = [
    "class Countdown:\n    def __init__(self, start):\n        self.current = start\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.current <= 0:\n            raise StopIteration\n        self.current -= 1\n        return self.current + 1",
    "list(Countdown(3))", "for n in Countdown(2):\n    print(n)", "it = iter(Countdown(2))", "next(it)", "next(it)",
    "next(it)", "next(it, 'done')", "sum(Countdown(4))", "[x * 2 for x in Countdown(3)]", "iter(it) is it",
    "class Squares:\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return SquaresIterator(self.n)",
    "class SquaresIterator:\n    def __init__(self, n):\n        self.i = 0\n        self.n = n\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration\n        self.i += 1\n        return self.i ** 2",
    "s = Squares(3)", "list(s)", "list(s)", "tuple(s)", "max(s)", "sorted(s, reverse=True)",
    "for a, b in zip(Squares(2), Countdown(5)):\n    print(a, b)",
    "for i, v in enumerate(Countdown(2)):\n    print(i, v)",
    "class Naturals:\n    def __init__(self):\n        self.n = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        self.n += 1\n        return self.n",
    "for k in Naturals():\n    if k > 3:\n        break\n    print(k)",
    "nat = Naturals()", "next(nat)", "next(nat)", "next(Squares(2))", "iter(5)", "next([1])",
    "class NoNext:\n    def __iter__(self):\n        return 5", "list(NoNext())",
    "def total(items):\n    result = 0\n    for item in items:\n        result += item\n    return result",
    "total(Countdown(5))", "3 in Countdown(4)", "7 in Countdown(4)",
    "class ValidationError(Exception):\n    pass",
    "raise ValidationError('bad input')",
    "try:\n    raise ValidationError('bad input', 42)\nexcept ValidationError as e:\n    print(e.args, str(e), repr(e))",
    "try:\n    raise ValidationError('x')\nexcept Exception as e:\n    print(type(e).__name__, e)",
    "class ShapeError(ValueError):\n    def __init__(self, expected, got):\n        super().__init__(f'expected {expected}, got {got}')\n        self.expected = expected\n        self.got = got",
    "try:\n    raise ShapeError((2, 3), (3, 2))\nexcept ValueError as e:\n    print(e, e.expected, e.got, e.args)",
    "err = ShapeError(1, 2)", "err", "str(err)", "err.args", "print(err)", "isinstance(err, ValueError)",
    "isinstance(err, Exception)", "isinstance(err, KeyError)", "isinstance(err, ShapeError)", "raise ShapeError(4, 5)",
    "raise err", "raise ValidationError", "ValidationError('a')", "ValidationError()", "str(ValidationError())",
    "ValidationError(1, 2)", "ValidationError('a').args", "f'{ValidationError(3)}'",
    "class Quiet(Exception):\n    def __str__(self):\n        return 'custom text'",
    "raise Quiet('ignored')", "try:\n    raise Quiet()\nexcept Quiet as q:\n    print(q, q.args)",
    "def check(x):\n    if x < 0:\n        raise ValidationError(f'negative: {x}')\n    return x",
    "check(2)", "check(-1)",
    "try:\n    check(-5)\nexcept (KeyError, ValidationError) as e:\n    print('caught', e)",
    "try:\n    try:\n        check(-1)\n    except ValidationError:\n        print('inner')\n        raise\nexcept Exception as outer:\n    print('outer', outer)",
    "try:\n    check(-2)\nexcept ValueError:\n    print('not a ValueError')\nexcept ValidationError as e:\n    print('second handler', e.args)",
    "class Retry(RuntimeError):\n    pass",
    "try:\n    raise Retry('again')\nexcept RuntimeError as e:\n    print(repr(e))",
    "class Temperature:\n    def __init__(self, celsius):\n        self._celsius = celsius\n    @property\n    def celsius(self):\n        return self._celsius\n    @celsius.setter\n    def celsius(self, value):\n        if value < -273.15:\n            raise ValueError('below absolute zero')\n        self._celsius = value\n    @celsius.deleter\n    def celsius(self):\n        print('deleting')\n        del self._celsius\n    @property\n    def fahrenheit(self):\n        return self._celsius * 9 / 5 + 32",
    "t = Temperature(25)", "t.celsius", "t.fahrenheit", "t.celsius = 30", "t.celsius", "t.fahrenheit",
    "t.celsius = -300", "t.celsius", "t.fahrenheit = 5", "del t.fahrenheit", "del t.celsius", "t.celsius",
    "t.celsius = 5", "t.celsius", "t.celsius += 1.5", "t.celsius",
    "class AlwaysDifferent:\n    def __eq__(self, other):\n        return False\n    def __repr__(self):\n        return 'AlwaysDifferent()'",
    "a = AlwaysDifferent()", "a == a", "a in [a]", "a not in [a]", "[a].count(a)", "[1, a].index(a)", "xs = [a, 1]",
    "xs.remove(a)", "xs", "a in [AlwaysDifferent()]", "[AlwaysDifferent()].count(a)",
    "[AlwaysDifferent()].index(a)", "(a,).index(a)", "(a, a).count(a)", "a in (a,)",
    "[AlwaysDifferent()].remove(a)",
    "class Loud:\n    def __init__(self, v):\n        self.v = v\n    def __eq__(self, other):\n        print('eq', self.v)\n        return isinstance(other, Loud) and self.v == other.v\n    __hash__ = None\n    def __repr__(self):\n        return f'Loud({self.v})'",
    "l1 = Loud(1)", "[Loud(0), l1].index(l1)", "l1 in [Loud(1)]", "[Loud(2), l1].count(l1)",
    "ys = [Loud(5), l1, Loud(1)]", "ys.remove(Loud(1))", "ys", "[Loud(3)].index(Loud(4))",
]


# The interpreter reuses the frame of a returned call nothing kept, and an array value's copies share one object of
# parts until one of them changes: recursion, locals left unbound, closures keeping their frames, and names and views
# of one array.
MAIN_THEMES["09b-reused-frames-and-shared-arrays"] = [
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)", "fib(15)", "[fib(k) for k in range(8)]",
    "def maybe(flag):\n    if flag:\n        x = 'bound'\n    return x", "maybe(True)", "maybe(False)", "maybe(True)",
    "def make(n):\n    def get():\n        return n\n    return get", "getters = [make(k) for k in range(3)]",
    "[g() for g in getters]",
    "def outer(k):\n    def inner(m):\n        return k * 10 + m\n    return inner(1) + inner(2)", "outer(1), outer(2)",
    "def counter(limit):\n    total = 0\n    def step(v):\n        nonlocal total\n        total += v\n        return total\n"
    "    for v in range(limit):\n        step(v)\n    return total",
    "counter(5), counter(3)", "def even(n):\n    return True if n == 0 else odd(n - 1)",
    "def odd(n):\n    return False if n == 0 else even(n - 1)", "even(10), odd(7), even(7)",
    "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)", "depth(50)",
    "def fails(n):\n    if n == 0:\n        return undefined_here\n    return fails(n - 1)", "fails(3)", "fails(0)",
    "def keeps(n):\n    local = [n]\n    return lambda: local", "ks = [keeps(i) for i in range(3)]", "[k() for k in ks]",
    "def adder(a, b):\n    return a + b", "adder(adder(1, 2), adder(3, 4))",
    "a = np.arange(4.0)", "b = a", "b += 1", "a", "a is b", "c = a.copy()", "c += 1", "a, c", "v = a[1:]", "v[0] = 9",
    "a", "s = a.sum()", "s", "def scaled(x, k):\n    return x * k", "scaled(a, 2), a", "d = a.reshape(2, 2)",
    "d[0, 0] = -1", "a", "np.shares_memory(a, d)", "e = d.T", "e[1, 0] = 7", "a, d, e",
]


def run(statement, namespace):
    """What the REPL shows for one statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            try:
                code = compile(statement, "<snippet>", "eval")
            except SyntaxError:
                exec(compile(statement, "<snippet>", "exec"), namespace)
            else:
                value = eval(code, namespace)
                if value is not None:
                    print(repr(value))
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def run_single(statement, namespace):
    """What the interactive REPL shows for one (possibly compound) statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(statement + "\n", "<stdin>", "single"), namespace)
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def prompted(statement):
    """The statement as typed at the REPL: `>>> ` then `... ` lines, and a bare `...` ending a compound one."""
    lines = statement.split("\n")
    typed = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if len(lines) > 1 or lines[0].rstrip().endswith(":"):
        typed.append("...")
    return typed


def raises_type_error(statement):
    """True when `statement` raises a TypeError in Python with NumPy as `np` (the argument-error fixtures keep only
    the calls that do)."""
    try:
        eval(statement, {"np": np})
    except TypeError:
        return True
    except Exception:
        return False
    return False


def write_transcript(path, header, statements, namespace, *, runner=run_single, typed=prompted, quiet=False):
    """Writes `header`, then each statement as typed at the REPL followed by what it printed, into `path`.

    `runner` runs a statement in `namespace` and returns what it printed (`run_single` as the interactive REPL, `run`
    as an eval-or-exec); `typed` gives its prompt lines. A statement may be a pair (what the transcript shows, what
    Python runs in its place): docbuild's own `grad(y, x)` shows the value of the formula beside it. `quiet` silences
    Python's warnings while the statements run (they go to stderr, never into the transcript)."""
    lines = [header]
    with warnings.catch_warnings():
        if quiet:
            warnings.simplefilter("ignore")
        for statement in statements:
            shown, executed = statement if isinstance(statement, tuple) else (statement, statement)
            lines.extend(typed(shown))
            output = runner(executed, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    pathlib.Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_numpy_fixture(path, script, description, statements):
    """Writes `statements` as run by CPython 3.11 with NumPy (`np` bound, warnings silenced) into the interpreter
    fixture `path`, under a header naming the fixture, the `script` that wrote it, the versions and `description`."""
    import sys
    assert sys.version_info[:2] == (3, 11), sys.version
    path = pathlib.Path(path)
    header = (
        f"# {path.stem}: generated by {script} from Python {sys.version_info.major}.{sys.version_info.minor} and "
        f"NumPy {np.__version__}; {description}"
    )
    write_transcript(path, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


def main():
    OUTPUT_FOLDER.mkdir(exist_ok=True)
    for name, statements in THEMES.items():
        write_transcript(
            OUTPUT_FOLDER / f"{name}.txt",
            f"# {name}: generated by make_interpreter_fixtures.py from Python and NumPy {np.__version__}.",
            statements,
            {"np": np},
            runner=run,
            typed=lambda statement: [">>> " + statement],
        )
    for name, statements in LANGUAGE_THEMES.items():
        write_transcript(
            OUTPUT_FOLDER / f"{name}.txt",
            f"# {name}: generated by make_interpreter_fixtures.py from Python and NumPy {np.__version__}.",
            statements,
            {"np": np},
        )
    for name, statements in {**MAIN_THEMES, **REACH_THEMES}.items():
        write_transcript(
            OUTPUT_FOLDER / f"{name}.txt",
            f"# {name}: generated by make_interpreter_fixtures.py from Python and NumPy {np.__version__}.",
            statements,
            {"np": np, "__name__": "__main__"},
        )


if __name__ == "__main__":
    main()
