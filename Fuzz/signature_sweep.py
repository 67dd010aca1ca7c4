#!/usr/bin/env python3
"""Signature sweep: every NumPy function and array method called with each of its parameters given a value nobody wrote.

Run: `python3 Fuzz/signature_sweep.py --out FILE [--values none,str] [--functions NAME,...]`, then
`python3 Fuzz/numpy_differential.py --statements FILE --show` to run them in CPython + NumPy and in docbuild.

For each public callable of `numpy` (and each array method that has a function of the same name) the sweep finds,
by trying them in NumPy itself, the first of a few argument lists over `numpy_differential.py`'s base arrays that
the function answers; then, for each of its parameters that can be given by keyword and that this call leaves to its
default, it writes one statement giving that parameter each sweep value: an explicit `None` (which a callee must not
read as "absent" unless NumPy does), the str `'1'` (where NumPy parses, formats or refuses it), the str `'x'`, and
with `--values float,list,empty` the float `1.5`, the list `[1]` and the empty tuple `()`; `--values
true,negative,huge,nan` gives `True`, `-1`, `2**63` and a NaN.
NumPy's answer, a value or an exception, is the expected text; docbuild must print it or refuse by name. The same
NumPy gives the same statements: nothing here is random.

`--bases all` (session 43) sweeps each function from every argument list it answers, not only the first: the
candidates then also hold arrays of each rank (`np.array(-1.5)`, `b`, `a`, `c`) and positional axes (`a, -1`,
`c, 1`), so a 0-d or 3-d array meets each keyword. `--pairs` adds the keyword combinations tutorials write: each
parameter with an ordinary value of its name (ORDINARY: `axis=0`, `keepdims=True`, `ddof=1`, `dtype=np.float32`,
`return_counts=True`, ...), alone and crossed with each other such parameter of the same call (`axis=-1, ddof=1`,
`dtype=np.float32, axis=1`). `--values ''` leaves the unusual values out, so `--bases all --pairs --values ''` gives
the combinations only.
"""
import argparse
import inspect
import os
import signal
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_differential  # noqa: E402

