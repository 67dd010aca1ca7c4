#!/usr/bin/env python3
"""Writes how NumPy's functions and methods written in C (and Cython) check their arguments, and what NumPy prints
when they are called with the wrong number or names of arguments.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy_c_signatures.py` (Python 3.11, numpy 2.4). It rewrites
`Sources/Snippets/Interpreter/NumpyCFunctionSignatures.swift` and `interpreter/75-numpy-c-argument-errors.txt`.
Rerunning gives identical bytes.

NumPy's C functions parse their arguments with one of a few parsers, each wording its errors its own way:
`npy_parse_arguments` (`zeros() missing required argument 'shape' (pos 0)`), CPython's
`PyArg_ParseTupleAndKeywords` (`'x' is an invalid keyword argument for cumsum()`), a positional-only tuple
(`ndarray.fill() takes no keyword arguments`, `fill() takes exactly 1 argument (0 given)`), Cython's
(`seed() takes at most 1 positional argument (2 given)`), or, for the ndarray methods NumPy forwards to
`numpy._core._methods`, CPython's binding of that Python function (`_sum() takes from 1 to 7 positional arguments`).
For each function this script finds the parser and its parameters by calling the function wrongly and reading what
NumPy raises (the parameter names come from the function's signature and docstring, their places from NumPy's
messages), then checks the result: a model of each parser, the same rules the Swift code follows, must predict
NumPy's text for every probe call; a function whose probes disagree is left out of the table (and named on stderr).
The transcript holds the probe calls that raise a TypeError, with NumPy's own text.
"""

import inspect
import pathlib
import re
import sys
import warnings

import numpy as np
import numpy._core._methods as numpy_methods
from make_interpreter_fixtures import write_transcript
from make_numpy_signatures import dictionary_entry

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TABLE = ROOT / "Sources" / "Snippets" / "Interpreter" / "NumpyCFunctionSignatures.swift"
OUTPUT = HERE / "interpreter" / "75-numpy-c-argument-errors.txt"

# Calling these wrongly could read a file, block on standard input or start NumPy's test suite.
UNSAFE = {"fromfile", "tofile", "dump", "dumps", "test", "from_dlpack", "nested_iters", "fromstring", "show_config",
          "show_runtime", "get_include", "set_state", "get_state", "set_bit_generator", "get_bit_generator"}

ARGUMENT_MESSAGE = re.compile(
    r"takes (no|at most|at least|exactly|from|\d)|missing (required|\d)|unexpected keyword|invalid keyword|"
    r"given by name|got multiple values|takes no keyword|positional-only")

# The transcript leaves out the functions the snippet language lacks (calling one is its NotImplementedError).
LANGUAGE_LACKS = {
    "a.getfield", "a.put", "a.to_device", "np.asanyarray", "np.asfortranarray", "np.concat", "np.copyto",
    "np.frompyfunc", "np.putmask", "np.random.beta", "np.random.bytes", "np.random.chisquare", "np.random.dirichlet",
    "np.random.f", "np.random.gamma", "np.random.geometric", "np.random.gumbel", "np.random.hypergeometric",
    "np.random.laplace", "np.random.logistic", "np.random.lognormal", "np.random.logseries", "np.random.multinomial",
    "np.random.negative_binomial", "np.random.noncentral_chisquare", "np.random.noncentral_f", "np.random.pareto",
    "np.random.power", "np.random.random_integers", "np.random.rayleigh", "np.random.standard_cauchy",
    "np.random.standard_gamma", "np.random.standard_t", "np.random.triangular", "np.random.vonmises",
    "np.random.wald", "np.random.weibull", "np.random.zipf", "rng.beta", "rng.bytes", "rng.chisquare",
    "rng.dirichlet", "rng.f", "rng.gamma", "rng.geometric", "rng.gumbel", "rng.hypergeometric", "rng.laplace",
    "rng.logistic", "rng.lognormal", "rng.logseries", "rng.multinomial", "rng.multivariate_hypergeometric",
    "rng.negative_binomial", "rng.noncentral_chisquare", "rng.noncentral_f", "rng.pareto", "rng.permuted",
    "rng.power", "rng.rayleigh", "rng.spawn", "rng.standard_cauchy", "rng.standard_exponential",
    "rng.standard_gamma", "rng.standard_t", "rng.triangular", "rng.vonmises", "rng.wald", "rng.weibull", "rng.zipf",
}

