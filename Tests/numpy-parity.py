#!/usr/bin/env python3
"""Checks the book's tensor snippets against real NumPy: `python3 Tests/numpy-parity.py [--fix] [--verbose] [FILES]`.

Run by hand where Python, NumPy 2.4.6 and HIPS autograd (`pip install autograd`) exist; CI has no Python, so
docbuild's own `check` is what CI runs. This script is the independent half: it extracts every ```tensor block
from content/*.md, README.md and the manual (docs/*.md), runs each chapter's blocks in document order in one namespace (`fresh` starts a
new one) with Tests/numpy_reference.py — real NumPy values, and `grad`/`numgrad`/`gradients` computed by HIPS
autograd and central differences on a replay of the recorded computation — and confirms that

* in a transcript, every statement prints exactly its expected text (REPL echo `repr`, `print` output, or the
  `ExcType: message` error line; trailing spaces and trailing blank lines ignored, a `Traceback` line skipped);
* a script block runs without error, and an `error` block raises;
* every `assert` claim holds and every `gradients(...)` row agrees with finite differences;
* nothing outside the snippet language is used.

A statement runs in the reference interpreter when it stays inside the NumPy subset that interpreter knows (so
`grad(y, x)` and `gradients(...)` can replay it); anything else — `def`, loops, f-strings, `import autograd.numpy`,
autograd's `grad(f, argnum)`, `np.random.default_rng` — runs in CPython itself (`exec` in REPL mode, so expression
statements echo as in docbuild), with real NumPy and HIPS autograd, in a namespace shared with the reference.

It prints one line per problem, then `parity: N blocks, M statements, K mismatches`, and exits 1 on any mismatch.
`--fix` rewrites transcripts' expected outputs to what NumPy prints (like `docbuild fix`), touching nothing else.
"""

import ast
import builtins
import contextlib
import io
import os
import pathlib
import re
import sys
import tempfile
import types
import warnings

import autograd
import matplotlib
import numpy as np

matplotlib.use("Agg")  # figures are drawn off screen; docbuild's own SVG is what the page shows

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from numpy_reference import (  # noqa: E402
    GradientCheckError,
    NumpyNamespace,
    SnippetInterpreter,
    SnippetLanguageError,
    StatementOutcome,
    error_line,
    statement_sources,
)

ROOT = pathlib.Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
TRACEBACK = "Traceback (most recent call last):"


class ChapterInterpreter(SnippetInterpreter):
    """The reference interpreter, with CPython running whatever lies outside its NumPy subset."""

    def __init__(self):
        super().__init__()
        self.python = {"__builtins__": __builtins__, "np": np}
        self.python.update(grad=self.grad, numgrad=self.autodiff.numgrad, gradients=self.gradients,
                           broadcast_diagram=self.broadcast_diagram)
        self.helpers = {id(value) for value in self.python.values()}
        self.in_script = False

    def grad(self, first, *arguments, **keywords):
        """autograd's `grad(f, argnum)` for a function, docbuild's `grad(y, x)` (replayed from the tape) for a value."""
        if callable(first):
            return autograd.grad(first, *arguments, **keywords)
        return self.autodiff.grad(first, *arguments, **keywords)

    def gradients(self, output, *sources):
        self.last_gradient_rows = self.autodiff.gradients(["?"] * len(sources), output, *sources)

    @staticmethod
    def broadcast_diagram(*arguments):
        np.broadcast_shapes(*[np.shape(a) if isinstance(a, (np.ndarray, np.floating)) else a for a in arguments])

    def run_in_python(self, node):
        """Runs one statement in CPython, sharing names with the reference; returns what it printed."""
        for name, value in self.variables.items():
            if not isinstance(value, NumpyNamespace) and not (isinstance(value, tuple) and value[:1] == ("builtin",)):
                self.python[name] = value
        printed = io.StringIO()
        code = compile(ast.Interactive(body=[node]), "<snippet>", "single")
        try:
            with contextlib.redirect_stdout(printed), warnings.catch_warnings(), echoing(self.in_script):
                warnings.simplefilter("ignore")  # Agg's "cannot be shown" on plt.show(), on stderr anyway
                exec(code, self.python)
        finally:
            for name, value in self.python.items():
                if name != "__builtins__" and not isinstance(value, types.ModuleType) and id(value) not in self.helpers:
                    self.variables[name] = value
            self.output = [printed.getvalue()]
        return printed.getvalue()


