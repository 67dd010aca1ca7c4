"""Reference interpreter for docbuild's tensor snippets (SPEC §3), in Python with real NumPy.

Why this exists: docbuild runs snippets against its own Swift tensor core. To check that the book's
expected outputs are what NumPy prints, and to make test fixtures whose expected text comes from NumPy,
we run the very same statements in Python and compare.

How it works
------------
* Statements are parsed with Python's `ast` and evaluated node by node by `SnippetInterpreter`, which
  accepts only SPEC §3's language (assignment, tuple unpacking, expression statements, `print`, `assert`,
  `import numpy as np`; literals, names, `np.` attributes from the SPEC list, the listed methods, calls,
  indexing, unary `-`/`+`, binary `+ - * / ** @`, comparisons). Anything else — a loop, `if`, `def`,
  `lambda`, augmented assignment, an unlisted `np.` function — raises `SnippetLanguageError`, so the book
  and the fixtures cannot drift outside what docbuild must support.
* Every value is a real NumPy object, so echoes (`repr`), `print` (`str`) and error messages are
  NumPy's own text.
* Every operation whose result is a NumPy array or scalar is recorded on a tape: the operation (as a
  function of the array module), its arguments (which refer to earlier values by identity) and its
  result. The tape keeps every result alive, so identities are never reused.
* `grad(y, x[, g])` builds the function "x ↦ y" by replaying the tape from `x` (every operation that
  depends on `x`, in order; everything else stays a recorded constant) with HIPS autograd's
  `autograd.numpy` in place of NumPy, and asks autograd for the vector–Jacobian product. The derivative
  rules are therefore autograd's, not ours: an independent reference for docbuild's Swift autodiff.
  `x` may be an intermediate (such as `z`): the replay starts from it, so ∂y/∂z treats z as the input.
* `numgrad(y, x)` replays the same tape with plain NumPy and central differences (step 1e-6).
* `gradients(l, x1, …)` computes both for each argument, fails (`GradientCheckError`) when they differ by
  more than atol 1e-5 + rtol 1e-3 (PyTorch gradcheck's defaults), and prints nothing.
* `broadcast_diagram(x1, …)` (docbuild's picture of the shapes) checks them with `np.broadcast_shapes` and prints
  nothing.

Requires numpy (2.4.6 for the committed outputs) and autograd (`pip install autograd`).
"""

import ast
import operator

import numpy as np

try:
    import autograd
    import autograd.numpy as anp
except ImportError as error:  # pragma: no cover - environment message
    raise SystemExit("numpy_reference needs HIPS autograd: pip install autograd") from error

NUMGRAD_STEP = 1e-6
GRADCHECK_ATOL = 1e-5
GRADCHECK_RTOL = 1e-3

# SPEC §3's list of NumPy names, methods and attributes; nothing else is accepted.
NP_NAMES = set(
    "array zeros ones full zeros_like ones_like arange linspace eye reshape transpose sum mean max min exp log "
    "sqrt tanh abs square maximum minimum matmul dot outer broadcast_to broadcast_shapes expand_dims squeeze "
    "allclose array_equal isclose newaxis nan inf pi e float64 clip".split()
)
NP_RANDOM_NAMES = {"seed", "randn", "rand"}
METHODS = {"sum", "mean", "max", "min", "reshape", "transpose", "astype", "item", "copy", "flatten"}
ATTRIBUTES = {"T", "shape", "ndim", "size", "dtype"}
BUILTINS = {"print", "len", "float", "int"}

BINARY_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.MatMult: operator.matmul,
}
COMPARISONS = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}

# Readable names for constructs SPEC §3 rules out, used in SnippetLanguageError messages.
FORBIDDEN_NAMES = {
    ast.For: "for loop",
    ast.While: "while loop",
    ast.If: "if statement",
    ast.IfExp: "conditional expression",
    ast.FunctionDef: "def",
    ast.Lambda: "lambda",
    ast.ClassDef: "class",
    ast.AugAssign: "augmented assignment",
    ast.ListComp: "list comprehension",
    ast.GeneratorExp: "generator expression",
    ast.BoolOp: "and/or",
}


# Recorded step functions that broadcast their array operands (binary operators, np.broadcast_to, np.maximum, …).
BROADCASTING_STEPS = {"binary", "broadcast_call"}
BROADCASTING_FUNCTIONS = {"broadcast_to", "maximum", "minimum"}