# Calls a reader would make, beside the generated probes (the examples, and right calls at the edges).
EXAMPLES = [
    "np.zeros()", "np.ones()", "np.array()", "np.asarray()", "np.arange()", "np.arange(None)", "np.arange(stop=3)",
    "np.arange(start=3)", "np.arange(stop=None)", "np.arange(None, 3)", "np.arange(3, None)", "np.arange(3, step=2)",
    "np.arange(start=1, stop=4)", "np.arange(dtype=int)", "np.arange(3.0, None, 1)",
    "np.arange(1, 2, 3, 4, 5)", "np.where(x=1)", "np.where([True, False], [1, 2])", "np.concatenate()", "np.dot(a)",
    "np.dot(a, a, a, a)", "np.dot(a=a, b=a)", "np.empty_like()", "np.frombuffer()", "np.can_cast()",
    "np.result_type()", "np.datetime_data()", "np.busday_count()", "a.sum(1, 2, 3, 4, 5, 6, 7, 8)", "a.astype()",
    "a.transpose(x=1)", "a.copy(order=1, x=2)", "a.take()", "a.fill()", "a.item(x=1)", "np.random.seed(1, 2)",
    "rng.normal(1, 2, 3, 4)", "rng.integers()", "rng.integers(high=3)", "rng.integers(1, low=3)",
    "np.random.RandomState(0).normal(1, 2, 3, 4)", "np.random.rand(x=1)", "np.random.randn(x=1)",
    "np.random.uniform(1, 2, 3, 4)", "np.zeros(3, shape=3)", "a.cumsum(0, None, None)", "np.random.seed(seed=3)",
    "rng.normal(loc=0.0, scale=1.0, size=2)", "np.where(condition=[True])",
    "np.promote_types(type1=np.int8, type2=np.int16)", "np.promote_types(np.int8)", "a.dot()",
    "a.mean(1, 2, 3, 4, 5, 6, 7)", "a.max(axis=0, axs=1)", "a.argmax(0, None, True)", "a.round(1, None, 3)",
]

NAMESPACE_SETUP = "a = np.arange(6.0); rng = np.random.default_rng(0)"


def namespace():
    space = {"np": np, "__name__": "__main__"}
    exec(NAMESPACE_SETUP, space)
    return space


def outcome(statement):
    """NumPy's TypeError text for `statement`, '' when it runs, or None when it raises something else."""
    space = namespace()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            eval(statement, space)
        except TypeError as error:
            return str(error)
        except Exception:
            return None
    return ""


def call_text(receiver, arguments, keywords):
    parts = ["1"] * arguments + [f"{name}=1" for name in keywords]
    return f"{receiver}({', '.join(parts)})"


# ---------------------------------------------------------------------------------------------------------------
# The parsers, as the Swift code models them. A spec is (convention, name, parameters); parameters are tokens:
# `x` required, `x=` optional, `_` positional only, `*` starts the keyword-only ones, `*args`, `**`.


def parse_tokens(tokens):
    positional, keyword_only, required, variadic, any_keyword, star = [], [], 0, False, False, False
    for token in tokens:
        if token == "**":
            any_keyword = True
        elif token.startswith("*"):
            star = True
            variadic = variadic or len(token) > 1
        else:
            optional = token.endswith("=")
            name = token.rstrip("=")
            if star:
                keyword_only.append(name)
            else:
                positional.append(name)
                if not optional:
                    required = len(positional)
    return positional, keyword_only, required, variadic, any_keyword


def plural(count, word):
    return f"{count} {word}{'' if count == 1 else 's'}"


