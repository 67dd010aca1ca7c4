#!/usr/bin/env python3
"""Differential fuzzer for the language: random Python 3.11 statements, CPython's output against what docbuild prints.

Run: `python3 Fuzz/python_differential.py --seed 7 --count 400 [--docbuild .build/debug/docbuild] [--out DIR]
[--show] [--grammar NAME]` (Python 3.11 with numpy 2.4). `Fuzz/numpy_differential.py` does the same for NumPy's
side; this one draws from the Python that tutorials are written in (README's "The snippet language",
docs/03-language.md):

- `numbers`: int arithmetic with big and negative ints, `//`, `%`, `**`, ints mixed with floats, `divmod`, `pow` with
  a modulus, `round` with and without ndigits (banker's rounding), bit operators, float `repr` and `str`, `int()` and
  `float()` of strings (bases, underscores, signs, bad text), chained comparisons, bools in arithmetic, number methods;
- `strings`: `str.format` fields with accessors, conversions and nested specs, well-formed or not, string methods,
  slicing with steps, `*`, `in`, `repr` of quotes and escapes, `%`-formatting, and
  `format()`, `str.format` and f-strings with a random format spec built from every part (fill, align, sign, `z`,
  `#`, `0`, width, `,`/`_`, precision, the types `b c d e E f F g G n o s x X %`), `!r`/`!s`/`!a` and `=`;
- `containers`: list, tuple, dict and set methods, `sort`/`sorted` with key and reverse, slice assignment and `del`,
  `repr` of nested and recursive lists and dicts, sets of small ints (CPython's hash-table order) and of strings;
- `builtins`: comprehensions, generators, `enumerate zip map filter sorted reversed min max sum any all`, `print` with
  `sep` and `end`;
- `errors`: statements that raise, whose expected text is CPython's last traceback line;
- `functions`: `def` with defaults, `*args`, `**kwargs`, keyword-only parameters and closures, called at random;
- `classes`: a class with special methods (arithmetic, reflected, comparisons, `__len__ __getitem__ __iter__
  __contains__ __bool__ __call__ __format__`) used at random;
- `npscalars`: Python numbers mixed with NumPy scalars (`np.float64(1.5) + 1`, `f"{np.float32(0.1)}"`,
  `round(np.float64(2.5))`).

`--grammar all` (the default) mixes them; a name picks one. CPython runs the statements in REPL (`single`) mode, as
`Benchmarks/reach_probe.py` records a chapter, and its output becomes the expected text of docbuild transcripts under
OUT/chapters/fuzz/ (never in the repository); then `docbuild check` judges them, exactly as `numpy_differential.py`
does (its chapter writing and judging are reused). It prints the tally (statements, matching, refused), each mismatch
(docbuild printed other text than CPython, or raised where CPython did not), which must be none, and the refusals
grouped by their first words. `--show` prints each mismatch's statement with CPython's and docbuild's last lines;
`--statements FILE` checks the statements of FILE (separated by lines holding only `#---`) instead of random ones.
The same seed gives the same statements. A statement whose output depends on the process (a string set's order, an
object's address) is refused by docbuild, so it counts as refused, never as matching.
"""

import argparse
import json
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import numpy_differential  # noqa: E402
import reach_probe  # noqa: E402  (numpy_differential put Benchmarks/ on the path)

SETUP = [
    "import numpy as np",
    "import math",
    "xs = [5, -3, 12, 0, 7, -3, 9]",
    "ws = ['pear', 'Fig', 'apple', 'kiwi', 'banana', 'Date']",
    "d = {'b': 2, 'a': 1, 'c': 3}",
    "t = (3, 'x', 2.5, None, True)",
    "s = 'Hello, World'",
    "def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, kw)",
    "def counter(start=0):\n    n = start\n    def step(k=1):\n        nonlocal n\n        n += k\n        return n\n"
    "    return step",
    "class V:\n"
    "    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
    "    def __repr__(self):\n        return f'V({self.x!r}, {self.y!r})'\n"
    "    def __str__(self):\n        return f'<{self.x}, {self.y}>'\n"
    "    def __add__(self, o):\n        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented\n"
    "    def __radd__(self, o):\n        return V(self.x + o, self.y + o)\n"
    "    def __mul__(self, k):\n        return V(self.x * k, self.y * k)\n"
    "    __rmul__ = __mul__\n"
    "    def __neg__(self):\n        return V(-self.x, -self.y)\n"
    "    def __eq__(self, o):\n        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)\n"
    "    def __lt__(self, o):\n        return (self.x, self.y) < (o.x, o.y)\n"
    "    def __len__(self):\n        return 2\n"
    "    def __getitem__(self, i):\n        return (self.x, self.y)[i]\n"
    "    def __iter__(self):\n        return iter((self.x, self.y))\n"
    "    def __contains__(self, v):\n        return v in (self.x, self.y)\n"
    "    def __bool__(self):\n        return bool(self.x or self.y)\n"
    "    def __call__(self, k):\n        return self.x * k + self.y\n"
    "    def __format__(self, spec):\n        return f'V({self.x:{spec}}, {self.y:{spec}})'\n"
    "    __hash__ = None",
    "p, q = V(1, 2), V(-3, 0.5)",
]

SMALL_INTS = ["0", "1", "-1", "2", "3", "-7", "7", "10", "13", "-13", "255", "1000", "-1024"]
BIG_INTS = ["2**64", "-2**63", "10**20 + 7", "3**40", "-(10**25)", "12345678901234567890", "2**100 - 1",
            "-98765432109876543210"]
FLOATS = ["0.1", "-0.5", "2.5", "1.5", "3.0", "-0.0", "1e16", "1e-7", "123456.789", "0.1 + 0.2", "1/3", "2/3",
          "1e22", "1e300 * 10", "-1e-320", "float('nan')", "float('-inf')", "2.675", "1.005", "0.125", "-2.5",
          "5e-324", "9007199254740993.0", "123456789.0", "1e15 + 0.3", "0.000123", "-7.25", "100.0", "1e21",
          "1e-5", "0.0001", "float(2**53)"]
