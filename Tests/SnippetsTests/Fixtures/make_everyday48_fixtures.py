#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the argument bindings of the everyday call sites (session 48).

Run: `python3 Tests/SnippetsTests/Fixtures/make_everyday48_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/486-*` to `489-*` fixtures; rerunning gives identical bytes.

486: `np.argmax`, `np.argmin`, `np.cumsum`, `np.where`, `np.clip`, `np.concatenate` and `np.stack`, which a compiled
call site computes (`EverydayRules`), called with each parameter by position and by keyword, with positional-only
parameters named (`np.concatenate(arrays=…)`, `np.where(condition=…)`), parameters missing, repeated or extra, bools,
NumPy integers and 0-d arrays where ints go, and receivers that are views, NumPy scalars, lists and numbers.
487: `np.zeros`, `np.ones`, `np.arange`, `np.linspace` and `np.array` so, with `np.arange(start=3)` (a start without a
stop, NumPy's TypeError), keyword steps, bools as ints, NumPy integers and Python ints near 64 bits.
488: `a.astype(...)` and a seeded Generator's samplers (`rng.normal(size=3)`), each parameter by position and keyword,
missing and extra ones, bools, NumPy scalars and 0-d arrays among the parameters and sizes; `a.astype(dtype, order)`
in C, Fortran and 'A' order (the general path had laid each out as 'K').
489: what the general path answered differently from NumPy under `Fuzz/everyday_probe.py`: `np.clip` of a bool or
integer array between a Python number and a NumPy-typed bound (promoted together), `np.clip(True)`, the joining
functions given numbers, None or a flat iterator, a NumPy scalar's `astype(str)` and casting error, and `np.arange`
of two bools, one a NumPy bool (NumPy's bool subtraction).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_everyday48_fixtures.py"

SETUP = "a = np.arange(12.).reshape(3, 4) - 5.5; i = np.arange(6).reshape(2, 3) - 2; b = np.array([True, False, True])"

CALLS = [SETUP]
for function in ["argmax", "argmin", "cumsum"]:
    CALLS += [
        f"np.{function}(a)", f"np.{function}(a, 1)", f"np.{function}(a, axis=-1)", f"np.{function}(a=a)",
        f"np.{function}(a=a, axis=0)", f"np.{function}(axis=0, a=a)", f"np.{function}(a, axis=True)",
        f"np.{function}(a, True)", f"np.{function}(a, np.int64(1))", f"np.{function}(a, np.array(1))",
        f"np.{function}(a, 2)", f"np.{function}(a, axis=-3)", f"np.{function}(a, axis=1.0)", f"np.{function}()",
        f"np.{function}(axis=0)", f"np.{function}(a, 0, axis=1)", f"np.{function}(a, bogus=1)",
        f"np.{function}(a.T, 0)", f"np.{function}(a[:, ::2], axis=1)", f"np.{function}(a[::-1], -1)",
        f"np.{function}(i, 0)", f"np.{function}(b)", f"np.{function}([3, 1, 2])", f"np.{function}(np.float64(2.5))",
        f"np.{function}(np.array(7))", f"np.{function}(5)", f"np.{function}(a, None)",
    ]
CALLS += [
    "np.where(a > 0, a, 0)", "np.where(a > 0, 0, a)", "np.where(a > 0, a, -1.5)", "np.where(a > 0, a, True)",
    "np.where(a > 0, a, np.float32(1))", "np.where(i > 0, i, np.int8(1))", "np.where(i > 0, i, 0.5)",
    "np.where(condition=a > 0, x=a, y=0)", "np.where(a > 0, x=a, y=0)", "np.where(a > 0, a)", "np.where(a > 0)",
    "np.where(a > 0, a, 0, 1)", "np.where(np.array(True), a, 0)", "np.where(True, a, 0)", "np.where(a.T > 0, a.T, 0)",
    "np.where(a[:, ::2] > 0, a[:, ::2], 0)", "np.where(b, 1, 0)", "np.where(b, b, 2**62)",
    "np.clip(a, -1, 1)", "np.clip(a, 1, -1)", "np.clip(a, a_min=-1, a_max=1)", "np.clip(a=a, a_min=-1, a_max=1)",
    "np.clip(a, -1)", "np.clip(a)", "np.clip(a, None, 1)", "np.clip(a, -1, None)",
    "np.clip(a, True, 2)", "np.clip(a, np.int64(0), 1)", "np.clip(a, 0, np.array(2.0))",
    "np.clip(i, 0.5, 1)", "np.clip(i, -1, 1)", "np.clip(i, -2**62, 2**62)", "np.clip(a.T, 0, 1)",
    "np.clip(a[::-1, 1:], -2, 2)", "np.clip(np.float64(2.5), 0, 1)", "np.clip(np.array(2.5), 0, 1)",
    "np.clip([1.5, -3.0], 0, 1)", "np.clip(3, 0, 1)",
    "np.concatenate([a, a])", "np.concatenate((a, a), 1)", "np.concatenate([a, a], axis=-1)",
    "np.concatenate(arrays=[a, a])", "np.concatenate(arrays=[a, a], axis=0)", "np.concatenate([a], arrays=[a])",
    "np.concatenate([a, a], axis=None)", "np.concatenate([a, a], axis=True)", "np.concatenate([a, a], np.int64(1))",
    "np.concatenate([a, a], 2)", "np.concatenate([a, a.T])", "np.concatenate([a, i])", "np.concatenate([a.T, a.T], 1)",
    "np.concatenate([a[:, ::2], a[:, 1::2]])", "np.concatenate([a, [[1, 2, 3, 4]]])", "np.concatenate([])",
    "np.concatenate()", "np.concatenate(axis=0)", "np.concatenate([a, a], 0, None, None)",
    "np.concatenate([np.float64(1), np.float64(2)])", "np.concatenate(a)",
    "np.stack([a, a])", "np.stack((a, a), 1)", "np.stack([a, a], axis=-1)", "np.stack(arrays=[a, a])",
    "np.stack(arrays=[a, a], axis=2)", "np.stack([a], arrays=[a])", "np.stack([a, a], axis=None)",
    "np.stack([a, a], axis=True)", "np.stack([a, a], 3)", "np.stack([a, a.T])", "np.stack([a.T, a.T], 0)",
    "np.stack([a, i[:, :2].repeat(2, axis=1).reshape(3, 4)])", "np.stack([])", "np.stack()",
    "np.stack([np.float64(1), np.float64(2)])", "np.stack([a, a], bogus=1)",
]

CREATIONS = [
    "np.zeros(3)", "np.zeros((2, 3))", "np.zeros(shape=(2, 3))", "np.zeros((2, 3), float)", "np.zeros(3, dtype=int)",
    "np.zeros(True)", "np.zeros((True, 2))", "np.zeros(np.int64(3))", "np.zeros((np.int64(2), 3))",
    "np.zeros(np.array(3))", "np.zeros(-1)", "np.zeros(3.0)", "np.zeros([2, 3])", "np.zeros()", "np.zeros(shape=3)",
    "np.zeros(3, bogus=1)", "np.zeros((2, 3), 'f4', 'F').flags.f_contiguous", "np.zeros(())", "np.zeros((0, 3))",
    "np.ones(3)", "np.ones((2, 3))", "np.ones(shape=(2, 3))", "np.ones(True)", "np.ones(np.int64(2))",
    "np.ones((2, 3), int)", "np.ones(-1)", "np.ones()",
    "np.arange(5)", "np.arange(2, 10)", "np.arange(2, 10, 3)", "np.arange(10, 2, -3)", "np.arange(start=3)",
    "np.arange(start=3, step=1)", "np.arange(stop=5)", "np.arange(step=2, stop=5)", "np.arange(3, step=2)",
    "np.arange(start=1, stop=3)", "np.arange(1, stop=3)", "np.arange(1, 7, step=2)", "np.arange(start=1, stop=7, step=2)",
    "np.arange(True)", "np.arange(0, 5, True)", "np.arange(np.int64(3))", "np.arange(np.array(3))", "np.arange(0, 5, 0)",
    "np.arange(5.0)", "np.arange(2, 7.5)", "np.arange(5, dtype=float)", "np.arange(0, 5, 1, int)", "np.arange()",
    "np.arange(None)", "np.arange(5, None)", "np.arange(2**62, 2**62 + 3)", "np.arange(-2**63, -2**63 + 3)",
    "np.arange(1, 2, 3, 4, 5)", "np.arange(5, bogus=1)",
    "np.linspace(0, 1)", "np.linspace(0, 1, 5)", "np.linspace(0, 1, num=5)", "np.linspace(start=0, stop=1, num=3)",
    "np.linspace(0, 1, 5, False)", "np.linspace(0, 1, num=5, endpoint=False)", "np.linspace(0, 1, True)",
    "np.linspace(0, 1, 5, 1)", "np.linspace(0, 1, np.int64(3))", "np.linspace(0, 1, np.array(3))",
    "np.linspace(0, 1, 5.0)", "np.linspace(0, 1, -1)", "np.linspace(0, 1, 0)", "np.linspace(True, 2, 3)",
    "np.linspace(np.float64(0), 1, 3)", "np.linspace(0, 1, 5, retstep=True)", "np.linspace(0, 1, 5, True, True)",
    "np.linspace(2**53 + 1, 2**53 + 5, 5)", "np.linspace(0, 2**62, 3)", "np.linspace(0)", "np.linspace(stop=1)",
    "np.linspace(0, 1, num=2, bogus=1)",
    "np.array([1, 2, 3])", "np.array([1.0, 2, 3])", "np.array(object=[1, 2])", "np.array([1, True])",
    "np.array([True, False])", "np.array([2**62, 1])", "np.array([-2**63, 1])",
    "np.array([2**53 + 1, 0.5])", "np.array([np.float32(1), 2.0])", "np.array([np.int8(1), 2])", "np.array([])",
    "np.array([1, 2], float)", "np.array([1.5, 2], dtype=int)", "np.array([1, 2], ndmin=2)", "np.array()",
    "np.array([1, 2], bogus=1)", "np.array([-0.0, np.nan, np.inf])",
]

METHODS = [
    SETUP, "v = a[:, ::2]; t = a.T; s = np.float64(2.5); z = np.array(1.5)",
    "a.astype(np.float32)", "a.astype(dtype=np.float32)", "a.astype(int)", "a.astype(float)", "a.astype(bool)",
    "a.astype(np.int8)", "a.astype(np.float16)", "a.astype('float32')", "a.astype(np.dtype('int16'))",
    "a.astype(np.float64) is a", "a.astype(np.float64, copy=False) is a", "a.astype()", "a.astype(None)",
    "a.astype(np.int32, casting='safe')", "a.astype(bogus=1)",
    "a.astype(np.float32, order='C', dtype=int)", "i.astype(np.uint8)", "b.astype(float)", "v.astype(np.float32)",
    "v.astype(int).flags.c_contiguous", "t.astype(np.float32).flags.f_contiguous", "s.astype(np.float32)",
    "s.astype(int)", "s.astype(np.int32, casting='safe')", "z.astype(np.float32)", "z.astype(int)",
    "z.astype(np.int32, casting='safe')", "a.astype(np.float32, 'F').strides", "a.astype(np.float32, order='F').strides",
    "t.astype(np.float32, order='C').strides", "t.astype(np.float32, order='A').strides",
    "a.astype(np.float64, order='C', copy=False) is a", "t.astype(np.float64, order='F', copy=False) is t",
    "t.astype(np.float64, order='C', copy=False) is t", "v.astype(np.float64, order='C', copy=False) is v",
    "v.astype(np.float64, copy=False) is v", "np.ones((1, 3)).astype(np.float32, order='F').strides",
    "np.ones((2, 3, 4)).transpose(1, 0, 2).astype(np.int8, order='C').strides",
    "np.ones((2, 3, 4)).astype(np.int8, order='F').strides", "a.astype(np.float32, order='F').sum(axis=0)",
]
for sampler, parameters in [("normal", "0.5, 2.0"), ("exponential", "2.0"), ("poisson", "3.0"),
                            ("gamma", "2.0, 0.5"), ("triangular", "0.0, 0.5, 1.0"), ("geometric", "0.25")]:
    for form in ["size=3", f"{parameters}, size=(2, 2)", f"{parameters}, 3", "size=True", "size=np.int64(2)",
                 "size=np.array(2)", "size=-1", "size=2.0", "size=[2]", "size=()", "size=None", "bogus=1",
                 f"{parameters}, 3, 4", "True, size=2", "np.float64(0.25), size=2", "np.array(0.25), size=2"]:
        METHODS.append(f"rng = np.random.default_rng(7); rng.{sampler}({form})")
METHODS += [
    "rng = np.random.default_rng(7); rng.normal(loc=1.0, scale=2.0, size=2)",
    "rng = np.random.default_rng(7); rng.normal(scale=2.0)", "rng = np.random.default_rng(7); rng.gamma(scale=2.0)",
    "rng = np.random.default_rng(7); rng.normal(1.0, loc=2.0)", "rng = np.random.default_rng(7); rng.normal(size=0)",
    "rng = np.random.default_rng(7); x = rng.normal(size=2); rng.normal(size=2)",
]

GENERAL = [
    SETUP, "m = np.arange(12.).reshape(3, 4)",
    "np.clip(b, 0, np.float32(0.5))", "np.clip(b, np.float16(0), 3)", "np.clip(b, 0.5, np.float32(1.0))",
    "np.clip(i.astype(np.int8), 0.5, np.float32(1.5))", "np.clip(i.astype(np.uint8), -1, np.int16(1))",
    "np.clip(True, 0, np.float32(0.5))", "np.clip(True)", "np.clip(True, None, None)", "np.clip(np.True_)",
    "np.clip(np.array(True))", "np.clip(True, None, 1)", "np.clip(b)",
    "np.concatenate(3)", "np.concatenate(2.5)", "np.concatenate(True)", "np.concatenate(None)",
    "np.concatenate(2**70)", "np.concatenate(m.flat)", "np.concatenate([m.flat])", "np.concatenate(3, axis=5)",
    "np.stack(3)", "np.stack(2.5)", "np.stack(True)", "np.stack(None)", "np.stack(m.flat)", "np.stack([m.flat])",
    "np.stack(3, axis=7)",
    "np.concatenate('')", "np.concat('')", "np.stack('')", "np.hstack('')", "np.vstack('')", "np.dstack('')",
    "np.column_stack('')", "np.concatenate('ab')", "np.concatenate('ab', 0)", "np.concat('ab')",
    "np.stack(['ab', 'ab'], axis=None)", "np.stack([np.array(['ab']), np.array(['cd'])], None)",
    "np.stack(['ab', 'cd'], axis=-1)",
    "s = np.float64(2.5); s.astype(str)", "s = np.int64(3); s.astype(str)", "s = np.float32(2.5); s.astype('U2')",
    "s = np.int64(3); s.astype(np.int32, casting='safe')", "z = np.array(1.5); z.astype(np.int32, casting='safe')",
    "np.array([1.5]).astype(np.int32, casting='safe')", "np.arange(np.bool_(True), True)",
    "np.arange(True, np.array(False))", "np.arange(np.bool_(False), np.bool_(True))", "np.arange(True, True)",
    "np.arange(np.True_, 3)", "np.arange(np.True_)",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "486-everyday-call-site-argument-binding.txt", SCRIPT,
        "np.argmax, argmin, cumsum, where, clip, concatenate and stack with each parameter by position and keyword",
        CALLS)
    write_numpy_fixture(
        HERE / "interpreter" / "487-everyday-creation-argument-binding.txt", SCRIPT,
        "np.zeros, ones, arange, linspace and array with each parameter by position and keyword", CREATIONS)
    write_numpy_fixture(
        HERE / "interpreter" / "488-everyday-method-argument-binding.txt", SCRIPT,
        "a.astype and a seeded Generator's samplers with each parameter by position and keyword", METHODS)
    write_numpy_fixture(
        HERE / "interpreter" / "489-everyday-general-path-answers.txt", SCRIPT,
        "np.clip's joint promotion, the joining functions' errors and a NumPy scalar's astype", GENERAL)


if __name__ == "__main__":
    main()
