extension ModuleSources {
  /// `numbers`, CPython 3.11's numeric tower as classes made by `abc.ABCMeta` (Number, Complex, Real, Rational,
  /// Integral): `isinstance` and `issubclass` answer them for Python's and NumPy's numbers as CPython's ABC
  /// registrations do (`NumbersModule`); making an instance of one, or a class deriving from one (whose abstract
  /// methods snippets do not list), is refused.
  static let numbers = #"""
    from abc import ABCMeta, abstractmethod

    __all__ = ["Number", "Complex", "Real", "Rational", "Integral"]

    class Number:
        __slots__ = ()
        def __init__(self, *args, **kwargs):
            __docbuild_refuse__(f'numbers.{type(self).__name__}() is not supported in snippets')
        def __init_subclass__(cls, **kwargs):
            if cls.__module__ != 'numbers':
                __docbuild_refuse__('a class deriving from numbers.Number and its subclasses is not supported in '
                                    'snippets')

    class Complex(Number):
        __slots__ = ()

    class Real(Complex):
        __slots__ = ()

    class Rational(Real):
        __slots__ = ()

    class Integral(Rational):
        __slots__ = ()

    for _tower_class in (Number, Complex, Real, Rational, Integral):
        __docbuild_abstract_base__(_tower_class, ABCMeta)
    del _tower_class
    """#
}
