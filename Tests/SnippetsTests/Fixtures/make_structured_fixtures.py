#!/usr/bin/env python3
"""Writes the structured-array transcripts (issue 10: structured dtypes, `np.void`, `np.rec`) from real Python and
NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_structured_fixtures.py`. It rewrites every file in `structured/`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output,
the exception's last line). Only statements docbuild runs belong here; what it refuses is checked in
Tests/SnippetsTests/StructuredArrayRefusalTests.swift.
"""

import pathlib

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "structured"

THEMES = {}

PEOPLE = "dt = np.dtype([('name', 'U10'), ('age', 'i4'), ('weight', 'f4')])"
DATA = "a = np.array([('Alice', 25, 55.0), ('Bob', 45, 85.5), ('Cathy', 37, 68.0), ('Doug', 19, 61.5)], dtype=dt)"

THEMES["01-dtypes"] = [
    PEOPLE, "dt", "print(dt)", "str(dt)", "repr(dt)", "dt.names", "dt.fields", "dt.itemsize", "dt.descr", "dt['age']",
    "dt['name']", "dt['weight']", "dt[0]", "dt[-1]", "dt['x']", "dt[5]", "dt.kind", "dt.char", "dt.str", "dt.name",
    "dt.type", "dt.ndim", "dt.shape", "type(dt)", "np.dtype('i4,f8')", "np.dtype('i4, f8')", "np.dtype('S10,i4')",
    "np.dtype('u1,f4,i8')", "np.dtype('i4,f8').names", "np.dtype('i4,f8').fields", "np.dtype('i4,f8').itemsize",
    "np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8']})",
    "np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'offsets': [0, 8]})",
    "np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'offsets': [0, 8]}).itemsize",
    "np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'itemsize': 16})",
    "np.dtype({'names': ['name', 'age', 'weight'], 'formats': ['U10', 'i4', 'f8']})",
    "np.dtype({'names': ('name', 'age', 'weight'), 'formats': ('U10', 'i4', 'f8')})",
    "np.dtype([('x', 'f4'), ('y', np.float32), ('z', 'f4')])", "np.dtype([('a', 'i4')])",
    "np.dtype([('a', np.int64), ('b', float), ('c', int), ('d', bool), ('e', complex)])",
    "np.dtype([('a', 'u2'), ('b', 'i1'), ('c', '?'), ('d', 'c8'), ('e', 'S3')])",
    "np.dtype([('a', 'i4'), ('a', 'f8')])", "np.dtype([(1, 'i4')])",
    "np.dtype([('a', 'i4'), ('b', 'f8')], align=True)", "np.dtype([('a', 'i4'), ('b', 'f8')], align=True).itemsize",
    "np.dtype([('a', 'i4'), ('b', 'f8')], align=True).fields", "np.dtype([('a', 'u1'), ('b', 'i2'), ('c', 'u1')], align=True).itemsize",
    "np.dtype([('a', 'u1'), ('b', 'i2'), ('c', 'u1')], align=True).fields", "np.dtype(dt)", "np.dtype(dt) == dt" if False else "np.dtype(dt).names",
    "np.dtype([('a', 'i4'), ('b', 'f8')]).descr", "np.dtype('U3,i2').descr", "print(np.dtype('i4,f8'))",
    "dt.fields['age']", "dt.fields['age'][1]", "len(dt.fields)", "list(dt.fields)", "'age' in dt.fields",
    "[dt.fields[n][1] for n in dt.names]", "type(dt.fields)", "np.dtype([('x', 'f4'), ('', 'i4'), ('z', 'i8')])",
    "np.dtype({'names': ('name', 'age', 'weight'), 'formats': ((np.str_, 10), int, np.float32)})",
    "np.dtype([('a', (np.bytes_, 3)), ('b', (str, 2))])", "np.dtype((np.record, dt))", "np.dtype((np.record, [('a', 'i4')])).type",
    "np.dtype((np.void, [('a', 'i4')]))", "print(np.dtype((np.record, dt)))",
]

THEMES["02-creation-and-printing"] = [
    PEOPLE, DATA, "a", "print(a)", "repr(a)", "str(a)", "np.zeros(4, dtype=dt)", "print(np.zeros(4, dtype=dt))",
    "np.zeros(3, dtype='i4,f8')", "np.zeros((2, 2), dtype=dt)", "np.zeros((2, 3), dtype='u1,f4')", "np.ones(3, dtype='i4,f8')",
    "np.ones(2, dtype=[('a', 'U3'), ('b', '?')])", "np.zeros(0, dtype=dt)", "np.zeros((0, 2), dtype=dt)",
    "np.array([(1, 2.0)], dtype='i4,f8')", "np.array([(1,)], dtype=[('a', 'i4')])", "np.array([(1,)], dtype=[('a', 'i4')])[0]",
    "np.array([1, 2], dtype='i4,f8')", "np.array([[1, 2]], dtype='i4,f8')", "np.array([('a', 1)], dtype=dt)",
    "np.array([('a', 1, 2.0, 3)], dtype=dt)", "np.array(('x', 1, 2.5), dtype=dt)", "print(np.array(('x', 1, 2.5), dtype=dt))",
    "np.array([[(1, 2.5), (3, -4.0)], [(5, 6.25), (7, 8.0)]], dtype='i4,f8')",
    "np.array([(1, 0.1), (2, 1e-10)], dtype='i4,f8')", "np.array([(1, 1e20), (-20000, 2.0)], dtype='i8,f8')",
    "np.array([(True, 1+2j), (False, 3j)], dtype=[('b', '?'), ('c', 'c16')])",
    "np.array([(b'ab', 1), (b'xyz', 2)], dtype='S2,i4')", "np.array([('x' * 30, 1.5)] * 3, dtype='U30,f8')",
    "np.array([(k, k / 3) for k in range(8)], dtype='i4,f8')", "np.array([(k, k * 0.5) for k in range(2000)], dtype='i4,f8')",
    "print(np.array([(k, k * 0.5) for k in range(2000)], dtype='i4,f8'))",
    "np.array([(1.5, 2)], dtype=[('x', 'f4'), ('y', 'i2')])", "np.array([(np.nan, np.inf)], dtype='f8,f8')",
    "np.array([(1, 2), (3, 4)], dtype=[('x', 'i4'), ('y', 'i4')])", "np.array([], dtype=dt)",
    "np.asarray([(1, 2.0)], dtype='i4,f8')", "np.array(a)", "np.asarray(a)", "np.array(a, dtype=dt)",
    "np.zeros(4, dtype={'names': ('name', 'age', 'weight'), 'formats': ('U10', 'i4', 'f8')})",
    "np.zeros(1, dtype='i4,f8')[0]", "np.zeros(2, dtype=np.dtype([('a', 'i4'), ('b', 'f8')], align=True))",
]

