#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for `sys.float_info` and `sys.version_info` used as the tuples they are
(CPython's structseq: `isinstance(…, tuple)`, concatenation, repetition, comparison, `count`/`index`, and the
AttributeErrors of assigning to them), and for a str, list or tuple meeting an object of a class that defines no
operator: `[1] + obj` and `obj * [1]` end in the sequence's own messages ("can only concatenate list (not "C") to
list", "can't multiply sequence by non-int of type 'C'"), not in "unsupported operand type(s)". docbuild answered
`isinstance(sys.float_info, tuple)` with False before (a wrong output, found reading session 24's notes).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session25_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/143-session25-struct-sequences-and-sequence-operands.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "143-session25-struct-sequences-and-sequence-operands.txt"

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

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_session25_fixtures.py",
        "sys.float_info and sys.version_info as tuples; a sequence meeting an object without operators",
        STATEMENTS,
    )