def model_npy(name, tokens, given, keywords):
    positional, keyword_only, required, _, _ = parse_tokens(tokens)
    names = positional + keyword_only
    positional_only = sum(1 for parameter in positional if parameter == "_")
    if given > len(positional):
        verb = "was" if given == 1 else "were"
        if required == len(positional):
            return f"{name}() takes {len(positional)} positional arguments but {given} {verb} given"
        return f"{name}() takes from {required} to {len(positional)} positional arguments but {given} {verb} given"
    filled = [index < given for index in range(len(names))]
    for keyword in keywords:
        if keyword == "_" or keyword not in names[positional_only:]:
            return f"{name}() got an unexpected keyword argument '{keyword}'"
        index = names.index(keyword)
        if filled[index]:
            return f"argument for {name}() given by name ('{keyword}') and position (position {index})"
        filled[index] = True

    def missing(index):
        if index < positional_only:
            return f"{name}() missing required positional argument {index}"
        return f"{name}() missing required argument '{names[index]}' (pos {index})"

    if given < required:
        if not keywords:
            return missing(given)
        for index in range(required):
            if not filled[index]:
                return missing(index)
    return ""


def model_getargs(name, tokens, given, keywords):
    positional, keyword_only, required, _, _ = parse_tokens(tokens)
    kwlist = positional + keyword_only
    function = "function" if name == "-" else f"{name}()"
    length = len(kwlist)
    total = given + len(keywords)
    if total > length:
        return f"{function} takes at most {length} {'keyword ' if given == 0 else ''}argument" \
            f"{'' if length == 1 else 's'} ({total} given)"
    positional_only = sum(1 for parameter in positional if parameter == "_")
    minimum = required if required < length else None
    maximum = len(positional) if keyword_only else None
    remaining = len(keywords)
    skip = False
    index = 0
    for index in range(length):
        if maximum is not None and index == maximum:
            if skip:
                break
            if maximum < given:
                if maximum == 0:
                    return f"{function} takes no positional arguments"
                return f"{function} takes {'at most' if minimum is not None else 'exactly'} " \
                    f"{plural(maximum, 'positional argument')} ({given} given)"
        if skip:
            continue
        if index < given:
            continue
        current = remaining and index >= positional_only and kwlist[index] in keywords
        if current:
            remaining -= 1
            continue
        if minimum is None or index < minimum:
            if index < positional_only:
                skip = True
            else:
                return f"{function} missing required argument '{kwlist[index]}' (pos {index + 1})"
        if not remaining and not skip:
            return ""
    else:
        index = length
    if skip:
        bound = min(positional_only, minimum if minimum is not None else length)
        return f"{function} takes {'at least' if bound < index else 'exactly'} " \
            f"{plural(bound, 'positional argument')} ({given} given)"
    if remaining:
        for position in range(positional_only, given):
            if kwlist[position] in keywords:
                return f"argument for {function} given by name ('{kwlist[position]}') and position ({position + 1})"
        for keyword in keywords:
            if keyword not in kwlist[positional_only:]:
                shown = "this function" if name == "-" else f"{name}()"
                return f"'{keyword}' is an invalid keyword argument for {shown}"
    return ""


def model_tuple(qualified, name, minimum, maximum, given, keywords):
    if keywords:
        return f"{qualified}() takes no keyword arguments"
    function = "function" if name == "-" else f"{name}()"
    if given < minimum or (maximum is not None and given > maximum):
        bound = minimum if given < minimum else maximum
        qualifier = "exactly" if minimum == maximum else "at least" if given < minimum else "at most"
        return f"{function} takes {qualifier} {plural(bound, 'argument')} ({given} given)"
    return ""


def model_noargs(qualified, given, keywords):
    if keywords:
        return f"{qualified}() takes no keyword arguments"
    if given:
        return f"{qualified}() takes no arguments ({given} given)"
    return ""


