#!/usr/bin/env python3
"""Writes the interpreter's Python-semantics transcripts from real Python and NumPy.

Run: `python3 Tests/SnippetsTests/Fixtures/make_interpreter_fixtures.py` (Python 3.11+, numpy 2.x). It rewrites
every file in `interpreter/`; rerunning gives identical bytes. CI has no Python, so the files are committed.

These complement the book helper's `transcripts/` (NumPy printing, broadcasting, random numbers, gradients) with the
Python half of the language: Python numbers and containers, REPL echo, `print`, chained comparisons, indexing of
tuples and strings, unpacking, builtins and their exceptions. Each statement runs in one namespace per file, which
holds `np` and, because the language makes the `np.` prefix optional, NumPy's functions under their plain names,
except where Python has a builtin of that name (`abs`, `sum`, `max`, `min`, …): a snippet is valid Python, so a bare
`max(1, 2)` means Python's `max`, exactly as when the snippet is pasted into Python after `import numpy as np`.
The output of a statement is what the REPL shows: the repr of an expression's value unless it is None, what `print`
wrote, or the exception's last traceback line `ExcType: message` (class name only).
"""

import builtins
import contextlib
import io
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "interpreter"

THEMES = {
    "01-python-numbers": [
        "1 + 2", "7 / 2", "-7 / 2", "2 ** 10", "2 ** -1", "-2 ** 2", "(-2) ** 2", "2 ** 3 ** 2", "1 - 2 - 3",
        "2 * 3 + 4 * 5", "True + True", "-True", "+True", "1.5 * 2", "0.1 + 0.2", "1e16", "1e-5", "1e22", "123456.789",
        "1 / 3", "2 ** 0.5", "10 / 4", "1 / 0", "1.0 / 0", "0 ** -1", "9223372036854775807", "-9223372036854775807",
        "1_000_000", "0x1f", "0o17", "0b101", ".5", "1.", "3 == 3.0", "1 < 2 < 3", "3 > 2 > 2", "1 < 2 > 0",
        "1 != 1.0", "2 <= 2", "float(3)", "float('2.5')", "float('inf')", "float('abc')", "int(3.9)", "int(-3.9)",
        "int('42')", "int('3.5')", "int(True)", "float(True)",
    ],
    "02-python-containers": [
        "(1, 2.5, 'a', None, True)", "[1, [2, 3], (4,)]", "()", "(1,)", "[]", "'it\\'s'", "\"say \\\"hi\\\"\"",
        "'a\\nb'", "'tab\\there'", "'ab' + 'cd'", "'ab' * 3", "[1, 2] + [3]", "(1, 2) + (3,)", "[0] * 3", "3 * (1,)",
        "'a' + 1", "[1] + (2,)", "(1, 2) == (1, 2)", "[1, 2] == [1, 2]", "(1, 2) < (1, 3)", "'a' < 'b'",
        "'a' < 1", "None == None", "t = (10, 20, 30, 40)", "t[0]", "t[-1]", "t[1:3]", "t[::-1]", "t[::2]",
        "t[10]", "t[-10:10]", "t[1.5]", "s = 'hello'", "s[1]", "s[1:4]", "s[::-1]", "s[9]", "len(t)", "len(s)",
        "len([1, 2])", "len(5)", "a, b = 1, 2", "a, b", "(c, d) = [3, 4]", "c + d", "x, y = (1, 2, 3)",
        "x, y, z = (1, 2)", "p = q = 5", "p + q", "e, f = 'ab'", "e", "n, = (7,)", "n",
    ],
    "03-printing-and-echo": [
        "print(1, 2, 3)", "print('a', 'b', sep='-')", "print('no newline', end='!\\n')", "print()",
        "print(None)", "print('x', None, 1.5, (1, 2))", "print([1, 'a'])", "print('a\\nb')", "None",
        "print(np.ones(2), np.zeros(2))", "print(np.float64(2.5), np.int64(3), np.float64)", "np.float64",
        "np.ones(2).dtype", "print(np.ones(2).dtype)", "np.pi", "np.e", "np.inf", "-np.inf", "np.nan",
        "np.newaxis", "print(np.newaxis)", "print(1, foo=2)", "x = 3", "x", "print(x)", "x = None", "x",
    ],
    "04-names-and-errors": [
        "undefined_name", "np.foo", "np.ones(3).foo", "(1).foo", "np.sum(np.ones(3), foo=1)", "np.ones()",
        "np.ones(3)(1)", "5(1)", "None + 1", "np.ones(3)[1.5]", "np.ones(3)[5]", "np.ones((2, 3))[0, 5]",
        "np.ones(3)[::0]", "len(np.array(1))", "len(np.float64(1))", "float(np.array([1.0, 2.0]))",
        "int(np.array([1.0, 2.0]))", "np.array([1, 2]).item()", "np.int64(2) ** -1", "np.ones(2) < np.ones(2) < np.ones(2)",
        "assert np.ones(2) > 0", "assert False", "assert 1 == 2, 'one is not two'", "assert True", "assert 3",
        "assert np.float64(0.5)", "assert np.array([1.0])", "assert np.zeros(0).size == 0", "np.ones((2, 3)) @ np.ones(2)",
        "np.ones(3).reshape(2, 2)", "np.sum(np.ones(3), axis=1)",
        "np.ones(3).astype('float64')",
    ],
    "05-prefix-optional-and-conversions": [
        "ones(2) + zeros(2)", "sum(arange(4))", "max(array([3, 1, 2]))", "abs(array([-1.5, 2.0]))",
        "exp(0)", "sqrt(4)", "log(1.0)", "tanh(0.0)", "square(3)", "maximum(2, 3)", "minimum(2.0, 3)",
        "np.float64(3)", "np.float64([1, 2])", "np.int64(2.5)", "np.int64(7) * 2.5", "np.float64(3) + 1",
        "3 + np.float64(2)", "np.int64(2) + 3", "float(np.float64(2.5))", "int(np.int64(4))", "float(np.array(2.0))",
        "np.array([1, 2]) @ [3, 4]", "[1, 2] + np.array([3, 4])", "(1, 2) * np.array([2, 2])",
        "np.ones(2).shape == (2,)", "np.ones((2, 3)).shape[1]", "np.ones(2).dtype == np.float64",
        "np.array(5).ndim", "np.ones((2, 3)).size", "np.array([1.5, 2.5]).sum().item()",
        "np.array([[1, 2], [3, 4]]).T.flatten()", "np.arange(6).reshape((2, 3)).transpose()",
        "np.arange(6).reshape(3, -1)", "np.eye(2, dtype=int)", "np.zeros(3, dtype=np.int64)",
        "np.ones(2, dtype=bool)", "np.arange(3).astype(np.float64)", "np.arange(3).astype(float)",
        "np.full((2, 2), 7)", "np.linspace(0, 1, 5)", "np.broadcast_shapes((2, 1), (3,))",
    ],
    "06-python-builtins-beside-numpy": [
        "abs(-3)", "abs(-2.5)", "abs(True)", "abs(np.array([-1, 2]))", "abs(np.float64(-0.5))", "abs('a')",
        "max(1, 2.5)", "max(2, 1)", "min(3, 1, 2)", "max([3, 1, 2])", "min((3.5, 1.5))", "max('abc')",
        "max(np.array([1.0, 3.0]))", "min(np.array([[1, 2], [3, 0]]).sum(axis=1))", "max(np.ones(2), np.zeros(2))",
        "max([])", "max(3)", "max(np.ones(2), 1)", "max(1, 2, key=None)", "max(np.ones(3), axis=0)",
        "sum([1, 2, 3])", "sum([0.5, 0.25], 1)", "sum((1, 2.5))", "sum([])", "sum(np.arange(4))",
        "sum(np.arange(4.0) * 0.1)", "sum(np.ones((2, 3)))", "sum(['a', 'b'])", "sum(3)", "sum([1, 2], start=10)",
        "sum([[1], [2]], [])", "np.sum([1, 2, 3])", "np.max([1, 5, 2])", "np.abs(-3)",
    ],
}

