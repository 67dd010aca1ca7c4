#!/usr/bin/env python3
"""Writes what CPython prints for sets of strings where the order cannot show, and proves the rest is refused rightly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach11_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/48-reach11-set-order.txt` (and the `array` module, which PDSH imports); rerunning gives identical bytes.

A str's hash changes with every process (PYTHONHASHSEED), and a set iterates in its hash table's order, so cs231n's
`for idx, animal in enumerate({'cat', 'dog', 'fish'})` prints another order from one run of CPython to the next. The
reach probe caught docbuild printing its insertion order there. docbuild now refuses every use that shows such a set's
order and keeps the uses that cannot (`len`, `in`, `sorted`, `min`, set algebra, ...). This script runs each
statement under several hash seeds, each in a fresh CPython: a statement of the fixture must print the same text under
every seed (so the fixture does not depend on the seed this script ran with), and each statement of REFUSED must
print at least two different texts (so refusing it is necessary, not a guess). REFUSED is the list
`SetOrderRefusalTests.swift` holds docbuild to.
"""

import json
import os
import pathlib
import subprocess
import sys
import warnings

import numpy as np
from make_interpreter_fixtures import prompted, run_single

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "48-reach11-set-order.txt"
HASH_SEEDS = [str(seed) for seed in range(16)]

# Uses of sets of strings whose result is the same whatever order the set iterates in, then sets of ints, whose
# hash is the value in every run, so their order is CPython's table order, which docbuild replays.
ORDER_FREE = [
    "words = {'cat', 'dog', 'fish'}", "len(words)", "'cat' in words, 'cow' in words, 'cow' not in words",
    "sorted(words)", "sorted(words, reverse=True)", "sorted(words, key=lambda w: w[::-1])",
    "sorted(words, key=lambda w: -len(w) * 10 - ord(w[0]), reverse=True)", "min(words), max(words)",
    "any(words), all(words), any(set()), all(set())", "set(words) == words", "sorted(words | {'cow'})",
    "sorted(words & {'dog', 'cow'})", "sorted(words - {'dog'})", "sorted(words ^ {'dog', 'emu'})",
    "alias = set(words)", "same = alias", "alias -= {'dog', 'yak'}", "sorted(same), sorted(alias - alias)",
    "{1, 2, 3, 40} - {2}", "sorted({1, 2, 3, 4, 5, 6, 7, 8, 9} - {3})", "words - ['dog']",
    "words.issubset({'cat', 'dog', 'fish', 'emu'}), words.issuperset(['cat'])", "words.isdisjoint(['ant'])",
    "words.union(['emu']) == {'cat', 'dog', 'fish', 'emu'}", "sorted(words.intersection(['fish', 'cat', 'yak']))",
    "sorted(words.difference(['fish']))", "letters = set('mississippi')", "sorted(letters), len(letters)",
    "u = set(words)", "u.update(['ant', 'bee'], {'cat', 'cow'})", "sorted(u)", "u.discard('ant')",
    "u.remove('bee')", "sorted(u)", "u.remove('bee')", "sorted(set(['b', 'a']).union('cd'))",
    "for name in sorted(words):\n    print(name)", "for i, name in enumerate(sorted(words, reverse=True)):\n"
    "    print('#%d: %s' % (i + 1, name))", "sorted(set(['x', 'y']) | set(['y', 'z']))", "len(words | letters)",
    "max(set(), default='none')", "min({'b'}), max({'b'}, key=len)", "list({'solo'})", "{'solo'}.pop()",
    "empty = set()", "empty.pop()",
    "nums = {int(x ** 0.5) for x in range(30)}", "print(nums)", "for i, n in enumerate({7, 3, 9, 1}):\n    print(i, n)",
    "list({100, 1, 64})", "s = {3, 10, 17}", "s.pop()", "len(s)", "[n * 2 for n in {5, 2, 8}]", "tuple({2, 1})",
]

# The `array` module, which PDSH's chapter on data types shows (`array.array('i', L)`); NumPy's reading of one
# through its buffer (`np.array(A)`, an int32 array) is refused, as are values outside a typecode's range.
ARRAY = [
    "import array", "L = list(range(10))", "A = array.array('i', L)", "A", "type(A)", "A[2], A[-1], A[1:3], len(A)",
    "A[::-3]", "A[10]", "A['x']", "np.array(A.tolist())", "array.array('d', [1, 2.5])", "array.array('f', [0.1, 1e30])",
    "array.array('x')", "array.array('i', [1.5])", "array.array('i', 'abc')", "array.array('i')", "array.array(5)",
    "array.array('ii')", "print(A)", "str(A)", "sum(A), max(A), list(A)", "A == array.array('i', L), A == L",
    "A != array.array('i')", "array.typecodes", "array._RANGES", "A.itemsize, A.typecode",
    "array.array('d').itemsize, array.array('b').itemsize, array.array('Q').itemsize, array.array('h').itemsize",
    "f'{A}'", "isinstance(A, array.array)", "array.ArrayType is array.array", "A.append(10)", "A.extend([11, 12])",
    "A.insert(0, -1)", "A.pop()", "A.pop(0)", "A.count(3), A.index(3)", "A.index(99)", "A.remove(99)", "A.remove(0)",
    "A.reverse()", "A", "A[0] = 100", "A[50] = 1", "A[1] = 2.5", "A + array.array('i', [7])", "A.tolist()[:3]",
    "3 in A, 99 in A", "for x in array.array('h', [3, 1]):\n    print(x)", "array.array('d', range(3))",
    "array.array('B', (1, 2))", "array.array('i', [True, False])", "array.array('d', ['a'])",
    "array.array('i', ['a'])", "array.array('i', [None])", "A.extend(array.array('d', [1.0]))",
    "array.array('L', [2**64 - 1]), array.array('q', [-2**63])", "array.array('f', [1, -2.5])",
    "sorted(array.array('d', [3, 1, 2]))", "array.array('i', [5]).pop(), array.array('i').pop()",
]