def model_cython(name, tokens, given, keywords):
    positional, keyword_only, required, variadic, any_keyword = parse_tokens(tokens)

    def invalid(found):
        exact = required == len(positional) and not variadic
        if found < required:
            bound, qualifier = required, "at least"
        else:
            bound, qualifier = len(positional), "at most"
        if exact:
            qualifier = "exactly"
        return f"{name}() takes {qualifier} {plural(bound, 'positional argument')} ({found} given)"

    if not variadic and given > len(positional):
        return invalid(given)
    if not keywords:
        return invalid(given) if given < required else ""
    # Cython takes the positional parameters' keywords first, then looks at the others, then at what is missing.
    remaining = len(keywords) - sum(1 for parameter in positional[given:] if parameter in keywords)
    if remaining:
        for keyword in keywords:
            if keyword in positional[:given]:
                return f"{name}() got multiple values for keyword argument '{keyword}'"
            if keyword not in positional and keyword not in keyword_only and not any_keyword:
                return f"{name}() got an unexpected keyword argument '{keyword}'"
    for index in range(given, required):
        if positional[index] not in keywords:
            return invalid(index)
    return ""


def model_python(name, tokens, given, keywords, offset):
    """CPython's own binding: a function of the same parameters, called."""
    parameters, star = [], False
    for token in tokens:
        if token == "/":
            parameters.append("/")
        elif token == "**":
            parameters.append("**kwargs")
        elif token == "*":
            parameters.append("*")
        elif token.startswith("*"):
            parameters.append(token)
        else:
            parameters.append(token.replace("=", "=None"))
    space = {}
    exec(f"def {name}({', '.join(parameters)}): pass", space)
    try:
        space[name](*([1] * (given + offset)), **{keyword: 1 for keyword in keywords})
    except TypeError as error:
        return str(error)
    return ""


def model(spec, given, keywords):
    convention, *rest = spec
    if convention == "nokw":
        return f"{rest[0]}() takes no keyword arguments" if keywords else model(rest[1], given, keywords)
    if convention == "keywords":
        name, minimum, names = rest
        text = model_getargs("-", ["*"] + [keyword + "=" for keyword in names], 0, keywords)
        if not text and given < minimum:
            return f"{name}() takes exactly {plural(minimum, 'argument')} ({given} given)"
        return text
    if convention == "npy":
        return model_npy(rest[0], rest[1], given, keywords)
    if convention == "getargs":
        return model_getargs(rest[0], rest[1], given, keywords)
    if convention == "tuple":
        return model_tuple(*rest, given, keywords)
    if convention == "noargs":
        return model_noargs(rest[0], given, keywords)
    if convention == "cython":
        return model_cython(rest[0], rest[1], given, keywords)
    if convention == "python":
        return model_python(rest[0], rest[1], given, keywords, 0)
    if convention == "method":
        return model_python(rest[0], rest[1], given, keywords, 1)
    raise ValueError(convention)


# ---------------------------------------------------------------------------------------------------------------
# Finding each function's parser and parameters.


def documented_names(function):
    """Parameter names from the function's signature and its docstring's first call, in order."""
    names = []
    try:
        for parameter in inspect.signature(function).parameters.values():
            if parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD) and parameter.name != "self":
                names.append(parameter.name)
    except (TypeError, ValueError):
        pass
    doc = (getattr(function, "__doc__", None) or "").strip()
    match = re.match(r"[\w.]*\((.*?)\)\s*$", doc.split("\n\n")[0].replace("\n", " "))
    if match:
        for part in match.group(1).split(","):
            word = part.split("=")[0].strip(" []*/")
            if word.isidentifier() and word not in names and word not in ("self", "args", "kwargs"):
                names.append(word)
    return names


def python_tokens(function):
    tokens, keyword_only = [], False
    parameters = list(inspect.signature(function).parameters.values())
    for index, parameter in enumerate(parameters):
        default = "" if parameter.default is inspect.Parameter.empty else "="
        if parameter.kind == parameter.VAR_POSITIONAL:
            tokens.append("*" + parameter.name)
            keyword_only = True
        elif parameter.kind == parameter.VAR_KEYWORD:
            tokens.append("**")
        elif parameter.kind == parameter.KEYWORD_ONLY:
            if not keyword_only:
                tokens.append("*")
                keyword_only = True
            tokens.append(parameter.name + default)
        else:
            tokens.append(parameter.name + default)
            following = parameters[index + 1].kind if index + 1 < len(parameters) else None
            if parameter.kind == parameter.POSITIONAL_ONLY and following != parameter.POSITIONAL_ONLY:
                tokens.append("/")
    return tokens


