#!/usr/bin/env python3
"""Writes the transcripts of a chapter's in-memory files (io.StringIO, open, os.path, np.save/load/savez, np.savetxt,
np.loadtxt, np.genfromtxt, np.fromstring) from real Python 3.11 and NumPy 2.4.6, into `numpy/60-…`.

Each theme runs in a new empty temporary folder, as a chapter starts with no files. Run:
`python3 Tests/SnippetsTests/Fixtures/make_files_fixtures.py`; rerunning gives identical bytes.
"""

import os
import tempfile

import numpy as np

from make_numpy_fixtures import HERE, write_themes

THEMES = {}

THEMES["60-files-text"] = [
    "f = open('notes.txt', 'w')", "f.write('first line\\n')", "f.write('second')", "f.close()",
    "open('notes.txt').read()", "print(open('notes.txt').read())", "open('notes.txt').readlines()",
    "with open('notes.txt') as f:\n    for line in f:\n        print(repr(line))",
    "with open('notes.txt', 'a') as f:\n    n = f.write('\\nthird\\n')", "n", "open('notes.txt').read()",
    "f = open('notes.txt')", "f.readline()", "f.readline()", "f.read(3)", "f.read()", "f.read()", "f.tell() > 0",
    "f.closed", "f.close()", "f.closed", "f.read()", "f.name", "f.mode",
    "open('missing.txt')", "open('missing.txt').read()",
    "with open('music.csv', 'w') as fid:\n    fid.write('Artist,Genre,Listeners,Plays\\n')\n    fid.write('Billie Holiday,Jazz,1300000,27000000\\n')",
    "print(open('music.csv').read())",
    "f = open('w.txt', 'w')", "f.read()", "f.close()", "open('notes.txt').write('x')",
    "open('notes.txt', 'q')", "open('notes.txt', 'rw')", "open('notes.txt', 'x')",
    "with open('fresh.txt', 'x') as f:\n    f.write('new')", "open('fresh.txt').read()",
    "open('notes.txt', mode='r').read(5)", "f = open('w.txt', 'w')", "f.write(3)", "f.close()",
    "with open('lines.txt', 'w') as f:\n    f.writelines(['a\\n', 'b\\n', 'c'])", "open('lines.txt').readlines()",
    "[line.strip() for line in open('lines.txt')]", "len(open('lines.txt').read())",
    "with open('nums.txt', 'w') as f:\n    for i in range(3):\n        print(i, i * i, file=f)",
    "open('nums.txt').read().split()", "sum(int(x) for x in open('nums.txt').read().split())",
    "try:\n    open('nothing.txt')\nexcept FileNotFoundError as e:\n    print('missing:', e)",
    "try:\n    open('nothing.txt')\nexcept OSError:\n    print('an OSError')",
    "with open('crlf.txt', 'w') as f:\n    f.write('a\\r\\nb\\rc\\n')", "open('crlf.txt').read()",
    "open('crlf.txt', newline='').read()", "open('crlf.txt', newline='').readlines()", "open('crlf.txt').readlines()",
    "open('crlf.txt', newline='\\r').readlines()", "open('crlf.txt', newline='\\r\\n').readlines()",
    "open('crlf.txt', newline='\\n').readlines()", "open('crlf.txt', newline='x')",
    "with open('dos.txt', 'w', newline='\\r\\n') as f:\n    f.write('one\\ntwo\\n')", "open('dos.txt', newline='').read()",
    "open('dos.txt').read()",
    "f = open('later.txt', 'w')", "f.write('text')", "f.flush()", "open('later.txt').read()", "f.write(' more')",
    "f.close()", "open('later.txt').read()",
]