# Functions whose calls read or write files, change the session's state or print help, left out of the sweep.
SKIPPED = {
    "load", "save", "savez", "savez_compressed", "savetxt", "loadtxt", "genfromtxt", "fromfile", "fromregex",
    "memmap", "set_printoptions", "seterr", "seterrcall", "setbufsize", "show_config", "show_runtime", "info",
    "get_include", "printoptions", "errstate", "frompyfunc", "vectorize", "piecewise", "apply_along_axis",
    "apply_over_axes", "fromfunction", "nditer", "nested_iters", "einsum_path", "test", "deprecate", "who",
    "lookfor", "source", "byte_bounds", "iterable", "format_float_positional", "format_float_scientific",
    "array2string", "array_repr", "array_str", "set_string_function", "from_dlpack", "frombuffer", "fromiter",
    "fromstring", "asanyarray", "asmatrix", "bmat", "matrix", "recarray", "record", "busday_count",
    "busday_offset", "is_busday", "datetime_as_string", "datetime_data", "copyto", "put", "putmask", "place",
    "fill_diagonal", "put_along_axis", "shares_memory", "may_share_memory", "broadcast", "getbufsize", "geterr",
    "geterrcall", "get_printoptions", "get_state", "isdtype", "issubdtype", "can_cast", "result_type",
    "promote_types", "min_scalar_type", "common_type", "mintypecode", "typename", "dtype", "ndarray",
}
# Parameters never swept: output buffers and dispatch hooks (docbuild refuses them whatever their value).
SKIPPED_PARAMETERS = {"out", "like", "subok", "signature", "extobj"}
# The argument lists tried, in order, for each function: the first NumPy answers is the one swept.
CANDIDATE_ARGUMENTS = [
    "a", "b", "i", "a, a", "a, b", "b, b", "i, i", "a, 1", "b, 2", "i, 1", "b, 0.5", "3", "(2, 3)", "0, 5",
    "0, 1, 5", "a, 0, 1", "b, [0, 2]", "b, b, b", "[a, a]", "a, [1]", "a > 0", "a, a > 0, 0.0", "m", "m, m.T",
    "'ij,jk->ik', a, a.T", "b, 3", "2, 3", "z", "m[:, :3] + 2 * np.eye(3)",
]
# The argument lists `--bases all` adds: an array of each rank and a positional axis after one.
RANK_ARGUMENTS = ["np.array(-1.5)", "c", "c, c", "a, -1", "c, 1", "c, -1", "np.array(-1.5), np.array(-1.5)"]
# The ordinary values `--pairs` gives each parameter of these names, alone and two parameters at a time.
ORDINARY = {
    "axis": ["0", "-1", "(0, 1)", "None"], "keepdims": ["True"], "ddof": ["1"], "correction": ["1"],
    "dtype": ["np.float32", "np.int64", "np.complex128", "bool"], "return_counts": ["True"],
    "return_index": ["True"], "return_inverse": ["True"], "equal_nan": ["False"], "side": ["'right'"],
    "kind": ["'stable'"], "stable": ["True"], "order": ["'F'"], "initial": ["5"], "decimals": ["1"], "n": ["2"],
    "prepend": ["0"], "append": ["0"], "method": ["'nearest'", "'lower'"], "rowvar": ["False"], "bias": ["True"],
    "k": ["1"], "offset": ["1"], "axis1": ["0"], "axis2": ["-1"], "norm": ["'ortho'"], "assume_unique": ["True"],
    "invert": ["True"], "return_indices": ["True"], "full_matrices": ["False"], "compute_uv": ["False"],
    "ord": ["1", "'fro'"], "endpoint": ["False"], "retstep": ["True"], "num": ["4"], "edge_order": ["2"],
    "indexing": ["'ij'"], "sparse": ["True"], "nan": ["0.0"], "posinf": ["1.0"], "rtol": ["0.001"],
    "atol": ["0.001"], "deg": ["True"], "fill_value": ["0"], "shift": ["1"], "right": ["True"],
    "minlength": ["5"], "ndmin": ["2"], "bins": ["3", "'auto'"], "range": ["(0, 1)"], "density": ["True"],
    "copy": ["False"], "mode": ["'clip'", "'same'"], "sorted": ["False"], "weights": ["None"], "where": ["True"],
    "start": ["1"], "periods": ["None"], "period": ["2"], "discont": ["1.0"], "overwrite_input": ["True"],
}
# Array methods NumPy's signatures do not list (C methods), with the arguments before the swept keywords: swept by
# `--modules methods`, each keyword given each value, and the first positional argument given each value alone.
METHOD_CALLS = {
    "a.astype": ("float, ", ["order", "casting", "subok", "copy"]), "a.flatten": ("", ["order"]),
    "a.ravel": ("", ["order"]), "a.copy": ("", ["order"]), "a.view": ("", ["dtype", "type"]),
    "a.copy().sort": ("", ["axis", "kind", "order"]), "a.argsort": ("", ["axis", "kind", "order", "stable"]),
    "a.reshape": ("3, 2, ", ["order", "copy"]), "a.squeeze": ("", ["axis"]), "a.swapaxes": ("0, ", ["axis2"]),
    "a.transpose": ("", ["axes"]), "a.take": ("[0], ", ["axis", "mode"]), "a.repeat": ("2, ", ["axis"]),
    "a.cumsum": ("", ["axis", "dtype"]), "a.round": ("", ["decimals"]), "a.argmax": ("", ["axis", "keepdims"]),
    "a.tobytes": ("", ["order"]), "a.copy().resize": ("", ["refcheck"]), "a.copy().fill": ("", ["value"]),
}
POSITIONAL_METHODS = ["a.item", "a.reshape", "a.transpose", "a.copy().fill", "a.astype", "a.view", "a.squeeze",
                      "a.round", "a.repeat", "a.copy().resize"]

