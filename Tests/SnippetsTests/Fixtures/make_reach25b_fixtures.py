#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-25 corpora (zotroneneis'
machine-learning basics, Raschka's machine-learning book, Norvig's pytudes) led to: `from typing import *` (docbuild
refused it) binds typing's `__all__`; typing's aliases print, compare and subscript as CPython's do (docbuild printed
`typing.Union[int]` for `int`, `typing.Optional[typing.Union[int, str]]` for CPython's flattened union, `None` for
`NoneType` and `'int'` for `ForwardRef('int')` inside an alias, `<class 'typing._Form'>` as their type, and raised
AttributeError for an alias's `__name__` and TypeError for `TypeVar(..., covariant=True)`); `isinstance(list, type)`
and `isinstance(np.ndarray, type)` are True (docbuild said False).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach25b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/160-reach25b-typing-aliases.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "160-reach25b-typing-aliases.txt"

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
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_reach25b_fixtures.py",
        "typing's star import and aliases (their reprs, equality, names, arguments and types), isinstance(x, type)",
        STATEMENTS,
    )
