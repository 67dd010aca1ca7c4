/// autograd's modules beyond its functional API, written in the snippet language after HIPS autograd 1.9's own
/// Python (autograd/extend.py, misc/flatten.py, misc/optimizers.py, misc/fixed_points.py, test_util.py) and, for
/// `logsumexp`'s value, SciPy 1.17's scipy.special.logsumexp (and `gammaln`, Cephes' lgam): same algorithms, same
/// operations in the same order.
extension ModuleSources {
  /// The sources by module name.
  static let autograd: [String: String] = [
    "autograd.extend": autogradExtend,
    "autograd.misc.flatten": autogradFlatten,
    "autograd.misc.optimizers": autogradOptimizers,
    "autograd.scipy.special": autogradSpecial,
    "autograd.test_util": autogradTestUtil,
    "autograd.misc.fixed_points": autogradFixedPoints,
    "autograd.misc": "from autograd.misc.flatten import flatten\n",
    "autograd.util": autogradUtil,
    "autograd.tracer": autogradTracer,
    "_autograd_higher": autogradHigher,
    "scipy.optimize": scipyOptimize,
  ]

  /// `scipy.optimize`, importable (autograd's examples import it beside their gradients) with its solvers refused:
  /// SciPy's line searches and compiled cores are not reproduced digit for digit, so no result is printed.
  static let scipyOptimize = #"""
    def _method_name(method, constrained):
        if method is None:
            return 'SLSQP' if constrained else 'BFGS'
        return method if isinstance(method, str) else getattr(method, '__name__', 'a custom method')

    def minimize(fun, x0, args=(), method=None, jac=None, hess=None, hessp=None, bounds=None, constraints=(),
                 tol=None, callback=None, options=None):
        name = _method_name(method, bounds is not None or constraints != ())
        __docbuild_refuse__(
            "scipy.optimize.minimize with method='" + name + "' is not supported in snippets: docbuild does not "
            "reproduce SciPy's optimizers (their line searches and compiled cores) digit for digit")

    def _refused(name):
        def refused(*args, **kwargs):
            __docbuild_refuse__(
                'scipy.optimize.' + name + ' is not supported in snippets: docbuild does not reproduce SciPy\'s '
                'solvers digit for digit')
        refused.__name__ = name
        return refused

    minimize_scalar = _refused('minimize_scalar')
    root = _refused('root')
    root_scalar = _refused('root_scalar')
    newton = _refused('newton')
    brentq = _refused('brentq')
    fsolve = _refused('fsolve')
    least_squares = _refused('least_squares')
    curve_fit = _refused('curve_fit')
    check_grad = _refused('check_grad')
    fmin_l_bfgs_b = _refused('fmin_l_bfgs_b')
    fmin_cg = _refused('fmin_cg')
    fmin_bfgs = _refused('fmin_bfgs')
    fmin = _refused('fmin')
    """#

  /// The names of `from autograd import …` written in the snippet language (`_autograd_higher`).
  static let autogradHigherNames: Set<String> = [
    "hessian", "hessian_tensor_product", "hessian_vector_product", "make_hvp", "tensor_jacobian_product",
  ]

  /// autograd's higher-order operators (differential_operators.py), over its `grad` and `jacobian`.
  static let autogradHigher = #"""
    import numpy as np
    from autograd import grad, jacobian

    def hessian(fun, argnum=0):
        return jacobian(jacobian(fun, argnum), argnum)

    def hessian_tensor_product(fun, argnum=0):
        fun_grad = grad(fun, argnum)
        def vector_dot_grad(*args, **kwargs):
            args, vector = args[:-1], args[-1]
            return np.tensordot(fun_grad(*args, **kwargs), vector, np.ndim(vector))
        return grad(vector_dot_grad, argnum)

    hessian_vector_product = hessian_tensor_product

    def tensor_jacobian_product(fun, argnum=0):
        def vector_dot_fun(*args, **kwargs):
            args, vector = args[:-1], args[-1]
            return np.tensordot(vector, fun(*args, **kwargs), axes=np.ndim(vector))
        return jacobian(vector_dot_fun, argnum)

