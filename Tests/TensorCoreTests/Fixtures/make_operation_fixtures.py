#!/usr/bin/env python3
"""Writes operations.json: tensor operations and their NumPy results or exact NumPy errors.

Run by hand from any folder (needs numpy; the committed JSON was made with NumPy 2.4):

    python3 Tests/TensorCoreTests/Fixtures/make_operation_fixtures.py

Every input is built from fixed lists or a seeded generator rounded to two decimals, and the JSON is written with
sorted keys, so the output is byte-identical on every run. Values are strings (Python's repr for floats, "True" /
"False" for bools) so that no JSON parser can round them.
"""

import itertools
import json
import os
import warnings

import numpy as np

warnings.simplefilter("ignore")
np.seterr(all="ignore")

RNG = np.random.default_rng(20240601)


def floats(shape, low=-3.0, high=3.0):
    return np.round(RNG.uniform(low, high, size=shape), 2)


def ints(shape, low=-5, high=6):
    return RNG.integers(low, high, size=shape).astype(np.int64)


def bools(shape):
    return RNG.integers(0, 2, size=shape).astype(bool)


MAKERS = {"float64": floats, "int64": ints, "bool": bools}


def text(value):
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return repr(float(value))


def encode(value):
    """An argument or result: arrays, NumPy scalars, Python numbers, tuples of ints."""
    if isinstance(value, np.ndarray):
        return {"array": {"shape": list(value.shape), "dtype": str(value.dtype),
                          "values": [text(v) for v in value.ravel().tolist()], "scalar": False}}
    if isinstance(value, np.generic):
        return {"array": {"shape": [], "dtype": str(value.dtype), "values": [text(value.item())], "scalar": True}}
    if isinstance(value, (bool, int, float)):
        return {"python": text(value)}
    if isinstance(value, tuple):
        return {"tuple": [int(v) for v in value]}
    if value is None:
        return {"none": True}
    raise TypeError(f"cannot encode {value!r}")


def index_item(item):
    if item is None:
        return "newaxis"
    if item is Ellipsis:
        return "ellipsis"
    if isinstance(item, slice):
        return {"slice": [item.start, item.stop, item.step]}
    return {"int": item}


def run(op, args, kwargs):
    if op == "index":
        return args[0][kwargs["items"]]
    if op in ("reshape", "transpose", "astype", "copy", "flatten", "item", "squeeze"):
        method = getattr(args[0], op)
        if op == "astype":
            return method(kwargs["dtype"])
        if op in ("reshape", "transpose") and "shape" in kwargs:
            return method(kwargs["shape"]) if kwargs["shape"] is not None else method()
        if op == "squeeze":
            return method(kwargs.get("axis"))
        return method()
    if op in ("sum", "mean", "max", "min"):
        return getattr(args[0], op)(axis=kwargs.get("axis"), keepdims=kwargs.get("keepdims", False))
    if op == "broadcast_shapes":
        return np.broadcast_shapes(*[tuple(s) for s in args])
    if op == "array":
        return np.array(args[0], dtype=kwargs.get("dtype"))
    if op in ("zeros", "ones"):
        return getattr(np, op)(tuple(kwargs["shape"]), dtype=kwargs.get("dtype", "float64"))
    return getattr(np, op)(*args, **kwargs)


CASES = []


def case(op, *args, **kwargs):
    identifier = f"{len(CASES):03d}-{op}"
    record = {"id": identifier, "op": op}
    encoded_args = []
    for a in args:
        if op in ("broadcast_shapes",):
            encoded_args.append({"tuple": list(a)})
        elif op == "array":
            encoded_args.append({"nested": nested(a)})
        else:
            encoded_args.append(encode(a))
    record["args"] = encoded_args
    encoded_kwargs = {}
    for key, value in kwargs.items():
        if key == "items":
            encoded_kwargs[key] = [index_item(i) for i in (value if isinstance(value, tuple) else (value,))]
        elif isinstance(value, tuple):
            encoded_kwargs[key] = list(value)
        elif isinstance(value, bool):
            encoded_kwargs[key] = text(value)
        elif key in ("fill_value", "start", "stop", "step"):
            encoded_kwargs[key] = {"python": text(value)}
        else:
            encoded_kwargs[key] = value
    record["kwargs"] = encoded_kwargs
    try:
        result = run(op, list(args), kwargs)
        record["result"] = encode(result)
    except Exception as error:  # the exact class and message are the expected outcome
        record["error"] = {"type": type(error).__name__, "message": str(error)}
    CASES.append(record)


