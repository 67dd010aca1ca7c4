#!/usr/bin/env python3
"""Writes the byte-order and raw-bytes transcripts (issue 10: big-endian dtypes, `bytearray`, `np.ndarray(buffer=)`,
`np.frombuffer`, `byteswap`, `view(dtype)`, `tobytes`) from real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_byteorder_fixtures.py`. It rewrites the `structured/15-*.txt` files;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output,
the exception's last line). `15-byteswapping-page` is NumPy's user-guide page "Byte-swapping"
(numpy/doc/source/user/byteswapping.rst), statement for statement. What docbuild refuses is checked in
Tests/SnippetsTests/ByteOrderRefusalTests.swift.
"""

import pathlib

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "structured"

THEMES = {}

# NumPy's user guide, "Byte-swapping", in its order (its `import numpy as np` included).
THEMES["15-byteswapping-page"] = [
    "big_end_buffer = bytearray([0,1,3,2])",
    "big_end_buffer",
    "import numpy as np",
    "big_end_arr = np.ndarray(shape=(2,),dtype='>i2', buffer=big_end_buffer)",
    "big_end_arr[0]",
    "big_end_arr[1]",
    "little_end_u4 = np.ndarray(shape=(1,),dtype='<u4', buffer=big_end_buffer)",
    "little_end_u4[0] == 1 * 256**1 + 3 * 256**2 + 2 * 256**3",
    "big_end_arr[0].dtype.byteorder == little_end_u4[0].dtype.byteorder",
    "wrong_end_dtype_arr = np.ndarray(shape=(2,),dtype='<i2', buffer=big_end_buffer)",
    "wrong_end_dtype_arr[0]",
    "fixed_end_dtype_arr = wrong_end_dtype_arr.view(np.dtype('<i2').newbyteorder())",
    "fixed_end_dtype_arr[0]",
    "fixed_end_dtype_arr.tobytes() == big_end_buffer",
    "fixed_end_mem_arr = wrong_end_dtype_arr.byteswap()",
    "fixed_end_mem_arr[0]",
    "fixed_end_mem_arr.tobytes() == big_end_buffer",
    "swapped_end_arr = big_end_arr.byteswap()",
    "swapped_end_arr = swapped_end_arr.view(swapped_end_arr.dtype.newbyteorder())",
    "swapped_end_arr[0]",
    "swapped_end_arr.tobytes() == big_end_buffer",
    "swapped_end_arr = big_end_arr.astype('<i2')",
    "swapped_end_arr[0]",
    "swapped_end_arr.tobytes() == big_end_buffer",
]

SPECS = ["'>i2'", "'>u2'", "'>i4'", "'>u4'", "'>i8'", "'>u8'", "'>f2'", "'>f4'", "'>f8'", "'>c8'", "'>c16'"]