TOO_MANY = 12


def infer_npy(receiver, name, message):
    match = re.search(r"takes (?:from (\d+) to )?(\d+) positional arguments", message)
    positional = int(match.group(2))
    required = int(match.group(1) or match.group(2))
    slots = [None] * positional
    keyword_only = []
    candidates = documented_names(eval(receiver, namespace()))
    for missing in re.findall(r"missing required argument '(\w+)'", outcome(call_text(receiver, 0, [])) or ""):
        if missing not in candidates:
            candidates.append(missing)
    for candidate in candidates:
        text = outcome(call_text(receiver, positional, [candidate]))
        place = re.search(r"given by name \('\w+'\) and position \(position (\d+)\)", text or "")
        if place:
            slots[int(place.group(1))] = candidate
        elif text is None or not re.search("unexpected keyword|takes no keyword", text):
            keyword_only.append(candidate)
    tokens = []
    for index, slot in enumerate(slots):
        tokens.append((slot or "_") + ("" if index < required else "="))
    if keyword_only:
        tokens.append("*")
        tokens.extend(candidate + "=" for candidate in keyword_only)
    return ("npy", name, tokens)


def infer_getargs(receiver, name, message):
    function = eval(receiver, namespace())
    names = documented_names(function)
    length = int(re.search(r"at most (\d+)", message).group(1))
    if len(names) != length:
        return None
    tokens = []
    try:
        parameters = [parameter for parameter in inspect.signature(function).parameters.values()]
    except (TypeError, ValueError):
        parameters = []
    kinds = {parameter.name: parameter for parameter in parameters}
    # A text signature's `/` is not always the parser's (`ndarray.put(indices, values, /, ...)` names `indices` in
    # its messages): a parameter NumPy's messages name is not positional only.
    named = set()
    for keywords in [[]] + [[candidate] for candidate in names]:
        named.update(re.findall(r"missing required argument '(\w+)'", outcome(call_text(receiver, 0, keywords)) or ""))
    star = False
    for candidate in names:
        parameter = kinds.get(candidate)
        if parameter is not None and parameter.kind == parameter.KEYWORD_ONLY and not star:
            tokens.append("*")
            star = True
        optional = parameter is None or parameter.default is not inspect.Parameter.empty
        positional_only = parameter is not None and parameter.kind == parameter.POSITIONAL_ONLY
        tokens.append(("_" if positional_only and candidate not in named else candidate) + ("=" if optional else ""))
    return ("getargs", name, tokens)


def infer_tuple(receiver, qualified):
    counts = []
    for arguments in (0, TOO_MANY):
        text = outcome(call_text(receiver, arguments, []))
        match = re.search(r"^(\w+|function)(?:\(\))? takes (exactly|at least|at most) (\d+) argument", text or "")
        counts.append(match)
    name = next((match.group(1) for match in counts if match), "-")
    name = "-" if name == "function" else name
    minimum = int(counts[0].group(3)) if counts[0] else 0
    maximum = int(counts[1].group(3)) if counts[1] else None
    if counts[0] and counts[0].group(2) == "exactly":
        maximum = minimum
    return ("tuple", qualified, name, minimum, maximum)


