#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 61's direct builtin calls.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session61_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/517-*` to `interpreter/520-*` fixtures; rerunning gives identical bytes.

517: `str(x)`, `repr(x)`, `len(x)`, `int(x)`, `float(x)` and `abs(x)` of one plain argument, which a compiled call site now calls
directly: every kind of value they take there (numbers, strings, containers) and those that still take the general
path (objects with special methods, NumPy scalars and arrays, byte-order arrays), their errors, the names bound again
(at the top level, inside a loop, shadowed by a function's local or parameter), in functions, comprehensions and
loops.

518: `len` of a list or tuple that holds a byte-order (`>i4`) array, which printed the array's length where CPython
counts the list's items.

519: `float(text)` of every form of text (plain decimal text is now read at once), and the texts of `re`'s groups,
now made at once from ASCII code points, on ASCII lines and on lines with code points past ASCII; `%`-formatting
with every flag, whose flags are now held as characters.

520: str methods on text with combining marks (`'e\u0301'`, two code points that print as one character): they count,
find, split, strip and pad by code point, as CPython does; `expandtabs` counted columns by character and started a
line again at every Unicode line break, where CPython counts code points and starts again at `\n` and `\r` only.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session61_fixtures.py"

DIRECT_BUILTINS = [
    # str of every plain kind.
    "str(0), str(-7), str(2**62), str(True), str(False), str(None)",
    "str(0.1), str(1e16), str(-0.0), str(1.5e-7), str(float('nan')), str(float('inf')), str(123456789.125)",
    "str(''), str('abc'), str('héllo ∑')",
    "[str(i % 7) for i in range(10)]",
    "repr(0), repr(True), repr(None), repr(0.1), repr(1e16), repr('it\\'s'), repr('a\\nb'), repr('é\\x00')",
    "[repr(x) for x in ('q', 2, -0.5)]",
    "''.join(str(d) for d in [3, 1, 4])",
    # len of every plain kind.
    "len(''), len('abc'), len('héllo ∑'), len([]), len([1, [2, 3]]), len(()), len((1, 2)), len({}), len({1: 2})",
    "len({1, 2, 3}), len(frozenset([1, 1, 2])), len(set())",
    "len(range(10)), len(range(3, 20, 4))",
    "d = {'a': 1, 'b': 2}",
    "len(d.keys()), len(d.values()), len(d.items())",
    # int, float and abs.
    "int(3.9), int(-3.9), int(True), int(' 42 '), int('-0'), int('1_000'), int(7), int(2.0**70)",
    "float(3), float(True), float(' 2.5 '), float('-inf'), float('nan'), float('1e400'), float('1_0.5'), float(2**70)",
    "abs(-3), abs(3), abs(-0.0), abs(-2.5), abs(True), abs(False), abs(-2**63), abs(float('-inf'))",
    # Their errors.
    "int('x')",
    "int('')",
    "int(float('nan'))",
    "int(float('inf'))",
    "float('abc')",
    "float('')",
    "len(5)",
    "len(3.5)",
    "len(None)",
    "abs('x')",
    "abs(None)",
    "int(None)",
    "float(None)",
    "int([1])",
    "float((1,))",
    # Values that take the general path: objects, NumPy scalars and arrays.
    "class Sized:\n    def __len__(self):\n        return 3\n    def __str__(self):\n        return 'sized'",
    "s = Sized()",
    "len(s), str(s)",
    "int(s)",
    "a = np.arange(6.0).reshape(2, 3)",
    "len(a), str(a[0]), int(a[1, 2]), float(a[0, 1]), abs(-a[1])",
    "str(np.float32(0.1)), str(np.int8(-5)), int(np.float64(2.7)), float(np.int64(3)), abs(np.int8(-128))",
    "str(a[0, 0]), len(a[0]), str(np.str_('text')), len(np.str_('text'))",
    "str(b'ab'), len(b'abc'), len(bytearray(b'xy'))",
    "str([1, 'a', None]), str((1,)), str({'k': [1.5]}), str({3})",
    "str(1 + 2j), abs(3 + 4j), str(2**100), len(str(2**100)), abs(-2**100)",
    # The names bound again: the call site calls what the name holds now.
    "for i in range(4):\n    print(str(i), len('ab' * i))\n    if i == 1:\n        str = repr\n        len = lambda x: -1",
    "str('quoted'), len('abc')",
    "del str, len",
    "str('quoted'), len('abc')",
    "int = float",
    "int(3)",
    "del int",
    "int(3)",
    "def shadow(str, abs):\n    return str(5), abs(-2)",
    "shadow(repr, float)",
    "def local_names(xs):\n    len = max\n    return len(xs)",
    "local_names([3, 9, 4])",
    "def counts(words):\n    total = 0\n    for w in words:\n        total += len(w) + int(str(len(w)))\n    return total",
    "counts(['a', 'bb', 'ccc'])",
    "[abs(x) + float(x) for x in (-1, 2.5, True)]",
    "sorted(map(str, [10, 9, 100]))",
    "import builtins",
    "builtins.len([1, 2]), builtins.str(4)",
    "f = str",
    "f(12), f(f)",
]

BYTE_ORDER_CONTAINERS = [
    "a = np.arange(3, dtype='>i4')",
    "len(a), len([a]), len((a, a)), len([a, 1, 2, 3]), len([[a]])",
    "b = np.zeros((2, 5), dtype='>f8')",
    "len(b), len([b]), len((b,)), len(b[0]), len([b[0], b[1]])",
    "len({1: a}), len({'x': b})",
    "c = np.arange(4, dtype='<i2')",
    "len([c]), len(c)",
]

TEXT_READING = [
    # float() of text: the plain decimal forms now read at once, beside every other form.
    "[float(t) for t in ['0.125', '-3e5', '+1E-3', '.5', '5.', '007', '1e400', '-1e-400', '123456789012345678901']]",
    "[float(t) for t in [' 2.5', '2.5\\n', '1_000.5', 'INF', '-Infinity', 'nan', '+NaN', '\\u00a01.5']]",
    "float('1.2.3')",
    "float('1e')",
    "float('+')",
    "float('-')",
    "float('.')",
    "float('e5')",
    "float('1e+')",
    "float('--1')",
    "float('1_')",
    "float('0x1p3')",
    "float('١٢')",
    "int('١٢'), int('１２'), float('１.５'), int(' ٣ '), float('٣e٢'), float('٣.٥'), int('𝟙𝟚')",
    "int('½')",
    # re's group texts: ASCII lines, and lines with code points past ASCII before, inside and after a group.
    "import re",
    "p = re.compile(r'loss=([\\d.]+) acc=([\\d.]+)')",
    "lines = ['epoch %d: loss=0.%04d acc=9%d.5' % (i, i, i % 10) for i in range(5)]",
    "[float(p.search(line).group(1)) for line in lines]",
    "[p.search(line).group(0, 2) for line in lines]",
    "q = re.compile(r'(\\w+)=(\\S+)')",
    "q.findall('α=1 b=β γδ=εζ plain=ascii')",
    "[m.group(1) + '|' + m.group(2) for m in q.finditer('naïve=café x=y')]",
    "re.sub(r'(\\d+)', r'<\\1>', 'a1 β22 c333 ∑4')",
    "re.split(r'[,;]\\s*', 'α, b; γ,δ')",
    "m = re.search(r'(é+)(x*)', 'caféééx!')",
    "m.group(0), m.group(1), m.group(2), m.span(1), m.start(2)",
    "text = 'on 2021-03-04 and 1999-12-31, ' * 3",
    "re.sub(r'(\\d{4})-(\\d{2})-(\\d{2})', r'\\3/\\2/\\1', text)",
    "re.findall(r'\\w+', 'Grüße aus Köln, 3 mal')",
    # %-formatting's flags, now held as characters.
    "'epoch %d: loss=0.%04d acc=9%d.5' % (7, 7, 7)",
    "'[%-6d|%+d|% d|%06.2f|%-8.3e|%#x|%#o|%+05d|%- 5d|%#X]' % (42, 5, 5, 3.14159, 1234.5, 255, 8, -3, 7, 255)",
    "'[%5s|%-5s|%.2s|%5r|%-+6.1f|%0-6d|%*d|%-*d|%.*f]' % ('ab', 'ab', 'abc', 'q', 2.25, 4, 4, 7, 4, 7, 2, 3.14159)",
    "'%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.5}",
    "'%c%c' % (65, 'é'), '%%d' % (), '%i%%' % 50",
    "'%d' % 2**70, '%x' % -255, '%+.3d' % 7, '% 05d' % 42, '%#5x' % 10",
]

COMBINING_MARKS = [
    "'e\\u0301x'.startswith('e')",
    "'xe\\u0301'.endswith('\\u0301')",
    "'e\\u0301x'.find('e')",
    "'e\\u0301x'.split('e')",
    "'e\\u0301x'.replace('e', 'E')",
    "'e\\u0301x'.count('e')",
    "'e' in 'e\\u0301x'",
    "'e\\u0301x'.partition('e')",
    "'e\\u0301x'.strip('e')",
    "'e\\u0301x'.lstrip('e')",
    "'\\u0301x'.lstrip('\\u0301')",
    "'e\\u0301x'.index('\\u0301')",
    "'e\\u0301x'.rfind('e')",
    "'e\\u0301x'.removeprefix('e')",
    "'xe\\u0301'.removesuffix('\\u0301')",
    "'e\\u0301x'.upper()",
    "'e\\u0301x'[0]",
    "'e\\u0301x'[1:]",
    "list('e\\u0301x')",
    "len('e\\u0301x')",
    "'e\\u0301x'.center(7, '*')",
    "'ab\\u0301c'.title()",
    "'e\\u0301x'.encode('utf-8')",
    "'e\\u0301x' < 'ex'",
    "max(['e\\u0301', 'e'])",
    "'e\\u0301x'.isalpha()",
    "'a,e\\u0301,b'.split(',')",
    "'-'.join(['e', '\\u0301'])",
    "'e\\u0301'.ljust(4, '.')",
    "'%s|' % 'e\\u0301'",
    "'{:^5}'.format('e\\u0301')",
    "'e\\u0301x'.swapcase()",
    "'e\\u0301x'.casefold()",
    "sorted(set('e\\u0301e'))",
    "'e\\u0301x'.translate({ord('e'): 'E'})",
    "'e\\u0301\\te'.expandtabs(4)",
    "'e\\u0301x'.zfill(6)",
    "repr('e\\u0301')",
    "ascii('e\\u0301')",
    "'e\\u0301x'.rsplit('e', 1)",
    "'e\\u0301x'.splitlines()",
    "'e\\u0301x'.rpartition('\\u0301')",
    "'Ae\\u0301'.lower()",
    "'e\\u0301x'.istitle()",
    "'e\\u0301x'.capitalize()",
    "[c for c in 'e\\u0301']",
    "'e\\u0301x'.rindex('x')",
    "'e\\u0301'.isidentifier()",
    "'x\\u0301' == 'x\\u0301'",
    "'e\\u0301x'.find('\\u00e9')",
    "'\\u00e9'.find('e')",
    "'ae\\u0301b'.split('\\u00e9')",
    "'\\u00e9\\u00e9'.replace('e\\u0301', '!')",
    "'e\\u0301x'.strip('\\u00e9')",
    "{'\\u00e9': 1}.get('e\\u0301')",
    "'e\\u0301' in ['\\u00e9']",
    "'e\\u0301'.count('\\u00e9')",
    "'a\\u2028\\tb'.expandtabs(4)",
    "'a\\x0c\\tb'.expandtabs(4)",
    "'ab\\r\\n\\tc'.expandtabs(4)",
    "'x\\x85\\ty'.expandtabs(4)",
    "'\\U0001F600\\tz'.expandtabs(4)",
    "'\\t'.expandtabs(0), 'a\\tb'.expandtabs(-1), 'a\\tbc\\td'.expandtabs()",
]

FIXTURES = {
    "517-direct-builtin-calls": (
        "str, repr, len, int, float and abs of one plain argument, called directly at a compiled call site, beside the "
        "values and bindings that take the general path.",
        DIRECT_BUILTINS,
    ),
    "518-byte-order-arrays-in-containers": (
        "len of lists and tuples holding byte-order arrays counts their items.",
        BYTE_ORDER_CONTAINERS,
    ),
    "519-float-text-and-regex-groups": (
        "float() of text in every form, the texts of re's groups on ASCII lines and lines past ASCII, and "
        "%-formatting's flags.",
        TEXT_READING,
    ),
    "520-code-points-in-str-methods": (
        "str methods on text with combining marks count, find, split and pad by code point; expandtabs' columns too.",
        COMBINING_MARKS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