THEMES["15-dtypes"] = (
    [f"np.dtype({spec})" for spec in SPECS]
    + [f"np.dtype({spec}).byteorder" for spec in SPECS[:4]]
    + [f"np.dtype({spec}).str" for spec in SPECS[6:]]
    + [f"print(np.dtype({spec}))" for spec in SPECS[:3]]
    + [
        "np.dtype('>i2').isnative", "np.dtype('>i2').name", "np.dtype('>i2').itemsize", "np.dtype('>i2').kind",
        "np.dtype('>f8').char", "np.dtype('>f8').type", "np.dtype('>i2').descr", "str(np.dtype('>i4'))",
        "np.dtype('<i2').newbyteorder()", "np.dtype('i2').newbyteorder()", "np.dtype('=f8').newbyteorder('S')",
        "np.dtype('>i2').newbyteorder()", "np.dtype('>i2').newbyteorder().byteorder",
        "np.dtype('>i2').newbyteorder().isnative", "np.dtype('>i2').newbyteorder().str",
        "print(np.dtype('>i2').newbyteorder())", "np.dtype('>i2').newbyteorder('<')",
        "np.dtype('>i2').newbyteorder('>')", "np.dtype('>i2').newbyteorder('=')", "np.dtype('>i2').newbyteorder('|')",
        "np.dtype('>i2').newbyteorder('big')", "np.dtype('>i2').newbyteorder('little')",
        "np.dtype('>i2').newbyteorder('native')", "np.dtype('>i2').newbyteorder('swap')",
        "np.dtype('>i2').newbyteorder('x')", "np.dtype('>i2').newbyteorder('')", "np.dtype('>i2').newbyteorder(3)",
        "np.dtype('i1').newbyteorder()", "np.dtype('u1').newbyteorder('>')", "np.dtype(bool).newbyteorder()",
        "np.dtype('<i2').newbyteorder().newbyteorder()", "np.dtype('f8').newbyteorder('<')",
        "np.dtype('>i2') == np.dtype('<i2')", "np.dtype('>i2') == np.dtype('>i2')", "np.dtype('>i2') == '>i2'",
        "np.dtype('>i2') == 'i2'", "np.dtype('>i2') == np.int16", "np.dtype('<i2').newbyteorder() == np.dtype('>i2')",
        "np.dtype('>i2').newbyteorder() == np.int16", "np.dtype('>i2').newbyteorder() == 'i2'",
        "np.dtype('>i2') != np.dtype('>i2')", "np.dtype(np.dtype('>i2'))", "np.dtype('>i8').newbyteorder()",
        "type(np.dtype('>i2'))", "np.dtype('>i2').newbyteorder('L') == np.dtype('i2')",
    ]
)

THEMES["15-big-endian-arrays"] = [
    "a = np.array([1, 770, -5], dtype='>i2')", "a", "print(a)", "a.dtype", "a.dtype.byteorder", "a.dtype.str",
    "a.shape", "a.ndim", "a.size", "a.itemsize", "a.nbytes", "a.strides", "a[0]", "a[1]", "a[-1]", "type(a[0])",
    "a[0].dtype", "a[0].dtype.byteorder", "a[::2]", "a[1:]", "a[::-1]", "a[[0, 2]]", "a[a > 0]", "a.tolist()",
    "a.item(1)", "list(a)", "len(a)", "a.sum()", "a.mean()", "a.max()", "a.min()", "a.argmax()", "a.cumsum()",
    "a + 1", "a * a", "-a", "a == 1", "a > 0", "a / 2", "np.add(a, 1)", "np.abs(a)", "np.sqrt(np.abs(a))",
    "np.sum(a)", "np.max(a)", "np.concatenate([a, a])", "np.stack([a, a])", "np.where(a > 0, a, 0)",
    "np.allclose(a, a)", "np.array_equal(a, [1, 770, -5])", "a.astype(float)", "a.astype('>f8')",
    "a.astype(np.int32)", "a.copy()", "np.copy(a)", "np.array(a)", "np.asarray(a) is a", "np.sort(a)",
    "np.zeros_like(a)", "np.ones_like(a)", "np.full_like(a, 3)", "a.reshape(3, 1)", "a.reshape(3, 1).T",
    "a.flatten()", "a.ravel()", "np.transpose(a)", "np.reshape(a, (1, 3))", "a.tobytes()", "bytes(a)",
    "b = np.array([1.5, -2.25, 1e300], dtype='>f8')", "b", "print(b)", "b.tobytes()", "b * 2", "b.sum()",
    "b.astype('<f8')", "b.view('<f8')[0] == 1.5", "c = np.array([1+2j, -0.5j], dtype='>c16')", "c", "c.tobytes()", "c * 1j", "h = np.array([1.5, 65504], dtype='>f2')", "h", "h.tobytes()",
    "f = np.array([0.1, 3.0], dtype='>f4')", "f", "f.tobytes()", "f + np.float32(1)",
    "u = np.array([1, 2, 3], dtype='>u8')", "u", "u.tobytes()", "u - 1",
    "np.zeros(3, dtype='>i4')", "np.ones((2, 2), dtype='>f8')", "np.full(2, 7, dtype='>u2')",
    "np.arange(4, dtype='>i2')", "np.array([], dtype='>i2')", "np.zeros((0, 2), dtype='>f4')",
    "np.array(5, dtype='>i4')", "np.arange(3).astype('>i8')", "np.array([[1, 2], [3, 4]], dtype='>i4')",
    "np.array([True, False], dtype='>?')", "np.array([1, 2], dtype='>u1')",
    "w = np.arange(2000, dtype='>i2')", "w", "np.linspace(0, 1, 3, dtype='>f8')",
]

