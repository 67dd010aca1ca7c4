#!/usr/bin/env python3
"""Writes the transcripts of issue 10's structured-dtype and float16 remainder from real Python and NumPy 2.4.6:
`dtype.fields` as CPython's read-only `mappingproxy`, `==`/`!=` between structured dtypes, and float16
`np.nanmedian`/`np.nanquantile`/`np.nanpercentile`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_breadth14_fixtures.py`. It rewrites the `structured/18-*.txt` and
`float16/23-*.txt` files; rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace
per theme, REPL output, the exception's last line). What docbuild refuses is checked in
Tests/SnippetsTests/Breadth14RefusalTests.swift.
"""

import pathlib
import warnings

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent

STRUCTURED = {}

STRUCTURED["18-fields-mappingproxy"] = [
    "dt = np.dtype([('a', 'i4'), ('b', 'f8')])", "f = dt.fields", "f", "print(f)", "str(f)", "repr(f)", "f'{f}'",
    "type(f)", "type(f).__name__", "f['a'] = 1", "f['z'] = (np.dtype('i4'), 0)", "del f['a']", "del f['z']",
    "f.update({})", "f.update(x=1)", "f.pop('a')", "f.setdefault('a')", "f.clear()", "f.popitem()", "f.fromkeys",
    "f.x", "f['a'] += 1", "f['q'] += 1", "f |= {'q': 1}", "f |= 3", "f", "f | {'c': 1}", "{'c': 1} | f",
    "type(f | {})", "type({} | f)", "f.copy()", "type(f.copy())", "g = f.copy()", "g['z'] = 3", "g", "f",
    "hash(f)", "f == dict(f)", "dict(f) == f", "f == f", "f != {}", "list(reversed(f))", "list(reversed(dict(f)))", "[k for k in reversed(f)]", "f.get('a')",
    "f.get('zz', 3)", "f.get('zz')", "f.keys()", "f.values()", "f.items()", "len(f)", "'a' in f", "'z' in f",
    "f['zz']", "f['b']", "dt.fields is dt.fields", "list(dt.fields)", "sorted(dt.fields)", "[k for k in f]",
    "{**dt.fields}", "dict(**dt.fields)", "dict(f)", "for name, (t, offset) in f.items():\n    print(name, t, offset)",
    "d = dict(f)", "d['a'] = 5", "d", "f",
    "t = np.dtype([(('title', 'x'), 'f4')]).fields", "t", "t['title'] = 1", "del t['x']",
]