THEMES["03-fields-and-elements"] = [
    PEOPLE, DATA, "a['name']", "a['age']", "a['weight']", "print(a['weight'])", "a['x']", "a['age'].mean()",
    "a['age'].sum()", "a['weight'].max()", "a['age'] * 2", "a['age'].dtype", "a['name'].dtype", "a['age'][1:]",
    "np.mean(a['weight'])", "a[0]", "print(a[0])", "repr(a[0])", "str(a[0])", "a[-1]", "a[0]['name']", "a[0]['age']",
    "a[0]['weight']", "a[0][1]", "a[0][-1]", "a[0][5]", "a[0]['x']", "a[0].dtype", "type(a[0])", "len(a[0])",
    "a[0].tolist()", "a[0].item()", "a[1:3]", "a[::-1]", "a[::2]", "a[[2, 0]]", "a[np.array([3, 1])]",
    "a[a['age'] < 30]", "a[a['age'] < 30]['name']", "a[a['weight'] > 60]['age']", "a[np.array([True, False, True, False])]",
    "a[['name', 'age']]", "a[['age', 'name']]", "a[['name', 'age']].dtype", "print(a[['name', 'age']])",
    "a[['name', 'x']]", "a[['weight']]", "a[['name', 'age']][0]", "a[['name', 'age']].itemsize", "a.tolist()",
    "len(a)", "a.shape", "a.ndim", "a.size", "a.dtype", "a.itemsize", "a.nbytes", "type(a)",
    "[r['name'] for r in a]", "for row in a: print(row)", "for row in a: print(row['name'], row['age'])",
    "list(a[0])", "tuple(a[1])", "a[:2].tolist()", "a[0] is a[0]" if False else "a[1]['age'] + 1",
    "b = a.reshape(2, 2)", "b", "b[1]", "b[1, 0]", "b['age']", "b.tolist()", "b.shape", "len(b)",
    "a[10]", "a['age'][a['name'] == 'Bob']", "a[0]['name'].upper()", "a['name'][1]", "a[2:]['weight']",
    "names = a['name']; names", "f'{a[0][\"name\"]} is {a[0][\"age\"]}'", "a.copy()", "a.flatten()",
]

THEMES["04-assignment-and-views"] = [
    PEOPLE, DATA, "a['age'] = [30, 31, 32, 33]", "a", "a['age'] = 5", "a['age']", "a['weight'] = a['weight'] * 2", "a",
    "a[0] = ('Bob', 30, 60.0)", "a", "a[1] = ('Zed', 1)", "a[1] = ('Zed', 1, 2.0, 3)", "a[-1] = ('Eve', 99, 1.25)", "a",
    "ages = a['age']", "ages[0] = 77", "a", "a['age'][1] = 66", "a", "ages", "v = a[1:3]", "v['name'] = 'Q'", "a",
    "v[0] = ('R', 1, 2.0)", "a", "c = a[[0, 1]]", "c['age'] = 0", "a", "c", "e = a[2]", "e['age'] = 123", "a",
    "e['name'] = 'Elem'", "a", "e[2] = 9.5", "a", "a[a['age'] > 50] = ('Old', 50, 0.0)", "a",
    "a[[0, 3]] = [('P', 1, 1.0), ('Q', 2, 2.0)]", "a", "a[:2] = ('S', 7, 7.5)", "a", "a[1] = 3", "a",
    "a['age'] += 1", "a", "ages", "a['name'] = ['w', 'x', 'y', 'z']", "a", "a['x'] = 1",
    "a['age'] = [1, 2]", "x = np.zeros(3, dtype='i4,f8')", "x['f0'] = np.arange(3)", "x['f1'] = [0.5, 1.5, 2.5]", "x",
    "x[1] = (10, 20)", "x", "x['f1'] *= 2", "x", "w = x[0]", "w", "w['f0'] = 42", "x", "w",
    "data = np.zeros(4, dtype={'names': ('name', 'age', 'weight'), 'formats': ('U10', 'i4', 'f8')})",
    "data['name'] = ['Alice', 'Bob', 'Cathy', 'Doug']", "data['age'] = [25, 45, 37, 19]",
    "data['weight'] = [55.0, 85.5, 68.0, 61.5]", "data", "print(data)", "data[data['age'] < 30]['name']",
]

THEMES["05-sorting"] = [
    PEOPLE, DATA, "np.sort(a, order='age')", "np.sort(a, order='weight')", "np.sort(a, order='name')",
    "np.sort(a, order=['weight', 'age'])", "np.argsort(a, order='age')", "a.argsort(order='weight')",
    "a.sort(order='age')", "a", "a.sort(order='name')", "a", "np.sort(a)", "np.sort(a, order='x')",
    "b = np.array([(2, 1.0), (1, 3.0), (2, 0.5), (1, 2.0)], dtype='i4,f8')", "np.sort(b)", "np.sort(b, order='f1')",
    "np.argsort(b)", "np.sort(b, order='f0')", "b.sort()", "b", "np.sort(np.array([(1, 'b'), (1, 'a')], dtype='i4,U1'))",
    "np.sort(np.array([(np.nan, 1), (0.5, 2), (-1.0, 3)], dtype='f8,i4'))", "a[np.argsort(a, order='age')]['name']",
]

THEMES["06-record-arrays"] = [
    PEOPLE, DATA, "r = a.view(np.recarray)", "r", "print(r)", "r.age", "r.name", "r.weight", "r[0]", "print(r[0])",
    "type(r)", "type(r[0])", "r[0].age", "r[0]['age']", "r[r.age > 30]", "r[1:3]", "r['age']", "r.dtype",
    "r.shape", "len(r)", "r.tolist()", "r.age.mean()", "r.x",
    "np.rec.array([(1, 2.0), (3, 4.0)], dtype='i4,f8')", "np.rec.array([(1, 2.0), (3, 4.0)], dtype=[('x', 'i4'), ('y', 'f8')])",
    "np.rec.array([(1, 2.0), (3, 4.0)], dtype=[('x', 'i4'), ('y', 'f8')]).y",
    "np.rec.fromrecords([(1, 'a', 2.5), (2, 'bb', 3.5)])", "np.rec.fromrecords([(1, 'a', 2.5), (2, 'bb', 3.5)], names='id,tag,val')",
    "np.rec.fromrecords([(1, 'a'), (2, 'b')], names=['x', 'y']).x", "np.rec.fromrecords([(1, 2.0)], dtype='i4,f8')",
    "np.rec.fromarrays([[1, 2], ['a', 'b']], names='x,y')", "np.rec.fromarrays([np.arange(3), np.linspace(0, 1, 3)])",
    "np.rec.fromarrays([np.arange(3), np.linspace(0, 1, 3)], names='i,t').t",
    "np.rec.fromarrays([[1, 2], [3.5, 4.5]], dtype=[('a', 'i2'), ('b', 'f4')])", "np.rec.array(a)",
    "np.rec.array(a).age", "r2 = np.rec.array([(1, 2.0)], dtype='i4,f8')", "r2[0]", "r2.f0", "r2.f1",
    "np.rec.fromrecords([(True, 1.5)])", "r.view(np.ndarray)",
    "r.view(np.ndarray)[0]", "rr = a.view(dtype=np.dtype((np.record, a.dtype)), type=np.recarray)", "rr", "rr.dtype", "rr[1].name",
    "rr.view(np.ndarray).dtype", "r.view(np.ndarray)['age']",
]