def holds_builtin(value):
    """True when `value` (a list, tuple or dict, however nested) holds a builtin the reference names ("builtin", name)."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "builtin":
        return True
    if isinstance(value, (list, tuple)):
        return any(holds_builtin(item) for item in value)
    if isinstance(value, dict):
        return any(holds_builtin(item) for item in value.values())
    return False

class SnippetLanguageError(Exception):
    """A construct outside SPEC §3's language (not a NumPy error: the snippet itself is out of bounds)."""


class GradientCheckError(Exception):
    """`gradients(...)` found an autodiff gradient that disagrees with finite differences."""


def is_traceable(value):
    """Values the tape records: NumPy arrays and NumPy scalars."""
    return isinstance(value, (np.ndarray, np.generic))


def error_line(error):
    """An exception as the last line of a Python traceback, with the class name only (SPEC's `AxisError: …`)."""
    message = str(error)
    name = type(error).__name__
    return f"{name}: {message}" if message else name


class Operation:
    """One recorded step: `result = function(module, *arguments, **keywords)`."""

    __slots__ = ("function", "arguments", "keywords", "result")

    def __init__(self, function, arguments, keywords, result):
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
        self.result = result


def substitute(value, replacements):
    """`value` with every recorded object found in `replacements` (by identity) swapped, inside lists/tuples too."""
    if isinstance(value, (list, tuple)):
        items = [substitute(item, replacements) for item in value]
        return items if isinstance(value, list) else tuple(items)
    return replacements.get(id(value), value)


def mentions(value, replacements):
    """Whether `value` (or an item of it) is one of the replaced objects."""
    if isinstance(value, (list, tuple)):
        return any(mentions(item, replacements) for item in value)
    return id(value) in replacements


class Tape:
    """Every array-valued operation of a namespace, in evaluation order."""

    def __init__(self):
        self.operations = []
        self.recorded_ids = set()

    def record(self, function, arguments, keywords, result):
        """Remember how `result` was computed (only for NumPy values not already on the tape)."""
        if not is_traceable(result) or id(result) in self.recorded_ids:
            return
        if any(result is argument for argument in arguments):
            return
        self.recorded_ids.add(id(result))
        self.operations.append(Operation(function, tuple(arguments), dict(keywords), result))

    def replay(self, output, source, source_value, module):
        """Recompute `output` with `source` replaced by `source_value`, using `module` (numpy or autograd.numpy).

        Returns (value, depends): `depends` is False when `output` was not computed from `source`.
        """
        if output is source:
            return source_value, True
        replacements = {id(source): source_value}
        for step in self.operations:
            if step.result is source:
                continue
            if mentions(step.arguments, replacements) or mentions(list(step.keywords.values()), replacements):
                arguments = substitute(step.arguments, replacements)
                keywords = {key: substitute(value, replacements) for key, value in step.keywords.items()}
                replacements[id(step.result)] = step.function(module, *arguments, **keywords)
            if step.result is output:
                break
        if id(output) in replacements:
            return replacements[id(output)], True
        return output, False


def require_float(value, role):
    """Autodiff needs float values; ints and bools get a message that says how to make them float."""
    if not is_traceable(value) or not np.issubdtype(np.asarray(value).dtype, np.floating):
        kind = np.asarray(value).dtype if is_traceable(value) else type(value).__name__
        raise TypeError(f"{role} must be a float value, not {kind}: make it float with .astype(np.float64)")