FLOAT_FINITE = [x for x in FLOATS if "nan" not in x and "inf" not in x and "* 10" not in x]
INT_OPS = ["+", "-", "*", "//", "%", "**", "/", "<<", ">>", "&", "|", "^"]
NUM_OPS = ["+", "-", "*", "/", "//", "%", "**"]
CMP_OPS = ["<", "<=", "==", "!=", ">", ">="]


def number(rng, floats=True):
    """A random int, big int, bool or (with `floats`) float literal expression."""
    r = rng.random()
    if r < 0.4:
        return rng.choice(SMALL_INTS)
    if r < 0.6:
        return rng.choice(BIG_INTS)
    if r < 0.65:
        return rng.choice(["True", "False"])
    if not floats:
        return str(rng.randint(-50, 50))
    return rng.choice(FLOAT_FINITE if rng.random() < 0.8 else FLOATS)


def wrap(rng, expr):
    """An expression shown as its echo, `print`, `str`, `repr` or `type().__name__`."""
    return rng.choice(["{}", "{}", "print({})", "str({})", "repr({})", "type({}).__name__", "({},)"]).format(expr)


def numbers(rng):
    r = rng.random()
    if r < 0.25:
        op = rng.choice(INT_OPS)
        a, b = number(rng, floats=op not in "<<>>&|^"), number(rng, floats=op not in "<<>>&|^")
        if op == "**":
            b = rng.choice(["2", "3", "-1", "-2", "0", "0.5", "10", "-3", "1.5", "63", "64"])
        if op in ("<<", ">>"):
            b = str(rng.randint(0, 70))
        return wrap(rng, f"({a}) {op} ({b})")
    if r < 0.35:
        return wrap(rng, f"divmod({number(rng)}, {number(rng)})")
    if r < 0.47:
        x = rng.choice(FLOATS + SMALL_INTS + BIG_INTS + ["0.5", "1.5", "2.5", "-0.5", "-1.5", "3.5", "2.675",
                                                         "0.285", "1.0000000000000002", "12345.6789"])
        if rng.random() < 0.4:
            return wrap(rng, f"round({x})")
        return wrap(rng, f"round({x}, {rng.choice(['0', '1', '2', '3', '-1', '-2', '-5', '10', '400', '-400'])})")
    if r < 0.55:
        return wrap(rng, f"pow({number(rng, False)}, {rng.choice(['2', '3', '-1', '0', '65'])}, "
                         f"{rng.choice(['7', '10', '-7', '1', '97', '2**61 - 1'])})")
    if r < 0.67:
        text = rng.choice(["'12'", "' -12 '", "'1_000'", "'0x1f'", "'1f'", "'0b101'", "'0o17'", "'1.5'", "'-3.5e2'",
                           "'inf'", "'-Infinity'", "'nan'", "'abc'", "''", "'1e400'", "' 7\\n'", "'+0'", "'00'",
                           "'1__0'", "'٣'", "'12345678901234567890'", "'1_0.5'", "'.5'", "'5.'", "'0x'", "'z'"])
        conv = rng.choice(["int({})", "float({})", "int({}, 16)", "int({}, 0)", "int({}, 2)", "int({}, 36)",
                           "float({}).hex()"])
        return wrap(rng, conv.format(text))
    if r < 0.77:
        x = number(rng)
        return wrap(rng, rng.choice(["float({})", "int({})", "abs({})", "-({})", "bool({})", "hash({}) == hash({})",
                                     "({}).is_integer()", "({}).as_integer_ratio()", "({}).bit_length()",
                                     "({}).conjugate()", "({}).real", "({}).imag", "math.floor({})",
                                     "math.ceil({})", "math.trunc({})", "math.sqrt(abs({}))", "math.isclose({}, 1)",
                                     "math.copysign(1, {})", "math.fabs({})", "math.gcd(int({}), 12)"]).format(x, x))
    if r < 0.9:
        parts = [number(rng)]
        for _ in range(rng.randint(1, 3)):
            parts += [rng.choice(CMP_OPS), number(rng)]
        return " ".join(parts)
    x = rng.choice(FLOATS)
    return rng.choice(["repr({})", "str({})", "print({})", "print({}, -({}))", "[{}, -({})]", "'%s %r' % ({}, {})",
                       "f'{{{}}}'"]).format(x, x)


STRINGS = ["'Hello, World'", "'  padded\\t '", "'a,b,,c'", "'mississippi'", "''", "'it\\'s'", "'say \"hi\"'",
           "'both \\' and \"'", "'tab\\there'", "'line1\\nline2\\r\\nline3'", "'café'", "'ÀÉÎ straße'", "'123'",
           "'Title Case words'", "'snake_case_name'", "'x'", "'\\x00\\x7f\\x80é€😀'", "'  '", "'ABC'", "'a1b2'",
           "'one two  three'", "'\\\\back'", "s", "ws[0]", "'-42'", "'3.14'",
           "\"they're bill's\"", "'ǅungla ǉ'", "'ﬁne ﬂow'", "'İstanbul'", "'+7'", "'a\\tb\\tc'",
           "'MiXeD 42nd-street'", "'x\\x0by\\x1cz'",
           # Texts past 64 UTF-8 bytes, which TextPositions keeps: ASCII, and with two- to four-byte code points.
           "('mississippi, ' * 7)", "('café — ∑ 𝔘𝔫 e\\u0301 ' * 5)"]
