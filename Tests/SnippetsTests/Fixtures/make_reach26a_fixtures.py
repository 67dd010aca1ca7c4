#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-26 corpora (the official Python
tutorial, the sorting and functional-programming HOWTOs) showed docbuild printing otherwise: the REPL's `_`, the last
value an expression statement echoed (docbuild raised NameError), which a global `_` hides and a class body's
expressions do not set; a list iterator's `send` (docbuild answered it as a generator's and raised StopIteration, where
CPython's list_iterator has no such attribute); a `try` whose body raised `SystemError` (a builtin docbuild lacked:
its refusal was caught by `except Exception` and the handler printed NameError); ConnectionError, PermissionError and
TimeoutError, which docbuild lacked; string.Template and operator.concat (refused before); lru_cache's cache_info (docbuild raised AttributeError) and
its keys (a lone int or str argument is its own key, so f(1) and f(1.0) are two entries: docbuild returned f(1)'s
value for f(1.0)); too many positional arguments given beside keyword-only ones
(CPython names them: "but 4 positional arguments (and 1 keyword-only argument) were given", and reports a keyword's
error first; docbuild did neither); `d.__getitem__` as a sort key (refused before); the args of the KeyError of a missing key (refused before); str.format's rule that empty and numbered fields do
not mix, a field named `-1` (a keyword, where docbuild read the last argument), format_map's positional fields.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach26a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/170-reach26a-repl-underscore-and-iterator-send.txt` and
`171-reach26a-string-templates-and-concat.txt` and `172-reach26a-call-errors-and-dict-getitem.txt`; rerunning gives
identical bytes.
"""

import builtins
import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"

UNDERSCORE = [
    "_",
    "del _",
    "1 + 1",
    "_",
    "_ * 10",
    "_ + 1",
    "x = 5",
    "_",
    "print('printed')",
    "None",
    "_",
    "[1, 2]",
    "_.append(3)",
    "_",
    "def f():\n    return _",
    "f()",
    "for i in range(3):\n    i * 2",
    "_",
    "if True:\n    'yes'",
    "_",
    "class A:\n    7",
    "_",
    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'",
    "_",
    "_ = 'mine'",
    "3",
    "_",
    "del _",
    "_",
    "[_ for _ in range(2)]",
    "_",
    "tax = 12.5 / 100",
    "price = 100.50",
    "price * tax",
    "price + _",
    "round(_, 2)",
    "class Bad:\n    def __repr__(self):\n        raise ValueError('no repr')",
    "Bad()",
    "_ is None",
    "del _",
    "for _ in range(4):\n    pass",
    "_",
    "'echo'",
    "_",
]

SEND = [
    "it = iter([1, 2])",
    "next(it)",
    "it.send(None)",
    "it.send(8)",
    "hasattr(it, 'send'), hasattr(it, 'close'), hasattr(it, 'throw')",
    "next(it)",
    "it.send(8)",
    "def counter():\n    yield 1\n    yield 2",
    "gen = counter()",
    "gen.send(None), hasattr(gen, 'send'), hasattr(gen, 'close')",
    "next(gen)",
    "gen.send(None)",
    "iter('ab').send(None)",
    "iter((1,)).close()",
    "enumerate([]).send",
]

EXCEPTIONS = [
    "def f():\n    excs = [OSError('error 1'), SystemError('error 2')]\n    raise excs[1]",
    "f()",
    "try:\n    f()\nexcept Exception as e:\n    print(f'caught {type(e)}: {e!r}')",
    "issubclass(SystemError, Exception), SystemError.__mro__",
    "SystemError('a', 2).args",
    "def func():\n    raise ConnectionError",
    "try:\n    func()\nexcept ConnectionError as exc:\n    raise RuntimeError('Failed to open database') from exc",
    "try:\n    func()\nexcept OSError as exc:\n    print(repr(exc), exc.args, isinstance(exc, OSError))",
    "str(ConnectionError('no')), repr(PermissionError('denied')), TimeoutError('late').args",
    "ConnectionError.__mro__",
    "issubclass(PermissionError, OSError), issubclass(TimeoutError, Exception), OSError('one').args",
]

TEMPLATES = [
    "from string import Template",
    "t = Template('${village}folk send $$10 to $cause.')",
    "t.substitute(village='Nottingham', cause='the ditch fund')",
    "t = Template('Return the $item to $owner.')",
    "d = dict(item='unladen swallow')",
    "t.substitute(d)",
    "t.safe_substitute(d)",
    "t.substitute(d, owner='me', item=3)",
    "t.template, t.is_valid(), t.get_identifiers()",
    "Template('Give $10 to $who').substitute(who=1)",
    "Template('line one\\nline $ two').substitute()",
    "Template('$').safe_substitute(), Template('$$$').safe_substitute(), Template('${a').safe_substitute(a=1)",
    "Template('${}').substitute()",
    "Template('${a}b $a_1 $é').safe_substitute(a=[1], a_1=None)",
    "Template('$a $b $a ${c} $$d $').get_identifiers(), Template('$$ $1').is_valid()",
    "Template('x').substitute({}, {})",
    "Template('$x').substitute({'x': 1}, x=2), Template('$mapping').substitute(mapping=5)",
    "class BatchRename(Template):\n    delimiter = '%'",
    "fmt = BatchRename('Ashley_%n%f %% %{n}')",
    "fmt.substitute(d=1, n=7, f='.jpg')",
    "fmt.safe_substitute(n=2), BatchRename('5%').safe_substitute(), fmt.delimiter, Template.delimiter",
    "import string",
    "string.Template('$who likes $what').substitute(who='tim', what='kung pao')",
    "isinstance(fmt, string.Template), type(t).__name__",
]

CONCAT = [
    "import functools, operator",
    "functools.reduce(operator.concat, ['A', 'BB', 'C'])",
    "functools.reduce(operator.concat, [])",
    "operator.concat([1], [2, 3]), operator.concat((1,), ()), operator.concat(b'a', b'b')",
    "operator.concat(1, 2)",
    "operator.concat('a', [1])",
    "operator.concat([1], 'a')",
    "operator.concat({}, [])",
    "operator.concat(None, 'x')",
    "operator.concat((1,), [2])",
]

CALLS = [
    "def f(pos1, pos2, /, pos_or_kwd, *, kwd1, kwd2):\n    return pos1 + pos2 + pos_or_kwd + kwd1 + kwd2",
    "f(1, 2, 3, 4, kwd2=5)",
    "f(1, 2, 3, 4, kwd1=1, kwd2=5)",
    "f(1, 2, 3, 4)",
    "f(1, 2, 3, 4, pos_or_kwd=5)",
    "f(1, 2, 3, 4, zzz=5)",
    "def g(a, b=1, *, c=2):\n    return a",
    "g(1, 2, 3, c=4)",
    "g(1, 2, 3)",
    "g(1, 2, 3, a=5)",
    "def h(x, *, k):\n    return x",
    "h(1, 2, k=3)",
    "h(1, 2)",
    "def one(*, k):\n    return k",
    "one(1, k=2)",
    "one(1)",
    "class A:\n    def m(self, *, k=0):\n        return k",
    "A().m(1, k=2)",
    "A().m(1)",
    "(lambda a, *, b: 0)(1, 2, b=3)",
    "students = ['dave', 'john', 'jane']",
    "newgrades = {'john': 'F', 'jane': 'A', 'dave': 'C'}",
    "sorted(students, key=newgrades.__getitem__)",
    "newgrades.__getitem__('jane'), list(map(newgrades.__getitem__, ['dave']))",
    "newgrades.__getitem__('zed')",
    "newgrades.__getitem__()",
    "newgrades.__getitem__('a', 'b')",
    "newgrades.__getitem__([])",
    "newgrades.__getitem__(k=1)",
    "class MyError(Exception):\n    pass",
    "e = MyError('oops')",
    "e.args, str(e), repr(e)",
    "e.__notes__",
    "e.errno",
    "def caught(action):\n    try:\n        action()\n    except LookupError as error:\n        print(repr(error), error.args, str(error), error.args[0] is not None)",
    "caught(lambda: {}['k'])",
    "caught(lambda: {'a': 1}[(1, 'b')])",
    "caught(lambda: {}.pop(3))",
    "caught(lambda: {2, 3}.remove(frozenset({1})))",
    "caught(lambda: '%(who)s' % {'what': 1})",
    "d = {}",
    "try:\n    del d[2.5]\nexcept KeyError as error:\n    print(error.args, error)",
    "try:\n    d['x']\nexcept KeyError as error:\n    raise",
    "try:\n    d['y']\nexcept KeyError as error:\n    raise ValueError(*error.args)",
]

FORMAT_FIELDS = [
    "'{0} {}'.format(1, 2)",
    "'{} {0}'.format(1, 2)",
    "'{0:{}}'.format('a', 3)",
    "'{:{}}'.format('a', 3), '{a} {}'.format(1, a='A'), '{} {a} {}'.format(1, 2, a='A')",
    "'{0}{a}{}'.format(1, a='A')",
    "'{5:{}}'.format(1)",
    "'{-1}'.format(5)",
    "'{+1}'.format(5)",
    "'{00}{01}'.format(1, 2), '{٣}'.format(1, 2, 3, 4), '{0[1]}{0[0]}'.format('ab')",
    "'{0[-1]}'.format([1, 2])",
    "'{0[-1]}'.format({'-1': 'minus one'}), '{x[+1]}'.format(x={'+1': 'plus'})",
    "'{}'.format_map({})",
    "'{0}'.format_map({'0': 1})",
    "'{a}-{b}'.format_map({'a': 1, 'b': 2})",
    "'{a}'.format_map({})",
    "'{!r:>6}|{!s:<4}|'.format('x', 'y'), '{0!r}{0}'.format('z')",
    "'{0!x}'.format(1)",
]

CACHES = [
    "import functools",
    "@functools.lru_cache(maxsize=None)\ndef fibc(n):\n    return n if n < 2 else fibc(n - 1) + fibc(n - 2)",
    "fibc(80), fibc.cache_info()",
    "info = fibc.cache_info()",
    "info.hits, info.currsize, info == (78, 81, None, 81), len(info), type(info).__name__",
    "fibc.cache_parameters()",
    "fibc.cache_clear()",
    "fibc.cache_info()",
    "@functools.lru_cache(maxsize=2)\ndef f(x):\n    return x",
    "f(1), f(2), f(1), f(3), f(2), f.cache_info()",
    "@functools.cache\ndef h(x):\n    return x",
    "h(1), h(1.0), h(True), h('a'), h(1), h.cache_info()",
    "h(1.5), h(True), h.cache_info()",
    "@functools.lru_cache(maxsize=-3)\ndef g(x, y=0):\n    return x + y",
    "g(1), g(1), g(1, y=2), g(1, y=2), g.cache_info(), g.cache_parameters()",
]

if __name__ == "__main__":
    # The REPL's `_` lives in builtins: a fixture starts, as a chapter does, with none.
    builtins.__dict__.pop("_", None)
    write_numpy_fixture(
        FOLDER / "170-reach26a-repl-underscore-and-iterator-send.txt",
        "make_reach26a_fixtures.py",
        "the REPL's _ (hidden by a global _, not set by a class body), a list iterator's missing send, SystemError, "
        "ConnectionError",
        UNDERSCORE + SEND + EXCEPTIONS,
    )
    write_numpy_fixture(
        FOLDER / "171-reach26a-string-templates-and-concat.txt",
        "make_reach26a_fixtures.py",
        "string.Template's substitutions, errors and delimiter subclasses; operator.concat; lru_cache's cache_info",
        TEMPLATES + CONCAT + CACHES,
    )
    write_numpy_fixture(
        FOLDER / "172-reach26a-call-errors-and-dict-getitem.txt",
        "make_reach26a_fixtures.py",
        "too many positional arguments beside keyword-only ones, dict.__getitem__ as a key function, KeyError args, "
        "str.format's field numbering",
        CALLS + FORMAT_FIELDS,
    )