VALUES = {"none": "None", "str": "'1'", "text": "'x'", "float": "1.5", "list": "[1]", "empty": "()", "true": "True",
          "negative": "-1", "huge": "2**63", "nan": "float('nan')"}


def namespace():
    """The base arrays of numpy_differential.py, made in NumPy as its chapters make them."""
    names = {}
    exec("\n".join(numpy_differential.SETUP), names)
    return names


def answered_calls(name, names, every=False):
    """The candidate argument lists NumPy answers without an exception: the first alone, or with `every` all of
    them, RANK_ARGUMENTS's too."""
    names["rng"] = np.random.default_rng(0)
    answered = []
    for arguments in CANDIDATE_ARGUMENTS + (RANK_ARGUMENTS if every else []):
        if every and fills_output(name, arguments, names):
            continue
        try:
            with np.errstate(all="ignore"):
                eval(f"np.{name}({arguments})", names)
        except Exception:
            continue
        answered.append(arguments)
        if not every:
            break
    return answered


def fills_output(name, arguments, names):
    """True when `arguments` reach a function's output parameter (a ufunc's operands past `nin`, a positional
    `out`): NumPy would write the chapter's array there, and docbuild, refusing `out`, would leave every later
    statement that reads it refused."""
    function = eval(f"np.{name}", names)
    given = arguments.count(",") + 1 if not arguments.startswith("'") else 3
    if isinstance(function, np.ufunc):
        return given > function.nin
    try:
        listed = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        return False
    return "out" in listed and given > listed.index("out")