THEMES["15-buffers"] = [
    "buf = bytearray([0, 1, 3, 2, 255, 254])", "buf", "len(buf)", "buf[0]", "buf[-1]", "buf[1:3]", "list(buf)",
    "type(buf)", "bytes(buf)", "buf.hex()", "buf == bytes(buf)", "bytearray()", "bytearray(3)", "bytearray(b'ab')",
    "bytearray(range(4))", "bytearray([256])", "bytearray('ab')", "bytearray('ab', 'ascii')",
    "bytearray(b\"it's\")", "bytearray(b'ab') + b'c'", "b'c' + bytearray(b'ab')", "bytearray(b'ab') * 2",
    "buf[9]", "1 in buf", "str(buf)", "print(buf)",
    "x = np.ndarray(shape=(3,), dtype='>i2', buffer=buf)", "x", "x.dtype", "x[2]",
    "y = np.ndarray((3,), '<i2', buf)", "y", "np.ndarray(shape=(1,), dtype='>u4', buffer=buf, offset=2)",
    "np.ndarray(shape=(4,), dtype='>i2', buffer=buf)", "np.ndarray(shape=(2,), dtype='>i2', buffer=buf, offset=3)",
    "np.ndarray(shape=(2, 3), dtype='u1', buffer=buf)", "np.ndarray(shape=(2, 3), dtype='u1', buffer=buf, order='F')",
    "np.ndarray(shape=(2,), dtype='u1', buffer=buf, strides=(2,))", "np.ndarray(shape=(2,), dtype='>i2', buffer=[1, 2])",
    "buf[0] = 1", "x", "y", "x[0] = -2", "buf", "y", "y[1] = 256", "buf", "x", "buf[2:4] = b'\\x00\\x07'", "x",
    "buf[0] = 256", "x[:] = 5", "buf", "x.fill(-1)", "buf", "x += 1", "x", "buf", "y", "x += 0.5",
    "z = np.frombuffer(buf, dtype='>i2')", "z", "z[0] = 9", "buf", "np.frombuffer(buf, dtype='u1', count=2, offset=1)",
    "np.frombuffer(buf, dtype='>i4')", "np.frombuffer(buf, dtype='>i4', count=2)",
    "np.frombuffer(buf, dtype='>i2', offset=7)", "np.frombuffer(buf)", "np.frombuffer('abc', dtype='u1')",
    "r = np.frombuffer(b'\\x00\\x01\\x00\\x02', dtype='>u2')", "r", "r[0] = 3", "r.sum()", "r + r",
    "np.frombuffer(b'abc', dtype='u1')", "np.frombuffer(b'', dtype='u1')", "np.frombuffer(b'\\x00\\x00\\xc0\\x3f', dtype='<f4')",
    "np.frombuffer(bytes(8), dtype='>f8')", "np.frombuffer(np.arange(3, dtype=np.int16).tobytes(), dtype=np.int16)",
    "np.frombuffer(np.array([1.5]).tobytes(), dtype=np.int64)",
]