    def make_hvp(fun, argnum=0):
        # autograd's _make_vjp(grad(fun), x): the VJP with upstream v is grad of sum(grad(fun)(x) * v), the same
        # numbers (the seed 1 times v), and grad(fun)'s value.
        fun_grad = grad(fun, argnum)
        def maker(*args, **kwargs):
            def at(x):
                return fun_grad(*args[:argnum], x, *args[argnum + 1:], **kwargs)
            def vjp(v):
                return grad(lambda x: np.sum(at(x) * v))(args[argnum])
            return vjp, at(args[argnum])
        return maker
    """#

  /// `autograd.extend`.
  static let autogradExtend = #"""
    def primitive(fun):
        # A function in autograd, so it prints as one (with its address: refused) and is no class.
        return _primitive(fun)

    class _primitive:
        # autograd's @primitive: calls run the function; inside a derivative, on untracked values, recorded as one
        # operation whose gradient comes from the VJP makers defvjp registers by argument position.
        def __init__(self, fun):
            self.fun = fun
            self.vjps = {}
            self.name = getattr(fun, '__name__', 'primitive')
        def __call__(self, *args, **kwargs):
            return __docbuild_primitive__(self, args, kwargs)

    def defvjp(fun, *vjpmakers, argnums=None):
        if argnums is None:
            argnums = range(len(vjpmakers))
        for argnum, vjpmaker in zip(argnums, vjpmakers):
            fun.vjps[argnum] = vjpmaker

    def defjvp(fun, *jvpmakers, argnums=None):
        # Forward mode is never run in snippets (make_jvp and check_grads' 'fwd' mode are refused), so a JVP has no
        # observable effect and is not kept.
        pass

    def defvjp_argnum(fun, vjpmaker):
        __docbuild_refuse__('defvjp_argnum is not supported in snippets; define one VJP per argument with defvjp')

    def _refused(name, instead):
        def refused(*args, **kwargs):
            __docbuild_refuse__('autograd.extend.' + name + ' is not supported in snippets' + instead)
        refused.__name__ = name
        return refused

    defvjp_argnums = _refused('defvjp_argnums', '; define one VJP per argument with defvjp')
    defjvp_argnum = _refused('defjvp_argnum', ': forward mode is not run in snippets')
    defjvp_argnums = _refused('defjvp_argnums', ': forward mode is not run in snippets')
    def_linear = _refused('def_linear', '; define its VJP with defvjp')
    notrace_primitive = _refused('notrace_primitive', '')
    register_notrace = _refused('register_notrace', '')
    vspace = _refused('vspace', ': snippets differentiate floats and float64 arrays (and lists, tuples, dicts of them)')

    class Box:
        # autograd's Box, importable and subclassable; registering a box type for a new kind of value is refused:
        # docbuild traces float64 arrays itself and cannot run a snippet's own box and vector space.
        type_mappings = {}
        types = set()
        def __init__(self, value, trace, node):
            self._value = value
            self._node = node
            self._trace = trace
        @classmethod
        def register(cls, value_type):
            __docbuild_refuse__(
                'autograd.extend.Box.register (differentiating a new type of value) is not supported in snippets: '
                'they differentiate floats and float64 arrays (and lists, tuples and dicts of them)')

    class VSpace:
        # autograd's VSpace, importable and subclassable; registering one for a new type of value is refused.
        def __init__(self, value):
            pass
        @classmethod
        def register(cls, value_type, vspace_maker=None):
            __docbuild_refuse__(
                'autograd.extend.VSpace.register (a vector space for a new type of value) is not supported in '
                'snippets: they differentiate floats and float64 arrays (and lists, tuples and dicts of them)')

    SparseObject = _refused('SparseObject', '')
    VJPNode = _refused('VJPNode', '')
    JVPNode = _refused('JVPNode', ': forward mode is not run in snippets')
    """#

  /// `autograd.util` (autograd 1.9.1 still ships it): its small helpers, after autograd's own.
  static let autogradUtil = #"""
    def subvals(x, ivs):
        x_ = list(x)
        for i, v in ivs:
            x_[i] = v
        return tuple(x_)

    def subval(x, i, v):
        x_ = list(x)
        x_[i] = v
        return tuple(x_)

    def func(f):
        return f

    def toposort(end_node, parents=None):
        __docbuild_refuse__("autograd.util.toposort walks autograd's own graph nodes, which snippets do not have")