class Autodiff:
    """`grad`, `numgrad` and `gradients` over one tape."""

    def __init__(self, tape):
        self.tape = tape

    def grad(self, output, source, upstream=None):
        """∂output/∂source (vector–Jacobian product with `upstream` when given), by HIPS autograd on the replayed tape."""
        require_float(source, "grad's second argument")
        require_float(output, "grad's first argument")
        if upstream is None:
            if np.ndim(output) != 0:
                raise ValueError(
                    f"grad(y, x) needs a scalar y, but y has shape {np.shape(output)}: "
                    "pass the upstream gradient as a third argument, grad(y, x, g)"
                )
            upstream = np.ones_like(np.asarray(output, dtype=np.float64))
        elif np.shape(upstream) != np.shape(output):
            raise ValueError(f"upstream gradient has shape {np.shape(upstream)}, but y has shape {np.shape(output)}")
        start = np.array(source, dtype=np.float64)
        _, depends = self.tape.replay(output, source, start, np)
        if not depends:
            return np.zeros(np.shape(source))

        def forward(value):
            return self.tape.replay(output, source, value, anp)[0]

        vjp, _ = autograd.make_vjp(forward)(start)
        result = np.array(vjp(np.asarray(upstream, dtype=np.float64)), dtype=np.float64)
        assert result.shape == np.shape(source), (result.shape, np.shape(source))
        return result

    def numgrad(self, output, source):
        """∂output/∂source by central differences, re-evaluating the recorded computation with `source` perturbed."""
        require_float(source, "numgrad's second argument")
        require_float(output, "numgrad's first argument")
        if np.ndim(output) != 0:
            raise ValueError(f"numgrad(y, x) needs a scalar y, but y has shape {np.shape(output)}")
        base = np.array(source, dtype=np.float64)
        result = np.zeros(base.shape)
        for index in np.ndindex(base.shape):
            values = []
            for sign in (1.0, -1.0):
                moved = base.copy()
                moved[index] += sign * NUMGRAD_STEP
                value = moved if isinstance(source, np.ndarray) else np.float64(moved[()])
                values.append(float(self.tape.replay(output, source, value, np)[0]))
            result[index] = (values[0] - values[1]) / (2 * NUMGRAD_STEP)
        return result

    def summed_axes(self, source):
        """Axes of a broadcast result that `source`'s gradient is summed over, from its direct uses on the tape.

        Shown by `numpy-parity.py --verbose` beside each gradient-table row, for comparison with docbuild's table.
        """
        axes = set()
        for step in self.tape.operations:
            if not any(argument is source for argument in step.arguments) or not isinstance(step.result, np.ndarray):
                continue
            if step.function.__name__ not in BROADCASTING_STEPS:
                continue
            result_shape, shape = step.result.shape, np.shape(source)
            added = len(result_shape) - len(shape)
            axes.update(range(added))
            axes.update(added + i for i, size in enumerate(shape) if size == 1 and result_shape[added + i] != 1)
        return sorted(axes)

    def gradients(self, names, output, *sources):
        """Checks each gradient against finite differences like a gradient table does; returns the rows."""
        rows = []
        for name, source in zip(names, sources):
            analytic = self.grad(output, source)
            numeric = self.numgrad(output, source)
            difference = float(np.max(np.abs(analytic - numeric))) if analytic.size else 0.0
            passed = bool(np.all(np.abs(analytic - numeric) <= GRADCHECK_ATOL + GRADCHECK_RTOL * np.abs(numeric)))
            rows.append((name, np.shape(source), self.summed_axes(source), str(analytic), difference))
            if not passed:
                raise GradientCheckError(f"gradient of {name} differs from finite differences by {difference:g}")
        return rows


def method_call(name):
    """A recorded method call; autograd's boxes lack a few NumPy methods, so those are spelled as functions."""

    def call(module, receiver, *arguments, **keywords):
        if module is anp:
            if name == "copy":
                return receiver * 1.0
            if name == "item":
                return anp.reshape(receiver, ())
        return getattr(receiver, name)(*arguments, **keywords)

    return call


def numpy_call(path):
    """A recorded `np.` function call, evaluated in whichever module the replay uses."""

    def call(module, *arguments, **keywords):
        if module is anp and path == ("broadcast_to",):
            # autograd's broadcast_to gradient rejects new leading axes; adding zeros broadcasts identically.
            return arguments[0] + anp.zeros(arguments[1])
        target = module
        for part in path:
            target = getattr(target, part)
        return target(*arguments, **keywords)

    if path[-1] in BROADCASTING_FUNCTIONS:
        call.__name__ = "broadcast_call"
    return call


def unary_plus(module, value):
    """`+x`, which autograd's boxes do not define."""
    return value * 1.0 if module is anp else operator.pos(value)


class NumpyNamespace:
    """Marks `np` and `np.random` so attribute access can be checked against SPEC's list."""

    def __init__(self, path):
        self.path = path