def nested(value):
    if isinstance(value, list):
        return [nested(v) for v in value]
    return text(value)


BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum",
          "equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]
UNARY = ["negative", "exp", "log", "sqrt", "tanh", "abs", "square"]

# Broadcasting: compatible and incompatible shape pairs, each through a few operations.
SHAPE_PAIRS = [((2, 3), (4, 2, 3)), ((2, 3), (3,)), ((3, 1), (1, 4)), ((4, 1, 3), (2, 1)), ((), (2, 2)),
               ((1,), (5,)), ((2, 3), (4, 2)), ((3,), (4,)), ((2, 1), (8, 4, 3)), ((0,), (1,)), ((0, 3), (3,)),
               ((5, 1, 2), (1, 4, 1)), ((2, 3), (2, 3)), ((1, 1), ()), ((3, 2), (2, 3)), ((0,), (2,))]
for (a_shape, b_shape), op in itertools.product(SHAPE_PAIRS, ["add", "multiply", "less", "maximum"]):
    case(op, floats(a_shape), floats(b_shape))

# dtype promotion: every dtype pair through every binary operation, with values avoiding 0 ** negative.
for op in BINARY:
    for a_type, b_type in itertools.product(MAKERS, repeat=2):
        a = MAKERS[a_type]((2, 3))
        b = MAKERS[b_type]((3,))
        if op == "power":
            if a_type == "float64":
                a = np.abs(a) + 0.5
            if b_type == "int64":
                b = np.abs(b)
        case(op, a, b)

# Python numbers with arrays and NumPy scalars, 0-d arrays giving NumPy scalars.
for op in ["add", "divide", "power", "greater"]:
    case(op, floats((2,)), 2)
    case(op, ints((2,)), 2.5)
    case(op, bools((2,)), True)
    case(op, np.float64(1.5), 2)
    case(op, np.array(1.5), np.array(2))
    case(op, np.int64(7), np.int64(2))

# Special values: division by zero, log of negatives, NaN propagation, int overflow, negative int powers.
case("divide", np.array([1.0, -1.0, 0.0]), np.array([0.0, 0.0, 0.0]))
case("divide", ints((3,)), np.array([0, 0, 0]))
case("log", np.array([-1.0, 0.0, 1.0, np.inf]))
case("sqrt", np.array([-1.0, 0.0, 4.0]))
case("maximum", np.array([np.nan, 1.0, 2.0]), np.array([0.0, np.nan, 3.0]))
case("minimum", np.array([np.nan, 1.0, 2.0]), np.array([0.0, np.nan, 3.0]))
case("power", np.array([2, 3]), np.array([63, 40]))
case("power", np.array([2, 3]), np.array([1, -1]))
case("power", ints((3,)), -1)
case("power", np.array([0.0, 2.0]), -1.0)
case("power", np.array([-8.0]), 1 / 3)
case("add", np.array([2**62]), np.array([2**62]))
case("multiply", np.array([2**40]), np.array([2**40]))
case("subtract", bools((2,)), bools((2,)))
case("equal", np.array([np.nan, 1.0]), np.array([np.nan, 1.0]))
case("not_equal", np.array([np.nan, 1.0]), np.array([np.nan, 1.0]))

for op, dtype in itertools.product(UNARY, MAKERS):
    case(op, MAKERS[dtype]((2, 3)))
case("abs", np.array([-(2**63)]))
case("negative", np.array([-(2**63), 3]))
case("exp", np.array([710.0, -800.0, 0.0]))
case("tanh", np.array([-30.0, 30.0, 0.5]))
case("negative", np.float64(2.0))
case("exp", np.array(1.0))

# Reductions: axes as None, int, negative int, tuple; keepdims; dtypes; empty arrays; errors.
AXES = [None, 0, -1, 1, (0, 1), (-1, 0), (), 2, -3, (0, 0)]
for op in ["sum", "mean", "max", "min"]:
    for axis in AXES:
        for keepdims in [False, True]:
            case(op, floats((3, 4)), axis=axis, keepdims=keepdims)
    case(op, ints((2, 3, 4)), axis=(0, 2))
    case(op, bools((5,)))
    case(op, np.array(3.5))
    case(op, np.array(3.5), axis=0)
    case(op, np.zeros((0,)))
    case(op, np.zeros((0, 3)), axis=0)
    case(op, np.zeros((0, 3)), axis=1)
    case(op, np.zeros((2, 0)), axis=0)
    case(op, floats((4, 3, 2)), axis=1, keepdims=True)
    case(op, np.array([1.0, np.nan, 3.0]))