    def quick_grad_check(fun, arg0, extra_args=(), kwargs={}, verbose=True, eps=1e-4, rtol=1e-4, atol=1e-6, rs=None):
        __docbuild_refuse__(
            'autograd.util.quick_grad_check is not supported in snippets (it warns that it is deprecated): use '
            "autograd.test_util.check_grads(fun, modes=['rev'], order=1)")
    """#

  /// `autograd.tracer`: `Node` to subclass, as autograd's; `trace` with a snippet's own node class is refused.
  static let autogradTracer = #"""
    from autograd.extend import primitive, Box, notrace_primitive, register_notrace
    from autograd.util import subvals, toposort

    class Node:
        def __init__(self, value, fun, args, kwargs, parent_argnums, parents):
            raise AssertionError
        def initialize_root(self, *args, **kwargs):
            raise AssertionError
        @classmethod
        def new_root(cls, *args, **kwargs):
            root = __docbuild_new__(cls)
            root.initialize_root(*args, **kwargs)
            return root

    def trace(start_node, fun, x):
        __docbuild_refuse__(
            "autograd.tracer.trace with a snippet's own Node class is not supported in snippets: docbuild records "
            "its own graph, not autograd's primitives (their names and order), so it cannot call the node for each")

    def new_box(value, trace, node):
        __docbuild_refuse__("autograd.tracer.new_box is not supported in snippets: docbuild has no autograd boxes")

    def isbox(x):
        __docbuild_refuse__("autograd.tracer.isbox is not supported in snippets: docbuild has no autograd boxes")

    def getval(x):
        __docbuild_refuse__("autograd.tracer.getval is not supported in snippets: docbuild has no autograd boxes")
    """#

  /// `autograd.misc.flatten`.
  static let autogradFlatten = #"""
    import numpy as np

    def _leaves(value, leaves):
        t = type(value)
        if t is list or t is tuple:
            for item in value:
                _leaves(item, leaves)
        elif t is dict:
            for key in sorted(value):
                _leaves(value[key], leaves)
        else:
            leaves.append(np.ravel(value))

    def _rebuild(value, vector, start):
        t = type(value)
        if t is list or t is tuple:
            items = []
            for item in value:
                part, start = _rebuild(item, vector, start)
                items.append(part)
            return (items if t is list else tuple(items)), start
        if t is dict:
            parts = {}
            for key in sorted(value):
                parts[key], start = _rebuild(value[key], vector, start)
            return {key: parts[key] for key in value}, start
        size = np.size(value)
        return np.reshape(vector[start:start + size], np.shape(value)), start + size

    def flatten(value):
        leaves = []
        _leaves(value, leaves)
        flat = np.concatenate(leaves) if leaves else np.array([])
        def unflatten(vector):
            return _rebuild(value, vector, 0)[0]
        return flat, unflatten

    def flatten_func(func, example):
        _ex, unflatten = flatten(example)
        _func = lambda _x, *args: flatten(func(unflatten(_x), *args))[0]
        return _func, unflatten, _ex
    """#

  /// `autograd.misc.optimizers`.
  static let autogradOptimizers = #"""
    import numpy as np
    from autograd.misc.flatten import flatten

    def unflatten_optimizer(optimize):
        def _optimize(grad, x0, callback=None, *args, **kwargs):
            _x0, unflatten = flatten(x0)
            _grad = lambda x, i: flatten(grad(unflatten(x), i))[0]
            if callback:
                _callback = lambda x, i, g: callback(unflatten(x), i, unflatten(g))
            else:
                _callback = None
            return unflatten(optimize(_grad, _x0, _callback, *args, **kwargs))
        return _optimize

    def _sgd(grad, x, callback=None, num_iters=200, step_size=0.1, mass=0.9):
        velocity = np.zeros(len(x))
        for i in range(num_iters):
            g = grad(x, i)
            if callback:
                callback(x, i, g)
            velocity = mass * velocity - (1.0 - mass) * g
            x = x + step_size * velocity
        return x