STRUCTURED["18-dtype-equality"] = [
    "D = np.dtype",
    "D('i4,f8') == D('i4,f8')", "D('i4,f8') != D('i4,f8')",
    "D('i4,f8') == D([('f0', 'i4'), ('f1', 'f8')])", "D('i4,f8') == D([('a', 'i4'), ('b', 'f8')])",
    "D('i4,f8') != D([('a', 'i4'), ('b', 'f8')])",
    "D([('a', 'i4'), ('b', 'f8')]) == D([('b', 'f8'), ('a', 'i4')])",
    "D([('a', 'i4'), ('b', 'f8')]) == D({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'offsets': [0, 8], 'itemsize': 16})",
    "D([('a', 'i4'), ('b', 'f8')]) == D({'names': ['a', 'b'], 'formats': ['i4', 'f8']})",
    "D([('a', 'i4'), ('b', 'f8')]) == D([('a', 'i4'), ('b', 'f8')], align=True)",
    "D([('a', 'i4'), ('b', 'i4')], align=True) == D([('a', 'i4'), ('b', 'i4')])",
    "D([('a', 'i4'), ('b', 'f8')]) == D({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'itemsize': 20})",
    "D([('a', 'i4'), ('b', 'f8')]) == D([(('t', 'a'), 'i4'), ('b', 'f8')])",
    "D([(('t', 'a'), 'i4'), ('b', 'f8')]) == D([(('u', 'a'), 'i4'), ('b', 'f8')])",
    "D([(('t', 'a'), 'i4')]) == D([(('t', 'a'), 'i4')])",
    "D([(('t', 'a'), 'i4')]) == D({'a': ('i4', 0, 't')})",
    "D([('a', 'i4')]) == D({'a': ('i4', 0)})",
    "D({'x': ('i4', 4), 'y': ('i4', 0)}) == D([('y', 'i4'), ('x', 'i4')])",
    "D({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]}) == D([('b', 'i4'), ('a', 'i4')])",
    "D({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]}) == D({'names': ['a', 'b'], 'formats': ['i4', 'i4'], 'offsets': [4, 0]})",
    "D([('a', '>i4')]) == D([('a', '<i4')])", "D([('a', '>i4')]) != D([('a', '<i4')])",
    "D([('a', 'i4')]).newbyteorder() == D([('a', '>i4')])",
    "D('i4,f8') == D('i4,f8').newbyteorder().newbyteorder()",
    "D([('a', 'U2')]).newbyteorder('x')", "D([('a', 'i4'), ('b', 'U2')]).newbyteorder('q')",
    "D('U3').newbyteorder('Z')", "D([('a', 'i4')]).newbyteorder(3)", "D([('a', 'U2')]).newbyteorder('|')",
    "D([('a', 'U2'), ('b', '>i4')]).newbyteorder('<')", "D([('a', 'U2'), ('b', '>i4')]).newbyteorder('=')",
    "D([('a', 'U2'), ('b', '>i4')]).newbyteorder('|')", "D([('a', 'U2'), ('b', '>i4')]).newbyteorder('little')",
    "D([('a', '>f8'), ('b', 'S2')]) == D([('a', '>f8'), ('b', 'S2')])",
    "D([('a', '>i1')]) == D([('a', '<i1')])", "D([('a', 'i4')]) == D([('a', 'i8')])",
    "D([('a', 'i4')]) == D([('a', 'u4')])", "D([('a', '?')]) == D([('a', 'i1')])",
    "D([('a', 'i8')]) == D([('a', 'q')])", "D([('a', 'i8')]) == D([('a', np.int64)])",
    "D([('a', 'U3')]) == D([('a', 'U4')])", "D([('a', 'S3')]) == D([('a', 'S3')])",
    "D([('a', 'S3')]) == D([('a', 'U3')])",
    "D((np.record, [('a', 'i4')])) == D([('a', 'i4')])",
    "D([('a', 'i4', (2,))]) == D([('a', 'i4', (2,))])", "D([('a', 'i4', (2,))]) == D([('a', 'i4', (1, 2))])",
    "D([('a', 'i4', (2,))]) == D([('a', 'i4'), ('b', 'i4')])", "D([('a', 'i4', 2)]) == D([('a', 'i4', (2,))])",
    "D([('a', 'i4')]) == 'V4'", "D([('a', 'f8')]) == D('f8')", "D('f8') == D([('a', 'f8')])",
    "D('i4,f8') == 'i4,f8'", "'i4,f8' == D('i4,f8')", "D('i4,f8') != 'i4,f8'",
    "D('i4,f8') == [('f0', 'i4'), ('f1', 'f8')]", "[('f0', 'i4'), ('f1', 'f8')] == D('i4,f8')",
    "D('i4,f8') == {'names': ['f0', 'f1'], 'formats': ['i4', 'f8']}",
    "D('i4,f8') == 'V12'", "D('i4,f8') == np.void", "D('i4,f8') == None", "D('i4,f8') != None", "D('i4,f8') == 3",
    "D('i4,f8') == 'abc'", "D('i4,f8') == 'abc,def'", "D('i4,f8') == 'i4,i4'", "D('i4,f8') == [('f0', 'i4')]",
    "D('i4,f8') == np.float64", "D('i4,f8') == 'f8'",
    "a = np.zeros(2, dtype=[('x', 'i4'), ('y', 'f8')])", "a.dtype == [('x', 'i4'), ('y', 'f8')]",
    "a.dtype == np.dtype([('x', '<i4'), ('y', '<f8')])", "a.dtype != [('x', 'i4'), ('y', 'f4')]",
    "a[['y', 'x']].dtype == [('y', 'f8'), ('x', 'i4')]",
    "a[['y', 'x']].dtype == {'names': ['y', 'x'], 'formats': ['f8', 'i4'], 'offsets': [4, 0], 'itemsize': 12}",
    "a[0].dtype == a.dtype", "np.rec.array(a).dtype == a.dtype",
    "dts = [D('i4,f8'), D([('a', 'i4')]), D('i4,f8')]", "[x == dts[0] for x in dts]", "dts.count(D('i4,f8'))",
    "D('i4,f8') in dts", "D('i4,i8') in dts", "dts.index(D([('a', 'i4')]))",
]