# Statements of the wider language (issue 9). Each runs as the REPL runs what you type: compiled in "single" mode,
# so an expression statement anywhere outside a function echoes its value. A statement with several lines is
# written with `... ` continuation lines and, after a compound statement, a bare `...` line, as the REPL shows it.
LANGUAGE_THEMES = {
    "07-ints-and-operators": [
        "2 ** 70", "2 ** 63", "-2 ** 63", "2 ** 64 - 1", "9223372036854775807 + 1", "-9223372036854775808 - 1",
        "(2 ** 63) * (2 ** 63)", "3 ** 100", "-(3 ** 41)", "12345678901234567890123", "0xFFFFFFFFFFFFFFFFFF",
        "2 ** 100 // 3", "2 ** 100 % 7", "-(2 ** 100) // 3", "-(2 ** 100) % 3", "2 ** 100 // -3", "(2 ** 100) / 3",
        "(2 ** 100) / (2 ** 99)", "2 ** 1000 / 2 ** 999", "10 ** 30 / 7", "1 / 10 ** 30", "2 ** 64 == 2.0 ** 64",
        "2 ** 53 + 1 == 2.0 ** 53", "2 ** 53 + 1 > 2.0 ** 53", "2 ** 70 > 1e300", "2 ** 70 < float('inf')",
        "2 ** 70 == 2 ** 70", "2 ** 70 != 2 ** 71", "float(2 ** 70)", "float(2 ** 1100)", "2 ** 1100 * 1.0",
        "int(1e30)", "int(-1e20)", "int('123456789012345678901234567890')", "int('-99999999999999999999')",
        "int(' 1_000 ')", "int('1__0')", "abs(-2 ** 70)", "abs(-9223372036854775807 - 1)", "-(-9223372036854775807 - 1)",
        "sum([2 ** 62, 2 ** 62, 2 ** 62])", "max(2 ** 70, 3)", "min(-2 ** 70, 0)", "(2 ** 70) * 0", "0 - 2 ** 64",
        "2 ** 64 + 0.5", "print(2 ** 80)", "print(-2 ** 80, 1)", "10 ** 25",
        "len([1] * 3)", "(-2) ** 63", "(-2) ** 64", "1 ** (2 ** 80)", "0 ** (2 ** 80)", "(-1) ** (2 ** 80 + 1)",
        "2 ** -2", "(2 ** 70) ** -1", "7 // 2", "-7 // 2", "7 // -2", "-7 // -2", "7 % 3", "-7 % 3", "7 % -3",
        "-7 % -3", "0 // 5", "7.5 // 2", "-7.5 // 2", "7.5 % 2", "-7.5 % 2", "7.5 % -2", "1 // 0.1", "1 % 0.1",
        "-0.0 // 1", "0.0 % -1", "5 // 0", "5 % 0", "5.0 // 0", "5.0 % 0", "5 // 0.0", "True // True",
        "True % 2", "10 // 3 * 3 + 10 % 3", "2 * 3 % 4", "2 + 7 // 2", "-7 // 2 ** 2", "'a' // 2", "[1] % 2",
        "1 and 2", "0 and 2", "1 or 2", "0 or 2", "None or 'x'", "'' or []", "[] and 1", "not 0", "not 1", "not []",
        "not 'a'", "not None", "not not 3", "True and False or True", "1 < 2 and 2 < 3", "1 > 2 or 3 > 2",
        "not 1 == 2", "not 1 < 2 < 3", "0 and 1 / 0", "1 or 1 / 0", "x = 5", "x if x > 3 else -x",
        "x if x > 10 else -x", "'big' if 2 ** 70 > 2 ** 69 else 'small'", "1 if True else 2 if False else 3",
        "(1 if False else 2) + 1", "3 in [1, 2, 3]", "4 in [1, 2, 3]", "4 not in [1, 2, 3]", "'b' in 'abc'",
        "'bc' in 'abc'", "'' in 'abc'", "'d' not in 'abc'", "1 in (1.0, 2)", "[1] in [[1], 2]", "2 in np.arange(3)",
        "5 in np.arange(3)", "2.0 in np.array([[1.0, 2.0], [3.0, 4.0]])", "1 in 'abc'", "1 in 5", "None in [None]",
        "x is None", "None is None", "x is not None", "True is True", "(1 < 2) is True", "[] is None",
        "x == 5 and x is not None", "not x is None", "1 < 2 in [True]",
        "n = 10", "n += 5", "n", "n -= 20", "n", "n *= -3", "n", "n //= 4", "n", "n %= 5", "n", "n **= 3", "n",
        "n /= 4", "n", "n += 2 ** 70", "n", "s = 'ab'", "s += 'cd'", "s", "s *= 2", "s", "t = (1,)", "t += (2, 3)",
        "t", "l = [1]", "l += [2]", "l", "b = True", "b += 1", "b", "undefined_total += 1", "n += 'a'",
        "a = np.arange(3)", "c = a", "a += 1", "a", "c", "a *= 2", "c", "a -= np.array([1, 1, 1])", "c",
        "a += 0.5", "a", "f = np.ones(3)", "g = f", "f += np.arange(3)", "g", "f /= 2", "g",
        "f **= 2", "g", "f += np.ones((2, 3))", "f", "f -= True", "g", "m = np.eye(2)",
        "m @= np.array([[1.0, 2.0], [3.0, 4.0]])", "m", "z = np.float64(1.5)", "w = z", "z += 1", "z", "w",
        "i = np.arange(3)", "i /= 2", "i", "bb = np.array([True, False])", "bb += 1", "bb += True", "bb",
        "q = np.zeros(0)", "r = q", "q += 1", "q",
    ],
}


