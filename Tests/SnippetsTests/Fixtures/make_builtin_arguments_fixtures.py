#!/usr/bin/env python3
"""Writes what CPython prints when a builtin is called with the wrong number or names of arguments, and the NumPy
scalar conversions and methods the differential fuzzers found refused.

Run: `python3 Tests/SnippetsTests/Fixtures/make_builtin_arguments_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/73-builtin-arguments-scalar-text.txt`; rerunning gives identical bytes.

- every builtin the language has, called with no argument, one to five, an unknown keyword, and a positional argument
  with an unknown keyword: CPython's calling conventions word these errors differently (`len() takes exactly one
  argument (0 given)`, `reversed expected 1 argument, got 2`, `sum() takes at least 1 positional argument (0 given)`,
  `'x' is an invalid keyword argument for enumerate()`), before any argument's type is looked at; only the calls that
  raise are kept;
- the checks that come next, in CPython's order: `round` looks `__round__` up before it reads `ndigits`, `int`
  reads its base before its argument, `bytes` its encoding before its source, `pow` with a modulus tries each
  operand type's power in turn, `dict` of a sequence holding a non-sequence;
- `np.float64('nan')`, `np.int64(' 12 ')` and the other scalar types read from a str, and NumPy's scalar methods
  `is_integer` and `as_integer_ratio`;
- NumPy's ufuncs called with the wrong number of operands or an unknown keyword
  (`exp() takes from 1 to 2 positional arguments but 0 were given`);
- `ascii`;
- `str.split` and `rsplit` on CPython's white space (U+001C to U+001F too) and by code points;
- the str predicates and `np.strings`' on digits of other scripts, combining marks and titlecase letters.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import raises_type_error, write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "73-builtin-arguments-scalar-text.txt"

# The builtins the language has; `id`, `vars`, `input` and `super` are refused by name, `print` and `zip` take any
# number of arguments.
BUILTINS = [
    "len", "float", "int", "complex", "abs", "sum", "max", "min", "range", "enumerate", "round", "sorted", "reversed",
    "any", "all", "map", "filter", "isinstance", "type", "list", "tuple", "dict", "str", "repr", "bool", "divmod",
    "pow", "callable", "iter", "next", "chr", "ord", "format", "ascii", "hash", "bin", "hex", "oct", "set",
    "frozenset", "slice", "getattr", "setattr", "hasattr", "delattr", "issubclass", "bytes", "bytearray", "object",
]

CALL_SHAPES = [
    "{name}()", "{name}(7)", "{name}(7, 7)", "{name}(7, 7, 7)", "{name}(7, 7, 7, 7)", "{name}(7, 7, 7, 7, 7)",
    "{name}(x=1)", "{name}([1], x=1)", "{name}([1], [2], x=1)",
]


ARGUMENT_COUNTS = [
    shape.format(name=name) for name in BUILTINS for shape in CALL_SHAPES
    if raises_type_error(shape.format(name=name))
]

UFUNCS = ["np.exp", "np.abs", "np.sqrt", "np.add", "np.maximum", "np.true_divide", "np.modf", "np.divmod",
          "np.matmul", "np.logical_not", "np.power"]

UFUNC_SHAPES = [
    "{name}()", "{name}(1.0, 2.0, 3.0, 4.0, 5.0)", "{name}(x=1)", "{name}(x1=1, x2=2)", "{name}([1.0], x=1)",
    "{name}([1.0], [2.0], x=1)", "{name}([1.0], [2.0], axes=None)", "{name}([1.0], keepdims=True)",
]


# matmul takes `axes`, which the language refuses by name.
UFUNC_ARGUMENT_COUNTS = [
    shape.format(name=name) for name in UFUNCS for shape in UFUNC_SHAPES
    if raises_type_error(shape.format(name=name)) and not (name == "np.matmul" and "axes" in shape)
] + [
    "np.exp(1.0, out=None), np.add(1, 2, out=None), np.modf(2.5), np.divmod(7, 2), np.matmul([[1.0]], [[2.0]])",
]

KEYWORDS_THAT_WORK = [
    "sorted([3, 1, 2], key=None, reverse=True), sum([1, 2], start=10), round(number=2.675, ndigits=2)",
    "enumerate([5, 6], start=1).__next__(), list(enumerate(iterable='ab')), list(enumerate(start=3, iterable='ab'))",
    "int('ff', base=16), int('12', 0), complex(real=1, imag=2), str(object=5), pow(exp=2, base=3), pow(3, 2, mod=4)",
    "max([3, 1], key=lambda v: -v), max([], default=0), min(4, 2, 8, key=abs), bool(), float(), list(), tuple()",
    "enumerate([1], start=1, stop=2)",
    "enumerate(start=1, x=2)",
    "enumerate(x=2, start=1)",
    "enumerate(iterable=[1], y=2)",
    "sorted([1], reverse=True, key=None, x=3)",
    "sum([1], start=0, iterable=[2])",
    "sum(iterable=[1])",
    "int('5', base=10, x=1)",
    "int('5', 10, base=10)",
    "round(2.5, number=3)",
    "pow(2, 3, base=4)",
    "max([1, 2], key=None, default=3, x=4)",
    "max(1, 2, default=3)",
    "str(5, object=3)",
    "complex(1, real=2)",
]

VALUE_ORDER = [
    "round([1], 2)",
    "round(2.5, [1])",
    "round(None)",
    # NumPy 2.4's arrays (0-d ones too) have no __round__, nor its bool and complex scalars.
    "round(np.array([1.5, 2.5]))",
    "round(np.array([1.5, 2.5]), 1)",
    "round(np.array(2.5))",
    "round(np.bool_(True))",
    "round(np.bool_(True), 1)",
    "round(np.complex128(1))",
    "round(np.float64(2.5)), round(np.float32(2.5), 1), round(np.int64(7), -1), round(np.float64(2.675), 2)",
    "round(np.float16(1.5)), round(np.uint8(200), -2)",
    "int('12', [2])",
    "int('12', 1)",
    "int(5, 10)",
    "int([1], [2])",
    "bytes('a', [1])",
    "bytes('a', 'utf-8', [1])",
    "bytes([1], 'utf-8')",
    "bytearray('a', encoding=[1])",
    "dict([1])",
    "dict([(1, 2), 3])",
    "dict([(1, 2), (3, 4, 5)])",
    "dict([(1, 2), 'ab'])",
    "delattr([1], [2])",
    "getattr([1], [2])",
    "pow([1], 2)",
    "pow(2, [1])",
    "pow('a', 2)",
    "pow(2, 3, None), pow(1j, 2, None), pow(True, 2, 3), pow(7, -1, 5), pow(2, 100, 7)",
    "pow(1j, 2, 3)",
    "pow(2, 1j, 3)",
    "pow(2, 3, 1j)",
    "pow(2.0, 3, 1j)",
    "pow(2, 3, [1])",
    "pow(2.0, 3, [1])",
    "pow([1], 2, 3)",
    "pow(2, [1], 3)",
    "pow(2.0, [1], 3)",
    "pow(None, 2, 3)",
    "pow('a', 2, 3)",
    "pow(2.0, 1j, 3)",
    "pow(1j, [1], 3)",
    "pow([1], 1j, 3)",
    "pow([1], 2.0, 3)",
    "pow(2, 2.0, 3)",
    "pow(2, 2.0, [1])",
    "pow([1], [1], [1])",
    "pow(2, 3, 2.5)",
    "pow(2, 3, 0)",
]

SCALAR_TEXT = [
    "np.float64('nan'), np.float64('-nan'), np.float64('inf'), np.float64('-Infinity'), np.float64(' 2.5 ')",
    "np.float32('1.5'), np.float32('1_0'), np.float16('0.1'), np.float32('1e-50'), np.float64('1e400')",
    "np.float32('1.00000005960464477539062500000000001'), np.float32(float('1.00000005960464477539062500000000001'))",
    "np.float64('1.5\\n'), np.float64('\\uff11\\uff12'), np.int64('\\uff11\\uff12')",
    "np.int64('12'), np.int8('-5'), np.int64(' 12 '), np.int64('-0'), np.uint8('255'), np.int16('1_000')",
    "np.bool_(''), np.bool_('False'), np.bool_('0'), np.bool_(' ')",
    "np.float64('abc')",
    "np.float32('')",
    "np.float64('0x1p3')",
    "np.int64('1.5')",
    "np.int16('1e3')",
    "np.int64(' 1.5 ')",
    "np.uint8('300')",
    "np.uint8('-1')",
    "np.int8('128')",
    "x = np.float64('3.5')",
    "x * 2, type(x).__name__, np.float32('0.1') + np.float32('0.2')",
]

SCALAR_METHODS = [
    "np.float64(3.0).is_integer(), np.float64(3.5).is_integer(), np.float64('nan').is_integer()",
    "np.float32('inf').is_integer(), np.float16(-0.0).is_integer(), np.float32(2**40).is_integer()",
    "np.int8(5).is_integer(), np.uint8(3).is_integer(), np.int64(-5).is_integer()",
    "np.float32(2.5).as_integer_ratio(), np.float16(0.1).as_integer_ratio(), np.float64(0.1).as_integer_ratio()",
    "np.float32(-0.0).as_integer_ratio(), np.float32(1e-45).as_integer_ratio(), np.float32(3e38).as_integer_ratio()",
    "np.float64(2.0).as_integer_ratio(), np.float64(-1.5).as_integer_ratio(), np.float64(5e-324).as_integer_ratio()",
    "np.float64('inf').as_integer_ratio()",
    "np.float32('-inf').as_integer_ratio()",
    "np.float64('nan').as_integer_ratio()",
    "np.float32(1).is_integer(1)",
    "np.float64(1).is_integer(x=1)",
    "np.int8(1).is_integer(1)",
    "np.float16(1).as_integer_ratio(2)",
    "np.float64(1).as_integer_ratio(x=1)",
    "np.arange(3).is_integer()",
    "np.arange(3.0).as_integer_ratio()",
    "np.float64(3.0)[()].is_integer(), np.array(2.5)[()].as_integer_ratio()",
]

ASCII = [
    "ascii('abc'), ascii('\\xe9\\u20ac\\U0001f600 a\\n'), ascii(\"it's\"), ascii('\\x7f\\x80\\xff\\u0100')",
    "ascii(['\\xfc', 1, 'x']), ascii(('\\u043a', 2.5)), ascii({'\\u043a\\u043b\\u044e\\u0447': 'v'}), ascii(None)",
    "print(ascii('\\u0437\\u043d\\u0430\\u0447\\u0435\\u043d\\u0438\\u0435'))",
    "ascii(b'\\xe9'), ascii(np.float64(1.5)), ascii(np.array(['\\xe9'])), ascii(3), ascii",
    "class P:\n    def __repr__(self):\n        return 'P(\\xe9)'",
    "ascii(P()), ascii([P()])",
]


SPLITS = [
    "'x\\x0by\\x1cz'.split(), 'x\\x1dy\\x1ez\\x1f'.rsplit(), '\\x1c a \\x1f'.strip(), '\\x1c'.isspace()",
    "' \\u0301a b'.split(), 'a\\x1cb'.split(maxsplit=0), 'a b\\x1c'.split(maxsplit=1), 'a\\x1c b\\x1c'.rsplit(maxsplit=1)",
    "'a b '.split(maxsplit=1), ' a b'.rsplit(maxsplit=1), ' a  b c '.split(None, 1), ' a  b c '.rsplit(None, 1)",
    "'e\\u0301x'.split('e'), 'caf\\u00e9'.split('e\\u0301'), 'cafe\\u0301'.split('\\u00e9')",
    "'a\\u0301b\\u0301'.rsplit('\\u0301', 1), 'x e\\u0301 y'.rsplit(None, 1)",
    "'abcabc'.split('bc'), 'abcabc'.rsplit('bc', 1), ''.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa')",
]


PREDICATES = [
    "S = ['\\u0663', '12', '\\u00b2', '\\u2155', 'e\\u0301', 'ab', '\\u02b0', 'a1', '\\u01c5', 'A\\u0301', '\\u2160', "
    "'\\u00bd', 'x\\u0300', '\\u01c8', '', ' ', '\\u3007', '\\u4e00', '\\x1c', '\\x85']",
    *[f"[s.{name}() for s in S]" for name in
      ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isupper", "islower", "isspace"]],
    "[s.title() for s in S], [s.capitalize() for s in S]",
    "A = np.array(S)",
    *[f"np.strings.{name}(A)" for name in ["isdigit", "isnumeric", "isalpha", "isalnum", "isupper", "islower", "isspace"]],
    "np.strings.strip(np.array(['\\x1ca\\x1c ', ' \\u0301x ', '\\x85b'])), np.strings.lstrip(np.array(['\\x1ca ']))",
    "np.strings.capitalize(np.array(['\\u01c6x', 'hello World'])), np.strings.title(np.array(['\\u01c9ub \\u01c6a']))",
    "np.strings.replace(np.array(['cafe\\u0301', 'caf\\u00e9']), '\\u00e9', 'E')",
]


def main():
    statements = ARGUMENT_COUNTS + UFUNC_ARGUMENT_COUNTS + KEYWORDS_THAT_WORK + VALUE_ORDER + SCALAR_TEXT + SCALAR_METHODS + ASCII + SPLITS + PREDICATES
    header = (
        f"# 73-builtin-arguments-scalar-text: generated by make_builtin_arguments_fixtures.py from Python and NumPy "
        f"{np.__version__}; builtins called with wrong arguments, and NumPy scalars read from text, as CPython runs them."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
