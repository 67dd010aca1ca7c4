#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's new corpora (the rest of NumPy's user
guide, its reference pages, scipy-lectures' advanced NumPy and Python chapters) showed docbuild printing otherwise:
`np.diag` of a 2-d array is NumPy's read-only view of its diagonal (docbuild made a new array: `owndata` True,
`np.shares_memory` False), whose strides, and a `diagonal`'s, step over a row and a column even when it
holds one element or none (docbuild gave the item size); a property's `fget`, `fset` and `fdel` (docbuild raised AttributeError); `del obj[k]` of an object without
`__delitem__` (docbuild raised `AttributeError: __delitem__`, CPython a TypeError); a masked array made
from an array holds that array's memory (`np.shares_memory(mx.data, x)`; docbuild copied it), its `data` a new
view of it each time.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach22_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/108-reach22-diag-views-property-parts.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "108-reach22-diag-views-property-parts.txt"

STATEMENTS = [
    "x = np.arange(12).reshape(3, 4)",
    "for k in (0, 1, -1, 3, -3, 5):\n    y = np.diag(x, k)\n    print(k, y, y.flags.owndata, y.flags.writeable, y.strides, np.shares_memory(x, y))",
    "y = np.diag(x, k=1)",
    "y.base is x, y.flags.c_contiguous, y.flags.f_contiguous",
    "y[0] = 5",
    "x[0, 1] = 50",
    "y",
    "z = np.diag(x.T)",
    "z, z.strides, np.shares_memory(z, x)",
    "w = np.diag(np.arange(3))",
    "w.flags.owndata, np.diag(w), np.shares_memory(np.diag(w), w)",
    "np.diag(x[:, ::2], -1), np.diag(x[::-1])",
    "d = np.diag([[1, 2], [3, 4]])",
    "d, d.flags.owndata, d.flags.writeable, d.strides",
    "np.diag([1, 2]).flags.owndata, np.diag([[1., 2., 3.]], 1).strides, np.diag(((5,),))",
    "class D:\n    @property\n    def a(self):\n        return 1\n    @a.setter\n    def a(self, value):\n        print('setting', value)\n    @a.deleter\n    def a(self):\n        print('deleting')\n",
    "class R:\n    @property\n    def b(self):\n        return 2\n",
    "D.a.fget(D()), D.a.fset(D(), 3), D.a.fdel(D())",
    "R.b.fset is None, R.b.fdel is None, R.b.fget(R())",
    "type(D.a.fget).__name__, D.a.fget.__name__",
    "class E:\n    def __getitem__(self, key):\n        return key\n",
    "E()[3]",
    "del E()[3]",
    "p = property(lambda self: 7)",
    "p.fget(None), p.fset, p.fdel",
    "x = np.array([1, 2, 3, -99, 5])",
    "mx = np.ma.MaskedArray(x, mask=[0, 0, 0, 1, 0])",
    "np.shares_memory(mx.data, x), mx.data.base is x",
    "np.shares_memory(np.ma.MaskedArray(x, copy=True).data, x)",
    "np.shares_memory(np.ma.array(x).data, x), np.shares_memory(np.ma.masked_array(x, mask=x < 0).data, x)",
    "mx.data is mx.data, mx.data is x, np.ma.getdata(mx) is x, mx.data.flags.owndata",
    "y = x[1:]",
    "my = np.ma.array(y)",
    "my.data.base is x, my.data.base is y, np.ma.getdata(my).base is x",
    "x[0] = 10",
    "mx",
    "x.diagonal(3).strides, x.reshape(1, 5).diagonal(2).strides",
    "np.arange(12).reshape(3, 4).diagonal(5).strides, np.diagonal(np.ones((2, 3)), -2).strides",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_reach22_fixtures.py",
        "np.diag views of 2-d arrays, a property's fget/fset/fdel, masked arrays sharing their data's memory",
        STATEMENTS,
    )