STRUCTURED["18-big-endian-arrays"] = [
    "a = np.zeros(3, dtype='>i4,>f8')", "a", "print(a)", "a.dtype", "a.dtype.isnative", "a[0]", "a[0]['f0']",
    "type(a[0]['f1'])", "a['f0']", "a['f1'][1:]", "a['f0'].dtype", "a['f0'].dtype.byteorder", "a[0] = (1, 2.5)",
    "a", "a[2] = (7, -0.125)", "a['f1'] = [0.5, 1.5, 2.5]", "a", "a[1:]", "a[::-1]", "a[[2, 0]]",
    "a[a['f0'] > 0]", "a['f0'] + 1", "a['f1'] * 2", "np.sum(a['f1'])", "a['f0'].tolist()", "a['f0'].tobytes()",
    "a.tolist()", "a.shape, a.ndim, a.size, a.itemsize, a.nbytes", "a.copy()", "a.byteswap()",
    "a.byteswap().dtype", "a['f0'] += 10", "a", "a.newbyteorder()", "a == a", "a != a[::-1]",
    "a == np.zeros(3, dtype='<i4,<f8')", "a.reshape(3, 1)", "a.ravel()", "len(a)", "list(a)",
    "for row in a:\n    print(row)", "np.sort(a, order='f1')", "np.argsort(a, order='f0')", "b = a[1:]",
    "b['f1']", "b[0] = (-3, 9.0)", "a", "a.byteswap(inplace=True)", "a", "b",
    "c = np.array([(1.5,), (2.25,)], dtype=[('x', '>f4')])", "c", "print(c)", "c['x']", "c['x'] + 1", "c[0]",
    "c[0]['x']", "c.tolist()", "c.byteswap()", "c == c", "repr(c[1])",
    "d = np.ones(2, dtype=[('x', '>i2'), ('s', 'S2'), ('f', '<f8')])", "d", "d['s']", "d['x']", "d['x'].sum()",
    "d['f']", "d.byteswap()", "r = np.rec.array(d)", "r", "r.x", "r[0]", "r.view(np.ndarray)['x']",
    "d.view(np.recarray).x", "e = np.array([(1, 2), (3, 4)], dtype=[('p', '>u2'), ('q', '>i8')])", "e",
    "e['p'].view('<u2')", "e['q'].astype('<i8')", "e['p'].byteswap()", "e.byteswap()['p']",
    "np.zeros((2, 2), dtype=[('m', '>c16'), ('n', 'u1')])", "np.zeros(2, dtype=[('m', '>c8')]).byteswap()",
    "np.ones(2, dtype=[('h', '>f2'), ('b', '?')])", "np.ones(2, dtype=[('h', '>f2'), ('b', '?')]).byteswap()",
    "np.array([(np.nan, 1)], dtype=[('v', '>f8'), ('w', '>i1')])",
    "np.rec.array([(1, 2.0)], dtype='>i4,>f8')", "np.rec.array([(1, 2.0)], dtype='>i4,>f8').f0",
    "np.rec.fromrecords([(1, 2.0), (3, 4.5)], dtype=[('a', '>i2'), ('b', '>f4')])",
    "np.rec.fromrecords([(1, 2.0), (3, 4.5)], dtype=[('a', '>i2'), ('b', '>f4')]).b",
    "np.rec.fromarrays([np.arange(2), np.ones(2)], dtype='>i4,>f8')",
    "np.rec.fromarrays([np.arange(2), np.ones(2)], dtype='>i4,>f8')['f1']",
    "np.ones(2, dtype='>i4,>f8').view([('a', '>i4'), ('b', '>f8')])",
    "np.ones(2, dtype='>i4,>f8').view([('a', '>i4'), ('b', '>f8')])['a']",
    "np.array([(1, 2.0)], dtype='>i4,>f8').view(np.recarray).f1",
    "np.asarray(np.ones(2, dtype='>i4,>f8'), dtype='>i4,>f8')",
    # byteswap of native structured arrays, sub-array fields included.
    "s = np.array([(1, [1.0, 2.0]), (2, [3.0, 4.0])], dtype=[('id', 'i4'), ('v', 'f8', (2,))])", "s.byteswap()",
    "s.byteswap()['v']", "s.byteswap(inplace=True)", "s", "s['id']",
    "t = np.array([(1, b'ab', True)], dtype=[('i', '<i2'), ('b', 'S2'), ('q', '?')])", "t.byteswap()", "t",
]