STR_METHODS = ["upper()", "lower()", "title()", "capitalize()", "swapcase()", "casefold()", "strip()", "lstrip()",
               "rstrip()", "strip('sp')", "split()", "split(',')", "split(',', 1)", "rsplit(None, 1)",
               "rsplit('i', 2)", "splitlines()", "splitlines(True)", "partition('s')", "rpartition('s')",
               "replace('s', 'S')", "replace('i', '', 2)", "find('s')", "rfind('s')", "find('s', 3, 6)", "index('s')",
               "count('s')", "count('')", "startswith('Hel')", "startswith(('a', 'm'))", "endswith('pi')",
               "center(16)", "center(15, '*')", "ljust(12, '.')", "rjust(12)", "zfill(8)", "isdigit()", "isalpha()",
               "isalnum()", "isspace()", "isupper()", "islower()", "istitle()", "isdecimal()", "isnumeric()",
               "isidentifier()", "isprintable()", "expandtabs(4)", "removeprefix('He')", "removesuffix('ld')",
               "encode()", "join(['1', '2', '3'])", "split('s', -1)", "__len__()", "rindex('i')", "rstrip('ld')",
               "center(4, 'ab')", "expandtabs()", "zfill(5)", "title().swapcase()", "capitalize().center(9, '-')",
               "split(maxsplit=1)", "rsplit(',', maxsplit=1)", "partition('')", "endswith(('e', 'd'), 1, -1)",
               "find('', 3)", "count('a', -5)", "lower().count('s', 2, 9)", "strip().split(' ')",
               "replace('', '-')", "ljust(3)", "upper().isupper()", "isascii()", "splitlines(keepends=True)"]
SLICES = ["[1:4]", "[::2]", "[::-1]", "[-3:]", "[:-3]", "[1::3]", "[5:1:-1]", "[-1:-8:-2]", "[100:]", "[:0]",
          "[3]", "[-1]", "[2:2]", "[::-3]", "[-100:3]", "[1:-1:2]", "[20]", "[::0]"]
FORMAT_VALUES = ["42", "-42", "0", "3.14159", "-2.5", "1234567.891", "1e-7", "0.5", "2.5", "1e16", "'text'", "''",
                 "True", "2**70", "-0.0", "float('nan')", "float('inf')", "255", "0.125", "123456789", "-1e22",
                 "65", "'é€'", "1.0", "100.0", "99.995"]
