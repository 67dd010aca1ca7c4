#!/usr/bin/env python3
"""Writes what CPython prints for the builtin-method calls, comparisons and orders docbuild printed otherwise.

Run: `python3 Tests/SnippetsTests/Fixtures/make_pywrong_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/61-pywrong-methods.txt`; rerunning gives identical bytes.

- every public method of str, list, dict, set, tuple, int and float called with no argument, one to three ints,
  one to three strs and an unknown keyword: CPython's calling conventions word their errors differently
  (`str.lower() takes no arguments (1 given)`, `list.append() takes exactly one argument (0 given)`,
  `center expected at least 1 argument, got 0`, `split() takes at most 2 arguments (3 given)`,
  `'x' is an invalid keyword argument for split()`), and docbuild printed `'a'` for `'A'.lower('B')`;
- method descriptors and bound methods under `==` (`str.lower == str.lower`, `xs.append == xs.append`);
- sets mixing bools and ints under `^` and the other set operators, in CPython's hash-table order;
- dicts after `del` (the order CPython keeps), `popitem`;
- `dict.fromkeys`, `float.fromhex`, `int.from_bytes`, `str.maketrans` and `str.translate`, `str.isascii`,
  `isprintable`, `istitle`, `isidentifier`;
- a NumPy scalar as a sequence's repeat count (`'ab' * np.int64(2)`, `[1, 2] * np.int64(2)`: CPython calls
  `__index__`; a NumPy float is a TypeError, never NumPy's element-wise product);
- `hash()` of floats, big ints and tuples, and the order of sets of them.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "61-pywrong-methods.txt"

RECEIVERS = {
    "str": "'A b'", "list": "[3, 1, 2]", "dict": "{'a': 1}", "set": "{1, 2}", "tuple": "(1, 2)", "int": "(7)",
    "float": "(2.5)",
}
ARGUMENTS = ["", "1", "1, 2", "1, 2, 3", "'x'", "'x', 'y'", "'x', 'y', 'z'", "x=1"]
# Methods whose calls docbuild refuses as a whole (each refusal names the method): the bytes a str encodes to
# in other codecs, and int.to_bytes.
REFUSED = {("int", "to_bytes"), ("str", "encode")}
# Properties, not methods: `(7).real(1)` is "'int' object is not callable" whatever the arguments.
PROPERTIES = {"real", "imag", "numerator", "denominator"}


def hash_ordered(statement):
    """True when the statement's value is a set holding a str: its printed order follows str hashes, which change
    with every process (PYTHONHASHSEED), so no transcript can record it."""
    try:
        value = eval(statement)
    except Exception:
        return False
    return isinstance(value, (set, frozenset)) and any(isinstance(item, str) for item in value)


def arity_statements():
    """Each method of each type called with each argument list of ARGUMENTS, in sorted order."""
    statements = []
    for type_name, receiver in RECEIVERS.items():
        names = sorted(n for n in dir(eval(type_name)) if not n.startswith("_") and n not in PROPERTIES)
        for name in names:
            if (type_name, name) in REFUSED:
                continue
            calls = [f"{receiver}.{name}({arguments})" for arguments in ARGUMENTS]
            statements += [call for call in calls if not hash_ordered(call)]
    return statements


MORE_ARITY = [
    "True.bit_length(1), 0",
    "(2**70).bit_length(1)",
    "'a'.split('a', sep='b')",
    "'a'.split(sep=1)",
    "'ab'.split('a', 1, x=2)",
    "[].sort(1, key=None)",
    "{1: 2}.get(x=1, y=2)",
    "'a'.lower(1, x=2)",
    "{1: 2}.update(1, 2, x=1)",
    "int.from_bytes()",
    "int.from_bytes(b'a', 'big', 1)",
    "int.from_bytes(b'a', 'big', True, x=1)",
    "int.from_bytes(b'a', byteorder='little', bytes=b'b')",
    "str.lower('A', 'B')",
    "list.append([])",
    "b'ab'.decode(1, 2, 3)",
    "b'ab'.decode(x=1)",
    "b'ab'.hex(1, 2, 3)",
    "b'ab'.count()",
    "'A b'.count(1)",
    "'A b'.find(1, 2)",
    "'A b'.endswith((1,))",
    "'A b'.startswith(('A', 2))",
    "'A b'.strip(1), 0",
    "'A b'.split(1)",
    "'A b'.rsplit(2)",
    "'A b'.center(5, 1)",
]

DESCRIPTORS = [
    "str.lower == str.lower, str.lower != str.lower, str.lower == str.upper, str.lower == list.count",
    "[str.lower] == [str.lower], str.lower in [str.upper, str.lower], dict.get == dict.get",
    "xs = [1, 2]",
    "ys = [1, 2]",
    "xs.append == xs.append, xs.append != xs.append, xs.append == ys.append, xs.append == xs.pop",
    "[].append == [].append",
    "d = {}",
    "d.get == d.get, d.get == {}.get, d.keys == d.values",
    "s = {1}",
    "s.add == s.add, s.add == {1}.add",
    "'a'.lower == 'b'.lower, 'a'.lower == 'a'.upper, (1).bit_length == (2).bit_length",
    "'a'.lower == str.lower, str.lower == 'a'.lower",
]

SET_ORDER = [
    "{True, 2, 0, False} ^ {-5, -1, 64, 1024, 7}",
    "{-5, -1, 64, 1024, 7} ^ {True, 2, 0, False}",
    "{True, 9, 17} ^ {2, 33}",
    "{False, 8, 16} ^ {1.0, 3}",
    "{1, 2} ^ set()",
    "set() ^ {True, 8, 0}",
    "{True, 2} | {1, 3}",
    "{1, 3} | {True, 2}",
    "{True, 2, 8} & {1, 8, 2}",
    "{1, 8, 2} & {True, 2, 8}",
    "{True, 2, 8, 64} - {2}",
    "{0, False, 1, True, 9}",
    "{True, 2}.symmetric_difference({8, 16, 24})",
    "{True, 2}.symmetric_difference([8, 16, 24])",
    "a = {1, 2, 3}",
    "a.difference_update({7}); a",
    "a.symmetric_difference_update({3}); sorted(a)",
    "a.intersection_update([1, 2, 5]); sorted(a)",
]

DICT_DELETE = [
    "d = {k: k * k for k in range(12)}",
    "del d[0]; del d[5]; del d[11]; d",
    "d[5] = 'back'; d[0] = 'front'; list(d)",
    "len(d), 5 in d, 11 in d, d.get(11, 'gone')",
    "d.pop(3), d.pop(99, None), list(d.items())[:4]",
    "for k in list(d):\n    if k % 2:\n        del d[k]",
    "d",
    "d.popitem(), d.popitem(), d",
    "e = {}",
    "e.popitem()",
    "f = {i: None for i in range(2000)}",
    "for i in range(0, 2000, 3):\n    del f[i]",
    "len(f), list(f)[:5], list(f)[-3:]",
    "f.clear(); f, len(f)",
    "g = {'x': 1, 'y': 2}",
    "del g['x']; g['x'] = 3; g, list(g.keys()), list(g.values())",
    "del g['z']",
]

CLASSMETHODS = [
    "dict.fromkeys('abc'), dict.fromkeys([3, 1, 3], 0), {}.fromkeys(range(3), [])",
    "dict.fromkeys({5: 1, 2: 2})",
    "dict.fromkeys(3)",
    "dict.fromkeys()",
    "dict.fromkeys('a', 1, 2)",
    "float.fromhex('0x1.8p1'), float.fromhex('-0X1.FFp-3'), float.fromhex(' 1.8 '), float.fromhex('a')",
    "float.fromhex('0x.8'), float.fromhex('1.'), float.fromhex('0x1p+2'), float.fromhex('0x0p0')",
    "float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('nan')",
    "float.fromhex('0x1p-1074'), float.fromhex('0x1p-1075'), float.fromhex('0x1.8p-1074'), float.fromhex('0x1p-2000')",
    "float.fromhex('0x1.fffffffffffff8p1023')",
    "float.fromhex('0x1p1024')",
    "float.fromhex('0x1.fffffffffffff7p1023'), float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0')",
    "float.fromhex('0x')",
    "float.fromhex('1p')",
    "float.fromhex('1e3'), float.fromhex('1.2.3') if False else 0",
    "float.fromhex('\\u2003 1')",
    "float.fromhex(1)",
    "(2.5).fromhex('0x1p1')",
    "x = 1e300 * 3.7",
    "float.fromhex(x.hex()) == x, float.fromhex((-0.1).hex()), float.fromhex((5e-324).hex())",
    "int.from_bytes(b'\\x00\\x10'), int.from_bytes(b'\\x00\\x10', 'little'), int.from_bytes(b'\\xff\\x7f', 'little', signed=True)",
    "int.from_bytes(b'\\xff', signed=True), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big')",
    "int.from_bytes(bytearray(b'\\x01\\x00'), 'little'), int.from_bytes(b'\\xff' * 12), int.from_bytes(b'\\x80' + bytes(11), signed=True)",
    "(3).from_bytes(b'a')",
    "int.from_bytes('ab')",
    "int.from_bytes(1)",
    "int.from_bytes(b'a', 'middle')",
    "int.from_bytes(b'a', 1)",
    "str.maketrans('ab', 'xy'), str.maketrans('ab', 'xy', 'c'), str.maketrans({'a': 'A', 98: None, 'c': 99})",
    "'x'.maketrans('aa', 'bc'), str.maketrans({'a': 1, 97: 2})",
    "str.maketrans('ab', 'x')",
    "str.maketrans(1, 'a')",
    "str.maketrans('a', 1)",
    "str.maketrans('a', 'b', 3)",
    "str.maketrans({'ab': 1})",
    "str.maketrans({1.5: 1})",
    "str.maketrans('ab')",
    "'hello world'.translate(str.maketrans('lo', '01', ' '))",
    "'aBc'.translate({97: 'xy', 66: None, 99: 100}), 'abc'.translate({})",
    "'abc'.translate([1, 2]), 'abc'.translate('ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 4)",
    "'abc'.translate({97: 1.5})",
    "'abc'.translate({97: -1})",
    "'abc'.translate(None)",
    "'abc'.translate(5)",
    "'abc'.isascii(), 'é'.isascii(), ''.isascii(), '\\x7f'.isascii()",
    "'abc'.isprintable(), 'a\\tb'.isprintable(), ''.isprintable(), 'é €'.isprintable(), '\\xa0'.isprintable(), '\\u200b'.isprintable()",
    "'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '1A'.istitle(), 'ǅungla'.istitle(), ''.istitle(), 'A1b'.istitle()",
    "'abc'.isidentifier(), '_x1'.isidentifier(), '1x'.isidentifier(), 'é'.isidentifier(), 'a-b'.isidentifier(), ''.isidentifier(), 'class'.isidentifier()",
    "{'a': 1, 'b': 2}.popitem()",
]

NUMPY_REPEAT = [
    "'ab' * np.int64(2), np.int64(2) * 'ab', 'ab' * np.int64(-1), 'ab' * np.uint8(3)",
    "[1, 2] * np.int64(2), np.int32(2) * [1, 2], (1,) * np.uint16(3), np.int8(2) * (1, 2)",
    "b'a' * np.int64(2)",
    "[1, 2] * np.float64(2)",
    "np.float64(2) * [1, 2]",
    "'ab' * np.True_",
    "(1, 2) * np.float32(2)",
    "'ab' * np.complex128(2)",
    "[1, 2] * np.array(2)",
    "[1, 2] + np.int64(2)",
]

# Found by the seeds (--seed 60..75): hash() of floats, big ints and tuples is the same in every CPython process, and
# sets of them print in the hash table's order; a str's, None's and a NaN's hash vary.
HASHES = [
    "hash(1.5), hash(-7.25), hash(0.1), hash(1e300), hash(-0.0), hash(float('inf')), hash(float('-inf')), hash(5e-324)",
    "hash(2**64), hash(-(10**25)), hash(2**61 - 1), hash(2**61), hash(-(2**61) + 1), hash(12345678901234567890)",
    "hash(-1), hash(-1.0), hash(-2), hash(2**61 - 2), hash(-(2**64) - 1)",
    "hash((1, 2)), hash(()), hash((1.5, (2, -1))), hash((True,)), hash((2**70, 0.5))",
    "hash(np.float64(0.1)), hash(np.int32(-3)), hash(np.float32(0.1)), hash(np.True_), hash(np.float16(-2.5))",
    "{0.5, 1, 2.0}, {2**40, 2**64, 17}, {(1, 2), (0, 1)}, {0.1, 0.2, 0.3, 1e300, -2.5}",
    "{(1, 2), (0, 1)} ^ {0.5, 1, 2.0}",
    "{x / 4 for x in range(-20, 20)}",
    "{(i, j) for i in range(4) for j in range(3)}",
    "sorted({-(10**25), 2**100 - 1, 3**40}), list({-(10**25), 2**100 - 1, 3**40, 0.5})",
    "{float('inf'), float('-inf'), 1e-320, -1e-320}",
    "hash([1])",
]

GROUPS = [arity_statements(), MORE_ARITY, DESCRIPTORS, SET_ORDER, DICT_DELETE, CLASSMETHODS, NUMPY_REPEAT, HASHES]


def main():
    statements = ["import numpy as np"] + [statement for group in GROUPS for statement in group]
    header = (
        f"# 61-pywrong-methods: generated by make_pywrong_fixtures.py from Python and NumPy {np.__version__}; "
        "builtin methods' argument errors, method equality, set and dict orders, classmethods, NumPy repeat counts."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
