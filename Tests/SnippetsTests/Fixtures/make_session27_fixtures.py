#!/usr/bin/env python3
"""Writes what CPython 3.11 answers for two places where docbuild printed something else.

`str.format` fields: CPython's `parse_field` ends a field's name at `}`, `:` or `!` outside square brackets, so
`'{0[a:b]}'` indexes with the key 'a:b'; docbuild split at the first `:` and raised "expected '}' before end of
string". Its other messages (a conversion not followed by `:` or `}`, `{` in a field name, an empty `[]`, a spec
nested past two levels) are here too.

Named expressions (`name := value`) and f-string specs, as CPython 3.11 compiles them: where its grammar has a named
expression (a display's items, a positional argument, a lone subscript, `if`/`elif`/`while` conditions, decorators)
the walrus runs; elsewhere (a dictionary's keys and values, keyword arguments, slice bounds, a walrus's own value,
comprehension conditions, lambdas, `assert`, `with`, `del`, defaults) it is a SyntaxError, with CPython's message and
column. docbuild accepted `{m := 1: 2}` and `{1: m := 3}`, and `f'{x:{w:{w}}}'` (nested too deeply for CPython).

Output with carriage returns: CommonMark ends a line at `\r`, `\n` or `\r\n`, so an expected text read from Markdown
holds `print('a\rb')` as the lines 'a' and 'b'; docbuild compared its own output cut at `\n` only, and `\r\n` (one
Swift Character) not at all, so `print('3nl\r')` never matched (`Fuzz/python_differential.py --grammar strings`).

A str indexed by a non-integer: CPython 3.11 says "string indices must be integers, not 'str'" where its other
sequences say "… must be integers or slices, not str"; docbuild used the second form for str too (found by the strings
grammar's new `str.format` fields, `'{1[-1]}'.format('kw', 'xy')`).

Sets of strings printed: CPython orders them by string hashes that change with PYTHONHASHSEED, so any order of the
elements is what some run prints; docbuild refused them and now matches an expected text that shows the elements in any
order (`OutputComparison.matches(_:_:variable:)`). This script runs itself under PYTHONHASHSEED=0 so that its bytes
repeat; the order that seed gives is not docbuild's.

Objects printed with their memory address (a snippet's function, an instance without `__repr__`, an iterator or a
generator): docbuild refused them and now prints `0x…` there and matches any address (`0x` and lowercase hex digits, as
glibc's `%p`). The names around the address must be CPython's. Addresses change from run to run, so this script
rewrites each printed address in turn to 0x7f0000001000, 0x7f0000002000, …: the rest is CPython's text.

typing's other aliases (Collection, Container, AbstractSet, MutableMapping, Counter, …) in annotations: a def's
annotations are evaluated since reach27b, so `from typing import *` binding fewer names than CPython's refused Peter
Norvig's TwelveBalls notebook from its first annotated class on.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session27_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/240-session27-format-field-names.txt`, `interpreter/241-session27-carriage-returns.txt`, `interpreter/242-session27-string-indices.txt`, `interpreter/243-session27-sets-of-strings.txt`, `interpreter/244-session27-addresses.txt`, `interpreter/245-session27-typing-aliases.txt` and `syntax/240-session27-named-expressions.jsonl`; rerunning gives
identical bytes.
"""

import json
import os
import pathlib
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    # The order of a set of strings follows the hash seed: one fixed seed makes the fixtures repeat byte for byte.
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FORMAT_OUTPUT = HERE / "interpreter" / "240-session27-format-field-names.txt"
CARRIAGE_OUTPUT = HERE / "interpreter" / "241-session27-carriage-returns.txt"
STRING_INDEX_OUTPUT = HERE / "interpreter" / "242-session27-string-indices.txt"
SETS_OUTPUT = HERE / "interpreter" / "243-session27-sets-of-strings.txt"
ADDRESS_OUTPUT = HERE / "interpreter" / "244-session27-addresses.txt"
TYPING_OUTPUT = HERE / "interpreter" / "245-session27-typing-aliases.txt"
SYNTAX_OUTPUT = HERE / "syntax" / "240-session27-named-expressions.jsonl"