TYPES_FOR = {
    "int": ["", "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "x", "X", "%"],
    "float": ["", "e", "E", "f", "F", "g", "G", "n", "%"],
    "str": ["", "s"],
}


def value_kind(value):
    if value.startswith("'"):
        return "str"
    if value in ("True",) or value.lstrip("-").isdigit() or value.startswith("2**"):
        return "int"
    return "float"


def format_spec(rng, kind, valid=True):
    """A random format spec, from every part CPython's mini-language has; `valid` keeps the parts the kind allows."""
    spec = ""
    if rng.random() < 0.35:
        spec += rng.choice(["*", "0", " ", "-", "x", "_", "é"]) + rng.choice("<>^=")
    elif rng.random() < 0.3:
        spec += rng.choice("<>^=" if (kind != "str" or not valid) else "<>^")
    if kind != "str" or not valid:
        if rng.random() < 0.3:
            spec += rng.choice("+- ")
        if rng.random() < 0.08 and kind == "float":
            spec += "z"
        if rng.random() < 0.2:
            spec += "#"
        if rng.random() < 0.2 and not spec[-1:] in "<>^=":
            spec += "0"
    if rng.random() < 0.6:
        spec += str(rng.choice([1, 3, 5, 8, 10, 12, 15, 20]))
    types = TYPES_FOR[kind]
    kind_type = rng.choice(types)
    if kind != "str" and rng.random() < 0.25 and kind_type not in "cn":
        spec += rng.choice([",", "_"])
    if rng.random() < 0.45 and (kind_type not in "bcdoxXn" or kind == "float" or not valid):
        spec += "." + str(rng.choice([0, 1, 2, 3, 6, 10, 17]))
    if not valid and rng.random() < 0.3:
        kind_type = rng.choice("bcdeEfFgGnosxX%")
    return spec + kind_type


FIELD_NAMES = ["0", "", "1", "k", "0[k]", "0[a:b]", "0[a!b]", "0[}]", "1[0]", "1[-1]", "2.real", "0[", "0[]", "0[k]x",
               "0.", "0..k", "{", "0{", "k[0]", "2.imag.real", "0[k][0]", "1[5]", "3", "0[0]"]
FIELD_TAILS = ["", "!r", "!s", "!a", "!", "!z", "!rx", "!r:", ":", ":>6", ":{2}", ":{", ":}", ":{2:{2}}", "!s:^{2}",
               ":{{}}", ":{}", ":*<{2}"]


def format_field(rng):
    """A `str.format` call with a random, maybe malformed, replacement field: names with accessors, conversions and
    nested specs, as CPython's parse_field scans them."""
    field = "{" + rng.choice(FIELD_NAMES) + rng.choice(FIELD_TAILS) + rng.choice(["}", "}", "}", "", "}}"])
    template = rng.choice(["{f}", "<{f}>", "{f}{{}}", "a{{{f}", "{f}|{f}"]).format(f=field)
    call = rng.choice(["({{'a:b': 1, 'k': 'v', '}}': 3, 'a!b': 4}}, [5, 6], 7)", "(k='kw', *[{{'k': 0}}, 'xy', 2.5])"])
    return f"{template!r}.format{call}" if "{{" not in call else f"{template!r}.format{call.format()}"


def strings(rng):
    r = rng.random()
    text = rng.choice(STRINGS)
    if r < 0.08:
        return format_field(rng)
    if r < 0.2:
        return f"{text}.{rng.choice(STR_METHODS)}"
    if r < 0.3:
        return wrap(rng, f"{text}{rng.choice(SLICES)}")
    if r < 0.38:
        return rng.choice(["{0} * {1}", "{1} * {0}", "{0} + {0}", "'s' in {0}", "'' in {0}", "{0} < 'b'",
                           "len({0})", "sorted({0})[:5]", "list({0})[:4]", "{0}.split()[::-1]", "max({0})",
                           "ord({0}[0])", "[c for c in {0} if c.isupper()]", "' '.join(reversed({0}))",
                           "{0} == {0}.lower()", "repr({0})", "print({0})", "print(repr({0}))", "ascii({0})",
                           "str({0}).encode('utf-8')", "tuple({0})[-2:]"]).format(text, rng.choice(["0", "2", "-1",
                                                                                                   "3"]))
    value = rng.choice(FORMAT_VALUES)
    kind = value_kind(value)
    spec = format_spec(rng, kind, valid=rng.random() < 0.85)
    inner = value.replace("'", '"')  # an f-string's expression may not reuse its quote before Python 3.12
    if r < 0.55:
        return f"f'[{{{inner}:{spec}}}]'"
    if r < 0.65:
        return f"format({value}, {spec!r})"
    if r < 0.75:
        conv = rng.choice(["", "!r", "!s", "!a"])
        extra = rng.choice(["", ":>12", ":^10", ":.3"]) if conv else ""
        template = rng.choice(["'{0}|{0@c@e}|{1:@s}'.format(@v, @v)", "'{x@c@e} {y:@s}'.format(x=@v, y=@v)",
                               "'{{{}}} {}'.format(@v, 7)", "'{:{w}.{p}}'.format(@v, w=9, p=3)", "f'{@v@c@e}'",
                               "f'{@v=}'", "f'{@v = :@s}'", "f'{@v=!s:>8}'", "f'{@v=@c}'"])
        if template.startswith("f"):
            value = inner
        return template.replace("@v", value).replace("@c", conv).replace("@e", extra).replace("@s", spec)
    if r < 0.9:
        directive = rng.choice(["%d", "%i", "%5d", "%-5d|", "%+d", "%05d", "%x", "%#x", "%X", "%o", "%#o", "%e",
                                "%.2e", "%E", "%f", "%.3f", "%10.4f", "%-10.2f|", "%g", "%.3g", "%G", "%s", "%r",
                                "%a", "%10s|", "%-10s|", "%.2s", "%c", "%%", "% d", "%#.0f", "%*d", "%.*f", "%u"])
        if directive in ("%*d", "%.*f"):
            return f"'{directive}' % (6, {value})"
        if directive == "%%":
            return f"'100%% of %s' % ({value},)"
        return rng.choice([f"'{directive}' % {value}", f"'<{directive}>' % ({value},)",
                           f"'{directive} {directive}' % ({value}, {rng.choice(FORMAT_VALUES)})",
                           f"'%(k){directive[1:]}' % {{'k': {value}}}"])
    return f"format({value}, {format_spec(rng, kind)!r}) == f'{{{inner}:{format_spec(rng, kind)}}}'"


LISTS = ["[3, 1, 2]", "xs", "[]", "[[1, 2], [3, [4, 5]]]", "['b', 'A', 'c', 'a']", "ws", "[2.5, -1, True, 0.0]",
         "list(range(10))", "[(2, 'b'), (1, 'z'), (2, 'a')]", "[None, 'x', (1,)]", "[1, [2, [3, [4]]]]"]
LIST_MUTATIONS = ["L.append(4)", "L.extend('ab')", "L.insert(1, 'new')", "L.insert(-100, 0)", "L.pop()", "L.pop(0)",
                  "L.pop(-2)", "L.remove(3)", "L.reverse()", "L.sort()", "L.sort(reverse=True)", "L.sort(key=str)",
                  "L.sort(key=lambda v: -v if isinstance(v, int) else 0)", "L.clear()", "L[1:3] = [9, 9, 9]",
                  "L[::2] = L[::2][::-1]", "L[:0] = [-1]", "L[len(L):] = [99]", "del L[1:3]", "del L[::2]",
                  "del L[0]", "L *= 2", "L[1:2] = []", "L[::-1] = range(len(L))", "L.index(3)", "L.count(3)",
                  "L[5:1] = 'xy'", "L[::3] = [0]", "L.sort(key=lambda v: str(v)[::-1], reverse=True)",
                  "L.extend(L)", "L[-2:] = L[:2]", "L[1:1] = (7, 8)", "L.insert(len(L) + 5, 'end')", "L[:] = L[::-1]"]
SELF_REFERENCES = ["L[0] = L", "L += [L]", "L.append(L)"]
DICTS = ["d", "{}", "{1: 'a', True: 'b', 1.0: 'c'}", "{'x': [1, 2], 'y': {'z': None}}", "dict(zip('abc', range(3)))",
         "dict.fromkeys('aba', 0)", "{(1, 2): 'tuple', None: 0}", "{k: k ** 2 for k in range(5)}"]
DICT_OPS = ["D['z'] = 26", "D.get('a')", "D.get('q', -1)", "D.setdefault('a', 9)", "D.setdefault('n', [])",
            "D.pop('b')", "D.pop('q', None)", "D.pop('q')", "D.popitem()", "D.update(b=20, e=5)", "D.update([('a', 0)])",
            "list(D)", "list(D.items())", "D.keys()", "D.values()", "D.items()", "len(D)", "'a' in D", "D['q']",
            "del D['a']", "D | {'a': -1}", "D |= {'w': 0}", "sorted(D, key=D.get)", "D == dict(D)", "D.copy()",
            "list(reversed(D))", "{**D, 'a': 100}", "max(D, key=lambda k: str(D[k]))", "D.clear()",
            "D.keys() & {'a', 'z'} == {'a'}", "D.get('a', 0) + 1", "[k for k, v in D.items() if v]",
            "D.update({'a': D.get('a', 0) + 1})", "dict(sorted(D.items()))"]
SETS = ["{3, 1, 2}", "{10, 5, 33, 8, 1, -1, 100}", "set(range(20, 0, -3))", "{0.5, 1, 2.0}", "set()",
        "{True, 2, 0, False}", "set(xs)", "{x % 7 for x in range(30, 0, -4)}", "{-5, -1, 64, 1024, 7}",
        "frozenset({1, 2})", "{'a', 'b'}", "set('hello')", "{(1, 2), (0, 1)}", "{2**40, 2**64, 17}"]
SET_OPS = ["{0}", "{0} | {1}", "{0} & {1}", "{0} - {1}", "{0} ^ {1}", "sorted({0})", "len({0})", "3 in {0}",
           "{0}.union([40, 41])", "{0}.issubset({1})", "{0} <= {1}", "min({0})", "sum({0})", "list({0})",
           "[v * 2 for v in {0}]", "{0} == {1}", "print({0})", "{0}.isdisjoint({1})", "set(sorted({0}, reverse=True))"]
TUPLES = ["t", "()", "(1,)", "(1, (2, 3), [4])", "tuple('abc')", "(0.1, -0.0, 1e20)", "tuple(range(3))"]


def containers(rng):
    r = rng.random()
    if r < 0.35:
        mutations = LIST_MUTATIONS + (SELF_REFERENCES if rng.random() < 0.1 else [])
        steps = "\n".join(rng.choice(mutations) for _ in range(rng.randint(1, 3)))
        last = rng.choice(["L", "print(L)", "len(L)", "L[-1]", "repr(L)", "str(L)", "L == L[:]", "L[:3]"])
        return f"L = list({rng.choice(LISTS)})\n{steps}\n{last}" if rng.random() < 0.0 else \
            f"L = list({rng.choice(LISTS)}); " + "; ".join(steps.split("\n")) + f"; {last}"
    if r < 0.5:
        lst = rng.choice(LISTS)
        return rng.choice(["sorted({0})", "sorted({0}, reverse=True)", "sorted({0}, key=len)", "sorted({0}, key=str)",
                           "sorted({0}, key=lambda v: str(v)[::-1])", "{0} + {0}[:1]", "{0} * 2", "{0}[::-2]",
                           "{0} < [3]", "{0}.index({0}[-1])", "repr({0})", "str({0})", "max({0}, key=str)",
                           "min({0}, default='none')", "list(enumerate({0}))[:3]", "{0}.copy()", "[*{0}, *'ab']",
                           "tuple({0})"]).format(lst)
    if r < 0.72:
        steps = "; ".join(rng.choice(DICT_OPS) for _ in range(rng.randint(1, 3)))
        last = rng.choice(["D", "print(D)", "str(D)", "list(D.items())", "len(D)", "repr(D)"])
        return f"D = dict({rng.choice(DICTS)}); {steps}; {last}"
    if r < 0.9:
        return rng.choice(SET_OPS).format(rng.choice(SETS), rng.choice(SETS))
    tup = rng.choice(TUPLES)
    return rng.choice(["{0}", "{0} + (9,)", "{0} * 2", "{0}[::-1]", "{0}.count(3)", "{0}.index(3)", "len({0})",
                       "{0} < (3, 'y')", "str({0})", "hash({0}) == hash({0})", "sorted({0}, key=repr)",
                       "print(*{0})", "print({0})", "({0}, {0})"]).format(tup)


ITERABLES = ["xs", "range(7)", "range(10, -1, -3)", "'abcde'", "ws", "[3.5, -1, 2]", "d", "d.items()", "t[:3]",
             "[[1, 2], [3, 4]]", "[]", "(x * x for x in range(5))", "map(abs, xs)", "zip('ab', xs)"]


def builtins(rng):
    r = rng.random()
    it, other = rng.choice(ITERABLES), rng.choice(ITERABLES)
    if r < 0.3:
        return rng.choice(["list(enumerate({0}))", "list(enumerate({0}, 1))", "list(zip({0}, {1}))",
                           "list(zip({0}, {1}, strict=True))", "list(map(str, {0}))", "list(filter(None, {0}))",
                           "list(reversed(list({0})))", "sorted({0})", "sorted({0}, reverse=True)", "min({0})",
                           "max({0})", "max({0}, default=None)", "sum({0})", "sum({0}, 0.5)", "any({0})", "all({0})",
                           "list({0})", "tuple({0})", "dict(enumerate({0}))", "len(list({0}))", "next(iter({0}))",
                           "next(iter({0}), 'empty')", "min({0}, key=str)", "sum(1 for _ in {0})",
                           "list(map(lambda a, b: (a, b), {0}, {1}))", "list(reversed({0}))"]).format(it, other)
    if r < 0.55:
        cond = rng.choice(["", " if x", " if not x", " if str(x) > 'b'", " if isinstance(x, int)"])
        body = rng.choice(["x", "str(x)", "(x, x)", "[x]", "repr(x)", "type(x).__name__"])
        form = rng.choice(["[{b} for x in {i}{c}]", "{{{b} for x in {i}{c}}}", "list({b} for x in {i}{c})",
                           "{{i: {b} for i, x in enumerate({i}){c}}}", "[(x, y) for x in {i} for y in range(2){c}]",
                           "[[{b} for x in {i}{c}] for _ in range(2)]", "sum(1 for x in {i}{c})"])
        return form.format(b=body, i=it, c=cond)
    if r < 0.75:
        args = ", ".join(rng.choice(["1", "'a'", "2.5", "None", "xs[:2]", "t", "True", "''", "-0.0", "d", "p",
                                     "'é'"]) for _ in range(rng.randint(0, 3)))
        kw = rng.choice(["", ", sep=''", ", sep=', '", ", end='!\\n'", ", sep='-', end=''", ", end=''",
                         ", sep=None", ", end=None", ", sep='\\t'"])
        if not args:
            kw = kw.lstrip(", ")
        return f"print({args}{kw})" + rng.choice(["", "; print('|')"])
    if r < 0.88:
        return rng.choice(["g = (x * 2 for x in {0}); next(g), list(g)", "g = iter({0}); next(g, None); list(g)",
                           "it = iter({0}); list(zip(it, it))", "g = (x for x in {0}); sum(1 for _ in g), list(g)",
                           "r = reversed(list({0})); list(r), list(r)", "e = enumerate({0}); next(e, 'done')",
                           "m = map(str, {0}); list(m)[:2], list(m)"]).format(it)
    return rng.choice(["all(x > 0 for x in xs)", "any(c.isupper() for c in s)", "min(ws, key=len)",
                       "max(ws, key=str.lower)", "sorted(ws, key=str.lower)", "sorted(ws, key=lambda w: (len(w), w))",
                       "sorted(xs, key=abs, reverse=True)", "max(xs, key=abs)", "min(xs, default=0)",
                       "sum([[1], [2, 3]], [])", "sum(xs) / len(xs)", "divmod(sum(xs), len(xs))", "max(3, 3.0)",
                       "min(3.0, 3)", "max('a', 'B')", "sorted([3, 1.5, True, -2])", "list(range(0, 20, 3))[::-1]",
                       "range(5)[1:3]", "range(0, 10, 2)[-1]", "len(range(10, 0, -3))", "list(zip(*[(1, 'a'), (2, 'b')]))",
                       "abs(-7), abs(-2.5), abs(True)", "chr(955) + chr(65)", "ord('€')", "bin(-10), oct(64), hex(255)",
                       "sorted(d.items(), key=lambda kv: kv[1], reverse=True)", "isinstance(True, int)",
                       "list(map(int, '123'))", "list(filter(str.isdigit, 'a1b2'))"])


ERRORS = ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "[][0]", "[1, 2][5]", "(1,)[3]",
          "'abc'[10]", "{}['missing']", "d['q']", "d[0]", "int('x')", "int('1.5')", "float('abc')", "int('')",
          "'a' + 1", "1 + 'a'", "None + 1", "[1] + (2,)", "'a' * 'b'", "'a' * 2.0", "undefined_name",
          "[1].index(5)", "'abc'.index('z')", "xs.remove(100)", "a, b = [1, 2, 3]", "a, b, c = [1, 2]",
          "f()", "f(1, 2, c=1, c=2)" if False else "f(1, b=2, **{'b': 3})", "len(5)", "abs('x')", "sum(['a', 'b'])",
          "min([])", "max([], key=len)", "next(iter([]))", "int(None)", "float([1])", "{}.pop('x')", "[].pop()",
          "set().pop()", "{[1]: 2}", "hash([])", "{1, [2]}", "'x'.join([1, 2])", "ord('ab')", "chr(-1)",
          "range(1.5)", "list(1)", "iter(5)", "(1).foo", "s.nope", "p.z", "p + 1", "1 + p", "p < 3", "sorted([1, 'a'])",
          "[3, 'a'].sort()", "1 < 'a'", "'a' > None", "round('x')", "math.sqrt(-1)", "math.log(0)", "2.0 ** 10000",
          "10 ** 400 * 1.0", "float(10 ** 400)", "int(float('inf'))", "int(float('nan'))", "'%d' % 'x'",
          "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0} {2}'.format(1, 2)", "'{x}'.format(y=1)",
          "format(1.5, 'd')", "format('x', '>+5')", "format(3, '.2s')", "f'{1:,x}'", "format(1, '=^+#05,.2x')",
          "format('a', '=5')", "format(2**70, 'c')", "format(-1, 'c')", "format(1.5, ',n')", "'{:%}'.format('a')",
          "tuple()[0]", "t[1] = 5", "s[0] = 'h'", "del t[0]", "x = [1]; x[1:2:1] = 1", "x = [1, 2, 3]; x[::2] = [1]",
          "dict([(1, 2, 3)])", "dict(1)", "{**[1]}", "[*5]", "f(*1)", "p(1, 2)", "V(1)", "V(1, 2, 3)",
          "counter()(1, 2)", "int('12', 1)", "int(12, 10)", "str(1, 2)", "complex('x')", "bytes(-1)",
          "'a'.center(5, 'xy')", "'a b'.split('')", "[1, 2].sort(key=1)", "pow(2, -1, 4)", "pow(2.0, 2, 3)",
          "round(1.5, 'a')", "math.factorial(-1)", "math.factorial(2.5)", "list(zip([1], [1, 2], strict=True))",
          "enumerate(5)", "range(0, 10, 0)", "'abc'.count()", "slice(1)[0]", "x = 5; x()", "None()", "(lambda: 1)(2)",
          "(lambda x: x)()", "assert 1 == 2", "assert False, 'custom message'", "raise ValueError('bad value')",
          "raise KeyError('k')", "raise TypeError", "xs[1.5]", "xs['a']", "d[[]]", "s[1:2:0]", "int('9' * 5000)",
          "str(10 ** 5000)", "'ab' < 3", "[1, 2] == [1, 2] < [1]", "not_defined += 1"]


