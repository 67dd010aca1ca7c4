#!/usr/bin/env python3
"""Writes what HIPS autograd 1.9.1 and CPython 3.11 print for autograd's extension API as its examples use it and for
the Python the last rounds left: derivatives of derivatives through functions made `@primitive`, `autograd.util`,
`autograd.tracer.Node`, `autograd.extend`'s names, bytearray mutation, bytes %-formatting, and max/min over
generators with key=.

Run: `python3 Tests/SnippetsTests/Fixtures/make_autogradext_fixtures.py` (Python 3.11, numpy 2.4, `pip install
autograd` 1.9.1). It rewrites `interpreter/71-autogradext-primitives-bytearray-formatting.txt`; rerunning gives
identical bytes.

- `grad(grad(f))`, `grad(grad(grad(f)))`, `hessian`, `elementwise_grad(grad(f))` and `check_grads(order=2)` through
  a primitive whose VJP is written with autograd.numpy (autograd's define_gradient.py), with the VJP using its `ans`,
  with two traced arguments, with a `None` VJP for one of them; autograd.misc.fixed_points' `fixed_point` differentiated
  twice (its fixed_points.py example);
- `autograd.util` (autograd 1.9.1 still has it: `func`, `subval`, `subvals`), `autograd.tracer.Node.new_root` running a
  subclass's `initialize_root`, and `from autograd.extend import Box, VSpace, ...` with subclasses defined;
- bytearray's `append`, `extend`, `insert`, `pop`, `remove`, `clear`, `reverse`, slice assignment of another length,
  `del`, `+=` and `*=` (in place: another name sees the change), with CPython's errors;
- `bytes % values` and `bytearray % values`: every conversion, flags, width, precision, mapping keys, and the errors;
- `max`/`min` with `key=` over generators that print as they yield, so the interleaving of the generator's and the
  key's prints and where an error stops are CPython's;
- imports of modules autograd 1.9.1 does not have (CPython's ModuleNotFoundError), `ascii()` and `np.float64(text)`.
"""

import pathlib

from importlib.metadata import version
import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "71-autogradext-primitives-bytearray-formatting.txt"

