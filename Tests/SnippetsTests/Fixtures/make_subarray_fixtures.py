#!/usr/bin/env python3
"""Writes the transcripts of arrays with sub-array fields (issue 10: `('v', 'f8', (3,))` in an array's dtype) from
real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_subarray_fixtures.py`. It rewrites the `structured/16-*.txt` files;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output,
the exception's last line). Only statements docbuild runs belong here; what it refuses for such arrays (sorting,
comparing, titles, sub-arrays of text or complex numbers, recfunctions) is checked in
Tests/SnippetsTests/StructuredArrayRefusalTests.swift.
"""

import pathlib

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "structured"

THEMES = {}

PARTICLES = "dt = np.dtype([('id', 'i4'), ('pos', 'f8', (3,)), ('m', 'f4')])"

THEMES["16-sub-array-creation"] = [
    PARTICLES, "p = np.zeros(2, dtype=dt)", "p", "print(p)", "str(p)", "p.shape", "p.dtype", "p.itemsize", "p.nbytes",
    "p['pos']", "p['pos'].shape", "p['pos'].dtype", "p['id']", "p['m']", "p[0]", "print(p[0])", "p[0]['pos']",
    "p[0]['pos'].shape", "p[1][1]", "p.tolist()", "p[0].tolist()", "p[0].item()", "len(p)", "len(p[0])",
    "np.ones(3, dtype=dt)", "np.ones((2, 2), dtype=dt)", "np.ones((2, 2), dtype=dt)['pos'].shape",
    "q = np.array([(1, [0.5, 1.5, 2.5], 2.0), (2, [3.25, -1.0, 0.0], 0.5)], dtype=dt)", "q", "print(q)",
    "q['pos']", "q['pos'][1]", "q['pos'][:, 0]", "q[1]", "q[1]['pos']", "q.tolist()",
    "np.array([(1, 2.0, 3.0)], dtype=dt)", "np.array([(1, [1, 2, 3], 3.0)], dtype=dt)['pos'].dtype",
    "np.array((7, [1, 2, 3], 0.25), dtype=dt)", "np.array([[(1, [1, 2, 3], 0.25)], [(2, [4, 5, 6], 0.5)]], dtype=dt)",
    "np.zeros(2, dtype=[('x', 'f8', (2,))])", "np.zeros(2, dtype=[('x', 'f8', 2)])", "np.zeros(0, dtype=dt)",
    "np.zeros((0, 2), dtype=dt)", "np.zeros(3, dtype=[('m', 'f8', (2, 2))])", "np.zeros(3, dtype=[('m', 'f8', (2, 2))])['m'].shape",
    "np.ones(2, dtype=[('v', 'i2', (3,)), ('w', '?', (2,))])", "np.ones(2, dtype=[('v', 'u1', 4), ('f', 'f2', (2,))])",
    "np.zeros(2, dtype=[('a', 'f4', (2, 3))])", "np.zeros(2, dtype=[('a', 'i8', (1,))])", "np.zeros(2, dtype=[('a', 'f8', (0,))])",
    "np.zeros(2, dtype=[('a', 'f8', (2, 0))])", "np.zeros(2, dtype=[('a', 'f8', ())])", "np.zeros(1, dtype='(3,)i4, f8')",
    "np.zeros(2, dtype='2f8, i4')",
    "r = np.array([(1, [1e-5, 1e5, 1.0], 1)], dtype=dt)", "r", "r[0]", "print(r[0])",
    "s = np.array([(i, [i / 3, -i, i * 1e3], i) for i in range(4)], dtype=dt)", "s", "s[2]", "s['pos']", "s[1:3]",
    "s[::2]", "s[[3, 0]]", "s[s['id'] > 1]", "s.reshape(2, 2)", "s.reshape(2, 2)['pos'].shape", "s.copy()",
    "np.ones(2, dtype=[('b', '?', (2,))])[0]", "np.ones(2, dtype=[('i', 'i8', (2, 2))])[0]",
    "np.ones(2, dtype=[('i', 'i8', (3,)), ('j', 'i4')])[0]", "np.ones(1, dtype=[('h', 'f2', (2,))])[0]",
    "np.ones(1, dtype=[('g', 'f4', (2,))])[0]", "rs = np.rec.array(s)", "rs", "rs.pos", "rs[1]", "rs[1].pos",
    "rs.pos[0] = [-1, -2, -3]", "s[0]", "np.array(s)", "np.asarray(s)['pos'][0]", "s[['id', 'pos']]", "s[['pos']]",
    "s.flatten()", "s.ravel()['pos']", "list(s[1])", "s[1][1][2]", "p[0]['pos'] = [1, 2]",
    "p['pos'] = [[1, 2, 3, 4]]", "np.dtype('3x')", "np.dtype('3')", "np.dtype('(2,)x')", "np.dtype('(2)x')",
    "np.dtype('12ab')", "np.dtype('(2,3)')", "np.zeros(1, dtype='3x')", "np.dtype('(2, 3)f8, i4')",
    "np.dtype('i4,')", "np.zeros(1, dtype='(2, 3)f8, i4')", "np.array([], dtype=dt)", "np.array([(1, [1, 2], 0)], dtype=dt)",
    "np.array([(1, [1, 2, 3])], dtype=[('a', 'i4'), ('m', 'f8', (2, 2))])",
    "np.array([(1, [1, 2])], dtype=[('a', 'i4'), ('m', 'f8', (2, 2))])", "p['pos'] = 'x'", "p['pos'][5]",
    "p[0]['pos'][3]", "p[5]", "np.set_printoptions(threshold=5)", "s['pos']", "s", "np.set_printoptions(threshold=1000)",
]