THEMES["15-swap-and-view"] = [
    "a = np.array([1, 770, -5], dtype='>i2')", "a.byteswap()", "a.byteswap().dtype", "a.byteswap().tobytes()",
    "a.view('<i2')", "a.view(np.int16)", "a.view('u1')", "a.view('>u2')", "a.view('>i4')", "a.view(np.int32)",
    "a.view()", "a.view(a.dtype.newbyteorder())", "v = a.view(a.dtype.newbyteorder())", "v.dtype",
    "v.dtype.byteorder", "v + 1", "v.copy()", "v.byteswap()",
    "s = a.byteswap(inplace=True)", "s", "a", "s is a", "a.byteswap(inplace=True)", "a",
    "n = np.array([1, 256, -2], dtype=np.int16)", "n.byteswap()", "n.byteswap().tobytes()", "n.tobytes()",
    "n.view('>i2')", "n.view('u1')", "n.view('u1').shape", "n.view(np.uint16)",
    "t = n.view('>i2')", "n[0] = 2", "t", "n.byteswap(inplace=True)", "n", "t", "n.tobytes()",
    "m = np.arange(6, dtype=np.int16).reshape(2, 3)", "m.view('>i2')", "m.view('u1')", "m.view('u1').shape",
    "m.view(np.int32)", "m[:, :2].view('u1')", "m.T.view('u1')", "m.tobytes()", "m.T.tobytes()", "m.tobytes('F')",
    "m.T.copy().tobytes()", "np.array(7, dtype=np.int16).view(np.int32)", "np.array(7, dtype=np.int16).view(np.uint16)",
    "d = np.array([1.0, -0.5])", "d.view(np.int64)", "d.view(np.uint8)", "d.view('>f8')", "d.view(np.complex128)",
    "d.byteswap()", "d.byteswap().view('>f8')", "d.tobytes().hex()", "np.array([0.1], dtype=np.float32).tobytes()", "np.array([1+2j], dtype=np.complex64).byteswap()",
    "np.array([1+2j]).view(np.float64)", "np.array([True, False]).view(np.uint8)",
    "np.array([1, 0], dtype=np.uint8).view(bool)", "np.arange(4, dtype=np.uint8).view('>u2')",
    "np.arange(4, dtype=np.uint8).view('<u4')", "np.arange(4, dtype=np.uint8).view('>u4')",
    "q = np.arange(8, dtype=np.uint8)", "q.view('>f8')", "q.view(np.float16)", "q.view('>c8')",
    "k = np.zeros(2, dtype='>i4')", "k[0] = 1", "k", "k.tobytes()", "k[1] = 2**31", "k[1] = -1", "k.tobytes()",
    "k.view('>u4')", "k.view('u1')",
]


