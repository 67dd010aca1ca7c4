#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-25 corpora (zotroneneis'
machine-learning basics, Raschka's machine-learning book, Norvig's pytudes) led to: `from typing import *` (docbuild
refused it) binds typing's `__all__`; typing's aliases print, compare and subscript as CPython's do (docbuild printed
`typing.Union[int]` for `int`, `typing.Optional[typing.Union[int, str]]` for CPython's flattened union, `None` for
`NoneType` and `'int'` for `ForwardRef('int')` inside an alias, `<class 'typing._Form'>` as their type, and raised
AttributeError for an alias's `__name__` and TypeError for `TypeVar(..., covariant=True)`); `isinstance(list, type)`
and `isinstance(np.ndarray, type)` are True (docbuild said False); a namedtuple as a dict key or set item (docbuild
refused it) is the tuple of its items.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach25b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/160-reach25b-typing-aliases.txt` and `161-reach25b-namedtuple-keys.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "160-reach25b-typing-aliases.txt"
KEYS_OUTPUT = HERE / "interpreter" / "161-reach25b-namedtuple-keys.txt"

STATEMENTS = [
    "from typing import *",
    "List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Sequence, Mapping, Generator",
    "Any, Union, Optional, NoReturn, DefaultDict, Deque, Text, AnyStr",
    "List[int], Dict[str, List[float]], Set[str], FrozenSet[int], Type[int], Deque[int], DefaultDict[str, int]",
    "Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[int]",
    "Callable[[int, float], str], Callable[[], int], Callable[..., bool]",
    "Iterable[int], Iterator[str], Sequence[float], Mapping[str, int], Generator[int, None, None]",
    "List[None], Dict[str, None], List['Node'], Optional['Node']",
    "Union[int, str], Union[int, None], Union[None, int], Union[int, str, None], Union[int, None, str]",
    "Union[int], Union[int, int], Union[None], Optional[None], Optional[Optional[int]]",
    "Union[Union[int, str], float], Optional[Union[int, str]], Union[int, List[int]]",
    "List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], Union[int, str] == Union[int, float]",
    "List.__name__, List[int].__name__, Union[int, str].__name__, Optional[int].__name__, Union[int, None].__name__",
    "Callable[[int], str].__name__, Any.__name__, Tuple[int].__name__",
    "List[int].__args__, Dict[str, int].__args__, Tuple[()].__args__, Tuple[int, ...].__args__",
    "Callable[[int], str].__args__, Callable[..., int].__args__, Union[int, str].__args__, Optional[int].__args__",
    "List.__origin__, List[int].__origin__, Dict[str, int].__origin__, Type[int].__origin__, Union[int, str].__origin__",
    "type(List).__name__, type(List[int]).__name__, type(Union).__name__, type(Union[int, str]).__name__",
    "type(Optional[int]).__name__, type(Tuple).__name__, type(Callable).__name__, type(Callable[[int], int]).__name__",
    "type(Any).__name__, type(NoReturn).__name__",
    "List()",
    "List[int]()",
    "Dict(), Set()",
    "Union[int, str]()",
    "T = TypeVar('T')",
    "T, TypeVar('T_co', covariant=True), TypeVar('T_contra', contravariant=True), TypeVar('N', int, float)",
    "List[T], Dict[str, T], Optional[T]",
    "cast(int, 'x'), TYPE_CHECKING",
    "def first(xs: List[int], default: Optional[int] = None) -> Union[int, None]:\n    return xs[0] if xs else default",
    "first([3, 4]), first([]), first([], 5)",
    "Vector = List[float]",
    "def scale(scalar: float, vector: Vector) -> Vector:\n    return [scalar * num for num in vector]",
    "scale(2.0, [1.0, -4.2, 5.4]), Vector",
    "import typing",
    "typing.List[typing.Tuple[int, int]], typing.Optional[typing.List[str]]",
    "isinstance(list, type), isinstance(int, type), isinstance(np.ndarray, type), isinstance(np.float64, type)",
    "isinstance(np.sum, type), isinstance(len, type), isinstance(3, type), isinstance(type, type), isinstance(None, type)",
    "class Node:\n    pass",
    "isinstance(Node, type), isinstance(Node(), type)",
    "lt, eq, gt = 'lt', 'eq', 'gt'",
    "Outcome = Literal[lt, eq, gt]",
    "Outcome, Outcome.__args__, Outcome.__name__, Outcome.__origin__, type(Outcome).__name__, type(Literal).__name__",
    "Literal[1, 1, 2], Literal[1, True], Literal[Literal[1, 2], 3], Literal[None], Literal[-1], Literal[(1, 2)]",
    "Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1] == Literal[1, 1], Literal[1] == List[int]",
    "Optional[Literal['a', 'b']], Union[Literal[1], Literal[1]], List[Literal[0, 1]], Literal",
]

# A namedtuple as a dict key or set item is the tuple of its items (docbuild refused it).
KEYS = [
    "from collections import namedtuple, Counter",
    "Point = namedtuple('Point', 'x y')",
    "p, q = Point(1, 2), Point(3, -1)",
    "d = {p: 'a', q: 'b'}",
    "d, d[Point(1, 2)], d[(3, -1)], (1, 2) in d, Point(2, 1) in d",
    "d[(1, 2)] = 'c'",
    "d, len(d)",
    "hash(p) == hash((1, 2)), hash(p), hash(Point(-1, -2.5))",
    "s = {Point(i % 3, i // 3) for i in range(9)}",
    "s",
    "sorted(s), len(s), Point(2, 2) in s, (0, 0) in s",
    "{Point(1, 2), (1, 2), Point(x=1, y=2)}",
    "list({Point(5, 1): 0, Point(-3, 7): 1, Point(0, 0): 2})",
    "Counter([Point(0, 1), Point(0, 1), Point(1, 0)])",
    "frozenset([Point(1, 1), Point(2, 2)])",
    "Card = namedtuple('Card', ['rank', 'suit'])",
    "hand = {Card(r, s) for r in (10, 11, 12) for s in (1, 2)}",
    "hand",
    "class P3(Point):\n    pass",
    "{P3(1, 2): 1, Point(1, 2): 2}",
    "{P3(0, 0), P3(0, 0), P3(1, 1)}",
    "Pair = namedtuple('Pair', 'a b')",
    "{Pair(1, 2): 'x'}[Point(1, 2)]",
    "{Pair((1, 2), 3), Pair((1, 2), 3)}",
    "{Pair([1], 2)}",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_reach25b_fixtures.py",
        "typing's star import and aliases (their reprs, equality, names, arguments and types), isinstance(x, type)",
        STATEMENTS,
    )
    write_numpy_fixture(
        KEYS_OUTPUT,
        "make_reach25b_fixtures.py",
        "namedtuples as dict keys and set items (equal to the tuple of their items, with its hash and set order)",
        KEYS,
    )