def errors(rng):
    return rng.choice(ERRORS)


ARGUMENTS = ["1", "'a'", "2.5", "None", "[1]", "(2, 3)", "{'k': 1}", "True", "-4"]


def functions(rng):
    r = rng.random()
    if r < 0.45:
        positional = [rng.choice(ARGUMENTS) for _ in range(rng.randint(0, 4))]
        keywords = rng.sample(["a=0", "b=5", "c=-1", "e=9", "z='q'"], rng.randint(0, 2))
        star = rng.choice(["", ", *[7, 8]", ", **{'k': 2}", ", *'xy'", ", *()"])
        args = ", ".join(positional + keywords)
        if star and not args:
            star = star[2:]
        return f"f({args}{star})"
    if r < 0.65:
        n, k = rng.randint(-3, 3), rng.randint(1, 4)
        return rng.choice([f"c = counter({n}); [c() for _ in range({k})], c(10)",
                           f"c1, c2 = counter(), counter({n}); c1(); c2({k}), c1()",
                           f"steps = [counter(i) for i in range({k})]; [s() for s in steps]",
                           f"fs = [lambda x, i=i: x * i for i in range({k})]; [g(3) for g in fs]",
                           f"fs = [lambda x: x * i for i in range({k})]; [g(3) for g in fs]"])
    body = rng.choice([
        "def g(*args, **kwargs):\n    return len(args), sorted(kwargs.items())",
        "def g(x, /, y=1, *, z=2):\n    return x + y * z",
        "def g(n):\n    return 1 if n < 2 else n * g(n - 1)",
        "def g(seq, acc=[]):\n    acc.append(seq)\n    return acc",
        "def g(a, b=None):\n    b = [] if b is None else b\n    b.append(a)\n    return b",
        "def g(x):\n    def inner(y):\n        return x + y\n    return inner",
        "def g(*, key=str, reverse=False):\n    return sorted(ws, key=key, reverse=reverse)",
        "def g(n):\n    total = 0\n    for i in range(n):\n        if i % 3 == 0:\n            continue\n"
        "        total += i\n    else:\n        total = -total\n    return total",
        "def g(text):\n    '''Counts letters.'''\n    out = {}\n    for ch in text:\n        out[ch] = out.get(ch, 0) + 1\n"
        "    return out",
        "def g(x, y=2):\n    return x ** y if x else None",
        "def g(seq):\n    try:\n        return seq[3]\n    except IndexError as e:\n        return str(e)\n"
        "    finally:\n        print('done')",
    ])
    name_calls = {
        "*args": ["g()", "g(1, 2, b=3, a=4)", "g(*xs, **d)"],
        "/, y": ["g(2)", "g(2, 3, z=4)", "g(x=2)", "g(1, 2, 3)"],
        "n * g": ["g(5)", "g(20)", "g(0)"],
        "acc=[]": ["g(1), g(2)", "g('x') is g('y')"],
        "b=None": ["g(1), g(2)", "g(1, [0])"],
        "inner": ["g(3)(4)", "g('a')('b')", "g.__name__", "g(1).__name__", "g(1).__qualname__"],
        "key=str": ["g()", "g(key=len, reverse=True)", "g(str.lower)"],
        "total": ["g(10)", "g(0)", "g(-1)"],
        "Counts": ["g('banana')", "g.__doc__", "g('')"],
        "x ** y": ["g(0)", "g(3)", "g(2, -1)", "g(2, y=0.5)", "g(y=3)"],
        "finally": ["g([1, 2])", "g('abcd')", "g(5)"],
    }
    calls = next(v for k, v in name_calls.items() if k in body)
    return body + "\n" + "#---\n" + rng.choice(calls)