PRIMITIVES = [
    "import autograd.numpy as np",
    "import autograd.numpy.random as npr",
    "from autograd import grad, elementwise_grad, jacobian, value_and_grad, hessian",
    "from autograd.extend import primitive, defvjp",
    "from autograd.test_util import check_grads",
    # autograd's define_gradient.py: logsumexp made primitive, its VJP written with autograd.numpy.
    "@primitive\ndef logsumexp(x):\n    max_x = np.max(x)\n    return max_x + np.log(np.sum(np.exp(x - max_x)))",
    "def logsumexp_vjp(ans, x):\n    x_shape = x.shape\n"
    "    return lambda g: np.full(x_shape, g) * np.exp(x - np.full(x_shape, ans))",
    "defvjp(logsumexp, logsumexp_vjp)",
    "def example_func(y):\n    z = y**2\n    lse = logsumexp(z)\n    return np.sum(lse)",
    "grad_of_example = grad(example_func)",
    "x0 = np.array([0.5, -1.25, 2.0, 0.75])",
    "grad_of_example(x0)",
    "grad(lambda y: np.sum(grad_of_example(y) ** 2))(x0)",
    "grad(lambda y: grad_of_example(y)[2])(x0)",
    "hessian(example_func)(x0)",
    "hessian(logsumexp)(np.array([0.1, 0.2, -0.3]))",
    "jacobian(grad(logsumexp))(np.array([1.0, 2.0]))",
    "npr.seed(1)",
    "check_grads(example_func, modes=['rev'])(npr.randn(10))",
    "check_grads(logsumexp, modes=['rev'], order=2)(npr.randn(3))",
    "npr.seed(0)",
    "print('Gradient: \\n', grad_of_example(npr.randn(10)))",
    "check_grads(example_func, modes=['rev'])(npr.randn(10))",
    # A scalar primitive: second and third derivatives come from its VJP's own code.
    "@primitive\ndef cube(x):\n    return x * x * x",
    "defvjp(cube, lambda ans, x: lambda g: 3.0 * g * x ** 2)",
    "grad(cube)(2.0), grad(grad(cube))(2.0), grad(grad(grad(cube)))(2.0)",
    "grad(grad(cube))(-1.5), grad(grad(cube))(np.float64(0.25))",
    "elementwise_grad(grad(cube))(np.array([1.0, -2.0, 0.5]))",
    "elementwise_grad(elementwise_grad(cube))(np.linspace(-1.0, 1.0, 5))",
    "grad(lambda x: grad(cube)(x) * np.sin(x))(0.7)",
    "grad(grad(lambda x: np.sin(cube(x))))(0.7)",
    "value_and_grad(grad(cube))(3.0)",
    # A VJP that uses the output: d/dx exp(x) = ans.
    "@primitive\ndef my_exp(x):\n    return np.exp(x)",
    "defvjp(my_exp, lambda ans, x: lambda g: g * ans)",
    "grad(my_exp)(1.0), grad(grad(my_exp))(1.0), grad(grad(grad(my_exp)))(0.5)",
    "grad(grad(lambda x: my_exp(2.0 * x) * x))(0.3)",
    "hessian(lambda v: np.sum(my_exp(v) * v))(np.array([0.1, -0.4]))",
    # Two traced arguments, each with its VJP; a None VJP gives zero.
    "@primitive\ndef mul(a, b):\n    return a * b",
    "defvjp(mul, lambda ans, a, b: lambda g: g * b, lambda ans, a, b: lambda g: g * a)",
    "grad(lambda x: mul(x, x))(3.0), grad(grad(lambda x: mul(x, x)))(3.0)",
    "grad(grad(lambda x: mul(np.sin(x), x ** 2)))(1.1)",
    "grad(lambda x: grad(lambda y: mul(x, y))(2.0))(5.0)",
    "@primitive\ndef half_known(a, b):\n    return a * b + b",
    "defvjp(half_known, lambda ans, a, b: lambda g: g * b ** 2, None)",
    "grad(grad(lambda x: half_known(x, x)))(2.0)",
    # A VJP that is not itself differentiable by the rules it should be: autograd differentiates what it computes.
    "@primitive\ndef wrong_square(x):\n    return x ** 2",
    "defvjp(wrong_square, lambda ans, x: lambda g: g * 2.0)",
    "grad(wrong_square)(3.0), grad(grad(wrong_square))(3.0)",
    # autograd's fixed_points.py: sqrt as the fixed point of an iteration, differentiated once and twice.
    "from autograd.misc.fixed_points import fixed_point",
    "def newton_sqrt_iter(a):\n    return lambda x: 0.5 * (x + a / x)",
    "def grad_descent_sqrt_iter(a):\n    return lambda x: x - 0.05 * (x**2 - a)",
    "def distance(x, y):\n    return np.abs(x - y)",
    "def sqrt(a, guess=10.0):\n    return fixed_point(grad_descent_sqrt_iter, a, guess, distance, 1e-4)",
    "def newton_sqrt(a, guess=10.0):\n    return fixed_point(newton_sqrt_iter, a, guess, distance, 1e-10)",
    "print(np.sqrt(2.0))",
    "print(sqrt(2.0))",
    "print(grad(np.sqrt)(2.0))",
    "print(grad(sqrt)(2.0))",
    "print(grad(grad(np.sqrt))(2.0))",
    "print(grad(grad(sqrt))(2.0))",
    "newton_sqrt(3.0), grad(newton_sqrt)(3.0), grad(grad(newton_sqrt))(3.0)",
    "grad(grad(sqrt))(5.0), grad(grad(newton_sqrt))(0.5)",
]

UTIL = [
    # autograd 1.9.1 still ships autograd.util.
    "from autograd.util import func, subval, subvals",
    "func(logsumexp) is logsumexp, func(len)('abc')",
    "subval((1, 2, 3), 1, 'x'), subvals([1, 2, 3], [(0, 'a'), (2, 'c')])",
    "import autograd.util",
    "autograd.util.func(3)",
    "import autograd",
    "autograd.util.subval([0], 0, 1), autograd.tracer.Node.__name__",
    # Modules autograd does not have: CPython's ModuleNotFoundError, catchable as ImportError.
    "import autograd.nonexistent",
    "from autograd.misc.nothing import x",
    "import autograd.util.inner",
    "import autograd.numpy.extras as extras",
    "try:\n    from autograd.missing import helper\nexcept ImportError as error:\n    print(type(error).__name__, error)",
    "from autograd.extend import Box, VSpace, defjvp, defvjp_argnum",
    "class MyBox(Box):\n    pass",
    "class MySpace(VSpace):\n    def __init__(self, value):\n        self.size = len(value)",
    "MySpace([1, 2]).size, issubclass(MyBox, Box)",
    "from autograd.tracer import Node, trace",
    "class PrintNode(Node):\n    def initialize_root(self, x):\n        self.varname = 'A'\n        print(f'{self.varname} = {x}')",
    "root = PrintNode.new_root(1.23)",
    "root.varname, isinstance(root, Node)",
    "class Silent(Node):\n    pass",
    "Silent.new_root(0.0)",
]