@contextlib.contextmanager
def echoing(in_script):
    """The REPL's echo, except that a script echoes no matplotlib object (`plt.plot(...)` returns a list of lines whose
    repr holds a memory address), as docbuild's scripts do not."""
    def matplotlib_object(value):
        items = value if isinstance(value, (list, tuple)) and value else [value]
        return all(type(item).__module__.startswith("matplotlib") for item in items)

    def hook(value):
        if value is None or (in_script and matplotlib_object(value)):
            return
        builtins._ = value
        print(repr(value))

    saved = sys.displayhook
    sys.displayhook = hook
    try:
        yield
    finally:
        sys.displayhook = saved


def run_source(interpreter, source):
    """Runs one statement's source: each statement in the reference when it can, otherwise in CPython."""
    try:
        module = ast.parse(source, mode="exec")
    except SyntaxError as error:
        return StatementOutcome(f"SyntaxError: {error.msg}", error)
    printed = []
    for node in module.body:
        random_state = np.random.get_state()
        try:
            try:
                printed.append(interpreter.run_statement(node, source))
            except (SnippetLanguageError, NameError) as error:
                # Outside the reference's subset (a construct, a Python builtin it lacks, or a module such as `plt`
                # that only CPython holds): undo the legacy generator's draws and let CPython run it. A NameError for
                # a name nobody defined is the snippet's.
                missing = re.fullmatch(r"name '(\w+)' is not defined", str(error))
                known = missing and (hasattr(builtins, missing.group(1)) or missing.group(1) in interpreter.python)
                if isinstance(error, NameError) and not known:
                    raise
                np.random.set_state(random_state)
                printed.append(interpreter.run_in_python(node))
        except GradientCheckError as error:
            return StatementOutcome("".join(printed) + f"{type(error).__name__}: {error}", error)
        except Exception as error:  # the snippet's own error: show it as Python's last traceback line
            partial = "".join(printed) + "".join(interpreter.output)
            return StatementOutcome(partial + error_line(error), error)
    return StatementOutcome("".join(printed))


class Block:
    """One ```tensor block: its lines, options, and the file line of its first content line (1-based)."""

    def __init__(self, path, first_line, lines, options, start_index, end_index):
        self.path = path
        self.first_line = first_line
        self.lines = lines
        self.options = options
        self.start_index = start_index  # index of the first content line in the file's line list
        self.end_index = end_index  # index one past the last content line

    @property
    def is_transcript(self):
        return any(line.startswith(">>>") for line in self.lines)


def tensor_blocks(path, text):
    """Every fenced block whose info string starts with the word `tensor`, honouring fence length and indent."""
    lines = text.split("\n")
    blocks = []
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match or (match.group(2)[0] == "`" and "`" in match.group(3)):
            index += 1
            continue
        indent, fence, info = len(match.group(1)), match.group(2), match.group(3).strip()
        closing = index + 1
        while closing < len(lines):
            end = FENCE.match(lines[closing])
            if end and end.group(2)[0] == fence[0] and len(end.group(2)) >= len(fence) and not end.group(3).strip():
                break
            closing += 1
        words = info.split()
        if words and words[0] == "tensor":
            content = [strip_indent(line, indent) for line in lines[index + 1 : closing]]
            blocks.append(Block(path, index + 2, content, set(words[1:]), index + 1, closing))
        index = closing + 1
    return blocks


def strip_indent(line, indent):
    removable = len(line) - len(line.lstrip(" "))
    return line[min(indent, removable) :]


def normalise(text):
    """Trailing spaces and trailing blank lines are not compared; a Traceback header before the error line is skipped."""
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    if TRACEBACK in lines:
        at = lines.index(TRACEBACK)
        lines = lines[:at] + lines[-1:]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def transcript_statements(block):
    """(source, first line offset, expected lines) per `>>> ` statement of a transcript block."""
    statements = []
    current = None
    for offset, line in enumerate(block.lines):
        if line.startswith(">>> ") or line == ">>>":
            current = {"code": [line[4:]], "offset": offset, "expected": []}
            statements.append(current)
        elif current is not None and not current["expected"] and (line.startswith("... ") or line == "..."):
            current["code"].append(line[4:])
        elif current is not None:
            current["expected"].append(line)
    return statements