# Two-dimensional big-endian arrays, views written through, print options, dtype questions, and in-place updates of
# an ordinary array seen through its dtype view.
THEMES["15-views-and-updates"] = [
    "a2 = np.array([[1, 2, 3], [4, 5, 6]], dtype='>i4')",
    'a2',
    'print(a2)',
    'for row in a2: print(row)',
    '[r for r in a2]',
    'a2[0]',
    'a2[:, 1]',
    'a2[0][1] = 50',
    'a2',
    'a2[:, 0] = [7, 8]',
    'a2',
    'a2.T',
    'a2.T.tobytes()',
    'a2[None]',
    'a2[..., 1]',
    'a2[:, None, 0]',
    'a2[1, ::-1]',
    'a2.reshape(3, 2)',
    'a2.T.reshape(6)',
    'a2.sum(axis=0)',
    'a2.max(axis=1)',
    'a2.mean(axis=0)',
    'a2 @ a2.T',
    'a2 * 1.5',
    'np.set_printoptions(precision=3)',
    "f = np.array([1/3, 2/3], dtype='>f8')",
    'f',
    'print(f)',
    'np.set_printoptions(precision=8)',
    'np.zeros(3, dtype=a2.dtype)',
    "np.array([1, 2], dtype=np.dtype('<i2').newbyteorder())",
    'np.issubdtype(a2.dtype, np.integer)',
    'np.result_type(a2.dtype)',
    'np.iinfo(a2.dtype).max',
    'np.promote_types(a2.dtype, np.float32)',
    'np.can_cast(a2.dtype, np.int64)',
    "a2.dtype in [np.dtype('>i4')]",
    'a2.astype(a2.dtype)',
    "a2.dtype == np.dtype('>i4')",
    "x = np.frombuffer(bytearray(b'\\x00\\x01\\x00\\x02\\x00\\x03\\x00\\x04'), dtype='>u2').reshape(2, 2)",
    'x',
    'x[1, 1] = 9',
    'x',
    "sorted(np.array([3, 1, 2], dtype='>i2'))",
    "sum(np.array([3, 1, 2], dtype='>i2'))",
    "max(np.array([3, 1, 2], dtype='>i2'))",
    "float(np.array([2.5], dtype='>f8'))",
    "int(np.array([7], dtype='>i8')[0])",
    "np.array([3, 1, 2], dtype='>i2').argsort()",
    "np.array([1, 2], dtype='>i2') == np.array([1, 2], dtype='<i2')",
    "isinstance(np.array([1], dtype='>i2'), np.ndarray)",
    "type(np.array([1], dtype='>i2'))",
    "np.array([1.5, np.nan], dtype='>f8')",
    "np.isnan(np.array([1.5, np.nan], dtype='>f8'))",
    "np.array([1, 2], dtype='>i2')[np.array([True, False])]",
    "np.array([1, 2], dtype='>i2').nbytes",
    "2 in np.array([1, 2], dtype='>i2')",
    "np.array([1, 2], dtype='>i2') + np.array([1, 2], dtype='>i2')",
    "np.array([1, 2], dtype='>i2').dtype.newbyteorder().newbyteorder()",
    "np.dtype('>i2').fields",
    "np.dtype('>i2').names",
    "np.dtype('>i2').shape",
    'n = np.arange(3, dtype=np.int16)',
    "t = n.view('>i2')",
    'n += 1',
    't',
    'n *= 2',
    't',
    'np.add(n, 1, out=n)',
    't',
    'n.fill(7)',
    't',
    'n.sort()',
    't',
    "a = np.array([1, 770, -5], dtype='>i2')",
    'np.array([a, a])',
    "np.asarray(a, dtype='>i2')",
    'a.view(np.ndarray)',
    'a[0:2] += 1',
    'a',
    'a[0] += 1',
    'a',
    'a[np.array([0, 1])]',
    'np.median(a)',
    'np.nanmax(a)',
    'np.percentile(a, 50)',
    'np.vstack([a, a])',
    'np.column_stack([a, a])',
    'np.sign(a)',
    'np.outer(a, a)',
    'np.ptp(a)',
    'np.average(a)',
]


# copy.copy and deepcopy of raw arrays and bytearrays (new memory), dtypes given positionally, dtype objects as keys.
THEMES["15-copies-and-positional-dtypes"] = [
    'import copy',
    "a = np.array([1, 2], dtype='>i2')",
    'b = copy.copy(a)',
    'b[0] = 9',
    'a',
    'b',
    'c = copy.deepcopy(a)',
    'c',
    "buf = bytearray(b'ab')",
    'buf2 = copy.copy(buf)',
    'buf2[0] = 65',
    'buf',
    'buf2',
    "np.zeros(2, '>i4')",
    "np.ones((2,), '>f8')",
    "np.full(2, 3, '>u2')",
    "np.array([1, 2], '>i8')",
    "np.asarray([1.5], '>f4')",
    "np.eye(2, dtype='>f8')",
    "np.identity(2, '>i2')",
    "np.zeros_like(np.arange(2), '>i4')",
    "np.full_like(np.arange(2), 5, '>i4')",
    "d = {np.dtype('>i2'): 1}",
    "np.dtype('>i2').alignment",
    "np.dtype('>f8').type(2)",
    'a.dtype.type',
]