for n in [7, 8, 9, 17, 100, 129, 1000, 4099]:
    case("sum", floats((n,)))
case("sum", floats((37, 300)), axis=0)
case("sum", floats((37, 300)), axis=1)
case("mean", floats((5, 130)), axis=1)

# Products.
PRODUCT_SHAPES = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
                  ((2, 3), (5, 3, 4)), ((2, 1, 3, 4), (5, 4, 2)), ((3,), (4,)), ((2, 3), (4, 2)), ((), (3,)),
                  ((3,), ()), ((2, 3, 4), (5, 4, 2)), ((1, 3), (3, 1)), ((0, 3), (3, 2)), ((2, 0), (0, 3))]
for a_shape, b_shape in PRODUCT_SHAPES:
    case("matmul", floats(a_shape), floats(b_shape))
    case("dot", floats(a_shape), floats(b_shape))
case("matmul", ints((2, 3)), ints((3, 2)))
case("matmul", bools((2, 3)), bools((3, 2)))
case("dot", floats((2, 3, 4)), floats((5, 4, 2)))
case("dot", 3.0, floats((2,)))
case("outer", floats((3,)), floats((2,)))
case("outer", floats((2, 2)), ints((3,)))

# Shape operations.
for shape in [(6,), (2, 3), (3, -1), (-1,), (-1, -1), (4,), (2, 4), (-1, 4, 1), (2, -1, 4), (-1, 5), (), (1, 6, 1)]:
    case("reshape", floats((2, 3)), shape=shape)
case("reshape", np.array(5.0), shape=(1, 1))
case("reshape", np.float64(5.0), shape=())
case("reshape", np.array(5.0), shape=())
case("reshape", np.zeros((0,)), shape=(-1, 0))
for axes in [None, (1, 0), (0, 2, 1), (2, 0, 1), (1,), (0, 0, 1), (0, 1, 3), (-1, 0, 1)]:
    case("transpose", floats((2, 3, 4)), shape=axes)
case("transpose", np.float64(3.0), shape=None)
for axis in [0, 1, -1, 3, (0, 2), (0, 0), -4]:
    case("expand_dims", floats((2, 3)), axis)
for axis in [None, 0, 2, (0, 2), 1, 5, (0, 0), (0, -3)]:
    case("squeeze", floats((1, 3, 1)), axis=axis)
case("squeeze", floats((1, 1)))
case("squeeze", np.float64(2.0))
case("index", np.float64(2.0), items=Ellipsis)
for shape in [(4, 2, 3), (2, 3), (3,), (2, -1), (1, 2, 6), (0, 3)]:
    case("broadcast_to", floats((1, 3)), shape)
case("broadcast_to", floats((2, 3)), (4, 2, 3))
for shapes in [((2, 3), (3,)), ((2, 1), (3,), (4, 4)), ((2,), (3,)), ((5, 1), (1, 3), ()), ((0,), (1,))]:
    case("broadcast_shapes", *shapes)

# Indexing.
grid = np.arange(24.0).reshape(2, 3, 4)
for items in [0, -1, 2, -3, (1, 2), (1, 2, 3), (1, 2, 3, 0), (0, slice(None), -1), slice(None, None, -1),
              (slice(1, None), slice(None, None, 2)), (Ellipsis, 1), (None, 0), (0, None, slice(1, 3)),
              (slice(None), None, slice(None), None), (slice(-100, 100),), (slice(5, 1),), (slice(None, None, 0),),
              (Ellipsis, Ellipsis), (0, Ellipsis, 2), (slice(3, 0, -2), 1), (1, -4), ()]:
    case("index", grid, items=items)
case("index", np.array(5.0), items=())
case("index", np.array(5.0), items=(None,))
case("index", np.float64(5.0), items=(0,))
case("index", np.arange(6), items=(slice(None, -100, -1),))

# Conversions and tests.
for dtype in ["float64", "int64", "bool"]:
    case("astype", np.array([1.7, -1.7, 0.0, np.nan]), dtype=dtype)
    case("astype", ints((3,)), dtype=dtype)
    case("astype", np.float64(2.5), dtype=dtype)