class Checker:
    def __init__(self, fix, verbose):
        self.fix = fix
        self.verbose = verbose
        self.blocks = 0
        self.statements = 0
        self.mismatches = 0
        self.claims = 0
        self.tables = 0
        self.script_outputs = {}

    def report(self, block, offset, message, details=()):
        self.mismatches += 1
        print(f"{os.path.relpath(block.path)}:{block.first_line + offset}: mismatch: {message}")
        for detail in details:
            print(f"    {detail}")

    def count(self, source):
        stripped = source.lstrip()
        if stripped.startswith("assert"):
            self.claims += 1
        if stripped.startswith("gradients("):
            self.tables += 1

    def run_chapter(self, path):
        text = path.read_text(encoding="utf-8")
        interpreter = ChapterInterpreter()
        rewritten = {}
        for ordinal, block in enumerate(tensor_blocks(path, text)):
            block.ordinal = ordinal
            self.blocks += 1
            if "fresh" in block.options:
                interpreter = ChapterInterpreter()
            # `checks=eq-a,eq-b` binds the block's claims to equations: a page matter, nothing to run.
            runnable = {option for option in block.options if not option.startswith("checks=")}
            unknown = runnable - {"hide", "error", "fresh"}
            if unknown:
                self.report(block, 0, f"unknown options {sorted(unknown)}")
            if block.is_transcript:
                new_lines = self.run_transcript(block, interpreter)
                if new_lines is not None:
                    rewritten[block.start_index] = (block.end_index, new_lines)
            else:
                self.run_script(block, interpreter)
        if self.fix and rewritten:
            lines = text.split("\n")
            for start in sorted(rewritten, reverse=True):
                end, new_lines = rewritten[start]
                lines[start:end] = new_lines
            path.write_text("\n".join(lines), encoding="utf-8")
            print(f"{os.path.relpath(path)}: rewrote {len(rewritten)} transcript(s)")

    def run_transcript(self, block, interpreter):
        """Compares each statement's output; returns the block's lines with fixed outputs when --fix changes them."""
        raised = False
        changed = False
        new_lines = []
        for statement in transcript_statements(block):
            self.statements += 1
            source = "\n".join(statement["code"])
            self.count(source)
            outcome = run_source(interpreter, source)
            raised = raised or outcome.error is not None
            actual = normalise(outcome.text)
            expected = normalise("\n".join(statement["expected"]))
            if actual != expected:
                changed = True
                if not self.fix:
                    self.report(block, statement["offset"], f"`{source.splitlines()[0]}`",
                                ["expected:"] + ["  " + line for line in expected.split("\n")]
                                + ["actual:"] + ["  " + line for line in actual.split("\n")])
            if self.always_wrong(source, outcome):
                self.report(block, statement["offset"], f"`{source.splitlines()[0]}`: {outcome.text.splitlines()[-1]}")
            new_lines += [(">>> " if index == 0 else "... ") + line for index, line in enumerate(statement["code"])]
            new_lines += actual.split("\n") if actual else []
            if self.verbose:
                print(f">>> {source}\n{outcome.text}", end="" if outcome.text.endswith("\n") else "\n")
                self.show_table(source, interpreter)
        if "error" in block.options and not raised:
            self.report(block, 0, "an `error` block did not raise")
        leading = block.lines[: transcript_statements(block)[0]["offset"]]
        return leading + new_lines if changed and self.fix else None

    @staticmethod
    def always_wrong(source, outcome):
        """A failed claim, a failed gradient check or a construct outside SPEC §3 is wrong even when written as expected."""
        if isinstance(outcome.error, (SnippetLanguageError, GradientCheckError)):
            return True
        return isinstance(outcome.error, AssertionError) and source.lstrip().startswith("assert")

    @staticmethod
    def show_table(source, interpreter):
        """--verbose: the reference's gradient table (name, shape, summed axes, max |autodiff - finite differences|)."""
        if not source.lstrip().startswith("gradients(") or not getattr(interpreter, "last_gradient_rows", None):
            return
        for name, shape, axes, values, difference in interpreter.last_gradient_rows:
            summed = f"summed over axes {axes}" if axes else "not summed"
            print(f"  | {name} | {shape} | {summed} | {' '.join(values.split())} | {difference:.1e} |")
        interpreter.last_gradient_rows = None

    def run_script(self, block, interpreter):
        interpreter.in_script = True
        try:
            self.run_script_statements(block, interpreter)
        finally:
            interpreter.in_script = False

    def run_script_statements(self, block, interpreter):
        source = "\n".join(block.lines)
        try:
            pieces = statement_sources(source)
        except SyntaxError as error:
            self.report(block, (error.lineno or 1) - 1, f"SyntaxError: {error.msg}")
            return
        printed = []
        for text, offset in pieces:
            self.statements += 1
            self.count(text)
            outcome = run_source(interpreter, text)
            if outcome.error is None and outcome.text.rstrip("\n"):
                printed.append(outcome.text.rstrip("\n"))
            if self.verbose:
                print(f"{text}\n{outcome.text}", end="" if outcome.text.endswith("\n") else "\n")
                self.show_table(text, interpreter)
            if outcome.error is not None:
                if "error" in block.options:
                    return
                self.report(block, offset, f"`{text.splitlines()[0]}` raised {outcome.text.splitlines()[-1]}")
                return
        if "error" in block.options:
            self.report(block, 0, "an `error` block did not raise")
        elif printed and "hide" not in block.options:
            key = f"{os.path.relpath(block.path, ROOT)} #{block.ordinal}: {block.lines[0]}"
            self.script_outputs[key] = "\n".join(printed)

    def check_script_outputs(self, only_files):
        """Compares what content/'s script blocks printed with SCRIPT_OUTPUTS (rewritten with --fix), which docbuild's
        ShippedBookScriptOutputTests compare with what docbuild prints: together, the two outputs are identical."""
        text = "".join(f"== {key}\n{output}\n" for key, output in self.script_outputs.items()
                       if key.startswith("content/"))
        text = SCRIPT_OUTPUTS_HEADER + text
        if self.fix and not only_files:
            SCRIPT_OUTPUTS.write_text(text, encoding="utf-8")
            return
        committed = SCRIPT_OUTPUTS.read_text(encoding="utf-8") if SCRIPT_OUTPUTS.exists() else ""
        expected = dict(re.findall(r"^== (.+)\n((?:(?!== ).*\n)*)", committed, re.M))
        for key, output in self.script_outputs.items():
            if key.startswith("content/") and expected.get(key, "").rstrip("\n") != output:
                self.mismatches += 1
                print(f"{key}: mismatch: script output differs from {os.path.relpath(SCRIPT_OUTPUTS, ROOT)} "
                      "(python3 Tests/numpy-parity.py --fix rewrites it)")
        if not only_files and text != committed:
            self.mismatches += 1
            print(f"{os.path.relpath(SCRIPT_OUTPUTS, ROOT)}: mismatch: out of date (python3 Tests/numpy-parity.py --fix)")