    def _rmsprop(grad, x, callback=None, num_iters=100, step_size=0.1, gamma=0.9, eps=10**-8):
        avg_sq_grad = np.ones(len(x))
        for i in range(num_iters):
            g = grad(x, i)
            if callback:
                callback(x, i, g)
            avg_sq_grad = avg_sq_grad * gamma + g**2 * (1 - gamma)
            x = x - step_size * g / (np.sqrt(avg_sq_grad) + eps)
        return x

    def _adam(grad, x, callback=None, num_iters=100, step_size=0.001, b1=0.9, b2=0.999, eps=10**-8):
        m = np.zeros(len(x))
        v = np.zeros(len(x))
        for i in range(num_iters):
            g = grad(x, i)
            if callback:
                callback(x, i, g)
            m = (1 - b1) * g + b1 * m
            v = (1 - b2) * (g**2) + b2 * v
            mhat = m / (1 - b1 ** (i + 1))
            vhat = v / (1 - b2 ** (i + 1))
            x = x - step_size * mhat / (np.sqrt(vhat) + eps)
        return x

    sgd = unflatten_optimizer(_sgd)
    rmsprop = unflatten_optimizer(_rmsprop)
    adam = unflatten_optimizer(_adam)
    """#

  /// `autograd.scipy.special`.
  static let autogradSpecial = #"""
    import numpy as np
    from autograd.extend import primitive, defvjp

    def _logsumexp(a, axis=None, b=None, keepdims=False, return_sign=False):
        # SciPy 1.17's scipy.special.logsumexp for real arrays, step by step: the largest elements taken out of the sum
        # and added back through log1p, with the plain log(sum(exp(a))) where that is not finite.
        if b is not None or return_sign:
            __docbuild_refuse__('logsumexp with b= or return_sign= is not supported in snippets')
        a = np.asarray(a, dtype=float)
        if a.ndim == 0:
            a = np.reshape(a, (1,))
        axes = tuple(range(a.ndim)) if axis is None else axis
        if a.size != 0:
            with np.errstate(divide='ignore', invalid='ignore', over='ignore'):
                out_inf = np.log(np.sum(np.exp(a), axis=axes, keepdims=True))
            with np.errstate(divide='ignore', invalid='ignore'):
                a_max = np.max(a, axis=axes, keepdims=True)
                i_max = a == a_max
                a = np.where(i_max, -np.inf, a)
                m = np.sum(i_max.astype(float), axis=axes, keepdims=True)
                s = np.sum(np.exp(a - a_max), axis=axes, keepdims=True)
                s = np.where(s == 0, s, s / m)
                sgn = np.sign(s + 1) * np.sign(m)
                s = np.where(s < -1, -s - 2, s)
                m = np.abs(m)
                out = np.log1p(s) + np.log(m) + a_max
                out = np.where(sgn < 0, np.nan, out)
            out = np.where(np.isfinite(out), out, out_inf)
        else:
            shape = list(a.shape)
            for ax in (axes if isinstance(axes, tuple) else (axes,)):
                shape[ax] = 1
            out = np.full(tuple(shape), -np.inf)
        if not keepdims:
            out = np.squeeze(out, axis=axes)
        if out.ndim == 0:
            out = out[()]
        return out

    logsumexp = primitive(_logsumexp)
    logsumexp.name = 'logsumexp'

    def _repeat_to_match_shape(g, shape, dtype, axis, keepdims):
        if shape == ():
            return g, 1
        new_shape = list(shape)
        if axis is None:
            new_shape = [1] * len(shape)
        else:
            for ax in (axis if isinstance(axis, tuple) else (axis,)):
                new_shape[ax] = 1
        return np.reshape(g, tuple(new_shape)) + np.zeros(shape, dtype=dtype), None

    def make_grad_logsumexp(ans, x, axis=None, b=1.0, keepdims=False):
        shape, dtype = np.shape(x), np.asarray(x).dtype
        def vjp(g):
            g_repeated, _ = _repeat_to_match_shape(g, shape, dtype, axis, keepdims)
            ans_repeated, _ = _repeat_to_match_shape(ans, shape, dtype, axis, keepdims)
            return g_repeated * b * np.exp(x - ans_repeated)
        return vjp

    defvjp(logsumexp, make_grad_logsumexp)