FLOAT16 = {}

FLOAT16["23-nanmedian-and-nanquantile"] = [
    "h = np.array([[40000, 30000, np.nan], [1, 2, 3], [0.1, np.nan, 0.7]], dtype=np.float16)",
    "np.nanmedian(h)", "np.nanmedian(h, axis=1)", "np.nanmedian(h, axis=0)", "np.nanmedian(h, axis=-1, keepdims=True)",
    "np.nanmedian(h, keepdims=True)", "np.nanmedian(h[0])", "np.nanmedian(h[2])", "np.nanmedian(h.T, axis=0)",
    "np.median(h[:, :2], axis=1)", "np.nanmedian(h[:, :2], axis=1)",
    "n = np.array([[np.nan, np.nan], [3.5, np.nan], [-np.nan, np.nan]], dtype=np.float16)",
    "np.nanmedian(n, axis=1)", "np.nanmedian(n, axis=0)", "np.nanmedian(n[0])", "np.nanmedian(n[::2])",
    "np.signbit(np.nanmedian(n[2]))", "np.nanmedian(n[2])",
    "v = np.array([0.1, 0.2, 0.3, 0.4, np.nan, 65000, 60000, 1e-7, -2.5], dtype=np.float16)",
    "np.nanmedian(v)", "np.nanmedian(v.reshape(3, 3), axis=0)", "np.nanmedian(v.reshape(3, 3), axis=1)",
    "np.nanmedian(np.array([[60000, 65000, 61000, 62000]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.array([[60000, 65000, 61000, 62000]], dtype=np.float16))",
    "np.nanmedian(np.array([[1e-7, 3e-7, np.nan]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.array([[np.inf, 1, np.nan]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.array([[np.inf, 1, 2, np.nan]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.array([[-np.inf, np.inf, np.nan]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.float16(2.5))", "np.nanmedian(np.float16(np.nan))", "np.nanmedian(h, axis=2)",
    "np.nanmedian(h[0], axis=1)", "np.nanmedian(np.float16(2.5), axis=0)",
    "w = np.arange(1300, dtype=np.float16).reshape(2, 650) / 7", "w[0, ::3] = np.nan", "w[1, 5:] = np.nan",
    "np.nanmedian(w, axis=1)", "np.nanmedian(w, axis=0)[:4]", "np.nanmedian(w)",
    "np.nanquantile(h, 0.5)", "np.nanquantile(h, 0.3, axis=1)", "np.nanquantile(h, [0.25, 0.75], axis=0)",
    "np.nanquantile(h, np.array(0.3), axis=1)", "np.nanquantile(h, np.array([0.1, 0.9]))",
    "np.nanquantile(n, 0.5, axis=1)", "np.nanquantile(n, np.array(0.3), axis=1)",
    "np.nanquantile(n[::-1], np.array(0.3), axis=1)", "np.nanquantile(n[1:], np.array([0.3, 0.6]), axis=1)",
    "np.nanquantile(n[0], np.array(0.3))", "np.nanquantile(n[0], 0.3)", "np.nanquantile(n, np.array(0.3))",
    "np.nanquantile(h, 0.4, axis=1, method='lower')", "np.nanquantile(h, np.array(0.4), axis=1, method='nearest')",
    "np.nanquantile(h, 0.4, axis=1, method='midpoint')", "np.nanquantile(h, np.array(0.4), method='midpoint')",
    "np.nanquantile(h, 0.5, axis=0, keepdims=True)",
    "np.nanpercentile(h, 50)", "np.nanpercentile(h, 30, axis=1)", "np.nanpercentile(h, 12.5, axis=0)",
    "np.nanpercentile(h, [10, 90], axis=1)", "np.nanpercentile(h, np.array(30.0), axis=1)",
    "np.nanpercentile(n, 40, axis=1)", "np.nanpercentile(v, 37)", "np.nanquantile(v, 0.37)",
    "np.nanquantile(v, np.array(0.37))", "np.nanquantile(h, 1.5)", "np.nanpercentile(h, -1)",
]