BYTEARRAY = [
    "b = bytearray(b'abc')",
    "alias = b",
    "b.append(100), b",
    "b.append(300)",
    "b.append('x')",
    "b.append(1.0)",
    "b.append()",
    "b.append(1, 2)",
    "b.append(-1)",
    "b.append(True), b",
    "b.extend(b'XY'), b.extend(bytearray(b'z')), b.extend([1, 2]), b.extend(range(48, 51)), b",
    "b.extend(x for x in [65, 66])",
    "b",
    "b.extend('abc')",
    "b.extend(5)",
    "b.extend(None)",
    "b.extend([1, 'a'])",
    "b.extend([1, 300])",
    "b",
    "b.extend(x for x in [7, 300, 8])",
    "b",
    "b.pop(), b.pop(0), b.pop(-2), b",
    "b.pop(100)",
    "b.pop('x')",
    "b.pop(1, 2)",
    "bytearray().pop()",
    "b.insert(0, 90), b.insert(-1, 91), b.insert(100, 92), b.insert(-100, 93), b",
    "b.insert(1)",
    "b.insert('x', 1)",
    "b.insert(0, 256)",
    "b.remove(90), b",
    "b.remove(9)",
    "b.remove(300)",
    "b.remove('a')",
    "b.remove(b'a')",
    "b.reverse(), b",
    "b.reverse(1)",
    "alias is b, alias",
    "b[1:3] = b'hello'",
    "b",
    "b[:0] = [1, 2]",
    "b",
    "b[100:] = b'end'",
    "b",
    "b[-3:] = b''",
    "b",
    "b[2:5] = bytearray(b'Q')",
    "b",
    "b[::2] = b'x'",
    "b[0:1] = 5",
    "b[0:1] = 'x'",
    "b[0:1] = [300]",
    "b[5:2] = b'mid'",
    "b",
    "del b[0]",
    "b",
    "del b[-1]",
    "b",
    "del b[1:4]",
    "b",
    "del b[::2]",
    "b",
    "del b[100]",
    "del b['x']",
    "del b[5:5]",
    "b",
    "b += b'++'",
    "b",
    "b += bytearray(b'!')",
    "alias",
    "b += 'x'",
    "b += [1]",
    "c = bytearray(b'ab')",
    "d = c",
    "c *= 3",
    "d, c is d",
    "c *= 0",
    "d",
    "c *= 'x'",
    "c.clear(), c",
    "e = bytearray(b'xyz')",
    "e.clear(), e, len(e)",
    "e.clear(1)",
    "f = bytearray(b'123')",
    "f.copy() is f, f.copy() == f",
    "g = bytearray(range(5))",
    "while g:\n    print(g.pop(), end=' ')",
    "g",
    "h = bytearray()",
    "for word in [b'one', b'two']:\n    h += word\n    h.append(32)",
    "h, bytes(h), h.decode().split()",
]