    def _gammaln(x):
        # scipy.special.gammaln: Cephes' lgam with glibc's log, element by element (ScipySpecial.swift).
        x = np.asarray(x)
        if np.iscomplexobj(x):
            __docbuild_refuse__('scipy.special.gammaln of complex values is not supported in snippets')
        out = __docbuild_special__('gammaln', x)
        if out.ndim == 0:
            return out[()]
        return out

    gammaln = primitive(_gammaln)
    gammaln.name = 'gammaln'

    def _gammaln_vjp(ans, x):
        def vjp(g):
            __docbuild_refuse__("the gradient of gammaln is SciPy's digamma (psi), which docbuild does not reproduce")
        return vjp

    defvjp(gammaln, _gammaln_vjp)
    """#

  /// `autograd.test_util`.
  static let autogradTestUtil = #"""
    import numpy as np
    from autograd import grad
    from autograd.extend import primitive

    TOL = 1e-6
    RTOL = 1e-6
    EPS = 1e-6

    def scalar_close(a, b):
        return abs(a - b) < TOL or abs(a - b) / abs(a + b) < RTOL

    def _randn(x):
        # autograd's ArrayVSpace.randn, drawn from NumPy's global generator as autograd draws it.
        return np.array(np.random.randn(*np.shape(x))).astype(np.asarray(x).dtype)

    def _inner_prod(x, y):
        return np.dot(np.ravel(x), np.ravel(y))

    def check_vjp(f, x, name=None):
        # autograd's check_vjp: the VJP against a random covector, compared with central differences along a random
        # direction. The VJP with upstream g is grad of sum(f(x) * g), which gives the same numbers (the seed 1 times g).
        y = f(x)
        x_v, y_v = _randn(x), _randn(y)
        vjp_y = grad(lambda x: np.sum(f(x) * y_v))(x)
        vjv_exact = _inner_prod(x_v, vjp_y)
        f_x_plus = f(x + x_v * (EPS / 2))
        f_x_minus = f(x + x_v * (-EPS / 2))
        jvp = (f_x_plus + f_x_minus * -1.0) * (1.0 / EPS)
        vjv_numeric = _inner_prod(y_v, jvp)
        # A raise rather than assert: an assert in module code would be a claim of the page.
        if not scalar_close(vjv_numeric, vjv_exact):
            raise AssertionError(
                "Derivative (VJP) check of {} failed with arg {}:\nanalytic: {}\nnumeric:  {}".format(
                    name if name is not None else getattr(f, '__name__', '[unknown name]'), x, vjv_exact, vjv_numeric
                )
            )

    def check_grads(fun, argnum=0, modes=["fwd", "rev"], order=2):
        if type(argnum) not in (int, tuple, list):
            raise AssertionError(argnum)
        def checker(*args, **kwargs):
            if not all(m in ["fwd", "rev"] for m in modes):
                raise AssertionError
            if type(argnum) is not int:
                __docbuild_refuse__('check_grads with a tuple of argnums is not supported in snippets')
            if "fwd" in modes:
                __docbuild_refuse__("check_grads' forward mode is not supported in snippets: pass modes=['rev']")
            if order > 2:
                __docbuild_refuse__(
                    "check_grads of order 3 or more takes derivatives nested three deep over a pair of arguments, "
                    "which snippets do not support: pass order=1 or order=2")
            def unary_f(x):
                return fun(*args[:argnum], x, *args[argnum + 1:], **kwargs)
            # autograd names the check after the function (a primitive by its function's name).
            name = getattr(fun, 'name', None) if type(fun).__name__ == '_primitive' else getattr(fun, '__name__', '[unknown name]')
            if "rev" in modes:
                x = args[argnum]
                check_vjp(unary_f, x, name)
                if order > 1:
                    # autograd checks grad_f(x, v) = make_vjp(f, x)[0](v) as a function of the pair (x, v), v drawn
                    # after the first check's two draws.
                    def grad_f(x, v):
                        return grad(lambda x: np.sum(unary_f(x) * v))(x)
                    v = _randn(unary_f(x))
                    _check_vjp_pair(grad_f, x, v, 'vjp_' + str(name))
        return checker