FLOAT16["23-einsum"] = [
    "rng = np.random.default_rng(14)",
    "x = rng.standard_normal(37).astype(np.float16)", "y = (rng.standard_normal(37) * 100).astype(np.float16)",
    "A = rng.standard_normal((5, 7)).astype(np.float16)", "B = (rng.standard_normal((7, 6)) * 30).astype(np.float16)",
    "C = rng.standard_normal((3, 4, 5)).astype(np.float16)", "s = np.float16(3.7)",
    "np.einsum('i->', x)", "np.einsum('i,i->', x, y)", "np.einsum('i,i', x, y)", "np.einsum('i,i->i', x, y)",
    "np.einsum('i,j->ij', x[:4], y[:3])", "np.einsum('ij->', A)", "np.einsum('ij->i', A)", "np.einsum('ij->j', A)",
    "np.einsum('ij,jk->ik', A, B)", "np.einsum('ij,jk', A, B)", "np.einsum('ij,jk->ki', A, B)",
    "np.einsum('ij,ij->', A, A)", "np.einsum('ij,ij->i', A, A)", "np.einsum('ij,ij->j', A, A)",
    "np.einsum('ij,j->i', A, B[:, 0].copy())", "np.einsum('i,ij->j', B[:, 1].copy(), B)", "np.einsum('ii->', A[:5, :5].copy())",
    "np.einsum('ii->i', A[:5, :5].copy())", "np.einsum('ii', B[:6, :6].copy())", "np.einsum('ijk->', C)", "np.einsum('ijk->k', C)",
    "np.einsum('ijk->ik', C)", "np.einsum('ijk,ijk->', C, C)", "np.einsum('ijk,k->ij', C, x[:5])",
    "np.einsum('i,i,i->', x, y, x)", "np.einsum('i,i,i->i', x[:6], y[:6], x[:6])", "np.einsum(',i->i', s, x[:5])",
    "np.einsum(',i->', s, x)", "np.einsum('i,->', x, s)", "np.einsum('i,->i', x[:5], s)", "np.einsum(',->', s, s)",
    "np.einsum('ij->ji', A).dtype", "np.einsum('i->', np.full(5000, 1.5, dtype=np.float16))",
    "np.einsum('i,i->', np.full(3000, 0.1, dtype=np.float16), np.full(3000, 3.0, dtype=np.float16))",
    "np.einsum('i->', np.full(70000, 1, dtype=np.float16))",
    "np.einsum('i->', np.array([60000, 60000, -60000], dtype=np.float16))",
    "np.einsum('i,i->', np.array([300, 300], dtype=np.float16), np.array([300, 300], dtype=np.float16))",
    "np.einsum('i,i->i', np.array([-1, 2], dtype=np.float16), np.array([0, 3], dtype=np.float16))",
    "np.einsum('i->', np.arange(9, dtype=np.float16) / 3)", "np.einsum('ij->i', np.arange(40, dtype=np.float16).reshape(4, 10) / 7)",
    "np.einsum('ij,jk->ik', A, B).dtype", "type(np.einsum('i,i->', x, y))",
]

# What the differential fuzzer (seeds 600-615) found: nanmax/nanmin of what is not an ndarray write np.nan (positive).
FLOAT16["23-fuzz-findings"] = [
    "np.signbit(np.nanmin(np.log(np.float16(-7.0))))", "np.signbit(np.log(np.float16(-7.0)))",
    "np.signbit(np.nanmax(np.float64(-np.nan)))", "np.signbit(np.nanmin(np.float16(-np.nan)))",
    "np.signbit(np.nanmin(-np.nan))", "np.signbit(np.nanmax([-np.nan]))", "np.signbit(np.nanmin(np.array(-np.nan)))",
    "np.signbit(np.nanmin(np.array([-np.nan])))", "np.nanmax(np.float16(-np.nan))", "np.nanmin(np.float16(2.5))",
    "np.nanmax([1.0, np.nan])", "np.sort(np.array([np.nan, 1, -2], dtype=np.float16), kind='stable')",
    "np.sort(np.array([np.nan, 1, -2], dtype=np.float16), kind='stable').view(np.uint16)",
    "np.sort(np.array([3, 1, -2], dtype=np.float16))", "np.unique(np.array([3, 1, 3], dtype=np.float16))",
]


def main():
    warnings.simplefilter("ignore")
    write_themes(STRUCTURED, HERE / "structured", "make_breadth14_fixtures.py")
    write_themes(FLOAT16, HERE / "float16", "make_breadth14_fixtures.py")


if __name__ == "__main__":
    main()