def infer(receiver):
    """The parser and parameters of `receiver` (source text of a callable), or None."""
    too_many = outcome(call_text(receiver, TOO_MANY, [])) or ""
    keyword = outcome(call_text(receiver, 0, ["zz"])) or ""
    no_keywords = re.match(r"^([\w.]+)\(\) takes no keyword arguments", keyword)
    function = eval(receiver, namespace())
    name_match = re.match(r"^(\w+)\(\)", too_many) or re.match(r"^(\w+)\(\)", keyword)
    name = name_match.group(1) if name_match else None
    if no_keywords and re.search(r"takes no arguments \(", too_many):
        return ("noargs", no_keywords.group(1))
    if no_keywords and re.search(r"positional arguments? but", too_many):
        # METH_FASTCALL without keywords: CPython refuses the keywords, then `npy_parse_arguments` counts.
        return ("nokw", no_keywords.group(1), infer_npy(receiver, name, too_many))
    if no_keywords:
        return infer_tuple(receiver, no_keywords.group(1))
    if re.search(r"invalid keyword argument for this function", keyword) and receiver.startswith("a."):
        # `ndarray.reshape` and `resize`: their keywords parsed alone (a format without a name), then the shape.
        parameters = inspect.signature(function).parameters.values()
        keywords = [parameter.name for parameter in parameters if parameter.kind == parameter.KEYWORD_ONLY]
        empty = re.match(r"^(\w+)\(\) takes exactly (\d+) argument", outcome(call_text(receiver, 0, [])) or "")
        return ("keywords", empty.group(1) if empty else "-", int(empty.group(2)) if empty else 0, keywords)
    if name and name.startswith("_") and hasattr(numpy_methods, name):
        return ("method", name, python_tokens(getattr(numpy_methods, name)))
    implementation = getattr(function, "_implementation", None)
    if implementation is not None and not inspect.isfunction(implementation):
        # Written in C behind a Python dispatcher, whose binding checks the arguments first.
        return ("python", name, python_tokens(function)) if name else None
    if implementation is not None or inspect.isfunction(inspect.unwrap(function)):
        return None  # Python-level: make_numpy_signatures.py's table.
    if re.search(r"positional arguments? but", too_many):
        return infer_npy(receiver, name, too_many)
    if re.search(r"takes at most \d+ arguments? \(", too_many):
        return infer_getargs(receiver, name or "-", too_many)
    if re.search(r"positional arguments? \(\d+ given\)", too_many) and "unexpected keyword" in keyword:
        try:
            return ("cython", name, python_tokens(function))
        except (TypeError, ValueError):
            return None
    return None


def alternatives(spec):
    """`spec`, then the same without its `/` or its `*` (a dispatcher's or a docstring's marks that the parser
    lacks: `np.concatenate(1, arrays=1)` is CPython's "multiple values", so its dispatcher has no `/`)."""
    yield spec
    if spec[0] in ("python", "getargs"):
        for mark in ("/", "*"):
            if mark in spec[2]:
                yield (spec[0], spec[1], [token for token in spec[2] if token != mark])


def probes(receiver, spec):
    """Wrong (and some right) calls of `receiver` for `spec`: (argument count, keyword names)."""
    calls = [(0, []), (TOO_MANY, []), (0, ["zz"]), (1, ["zz"])]
    if spec[0] == "nokw":
        return sorted(set(probes(receiver, spec[2]) + [(1, ("zz",))]))
    if spec[0] == "keywords":
        return calls + [(1, []), (2, [])] + [(0, [name]) for name in spec[3]] + [(2, spec[3] + ["zz"])]
    if spec[0] in ("tuple", "noargs"):
        return calls + [(1, []), (2, []), (3, [])]
    tokens = spec[2]
    positional, keyword_only, required, _, _ = parse_tokens(tokens)
    calls.append((len(positional) + 1, []))
    for index, parameter in enumerate(positional):
        if parameter != "_":
            calls.append((index + 1, [parameter]))
            calls.append((0, [parameter]))
    if required > 1:
        calls.append((required - 1, []))
    for parameter in keyword_only[:2]:
        calls.append((len(positional) + 1, [parameter]))
        calls.append((0, [parameter, "zz"]))
    return sorted(set((count, tuple(keywords)) for count, keywords in calls), key=lambda call: (call[0], call[1]))