# An attribute a builtin type lacks: CPython names the type object (taking one it has, `str.lower`, is refused).
TYPE_ATTRIBUTES = ["str.nosuch", "list.nope", "dict.missing", "int.xyz", "float.abc", "set.q", "tuple.w"]

# `order='C'` is reshape's default, said aloud (NumPy's absolute beginners' guide); 'F', 'A' and 'K' stay refused.
RESHAPE_ORDER = [
    "a = np.arange(6)", "np.reshape(a, shape=(1, 6), order='C')", "a.reshape(2, 3, order='C')",
    "a.reshape((3, 2), order='c')", "np.reshape(a, (2, 3), order=None)", "a.reshape(2, 3, order=None)",
    "np.reshape(a, (2, 3), order=1)", "a.reshape(2, 3, order='x')", "np.reshape(a, (2, 3), order='')",
    "a.reshape(shape=(2, 3), order='C')", "np.reshape(a, (4, 2), order='C')",
    # The methods take no shape or axes keyword in NumPy 2.4 (docbuild took them, printing where NumPy raised).
    "a.reshape(shape=(2, 3))", "a.transpose(axes=(0,))", "a.transpose(axes=None)", "a.reshape(2, 3, foo=1)",
    "a.reshape()", "a.reshape(order='C')", "t = np.array(['a', 'b'])", "t.reshape(shape=(2,))",
    "t.transpose(axes=(0,))", "t.reshape((2, 1), order='C')",
]

# Uses that show a set of strings' order: CPython prints another text under another hash seed.
REFUSED = [
    "for w in words:\n    print(w)", "list(words)", "tuple(words)", "[w.upper() for w in words]", "', '.join(words)",
    "for i, w in enumerate(words):\n    print(i, w)", "words.pop()", "sorted(words, key=len)",
    "list(zip(words, range(3)))", "{w: len(w) for w in words}", "min(words, key=len)", "print(*words)",
]
SETUP = "words = {'cat', 'dog', 'fish'}"


def outputs_under(seed, groups):
    """Each group's outputs from one fresh CPython whose str hashes follow `seed`."""
    code = (
        "import json, sys, warnings\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import numpy as np\n"
        "from make_interpreter_fixtures import run_single\n"
        "warnings.simplefilter('ignore')\n"
        "results = []\n"
        "for group in json.loads(sys.stdin.read()):\n"
        "    namespace = {'np': np, '__name__': '__main__'}\n"
        "    results.append([run_single(statement, namespace) for statement in group])\n"
        "print(json.dumps(results))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(HERE)], input=json.dumps(groups), capture_output=True, text=True,
        check=True, env={**os.environ, "PYTHONHASHSEED": seed},
    )
    return json.loads(done.stdout)


def main():
    groups = [ORDER_FREE + ARRAY + TYPE_ATTRIBUTES + RESHAPE_ORDER] + [[SETUP, statement] for statement in REFUSED]
    runs = [outputs_under(seed, groups) for seed in HASH_SEEDS]
    for index, statement in enumerate(ORDER_FREE + ARRAY + TYPE_ATTRIBUTES + RESHAPE_ORDER):
        texts = {run[0][index] for run in runs}
        assert len(texts) == 1, f"{statement!r} prints differently under different hash seeds: {texts}"
    for number, statement in enumerate(REFUSED, start=1):
        texts = {run[number][1] for run in runs}
        assert len(texts) > 1, f"{statement!r} prints the same under every hash seed, so it need not be refused"
    namespace = {"np": np, "__name__": "__main__"}
    lines = [
        "# 48-reach11-set-order: generated by make_reach11_fixtures.py from Python and NumPy "
        f"{np.__version__}; the same under PYTHONHASHSEED 0 to {len(HASH_SEEDS) - 1}."
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for index, statement in enumerate(ORDER_FREE + ARRAY + TYPE_ATTRIBUTES + RESHAPE_ORDER):
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            assert output == runs[0][0][index]
            lines.extend(line.rstrip() for line in output.splitlines())
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
