"""Probe the calls the published corpora make with argument values nobody tried, against CPython 3.11 and NumPy 2.4.

Usage: python3 Benchmarks/unusual_arguments_probe.py --out /tmp/probe-args [--docbuild .build/debug/docbuild]
       [--family NAME ...] [--skip-record | --record-only] [--list-wrong]

Each family below crosses the calls the corpora of `reach_probe.py` make (np.repeat, np.zeros, a.reshape, range,
str repetition, round, reductions' axis, ...) with one kind of unusual argument value: NumPy scalars and 0-d arrays
where a Python int is taken, bools where a count or shape is taken, negative, huge (past int64) and NaN/infinite
values, containers of every kind for shapes, axes and indices, complex numbers and strings given to Python's
builtins, and Python floats where ints are taken. Every statement is one `>>>` prompt of a generated docbuild chapter
(OUT/chapters/FAMILY/NN.md, at most 60 prompts a file so none reaches docbuild's 100-diagnostic limit) whose expected
output is what CPython prints for it in REPL mode (`reach_probe.record`: one fresh process a file, after the file's
setup statements). Then `docbuild check --no-cache --quiet --content` runs on each family and every statement is
tallied: matching, refused (docbuild printed a diagnostic naming what it does not answer), or wrong (docbuild printed
other text than CPython, or raised where CPython did not). `--list-wrong` prints each wrong statement with docbuild's
diagnostic.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reach_probe import record, transcript  # noqa: E402

# Statements every chapter file starts with (tallied apart: they are not probe statements).
SETUP = [
    "import math",
    "a = np.arange(6)",
    "m = np.arange(12).reshape(3, 4)",
    "f = np.array([1.25, 2.5, -3.75, 0.125])",
    "x = np.array([0.0, 1.0, 2.0, 3.0])",
    "y = np.array([1.0, 3.0, 2.0, 5.0])",
    "ints = np.array([0, 1, 1, 3])",
]

# Calls taking a count or size, with the natural value `{v}` stands for (so a NumPy scalar of that value is valid).
COUNTS = [
    ("np.repeat(a, {v})", 2), ("a.repeat({v})", 2), ("np.zeros({v})", 3), ("np.ones({v})", 3),
    ("np.empty({v}).shape", 3), ("np.full({v}, 7)", 3), ("np.zeros(({v}, 2))", 3), ("np.ones([2, {v}])", 3),
    ("np.full(({v},), 1.5)", 2), ("np.eye({v})", 2), ("np.identity({v})", 2), ("np.eye(3, {v})", 2),
    ("np.arange({v})", 3), ("np.arange(0, {v})", 3), ("np.arange(0, 10, {v})", 3), ("np.linspace(0, 1, {v})", 3),
    ("np.logspace(0, 2, {v})", 3), ("np.geomspace(1, 8, {v})", 4), ("a.reshape({v}, -1)", 2),
    ("a.reshape(({v}, 3))", 2), ("np.reshape(a, ({v}, -1))", 2), ("np.tile(a, {v})", 2), ("np.tile(a, ({v}, 1))", 2),
    ("np.resize(a, {v})", 4), ("np.tri({v})", 2), ("np.vander(x, {v})", 2), ("np.diff(y, {v})", 2),
    ("np.diff(y, n={v})", 2), ("np.split(a, {v})", 2), ("np.array_split(a, {v})", 4), ("np.hsplit(m, {v})", 2),
    ("np.linalg.matrix_power(np.eye(2) * 2, {v})", 3), ("np.polyfit(x, y, {v})", 1), ("np.histogram(f, bins={v})", 2),
    ("np.bincount(ints, minlength={v})", 6), ("np.std(f, ddof={v})", 1), ("np.var(f, ddof={v})", 1),
    ("np.random.default_rng(0).integers(0, 10, {v})", 3), ("np.random.default_rng({v}).integers(0, 10, 3)", 3),
    ("np.fft.fft(x, {v})", 2), ("np.binary_repr(5, {v})", 4), ("np.base_repr(5, {v})", 3),
    ("np.pad(a, {v})", 1), ("np.indices(({v}, 2)).shape", 2), ("np.unravel_index(5, ({v}, 3))", 2),
    ("np.ravel_multi_index((1, 1), ({v}, 3))", 2), ("np.random.RandomState(0).rand({v})", 2),
    ("np.random.RandomState(0).randint(0, 5, {v})", 3), ("np.random.RandomState({v}).randint(0, 9, 3)", 3),
    ("np.ones({v}, dtype=int)", 2), ("np.zeros_like(a, shape={v})", 2), ("np.partition(a, {v})", 2),
    ("np.argpartition(a, {v})", 2), ("np.kron(np.eye({v}), [1, 2])", 2), ("np.rot90(m, {v})", 1),
    ("np.roll(a, {v})", 2), ("np.linalg.norm(y, ord={v})", 1),
    ("range({v})", 3), ("list(range({v}))", 3), ("list(range(0, 10, {v}))", 3), ("[0] * {v}", 3), ("{v} * [0]", 3),
    ("(1, 2) * {v}", 2), ("'ab' * {v}", 2), ("b'ab' * {v}", 2), ("round(2.567, {v})", 1),
    ("round(np.float64(2.567), {v})", 1), ("np.round(f, {v})", 1), ("f.round({v})", 1), ("np.around(f, {v})", 1),
    ("'a,b,c'.split(',', {v})", 1), ("'a,b,c'.rsplit(',', {v})", 1), ("'ab'.center({v})", 4), ("'7'.zfill({v})", 3),
    ("'ab'.ljust({v}, '*')", 4), ("'ab'.rjust({v})", 4), ("'aaa'.replace('a', 'b', {v})", 2),
    ("math.factorial({v})", 4), ("math.comb(5, {v})", 2), ("math.perm(5, {v})", 2), ("math.isqrt({v})", 9),
    ("math.gcd(12, {v})", 8), ("math.ldexp(1.0, {v})", 3), ("pow(2, {v})", 3), ("pow(2, {v}, 5)", 3),
    ("divmod(7, {v})", 2), ("bin({v})", 5), ("hex({v})", 255), ("oct({v})", 8), ("chr({v})", 97),
    ("bytes({v})", 2), ("bytearray({v})", 2), ("list(enumerate('ab', {v}))", 1), ("sum([1, 2], {v})", 3),
    ("'{:.{}f}'.format(3.14159, {v})", 2), ("f'{3.14159:.{{v}}f}'", 2), ("int('11', {v})", 2),
    ("[1, 2, 3, 2].index(2, {v})", 2), ("'abcabc'.find('c', {v})", 3), ("'abc'.startswith('b', {v})", 1),
    ("list(zip(range({v}), 'abc'))", 2), ("'%.*f' % ({v}, 3.14159)", 2),
]

# Calls taking an axis (the value is the axis; NumPy's axis converters take any integer-like object but bools).
AXES = [
    ("np.sum(m, axis={v})", 1), ("m.sum({v})", 1), ("np.mean(m, {v})", 1), ("m.max(axis={v})", 1),
    ("np.argmax(m, axis={v})", 1), ("m.argmin({v})", 1), ("np.cumsum(m, axis={v})", 1), ("np.sort(m, axis={v})", 1),
    ("np.concatenate([m, m], axis={v})", 1), ("np.stack([a, a], axis={v})", 1), ("np.expand_dims(a, {v})", 1),
    ("np.moveaxis(m, {v}, 0)", 1), ("np.swapaxes(m, {v}, 0)", 1), ("np.flip(m, {v})", 1),
    ("np.take(m, [0], axis={v})", 1), ("np.linalg.norm(m, axis={v})", 1), ("np.std(m, axis={v})", 1),
    ("np.percentile(m, 50, axis={v})", 1), ("np.median(m, axis={v})", 1), ("np.diff(m, axis={v})", 1),
    ("np.any(m > 5, axis={v})", 1), ("np.count_nonzero(m, axis={v})", 1), ("np.delete(m, 0, axis={v})", 1),
    ("np.insert(m, 0, 9, axis={v})", 1), ("np.unique(m, axis={v})", 1), ("np.squeeze(m[:1], axis={v})", 0),
    ("np.apply_along_axis(sum, {v}, m)", 1), ("np.split(m, 2, axis={v})", 1), ("np.average(m, axis={v})", 1),
    ("np.trace(m, {v})", 1), ("np.diag(m, {v})", 1), ("np.triu(m, {v})", 1), ("np.tril(m, k={v})", 1),
    ("np.eye(3, k={v})", 1), ("m.diagonal({v})", 1), ("np.gradient(m, axis={v})", 1),
    ("np.nanmax(m, axis={v})", 1), ("np.prod(m, {v})", 1), ("np.ptp(m, axis={v})", 1),
    ("np.argsort(m, axis={v})", 1), ("np.roll(m, 1, axis={v})", 1), ("np.cumprod(m, {v})", 1),
]

# Calls taking an index or a slice bound.
INDICES = [
    ("a[{v}]", 1), ("m[{v}]", 1), ("m[{v}, 2]", 1), ("a[:{v}]", 1), ("a[{v}:]", 1), ("a[::{v}]", 2),
    ("a.item({v})", 1), ("a.take({v})", 1), ("np.take(a, {v})", 1), ("np.delete(a, {v})", 1),
    ("np.insert(a, {v}, 9)", 1), ("[10, 20, 30][{v}]", 1), ("(10, 20, 30)[{v}]", 1), ("'abc'[{v}]", 1),
    ("b'abc'[{v}]", 1), ("[10, 20, 30][:{v}]", 1), ("'abcdef'[::{v}]", 2), ("range(10)[{v}]", 1),
    ("list(range(10))[{v}:]", 1), ("[10, 20, 30].pop({v})", 1), ("L = [1, 2, 3]; L.insert({v}, 9); L", 1),
    ("L = [1, 2, 3]; del L[{v}]; L", 1), ("L = [1, 2, 3]; L[{v}] = 0; L", 1), ("b = a.copy(); b[{v}] = 9; b", 1),
    ("'abc'.encode()[{v}]", 1), ("np.array([1.5, 2.5])[{v}]", 1), ("x.tolist()[{v}]", 1),
    ("[10, 20, 30][slice({v})]", 1), ("slice(None, {v}).indices(5)", 1), ("divmod(np.arange(5), {v})", 2),
]

# Unusual values by family; `{n}` is the statement's natural value.
NUMPY_SCALARS = [
    "np.int64({n})", "np.int32({n})", "np.uint8({n})", "np.int8({n})", "np.intp({n})", "np.array({n})",
    "np.array([{n}])", "np.float64({n})", "np.float32({n})", "np.array({n}.0)", "np.float64({n}.5)",
]
BOOLS = ["True", "False", "np.True_", "np.bool_(False)", "np.array(True)"]
NEGATIVE_AND_HUGE = ["-1", "-{n}", "2**63", "2**64", "(-2**63 - 1)", "10**20", "float('nan')", "float('inf')",
                     "np.int64(-1)", "np.uint64(2**63)"]
CONTAINERS = ["[{n}]", "({n},)", "range({n}, {n} + 1)", "np.array([{n}])", "()", "[]"]
COMPLEX_AND_STR = ["{n} + 0j", "complex({n})", "'{n}'", "b'{n}'", "np.complex128({n})"]
PYTHON_FLOATS = ["{n}.0", "{n}.5", "-{n}.5", "1e300"]

HANDWRITTEN = {
    "builtins": [
        "int('3.5')", "int(' 3 ')", "int('3_000')", "int('0x1f', 16)", "int('0x1f', 0)", "int('08', 0)", "int('1e3')",
        "int(3.99)", "int(-3.99)", "int(float('nan'))", "int(float('inf'))", "int(1e20)", "int(2.5e-3)", "int(True)",
        "int('')", "int('  -7  ')", "int('+7')", "int('１２')", "int(b'12')", "int('z', 36)", "int('10', 1)",
        "int('10', 37)", "int(np.float64(2.7))", "int(np.array([3]))", "int(np.array(3.5))", "int(3 + 0j)",
        "float(' 1e3 ')", "float('1_000.5')", "float('nan')", "float('-inf')", "float('infinity')", "float('1e400')",
        "float('0x1p3')", "float('.5')", "float('5.')", "float('')", "float(10**400)", "float(True)", "float(b'2.5')",
        "float(np.int64(3))", "float(np.array([2.5]))", "float(2 + 0j)", "float('1,5')", "complex('1+2j')",
        "complex(' 1+2j ')", "complex('1 + 2j')", "complex(1, 2j)", "complex('j')", "complex(np.float64(2))",
        "complex('nan')", "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.5)", "round(2.675, 2)",
        "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(2.5, 0)", "round(-0.4)", "round(1e300, -300)",
        "round(5, 0)", "round(5.5, None)", "round(float('nan'))", "round(float('inf'))", "round(float('nan'), 1)",
        "round(np.float64(2.5))", "round(np.float32(2.5))", "round(np.int64(15), -1)", "round(np.float64(2.675), 2)",
        "round(True)", "round(7, -1)", "round(15, -1)", "round(25, -1)", "round(-15, -1)", "round(2.5, 2**63)",
        "round(12345, -400)", "round(1.5, -1)", "divmod(-7, 2.0)", "divmod(7, -2)", "divmod(-7.5, 2)",
        "divmod(7, 0.0)", "divmod(7, 0)", "divmod(1e308, 1e-308)", "divmod(float('inf'), 2)",
        "divmod(5, float('inf'))", "divmod(-5, float('inf'))", "divmod(True, 2)", "divmod(7.5, -0.0)",
        "divmod(np.int64(-7), 2)", "divmod(np.float64(-7), 2)", "divmod(2**70, 3)", "-7 // 2.0", "-7 % 2.0",
        "7 % -0.5", "-0.0 % 1", "5 % float('inf')", "-5 % float('inf')", "-7 // 2", "pow(2, -1, 5)", "pow(3, -1, 6)",
        "pow(2, -2, 7)", "pow(2, 3, -5)", "pow(2, 3, 0)", "pow(2, 0.5, 3)", "pow(-8, 1/3)", "pow(0, -1)",
        "pow(0.0, -1)", "pow(2, 10**5) % 7", "pow(-2, 0.5)", "pow(2, 3, 1)", "pow(10, -2)", "pow(True, 2)",
        "pow(2, np.int64(3))", "pow(np.int64(2), -1)", "pow(np.int64(2), 3, 5)", "2 ** -1", "0 ** 0", "0.0 ** 0",
        "(-8) ** (1/3)", "2 ** 0.5", "(-1) ** 0.5", "10 ** -400", "'ab'.center(5, '')", "'ab'.center(5, '**')",
        "'ab'.center(6, '*')", "'ab'.center(5, '*')", "'abc'.center(6, '-')", "'a'.ljust(3, 'xy')", "'ab'.center(-3)",
        "'ab'.zfill(-1)", "'-5'.zfill(4)", "'+5'.zfill(4)", "'ab'.expandtabs(-1)", "'a\\tb'.expandtabs(0)",
        "'a\\tb'.expandtabs(3)", "L = [1, 2]; L.insert(10**20, 9); L", "L = [1, 2]; L.insert(-10**20, 9); L",
        "L = [1, 2]; L.insert(-1, 9); L", "L = [1, 2]; L.insert(1.0, 9); L", "L = [1, 2]; L.insert('0', 9); L",
        "[1, 2].pop(10**20)", "[1, 2, 3][::10**20]", "[1, 2, 3][::-10**20]", "[1, 2, 3][10**20:]",
        "[1, 2, 3][-10**20:]", "[1, 2, 3][:-10**20]", "'abc'[::-10**20]", "'abc'[10**20]", "[1, 2, 3][::0]",
        "'abc'[::0]", "(1, 2, 3)[::-2]", "[1, 2, 3][None:None:None]", "[1, 2, 3][None:None:-1]",
        "'abcde'[-2:None:-1]", "range(10)[::-3]", "range(10)[10**20:]", "range(10)[::10**20]", "range(10)[2:8:-1]",
        "range(0, 10**20)[-1]", "len(range(0, 10**20))", "range(5)[::0]", "[1, 2, 3][1.0]", "[1, 2, 3][True]",
        "'abc'[True:]", "[1, 2, 3][np.int64(1):]", "'abc'[np.int8(-1)]", "[1, 2, 3][np.float64(1)]",
        "[1, 2, 3][np.array(1)]", "[1, 2, 3][np.array([1])]", "[1, 2, 3][1 + 0j]", "slice(1, 10, 0).indices(5)",
        "slice(10**20).indices(5)", "slice(None, None, -1).indices(5)", "slice(-10**20, 10**20, 2).indices(5)",
        "str(10**4300)[:5]", "len(str(2**10000))", "int('9' * 5000)", "hash(-1)", "hash(2**61 - 1)", "hash(2**61)",
        "hash(1.5)", "hash(float('inf'))", "hash(-2)", "abs(-0.0)", "abs(3 + 4j)", "abs(True)", "abs(-2**63)",
        "max([])", "max([], default=0)", "min(3, [1])", "max('abc', key=None)", "sum([0.1] * 10)", "sum([], [])",
        "sum(['a', 'b'], '')", "sum([[1], [2]], [])", "sum(range(10), 0.5)", "sum([1, 2], start=10)",
        "sorted([3, 1, 2], key=None)", "sorted([1, 'a'])", "sorted([1, 2.5, True, -1])", "sorted([[2], [1, 3], []])",
        "min(float('nan'), 1)", "min(1, float('nan'))", "max([2, float('nan'), 1])", "any([])", "all([])",
        "bool('False')", "bool(0j)", "bool(float('nan'))", "bool(np.array([]))", "bool(np.array([0]))",
        "bool(np.array([1, 2]))", "bool(-0.0)", "chr(-1)", "chr(0x110000)", "chr(True)", "ord('')", "ord('ab')",
        "ord(b'a')", "ascii('é')", "format(2.5, '.0f')", "format(3.5, '.0f')", "format(1e16, 'd')",
        "format(255, 'x')", "format(-255, '#x')", "format(1234567, ',')", "format(1234567.891, '_.2f')",
        "format(0.000012345, 'g')", "format(1e-5, '.3')", "format(float('nan'), '+.2f')", "format(-0.0, '.1f')",
        "format(True, 'd')", "format(True, '.2f')", "format(3, 's')", "format(np.float64(2.5), '.0f')",
        "format(np.int64(7), '05d')", "format(np.float32(0.1), '.10f')", "format(np.array(2.5), '.1f')",
        "'%d' % 3.99", "'%d' % '3'", "'%x' % 255.0", "'%s %s' % (1,)", "'%.3s' % 'abcdef'",
        "'%5.1f|%-5d|' % (2.25, 3)", "'%c' % 65", "'%c' % 'ab'", "'%r' % 'a'", "'%i' % True", "'%e' % 12345.678",
        "'%g' % 1e-5", "'%%'", "'%(a)s' % {'a': 1}", "'%d' % np.int64(5)", "'%.2f' % np.float32(0.1)",
        "'%d' % np.array(5)", "'{:>{}}'.format('a', 4)", "'{0}{1}{0}'.format('a', 'b')", "'{:,}'.format(10**10)",
        "'{:e}'.format(0)", "'{:.3g}'.format(1234.5)", "'{:+}'.format(0.0)", "'{:b}'.format(-5)", "'{:o}'.format(8)",
        "'{:%}'.format(0.5)", "'{:.1%}'.format(1/3)", "'{:=+8.2f}'.format(-3.14159)", "'{:^9}'.format('mid')",
        "'{:*<6}'.format(12)", "'{!r}'.format('x')", "'{:d}'.format(2.0)", "'{:s}'.format(5)",
        "'{}'.format(np.float32(0.1))", "'{:.2f}'.format(np.float64(2.675))", "'{:5}'.format(np.int64(3))",
        "'{:5}'.format(True)", "str(0.1 + 0.2)", "str(1e16)", "str(1e-5)", "str(123456789012345678.0)", "repr(1e22)",
        "repr(-0.0)", "str(2.5e-324)", "str(5e-324 / 2)", "str(1.7976931348623157e308 * 10)", "repr(0.1 + 0.7)",
        "isinstance(True, int)", "isinstance(np.int64(1), int)", "isinstance(np.float64(1), float)",
        "isinstance(np.bool_(1), bool)", "type(np.int64(1) + 1)", "type(np.float32(1) * 2.0)",
        "type(np.int8(1) + np.int16(1))", "type(np.uint8(1) + 1)", "type(np.int64(2) ** -1)", "np.uint8(200) + 100",
        "np.uint8(200) + np.uint8(100)", "np.int8(127) + np.int8(1)", "np.int64(2**62) * 4",
        "np.int8(-128) // np.int8(-1)", "np.uint8(3) - 5", "np.int64(7) // 0", "np.int64(7) % 0", "np.float64(1) / 0",
        "np.int64(0) ** -1", "np.int64(2) ** 70", "np.float32(1e39)", "np.float16(70000)", "np.int8(300)",
        "np.uint8(-1)", "np.int64(2**63)", "np.int32(2**31)", "np.int16(1e5)", "np.uint64(-1)",
        "np.int64(float('nan'))", "np.int64(float('inf'))", "np.int64('7')", "np.int64('7.5')", "np.float64('1e3')",
        "np.float64(' 2 ')", "np.int64(3.99)", "np.int64(-3.99)", "np.uint8(256.0)", "np.int8(np.int64(300))",
        "np.array(300, dtype=np.int8)", "np.array([2**64])", "np.array([2**63])", "np.array([2**63, -1])",
        "np.array([-2**63 - 1])", "np.array(2**64)", "np.array([1, 2**64])", "np.array([2**64, 1.5])",
        "np.array([300]).astype(np.int8)", "np.array([1e20]).astype(int)", "np.array([np.nan]).astype(int)",
        "np.array([-1]).astype(np.uint8)", "np.array([2.7, -2.7]).astype(np.uint8)",
        "np.array(['1', '2']).astype(int)", "np.array(['1.5']).astype(float)", "np.array([' 3 ']).astype(int)",
        "np.array(['3.5']).astype(int)", "np.full(3, 2**64)", "np.full(3, 2**63)",
        "np.full(3, 2**63, dtype=np.uint64)", "np.full(3, -1, dtype=np.uint8)", "np.full(2, 300, dtype=np.int8)",
        "np.full(2, 2.7, dtype=int)", "np.full(2, np.nan, dtype=int)", "np.full(2, '5')",
        "np.full(2, '5', dtype=int)", "np.full(2, 1 + 2j)", "np.full(2, None)", "np.zeros(2, dtype=np.int8) + 300",
        "np.arange(3, dtype=np.uint8) - 1", "np.arange(3, dtype=np.int8) + 2**63", "a + 2**63", "a + 2**64",
        "a * 2**62", "a - 2**63", "np.int64(5) + 2**63", "np.uint8(5) + 2**63", "a[2**63]", "a[-2**63]", "a[2**64]",
        "a[10**20:]", "a[:10**20]", "a[::2**63]", "a[::-2**63]", "m[2**63, 0]", "a.take(2**63)", "np.zeros(2**63)",
        "np.zeros(2**64)", "np.zeros(-1)", "np.zeros((2, -1))", "np.ones(-3)", "np.empty(-1)", "np.full(-1, 0)",
        "np.arange(2**64)", "np.arange(2**63)", "np.arange(-2**63, -2**63 + 3)", "np.arange(2**63 - 3, 2**63)",
        "np.arange(2**64 - 3, 2**64)", "np.arange(0, 2**64, 2**63)", "np.arange(float('nan'))",
        "np.arange(float('inf'))", "np.arange(0, 1, float('nan'))", "np.arange(0, float('inf'), 1)", "np.arange(-1)",
        "np.arange(5, 0)", "np.arange(0, -5, -2)", "np.linspace(0, 1, -1)", "np.linspace(0, 1, 0)",
        "np.linspace(0, 1, 1)", "np.linspace(0, 1, 2**63)", "np.linspace(0, 1, float('nan'))",
        "np.linspace(0, 1, 2.0)", "np.linspace(0, 1, np.array(5))", "np.linspace(0, 1, np.array([5]))",
        "np.linspace(0, 1, np.float64(3))", "np.linspace(0, 1, 3 + 0j)", "np.linspace(0, 1, '3')",
        "np.logspace(0, 1, -1)", "np.geomspace(1, 8, -1)", "np.tile(a, -1)", "np.tile(a, 0)", "np.tile(a, (2, -1))",
        "np.repeat(a, -1)", "np.repeat(a, [1, -1, 1, 1, 1, 1])", "np.repeat(a, 2**63)", "np.round(f, -1)",
        "np.round(np.array([15, 25, 35]), -1)", "np.round(1234.5678, -2)", "np.round(f, 2**63)",
        "np.round(f, -2**63)", "np.round(f, 400)", "np.round(f, -400)", "np.round(2.5)", "np.round(-0.5)",
        "np.round(np.float32(2.675), 2)", "np.round(np.int64(15), -1)", "np.round(7, -1)", "np.round(1 + 2.5j)",
        "np.round(True)", "np.round(np.array([True, False]), 1)", "np.eye(-1)", "np.eye(2, -1)", "np.identity(-1)",
        "np.tri(-1)", "np.diff(y, -1)", "np.diff(y, 10)", "np.split(a, 0)", "np.split(a, -2)", "np.array_split(a, 0)",
        "np.array_split(a, -1)", "np.array_split(a, 10)", "np.resize(a, -1)", "np.resize(a, 0)", "np.resize(a, 10)",
        "np.histogram(f, bins=-1)", "np.histogram(f, bins=0)", "np.bincount(ints, minlength=-1)",
        "np.bincount([-1, 2])", "np.bincount([1.0, 2.0])", "np.bincount([])", "np.vander(x, -1)", "np.vander(x, 0)",
        "np.polyfit(x, y, -1)", "np.linalg.matrix_power(np.eye(2), -1)",
        "np.linalg.matrix_power([[1, 2], [3, 4]], -1)", "np.linalg.matrix_power([[1, 2], [2, 4]], -1)",
        "np.pad(a, -1)", "np.binary_repr(-5)", "np.binary_repr(-5, 8)", "np.binary_repr(5, 1)", "np.base_repr(5, 1)",
        "np.base_repr(5, 37)", "np.base_repr(-5, 2)", "np.base_repr(5, 2, 3)", "np.std(f, ddof=4)",
        "np.std(f, ddof=10)", "np.var(f, ddof=-1)", "np.partition(a, -1)", "np.partition(a, 6)",
        "np.partition(a, [1, 3])", "np.roll(a, -10**20)", "np.roll(a, 2**63)", "np.roll(a, [1, 2])",
        "np.rot90(m, -1)", "np.rot90(m, 10**20)", "np.random.default_rng(-1)",
        "np.random.default_rng(2**64).integers(9)", "np.random.RandomState(-1)", "np.random.RandomState(2**32)",
        "np.random.default_rng(0).integers(0, 10, -1)", "np.random.default_rng(0).integers(5, 5)",
        "np.random.default_rng(0).integers(0, 2**64)", "np.random.default_rng(0).integers(-1, 2**63)",
        "np.random.RandomState(0).randint(0, 2**63)", "np.random.RandomState(0).rand(-1)",
        "np.random.default_rng(0).normal(0, -1)", "np.random.default_rng(0).choice(3, 5, replace=False)",
        "np.random.default_rng(0).choice([], 1)", "np.random.default_rng(0).uniform(1, 0, 3)",
        "np.random.default_rng(0).integers(3, size=(2, -1))", "math.factorial(-1)", "math.factorial(2.0)",
        "math.factorial(np.int64(5))", "math.comb(5, -1)", "math.comb(5, 7)", "math.comb(-5, 2)", "math.perm(5)",
        "math.isqrt(-1)", "math.isqrt(10**40)", "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10**400)",
        "math.log(8, 2)", "math.log(8, 1)", "math.log(8, 0)", "math.log2(2**1100)", "math.log10(10**400)",
        "math.exp(1000)", "math.ldexp(1.0, 2**63)", "math.ldexp(1.0, -2**63)", "math.ldexp(1.0, 1.5)",
        "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(2, 10000)", "math.floor(float('inf'))",
        "math.floor(float('nan'))", "math.ceil(1e300)", "math.trunc(-2.5)", "math.floor(np.float64(2.5))",
        "math.ceil(np.float32(2.1))", "math.gcd(0, 0)", "math.gcd(-12, 8)", "math.gcd(2.0, 4)", "math.gcd(12, 8, 6)",
        "math.lcm(4, 6)", "math.lcm(0, 6)", "math.fsum([0.1] * 10)", "math.prod([])", "math.prod([2, 3], start=2)",
        "math.dist([0, 0], [3, 4])", "math.hypot(3, 4, 12)", "math.copysign(1, -0.0)", "math.fmod(-7, 2)",
        "math.fmod(7, 0)", "math.remainder(7, 2)", "math.isclose(1, 1.0)", "math.isfinite(10**400)",
        "math.radians(True)", "math.atan2(0.0, -0.0)", "math.degrees(math.pi)", "math.sqrt(np.float64(-1))",
        "math.sqrt(np.array([4.0]))", "math.sqrt(np.array(4.0))", "math.sqrt(1 + 0j)", "math.sqrt('4')",
        "math.exp(np.float32(1))", "math.log(np.int64(8), 2)", "bin(-5)", "bin(2**70)", "bin(True)", "bin(2.0)",
        "bin(np.int64(5))", "bin(np.float64(5))", "hex(-255)", "hex(np.uint8(255))", "oct(-8)", "bytes(-1)",
        "bytes([256])", "bytes([1, 2.0])", "bytes('ab')", "bytes(np.int64(2))", "bytes([np.int64(65)])",
        "bytearray(-1)", "bytes(range(3))", "list(range(True))", "list(range(False, 3))", "list(range(0, 5, True))",
        "range(0.0, 5)", "range(0, 5, 0)", "range(np.int64(3))", "list(range(np.int64(3)))",
        "list(range(np.int8(1), np.uint8(4)))", "range(np.float64(3))", "range(np.array(3))", "range(np.array([3]))",
        "range(10**20)[10**19]", "len(range(10**20))", "range(-5)", "list(range(5, -5, -3))", "range(0, 10, 3)[-1]",
        "range(0, 10, 3)[1:]", "range('3')", "range(3 + 0j)", "[0] * True", "[0] * -1", "[0] * 2.0",
        "[0] * np.int64(2)", "[0] * np.array(2)", "[0] * np.float64(2)", "'ab' * -1", "'ab' * True",
        "'ab' * np.int64(2)", "'ab' * np.array(2)", "'ab' * np.bool_(True)", "'ab' * 2**63", "(1,) * 2**63",
        "b'a' * np.int32(3)", "np.int64(2) * 'ab'", "np.int64(2) * [1]", "np.array(2) * [1]", "[1] * np.uint8(3)",
        "np.int64(2) * (1, 2)", "'-' * np.int64(3) + 'x'", "'ab'.center(np.int64(6))", "'ab'.zfill(np.int64(4))",
        "'a b c'.split(' ', np.int64(1))", "'abc'[np.int64(1):]", "'abc'[::np.int64(-1)]", "'abc'[np.float64(1)]",
        "'x'.ljust(True)", "[1, 2, 3][np.uint8(2)]", "(1, 2, 3)[np.int64(-1)]", "range(5)[np.int64(2)]",
        "[1, 2, 3].pop(np.int64(0))", "L = [1, 2]; L.insert(np.int64(0), 9); L", "{1: 'a'}[np.int64(1)]",
        "{1: 'a'}.get(np.float64(1))", "{1.0: 'a'}[np.int64(1)]", "{True: 'a'}[1]", "np.int64(1) in [1, 2]",
        "[1, 2].index(np.int64(2))", "[1, 2].count(np.float64(1))", "'abc'.find('c', np.int64(1))",
        "chr(np.int64(97))", "chr(np.uint8(97))", "chr(np.float64(97))", "hex(np.int32(-1))",
        "round(np.int64(15), -1)", "round(2.567, np.int64(1))", "round(np.float32(2.567), np.int64(1))",
        "round(np.float64(2.567), np.int8(1))", "round(2.5, np.float64(1))", "round(2.5, True)",
        "round(np.float64(2.5), True)", "round(np.array(2.567), 1)", "round(np.array([2.567]), 1)",
        "round(np.float16(2.5))", "round(np.int64(7))", "round(np.uint8(200), -2)", "round(np.int8(127), -2)",
        "divmod(np.int64(7), np.int64(0))", "divmod(np.float64(7), 0)", "divmod(np.uint8(7), -2)",
        "pow(np.int64(2), np.int64(-1))", "pow(np.float64(-8), 1/3)", "np.int64(2) ** np.int64(-1)",
        "np.int64(10) ** 20", "np.int64(3) ** np.uint64(2)", "abs(np.int8(-128))", "abs(np.int64(-2**63))",
        "-np.uint8(1)", "~np.uint8(1)", "~np.int64(0)", "~True", "-True", "+True", "True + True", "True / 2",
        "True // False", "np.True_ + np.True_", "np.True_ - np.True_", "-np.True_", "~np.True_", "np.True_ / 2",
        "int(np.True_)", "float(np.False_)", "np.int64(True)", "np.float64(True)", "np.array(True) + 1",
        "np.sum([True, True, True])", "np.mean([True, False])", "np.array([True, False]) * 3",
        "np.cumsum([True, True])", "np.arange(True)", "np.arange(True, 3)", "np.arange(0, 3, True)", "np.zeros(True)",
        "np.zeros(False)", "np.ones((2, True))", "np.ones((True,))", "np.eye(True)", "np.eye(False)",
        "np.eye(2, True)", "np.identity(True)", "np.full(True, 5)", "np.repeat(a, True)", "np.repeat(a, False)",
        "np.repeat([1, 2], [True, False])", "np.tile(a, True)", "np.tile(a, (True, 2))", "a.reshape(True, 6)",
        "a.reshape((2, 3, True))", "np.linspace(0, 1, True)", "np.linspace(0, 1, False)", "np.logspace(0, 1, True)",
        "np.diff(y, True)", "np.diff(y, False)", "np.split(a, True)", "np.array_split(a, True)", "np.resize(a, True)",
        "np.tri(True)", "np.vander(x, True)", "np.histogram(f, bins=True)", "np.bincount(ints, minlength=True)",
        "np.std(f, ddof=True)", "np.round(f, True)", "np.round(f, False)", "np.roll(a, True)", "np.rot90(m, True)",
        "np.pad(a, True)", "np.polyfit(x, y, True)", "np.linalg.matrix_power(np.eye(2) * 2, True)",
        "np.fft.fft(x, True)", "np.random.default_rng(True).integers(9)",
        "np.random.default_rng(0).integers(0, 10, True)", "np.random.RandomState(0).rand(True)",
        "np.binary_repr(True)", "np.binary_repr(5, True)", "np.base_repr(True, 2)", "np.indices((True, 2)).shape",
        "np.empty(True).shape", "np.zeros([True, True])", "math.factorial(True)", "math.comb(True, True)",
        "'ab'.center(True)", "list(enumerate('ab', True))", "bytes(True)", "bytearray(False)", "[1, 2][True]",
        "[1, 2][False:True]", "'abc'[True::True]", "np.sum(m, axis=[0])", "np.sum(m, axis=[0, 1])",
        "np.sum(m, axis=(0,))", "np.sum(m, axis=())", "np.sum(m, axis=np.array(0))",
        "np.sum(m, axis=np.array([0, 1]))", "np.sum(m, axis=range(2))", "np.mean(m, axis=[1])",
        "np.mean(m, axis=(0, 1))", "np.max(m, axis=(0, 1))", "np.max(m, axis=())", "np.std(m, axis=(0, 1))",
        "np.argmax(m, axis=(0,))", "np.argmax(m, axis=[0])", "np.cumsum(m, axis=(0,))", "np.sort(m, axis=(0,))",
        "np.concatenate([m, m], axis=(0,))", "np.expand_dims(a, (0, 1))", "np.expand_dims(a, [0, 2])",
        "np.expand_dims(a, (0, 0))", "np.squeeze(m[:1], axis=(0,))", "np.flip(m, (0, 1))", "np.flip(m, [0])",
        "np.flip(m, ())", "np.moveaxis(m, [0, 1], [1, 0])", "np.moveaxis(m, (0,), (1,))", "np.transpose(m, [1, 0])",
        "np.transpose(m, (1, 0))", "np.transpose(m, range(2))", "np.transpose(m, np.array([1, 0]))",
        "m.transpose([1, 0])", "m.transpose((1, 0))", "m.transpose(1, 0)", "np.linalg.norm(m, axis=(0, 1))",
        "np.linalg.norm(m, axis=[0, 1])", "np.median(m, axis=(0, 1))", "np.percentile(m, 50, axis=(0, 1))",
        "np.any(m, axis=(0, 1))", "np.count_nonzero(m, axis=(0, 1))", "np.unique(m, axis=(0,))",
        "np.average(m, axis=(0, 1))", "np.nanmax(m, axis=(0, 1))", "np.prod(m, axis=[1])", "np.ptp(m, axis=(0, 1))",
        "np.diff(m, axis=(0,))", "np.roll(m, 1, axis=(0, 1))", "np.roll(m, (1, 2), axis=(0, 1))",
        "np.roll(m, [1, 1], axis=[0, 0])", "np.apply_along_axis(sum, (0,), m)", "np.take(m, 1, axis=(0,))",
        "np.stack([a, a], axis=(0,))", "np.delete(m, 0, axis=(0,))", "np.gradient(m, axis=(0, 1))",
        "np.gradient(m, axis=[0])", "np.zeros([2, 3])", "np.zeros((2, 3))", "np.zeros(np.array([2, 3]))",
        "np.zeros(range(2, 4))", "np.zeros(np.array(3))", "np.zeros([])", "np.zeros(())", "np.zeros([np.int64(2)])",
        "np.zeros((2.0, 3))", "np.zeros([[2]])", "np.zeros((2, (3,)))", "np.zeros('3')", "np.zeros({2: 3})",
        "np.zeros({2, 3}).shape", "np.ones(m.shape)", "np.ones(m.shape[::-1])", "np.ones(np.shape(m))",
        "np.full((2, 2), [1, 2])", "np.full([2, 2], (1, 2, 3))", "np.empty([0, 3]).shape", "np.eye(*[2, 3])",
        "a.reshape([2, 3])", "a.reshape(np.array([2, 3]))", "a.reshape(range(2, 4))", "a.reshape([])",
        "np.arange(1).reshape([])", "np.arange(1).reshape(())", "a.reshape((2, 3.0))", "a.reshape([[2, 3]])",
        "a.reshape(2, (3,))", "a.reshape((-1,))", "a.reshape(-1, -1)", "a.reshape(0, -1)", "a.reshape(-2, 3)",
        "np.reshape(a, [3, 2])", "np.reshape(a, np.array([3, 2]))", "np.reshape(a, range(2, 4))",
        "np.tile(a, [2, 1])", "np.tile(a, np.array([2]))", "np.tile(a, ())", "np.tile(a, [])", "np.repeat(a, [2])",
        "np.repeat(a, (1, 2, 1, 2, 1, 2))", "np.repeat(a, np.array([2]))", "np.repeat(a, range(6))",
        "np.repeat(a, [1, 2])", "np.repeat(a, [])", "np.repeat(7, 3)", "np.repeat([[1, 2]], 2)", "np.array(range(3))",
        "np.array(range(0, 10, 3))", "np.array(x for x in range(3))", "np.array(iter([1, 2]))",
        "np.array(map(float, [1, 2]))", "np.array(zip([1], [2]))", "np.array({1, 2})", "np.array({'a': 1})",
        "np.array([range(2), range(2)])", "np.array([(1, 2), [3, 4]])", "np.array([np.arange(2), [3, 4]])",
        "np.array([[1, 2], [3]])", "np.array([[1, 2], [3]], dtype=object)", "np.array([1, [2, 3]])",
        "np.array([[], []])", "np.array([[[]]]).shape", "np.array([])", "np.array(())", "np.array([()])",
        "np.array([[1], []])", "np.array([1, 'a'])", "np.array([1, None])", "np.array([1.5, True])",
        "np.array([1, 2 + 0j])", "np.array(['a', 'bcd'])", "np.array([b'a', 'b'])", "np.array([[1, 2], (3, 4.5)])",
        "np.asarray(range(3))", "np.asarray((1, 2))", "np.asarray([])", "np.fromiter(range(3), int)",
        "np.fromiter((x * x for x in range(4)), float)", "np.fromiter([1, 2], dtype=np.int8, count=1)",
        "np.concatenate((x for x in [a, a]))", "np.concatenate([a, a])", "np.concatenate((a, a))",
        "np.concatenate(np.array([a, a]))", "np.concatenate([[1], [2, 3]])", "np.concatenate([a])",
        "np.concatenate([])", "np.concatenate(a)", "np.concatenate([a, [[1]]])", "np.concatenate([[1, 2], a])",
        "np.concatenate((m, m), axis=None)", "np.concatenate([[1], 2])", "np.concatenate([1, 2])", "np.stack(m)",
        "np.stack([a, a])", "np.stack((a, a))", "np.stack(x for x in [a, a])", "np.stack([])", "np.stack([a, a[:3]])",
        "np.stack([1, 2])", "np.stack(a)", "np.stack(range(3))", "np.vstack([a, a])",
        "np.vstack((x for x in [a, a]))", "np.vstack([[1, 2], [3]])", "np.vstack(a)", "np.vstack([])",
        "np.hstack([a, a])", "np.hstack((x for x in [a, a]))", "np.hstack([1, [2, 3]])", "np.hstack(a)",
        "np.hstack([])", "np.column_stack([a, a])", "np.column_stack([1, 2])", "np.dstack([a, a]).shape",
        "np.row_stack([a, a])", "np.block([[1, 2], [3, 4]])", "np.block([a, a])", "np.append(a, [[1]])",
        "np.append(m, [[1, 2, 3, 4]], axis=0)", "np.append(a, range(2))", "np.append([], [])", "np.sum(range(5))",
        "np.sum(x for x in range(5))", "np.sum([[1, 2], [3]])", "np.sum([])", "np.sum(())", "np.mean([])",
        "np.max([])", "np.mean(range(4))", "np.std(range(4))", "np.max(range(4))", "np.argmax([])",
        "np.sort(range(3, 0, -1))", "np.sort((3, 1, 2))", "np.sort('cba')", "np.cumsum(range(4))",
        "np.dot([1, 2], (3, 4))", "np.dot(range(3), range(3))", "np.outer(range(2), range(3))",
        "np.linalg.norm(range(3))", "np.linalg.norm([])", "np.linalg.norm([[]])", "np.prod([])",
        "np.min([[1, 2], []])", "np.argsort((3, 1, 2))", "np.where([True, False], [1, 2], (3, 4))", "np.where([])",
        "np.nonzero([])", "np.nonzero(range(3))", "np.unique([])", "np.unique(range(3))", "np.unique((3, 1, 1))",
        "np.unique([[1, 2], [2, 1]])", "np.diff([])", "np.diff(range(5))", "np.clip(range(5), 1, 3)",
        "np.abs(range(-2, 2))", "np.exp(range(2))", "np.sqrt((4, 9))", "np.take(a, [])", "np.take(a, (0, 2))",
        "np.take(a, range(2))", "np.take(a, np.array([[0, 1]]))", "a[[0, 1]]", "a[(0, 1),]", "m[(0, 1)]", "m[[0, 1]]",
        "m[np.array([0, 1])]", "a[range(2)]", "a[[]]", "a[()]", "m[()]", "a[[True] * 6]", "a[[True, False]]",
        "a[np.array([], dtype=int)]", "a[np.array([])]", "a[[1.0]]", "a[[[0, 1]]]", "m[[0, 1], [1, 2]]",
        "m[(0, 1), (1, 2)]", "m[[[0], [1]], [1, 2]]", "m[..., 0]", "m[None, 0]", "m[0, None]",
        "a[np.int64(1):np.int64(4)]", "a[np.array(1)]", "a[np.array([1])]", "a[np.array(1.0)]", "a[np.float64(1)]",
        "a[1.0]", "a[True]", "a[np.True_]", "a[1 + 0j]", "a['1']", "a[None]", "a[[None]]", "a[[1, None]]",
        "a[:, None].shape", "a[slice(1, 3)]", "a[slice(None)]", "a[slice(1.0, 3)]", "a[np.array([1, 2])[0]:]",
        "a[{1}]", "a[{1: 2}]", "m[[0], [0]]", "m[0][[1, 2]]",
    ],
}


def families() -> dict[str, list[str]]:
    """Every family's probe statements, in order, without repeats."""
    out: dict[str, list[str]] = {}

    def cross(templates: list[tuple[str, int]], values: list[str]) -> list[str]:
        statements = []
        for template, natural in templates:
            for value in values:
                text = value.replace("{n}", str(natural))
                if text in ("True", "np.True_", "np.array(True)") and natural not in (1,) and template in \
                        [t for t, _ in AXES]:
                    continue
                statements.append(template.replace("{v}", text))
        return statements

    out["numpy-scalars"] = cross(COUNTS + AXES + INDICES, NUMPY_SCALARS)
    out["bools"] = cross(COUNTS + INDICES, BOOLS)
    # np.diff loops n times and pow(2, n) builds 2**n: a huge n would only time CPython out.
    bounded = [(t, n) for t, n in COUNTS + INDICES if not t.startswith(("np.diff(", "pow(2, {v})"))]
    out["negative-huge"] = cross(bounded, NEGATIVE_AND_HUGE)
    out["containers"] = cross(COUNTS + AXES + INDICES, CONTAINERS)
    out["complex-str"] = cross(COUNTS + INDICES, COMPLEX_AND_STR)
    out["handwritten"] = HANDWRITTEN["builtins"]
    out["python-floats"] = cross(COUNTS + AXES + INDICES, PYTHON_FLOATS)
    for name, statements in out.items():
        seen: set[str] = set()
        out[name] = [s for s in statements if not (s in seen or seen.add(s))]
    return out


