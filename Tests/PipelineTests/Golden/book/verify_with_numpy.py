"""Checks the test book's transcripts against real NumPy, so the expected outputs are NumPy's, not docbuild's.

Run from anywhere: python3 Tests/PipelineTests/Golden/book/verify_with_numpy.py [content folders...]
Transcript blocks run as doctests; script blocks run with exec; blocks using grad/numgrad/gradients are skipped
(docbuild checks those against finite differences itself). A `fresh` block starts a new namespace.
"""
import doctest
import pathlib
import re
import sys

import numpy as np

FENCE = re.compile(r"^```tensor([^\n]*)\n(.*?)^```", re.S | re.M)


def check(path):
    text = path.read_text()
    namespace = {"np": np}
    failures = 0
    for match in FENCE.finditer(text):
        options, code = match.group(1).split(), match.group(2)
        if "fresh" in options:
            namespace = {"np": np}
        if re.search(r"\b(grad|numgrad|gradients)\(", code):
            continue
        if ">>> " in code:
            test = doctest.DocTestParser().get_doctest(code, namespace, path.name, str(path), 0)
            runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE * 0)
            runner.run(test, clear_globs=False)
            failures += runner.failures
        else:
            exec(code, namespace)
    return failures


here = pathlib.Path(__file__).parent
folders = [pathlib.Path(p) for p in sys.argv[1:]] or [here / "content", here.parent / "fix"]
total = sum(check(p) for folder in folders for p in sorted(folder.glob("*.md")))
print("all transcripts match NumPy" if total == 0 else f"{total} transcript lines differ from NumPy")
sys.exit(1 if total else 0)