def receivers():
    """(table key, source text) of every function and method this script probes."""
    for name in sorted(dir(np)):
        function = getattr(np, name)
        if name.startswith("_") or name in UNSAFE or isinstance(function, type) or not callable(function):
            continue
        implementation = getattr(function, "_implementation", None)
        if type(function).__name__ == "builtin_function_or_method" or (
                implementation is not None and not inspect.isfunction(implementation)):
            yield f"numpy.{name}", f"np.{name}"
    array = np.arange(6.0)
    for name in sorted(dir(array)):
        if name.startswith("_") or name in UNSAFE:
            continue
        try:
            if callable(getattr(array, name)):
                yield f"ndarray.{name}", f"a.{name}"
        except ValueError:
            pass
    for name in sorted(dir(np.random)):
        function = getattr(np.random, name)
        if name.startswith("_") or name in UNSAFE or isinstance(function, type) or not callable(function):
            continue
        yield f"numpy.random.{name}", f"np.random.{name}"
    generator = np.random.default_rng(0)
    for name in sorted(dir(generator)):
        if not name.startswith("_") and name not in UNSAFE and callable(getattr(generator, name)):
            yield f"Generator.{name}", f"rng.{name}"


def encoded(spec):
    convention, *rest = spec
    if convention == "tuple":
        qualified, name, minimum, maximum = rest
        return f"tuple {qualified} {name} {minimum} {'-' if maximum is None else maximum}"
    if convention == "noargs":
        return f"noargs {rest[0]}"
    if convention == "nokw":
        return f"nokw {rest[0]} {encoded(rest[1])}"
    if convention == "keywords":
        return " ".join(["keywords", rest[0], str(rest[1]), *rest[2]])
    return " ".join([convention, rest[0], *rest[1]])


def main():
    table, statements, left_out = {}, [], []
    for key, receiver in receivers():
        spec = infer(receiver)
        if spec is None:
            continue
        for candidate in alternatives(spec):
            disagreements, raised = [], []
            for given, keywords in probes(receiver, candidate):
                statement = call_text(receiver, given, keywords)
                actual = outcome(statement)
                expected = model(candidate, given, list(keywords))
                if actual is None or (actual and not ARGUMENT_MESSAGE.search(actual)):
                    continue  # The call reaches the function's own checks of its values.
                if actual != expected:
                    disagreements.append(f"{key}: {statement}: NumPy {actual!r}, model {expected!r}")
                elif actual:
                    raised.append(statement)
            if not disagreements:
                table[key] = encoded(candidate)
                if receiver not in LANGUAGE_LACKS:
                    statements.extend(raised)
                break
        else:
            print("\n".join(disagreements), file=sys.stderr)
            left_out.append(key)
    write_table(table)
    print(f"{len(table)} functions, {len(statements)} statements; left out: {', '.join(left_out)}", file=sys.stderr)
    header = (
        f"# 75-numpy-c-argument-errors: generated by make_numpy_c_signatures.py from Python and NumPy "
        f"{np.__version__}; NumPy's C and Cython functions and methods called with the wrong number or names of "
        f"arguments."
    )
    setup = [statement for statement in NAMESPACE_SETUP.split("; ")]
    write_transcript(OUTPUT, header, setup + EXAMPLES + statements, {"np": np, "__name__": "__main__"}, quiet=True)


def write_table(table):
    rows = []
    for key in sorted(table):
        rows.extend(dictionary_entry(key, table[key]))
    text = [
        "// Generated by Tests/SnippetsTests/Fixtures/make_numpy_c_signatures.py from NumPy " + np.__version__
        + ": do not edit.",
        "",
        "extension NumpyCSignature {",
        "  /// NumPy's functions and methods written in C or Cython by key (`numpy.zeros`, `ndarray.sum`,",
        "  /// `numpy.random.seed`, `Generator.normal`): the parser that checks their arguments, the name its messages",
        "  /// print, then the parameters (`x=` has a default, `_` is positional only, `*` starts the keyword-only ones).",
        "  static let table: [String: String] = [",
        *rows,
        "  ]",
        "}",
        "",
    ]
    TABLE.write_text("\n".join(text))


if __name__ == "__main__":
    main()