SCRIPT_OUTPUTS = ROOT / "Tests" / "PipelineTests" / "Fixtures" / "script-outputs.txt"
SCRIPT_OUTPUTS_HEADER = (
    "# What every printing script block of content/ prints in CPython with NumPy and autograd, per block: its file,\n"
    "# its index among the file's tensor blocks and its first line. Written by `python3 Tests/numpy-parity.py --fix`;\n"
    "# ShippedBookScriptOutputTests checks that docbuild prints the same.\n"
)


def main(arguments):
    fix = "--fix" in arguments
    verbose = "--verbose" in arguments
    files = [pathlib.Path(argument).resolve() for argument in arguments if not argument.startswith("--")]
    if not files:
        files = sorted((ROOT / "content").glob("*.md")) + [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
    checker = Checker(fix, verbose)
    for path in files:
        if path.exists():
            # A chapter's files (np.save, open) start empty and never reach the repository: each runs in a new folder.
            start = os.getcwd()
            with tempfile.TemporaryDirectory() as place:
                os.chdir(place)
                try:
                    checker.run_chapter(path)
                finally:
                    os.chdir(start)
    checker.check_script_outputs(only_files=any(not argument.startswith("--") for argument in arguments))
    print(
        f"parity: {checker.blocks} blocks, {checker.statements} statements, {checker.claims} claims, "
        f"{checker.tables} gradient tables, {checker.mismatches} mismatches"
    )
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