THEMES["61-files-stringio"] = [
    "from io import StringIO", "import io", "s = StringIO('1, 2, 3\\n4, 5, 6')", "s.read()", "s.read()",
    "s.seek(0)", "s.readline()", "s.readline()", "s.readline()", "s.getvalue()",
    "out = io.StringIO()", "out.write('hello ')", "out.write('world')", "out.getvalue()", "out.tell()",
    "out.seek(0)", "out.read()", "out.seek(0)", "out.write('J')", "out.getvalue()",
    "StringIO('a\\nb\\nc').readlines()", "list(StringIO('x\\ny\\n'))", "[line for line in StringIO('p\\nq')]",
    "with StringIO('abc') as s:\n    print(s.read(2))", "s.closed", "s.read()", "StringIO(5)", "StringIO(None).getvalue()",
    "out = StringIO()", "out.write(5)", "print('line one', file=None)", "print('to', 'buffer', sep='-', file=out)",
    "print(3.5, file=out)", "out.getvalue()", "StringIO('abc').read(-1)",
    "StringIO('abcdef').read(2)", "t = StringIO('abc')", "t.read(10)", "t.tell()", "t.readable(), t.writable(), t.seekable()",
    "StringIO('one\\ntwo').readline(2)",
]

THEMES["62-files-npy"] = [
    "a = np.array([1, 2, 3, 4, 5, 6])", "np.save('filename', a)", "b = np.load('filename.npy')", "b",
    "np.load('filename')", "np.save('data.npy', np.arange(6).reshape(2, 3) / 4)", "np.load('data.npy')",
    "np.load('data.npy').dtype", "np.save('ints.npy', np.arange(3, dtype=np.int32))", "np.load('ints.npy')",
    "c = np.load('ints.npy')", "c[0] = 100", "np.load('ints.npy')", "np.save('flags', a > 3)", "np.load('flags.npy')",
    "np.save('scalar', 5.5)", "np.load('scalar.npy')", "np.save('listed', [[1.5, 2.5], [3.5, 4.5]])",
    "np.load('listed.npy')", "np.load('nothing.npy')", "np.save('f32', np.ones(3, dtype=np.float32))",
    "np.load('f32.npy')", "open('filename.npy').read()",
    "x = np.linspace(0, 10, 5)", "y = x ** 2", "np.savez('x_y-squared.npz', x_axis=x, y_axis=y)",
    "load_xy = np.load('x_y-squared.npz')", "load_xy.files", "load_xy['x_axis']", "load_xy['y_axis']",
    "load_xy['z']", "'x_axis' in load_xy", "len(load_xy)", "sorted(load_xy.keys())", "list(load_xy)",
    "np.savez('plain', a, x)", "d = np.load('plain.npz')", "d.files", "d['arr_0']", "d['arr_1']",
    "np.savez('mixed', a, b=x)", "np.load('mixed.npz').files", "np.savez('bad', a, arr_0=x)",
    "np.savez_compressed('small', first=a, second=a * 2)", "with np.load('small.npz') as data:\n    print(data['second'])",
    "np.load('small.npz')['first'].sum()",
    "results = np.load('x_y-squared.npz')", "results['y_axis'][-1]",
    "np.savez('many', a=1, b=2, c=3, d=4, e=5, f=6)", "np.load('many.npz').files",
    "open('notes.txt', 'w').write('1 2 3')", "np.load('notes.txt')",
    "np.save('filename', a * 10)", "np.load('filename.npy')",
]