case("copy", np.array(5.0))
case("flatten", floats((2, 3)))
case("flatten", np.float64(5.0))
case("item", np.array([[2.5]]))
case("item", ints((1,)))
case("item", floats((2,)))
case("isclose", np.array([1.0, np.nan, np.inf, 1e-9]), np.array([1.000001, np.nan, np.inf, 0.0]))
case("isclose", 1.0, 1.0)
case("allclose", np.array([1.0, np.inf]), np.array([1.0, np.inf]))
case("allclose", floats((2,)), floats((3,)))
case("allclose", np.array([1.0, 2.0]), np.array([1.0, 2.1]))
case("array_equal", np.array([1, 2]), np.array([1.0, 2.0]))
case("array_equal", floats((2,)), floats((3,)))
case("array_equal", np.array([np.nan]), np.array([np.nan]))

# Creation.
for literal in [[1, 2, 3], [1, 2.5, True], [True, 2], [[1, 2], [3, 4]], [[1, 2], [3]], [1, [2, 3]],
                [[[1], [2]], [[3], [4, 5]]], [], [[], []], 5, 2.5, True, [[True, False]]]:
    case("array", literal)
for literal, dtype in [([1.7, -2.5], "int64"), ([0, 2], "bool"), ([True, False], "float64"), ([[1, 2]], "float64")]:
    case("array", literal, dtype=dtype)
case("full", (2,), 2.5, dtype="int64")
case("full", (2,), 0, dtype="bool")
case("arange", 0, 3, 1, dtype="float64")
case("arange", 0.5, 3, 1, dtype="int64")
case("zeros_like", floats((2,)), dtype="int64")
case("ones_like", ints((2,)), dtype="float64")
case("eye", 2, None, 0, dtype="int64")
case("zeros", shape=(2, 3))
case("zeros", shape=(2, -1))
case("ones", shape=(0, 3), dtype="int64")
case("ones", shape=(), dtype="bool")
case("full", (2, 2), 1.5)
case("full", (2,), 3)
case("full", (3,), True)
case("zeros_like", ints((2, 2)))
case("ones_like", floats((3,)))
for start, stop, step in [(0, 5, 1), (1, 2, 0.3), (5, 0, -2), (0, 1, 0), (0, -3, 1), (0.0, 1.0, 0.1), (-2.5, 2.5, 0.5),
                          (3, 10, 4), (10, 3, -4)]:
    case("arange", start, stop, step)
for start, stop, num, endpoint in [(0, 1, 5, True), (2, 3, 1, True), (2, 3, 0, True), (0, 1, -1, True),
                                   (0, 1, 4, False), (-1, 1, 7, True), (1, 1, 3, True), (0, 10, 11, True)]:
    case("linspace", start, stop, num, endpoint=endpoint)
for n, m, k in [(3, None, 0), (2, 3, 1), (3, 3, -1), (2, 2, 5), (-1, None, 0)]:
    case("eye", n, m, k)

# Shapes whose byte count overflows: NumPy's own errors, checked before any size arithmetic can trap.
case("ones", shape=(0, 2**40, 2**40))
case("zeros", shape=(2**62,))
case("zeros", shape=(3, 0, 2**62))
case("eye", 2**62, None, 0)
case("eye", 2**31, 2**32, 0)
case("arange", 0, 2**62, 1)
case("arange", 0.0, 1e300, 1.0)
case("linspace", 0, 1, 2**62, endpoint=True)
case("reshape", np.zeros((0,)), shape=(2**62, 2**62, 0))
case("reshape", np.zeros((0,)), shape=(0, 2**62, 2**62))
case("broadcast_to", np.ones((1,)), (2**62, 4))
case("full", (2**62, 2), 1.5)

# One exponent for a whole array: NumPy's power loop computes 2 as x * x and 0.5 as the square root (-0 ** 0.5 is -0
# and -inf ** 0.5 is NaN there, unlike pow), while an exponent array of the same shape goes through pow.
special = np.array([-0.0, -np.inf, 4.0, np.nan, 2.0, np.inf, -3.0, 1e-320])
case("power", special, 0.5)
case("power", special, np.full(special.shape, 0.5))
case("power", special, 2.0)
case("power", special, 3.0)
case("power", special, -1.0)
case("power", np.array([[0.5, 2.0], [1e200, -1e-200]]), np.array([2.5]))

assert len(CASES) >= 200, len(CASES)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "operations.json")
with open(path, "w", encoding="utf-8", newline="\n") as output:
    json.dump({"numpy": np.__version__, "cases": CASES}, output, sort_keys=True, indent=1)
    output.write("\n")
print(f"wrote {len(CASES)} cases to {path}")