FORMAT_SETUP = 'd = {"}": 1, "a:b": 2, "a!b": 3, "a": {"b": 4}, "": 5, "{": 8, "!": 9}'
FORMAT_CASES = [
    "'{0!r'", "'{0!}'", "'{0!rx}'", "'{0!'", "'{0[}]}'", "'{0[a:b]}'", "'{0[a!b]}'", "'{0[a'", "'{0{'",
    "'{0:{1}'", "'{a{}'", "'{0.a[b}'", "'{!r}'", "'{0!r:'", "'{0!r:>5}'", "'}'", "'{0[]}'", "'{0[a]b}'",
    "'{0[a]x}'", "'{0:}}'", "'{0:{{}}}'", "'{:{:{}}}'", "'{'", "'x{'", "'{0[a][b]}'", "'{0[a]!r:>12}'",
    "'{1:>{2}}'", "'{0[a:b]:>4}'", "'{0!s:{1}}'", "'{2:{1}{1}}'", "'{0[{]}'", "'{0[!]}'", "'{}{'", "'{0!a}'",
    "'{0!z}'", "'{0.}'", "'{0..a}'", "'{1.real}'", "'{1[0]}'", "'{0[0]}'",
]
FORMAT_STATEMENTS = [FORMAT_SETUP] + [f"{case}.format(d, 6, 7)" for case in FORMAT_CASES] + [
    "'{0[a:b]}, {k[a!b]:>3}'.format_map({'0': {'a:b': 1}, 'k': {'a!b': 2}})",
    "x, w = 1.5, 3",
    "f'{x:{{w}}}'",
    "f'{x:{w}.{w}}', f'{x!r:>{w}}', f'{d[\"a:b\"]}', f'{d[\"}\"]}'",
]

CARRIAGE_STATEMENTS = [
    "print('line1\\nline2\\r\\nline3'[-1:-8:-2])",
    "print('3nl\\r')",
    "print('a\\rb\\r\\nc\\n\\rd')",
    "print('é\\r', 'x', sep='\\r')",
    "'x\\ry', str(b'\\r')",
    "print('end', end='\\r\\n')",
    "print('tab\\t \\r')",
]

STRING_INDEX_STATEMENTS = [
    "'xy'['a']",
    "'xy'[1.5]",
    "'xy'[None]",
    "np.str_('ab')['x']",
    "'{1[-1]}'.format('kw', 'xy')",
    "'xy'[np.float64(1)]",
    "'xy'[np.int64(1)], 'xy'[True], 'xy'[-2]",
    "[1]['a'], 1",
    "(1,)[1.5]",
    "'xy'[[0]]",
    "'xy'[(0,)]",
]

SETS_STATEMENTS = [
    "basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}",
    "print(basket)",
    "'orange' in basket, 'crabgrass' in basket, len(basket), sorted(basket)",
    "a = set('abracadabra')",
    "b = set('alacazam')",
    "a",
    "a - b",
    "a | b",
    "a & b",
    "a ^ b",
    "{x for x in 'abracadabra' if x not in 'abc'}",
    "print('sets:', a & b, frozenset(a ^ b), sep=' | ')",
    "[a & b, {1: a - b}, (b,)]",
    "{'x', None}",
    "print({'a, b', 'c', \"it's\"})",
    "{('a', 1), ('b', 2), ('c', 3)}",
    "{b'x', b'yz'}",
    "frozenset({'p', 'q'}), frozenset()",
    "words = 'the quick brown fox jumps over the lazy dog'.split()",
    "set(words)",
    "def show(s):\n    print('->', s)",
    "show(set('hello'))",
    "for k in range(2):\n    print(k, {str(k), 'z'})",
]

ADDRESS_STATEMENTS = [
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)",
    "fib",
    "print(fib, fib(10))",
    "def outer():\n    def inner():\n        return 1\n    return inner",
    "outer(), outer()()",
    "square = lambda x: x * x",
    "square, [lambda: 0]",
    "class Card:\n    def __init__(self, rank):\n        self.rank = rank\n    def show(self):\n        return self.rank",
    "c = Card(3)",
    "c",
    "print(c)",
    "[Card(1), Card(2)], {'card': c}",
    "Card.show, c.show",
    "class Named:\n    def __repr__(self):\n        return 'Named()'\n    def m(self):\n        pass",
    "Named().m",
    "class Shown:\n    def __str__(self):\n        return 'shown'",
    "print(Shown()), [Shown()]",
    "Shown()",
    "def make():\n    class Local:\n        pass\n    return Local()",
    "make()",
    "import functools",
    "def deco(f):\n    @functools.wraps(f)\n    def wrapper(*a):\n        return f(*a)\n    return wrapper",
    "@deco\ndef hello():\n    return 'hi'",
    "hello",
    "def plain(f):\n    def wrapper():\n        return f()\n    return wrapper",
    "plain(hello)",
    "iter([1]), iter((1,)), iter('ab'), iter('é'), iter(range(3)), iter({1: 2})",
    "reversed([1]), reversed((1,)), reversed('ab'), reversed(range(3)), reversed({1: 2})",
    "reversed({1: 2}.values()), reversed({1: 2}.items()), reversed({1: 2}.keys())",
    "print(map(str, [1]), filter(None, [1]), zip([1], [2]), enumerate('a'))",
    "(x * 2 for x in range(3))",
    "def gen():\n    yield 1",
    "g = gen()",
    "g",
    "next(g), g",
    "def maker():\n    def counting():\n        yield 1\n    return counting()",
    "maker()",
    "class Walk:\n    def steps(self):\n        yield 1",
    "Walk().steps()",
    "print('it:', iter([]), 'and', (y for y in ''))",
]