THEMES["07-print-options"] = [
    PEOPLE, DATA, "np.set_printoptions(precision=2)", "np.array([(1, 1/3), (2, 2/3)], dtype='i4,f8')", "a",
    "np.array([(1, 1/3)], dtype='i4,f8')[0]", "np.set_printoptions(precision=8, suppress=True)",
    "np.array([(1, 1e-10), (2, 1.0)], dtype='i4,f8')", "np.set_printoptions(suppress=False, threshold=5, edgeitems=2)",
    "np.array([(k, k / 4) for k in range(10)], dtype='i4,f8')", "np.set_printoptions(threshold=1000, edgeitems=3, linewidth=40)",
    "a", "np.zeros(3, dtype=dt)", "np.set_printoptions(linewidth=75, sign='+')", "np.array([(1, 2.5), (-3, 4.0)], dtype='i4,f8')",
    "np.set_printoptions(sign='-')", "np.array([(1, 0.5)], dtype='i4,f8')",
]

THEMES["08-edges"] = [
    "np.zeros(2, dtype='i4,f8') + 1" if False else "np.dtype([('a', 'i4'), ('b', 'f8')]).names",
    "x = np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8')])", "x['a'][0] = 5", "x", "x[0]['b'] = 1.5", "x",
    "x[['a', 'b']]", "x[0] = (1, 2)", "x[0]", "x[0] = (1,)", "x['b'][x['a'] > 0]", "len(x)", "x[()]" if False else "x[...]",
    "x[None]" if False else "x[:0]", "np.zeros(2, dtype='i4,f8')[0].tolist()", "np.array([(1, 2)], dtype='i1,u1')",
    "np.array([(300, -1)], dtype='i4,u4')", "np.array([('abcdef', 1)], dtype='U3,i4')", "np.array([(1.7, 2)], dtype='i4,i4')",
    "y = np.zeros(2, dtype='i8, f4, ?, S1')", "y[:] = 3", "y", "y[:] = np.arange(2)", "y", "y[0] = np.int64(5)", "y",
    "z = np.array([(1, 2), (3, 4)], dtype=[('foo', 'i8'), ('bar', 'f4')])", "s = z[0]", "s['bar'] = 100", "z",
    "scalar = np.array([(1, 2., 3.)], dtype='i, f, f')[0]", "scalar[1] = 4", "scalar.item(), type(scalar.item())",
]


# Sub-array fields as dtype objects (the probes' `('z', 'f4', (2, 2))` and `'3int8, float32, (2, 3)float64'`), and
# NumPy's `{name: (format, offset)}` dict form; arrays of a dtype with sub-array fields are refused by name.
SUBARRAY_FIELDS = [
    "[('z', 'f4', (2, 2))]", "[('x', 'f4'), ('y', np.float32), ('z', 'f4', (2, 2))]", "[('a', 'f8', 3)]",
    "[('a', 'f8', (3,))]", "[('a', 'i4', 1)]", "[('a', 'i4', (1,))]", "[('a', 'i4', ())]", "[('m', 'f8', (3, 3))]",
    "[('a', np.int32), ('b', np.float64, (3, 3))]", "[('x', 'i1', (2, 3))]", "[('s', 'U3', (2,))]",
    "[('s', 'S2', 2), ('b', '?')]", "[('a', 'f4', (2, 0))]", "[('a', 'u2', (2, 2, 2)), ('b', 'c16')]",
    "[('pos', 'f8', 3), ('vel', 'f8', 3), ('id', 'i8')]", "[('a', 'c8', (2,)), ('b', 'u1', 4)]",
    "[('a', '?', (3,))]", "[('', 'f4', 2), ('', 'i2')]", "[('a', 'i2', (1, 1))]", "[('a', 'f8', (2, 3, 4))]",
    "[('rgb', 'u1', 3), ('alpha', 'f4')]", "[('name', 'U10'), ('scores', 'f4', (3,))]",
    "[('a', np.float64, 2), ('b', int, (2,)), ('c', float, 1)]", "[('a', 'i8', 0)]",
]
SUBARRAY_STRINGS = [
    "'3int8, float32, (2, 3)float64'", "'2i4,f8'", "'(2,)i4, f8'", "'i4,(3,)f8'", "'3S2,i4'", "'(2,3)i4,3f8'",
    "'2f8, 2f8'", "'i4, (2, 2)u1'", "'10i1,f4'", "'(1,)f4,i2'", "'4?,i8'", "'(2, 2, 2)f4, (3,)i2'",
]
SUBARRAY_DICTS = [
    "{'col1': ('i1', 0), 'col2': ('f4', 1)}", "{'col1': ('i1', 0), 'col2': ('f4', 4)}",
    "{'col2': ('f4', 4), 'col1': ('i1', 0)}", "{'b': ('i1', 1), 'a': ('f4', 4)}", "{'x': ('f8', 0), 'y': ('f8', 8)}",
    "{'x': ('i4', 0)}", "{'a': ('u1', 0), 'b': ('u1', 1), 'c': ('u2', 2)}", "{'name': ('U4', 0), 'n': ('i8', 16)}",
]
THEMES["09-sub-array-fields"] = (
    [f"np.dtype({spec})" for spec in SUBARRAY_FIELDS]
    + [f"np.dtype({spec}).itemsize" for spec in SUBARRAY_FIELDS]
    + [f"np.dtype({spec}).descr" for spec in SUBARRAY_FIELDS]
    + [f"print(np.dtype({spec}))" for spec in SUBARRAY_FIELDS[:12]]
    + [f"np.dtype({spec}).names" for spec in SUBARRAY_FIELDS[:8]]
    + [f"np.dtype({spec})" for spec in SUBARRAY_STRINGS]
    + [f"np.dtype({spec}).itemsize" for spec in SUBARRAY_STRINGS]
    + [f"np.dtype({spec}).names" for spec in SUBARRAY_STRINGS]
    + [f"np.dtype({spec})" for spec in SUBARRAY_DICTS]
    + [f"np.dtype({spec}).itemsize" for spec in SUBARRAY_DICTS]
    + [f"np.dtype({spec}).names" for spec in SUBARRAY_DICTS]
    + [
        "dt = np.dtype([('x', 'f4'), ('y', np.float32), ('z', 'f4', (2, 2))])", "dt", "repr(dt)", "str(dt)",
        "dt.names", "dt.itemsize", "dt.descr", "dt.kind", "dt.char", "dt.str", "dt.name", "dt.ndim", "dt.shape",
        "dt['x']", "dt[0]", "dt[1]", "dt['w']", "dt[3]", "dt.isalignedstruct", "len(dt.names)", "np.dtype(dt)",
        "np.dtype(dt).itemsize", "np.dtype([('x', 'f4'), ('z', 'f4', (2, 2))], align=True)",
        "np.dtype([('a', 'i1'), ('b', 'f8', 2)], align=True)", "np.dtype([('a', 'i1'), ('b', 'f8', 2)], align=True).itemsize",
        "np.dtype([('a', 'i1'), ('b', 'i2', 3), ('c', 'i1')], align=True).itemsize",
        "np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'offsets': [0, 8]})",
        "np.dtype((np.record, [('a', 'i4', 2)]))", "np.dtype((np.record, [('a', 'i4', 2)])).type",
        "np.dtype([('a', 'f4', -1)])", "np.dtype([('a', 'f4', (2, -1))])", "np.dtype([('a', 'f4', 'x')])",
        "np.dtype([('a', 'f4', (2, 'x'))])", "np.dtype([('a', 'i4', 2), ('a', 'f8')])",
        "np.dtype('3int8, float32, (2, 3)float64').descr", "[n for n in np.dtype('2i4, f8, 3u1').names]",
        "np.dtype([('a', 'f4', 2)]).kind", "np.dtype([('a', 'f4', 2)]).str", "np.dtype([('a', 'f4', 2)]).name",
        "np.dtype('4?,i8').descr",
        "np.dtype({'col1': ('i1', 0), 'col2': ('f4', 1)}).descr", "np.dtype({'x': ('f8', 0), 'y': ('f8', 8)}).descr",
        "np.dtype({'x': ('f8', 0), 'y': ('f8', 8)}).itemsize * 2",
        "print(np.dtype('3int8, float32, (2, 3)float64'))", "str(np.dtype([('m', 'f8', (3, 3))]))",
        "np.dtype([('m', 'f8', (3, 3))]).itemsize // 8", "type(np.dtype([('m', 'f8', (3, 3))]))",
        "np.dtype([('m', 'f8', (3, 3))]).names[0]", "np.dtype([('a', 'f8', 2), ('b', 'i4')]).descr",
        "np.dtype([('a', 'f8', 2)]).ndim", "np.dtype('2i4,f8').kind", "np.dtype([('a', 'u1', 3)]).descr",
        "np.dtype('(3,)U2, i1').descr", "np.dtype([(('my title', 'name'), 'f4')])",
        "np.dtype({'name': ('i4', 0, 'my title')})", "td = np.dtype([(('t', 'a'), 'i4'), ('b', 'f8')])", "td", "td.names",
        "td.itemsize", "td.descr", "td.fields", "td['a']", "td['t']", "td['b']", "print(td)",
        "np.dtype({'a': ('i1', 0, 'A'), 'b': ('f4', 4)})", "np.dtype({'a': ('i1', 0, 'A'), 'b': ('f4', 4)}).fields",
        "np.dtype([(('T', 'x'), 'f8', 2)])", "np.dtype([(('T', 'x'), 'f8', 2)]).descr",
        # NumPy's limits on a sub-array: each dimension a C int, checked in turn, then its size in bytes.
        "np.dtype([('z', 'f8', (2**62, 4))])", "np.dtype([('z', 'f8', (2**28,))])",
        "np.dtype([('z', 'f8', (-1, 2**31))])", "np.dtype([('z', 'f8', (2**31, -1))])",
        "np.dtype([('z', 'f8', (0, 2**40))])", "np.dtype('(4611686018427387904,4)f8, i4')",
        "np.dtype([('z', 'f8', (2**31 - 1,))])", "np.dtype([('z', 'f8', (2**27,))]).itemsize",
    ]
)