THEMES["63-files-savetxt"] = [
    "csv_arr = np.array([1, 2, 3, 4, 5, 6, 7, 8])", "np.savetxt('new_file.csv', csv_arr)",
    "print(open('new_file.csv').read())", "np.loadtxt('new_file.csv')",
    "a = np.array([[-2.58289208,  0.43014843, -1.24082018, 1.59572603],\n [ 0.99027828, 1.17150989,  0.94125714, -0.14692469],\n [ 0.76989341,  0.81299683, -0.95068423, 0.11769564],\n [ 0.20484034,  0.34784527,  1.96979195, 0.51992837]])",
    "np.savetxt('np.csv', a, fmt='%.2f', delimiter=',', header='1,  2,  3,  4')", "print(open('np.csv').read())",
    "np.loadtxt('np.csv', delimiter=',')",
    "x = np.arange(0, 10, 2)", "y = x ** 2", "array_out = np.block([x[:, np.newaxis], y[:, np.newaxis]])",
    "np.savetxt('x_y-squared.csv', X=array_out, header='x, y', delimiter=',')", "print(open('x_y-squared.csv').read())",
    "load_xy = np.loadtxt('x_y-squared.csv', delimiter=',')", "load_xy", "load_xy.shape",
    "np.savetxt('ints.txt', np.arange(6).reshape(2, 3), fmt='%d')", "open('ints.txt').read()",
    "np.savetxt('ints.txt', np.arange(6).reshape(2, 3), fmt='%d', delimiter=', ', footer='end', comments='// ')",
    "open('ints.txt').read()", "np.savetxt('cols.txt', np.eye(2), fmt=['%.1f', '%5.3e'])", "open('cols.txt').read()",
    "np.savetxt('cols.txt', np.eye(2), fmt=['%.1f'])", "np.savetxt('cols.txt', np.eye(2), fmt='%d %d %d')",
    "np.savetxt('cube.txt', np.ones((2, 2, 2)))", "np.savetxt('zero.txt', np.float64(1.0))",
    "np.savetxt('nl.txt', [[1, 2], [3, 4]], fmt='%i', newline=';')", "open('nl.txt').read()",
    "np.savetxt('h.txt', [1.5], header='two\\nlines', footer='f')", "open('h.txt').read()",
    "np.savetxt('f.txt', np.array([[0.1, 1e-5], [123456.789, -0.0]]))", "print(open('f.txt').read())",
    "np.savetxt('g.txt', np.array([[1, 2]]), fmt='%s')", "open('g.txt').read()",
    "np.savetxt('b.txt', np.array([True, False]), fmt='%d')", "open('b.txt').read()",
    "np.savetxt('fmt.txt', [1.0], fmt=5)",
    "from io import StringIO", "buffer = StringIO()", "np.savetxt(buffer, np.arange(4).reshape(2, 2), fmt='%d', delimiter=',')",
    "buffer.getvalue()", "with open('handle.txt', 'w') as f:\n    np.savetxt(f, [1, 2], fmt='%.3f')", "open('handle.txt').read()",
    "data = np.array([[1.0, 2.0], [3.0, 4.0]])", "np.savetxt('pop2.txt', data)", "data2 = np.loadtxt('pop2.txt')",
    "data2", "np.array_equal(data, data2)",
]