def classes(rng):
    a, b = rng.choice(["p", "q", "V(0, 0)", "V(2.5, -1)", 'V("a", "b")']), rng.choice(["p", "q", "V(1, 1)"])
    return rng.choice(["{0}", "print({0})", "str({0})", "repr({0})", "{0} + {1}", "{0} * 3", "3 * {0}", "-{0}",
                       "1 + {0}", "sum([{0}, {1}], V(0, 0))", "{0} == {1}", "{0} != {1}", "{0} < {1}", "{0} > {1}",
                       "sorted([{0}, {1}, V(0, 9)])", "len({0})", "{0}[0], {0}[-1]", "list({0})", "2 in {0}",
                       "bool({0})", "{0}(10)", "f'{{{0}}}'", "f'{{{0}!r}}'", "f'{{{0}:>6}}'", "format({0}, '.2f')",
                       "'{{}}'.format({0})", "[{0}, {1}]", "{{'k': {0}}}", "max({0}, {1})", "x, y = {0}; y, x",
                       "[*{0}]", "{0}.x", "vars({0})", "{0}.__dict__", "isinstance({0}, V)", "type({0}).__name__",
                       "hash({0})", "{0} + 1", "{0} in [{1}]", "V.__name__", "'%s and %r' % ({0}, {1})",
                       "str([{0}])", "print({0}, {1}, sep=' | ')", "{0} * 0.5 + {1}", "sum([{0}], 0)"]).format(a, b)