# float16, NaN payloads and signed zeros read from bytes, uint64 and complex64 big-endian, non-contiguous views as
# other item sizes, and copies that keep a NaN's bits.
THEMES["15-bits"] = [
    "h = np.array([1.5, -2.0, 65504.0], dtype='>f2')",
    'h',
    'h * 2',
    'h + h',
    'h.astype(np.float32)',
    'h.sum()',
    "np.frombuffer(b'\\x7c\\x00', dtype='>f2')",
    "np.frombuffer(b'\\x7e\\x01', dtype='>f2')",
    "np.frombuffer(b'\\x7f\\xf8\\x00\\x00\\x00\\x00\\x00\\x01', dtype='>f8')",
    "np.frombuffer(b'\\x7f\\xf8\\x00\\x00\\x00\\x00\\x00\\x01', dtype='>f8').tobytes()",
    "np.frombuffer(b'\\x7f\\x80\\x00\\x01', dtype='>f4').tobytes()",
    "np.frombuffer(b'\\x7f\\x80\\x00\\x01', dtype='>f4').byteswap().tobytes()",
    "np.frombuffer(b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00', dtype='>f8')",
    "u = np.frombuffer(b'\\xff' * 8 + b'\\x00' * 7 + b'\\x05', dtype='>u8')",
    'u',
    'u.tobytes()',
    "u.view('>i8')",
    'u - np.uint64(1)',
    "z = np.array([1 + 2j, 3 - 4j], dtype='>c8')",
    'z',
    'z.tobytes()',
    'np.abs(z)',
    'z * z',
    "np.arange(4, dtype='>i4').reshape(2, 2).T.copy()",
    "np.arange(4, dtype='>i4').reshape(2, 2).T.tobytes()",
    "np.arange(4, dtype='>i4')[::2].tobytes()",
    "np.arange(6, dtype='>i2').reshape(2, 3)[:, 1:].view('u1')",
    "np.arange(6, dtype='>i2').reshape(2, 3)[:, ::2].view('u1')",
    "np.arange(6, dtype=np.uint8).reshape(2, 3).view('>u2')",
    "np.arange(8, dtype=np.uint8).reshape(2, 4).view('>u2')",
    "np.arange(8, dtype=np.uint8).reshape(2, 4).view('>u4').shape",
    "np.array([1, 2, 3], dtype='>i2').mean()",
    "np.array([1, 2, 3], dtype='>i2').std()",
    "np.array([1, 2, 3], dtype='>f4').sum()",
    "np.array([1, 2, 3], dtype='>f4') / 3",
    "np.array([[1, 2], [3, 4]], dtype='>f8') @ np.array([1, 1], dtype='>f8')",
    "np.dot(np.array([1, 2], dtype='>f8'), np.array([3, 4], dtype='>f8'))",
    "np.array([5, 1, 3], dtype='>i2').argmax()",
    "np.cumsum(np.array([1, 2], dtype='>i4'))",
    "np.where(np.array([1, 0], dtype='>i2'))",
    "np.nonzero(np.array([1, 0], dtype='>i2'))",
    "s = np.frombuffer(b'\\x01\\x00\\x80\\x7f', dtype='<f4')",
    's',
    's.copy().tobytes()',
    's.flatten().tobytes()',
    "np.frombuffer(b'\\x7f\\x80\\x00\\x01', dtype='>f4').copy().tobytes()",
    "np.frombuffer(b'\\x7f\\x80\\x00\\x01\\x7f\\x80\\x00\\x02', dtype='>f4').reshape(2, 1).flatten().tobytes()",
    "f = np.frombuffer(b'\\x01\\x00\\x80\\x7f', dtype='>f4').astype('<f4')",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_byteorder_fixtures.py")


if __name__ == "__main__":
    main()