THEMES["10-multi-field-assignment"] = [
    "a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])", "a[['a', 'c']] = (2, 3)", "a",
    "a[['a', 'c']] = a[['c', 'a']]", "a", "a[['b', 'a']] = (7, 8)", "a", "a[['a', 'c']] = (1, 2, 3)",
    "a[['a', 'x']] = (1, 2)", "a[['c']] = (9.5,)", "a", "a[['a', 'b']] = [(1, 2), (3, 4), (5, 6)]", "a",
    "a[['a', 'b']][1:]", "v = a[['a', 'c']]", "v[0] = (10, 20)", "a", "v['a'] = -1", "a",
    "a[['b', 'c']] = 0", "a", "a[['a', 'b', 'c']] = (1, 1, 1)", "a",
    "b = np.zeros(3, dtype=[('x', 'i4'), ('y', 'f4')])", "b['x'] = [1, 2, 3]", "b['y'] = [0.5, 1.5, 2.5]",
    "a[['a', 'c']] = b", "a", "a[['c', 'b']] = b[::-1]", "a", "a[['a', 'b']] = b[['y', 'x']]", "a",
    "p = np.array([('Al', 30, 1.5), ('Bo', 40, 2.5)], dtype=[('name', 'U4'), ('age', 'i4'), ('h', 'f8')])",
    "p[['name', 'age']] = ('Cy', 50)", "p", "p[['age', 'name']] = [(1, 'D'), (2, 'E')]", "p",
    "p[['h', 'age']] = p[['age', 'h']]", "p", "print(p)",
    "m = np.zeros((2, 2), dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])", "m[['a', 'c']] = (3, 4)", "m",
    "m[['b', 'a']] = (0.25, -2)", "m", "m[0][['a', 'b']]", "m[['a', 'b']] = (1,)",
]


THEMES["11-comparisons"] = [
    "a = np.array([(1, 1), (2, 2)], dtype=[('a', 'i4'), ('b', 'i4')])",
    "b = np.array([(1, 1), (2, 3)], dtype=[('a', 'i4'), ('b', 'i4')])", "a == b", "a != b",
    "b = np.array([(1.0, 1), (2.5, 2)], dtype=[('a', 'f4'), ('b', 'i4')])", "a == b", "a != b", "a[0] == b[0]",
    "a[0] != b[1]", "a == a[0]", "a[0] == a", "a[1] != a", "a == a", "a != a", "(a == b).dtype", "(a == b).all()",
    "np.count_nonzero(a == a[::-1])", "a == np.zeros(3, dtype=a.dtype)", "a == 1", "a[0] == (1, 1)",
    "a == [(1, 1), (2, 3)]", "c = np.array([(1, 1)], dtype=[('x', 'i4'), ('b', 'i4')])",
    "p = np.array([('Al', 30), ('Bo', 40), ('Al', 31)], dtype=[('name', 'U4'), ('age', 'i4')])",
    "q = np.array([('Al', 30), ('Bo', 41), ('Cy', 31)], dtype=[('name', 'U10'), ('age', 'i8')])", "p == q", "p != q",
    "p[0] == q[0]", "p[p == q]", "p == p[0]", "m = np.zeros((2, 3), dtype='i4,f8')", "m == m[0]",
    "m == np.zeros(3, dtype='i4,f8')", "m[1, 2] = (1, 0.5)", "m == m[0]", "m != m[0]", "np.where(m == m[0, 0])",
    "r = np.rec.array([(1, 2.0), (3, 4.0)], names='x,y')", "r[0] == r[1]", "r[0] != r[0]",
    "s = np.array([(b'ab', 1), (b'cd', 2)], dtype='S2,i4')", "s == s[::-1]", "s != s[0]",
    "n = np.array([(np.nan, 1)], dtype='f8,i4')", "n == n", "n != n",
]