NP_SCALARS = ["np.float64(1.5)", "np.float64(2.5)", "np.float32(0.1)", "np.float16(0.3)", "np.int64(7)",
              "np.int32(-3)", "np.uint8(200)", "np.int8(-100)", "np.bool_(True)", "np.float64(-0.0)",
              "np.float64('nan')", "np.float64(1e16)", "np.float32(3.4e38)", "np.float64(123456.789)",
              "np.uint64(2**63)", "np.int64(2**62)", "np.complex128(1+2j)", "np.float64(0.1) * 3"]


def npscalars(rng):
    x, y = rng.choice(NP_SCALARS), rng.choice(NP_SCALARS + SMALL_INTS + ["2.5", "0.1", "2**70", "True"])
    r = rng.random()
    if r >= 0.35 and r < 0.6:
        x = x.replace("'", '"')
    if r < 0.35:
        return wrap(rng, f"{x} {rng.choice(NUM_OPS + CMP_OPS)} {y}" if rng.random() < 0.5 else
                    f"{y} {rng.choice(NUM_OPS + CMP_OPS)} {x}")
    if r < 0.6:
        kind = "int" if "int" in x or "bool" in x else "float"
        if "complex" in x:
            return f"f'{{{x}}}'"
        return rng.choice([f"f'{{{x}}}'", f"f'{{{x}:{format_spec(rng, kind)}}}'", f"format({x}, '')",
                           f"'{{}}'.format({x})", f"'%s %r' % ({x}, {x})", f"'%.3f' % {x}", f"'%d' % {x}",
                           f"str({x})", f"repr({x})", f"print({x})", f"[{x}, {x}]", f"print([{x}])"])
    return wrap(rng, rng.choice(["round({0})", "round({0}, 1)", "round({0}, -1)", "int({0})", "float({0})",
                                 "bool({0})", "abs({0})", "divmod({0}, 3)", "math.floor({0})", "math.sqrt(abs({0}))",
                                 "max({0}, 1)", "min([{0}, 2, 0.5])", "sum([{0}, 1])", "{0}.item()",
                                 "({0}).is_integer()", "hash({0}) == hash(({0}).item())", "range(int({0}))[-1:]",
                                 "[1, 2, 3][np.int64(1)]", "'ab' * np.int64(2)", "{0} ** 2", "pow({0}, 2)",
                                 "({0}).as_integer_ratio()", "complex({0})", "str({0}) == str(({0}).item())",
                                 "isinstance({0}, float)", "isinstance({0}, int)", "sorted([{0}, 1, -2.5])"]).format(x))