THEMES["64-files-loadtxt"] = [
    "from io import StringIO", "c = StringIO('0 1\\n2 3')", "np.loadtxt(c)",
    "d = StringIO('M 21 72\\nF 35 58')", "np.loadtxt(StringIO('1,0,2\\n3,0,4'), delimiter=',', usecols=(0, 2), unpack=True)",
    "x, y = np.loadtxt(StringIO('1,0,2\\n3,0,4'), delimiter=',', usecols=(0, 2), unpack=True)", "x", "y",
    "s = StringIO('10.01 31.25-\\n19.22 64.31\\n17.57- 63.94')", "np.loadtxt(StringIO('1 2\\n3 x'))",
    "np.loadtxt(StringIO('# comment\\n1 2\\n\\n3 4'))", "np.loadtxt(StringIO('1 2\\n3'))",
    "np.loadtxt(StringIO('1.0 2\\n3 4'), dtype=int)", "np.loadtxt(StringIO('1 2\\n3 4'), dtype=int)",
    "np.loadtxt(StringIO('1,2\\n 3 , 4 '), delimiter=',')", "np.loadtxt(StringIO('1,,2'), delimiter=',')",
    "np.loadtxt(StringIO('1 2'), usecols=5)", "np.loadtxt(StringIO('1 2'), usecols=-1)", "np.loadtxt(StringIO('1 2'), usecols=1.0)",
    "np.loadtxt(StringIO('1 2'), ndmin=2)", "np.loadtxt(StringIO('5'), ndmin=1)", "np.loadtxt(StringIO('5'))",
    "np.loadtxt(StringIO('1 2'), ndmin=3)", "np.loadtxt(StringIO('1 2'), skiprows=-1)",
    "np.loadtxt(StringIO('1 2 # x\\n3 4 // y'), comments=['#', '//'])",
    "np.loadtxt(StringIO('1,2\\n3,4'), delimiter=',', max_rows=1)",
    "np.loadtxt(StringIO('a b\\n1 2\\n3 4'), skiprows=1, dtype=np.float32)",
    "np.loadtxt(StringIO(' +inf nan -1e3 2.5E2'))", "np.loadtxt(StringIO('1_0 2'))",
    "np.loadtxt(StringIO('1 0 3'), dtype=bool)", "np.loadtxt(StringIO('1 2\\n3 4\\n5 6'), max_rows=2, skiprows=1)",
    "np.loadtxt(['1 2', '3 4'])", "np.loadtxt(['1 2\\n', '3 4\\n'], dtype=np.int32)",
    "np.loadtxt(StringIO('1;2;3'), delimiter=';', dtype=np.uint8)", "np.loadtxt(StringIO('1\\t2\\n3\\t4'), delimiter='\\t')",
    "np.loadtxt(StringIO('0x10'))", "np.loadtxt(StringIO('h\\n1 2\\n\\n# c\\n1 2 3'), skiprows=1)",
    "np.loadtxt(StringIO('1 2\\n\\n1'), usecols=1)", "np.loadtxt(StringIO('3'), usecols=[0, 0])",
    "np.loadtxt(StringIO('1,2\\n3,4'), delimiter=',', usecols=[1])",
    "np.loadtxt(StringIO('1 2'), comments='')", "np.loadtxt(StringIO('1 2 # 3'), comments=None)",
    "np.loadtxt(StringIO('1,2,3\\n4,5,6'), delimiter=',', converters=lambda s: float(s) * 2)",
    "np.loadtxt(StringIO('1,2,3\\n4,5,6'), delimiter=',', converters={0: lambda s: 0})",
    "np.loadtxt('absent.csv', delimiter=',')", "np.loadtxt(5)",
    "with open('simple.csv', 'w') as f:\n    f.write('x, y\\n0, 0\\n1, 1\\n2, 4\\n3, 9')",
    "np.loadtxt('simple.csv', delimiter = ',', skiprows = 1)",
    "data = np.loadtxt('simple.csv', delimiter=',', usecols=[1], skiprows=1)", "data",
    "np.loadtxt(StringIO('1 2\\n3 4'), unpack=True)", "a, b = np.loadtxt(StringIO('1 2\\n3 4\\n5 6'), unpack=True)", "a + b",
    "np.fromstring('1 2', dtype=int, sep=' ')", "np.fromstring('1, 2', sep=',')", "np.fromstring('1 2  3', sep=' ')",
    "np.fromstring('1.5,2.5,3.5', sep=',', count=2)", "np.fromstring('1 2', sep='')",
]