BYTES_FORMAT = [
    "b'%d %s %r %x %c' % (5, b'ab', b'q', 255, 65)",
    "bytearray(b'%s-%05.2f') % (b'x', 3.14159)",
    "b'%s' % 'str'",
    "b'%s' % 5",
    "b'%d' % b'x'",
    "b'%c' % 300",
    "b'%c' % b'ab'",
    "b'%c%c' % (b'z', bytearray(b'y'))",
    "b'%(a)s and %(b)d' % {b'a': b'v', b'b': 3}",
    "b'%(a)s' % {'a': b'v'}",
    "b'%a' % 'é', b'%r' % 'é', b'%a' % 1.5",
    "b'%b' % bytearray(b'z')",
    "b'%i %o %X %e %g %%' % (3, 8, 255, 1.5, 2.5)",
    "b'%s %s' % (b'a',)",
    "b'%s' % (b'a', b'b')",
    "b'%5s|%-5s|' % (b'ab', b'cd')",
    "b'%.1s' % b'abc'",
    "b'%y' % 1",
    "bytearray(b'%d') % 7",
    "b'%+05d|%-6.2f|%#x|%#o|% d' % (42, 2.5, 255, 8, 7)",
    "b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 3, 3.14159)",
    "b'%s' % b''",
    "b'%%s' % ()",
    "b'%5.2e|%G' % (12345.678, 1e-10)",
    "b'\\xff%s' % b'\\x00\\x80'",
    "b'%r' % b'it\\'s'",
    "b'%d' % True, b'%f' % 1",
    "b'%c' % 0",
    "b'%d' % 10**20",
    "b'%x' % -255",
    "b'%s' % [1]",
    "b'%d' % 'x'",
    "b'%f' % b'x'",
    "b'%(x)s' % 5",
    "b'%' % ()",
    "b'no args' % ()",
    "b'no args' % 5",
]

EXTREMES = [
    "def numbers(values):\n    for v in values:\n        print('yield', v)\n        yield v",
    "def loud_key(v):\n    print('key', v)\n    return -v",
    "max(numbers([3, 1, 4]), key=loud_key)",
    "min(numbers([3, 1, 4]), key=loud_key)",
    "max(numbers([]), key=loud_key, default='none')",
    "max(numbers([]), key=loud_key)",
    "def failing_key(v):\n    print('key', v)\n    if v == 1:\n        raise ValueError('no ones')\n    return v",
    "max(numbers([3, 1, 4]), key=failing_key)",
    "gen = numbers([5, 1, 2, 8])",
    "min(gen, key=failing_key)",
    "list(gen)",
    "max(numbers([1, 'a', 2]))",
    "gen2 = numbers([2, 'b', 3])",
    "min(gen2, key=lambda v: v)",
    "list(gen2)",
    "max((x * x for x in range(-3, 3)), key=abs), min((x for x in 'banana'), key=ord)",
    "max(numbers([2, 7, 7, 1]), key=lambda v: v % 5)",
    "min(numbers(['bb', 'a', 'ccc']), key=len)",
    "max(numbers([1.5, float('nan'), 3.0]))",
    "max(numbers([(1, 'b'), (1, 'a')]), key=lambda t: t[0])",
    "min(iter([4, 2, 9]), key=loud_key)",
    "max(map(loud_key, [1, 2, 3]))",
    "max(filter(None, numbers([0, 3, 0, 2])))",
    "max(numbers([1, 2]), key=None)",
    "max(numbers([1, 2]), keys=abs)",
]

# The refusals of `python3 Fuzz/python_differential.py --seed 102` that CPython's rules settle: `ascii()` and NumPy's
# float64 made from text (read as `float()` reads it).
FUZZ = [
    "import math",
    "import numpy",
    "ascii('café'), ascii(['é', 1, 'x']), ascii(b'\\xff'), ascii('\\U0001f600 \\u20ac'), ascii(1.5), ascii(None)",
    "ascii()",
    "ascii('a', 'b')",
    "print(ascii({'ü': 'ß'}))",
    "numpy.float64('nan'), numpy.float64(' 2.5 '), numpy.float64('-Infinity'), numpy.float64('1_000'), numpy.float64('1e3')",
    "numpy.float64('0x10')",
    "numpy.float64('abc')",
    "numpy.float64('')",
    "range(int(numpy.float64('nan')))[-1:]",
    "str(math.floor(numpy.float64('nan')))",
    "(math.floor(numpy.float64('nan')),)",
    "numpy.float64('inf') > 1e308, int(numpy.float64('7.9')), type(numpy.float64('1')).__name__",
]

GROUPS = [PRIMITIVES, UTIL, BYTEARRAY, BYTES_FORMAT, EXTREMES, FUZZ]


def main():
    statements = [statement for group in GROUPS for statement in group]
    header = (
        f"# 71-autogradext-primitives-bytearray-formatting: generated by make_autogradext_fixtures.py from Python, NumPy "
        f"{np.__version__} and autograd {version('autograd')}; derivatives of derivatives through primitives, "
        "fixed_point, autograd.util and tracer.Node, bytearray mutation, bytes %-formatting, max/min over generators."
    )
    write_transcript(OUTPUT, header, statements, {"__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