TYPING_STATEMENTS = [
    "from typing import *",
    "Collection, Container, Reversible, Hashable, Sized, AbstractSet, MutableSet",
    "MutableMapping, MutableSequence, MappingView, KeysView, ItemsView, ValuesView, OrderedDict, Counter, ChainMap",
    "Collection[int], AbstractSet[str], ItemsView[str, int], Counter[str], ChainMap[str, float], KeysView[int]",
    "Ball = int",
    "def f(balls: Collection[Ball], odd: AbstractSet[int] = frozenset()) -> MutableSequence[Ball]:\n"
    "    return sorted(balls)",
    "f({3, 1, 2})",
    "Collection[int] == Collection[int], Collection[int] == Container[int]",
    "MutableMapping[str, Collection[int]]",
]

# Each line after the header: a JSON array of the statement, then CPython's SyntaxError message and 1-based column,
# or null and null when it compiles. Only compiling is compared: nothing runs.
SYNTAX_CASES = [
    "{1: m := 3}", "{m := 1: 2}", "{1: 2, m := 3: 4}", "(a := b := 1)", "f(a=m:=1)", "x[m:=1:2]", "x[m:=1]",
    "[y for y in [1] if m := y]", "lambda: m := 1", "(1 if m := 2 else 3)", "(1 if 2 else m := 3)",
    "assert m := 1", "{m := 1}", "[m := 1, 2]", "print(m := 1)", "(m := 1)", "{x: (m:=1) for x in [1]}",
    "with m := 1: pass", "del m := 1", "f(*m := 1)", "x[0, m:=2]", "{**m := 1}", "if m := 0: pass",
    "while m := 0: pass", "[m := 1 for x in [1]]", "x = 1, m := 2", "(1, m := 2)", "x[m:=0] = 1",
    "def g(a=m:=1): pass", "{m := 1, 2}", "{(m := 1): 2}", "m: int := 1", "x[(m:=1):2]", "f(x, m := 2, k=3)",
"@(m := print)\ndef h(): pass", "@m := print\ndef h(): pass", "a = m := 1",
    "f'{x:{w:{w}}}'", "f'{x:{w:>3}}'", "elif_ = [n := 1 if True else 2]",
]


def syntax_line(statement):
    try:
        compile(statement + "\n", "<stdin>", "exec")
    except SyntaxError as error:
        return json.dumps([statement, error.msg, error.offset], ensure_ascii=False)
    return json.dumps([statement, None, None])


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        FORMAT_OUTPUT,
        "make_session27_fixtures.py",
        "str.format field names, conversions and nested specs as CPython's parse_field scans them",
        FORMAT_STATEMENTS,
    )
    write_numpy_fixture(
        CARRIAGE_OUTPUT,
        "make_session27_fixtures.py",
        "output holding carriage returns, which end lines in Markdown",
        CARRIAGE_STATEMENTS,
    )
    write_numpy_fixture(
        STRING_INDEX_OUTPUT,
        "make_session27_fixtures.py",
        "a str indexed by what is not an integer",
        STRING_INDEX_STATEMENTS,
    )
    write_numpy_fixture(
        SETS_OUTPUT,
        "make_session27_fixtures.py",
        "sets of strings printed, in the order PYTHONHASHSEED=0 gives",
        SETS_STATEMENTS,
    )
    write_numpy_fixture(
        ADDRESS_OUTPUT,
        "make_session27_fixtures.py",
        "objects printed with their address (each address rewritten in turn, so the bytes repeat)",
        ADDRESS_STATEMENTS,
    )
    # Which objects share an address (CPython reuses freed memory) changes from run to run too: each printed address
    # gets the next number, so the bytes repeat.
    count = iter(range(1, 1000))
    text = ADDRESS_OUTPUT.read_text()
    ADDRESS_OUTPUT.write_text(re.sub(r"0x[0-9a-f]+", lambda m: f"0x7f{next(count):07x}000", text))
    write_numpy_fixture(
        TYPING_OUTPUT,
        "make_session27_fixtures.py",
        "typing's aliases of collections.abc and collections, as annotations use them",
        TYPING_STATEMENTS,
    )
    SYNTAX_OUTPUT.parent.mkdir(exist_ok=True)
    header = (
        f"# {SYNTAX_OUTPUT.stem}: generated by make_session27_fixtures.py from Python "
        f"{sys.version_info.major}.{sys.version_info.minor}: [statement, CPython's SyntaxError message, its 1-based "
        "column], or nulls when it compiles"
    )
    SYNTAX_OUTPUT.write_text("\n".join([header] + [syntax_line(case) for case in SYNTAX_CASES]) + "\n")
