#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for `sys.float_info` and `sys.version_info` used as the tuples they are
(CPython's structseq: `isinstance(…, tuple)`, concatenation, repetition, comparison, `count`/`index`, and the
AttributeErrors of assigning to them), and for a str, list or tuple meeting an object of a class that defines no
operator: `[1] + obj` and `obj * [1]` end in the sequence's own messages ("can only concatenate list (not "C") to
list", "can't multiply sequence by non-int of type 'C'"), not in "unsupported operand type(s)". docbuild answered
`isinstance(sys.float_info, tuple)` with False before (a wrong output, found reading session 24's notes).

And `bisect`, whose functions CPython writes in C (`_bisect`): the bounds and their conversions with each message,
`key=`, `insort` through the sequence's `insert`, the sequences snippets bisect (lists, tuples, strings, ranges,
arrays); and the functions of `heapq` and `bisect` shown as CPython's built-in functions are (`<built-in function
heappush>`, type `builtin_function_or_method`), where docbuild refused the repr and printed `<class 'function'>`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session25_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/143-session25-struct-sequences-and-sequence-operands.txt` and `interpreter/144-session25-bisect.txt`;
rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "143-session25-struct-sequences-and-sequence-operands.txt"
BISECT_OUTPUT = HERE / "interpreter" / "144-session25-bisect.txt"

STATEMENTS = [
    "import sys",
    "import collections",
    "isinstance(sys.float_info, tuple), isinstance(sys.version_info, tuple)",
    "type(sys.float_info), type(sys.float_info).__name__, sys.float_info.__class__.__name__",
    "type(sys.version_info), type(sys.version_info).__name__",
    "sys.float_info + (1,)",
    "(0,) + sys.float_info[:2], 2 * sys.float_info[:1], sys.float_info * 1",
    "sys.float_info.count(2), sys.float_info.index(53), 1 in sys.float_info, bool(sys.float_info)",
    "sys.float_info == tuple(sys.float_info), tuple(sys.float_info) == sys.float_info, sys.float_info != sys.float_info",
    "sys.float_info < (2e308,), sys.float_info >= (1.7976931348623157e+308, 1024)",
    "sys.float_info < 5",
    "[1] + sys.float_info",
    "sys.float_info + [1]",
    "max(sys.float_info), sorted(sys.float_info)[:2], sys.float_info[::4]",
    "a, b, *rest = sys.float_info",
    "a, b, len(rest), dict(zip(range(3), sys.float_info)), '%s %s' % sys.float_info[:2]",
    "sys.float_info.max = 1",
    "sys.float_info.foo = 1",
    "sys.float_info.count = 1",
    "sys.float_info.n_fields = 1",
    "sys.float_info._values = 1",
    "sys.float_info[11]",
    "sys.version_info.major = 2",
    "sys.version_info.foo = 2",
    "sys.version_info < 3",
    "sys.version_info[:2] >= (3, 8), sys.version_info >= (3, 9), sys.version_info == (3,), len(sys.version_info)",
    "P = collections.namedtuple('P', 'x y')",
    "class C:\n    pass",
    "[1] * C()",
    "C() * [1]",
    "'ab' * C()",
    "C() * 'ab'",
    "(1,) * C()",
    "[1] + P(1, 2)",
    "P(1, 2) * 1.5",
    "1.5 * P(1, 2)",
    "[1] - C()",
    "C() + 'a'",
    "'a' + C()",
    "(1,) + C()",
    "[1] + C()",
    "P(1, 2) + [1]",
    "P(1, 2) * 2, [0] + list(P(1, 2))",
]

BISECT_STATEMENTS = [
    "import bisect",
    "import heapq",
    "bisect.bisect, bisect.insort, bisect.bisect_left, bisect.insort_left",
    "bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right",
    "type(bisect.bisect), type(heapq.heappush), type(heapq.nlargest).__name__",
    "heapq.heappush, heapq.heapify",
    "print(heapq.heappop)",
    "a = [1, 2, 2, 3, 5, 8]",
    "bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9)",
    "bisect.bisect(a, 2, 3), bisect.bisect_left(a, 2, 0, 2), bisect.bisect(a, 2, hi=-1), bisect.bisect(a, 2, 0, -2)",
    "bisect.bisect(a, 1, 10**20)",
    "bisect.bisect(a, 1, 0, 10**20)",
    "bisect.bisect(a, 1, -1)",
    "bisect.bisect(a, 1, 0, 2.0)",
    "bisect.bisect(a, 1, 'a')",
    "bisect.bisect(a, 1, None)",
    "bisect.bisect(a, 2, hi=10)",
    "bisect.bisect(a, 'x')",
    "bisect.bisect(a, 1, 5, 1), bisect.bisect(a, 1, True)",
    "bisect.insort(a, 4)",
    "a",
    "bisect.insort_left(a, 2)",
    "a",
    "bisect.insort((1, 2), 2)",
    "words = ['apple', 'fig', 'banana', 'kiwi']",
    "words.sort(key=len)",
    "bisect.bisect(words, 4, key=len), bisect.bisect_left(words, 4, key=len)",
    "bisect.insort(words, 'plum', key=len)",
    "words",
    "bisect.bisect(range(10), 3.5), bisect.bisect('acegi', 'd'), bisect.bisect((1, 3, 5), 3)",
    "bisect.bisect(np.array([0.5, 1.5, 2.5]), 2.0)",
    "grades = 'FDCBA'",
    "breakpoints = [60, 70, 80, 90]",
    "[grades[bisect.bisect(breakpoints, score)] for score in [33, 99, 77, 70, 89, 90, 100]]",
    "scores = []",
    "for s in [5, 1, 4, 2, 3]:\n    bisect.insort(scores, s)",
    "scores",
    "bisect.bisect_left([1.0, 2.0, float('nan')], 2.0), bisect.bisect([], 1), bisect.bisect_left([], 1)",
    "import operator, functools, itertools, collections, copy, random, re, string, math",
    "operator.add, operator.mul, operator.not_, functools.reduce, functools.cmp_to_key, math.sqrt",
    "type(operator.add), type(operator.itemgetter), type(operator.itemgetter(1)), type(functools.reduce)",
    "type(copy.copy), type(copy.deepcopy), type(random.seed), type(random.randint), type(random.random)",
    "type(itertools.chain), type(itertools.count), type(collections.namedtuple), type(re.sub)",
    "type(string.capwords), type(functools.lru_cache), type(functools.wraps), type(heapq.nlargest)",
    "operator.add is operator.add, functools.reduce is functools.reduce, operator.add is operator.mul",
    "type(operator.add).__name__, type(copy.deepcopy).__name__, type(random.shuffle).__name__",
    "callable(operator.add), callable(bisect.insort), operator.add(2, 3), functools.reduce(operator.mul, [1, 2, 3, 4])",
    "print(operator.add, functools.reduce)",
    "sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))",
]

if __name__ == "__main__":
    write_numpy_fixture(
        BISECT_OUTPUT,
        "make_session25_fixtures.py",
        "bisect after CPython's C _bisect; heapq's and bisect's functions shown as built-in functions",
        BISECT_STATEMENTS,
    )
    write_numpy_fixture(
        OUTPUT,
        "make_session25_fixtures.py",
        "sys.float_info and sys.version_info as tuples; a sequence meeting an object without operators",
        STATEMENTS,
    )