THEMES["16-sub-array-assignment"] = [
    PARTICLES, "p = np.zeros(3, dtype=dt)", "p['pos'] = [1.0, 2.0, 3.0]", "p", "p['pos'][1] = [4, 5, 6]", "p",
    "p['pos'][:, 2] = -1", "p", "p[0] = (9, [0.1, 0.2, 0.3], 1.5)", "p", "p[1]['pos'] = 7", "p",
    "p[2]['pos'][0] = 8.5", "p", "p['pos'][2, 1] = 0.25", "p[2]", "e = p[0]", "e['pos'][1] = 100", "p[0]",
    "v = p['pos']", "p['pos'] *= 2", "v", "p['pos'] += np.arange(3)", "v", "p[1:] = (3, [1, 1, 1], 3.0)", "v", "p",
    "p[:2] = [(4, [4, 4, 4], 4.0), (5, [5, 5, 5], 5.0)]", "p", "p['id'] = 0", "p", "w = p[1:]", "w['pos'] = 0.5", "p",
    "p[0] = p[2]", "p", "c = p.copy()", "c['pos'][:] = 0", "p['pos']", "p['pos'].sum()", "p['pos'].sum(axis=1)",
    "p['pos'].mean(axis=0)", "p['pos'] @ np.ones(3)", "p['pos'] * p['m'][:, None]", "p['pos'].T",
    "np.linalg.norm(p['pos'], axis=1)", "p['pos'][p['id'] == 0]", "[row['pos'].sum() for row in p]",
    "for row in p:\n    print(row['id'], row['pos'])", "m = np.zeros(2, dtype=[('m', 'i4', (2, 2))])",
    "m['m'] = [[1, 2], [3, 4]]", "m", "m[1]['m'] = np.eye(2, dtype=int) * 7", "m", "m['m'][0, 1, 0] = -5", "m",
    "m[0]", "m['m'].shape", "m.tolist()", "m['m'][:, 0]", "t = np.zeros(2, dtype=[('v', 'f8', (3,))])",
    "t['v'] = [[1, 2, 3], [4, 5, 6]]", "t", "t[0] = ([7, 8, 9],)", "t", "t['v'] = [[1], [2]]", "t",
    "t['v'] = [1, 2]", "t[0] = (1, 2)",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_subarray_fixtures.py")


if __name__ == "__main__":
    main()