class SnippetInterpreter:
    """One chapter namespace: variables, the tape, and the autodiff functions."""

    def __init__(self):
        self.tape = Tape()
        self.autodiff = Autodiff(self.tape)
        self.variables = {"np": NumpyNamespace(())}
        self.output = []

    # Statements ----------------------------------------------------------------------------------

    def run_statement(self, node, source):
        """Runs one statement; returns what it printed (echo, print output). Raises on error."""
        self.output = []
        self.source = source
        if isinstance(node, ast.Import):
            if [(alias.name, alias.asname) for alias in node.names] != [("numpy", "np")]:
                raise SnippetLanguageError("only `import numpy as np` is accepted")
        elif isinstance(node, ast.Assign):
            if len(node.targets) != 1:
                raise SnippetLanguageError("chained assignment")
            value = self.evaluate(node.value)
            self.assign(node.targets[0], value)
        elif isinstance(node, ast.Expr):
            value = self.evaluate(node.value)
            if value is not None:
                self.output.append(repr(value) + "\n")
        elif isinstance(node, ast.Assert):
            condition = self.evaluate(node.test)
            if not condition:
                message = self.evaluate(node.msg) if node.msg is not None else None
                raise AssertionError(message) if message is not None else AssertionError()
        else:
            raise SnippetLanguageError(self.construct_name(node))
        return "".join(self.output)

    def assign(self, target, value):
        if isinstance(target, ast.Name):
            self.variables[target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)) and all(isinstance(item, ast.Name) for item in target.elts):
            names = [name.id for name in target.elts]
            unpacked = {}
            # Python's own unpacking, so a wrong count raises Python's exact ValueError text.
            exec(compile(f"{', '.join(names)}, = value", "<unpack>", "exec"), {"value": value}, unpacked)
            items = [unpacked[name] for name in names]
            for item, name in zip(items, target.elts):
                self.variables[name.id] = item
        else:
            raise SnippetLanguageError("assignment to something other than names")

    @staticmethod
    def construct_name(node):
        for kind, name in FORBIDDEN_NAMES.items():
            if isinstance(node, kind):
                return name
        return type(node).__name__

    # Expressions ---------------------------------------------------------------------------------

    def evaluate(self, node):
        method = getattr(self, "evaluate_" + type(node).__name__, None)
        if method is None:
            raise SnippetLanguageError(self.construct_name(node))
        return method(node)

    def evaluate_Constant(self, node):
        if node.value is Ellipsis or isinstance(node.value, (bytes, complex)):
            raise SnippetLanguageError(f"literal {node.value!r}")
        return node.value

    def evaluate_Name(self, node):
        if node.id in self.variables:
            return self.variables[node.id]
        if node.id in BUILTINS or node.id in ("grad", "numgrad", "gradients", "broadcast_diagram", "True", "False", "None"):
            return ("builtin", node.id)
        raise NameError(f"name '{node.id}' is not defined")

    def evaluate_List(self, node):
        return [self.evaluate(item) for item in node.elts]

    def evaluate_Tuple(self, node):
        return tuple(self.evaluate(item) for item in node.elts)

    def evaluate_Slice(self, node):
        parts = [None if part is None else self.evaluate(part) for part in (node.lower, node.upper, node.step)]
        return slice(*parts)

    def evaluate_Attribute(self, node):
        receiver = self.evaluate(node.value)
        if isinstance(receiver, NumpyNamespace):
            path = receiver.path + (node.attr,)
            if path == ("random",):
                return NumpyNamespace(path)
            allowed = NP_RANDOM_NAMES if receiver.path == ("random",) else NP_NAMES
            if node.attr not in allowed:
                raise SnippetLanguageError(f"np.{'.'.join(path)} is not in SPEC §3's list")
            target = np
            for part in path:
                target = getattr(target, part)
            if callable(target) and path != ("float64",):
                return ("numpy", path, target)
            return target  # constants (np.pi, np.newaxis) and np.float64, both a dtype and a constructor
        if node.attr in METHODS:
            getattr(receiver, node.attr)  # Python's AttributeError for values without the method
            return ("method", node.attr, receiver)
        if node.attr in ATTRIBUTES:
            result = getattr(receiver, node.attr)
            if node.attr == "T":
                self.tape.record(lambda module, value: value.T, [receiver], {}, result)
            return result
        raise SnippetLanguageError(f"attribute .{node.attr} is not in SPEC §3's list")

    def evaluate_Subscript(self, node):
        receiver = self.evaluate(node.value)
        index = self.evaluate(node.slice)
        result = receiver[index]
        self.tape.record(lambda module, value, key: value[key], [receiver, index], {}, result)
        return result

    def evaluate_UnaryOp(self, node):
        operand = self.evaluate(node.operand)
        if isinstance(node.op, ast.USub):
            result = -operand
            self.tape.record(lambda module, value: -value, [operand], {}, result)
        elif isinstance(node.op, ast.UAdd):
            result = +operand
            self.tape.record(unary_plus, [operand], {}, result)
        else:
            raise SnippetLanguageError(type(node.op).__name__)
        return result

    def evaluate_BinOp(self, node):
        function = BINARY_OPERATORS.get(type(node.op))
        if function is None:
            raise SnippetLanguageError(f"operator {type(node.op).__name__}")
        left = self.evaluate(node.left)
        right = self.evaluate(node.right)
        result = function(left, right)

        def binary(module, a, b):
            return function(a, b)

        self.tape.record(binary, [left, right], {}, result)
        return result

    def evaluate_Compare(self, node):
        left = self.evaluate(node.left)
        result = None
        for op, right_node in zip(node.ops, node.comparators):
            function = COMPARISONS.get(type(op))
            if function is None:
                raise SnippetLanguageError(f"comparison {type(op).__name__}")
            right = self.evaluate(right_node)
            current = function(left, right)
            if result is not None and not result:  # Python's chained comparison short-circuits
                return result
            result = current
            left = right
        return result

    def evaluate_Call(self, node):
        callee = self.evaluate(node.func)
        arguments = [self.evaluate(argument) for argument in node.args]
        if any(isinstance(argument, ast.Starred) for argument in node.args):
            raise SnippetLanguageError("starred argument")
        keywords = {}
        for keyword in node.keywords:
            if keyword.arg is None:
                raise SnippetLanguageError("**keywords")
            keywords[keyword.arg] = self.evaluate(keyword.value)
        if isinstance(callee, tuple) and callee[0] == "builtin":
            return self.call_builtin(callee[1], node, arguments, keywords)
        if isinstance(callee, tuple) and callee[0] in ("numpy", "method") and holds_builtin([arguments, keywords]):
            # A Python builtin as a value (`('x', float)` in a structured dtype) is CPython's to pass on.
            raise SnippetLanguageError("a builtin as an argument")
        if isinstance(callee, tuple) and callee[0] == "numpy":
            function = numpy_call(callee[1])
            result = function(np, *arguments, **keywords)
            self.tape.record(function, arguments, keywords, result)
            return result
        if isinstance(callee, tuple) and callee[0] == "method":
            function = method_call(callee[1])
            result = function(np, callee[2], *arguments, **keywords)
            self.tape.record(function, [callee[2], *arguments], keywords, result)
            return result
        if callee is np.float64:
            result = np.float64(*arguments, **keywords)
            self.tape.record(numpy_call(("float64",)), arguments, keywords, result)
            return result
        if not callable(callee):
            return callee(*arguments, **keywords)  # Python's own "'numpy.ndarray' object is not callable"
        raise SnippetLanguageError("a call of something outside SPEC §3's list")

    def call_builtin(self, name, node, arguments, keywords):
        if name == "print":
            separator = keywords.pop("sep", " ")
            end = keywords.pop("end", "\n")
            if keywords:
                raise SnippetLanguageError("print keywords other than sep and end")
            self.output.append(separator.join(str(argument) for argument in arguments) + end)
            return None
        if name in ("len", "float", "int"):
            return {"len": len, "float": float, "int": int}[name](*arguments, **keywords)
        if name == "grad":
            return self.autodiff.grad(*arguments, **keywords)
        if name == "numgrad":
            return self.autodiff.numgrad(*arguments, **keywords)
        if name == "gradients":
            if len(arguments) < 2:
                raise TypeError("gradients(l, x1, ...) needs a loss and at least one value")
            names = [ast.get_source_segment(self.source, argument) for argument in node.args[1:]]
            self.last_gradient_rows = self.autodiff.gradients(names, *arguments)
            return None
        if name == "broadcast_diagram":
            # docbuild's picture of np.broadcast_shapes: prints nothing, raises NumPy's error for shapes that disagree.
            # An array (or float scalar) stands for its shape; anything else is a shape, as docbuild reads it.
            shapes = [np.shape(a) if isinstance(a, (np.ndarray, np.floating)) else a for a in arguments]
            np.broadcast_shapes(*shapes)
            return None
        raise SnippetLanguageError(f"{name}(...)")


class StatementOutcome:
    """What one statement did: its printed text (echo, print output, or error line) and whether it raised."""

    def __init__(self, text, error=None):
        self.text = text
        self.error = error


def run_source(interpreter, source):
    """Runs one statement's source (possibly several lines) in `interpreter`; never raises for snippet errors."""
    try:
        module = ast.parse(source, mode="exec")
    except SyntaxError as error:
        return StatementOutcome(f"SyntaxError: {error.msg}", error)
    printed = []
    for node in module.body:
        try:
            printed.append(interpreter.run_statement(node, source))
        except (SnippetLanguageError, GradientCheckError) as error:
            return StatementOutcome("".join(printed) + f"{type(error).__name__}: {error}", error)
        except Exception as error:  # the snippet's own error: show it as Python's last traceback line
            partial = "".join(printed) + "".join(interpreter.output)
            return StatementOutcome(partial + error_line(error), error)
    return StatementOutcome("".join(printed))


def statement_sources(source):
    """Splits a script block into (source text, first line index) per top-level statement."""
    module = ast.parse(source, mode="exec")
    lines = source.split("\n")
    pieces = []
    for node in module.body:
        text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
        pieces.append((text, node.lineno - 1))
    return pieces