# numpy.lib.recfunctions on structured arrays of plain fields (the user guide's and the module's docstring examples,
# and each function's errors); the masked results of usemask=True are refused and checked in the refusal tests.
RFN_B = "b = np.array([(1, 2, 5), (4, 5, 7), (7, 8, 11), (10, 11, 12)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])"
RFN_A = "a = np.ones(4, dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])"
THEMES["12-recfunctions"] = [
    "import numpy.lib.recfunctions as rfn", RFN_B, RFN_A,
    "rfn.structured_to_unstructured(b)", "rfn.structured_to_unstructured(b[['x', 'z']])",
    "np.mean(rfn.structured_to_unstructured(b[['x', 'z']]), axis=-1)", "rfn.structured_to_unstructured(b, dtype='i8')",
    "rfn.structured_to_unstructured(b, dtype=np.float32)", "rfn.structured_to_unstructured(b[['x']])",
    "rfn.structured_to_unstructured(b[['y', 'x']])", "rfn.structured_to_unstructured(b[1:3])",
    "rfn.structured_to_unstructured(b.reshape(2, 2))", "rfn.structured_to_unstructured(b.reshape(2, 2)).shape",
    "rfn.structured_to_unstructured(a)", "rfn.structured_to_unstructured(a[['a', 'c']])",
    "rfn.structured_to_unstructured(a[['a', 'c']]).dtype", "rfn.structured_to_unstructured(b[:0])",
    "rfn.structured_to_unstructured(np.zeros(2, dtype='?,?'))", "rfn.structured_to_unstructured(np.zeros(2, dtype='i1,u1'))",
    "rfn.structured_to_unstructured(np.zeros(2, dtype='c8,f4'))", "rfn.structured_to_unstructured(np.arange(3))",
    "rfn.structured_to_unstructured(b['x'])",
    "rfn.apply_along_fields(np.mean, b)", "rfn.apply_along_fields(np.mean, b[['x', 'z']])",
    "rfn.apply_along_fields(np.max, b)", "rfn.apply_along_fields(np.min, b[['x', 'y']])",
    "rfn.apply_along_fields(np.sum, a)", "rfn.apply_along_fields(np.mean, np.arange(3))",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3))",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3), names=['a', 'b', 'c'])",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3), dtype=b.dtype)",
    "rfn.unstructured_to_structured(np.arange(12.0).reshape(4, 3) / 4, dtype=b.dtype)",
    "rfn.unstructured_to_structured(np.arange(6).reshape(2, 3), dtype=[('p', 'u1'), ('q', 'f4'), ('r', '?')])",
    "rfn.unstructured_to_structured(np.arange(6).reshape(3, 2), dtype='i2,f8')",
    "rfn.unstructured_to_structured(np.arange(8).reshape(2, 2, 2))",
    "rfn.unstructured_to_structured(np.arange(3))", "rfn.unstructured_to_structured(np.arange(3)).dtype",
    "rfn.unstructured_to_structured(np.ones((2, 2)), names=('u', 'v'))",
    "rfn.unstructured_to_structured(np.ones((2, 2), dtype='f4'), align=True)",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3), dtype=[('a', 'i4'), ('b', 'f8')])",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3), dtype=b.dtype, names=['a'])",
    "rfn.unstructured_to_structured(np.array(3))",
    "rfn.unstructured_to_structured(np.arange(12).reshape(4, 3), names=['a', 'b'])",
    "rfn.unstructured_to_structured(np.zeros((2, 0)))",
    "rfn.unstructured_to_structured(np.ones((2, 2)), dtype='i4,f8', align=True)",
    "rfn.unstructured_to_structured(np.ones((2, 2)), names=['a', 'a'])",
    "rfn.unstructured_to_structured(rfn.structured_to_unstructured(b), dtype=b.dtype)",
    "rfn.require_fields(a, [('b', 'f4'), ('c', 'u1')])", "rfn.require_fields(a, [('b', 'f4'), ('newf', 'u1')])",
    "rfn.require_fields(b, [('z', 'i8'), ('x', 'f8')])", "rfn.require_fields(b, 'f8,f8')",
    "rfn.require_fields(b[:2], np.dtype([('y', 'i2')]))",
    "dst = np.zeros(4, dtype=[('c', 'i8'), ('a', 'f8'), ('q', 'i2')])", "rfn.assign_fields_by_name(dst, a)", "dst",
    "dst['q'] = 7", "rfn.assign_fields_by_name(dst, a, zero_unassigned=False)", "dst",
    "rfn.assign_fields_by_name(dst, b)", "dst",
    "rfn.drop_fields(a, 'b')", "rfn.drop_fields(a, ['a', 'c'])", "rfn.drop_fields(a, ('c',))", "rfn.drop_fields(a, 'x')",
    "rfn.drop_fields(b, ['y'], usemask=False)", "rfn.drop_fields(b, 'y', asrecarray=True)",
    "rfn.drop_fields(b.reshape(2, 2), 'x')", "rfn.rec_drop_fields(b, 'z')", "rfn.drop_fields(np.arange(3), 'a')",
    "rfn.rename_fields(a, {'a': 'A', 'c': 'C'})", "rfn.rename_fields(b, {'x': 'y', 'y': 'x'})",
    "rfn.rename_fields(b, {})", "rfn.rename_fields(b, {'x': 'z'})", "rfn.rename_fields(b, {'q': 'w'})",
    "rfn.rename_fields(b.view(np.recarray), {'x': 'X'})", "rfn.rename_fields(b.view(np.recarray), {'x': 'X'}).X",
    "rfn.get_names(a.dtype)", "rfn.get_names_flat(a.dtype)", "rfn.flatten_descr(a.dtype)",
    "rfn.get_names(np.dtype([('A', int)]))",
    "rfn.get_names(np.dtype([('A', int), ('B', float)]))", "rfn.get_names_flat(np.dtype([('A', int), ('B', float)]))",
    "rfn.get_names(b.dtype)", "rfn.get_names_flat(b.dtype)", "rfn.flatten_descr(b.dtype)",
    "rfn.flatten_descr(np.dtype('i4'))", "rfn.get_names(np.dtype('i4'))", "rfn.get_names_flat(np.dtype('f8'))",
    "rfn.flatten_descr(np.dtype([('name', 'U10'), ('age', 'i4')]))", "rfn.get_names(np.dtype('i4,f8,S3'))",
    "rfn.get_fieldstructure(b.dtype)",
    "rfn.merge_arrays((np.array([1, 2]), np.array([10., 20., 30.])))",
    "rfn.merge_arrays((np.array([1, 2], dtype=np.int64), np.array([10., 20., 30.])), usemask=False)",
    "rfn.merge_arrays((np.array([(1,), (2,)], dtype=[('a', np.int64)]), np.array([10., 20., 30.])), usemask=False,"
    " asrecarray=True)",
    "rfn.merge_arrays((np.array([1, 2, 3]), np.array([0.5])), fill_value=9)",
    "rfn.merge_arrays((np.array([1.5, 2.5]), np.array(['a', 'bc', 'def'])))",
    "rfn.merge_arrays((np.array([True]), np.array([1, 2], dtype='u1')), fill_value=0)",
    "rfn.merge_arrays((b[['x']], a[['b']]))",
    "rfn.merge_arrays((b, np.arange(4)), flatten=True)", "rfn.merge_arrays((b, a), flatten=True)",
    "rfn.merge_arrays(np.arange(3))", "rfn.merge_arrays([np.arange(3)])", "rfn.merge_arrays(b)",
    "rfn.merge_arrays((b,))", "rfn.merge_arrays((np.arange(2), np.arange(2)), asrecarray=True)",
    "rfn.merge_arrays((b[['x']], b[['x']]))",
    "rfn.append_fields(a, 'd', [1.5, 2.5, 3.5, 4.5], usemask=False)",
    "rfn.append_fields(a, ['d', 'e'], [np.arange(4), np.arange(2)], usemask=False)",
    "rfn.append_fields(a, ['d', 'e'], [np.arange(4), np.arange(2)], usemask=False, fill_value=0)",
    "rfn.append_fields(a, 'd', [1, 2], usemask=False)", "rfn.append_fields(a[:2], 'd', np.arange(4.0), usemask=False)",
    "rfn.append_fields(b, 'w', np.arange(4), dtypes='f4', usemask=False)",
    "rfn.append_fields(b, ('v', 'w'), (np.arange(4), np.arange(4)), dtypes=['i1', 'u2'], usemask=False)",
    "rfn.append_fields(b, ('v', 'w'), (np.arange(4), np.arange(4)), dtypes=['i1', 'u2', 'f4'], usemask=False)",
    "rfn.append_fields(b, ['v', 'w'], [np.arange(4)], usemask=False)",
    "rfn.append_fields(b, 'x', np.arange(4), usemask=False)",
    "rfn.append_fields(b, 'name', ['p', 'q', 'r', 's'], usemask=False)",
    "rfn.append_fields(b, 'w', np.arange(4), usemask=False, asrecarray=True)",
    "rfn.rec_append_fields(b, 'w', np.arange(4))", "rfn.rec_append_fields(b, 'w', np.arange(4)).w",
    "rfn.append_fields(np.arange(3), 'w', np.arange(3.0), usemask=False)",
    "rfn.repack_fields(a[['a', 'c']])", "rfn.repack_fields(a[['a', 'c']]).itemsize", "rfn.repack_fields(a[['a', 'c']]).dtype",
    "rfn.repack_fields(np.dtype('u1, <i8, <f8', align=True))",
    "rfn.repack_fields(np.dtype('u1, <i8, <f8', align=True)).itemsize",
    "rfn.repack_fields(np.dtype('u1, <i8, <f8'), align=True)", "rfn.repack_fields(np.dtype('u1, <i8, <f8'), align=True).itemsize",
    "rfn.repack_fields(np.dtype({'names': ['a', 'b'], 'formats': ['i4', 'f8'], 'offsets': [0, 16]}))",
    "rfn.repack_fields(np.dtype('i4'))", "rfn.repack_fields(np.arange(3))", "rfn.repack_fields(b)",
    "rfn.repack_fields(np.dtype((np.record, [('a', 'u1'), ('b', 'i8')])))",
    "rfn.repack_fields(b[['z', 'x']])", "rfn.repack_fields(b[['z', 'x']]).dtype.itemsize",
    "rfn.stack_arrays((a, a), usemask=False)", "x = np.array([1, 2])", "rfn.stack_arrays(x) is x",
    "rfn.stack_arrays([a])",
    "rfn.stack_arrays((b[:2], b[['x', 'z']][2:]), usemask=False)",
    "rfn.stack_arrays((b[['x']], b[['y', 'z']]), usemask=False)",
    "rfn.stack_arrays((b[['x', 'y']], b[['x', 'z']][:1]), usemask=False, asrecarray=True)",
    "rfn.stack_arrays((a, b), usemask=False)", "rfn.stack_arrays((b, b.reshape(2, 2)), usemask=False)",
    "z = np.array([('A', 1.), ('B', 2.)], dtype=[('A', '|S3'), ('B', float)])",
    "zz = np.array([(b'a', 10., 100.), (b'b', 20., 200.), (b'c', 30., 300.)], dtype=[('A', '|S3'), ('B', np.double), ('C', np.double)])",
    "rfn.stack_arrays((z, zz), usemask=False)",
    "rfn.stack_arrays((z, zz), usemask=False)['C']",
    "r1 = np.array([(1, 2.5, 10), (3, 4.5, 30), (2, 3.5, 20), (5, 0.5, 50)], dtype=[('k', 'i4'), ('v', 'f8'), ('w', 'i2')])",
    "r2 = np.array([(2, 200), (1, 100), (4, 400)], dtype=[('k', 'i4'), ('w', 'i8')])",
    "rfn.join_by('k', r1, r2, usemask=False)", "rfn.join_by('k', r1, r2, jointype='outer', usemask=False)",
    "rfn.join_by('k', r1, r2, jointype='leftouter', usemask=False)",
    "rfn.join_by('k', r1, r2, jointype='outer', usemask=False, defaults={'v': -1.0, 'w2': 0})",
    "rfn.join_by('k', r1, r2, r1postfix='_a', r2postfix='_b', usemask=False)",
    "rfn.join_by('k', r1, r2, r1postfix='', usemask=False)", "rfn.join_by('k', r1, r2, r2postfix='', usemask=False)",
    "rfn.join_by('k', r1, r2, r1postfix='', r2postfix='', usemask=False)",
    "rfn.join_by(['k'], r1, r2, usemask=False, asrecarray=True)", "rfn.rec_join('k', r1, r2)",
    "rfn.rec_join('k', r1, r2, jointype='outer').w2", "rfn.join_by('k', r1, r2, jointype='left', usemask=False)",
    "rfn.join_by(['k', 'k'], r1, r2, usemask=False)", "rfn.join_by('v', r1, r2, usemask=False)",
    "rfn.join_by('x', r1, r2, usemask=False)", "rfn.join_by('k', r1[:0], r2, usemask=False)",
    "rfn.join_by('k', r1[:0], r2, jointype='outer', usemask=False)",
    "p = np.array([('a', 1, 0.5), ('b', 2, 1.5), ('c', 1, 2.5)], dtype=[('name', 'U2'), ('n', 'i8'), ('x', 'f8')])",
    "q = np.array([('b', 2, True), ('a', 1, False), ('c', 2, True)], dtype=[('name', 'U2'), ('n', 'i8'), ('ok', '?')])",
    "rfn.join_by(['name', 'n'], p, q, usemask=False)", "rfn.join_by(['n', 'name'], p, q, jointype='outer', usemask=False)",
    "rfn.join_by('name', p, q, usemask=False)", "rfn.join_by('name', p, q, jointype='outer', usemask=False)",
    "rfn.join_by('n', p[:2], q[:2], jointype='leftouter', usemask=False)",
    "from numpy.lib import recfunctions", "recfunctions.get_names(b.dtype)",
    "from numpy.lib.recfunctions import structured_to_unstructured, repack_fields",
    "structured_to_unstructured(b[['x', 'y']])", "repack_fields(b[['x', 'y']])",
]


