extension ModuleSources {
  /// A NumPy polynomial basis module (`numpy.polynomial.legendre` and the other four): the statements NumPy's basis
  /// modules spell alike but for their prefix and class — the imports, the thin wrappers over `polyutils`' `_add _sub
  /// _div _pow _fromroots _valnd _gridnd _vander_nd_flat _fit`, and the `ABCPolyBase` subclass — around `functions`,
  /// the basis's own recurrences. NumPy repeats them in each module; one template keeps the five from drifting apart.
  /// Chebyshev divides and raises to powers through its z-series (`ownsDivisionAndPower`) and its class has
  /// `interpolate` (`classExtras`, indented as a class body).
  static func polynomialBasis(
    prefix p: String, className: String, basisName: String, module: String, ownsDivisionAndPower: Bool = false,
    classExtras: String = "", functions: String
  ) -> String {
    let header = """
      import numpy as np
      from numpy.polynomial.polyutils import (as_series, trimseq, trimcoef, mapdomain, _ndmin1, _integer, _fromroots,
                                              _add, _sub, _div, _pow, _valnd, _gridnd, _vander_nd_flat, _fit,
                                              _float_coefficients, _count_and_axis, _integration_arguments,
                                              _companion_eigenvalues, _gauss_nodes)
      from numpy.polynomial._polybase import ABCPolyBase

      \(p)trim = trimcoef

      """
    let divisionAndPower =
      ownsDivisionAndPower
      ? ""
      : """

      def \(p)div(c1, c2):
          return _div(\(p)mul, c1, c2)

      def \(p)pow(c, pow, maxpower=16):
          return _pow(\(p)mul, c, pow, maxpower)

      """
    let wrappers = """

      def \(p)fromroots(roots):
          return _fromroots(\(p)line, \(p)mul, roots)

      def \(p)add(c1, c2):
          return _add(c1, c2)

      def \(p)sub(c1, c2):
          return _sub(c1, c2)
      \(divisionAndPower)
      def \(p)val2d(x, y, c):
          return _valnd(\(p)val, c, x, y)

      def \(p)grid2d(x, y, c):
          return _gridnd(\(p)val, c, x, y)

      def \(p)val3d(x, y, z, c):
          return _valnd(\(p)val, c, x, y, z)

      def \(p)grid3d(x, y, z, c):
          return _gridnd(\(p)val, c, x, y, z)

      def \(p)vander2d(x, y, deg):
          return _vander_nd_flat((\(p)vander, \(p)vander), (x, y), deg)

      def \(p)vander3d(x, y, z, deg):
          return _vander_nd_flat((\(p)vander, \(p)vander, \(p)vander), (x, y, z), deg)

      def \(p)fit(x, y, deg, rcond=None, full=False, w=None):
          return _fit(\(p)vander, x, y, deg, rcond, full, w)

      class \(className)(ABCPolyBase):
          _add = staticmethod(\(p)add)
          _sub = staticmethod(\(p)sub)
          _mul = staticmethod(\(p)mul)
          _div = staticmethod(\(p)div)
          _pow = staticmethod(\(p)pow)
          _val = staticmethod(\(p)val)
          _int = staticmethod(\(p)int)
          _der = staticmethod(\(p)der)
          _fit = staticmethod(\(p)fit)
          _line = staticmethod(\(p)line)
          _roots = staticmethod(\(p)roots)
          _fromroots = staticmethod(\(p)fromroots)

      """
    let classEnd = """
          domain = np.array(\(p)domain)
          window = np.array(\(p)domain)
          basis_name = '\(basisName)'

      \(className).__module__ = '\(module)'

      """
    return header + functions + wrappers + (classExtras.isEmpty ? "" : classExtras + "\n") + classEnd
  }
}