def programs(rng):
    """A small compound program: loops, try/except over the error statements, inheritance, string building."""
    r = rng.random()
    n, k = rng.randint(0, 12), rng.randint(1, 4)
    if r < 0.3:
        failing = rng.choice(ERRORS).replace("\n", "; ")
        caught = rng.choice(["Exception", "(ValueError, TypeError)", "ZeroDivisionError", "LookupError",
                             "ArithmeticError", "KeyError", "IndexError", "(AttributeError, NameError)"])
        body = rng.choice(["print(type(e).__name__, e)", "print(repr(e))", "print(e.args)", "print(str(e)[:40])",
                           "print(f'{e!r}')", "print(type(e).__mro__[1].__name__)"])
        return (f"try:\n    {failing}\nexcept {caught} as e:\n    {body}\nelse:\n    print('no error')\n"
                f"finally:\n    print('done')")
    if r < 0.45:
        return (f"total, seen = 0, []\n#---\nfor i in range({n}):\n    if i % {k} == 0:\n        continue\n"
                f"    if i > {n - 2}:\n        break\n    total += i * {rng.choice(['-1', '2', '0.5', '3'])}\n"
                f"    seen.append(i)\nelse:\n    seen.append('else')\n#---\nprint(total, seen)")
    if r < 0.55:
        return (f"n, steps = {rng.randint(1, 40)}, []\n#---\nwhile n != 1:\n    n = n // 2 if n % 2 == 0 else 3 * n + 1\n"
                f"    steps.append(n)\n    if len(steps) > {rng.randint(3, 30)}:\n        break\nelse:\n"
                f"    steps.append('reached')\n#---\nprint(len(steps), steps[-3:])")
    if r < 0.7:
        base = rng.choice(["", "(Exception)", "(dict)" if False else "(object)"])
        return (f"class Shape{base}:\n    count = 0\n    def __init__(self, name, *sides):\n        self.name = name\n"
                f"        self.sides = sides\n        Shape.count += 1\n    def perimeter(self):\n"
                f"        return sum(self.sides)\n    def __repr__(self):\n"
                f"        return f'{{type(self).__name__}}({{self.name!r}}, {{self.perimeter()}})'\n"
                f"#---\nclass Square(Shape):\n    def __init__(self, side):\n        super().__init__('sq', *[side] * 4)\n"
                f"    def perimeter(self):\n        return super().perimeter() * {k}\n"
                f"#---\nshapes = [Shape('tri', 3, 4, 5), Square({n}), Shape('line', {rng.choice(['1.5', '2', '-1'])})]\n"
                f"#---\n{rng.choice(['shapes', 'print(shapes)', 'Shape.count', 'sorted(shapes, key=Shape.perimeter)', 'str(shapes[1])', 'max(shapes, key=lambda s: s.perimeter()).name', '[s.perimeter() for s in shapes]', 'isinstance(shapes[1], Shape), type(shapes[1]) is Shape', 'shapes[1].sides', 'Square.__mro__[1].__name__'])}")
    if r < 0.85:
        spec = format_spec(rng, rng.choice(["int", "float"]))
        width = rng.randint(1, 8)
        return (f"rows = [('alpha', {rng.choice(FORMAT_VALUES[:10])}), ('b', {rng.choice(FORMAT_VALUES[:10])}), "
                f"('gamma', -3)]\n#---\nfor name, value in rows:\n"
                f"    print(f'{{name:<{width}}}|{{value:{spec}}}|{{name!r:^{width + 2}}}')")
    return (f"counts = {{}}\n#---\nfor word in {rng.choice(['s.split()', 'ws', 'list(s.lower())', 'ws * 2', 'str(xs).split()'])}:"
            f"\n    counts[word] = counts.get(word, 0) + 1\n#---\n"
            f"print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:{k + 2}])")


GRAMMARS = {"numbers": numbers, "strings": strings, "containers": containers, "builtins": builtins,
            "errors": errors, "functions": functions, "classes": classes, "npscalars": npscalars, "programs": programs}
WEIGHTS = {"numbers": 4, "strings": 5, "containers": 3, "builtins": 3, "errors": 2, "functions": 1, "classes": 1,
           "npscalars": 2, "programs": 2}


def statements_of(generated):
    """A generated item is one statement, or (a `def` then a call) several separated by `#---` lines."""
    return [part.strip("\n") for part in generated.split("\n#---\n")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--out", help="the folder for the chapters (default: a new one under /tmp, so that "
                        "runs side by side never share one)")
    parser.add_argument("--docbuild", default=os.path.join(os.path.dirname(HERE), ".build", "debug", "docbuild"))
    parser.add_argument("--per", type=int, default=40, help="statements per chapter")
    parser.add_argument("--statements", help="a file of statements separated by `#---` lines, instead of random ones")
    parser.add_argument("--show", action="store_true", help="print each mismatch with CPython's and docbuild's text")
    parser.add_argument("--grammar", choices=["all", *GRAMMARS], default="all")
    parser.add_argument("--print", action="store_true", help="print the statements and stop")
    args = parser.parse_args()
    args.out = args.out or tempfile.mkdtemp(prefix="python-differential-")
    rng = random.Random(args.seed)
    if args.statements:
        with open(args.statements) as handle:
            statements = [s.strip("\n") for s in handle.read().split("\n#---\n") if s.strip()]
    else:
        names = list(GRAMMARS) if args.grammar == "all" else [args.grammar]
        weights = [WEIGHTS[name] for name in names]
        statements = []
        while len(statements) < args.count:
            statements += statements_of(GRAMMARS[rng.choices(names, weights)[0]](rng))
    if args.print:
        print("\n#---\n".join(statements))
        return
    folder = numpy_differential.write_chapters(statements, args.out, args.per, SETUP)
    result = reach_probe.tally(args.docbuild, args.out, "fuzz")
    print(json.dumps({k: result[k] for k in ("statements", "matching", "percent", "refused")}))
    for mismatch in result["mismatches"]:
        print("MISMATCH", mismatch)
    if args.show:
        numpy_differential.show_mismatches(args.docbuild, folder)
    for root, n in result["roots"][:25]:
        print(f"{n:4d} {root}")


if __name__ == "__main__":
    main()