THEMES["65-files-genfromtxt"] = [
    "from io import StringIO", "data = '1, 2, 3\\n4, 5, 6'", "np.genfromtxt(StringIO(data), delimiter=',')",
    "data = '  1  2  3\\n  4  5 67\\n890123  4'", "np.genfromtxt(StringIO(data), delimiter=3)",
    "data = '123456789\\n   4  7 9\\n   4567 9'", "np.genfromtxt(StringIO(data), delimiter=(4, 3, 2))",
    "data = '''#\\n# Skip me !\\n# Skip me too !\\n1, 2\\n3, 4\\n5, 6 #This is the third line of the data\\n7, 8\\n# And here comes the last line\\n9, 0\\n'''",
    "np.genfromtxt(StringIO(data), comments='#', delimiter=',')",
    "data = '\\n'.join(str(i) for i in range(10))", "np.genfromtxt(StringIO(data),)",
    "np.genfromtxt(StringIO(data), skip_header=3, skip_footer=5)",
    "data = '1 2 3\\n4 5 6'", "np.genfromtxt(StringIO(data), usecols=(0, -1))",
    "np.genfromtxt(StringIO(data), dtype=None)", "np.genfromtxt(StringIO(data), dtype=int)",
    "np.genfromtxt(StringIO('1,-999,3\\n4,5,6'), delimiter=',', missing_values='-999')",
    "np.genfromtxt(StringIO('1,,3\\n4,5,6'), delimiter=',')", "np.genfromtxt(StringIO('1,,3\\n4,5,6'), delimiter=',', dtype=int)",
    "np.genfromtxt(StringIO('1,,3\\n4,5,6'), delimiter=',', filling_values=0)",
    "np.genfromtxt(StringIO('1,x,3\\n4,5,'), delimiter=',', filling_values=[10, 20, 30])",
    "np.genfromtxt(StringIO('1,x,3\\n4,5,'), delimiter=',', filling_values={2: -5})",
    "np.genfromtxt(StringIO('1,2\\n3,4,5\\n6,7'), delimiter=',')",
    "np.genfromtxt(StringIO('1,2\\n3,4,5\\n6,7'), delimiter=',', invalid_raise=False)",
    "np.genfromtxt(StringIO('1 2.5\\n3 4'))", "np.genfromtxt(StringIO('1.5 2.5\\n3 4'), dtype=None)",
    "np.genfromtxt(StringIO('1,2,3\\n4,5,6'), delimiter=',', skip_footer=1, usecols=(0, -1))",
    "np.genfromtxt(StringIO(' a , b '), delimiter=',', autostrip=True)",
    "np.genfromtxt(StringIO('1 2\\n3 4'), unpack=True)", "np.genfromtxt(StringIO('7'))", "np.genfromtxt(StringIO('7'), ndmin=2)",
    "np.genfromtxt(StringIO('1 2\\n3 4\\n5 6'), max_rows=2)", "np.genfromtxt(StringIO('1 2\\n3 4'), max_rows=0)",
    "np.genfromtxt(StringIO('1 2\\n3 4'), max_rows=1, skip_footer=1)",
    "np.genfromtxt(StringIO('True False\\nFalse True'), dtype=None)", "np.genfromtxt(StringIO('1 2'), dtype=bool)",
    "np.genfromtxt(['1 2', '3 4'])", "np.genfromtxt(StringIO('1;2\\n3;4'), delimiter=';', dtype=np.float32)",
    "np.genfromtxt(StringIO('1 2\\n3 4 5\\n6 7 8\\n9 1'), skip_footer=1)",
    "np.genfromtxt(StringIO('1 2\\n3 4'), comments=None)",
    "with open('g.csv', 'w') as f:\n    f.write('1,2\\n3,4\\n')", "np.genfromtxt('g.csv', delimiter=',')",
    "np.genfromtxt('gone.csv', delimiter=',')",
    "data = '1, , 3\\n 4, 5, 6'", "convert = lambda x: float(x.strip() or -999)",
    "np.genfromtxt(StringIO(data), delimiter=',', converters={1: convert})",
    "np.genfromtxt(StringIO(data), delimiter=',', converters={-1: lambda x: float(x) * 10})",
    "np.genfromtxt(StringIO(data), delimiter=',', usecols=(0, 2), converters={2: lambda x: 0.5})",
    "np.genfromtxt(StringIO(data), delimiter=',', usecols=(0, 2), converters={1: lambda x: 0.5})",
    "np.genfromtxt(StringIO('1 2\\n3 4'), dtype=None, converters={0: lambda x: int(x) * 7})",
    "np.genfromtxt(StringIO('1 2'), converters=[float])",
]

THEMES["66-files-names"] = [
    "import os", "os.listdir()", "with open('caf\\u00e9.txt', 'w') as f:\n    f.write('composed')",
    "with open('cafe\\u0301.txt', 'w') as f:\n    f.write('decomposed')", "sorted(os.listdir())", "open('caf\\u00e9.txt').read()",
    "open('cafe\\u0301.txt').read()", "open('Data.csv', 'w').write('upper')", "os.path.exists('data.csv')",
    "os.path.exists('Data.csv')", "os.path.isfile('Data.csv')", "os.remove('Data.csv')", "os.path.exists('Data.csv')",
    "os.remove('Data.csv')", "os.path.join('results', 'run1.csv')", "os.path.splitext('table.tar.gz')",
    "os.path.splitext('.hidden')", "os.path.basename('a/b/c.txt')", "os.path.dirname('a/b/c.txt')",
    "os.path.split('a/b/c.txt')", "os.path.join('a', '/b')", "os.sep", "open('', 'w')",
    "open('x.txt\\0', 'w')", "open(3.5)", "np.save('trailing. ', np.ones(1))", "os.path.exists('trailing. .npy')",
    "sorted(os.listdir())", "import os.path", "from os.path import join, exists", "join('a', 'b')",
    "exists('t.txt')", "with open('sized.txt', 'w') as f:\n    f.write('caf\\u00e9\\n')", "os.path.getsize('sized.txt')",
    "os.path.getsize('none.txt')", "os.path.isdir('.')", "from io import StringIO", "type(StringIO())", "StringIO", "f = open('t.txt', 'w')",
    "type(f)", "f.close()", "np.savez('z', a=np.ones(1))", "type(np.load('z.npz'))", "f.closed",
]

