#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-27 corpora (trekhleb's
learn-python lessons, TheAlgorithms' maths and sorts modules with their doctests) showed docbuild printing otherwise:
CPython 3.11 evaluates a `def`'s annotations when the `def` runs (after its defaults; the positional-or-keyword
parameters' before the positional-only ones', then `*args`, the keyword-only ones, `**kwargs`, the return) and a
module's or class's annotated assignment's after the value is assigned, so a class whose methods are annotated with
the class itself is a NameError (docbuild ignored every annotation and ran on), unless `from __future__ import
annotations` ran earlier in the session (the REPL compiles every later statement with that feature); an annotated
assignment in a function's body is never evaluated; and a bytearray's slice takes any iterable of ints
(`itertools.repeat`, `range`, a generator), as `bytearray(...)` would (docbuild raised TypeError). And
`collections.abc`'s abstract classes, which its modules import for their annotations (`Iterator[int]`,
`Callable[[float], float]`), import, evaluate in an annotation and show their class (docbuild refused the import).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach27b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/220-reach27b-annotations-evaluated.txt`, `221-reach27b-bytearray-slice-iterables.txt` and
`222-reach27b-collections-abc-annotations.txt`; rerunning gives identical bytes.
"""

import __future__
import contextlib
import io
import pathlib
import sys
import warnings

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"

ANNOTATIONS = [
    # A def's annotations run when it runs: a name not yet defined is CPython's NameError.
    "def f(x: int) -> list[int]:\n    return [x]",
    "f(2)",
    "def g(x: Nope): pass",
    "g",
    "def g2(x) -> Nope: pass",
    "def g3(*args: Nope): pass",
    "def g4(*, key: Nope = 1): pass",
    "def g5(**kwargs: Nope): pass",
    "def g6(x: int = undefined_default) -> Nope: pass",
    # Defaults first, then the annotations in CPython 3.11's order.
    "def h(a: print(1), /, b: print(2) = print('d'), *c: print(3), d: print(4) = print('kd'), **e: print(5))"
    " -> print(6): pass",
    "def h2(a: print('a'), b: print('b'), /, c: print('c')): pass",
    "def deco(function):\n    print('decorator')\n    return function",
    "@deco\ndef h3(x: print('annotation') = print('default')): pass",
    # A class's methods annotated with the class itself.
    "class Matrix:\n    def __init__(self, n: int) -> None:\n        self.n = n\n"
    "    def __mul__(self, b: Matrix) -> Matrix:\n        return self",
    "Matrix",
    "class Matrix2:\n    def __init__(self, n: 'Matrix2') -> None:\n        self.n = n",
    "Matrix2(1).n",
    "def modular_exponentiation(a: Matrix2, b: int) -> Matrix2:\n    return a",
    "modular_exponentiation(Matrix2(3), 2).n",
    # A class body's annotated assignments: the value, then the annotation.
    "class Node:\n    val: int\n    left: Node | None = None",
    "Node",
    "class Node2:\n    val: int\n    left: 'Node2 | None' = None\n    right: list[int] | None = None",
    "Node2.left, Node2.right",
    "from dataclasses import dataclass",
    "@dataclass\nclass Point:\n    x: int\n    y: float = 0.0\n    tags: tuple[str, ...] = ()",
    "Point(1), Point(1, 2.5, ('a',))",
    "@dataclass\nclass Link:\n    value: int\n    next: Link | None = None",
    "from typing import NamedTuple, Optional, List",
    "class Pair(NamedTuple):\n    first: int\n    second: Optional[List[int]] = None",
    "Pair(1)",
    "class Bad(NamedTuple):\n    first: Undefined",
    # A module's annotated assignments.
    "x: Undefined = 5",
    "x",
    "y: int | None = 3",
    "z: tuple[int, ...] = (1,)",
    "w: dict[str, list[int]] | None = None",
    "y, z, w",
    "class A:\n    pass",
    "v: A | None = None",
    "u: list[A] = []",
    "t: int",
    "s: Missing",
    "obj = A()",
    "obj.attribute: Missing = 1",
    "obj.attribute",
    "items = [0]",
    "items[0]: Missing = 2",
    "items",
    "def value():\n    raise ValueError('the value first')",
    "q: Missing = value()",
    # A set display in an annotation (Norvig's `-> {Coins}`): its items hashed, as classes and functions are.
    "Coins = ''.join",
    "def rotations(coins) -> {Coins}:\n    return {coins[r:] + coins[:r] for r in range(2)}",
    "sorted(rotations('HT'))",
    "def both() -> {int, print, rotations, None}: pass",
    "def k(a: 'Later') -> 'Later':\n    return a",
    "k(1)",
    # An annotated assignment in a function's body is never evaluated.
    "def outer():\n    q: Missing = 1\n    r: Missing\n    return q",
    "outer()",
    "def inner_class():\n    class C:\n        c: Missing = 1\n    return C",
    "inner_class()",
    # `from __future__ import annotations`: no later annotation is evaluated.
    "from __future__ import annotations",
    "def m(x: Nope) -> Nope:\n    return x",
    "m(3)",
    "r: Nope = 4",
    "r",
    "class Tree:\n    left: Tree | None = None\n    def insert(self, value: int) -> Tree:\n        return self",
    "Tree().insert(1).left",
]

ABC = [
    "from collections.abc import Iterator, Iterable, Callable, Generator, Sequence, Mapping",
    "def fib(n: int) -> Iterator[int]:\n    a, b = 0, 1\n    for _ in range(n):\n        yield a\n        a, b = b, a + b",
    "list(fib(6))",
    "def apply(f: Callable[[float], float], x: float) -> float:\n    return f(x)",
    "apply(lambda v: v * 2, 1.5)",
    "def apply2(f: Callable[..., int]) -> int:\n    return f()",
    "apply2(lambda: 3)",
    "def total(xs: Sequence[float] | None = None) -> float:\n    return sum(xs or [])",
    "total([1.0, 2.5])",
    "def primes(n: int) -> Generator[int, None, None]:\n    yield from range(2, n)",
    "list(primes(5))",
    "def keys(m: Mapping[str, int]) -> list[str]:\n    return list(m)",
    "keys({'a': 1})",
    "x: Iterable[int] = [1, 2]",
    "x",
    "Iterator.__name__",
    "type(Iterator), Iterator.__module__, Iterator.__qualname__",
    "callable(Iterable)",
    "import collections.abc",
    "from collections.abc import Callable as C",
    "def g(h: C[[int], int]) -> int:\n    return h(1)",
    "g(abs)",
]

BYTEARRAY = [
    "from itertools import compress, repeat",
    "from math import ceil, sqrt",
    "b = bytearray(b'\\x01') * 10",
    "b[2::3] = repeat(0, 3)",
    "b",
    "b[0:2] = range(2)",
    "b",
    "b[::2] = (i % 2 for i in range(5))",
    "b",
    "b[1:3] = iter([7, 8])",
    "b",
    "b[4:6] = {9: 'a', 10: 'b'}",
    "b",
    "b[0:1] = {255}",
    "b",
    "b[::2] = repeat(1, 4)",
    "b[0:2] = repeat(300, 2)",
    "b[0:2] = iter(['a', 'b'])",
    "b[0:2] = 5",
    "b[0:2] = 'ab'",
    "b[0:2] = 2.5",
    "b[0:2] = None",
    "class Bits:\n    def __iter__(self):\n        return iter([4, 5, 6])",
    "b[0:2] = Bits()",
    "b",
    "def odd_sieve(num):\n    if num <= 2:\n        return []\n    if num == 3:\n        return [2]\n"
    "    sieve = bytearray(b'\\x01') * ((num >> 1) - 1)\n    for i in range(3, int(sqrt(num)) + 1, 2):\n"
    "        if sieve[(i >> 1) - 1]:\n            i_squared = i**2\n"
    "            sieve[(i_squared >> 1) - 1 :: i] = repeat(0, ceil((num - i_squared) / (i << 1)))\n"
    "    return [2, *list(compress(range(3, num, 2), sieve))]",
    "odd_sieve(2), odd_sieve(3), odd_sieve(10), odd_sieve(20)",
    "odd_sieve(100)",
]


def repl_runner():
    """What the interactive REPL shows for each statement, as `run_single` does, compiling each statement with the
    future features earlier statements imported (the REPL's `from __future__ import annotations` lasts)."""
    features = 0
    for name in __future__.all_feature_names:
        features |= getattr(__future__, name).compiler_flag
    flags = 0

    def run(statement, namespace):
        nonlocal flags
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                code = compile(statement + "\n", "<stdin>", "single", flags, True)
                flags |= code.co_flags & features
                exec(code, namespace)
        except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
            message = str(error)
            print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
        return out.getvalue()

    return run


def write(path, description, statements):
    assert sys.version_info[:2] == (3, 11), sys.version
    header = (
        f"# {path.stem}: generated by make_reach27b_fixtures.py from Python {sys.version_info.major}."
        f"{sys.version_info.minor} and NumPy {np.__version__}; {description}"
    )
    write_transcript(path, header, statements, {"np": np, "__name__": "__main__"}, runner=repl_runner(), quiet=True)


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    write(
        FOLDER / "220-reach27b-annotations-evaluated.txt",
        "annotations evaluated when a def runs and at a module's or class's annotated assignment, until "
        "`from __future__ import annotations`",
        ANNOTATIONS,
    )
    write(
        FOLDER / "222-reach27b-collections-abc-annotations.txt",
        "collections.abc's abstract classes imported and written in annotations",
        ABC,
    )
    write(
        FOLDER / "221-reach27b-bytearray-slice-iterables.txt",
        "a bytearray's slice assigned from any iterable of ints",
        BYTEARRAY,
    )