def run(statement, namespace):
    """What the REPL shows for one statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            try:
                code = compile(statement, "<snippet>", "eval")
            except SyntaxError:
                exec(compile(statement, "<snippet>", "exec"), namespace)
            else:
                value = eval(code, namespace)
                if value is not None:
                    print(repr(value))
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def run_single(statement, namespace):
    """What the interactive REPL shows for one (possibly compound) statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(statement + "\n", "<stdin>", "single"), namespace)
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def prompted(statement):
    """The statement as typed at the REPL: `>>> ` then `... ` lines, and a bare `...` ending a compound one."""
    lines = statement.split("\n")
    typed = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if len(lines) > 1 or lines[0].rstrip().endswith(":"):
        typed.append("...")
    return typed


def main():
    OUTPUT_FOLDER.mkdir(exist_ok=True)
    for name, statements in THEMES.items():
        namespace = {"np": np}
        namespace.update(
            {key: getattr(np, key) for key in dir(np) if not key.startswith("_") and not hasattr(builtins, key)}
        )
        lines = [f"# {name}: generated by make_interpreter_fixtures.py from Python and NumPy {np.__version__}."]
        for statement in statements:
            lines.append(">>> " + statement)
            output = run(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
        (OUTPUT_FOLDER / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, statements in LANGUAGE_THEMES.items():
        namespace = {"np": np}
        lines = [f"# {name}: generated by make_interpreter_fixtures.py from Python and NumPy {np.__version__}."]
        for statement in statements:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
        (OUTPUT_FOLDER / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
