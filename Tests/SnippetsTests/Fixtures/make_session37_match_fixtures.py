#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for `match` statements (structural pattern matching), which docbuild refused.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session37_match_fixtures.py` (Python 3.11, numpy 2.4.x). It rewrites
the `interpreter/363-*` and `364-*` fixtures and `syntax/365-session37-match-syntax.jsonl`; rerunning gives identical
bytes.

363: each kind of pattern (literal, capture, wildcard, value, group, sequence, mapping, class, OR, AS), guards,
fall-through, no match, and `match` still a name elsewhere.
364: nested patterns, match inside functions and loops, bindings of a failed guard, and CPython's runtime errors.
365: the match statements CPython's compiler rejects, with its messages (and those it accepts).
"""

import json
import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session37_match_fixtures.py"

KINDS = [
    "def lit(x):\n    match x:\n        case 0:\n            return 'zero'\n        case -1:\n            return 'minus one'\n"
    "        case 1.5:\n            return 'one and a half'\n        case -1+2j:\n            return 'complex'\n"
    "        case 'ab' 'c':\n            return 'abc'\n        case b'x':\n            return 'bytes'\n"
    "        case None:\n            return 'none'\n        case True:\n            return 'true'\n"
    "        case False:\n            return 'false'\n        case _:\n            return 'other'",
    "[lit(v) for v in [0, -1, 1.5, -1+2j, 'abc', b'x', None, True, False, 1, 0.0, 1.0, 'x', [], np.int64(0)]]",
    "match 5:\n    case 1:\n        print('one')\n    case n:\n        print('captured', n)",
    "n",
    "match 7:\n    case 1 | 2 | 3:\n        print('small')\n    case 4 | 5:\n        print('medium')",
    "match 'go':\n    case 'stop':\n        print('stop')",
    "class Color:\n    RED = 1\n    GREEN = 2",
    "match 2:\n    case Color.RED:\n        print('red')\n    case Color.GREEN:\n        print('green')",
    "match (3):\n    case (3):\n        print('group')",
    "def seq(s):\n    match s:\n        case []:\n            return 'empty'\n        case [x]:\n            return ('one', x)\n"
    "        case [x, y]:\n            return ('two', x, y)\n        case [first, *rest]:\n            return ('many', first, rest)\n"
    "        case _:\n            return 'not a sequence'",
    "[seq(v) for v in [[], [1], (1, 2), [1, 2, 3], range(4), 'ab', b'ab', bytearray(b'ab'), {1: 2}, {1, 2}, 5, np.arange(3)]]",
    "match [1, 2, 3, 4]:\n    case [a, *_, b]:\n        print(a, b)",
    # A range's length is asked as len() asks it: past a C ssize_t it is CPython's OverflowError.
    "match range(-2**62, 2**62):\n    case [a, b]:\n        print(a)\n    case _:\n        print('no')",
    "match range(-2**62, 2**62, 2):\n    case [a, b]:\n        print(a)\n    case _:\n        print('no')",
    "match range(5, 0, -2):\n    case [a, *b]:\n        print(a, b)",
    "match (1, 2, 3):\n    case 1, *mid, 3:\n        print(mid)",
    "match [1, 2]:\n    case a, b:\n        print(a + b)",
    "match (1, 2):\n    case (x, 2) if x > 5:\n        print('big')\n    case (x, 2) if x < 5:\n        print('small', x)",
    "def mapping(m):\n    match m:\n        case {'action': 'move', 'to': where}:\n            return ('move', where)\n"
    "        case {'action': 'say', **rest}:\n            return ('say', rest)\n        case {}:\n            return 'any mapping'\n"
    "        case _:\n            return 'no'",
    "[mapping(v) for v in [{'action': 'move', 'to': 3}, {'action': 'say', 'x': 1, 'y': 2}, {'action': 'jump'}, {}, [1], 'action']]",
    "class Point:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y",
    "from collections import defaultdict, OrderedDict, Counter, deque",
    "mapping(defaultdict(int, action='say', z=0)), mapping(OrderedDict(action='move', to=1))",
    "mapping(Counter(action=2)), seq(deque([1, 2, 3]))",
    "d = defaultdict(list)",
    "match d:\n    case {'missing': _}:\n        print('found')\n    case _:\n        print(dict(d))",
    "def where(p):\n    match p:\n        case Point(0, 0):\n            return 'origin'\n        case Point(x, 0):\n            return f'on x at {x}'\n"
    "        case Point(x=0, y=y):\n            return f'on y at {y}'\n        case Point():\n            return 'elsewhere'\n"
    "        case _:\n            return 'not a point'",
    "[where(v) for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), (0, 0)]]",
    "def kind(v):\n    match v:\n        case bool(b):\n            return ('bool', b)\n        case int(i):\n            return ('int', i)\n"
    "        case float(f) | bytes(f):\n            return ('number', f)\n        case str() as s:\n            return ('str', s)\n"
    "        case list([x, *_]) as whole:\n            return ('list', x, whole)\n        case dict(d):\n            return ('dict', d)\n"
    "        case tuple(t):\n            return ('tuple', t)\n        case _:\n            return 'other'",
    "[kind(v) for v in [True, 3, 2.5, 'hi', [9, 8], {'a': 1}, (1,), None, 1j]]",
    "match [1, [2, 3]]:\n    case [1, [2, _]] as outer:\n        print(outer)",
    "match {'x': 1}:\n    case {'x': (1 | 2)} as m:\n        print(m)",
    "match [1, [2, 3]]:\n    case [1, [2, _] as inner] as outer:\n        print(inner, outer)",
    "match {'x': 2}:\n    case {'x': 1 | 2 as v}:\n        print(v)",
    "match [Point(1, 2), 3]:\n    case [Point(x=1) as p, (3 as n)]:\n        print(p.y, n)",
    "match = 1",
    "match",
    "def match(x):\n    return x * 2",
    "match(3)",
    "match = [10, 20]",
    "match[0]",
    "match match:\n    case [case, *_]:\n        print(case)",
    "case = 4",
    "case",
]

MORE = [
    "class Point:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y",
    "from dataclasses import dataclass",
    "@dataclass\nclass Card:\n    rank: str\n    suit: str",
    "Card.__match_args__",
    "def describe(card):\n    match card:\n        case Card('A', suit):\n            return f'ace of {suit}'\n"
    "        case Card(rank=r, suit='hearts'):\n            return f'{r} of hearts'\n        case Card(r, s):\n            return r + s",
    "[describe(c) for c in [Card('A', 'spades'), Card('7', 'hearts'), Card('Q', 'clubs')]]",
    "from collections import namedtuple",
    "City = namedtuple('City', 'name country pop')",
    "cities = [City('Tokyo', 'JP', 37), City('Delhi', 'IN', 31), City('Paris', 'FR', 11)]",
    "for city in cities:\n    match city:\n        case City(country='JP') | City(country='IN'):\n            print('Asia', city.name)\n"
    "        case City(name, _, pop) if pop > 10:\n            print('big', name)",
    "def evaluate(expr):\n    match expr:\n        case ['+', a, b]:\n            return evaluate(a) + evaluate(b)\n"
    "        case ['*', a, b]:\n            return evaluate(a) * evaluate(b)\n        case ['neg', a]:\n            return -evaluate(a)\n"
    "        case int(n) | float(n):\n            return n\n        case _:\n            raise ValueError(f'bad {expr!r}')",
    "evaluate(['+', 1, ['*', 2, ['neg', 3.5]]])",
    "evaluate(['?', 1])",
    "for c in cities:\n    match c:\n        case [name, 'IN', _]:\n            print('seq', name)\n        case (name, *rest):\n            print(name, rest)",
    "total = 0",
    "for item in [1, 'skip', 2, None, [3, 4], 'stop', 100]:\n    match item:\n        case 'skip' | None:\n            continue\n"
    "        case 'stop':\n            break\n        case [a, b]:\n            total += a * b\n        case int():\n            total += item",
    "total",
    "y = 'unbound before'",
    "match [1, 2]:\n    case [y, 3]:\n        pass",
    "y",
    "match [1, 2]:\n    case [z, 2] if z > 1:\n        pass",
    "z",
    "match 1:\n    case Point(x):\n        pass",
    "match Point(1, 2):\n    case Point(1, 2, 3):\n        pass",
    "match 1:\n    case int(a, b):\n        pass",
    "match Point(1, 2):\n    case len():\n        pass",
    "class Bad:\n    __match_args__ = ['x']",
    "match Bad():\n    case Bad(1):\n        pass",
    "k = 'a'",
    "class K:\n    a = 'a'",
    "match {'a': 1}:\n    case {K.a: 1, 'a': 1}:\n        pass",
    "match Point(1, 2):\n    case Point(x, x=1):\n        pass",
    "match Point(1, 2):\n    case Point(z=1):\n        print('no attribute z')\n    case Point(y=2) as p:\n        print(p.x)",
    "match np.arange(3):\n    case [a, b, c]:\n        print('sequence')\n    case np.ndarray(shape=(3,)):\n        print('an array of three')",
    "match 2.0:\n    case 2:\n        print('equal')",
]

SYNTAX = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case y if y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case 1 | y:\n        pass\n    case 2:\n        pass",
    "match x:\n    case y | 1:\n        pass",
    "match x:\n    case _ as y:\n        pass\n    case 2:\n        pass",
    "match x:\n    case [a, 1] | [1, b]:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    # Literal keys CPython's set of constants holds as one, though spelled differently.
    "match x:\n    case {'a': 1, \"a\": 2}:\n        pass",
    "match x:\n    case {1: a, True: b}:\n        pass",
    "match x:\n    case {0: a, -0.0: b}:\n        pass",
    "match x:\n    case {1+0j: a, 1.0: b}:\n        pass",
    "match x:\n    case {1: a, 2: b, 1.5: c}:\n        pass",
    "match x:\n    case {'k': a, **a}:\n        pass",
    "match x:\n    case [a, *a]:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
    "match x:\n    case f'x':\n        pass",
    "match x:\n    case [a, b] as a:\n        pass",
    "match x:\n    case (1 | 2) as y:\n        pass",
    "match x:\n    case a, *b, c:\n        pass",
    "match x:\n    case -1 + 2j | 1.5 | 'a' 'b' | b'c' | None | True:\n        pass",
    "match x:\n    case A.B.C | {A.B: [1, (2,)]}:\n        pass",
    "match x:\n    case [a as b, (c as b)]:\n        pass",
    "match x:\n    case [_ as _]:\n        pass",
    "match x:\n    case [(y := 1)]:\n        pass",
    "match = case = 1",
    "match(x)",
    "match[x]",
    "match.x = 1",
]


def compiled(statement):
    """CPython's SyntaxError message and 1-based column for `statement`, or nulls when it compiles."""
    try:
        compile(statement, "<snippet>", "exec")
    except SyntaxError as error:
        return [statement, error.msg, error.offset]
    return [statement, None, None]


FIXTURES = [
    ("363-session37-match-pattern-kinds",
     "match statements: each kind of pattern, guards, fall-through, no match, and match and case as names", KINDS),
    ("364-session37-match-in-programs",
     "match statements in functions and loops: dataclasses, named tuples, nested patterns, bindings left by a failed "
     "case, CPython's runtime errors", MORE),
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
    header = (
        f"# 365-session37-match-syntax: generated by {SCRIPT} from Python 3.11: [statement, CPython's SyntaxError "
        "message, its 1-based column], or nulls when it compiles"
    )
    lines = [header] + [json.dumps(compiled(statement)) for statement in SYNTAX]
    (HERE / "syntax" / "365-session37-match-syntax.jsonl").write_text("\n".join(lines) + "\n")