# Text read from files is cut at '\r\n': str methods work by code point, as CPython's.
THEMES["67-files-line-ends"] = [
    "s = 'a\\r\\nb\\rc\\n d '", "s.split('\\n')", "s.split()", "s.find('\\n')", "s.count('\\n')", "'\\n' in s",
    "s.splitlines()", "len(s)", "s.strip(' \\r\\n')", "s.rstrip('\\n')", "s.lstrip('a\\r')", "s.strip()",
    "'\\x1c x \\x85'.strip()", "'xyx'.strip(None)", "s.index('\\n')", "s.partition('\\n')", "s.rfind('\\r')",
    "s.endswith('\\n')", "s.startswith('a\\r')", "s[1:3]", "list(s)[:4]", "s.split('\\r')", "s.rsplit('\\n', 1)",
    "s.replace('\\n', '|')", "'\\r\\n'.join(['a', 'b']).split('\\n')", "'a\\r\\n'.endswith('\\n')",
    "'1 2\\r\\n'.split(' ')", "'\\u00e9'.strip('e')", "'e\\u0301x'.strip('e')", "'e\\u0301'.rstrip('\\u0301')",
    "' x \\u3000'.strip()", "'\\u00a0x\\u2003'.strip()", "'--x--'.lstrip('-')", "'--x--'.rstrip('-')", "'abc'.strip('')",
]