# Byte order: marks that leave a dtype native ('<', '=', '|', and '>' of one-byte types and bytes) and
# dtype.byteorder/isnative; big-endian dtypes of several bytes, newbyteorder and object dtypes are refused (checked in
# Tests/SnippetsTests/ByteOrderRefusalTests.swift).
NATIVE_MARKS = [
    "'<i4'", "'=i2'", "'<f8'", "'=f4'", "'|i4'", "'|f8'", "'|c8'", "'<c16'", "'=u8'", "'>i1'", "'>u1'", "'>?'",
    "'=?'", "'|?'", "'>b'", "'>B'", "'<u1'", "'|u2'", "'>S3'", "'<S3'", "'=S2'", "'|U3'", "'<U5'", "'=i8'",
]
THEMES["13-byte-order"] = (
    [f"np.dtype({spec})" for spec in NATIVE_MARKS]
    + [f"np.dtype({spec}).byteorder" for spec in NATIVE_MARKS]
    + [f"np.dtype({spec}).isnative" for spec in NATIVE_MARKS[:6]]
    + [
        "np.dtype('i4').byteorder", "np.dtype('i1').byteorder", "np.dtype('f8').byteorder", "np.dtype(bool).byteorder",
        "np.dtype(np.complex64).byteorder", "np.dtype('U3').byteorder", "np.dtype('S3').byteorder",
        "np.dtype('i4,f8').byteorder", "np.dtype([('a', 'U2'), ('b', 'i8')]).byteorder", "np.dtype('i4,f8').isnative",
        "np.arange(3).dtype.byteorder", "np.array([1.5]).dtype.byteorder", "np.array(['a']).dtype.byteorder",
        "np.array([b'a']).dtype.byteorder", "np.zeros(2, dtype='u1').dtype.byteorder",
        "np.dtype([('a', '>i1'), ('b', '|S2'), ('c', '|f8')])", "np.dtype([('a', '<i4'), ('b', '=f8')])",
        "np.dtype('<i4, |u1, =f8')", "np.dtype({'names': ['a', 'b'], 'formats': ['<i2', '|S3']})",
        "np.zeros(2, dtype='>u1')", "np.array([1, 2], dtype='|i2')", "np.array([1, 2], dtype='<f4')",
        "np.arange(3).astype('<f4')", "np.arange(3).astype('=i1')", "np.array([b'ab'], dtype='>S3')",
        "np.array([b'abcd'], dtype='<S2')", "np.zeros(2, dtype=[('a', '<i4'), ('b', '>S2')])",
        "np.ones(2, dtype='=f8, |i1')", "np.dtype('<i4') == np.dtype('i4')", "np.dtype('|f8') == np.float64",
        "np.dtype('<f8').str", "np.dtype('|i1').str", "np.dtype('=i8').name", "np.dtype('>i1').itemsize",
        "np.dtype('x4')", "np.dtype('<x')", "np.dtype('!i4')",
        # bytes fields and plain 'S' arrays with the structured ones
        "s = np.array([(b'abc', 1), (b'de', 2)], dtype=[('name', 'S3'), ('n', 'i4')])", "s", "s['name']",
        "s[0]", "s[1]['name']", "s['name'][0]", "s.dtype", "s.dtype['name']", "s.dtype.descr", "s.itemsize",
        "s['name'] = [b'xyzw', b'q']", "s", "s[0] = (b'k', 5)", "s", "print(s)", "s.tolist()",
        "np.sort(s, order='name')", "s[s['name'] == b'q']", "s['name'].dtype.byteorder",
        "t = np.zeros(2, dtype=[('tag', 'U10'), ('code', 'S4')])", "t", "t['tag'] = ['alpha', 'beta']",
        "t['code'] = b'ok'", "t", "t[1]", "t.dtype.fields['code']",
        # bytes past ASCII stay bytes (only str elements are encoded, as ASCII)
        "np.array([b'\\xff'])", "np.array([b'\\x00a', b'b\\x80c'])", "np.array([b'\\xe9t\\xe9', b'ok'], dtype='S2')",
        "np.array([b'\\xff', b'a'])[0]", "np.array([b'\\xff', b'a']).tolist()", "np.array([b'\\xff', b'a']) == b'\\xff'",
        "r = np.zeros(2, dtype=[('raw', 'S2'), ('n', 'i1')])", "r['raw'] = [b'\\xfe\\x01', b'z']", "r", "r[0]",
        "np.array(['\\xe9'], dtype='S')", "np.array([b'x', b'yz'], dtype='S')",
    ]
)


