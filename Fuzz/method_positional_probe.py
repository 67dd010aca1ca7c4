#!/usr/bin/env python3
"""Statements calling ndarray methods with positional arguments, for `numpy_differential.py --statements`.

Run: `python3 Fuzz/method_positional_probe.py > /tmp/methods.txt`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/methods.txt --show --docbuild .build/debug/docbuild`.

NumPy's methods bind their positional arguments to parameters in an order of their own (`a.max(axis, out, keepdims,
initial, where)`, `a.sum(axis, dtype, out, keepdims, initial, where)`, `a.partition(kth, axis, kind, order)`), and
convert them in that order, so the first argument that is wrong decides the error. Each statement builds one array
(a 2-d float, int or bool array, a 1-d float or int array, a 3-d float array) and calls one method with one list of positional arguments:
Nones in every place, bools where ints go, dtypes where axes go, strs where kinds go, out arrays that do not fit.
Methods that write files (`dump`, `tofile`) are left out. Session 44 (methods44) wrote it after the lead's probe of
41 methods on a 2-d float array found 63 wrong outputs.
"""

import sys

ARRAYS = {
    "float2": "m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])",
    "int2": "m = np.array([[3, -1, 2], [0, 4, -2]])",
    "float1": "m = np.array([2.5, -1.0, 4.0, 0.5])",
    "int1": "m = np.array([2, -1, 4, 0])",
    "bool2": "m = np.array([[True, False, True], [False, False, True]])",
    "float3": "m = np.arange(8.0).reshape(2, 2, 2) - 3.5",
}

METHODS = [
    "all", "any", "argmax", "argmin", "argpartition", "argsort", "astype", "choose", "clip", "compress", "conj",
    "copy", "cumprod", "cumsum", "diagonal", "dot", "fill", "flatten", "item", "max", "mean", "min", "nonzero",
    "partition", "prod", "ptp", "put", "ravel", "repeat", "reshape", "round", "searchsorted", "sort", "squeeze",
    "std", "sum", "swapaxes", "take", "tolist", "trace", "transpose", "var", "view",
]

# The lead's 22 lists (session 44), then more: axes and kinds in each place, out arrays, modes, sides, dtypes.
ARGUMENTS = [
    "0", "0, None", "0, None, None", "0, None, None, True", "0, None, True", "1, True", "None, None, None, True",
    "None, None, None, None, True", "1, None, None, 1", "1, None, None, 1, True", "-1, 0", "1, 0, 1", "2", "True",
    "(0, 1)", "1, 'K'", "1, 'quicksort'", "1, 'stable'", "0, None, None, False, 5.0", "1, np.float64", "1, np.int32",
    "0, np.float32, None, True",
    "", "None", "-1", "0, 1", "1, 0", "0, 1, 2", "[0, 1]", "[1, 0], 0", "'C'", "np.int64", "'f4'", "1.0",
    "0, 1.0", "[True, False]", "0, 'raise'", "1, 'wrap'", "[0, 5], 'clip'", "np.array([1, 0])", "0, 1, None",
    "1, None, 'stable'", "0, 'left'", "2.0, 'right'", "0, 0, 1", "-1, None, None, 0", "None, None, None, None",
    "0, None, None, 1", "0, 'float32'", "np.float32, 'C', 'unsafe'", "0, None, np.zeros(3)", "None, None, np.zeros(2)",
    "0, 'int8', None, True", "None, 1", "1, 2, 0", "0, 1, 0, None, 1", "0, -1, 'introselect'", "[[0, 1]]",
    "0, None, None, 0, 1.5", "1, None, None, True, None", "np.int64(1), None", "np.True_",
    "0, 1, 2, 3", "-1, -2", "(1, 0)", "np.int64(0), np.int64(1)", "1, -1", "2, 0", "0, 2", "[2, 0]",
    "[[1, 0], [0, 1]]", "np.array(1)", "'float32', 'F'", "np.float32, 'F', 'same_kind', True, False", "None, 'F'",
    "0, None, None, None", "0, np.float32", "1, np.bool_", "(0, -1)", "0, 'unsafe'", "-3", "1, 2", "[3, 0, 1]",
]


def statements():
    for array in ARRAYS.values():
        for method in METHODS:
            for arguments in ARGUMENTS:
                yield f"{array}; m.{method}({arguments})"


if __name__ == "__main__":
    sys.stdout.write("".join(statement + "\n" for statement in statements()))
