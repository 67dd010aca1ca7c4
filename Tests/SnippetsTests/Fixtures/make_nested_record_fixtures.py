#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 prints for the structured fields of record arrays: a record array's field that is itself
structured is a record array (`r.bar`, `r['bar']`, with a `(numpy.record, …)` dtype and its fields as attributes), and
an element's is an `np.record`; a plain structured array's stays an ndarray and an `np.void`. docbuild gave the plain
kinds for both (found by the reach probe on NumPy's user guide, `basics.rec.rst`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_nested_record_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/106-nested-record-fields.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "106-nested-record-fields.txt"

STATEMENTS = [
    "r = np.rec.array([('Hello', (1, 2)), ('World', (3, 4))], dtype=[('foo', 'S6'), ('bar', [('A', int), ('B', int)])])",
    "type(r.foo), type(r.bar), type(r['bar'])",
    "r.bar",
    "r['bar']",
    "r.bar.dtype",
    "r.bar.A, r.bar.B, type(r.bar.A)",
    "r['bar']['B']",
    "r[0].bar, type(r[0].bar)",
    "r[1].bar.A, r[1]['bar']['B']",
    "r.bar[0], type(r.bar[0])",
    "r.bar[1:]",
    "r[::-1].bar",
    "r.bar.A[0] = 7",
    "r",
    "s = np.array([('Hello', (1, 2)), ('World', (3, 4))], dtype=[('foo', 'S6'), ('bar', [('A', int), ('B', int)])])",
    "type(s['bar']), s['bar'], s['bar'].dtype",
    "s[0]['bar'], type(s[0]['bar'])",
    "t = s.view(np.recarray)",
    "type(t.bar), t.bar",
    "t[0].bar",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_nested_record_fixtures.py",
        "the structured fields of record arrays and their elements, against a plain structured array's",
        STATEMENTS,
    )
