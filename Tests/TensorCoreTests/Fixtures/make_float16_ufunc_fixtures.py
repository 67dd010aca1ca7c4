"""Writes float16_ufuncs.json: NumPy's float16 results of the float functions docbuild computes for float16, over
every finite half.

Run with NumPy 2.4: `python3 make_float16_ufunc_fixtures.py > float16_ufuncs.json`. Deterministic, so a rerun is
byte-identical. NumPy evaluates these through its float32 loops and rounds to half; for each function the fixture
holds a 64-bit FNV-1a hash of the 63,488 result bit patterns (inputs in increasing bit order, NaNs as 0x7E00), and
a sample of inputs with their results so that a failure can name a value. The script also checks that glibc's
float32 function (which NumPy's half loop calls where it has no SIMD kernel) rounded to half gives the same results,
so the fixture does not depend on this machine's SIMD path; `arcsinh` fails that check and is left out.
"""

import ctypes
import json
import warnings

import numpy as np

FUNCTIONS = ["log1p", "sinh", "tanh", "arccos", "arccosh", "arctanh", "exp2", "log2", "deg2rad", "rad2deg",
             "radians", "degrees"]
# glibc's float32 function for each libm-backed one (the angle conversions are one float32 multiplication).
GLIBC = {"log1p": "log1pf", "sinh": "sinhf", "tanh": "tanhf", "arccos": "acosf", "arccosh": "acoshf",
         "arctanh": "atanhf", "exp2": "exp2f", "log2": "log2f"}


def fnv1a64(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value ^= byte
        value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def main():
    halves = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
    finite = halves[np.isfinite(halves)]
    entries = []
    for name in FUNCTIONS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = getattr(np, name)(finite)
        assert result.dtype == np.float16
        if name in GLIBC:
            function = getattr(ctypes.CDLL("libm.so.6"), GLIBC[name])
            function.restype, function.argtypes = ctypes.c_float, [ctypes.c_float]
            glibc = np.array([function(x) for x in finite.astype(np.float32).tolist()], dtype=np.float32)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                glibc = glibc.astype(np.float16)
            assert np.all((glibc == result) | (np.isnan(glibc) & np.isnan(result))), name
        bits = result.view(np.uint16).copy()
        bits[np.isnan(result)] = 0x7E00
        sample = list(range(0, len(finite), 997))
        entries.append({
            "name": name,
            "count": int(len(finite)),
            "fnv1a64": f"{fnv1a64(bits.astype('<u2').tobytes()):016x}",
            "sample": [[int(finite[i:i + 1].view(np.uint16)[0]), int(bits[i])] for i in sample],
        })
    lines = [json.dumps(entry) for entry in entries]
    print('{"numpy": "%s", "functions": [\n%s\n]}' % (np.__version__, ",\n".join(lines)))


if __name__ == "__main__":
    main()
