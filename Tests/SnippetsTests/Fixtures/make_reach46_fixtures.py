#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4 prints for the statements session 46's reach probe (reach46) found docbuild
getting wrong, refusing, or running too slowly, in published NumPy teaching code nobody here had tuned on (the 101
NumPy exercises of machinelearningplus, Jeff Calder's Linear Algebra, Data Science and Machine Learning notebooks).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach46_fixtures.py` (Python 3.11, numpy 2.4). It rewrites the
`interpreter/484-*` and `485-*` fixtures; rerunning gives identical bytes.

484: string arrays made from mixed lists. NumPy promotes bytes beside numbers (and beside nothing but bytes) to an
'S' array, each number its str's bytes (`np.array([1, b'a'])` is `[b'1', b'a']`, `|S21`); docbuild made a 'U' array.
An array among the lists (`np.array([np.array(list('bill')), np.array(list('narendra'))])`, the 101 exercises' #64)
is a block of its shape whose dtype width counts, not its elements' lengths; docbuild refused it, or raised
NumPy's inhomogeneous-shape ValueError where NumPy makes a 2-D array (`np.array([['a', 'b'], np.array(['c',
'd'])])`). Leaves changing kind go through ASCII both ways: a bytes leaf above 127 in a 'U' array raises
UnicodeDecodeError (docbuild decoded it as Latin-1), and a bytes leaf above 127 in an 'S' array given str beside it
keeps its bytes (docbuild raised UnicodeEncodeError); a character past the width still fails, NumPy converting whole
elements before cutting them. `np.concatenate` and `np.where` promote their operands the same way (bytes with
numbers an 'S' array, a number array's width that of its dtype); docbuild made every result 'U' and a number list's
width its text's. `astype(int)` of a bytes array names a bad element as Python's `int()` does, `b'a'` (docbuild
said `np.bytes_(b'a')`, which is float()'s word).
485: `np.unique` of string arrays with `return_index`, `return_inverse` and `return_counts` (the 101 exercises' #35,
counting species drawn by `np.random.choice`): the stable sort's first occurrences, the inverse in the array's
shape, the counts; and `np.argmax`/`np.argmin` of bool arrays (Calder's prime sieve calls `np.argmax(mask)` once per
prime on a million flags), flat and along axes, views, all-False and all-True, keepdims, 0-d.
"""

import pathlib

import numpy as np

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach46_fixtures.py"

MIXED_TEXT_CREATION = [
    "np.array([1, b'a'])",
    "np.array([b'a', 1.5])",
    "np.array([True, b'a'])",
    "np.array([np.int8(1), b'a'])",
    "np.array([np.uint8(7), b'xyz'])",
    "np.array([np.float32(0.1), b'a'])",
    "np.array([1+2j, b'a'])",
    "np.array([[1], [b'a']])",
    "np.array([[1, 2], [b'a', b'b']])",
    "np.array([b'abc', 2])",
    "np.array([b'a', -12, 1.5])",
    "np.array([b'a', 'b'])",
    "np.array([1, 'a'])",
    "np.array([np.array([1]), [b'a']])",
    "np.array([np.array([1, 2]), np.array([b'a', b'b'])])",
    "arr = np.array([np.array(list('bill clinton')), np.array(list('narendramodi')), np.array(list('jjayalalitha'))])",
    "arr",
    "print(np.unique(arr))",
    "np.array([np.array(['a', 'b']), np.array(['c', 'd'])])",
    "np.array([np.array(['a', 'b']), np.array(['cc', 'd'])])",
    "np.array([np.array(['a', 'b']), ['c', 'd']])",
    "np.array([['a', 'b'], np.array(['c', 'd'])])",
    "np.array((np.array(['a', 'b']), np.array(['c', 'd'])))",
    "np.array([np.array([b'a', b'b']), np.array([b'c', b'd'])])",
    "np.array([np.array(['a', 'b']), np.array([b'c', b'd'])])",
    "np.array([np.array([b'cd']), np.array(['a', 'bbb'])[:1]])",
    "np.array([np.array(['a', 'bbb'])[:1], np.array(['a', 'bbb'])[:1]])",
    "np.array([np.array(['a', 'bbb'])[:1], np.array(['a', 'bbb'])[:1]], dtype=str)",
    "np.array([np.array(['a', 'bbb'])[:1], ['cc']], dtype=str)",
    "np.array([np.array(['a', 'bbb'])[:1], np.array(['a', 'bbb'])[:1]], dtype='S')",
    "np.array([np.array(['a', 'bbb'])[:1], np.array(['a', 'bbb'])[:1]], dtype='U2')",
    "np.array([np.array(['ab', 'b']), np.array(['c', 'd'])], dtype='U1')",
    "np.array([np.array([['a', 'b']]), np.array([['c', 'd']])])",
    "np.array([np.array('a'), np.array('bc')])",
    "np.array([np.array('xy'), 'a'])",
    "np.array([np.array([1, 2]), ['a', 'b']])",
    "np.array([np.array([1.5, 2]), ['a', 'b']])",
    "np.array([np.array([1.5, 2], dtype=np.float32), ['a', 'b']])",
    "np.array([np.array([1, 2], dtype=np.uint8), ['a', 'b']])",
    "np.array([np.array([True, False]), ['a', 'b']])",
    "np.array([np.array([1+2j, 2]), ['a', 'b']])",
    "np.array([np.array(3), 'a'])",
    "np.array([np.arange(3), ['a', 'b', 'c']]).T",
    "np.array(np.array([1, 2]), dtype=str)",
    "np.array(np.array([1.5, 2]), dtype='U2')",
    "np.array(np.arange(3), dtype='S1')",
    "np.array([np.array(['a', 'b']).reshape(2, 1), [['c'], ['d']]])",
    "np.array([np.array(['a', 'b']), np.array(['c'])])",
    "np.array([np.array(['a', 'b']), ['c']])",
    "np.array([['a', 'b'], np.array(['c', 'd', 'e'])])",
    "np.array([[['a', 'b']], np.array(['c', 'd'])])",
    "np.array(['a', np.array(['b'])])",
    "np.array([np.array(['b']), 'a'])",
    "np.array([np.array(['a', 'b']).reshape(2, 1), [['c', 'd']]])",
    "np.array([b'\\xff', 'a'])",
    "np.array(['a', b'z\\xfe'])",
    "np.array([np.array(['a']), [b'\\xff']])",
    "np.array([b'\\xff', 'a'], dtype='S')",
    "np.array(['\\xff', b'a'], dtype='S')",
    "np.array([1, b'\\xff'])",
    "np.array([np.array([b'\\xff']), [b'b']])",
    "np.array([b'a\\xff', 'x'], dtype='U1')",
    "np.array(['a\\xff', b'x'], dtype='S1')",
    "np.array([b'\\xff', 'x'], dtype='S1')",
    "np.concatenate([np.array([b'a']), [1]])",
    "np.concatenate([np.array([b'a']), [b'bc']])",
    "np.concatenate([np.array([b'a']), np.array(['b'])])",
    "np.concatenate([np.array([b'a']), np.array([1, 2])])",
    "np.concatenate([np.array([b'a']), np.array([1], dtype=np.uint8)])",
    "np.concatenate([np.array(['a']), [1]])",
    "np.concatenate([np.array(['a']), np.array([1.5])])",
    "np.where([True, False], np.array([b'a']), np.array([1]))",
    "np.where([True, False], np.array(['a']), [1, 2])",
    "np.where([True, False], [b'a', b'b'], ['c', 'd'])",
    "np.where([True, False], b'a', b'bcd')",
    "a = np.array([b'a', 1])",
    "a[0] = 1.5",
    "a[:] = np.array([3, 4])",
    "a, a == b'3', a == 3, a.tolist()",
    "np.sort(np.array([b'b', 2, b'a'])), np.argsort(np.array([b'b', 2, b'a']))",
    "np.array([b'5', 1]).astype(np.int64)",
    "np.array([b'a', 1]).astype(np.int64)",
    "np.array([b'a\\xff', b'1']).astype(np.int64)",
    "np.array([b'']).astype(int)",
    "np.array([b'1.5']).astype(np.int8)",
    "np.array(['1.5']).astype(int)",
    "np.array([b'x']).astype(float)",
]

UNIQUE_AND_BOOL_ARGMAX = [
    "a = np.array(['Iris-setosa', 'Iris-versicolor', 'Iris-virginica'])",
    "np.random.seed(100)",
    "out = np.random.choice(a, 150, p=[0.5, 0.25, 0.25])",
    "np.unique(out[:], return_counts=True)",
    "np.unique(out, return_index=True)",
    "np.unique(out, return_index=True, return_inverse=True, return_counts=True)",
    "u, c = np.unique(out, return_counts=True)",
    "dict(zip(u, c))",
    "np.unique(np.array(['b', 'a', 'b', 'c']), return_counts=True)",
    "np.unique(np.array(['b', 'a', 'b', 'c']), return_index=True)",
    "np.unique(np.array(['b', 'a', 'b', 'c']), return_inverse=True)",
    "np.unique(np.array([['b', 'a'], ['b', 'c']]), return_inverse=True)",
    "np.unique(np.array([['b', 'a'], ['b', 'c']]), return_counts=True)",
    "np.unique(np.array(['b', 'a', '', 'b']), return_counts=True)",
    "np.unique(np.array([], dtype=str), return_index=True, return_inverse=True, return_counts=True)",
    "np.unique(np.array('b'), return_index=True, return_inverse=True, return_counts=True)",
    "np.unique(np.array([b'b', b'a', b'b']), return_counts=True, return_index=True)",
    "np.unique(np.array(['bb', 'b', 'ba', 'b']), return_counts=True, return_index=True)",
    "np.unique(np.array(['B', 'a', 'A', 'b']), return_counts=True)",
    "np.unique(np.array(['\\xe4', 'a', 'z', '\\xe4']), return_counts=True)",
    "np.unique(np.array(['b', 'a', 'b']), return_counts=True, equal_nan=False)",
    "np.unique(np.array(['b', 'a', 'b']), return_counts=1, return_index=0)",
    "np.unique(np.array(['1', '10', '2', '10']), return_inverse=True)",
    "np.unique(np.array(['x', 'y', 'x'])[::-1], return_index=True)",
    "np.unique(np.array([['b', 'a'], ['c', 'a']]).T, return_index=True, return_inverse=True)",
    "m = np.array([False, False, True, False, True])",
    "np.argmax(m), np.argmin(m), m.argmax(), m.argmin()",
    "np.argmax(m, keepdims=True), np.argmin(m, keepdims=True)",
    "np.argmax(np.zeros(5, dtype=bool)), np.argmin(np.ones(5, dtype=bool))",
    "np.argmax(np.ones(5, dtype=bool)), np.argmin(np.zeros(5, dtype=bool))",
    "np.argmax(np.array(True)), np.argmax(np.array(False)), np.argmin(np.array(True))",
    "np.argmax(np.array(True), keepdims=True)",
    "np.argmax(np.array([], dtype=bool))",
    "b = np.array([[False, True], [True, False]])",
    "np.argmax(b), np.argmin(b), np.argmax(b.T), np.argmin(b.T)",
    "np.argmax(b, keepdims=True)",
    "np.argmax(b, axis=0), np.argmax(b, axis=1), np.argmin(b, axis=1)",
    "np.argmax(b[:, ::-1]), np.argmax(b[::-1]), np.argmax(b[1:]), np.argmax(b.ravel()[::2])",
    "c = np.zeros((3, 4, 5), dtype=bool)",
    "c[2, 1, 3] = True",
    "np.argmax(c), np.argmax(c.T), np.argmin(~c), np.argmax(c.transpose(1, 0, 2))",
    "np.argmax(c, keepdims=True).shape",
    "np.argmax(np.broadcast_to(np.array([False, True]), (3, 2)))",
    "np.argmax(np.arange(10) > 6), np.argmin(np.arange(10) < 6), np.argmax(np.arange(10) > 60)",
    "(np.arange(10) > 6).argmax(keepdims=True)",
    "np.argmax([True, False, True]), np.argmax([False, False]), np.argmin([True, True, False])",
    "type(np.argmax(m))",
    "def prime_sieve(n):\n"
    "    primes = []\n"
    "    prime_mask = np.ones(n + 1, dtype=bool)\n"
    "    prime_mask[0] = False\n"
    "    prime_mask[1] = False\n"
    "    c = np.argmax(prime_mask)\n"
    "    while c > 0:\n"
    "        primes += [c]\n"
    "        prime_mask[c::c] = False\n"
    "        c = np.argmax(prime_mask)\n"
    "    return primes",
    "primes = prime_sieve(10**5)",
    "len(primes), primes[:5], primes[-3:]",
]

FIXTURES = {
    "484-reach46-string-arrays-from-mixed-lists-and-nested-arrays": (
        "bytes beside numbers make an 'S' array; string and number arrays among lists are blocks of their shape and "
        "dtype width; ASCII decoding and encoding of leaves changing kind; np.concatenate and np.where of mixed operands.",
        ["import numpy as np"] + MIXED_TEXT_CREATION,
    ),
    "485-reach46-unique-of-string-arrays-and-bool-argmax": (
        "np.unique of string arrays with return_index, return_inverse and return_counts; np.argmax and np.argmin of "
        "bool arrays, and a prime sieve over 100,001 flags.",
        ["import numpy as np"] + UNIQUE_AND_BOOL_ARGMAX,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