PER_FILE = 60


def write_chapters(out: str, family: str, statements: list[str]) -> None:
    """Records CPython's output for the family's statements and writes them as chapters with an index of prompts."""
    folder = os.path.join(out, "chapters", family)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    index = {}
    for number in range(0, len(statements), PER_FILE):
        chunk = statements[number:number + PER_FILE]
        outputs, _ = record(SETUP + chunk)
        name = f"{number // PER_FILE:03d}.md"
        text = ["# probe", "", "````tensor"]
        prompts = {}
        for i, statement in enumerate(SETUP + chunk):
            if i >= len(outputs) or outputs[i] is None:
                break
            if any(line.lstrip().startswith((">>>", "...")) for line in outputs[i].split("\n")):
                continue
            if i >= len(SETUP):
                prompts[len(text) + 1] = statement
            text += transcript(statement, False, outputs[i]).split("\n")
        text.append("````")
        with open(os.path.join(folder, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        index[name] = prompts
    with open(os.path.join(out, "chapters", family + ".json"), "w") as handle:
        json.dump(index, handle)


def tally(docbuild: str, out: str, family: str) -> dict:
    """Runs `docbuild check` on the family's chapters: each probe statement matches, is refused, or is wrong."""
    with open(os.path.join(out, "chapters", family + ".json")) as handle:
        index = {name: {int(line): s for line, s in prompts.items()} for name, prompts in json.load(handle).items()}
    try:
        done = subprocess.run([docbuild, "check", "--no-cache", "--quiet", "--content",
                               os.path.join(out, "chapters", family)], capture_output=True, text=True, cwd=out,
                              timeout=1800)
        stderr, code = done.stderr, done.returncode
    except subprocess.TimeoutExpired:
        stderr, code = "", -1
    total = sum(len(p) for p in index.values())
    if code not in (0, 1):
        # A crash or a hang prints no verdicts: every statement counts as wrong, never as matching.
        return {"family": family, "statements": total, "matching": 0, "refused": 0, "wrong": total,
                "wrong statements": [f"docbuild exited with status {code}: {stderr.strip()[-300:]}"]}
    verdicts: dict[tuple[str, int], str] = {}
    for name, line, message in re.findall(r"^(?:.*/)?([^/:]+\.md):(\d+):\d+: error: (.*)$", stderr, re.M):
        starts = [p for p in index.get(name, {}) if p <= int(line)]
        if starts:
            verdicts.setdefault((name, max(starts)), message)
    hidden = sum(int(n) for n in re.findall(r"(\d+) more errors? not shown", stderr))
    wrong, refused = [], 0
    for (name, line), message in sorted(verdicts.items()):
        if message.startswith(("output does not match", "statement raised", "claim failed")):
            wrong.append(f"{family}/{name}:{line}: {index[name][line]}    # {message[:300]}")
        else:
            refused += 1
    return {"family": family, "statements": total, "matching": total - len(verdicts) - hidden, "refused": refused,
            "wrong": len(wrong) + hidden, "wrong statements": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="/tmp/probe-args")
    parser.add_argument("--docbuild", default=os.path.abspath(".build/debug/docbuild"))
    parser.add_argument("--family", nargs="*", default=None)
    parser.add_argument("--skip-record", action="store_true")
    parser.add_argument("--record-only", action="store_true")
    parser.add_argument("--list-wrong", action="store_true")
    arguments = parser.parse_args()
    everything = families()
    chosen = arguments.family or list(everything)
    for family in chosen:
        if not arguments.skip_record:
            write_chapters(arguments.out, family, everything[family])
    if arguments.record_only:
        print(f"recorded {sum(len(everything[f]) for f in chosen)} statements in {len(chosen)} families")
        return
    totals = [0, 0, 0, 0]
    for family in chosen:
        result = tally(os.path.abspath(arguments.docbuild), arguments.out, family)
        print(f"{family:16} statements={result['statements']:5} matching={result['matching']:5} "
              f"refused={result['refused']:5} wrong={result['wrong']:5}")
        for i, key in enumerate(["statements", "matching", "refused", "wrong"]):
            totals[i] += result[key]
        if arguments.list_wrong:
            for line in result["wrong statements"]:
                print("  " + line)
    print(f"{'total':16} statements={totals[0]:5} matching={totals[1]:5} refused={totals[2]:5} wrong={totals[3]:5}")


if __name__ == "__main__":
    main()