def parameters(function):
    """The parameters that can be given by keyword, by name, and the number given positionally before them."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return []
    return [(p.name, p.kind) for p in signature.parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name not in SKIPPED_PARAMETERS]


def keyword_calls(free, values, pairs):
    """The keyword parts to append to one call, `free` being the parameters it leaves to their defaults: each given
    each unusual value, then (with `pairs`) each ordinary value alone and each two at a time."""
    made = [f"{parameter}={VALUES[value]}" for parameter in free for value in values]
    if pairs:
        ordinary = [parameter for parameter in free if parameter in ORDINARY]
        made += [f"{parameter}={value}" for parameter in ordinary for value in ORDINARY[parameter]]
        for n, first in enumerate(ordinary):
            for second in ordinary[n + 1:]:
                made += [f"{first}={x}, {second}={y}" for x in ORDINARY[first] for y in ORDINARY[second]]
    return made


def statements(values, only=None, modules=("",), every=False, pairs=False):
    names = namespace()
    made = []
    for module in modules:
        if module == "methods":
            for call, (before, keywords) in METHOD_CALLS.items():
                made += [f"{call}({before}{keyword}={VALUES[value]})" for keyword in keywords for value in values]
            made += [f"{call}({VALUES[value]})" for value in values for call in POSITIONAL_METHODS]
        elif module == "random":
            # The legacy functions draw from one global state: each statement seeds it first, so a statement
            # docbuild refuses leaves the next one's numbers unchanged.
            made += [f"(np.random.seed(0), {statement})[1]"
                     for statement in module_statements(module, values, only, names, every, pairs)]
        else:
            made += module_statements(module, values, only, names, every, pairs)
    made = list(dict.fromkeys(made))
    if every or pairs:
        # A fresh namespace: the candidate calls tried above may have written into these arrays already.
        clean = namespace()
        made = [statement for statement in made if not writes_arrays(statement, clean)]
    return made


def stop_statement(signum, frame):
    raise TimeoutError("the statement took too long")


def writes_arrays(statement, names):
    """True when NumPy's run of `statement` changes one of the chapter's arrays (an `out` given positionally, as
    `np.modf(b, b, b)`, or `copy=False`, `overwrite_input=True`): every later statement of its chapter would then
    read other values, so `--bases all` and `--pairs` leave it out. The arrays are restored after each."""
    arrays = {name: value for name, value in names.items() if isinstance(value, np.ndarray)}
    saved = {name: value.copy() for name, value in arrays.items()}
    names["rng"] = np.random.default_rng(0)
    # A statement NumPy takes long over (a huge count) is stopped after two seconds and kept: the recording gives
    # it its own time limit.
    signal.signal(signal.SIGALRM, stop_statement)
    signal.alarm(2)
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            eval(statement, names)
    except Exception:
        pass
    finally:
        signal.alarm(0)
    changed = [name for name, value in arrays.items()
               if names.get(name) is not value or value.tobytes() != saved[name].tobytes()]
    for name in arrays:
        arrays[name][...] = saved[name]
        names[name] = arrays[name]
    return bool(changed)


def module_statements(module, values, only, names, every=False, pairs=False):
    """The statements for the public functions of `np.MODULE` (`""`: of `np` itself; `"generator"`: the methods of a
    Generator made fresh in each statement, `np.random.default_rng(0).normal(...)`, so each statement draws the same
    numbers whatever the statements before it did)."""
    namespace_object = np
    if module == "generator":
        names["rng"] = np.random.default_rng(0)
        namespace_object = names["rng"]
        module = "random.default_rng(0)"
    for part in filter(None, module.split(".")) if namespace_object is np else []:
        namespace_object = getattr(namespace_object, part)
    made = []
    for short in sorted(dir(namespace_object)):
        name = f"{module}.{short}" if module else short
        function = getattr(namespace_object, short)
        if short.startswith("_") or short in SKIPPED or isinstance(function, type) or not callable(function):
            continue
        if only and name not in only:
            continue
        keyword = parameters(function)
        # The positional parameters the call fills are not swept by keyword (NumPy would say "multiple values").
        positional = [n for n, kind in keyword if kind == inspect.Parameter.POSITIONAL_OR_KEYWORD]
        for arguments in answered_calls(name, names, every):
            given = arguments.count(",") + 1 if not arguments.startswith("'") else 3
            filled = set(positional[:given])
            free = [parameter for parameter, _ in keyword if parameter not in filled]
            calls = keyword_calls(free, values, pairs)
            made += [f"np.{name}({arguments}, {call})" for call in calls]
            # The array method of the same name, swept with the function's parameters after the array.
            if not module and arguments in ("a", "b", "i", "m", "z", "c", "np.array(-1.5)") and hasattr(
                    np.ndarray, name):
                made += [f"{arguments}.{name}({call})" for call in calls]
    return made


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="the statements file to write, one statement a line")
    parser.add_argument("--values", default="none,str,text",
                        help="which values to sweep: none, str, text, float, list, empty, true, negative, huge, nan")
    parser.add_argument("--functions", help="only these NumPy functions, comma-separated")
    parser.add_argument("--modules", default="",
                        help="comma-separated modules of np to sweep, '' for np itself, 'generator' for a "
                             "Generator's methods, 'methods' for the array methods of METHOD_CALLS "
                             "(e.g. ',linalg,fft,random,generator,methods')")
    parser.add_argument("--bases", choices=["first", "all"], default="first",
                        help="first: sweep from the first argument list NumPy answers; all: from every one it "
                             "answers, arrays of each rank and positional axes among them")
    parser.add_argument("--pairs", action="store_true",
                        help="also give each parameter with a name in ORDINARY its ordinary values, alone and "
                             "crossed with each other such parameter")
    args = parser.parse_args()
    only = set(args.functions.split(",")) if args.functions else None
    made = statements([value for value in args.values.split(",") if value], only, args.modules.split(","),
                      args.bases == "all", args.pairs)
    with open(args.out, "w") as handle:
        handle.write("\n".join(made) + "\n")
    print(f"{len(made)} statements in {args.out}")


if __name__ == "__main__":
    main()