# genfromtxt's structured arrays: names= (True, a string, a list), a list or tuple of dtypes, usecols by name, and
# converters, missing and filling values keyed by name; NumPy's name validation (spaces, deleted characters, reserved
# words, repeats, defaultfmt).
THEMES["68-files-genfromtxt-names"] = [
    "from io import StringIO", "data = '1 2 3\\n4 5 6'",
    "np.genfromtxt(StringIO(data), names='a, b, c', usecols=('a', 'c'))",
    "np.genfromtxt(StringIO(data), names='a, b, c', usecols=('a, c'))",
    "np.genfromtxt(StringIO(data), dtype=[(_, np.int_) for _ in 'abc'])",
    "np.genfromtxt(StringIO(data), names='A, B, C')",
    "np.genfromtxt(StringIO('So it goes\\n#a b c\\n1 2 3\\n 4 5 6'), skip_header=1, names=True)",
    "ndtype = [('a', np.int_), ('b', np.float64), ('c', np.int_)]",
    "np.genfromtxt(StringIO(data), names=['A', 'B', 'C'], dtype=ndtype)",
    "np.genfromtxt(StringIO(data), dtype=(np.int_, np.float64, np.int_))",
    "np.genfromtxt(StringIO(data), dtype=(np.int_, np.float64, np.int_), names='a')",
    "np.genfromtxt(StringIO(data), dtype=(np.int_, np.float64, np.int_), defaultfmt='var_%02i')",
    "convertfunc = lambda x: float(x.strip('%')) / 100.", "data = '1, 2.3%, 45.\\n6, 78.9%, 0'",
    "names = ('i', 'p', 'n')", "np.genfromtxt(StringIO(data), delimiter=',', names=names)",
    "np.genfromtxt(StringIO(data), delimiter=',', names=names, converters={1: convertfunc})",
    "np.genfromtxt(StringIO(data), delimiter=',', names=names, converters={'p': convertfunc})",
    "data = 'N/A, 2, 3\\n4, ,???'",
    "kwargs = dict(delimiter=',', dtype=np.int_, names='a,b,c', missing_values={0: 'N/A', 'b': ' ', 2: '???'}, filling_values={0: 0, 'b': 0, 2: -999})",
    "np.genfromtxt(StringIO(data), **kwargs)",
    "a = np.genfromtxt(StringIO('x y\\n1 2.5\\n3 4.5'), names=True)", "a", "a['x']", "a['y']", "a.dtype",
    "a.dtype.names", "a[0]", "a['y'].sum()", "a.shape",
    "np.genfromtxt(StringIO('x y\\n1 2.5\\n3 4.5'), names=True, dtype=None)",
    "np.genfromtxt(StringIO('x,y\\n1,2\\n3,4'), names=True, delimiter=',', dtype=int)",
    "np.genfromtxt(StringIO('# x y\\n1 2\\n3 4'), names=True)",
    "np.genfromtxt(StringIO('first name, age\\n1, 2\\n3, 4'), names=True, delimiter=',')",
    "np.genfromtxt(StringIO('a a b\\n1 2 3\\n4 5 6'), names=True)",
    "np.genfromtxt(StringIO('return print x\\n1 2 3\\n4 5 6'), names=True)",
    "np.genfromtxt(StringIO('a-b c.d e?\\n1 2 3\\n4 5 6'), names=True)",
    "np.genfromtxt(StringIO('A B\\n1 2\\n3 4'), names=True, case_sensitive=False)",
    "np.genfromtxt(StringIO('A B\\n1 2\\n3 4'), names=True, case_sensitive='lower')",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), names=['x', '', 'z'])",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), names='x,,z', defaultfmt='col%i')",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), names='p,q,r', usecols=(0, 2))",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), names='p,q,r', usecols=('r', 'p'))",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), names='p,q,r', usecols=('s',))",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), dtype=[('a', 'i4'), ('b', 'f4'), ('c', 'i2')])",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), dtype=[('a', 'i4'), ('b', 'f4'), ('c', 'i2')], usecols=(0, 2))",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), dtype=(int, float, bool))",
    "np.genfromtxt(StringIO('1 2 3\\n4 5 6'), dtype=[int, float, int], names='u, v, w')",
    "np.genfromtxt(StringIO('1 2.5 True\\n4 5 False'), dtype=None, names='i, f, b')",
    "np.genfromtxt(StringIO('1,2\\n3,x'), delimiter=',', names='a,b', dtype=int)",
    "np.genfromtxt(StringIO('1,2\\n3,x'), delimiter=',', names='a,b', filling_values={'b': 7})",
    "r = np.genfromtxt(StringIO('t v\\n0 1.5\\n1 2.5\\n2 4.0'), names=True)", "r['v'].mean()", "r[r['v'] > 2]",
    "np.sort(r, order='v')[::-1]", "r['t'] * 2", "print(r)", "r.tolist()",
    # Options keyed by name: NumPy adds each named converter under its field's number and leaves the others alone.
    "c = {'b': lambda s: float(s) * 2}", "m = {'a': 'N/A'}", "f = {'a': -1}",
    "np.genfromtxt(StringIO('a,b\\n1,2\\nN/A,4'), delimiter=',', names=True, converters=c, missing_values=m, "
    + "filling_values=f)",
    "list(c.keys()), m, f",
    "c = {'c': lambda s: float(s) * 2}",
    "np.genfromtxt(StringIO('a,b,c\\n1,2,3\\n5,6,7'), delimiter=',', names=True, usecols=(0, 2), converters=c)",
    "list(c.keys())",
]


def main():
    folder = HERE / "numpy"
    start = os.getcwd()
    for name, statements in THEMES.items():
        # A chapter starts with no files: each theme runs in an empty folder of its own.
        with tempfile.TemporaryDirectory() as place:
            os.chdir(place)
            try:
                write_themes({name: statements}, folder, "make_files_fixtures.py")
            finally:
                os.chdir(start)


if __name__ == "__main__":
    main()