    def _check_vjp_pair(f, x, v, name):
        # check_vjp over the tuple (x, v), as autograd's SequenceVSpace: random draws for x, v, then the output;
        # inner products summed from 0 as Python's sum.
        y = f(x, v)
        x_v, v_v, y_v = _randn(x), _randn(v), _randn(y)
        vjp_x, vjp_v = grad(lambda xv: np.sum(f(xv[0], xv[1]) * y_v))((x, v))
        vjv_exact = 0 + _inner_prod(x_v, vjp_x) + _inner_prod(v_v, vjp_v)
        f_x_plus = f(x + x_v * (EPS / 2), v + v_v * (EPS / 2))
        f_x_minus = f(x + x_v * (-EPS / 2), v + v_v * (-EPS / 2))
        jvp = (f_x_plus + f_x_minus * -1.0) * (1.0 / EPS)
        vjv_numeric = _inner_prod(y_v, jvp)
        if not scalar_close(vjv_numeric, vjv_exact):
            raise AssertionError(
                "Derivative (VJP) check of {} failed with arg {}:\nanalytic: {}\nnumeric:  {}".format(
                    name, (x, v), vjv_exact, vjv_numeric
                )
            )
    """#

  /// `autograd.misc.fixed_points`.
  static let autogradFixedPoints = #"""
    import numpy as np
    from autograd import grad
    from autograd.extend import primitive, defvjp

    def _make_vjp(fun, argnum=0):
        # autograd's make_vjp for an array output: the VJP with upstream g is grad of sum(fun(x) * g), the same numbers.
        def maker(*args):
            value = fun(*args)
            def vjp(g):
                def scalar(x):
                    return np.sum(fun(*args[:argnum], x, *args[argnum + 1:]) * g)
                return grad(scalar)(args[argnum])
            return vjp, value
        return maker

    def _fixed_point(f, a, x0, distance, tol):
        _f = f(a)
        x, x_prev = _f(x0), x0
        while distance(x, x_prev) > tol:
            x, x_prev = _f(x), x
        return x

    fixed_point = primitive(_fixed_point)
    fixed_point.name = 'fixed_point'

    def _rev_iter_of(f):
        def rev_iter(params):
            a, x_star, x_star_bar = params
            vjp_x, _ = _make_vjp(f(a))(x_star)
            return lambda g: vjp_x(g) + x_star_bar
        return rev_iter

    def _reverse_fixed_point_of(f, a, x_star, x_star_bar, x0, distance, tol):
        return _fixed_point(_rev_iter_of(f), (a, x_star, x_star_bar), x0, distance, tol)

    # autograd's VJP calls fixed_point(rev_iter, tuple((a, ans, g)), ...) with autograd.builtins.tuple, which boxes the
    # tuple: inside another derivative that call is itself a primitive of a, ans and g, differentiated by
    # fixed_point_vjp over the tuple. Here it is a primitive of the three, one VJP per element of the tuple.
    reverse_fixed_point = primitive(_reverse_fixed_point_of)
    reverse_fixed_point.name = 'fixed_point'

    def _subval(x, i, v):
        x_ = list(x)
        x_[i] = v
        return tuple(x_)

    def _reverse_vjp_maker(k):
        def maker(ans, f, a, x_star, x_star_bar, x0, distance, tol):
            params = (a, x_star, x_star_bar)
            rev_iter = _rev_iter_of(f)
            def vjp(g):
                # fixed_point_vjp(ans, rev_iter, params, ...)(g), element k of the tuple gradient.
                xbar = _fixed_point(_rev_iter_of(rev_iter), (params, ans, g), np.zeros(np.shape(x0)), distance, tol)
                def scalar(p):
                    return np.sum(rev_iter(_subval(params, k, p))(ans) * xbar)
                return grad(scalar)(params[k])
            return vjp
        return maker

    defvjp(reverse_fixed_point, None, _reverse_vjp_maker(0), _reverse_vjp_maker(1), _reverse_vjp_maker(2))

    def fixed_point_vjp(ans, f, a, x0, distance, tol):
        vjp_a, _ = _make_vjp(lambda x, y: f(x)(y))(a, ans)
        return lambda g: vjp_a(reverse_fixed_point(f, a, ans, g, np.zeros(np.shape(x0)), distance, tol))

    defvjp(fixed_point, None, fixed_point_vjp, None)
    """#
}