# Recfunction results that NumPy returns as views: rename_fields, repack_fields of a packed array, merge_arrays and
# stack_arrays of one array share the argument's memory, so a write into either side shows through the other; the
# copies NumPy makes (mixed dtypes, copy=True, other dtypes, arrays that are not C-contiguous) keep writes apart.
# structured_to_unstructured's view is kept in step with the fields; its memory attributes, and writes into the views
# of merge_arrays of a string array, are refused (Tests/SnippetsTests/RecfunctionsRefusalTests.swift).
THEMES["14-recfunction-views"] = [
    "import numpy.lib.recfunctions as rfn",
    "p = np.array([(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)], dtype=[('x', 'f8'), ('y', 'f8')])",
    # rename_fields: always a view
    "r = rfn.rename_fields(p, {'x': 'X'})", "r", "r.dtype", "r['X'][0] = 10.0", "p", "r", "p['y'][1] = -4.0", "r",
    "r[2] = (7.0, 8.0)", "p", "r['X'] += 1", "p", "p[['x']]", "q = rfn.rename_fields(p[::2], {'y': 'why'})",
    "q['why'] = 0.0", "p", "q", "s = rfn.rename_fields(p, {'x': 'y', 'y': 'x'})", "s", "s['x'][0] = 99.0", "p",
    "s.sort(order='y')", "p", "s",
    "rec = np.rec.array([(1, 2.0), (3, 4.0)], dtype=[('a', 'i4'), ('b', 'f8')])",
    "rr = rfn.rename_fields(rec, {'a': 'A'})", "rr", "rr.dtype", "rr.A[0] = 5", "rec", "rec.b[1] = -1.0", "rr",
    "t = np.array([('ab', 1), ('cd', 2)], dtype=[('name', 'U2'), ('n', 'i8')])",
    "tn = rfn.rename_fields(t, {'name': 'label'})", "tn['label'][1] = 'zz'", "t", "t['name'][0] = 'qq'", "tn",
    "tn[0]", "tn[0]['n'] = 7", "t",
    # repack_fields: the array itself when it is packed, else a copy
    "rp = rfn.repack_fields(p)", "rp['x'][0] = -1.0", "p",
    "b = np.array([(1, 2, 5), (4, 5, 7)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])",
    "rb = rfn.repack_fields(b)", "rb['y'][1] = 0.5", "b", "v = rfn.repack_fields(b[['x', 'z']])", "v", "v['x'] = 0", "b", "v",
    "al = np.zeros(2, dtype=np.dtype([('a', 'u1'), ('b', 'i8')], align=True))", "ra = rfn.repack_fields(al)",
    "ra['a'] = 7", "al", "ra", "rt = rfn.repack_fields(al, align=True)", "rt['b'][0] = 3", "al",
    # merge_arrays of one structured array: its ravelled view when C-contiguous
    "m = rfn.merge_arrays(p)", "m['x'][0] = 100.0", "p", "p['y'][2] = 60.0", "m", "m1 = rfn.merge_arrays((p,))",
    "m1[1] = (0.5, 0.25)", "p", "mr = rfn.merge_arrays(p, asrecarray=True)", "mr", "mr.y[0] = 1.5", "p",
    "mc = rfn.merge_arrays(p[::2])", "mc['x'] = 0.0", "p", "mc",
    "g = np.zeros((2, 2), dtype=[('u', 'i4'), ('v', 'f4')])", "mg = rfn.merge_arrays(g)", "mg.shape",
    "mg['u'][3] = 9", "g", "mt = rfn.merge_arrays(g[:, :1])", "mt['u'] = 1", "g", "mt",
    "one = np.array([(1, 2.0)], dtype=[('a', 'i4'), ('b', 'f8')])", "mo = rfn.merge_arrays(one)", "mo['a'][0] = 7",
    "one", "mrec = rfn.merge_arrays(rec)", "mrec", "mrec['a'][1] = 30", "rec",
    # stack_arrays of one array returns it
    "st = rfn.stack_arrays(p)", "st['x'][0] = 3.5", "p", "st1 = rfn.stack_arrays((p,))", "st1['y'][0] = 4.5", "p",
    # the copies: writes stay on their side
    "w = np.array([(1, 2.0, 3.0)], dtype=[('i', 'i4'), ('f', 'f8'), ('g', 'f8')])",
    "cu = rfn.structured_to_unstructured(w)", "cu[0, 0] = 50", "w", "cu",
    "cf = rfn.structured_to_unstructured(p, copy=True)", "cf[0, 0] = -7", "p", "cf",
    "c4 = rfn.structured_to_unstructured(p, dtype='f4')", "c4[:] = 0", "p", "c4",
    "cw = rfn.structured_to_unstructured(b[['x', 'y']])", "cw[1] = 0", "b",
    "x = np.arange(6.0).reshape(2, 3)", "xs = rfn.unstructured_to_structured(x, dtype='f4,f4,f4')",
    "xs['f0'] = -1", "x", "xs", "xa = rfn.unstructured_to_structured(x[:, ::-1])", "xa['f0'] = 5", "x", "xa",
    "xi = rfn.unstructured_to_structured(x, dtype='i8,i8,i8')", "xi[0] = (1, 1, 1)", "x",
    "mn = rfn.merge_arrays(np.arange(6)[::2])", "mn['f0'] = 0", "mn", "n1 = np.arange(1.0)",
    "m5 = rfn.merge_arrays(n1)", "m5['f0'] = 9.0", "n1", "m5",
    "rfn.apply_along_fields(np.mean, p)", "p['x'] = 0.0", "p",
    "d = rfn.drop_fields(p, 'y', usemask=False)", "d['x'] = 1.0", "p",
    # unstructured_to_structured and merge_arrays of a number array: the fields are columns of its memory
    "z = np.arange(6).reshape(2, 3)", "zs = rfn.unstructured_to_structured(z, names=['lo', 'mid', 'hi'])", "zs",
    "zs['hi'][0] = 20", "z", "z[1, 0] = -3", "zs", "zs[1] = (7, 8, 9)", "z", "z *= 2", "zs", "zs['mid'] += 1", "z",
    "zs.sort(order='lo')", "z", "zs[0]", "zs[0]['lo'] = 100", "z", "zf = zs['mid']", "z[0, 1] = 55", "zf",
    "z3 = np.arange(12.0).reshape(2, 2, 3)", "z3s = rfn.unstructured_to_structured(z3)", "z3s.shape",
    "z3s['f2'][1, 0] = -1.0", "z3", "zd = rfn.unstructured_to_structured(z3[1], dtype='f8,f8,f8')",
    "zd['f0'] = 0.5", "z3", "za = rfn.unstructured_to_structured(np.arange(4.0).reshape(2, 2), align=True)",
    "za", "zi = np.arange(6, dtype=np.int32).reshape(3, 2)",
    "zis = rfn.unstructured_to_structured(zi, dtype=[('a', 'i4'), ('b', 'i4')])", "zis['b'] = 0", "zi",
    "z1 = np.arange(3)", "z1s = rfn.unstructured_to_structured(z1)", "z1s", "z1[0] = 9", "z1s",
    "k = np.arange(4.0)", "mk = rfn.merge_arrays(k)", "mk['f0'][1] = 10.0", "k", "k[2] = -2.0", "mk",
    "mk2 = rfn.merge_arrays((k.reshape(2, 2),), asrecarray=True)", "mk2", "mk2.f0[0] = 0.25", "k",
    # structured_to_unstructured of fields of one dtype at even offsets: kept in step with the fields
    "p = np.array([(1.0, 2.0), (3.0, 4.0), (5.0, 6.0)], dtype=[('x', 'f8'), ('y', 'f8')])",
    "u = rfn.structured_to_unstructured(p)", "u[0, 0] = 9.0", "p", "p['y'][1] = -4.0", "u", "p[2] = (7.0, 8.0)", "u",
    "u += 1", "p", "u.fill(0.5)", "p", "u[1].sort()", "p['x'] = [3.0, 2.0, 1.0]", "u", "u.sort(axis=0)", "p",
    "p.sort(order='y')", "u", "ut = u.T", "ut[1, 0] = 100.0", "p", "p['x'][0] = -1.0", "ut", "u",
    "np.add(u, 1, out=u)", "p", "np.add.at(u, 0, 1.0)", "p", "u.flat[5] = 42.0", "p",
    "b = np.array([(1, 2, 5), (4, 5, 7)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])",
    "v = rfn.structured_to_unstructured(b[['x']])", "v[1, 0] = 40", "b", "b['x'] += 1", "v",
    "t = np.zeros(4, dtype='f8,f8,f8')", "tv = rfn.structured_to_unstructured(t[['f2', 'f0']])", "tv[:, 0] = 1.0",
    "t", "tv2 = rfn.structured_to_unstructured(t[::2])", "tv2[0] = (7.0, 8.0, 9.0)", "t", "t[2] = (1.0, 2.0, 3.0)",
    "tv2", "q = np.zeros((2, 2), dtype=[('a', 'i8'), ('b', 'i8')])", "qu = rfn.structured_to_unstructured(q)",
    "qu.shape", "qu[1, 0, 1] = 5", "q", "q[0, 1]['a'] = 3", "qu",
    "k = rfn.apply_along_fields(lambda m, axis: m, p)", "k[0, 1] = 0.0", "p",
    "r = rfn.structured_to_unstructured(rfn.rename_fields(p, {'x': 'X'}))", "r[0] = 11.0", "p",
    "u.sum()", "u * 2",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_structured_fixtures.py")


if __name__ == "__main__":
    main()
