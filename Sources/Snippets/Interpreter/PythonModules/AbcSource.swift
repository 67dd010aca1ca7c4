extension ModuleSources {
  /// `abc`, after CPython 3.11's Lib/abc.py: `abstractmethod` marks a function as CPython's does (its
  /// `__isabstractmethod__`, which `property`, `staticmethod` and `classmethod` pass on), and a class deriving from
  /// `ABC` keeps the names still abstract when it is made (`ClassBox.abstractMethods`, AbstractClasses.swift), so
  /// making an instance of it is CPython's TypeError. `ABCMeta` is shown (`type(C)`) but refused when used, as are
  /// `register` and the deprecated `abstractproperty` family.
  static let abc = #"""
    def abstractmethod(funcobj):
        if type(funcobj).__name__ != 'function':
            __docbuild_refuse__('abc.abstractmethod of anything but a function is not part of the snippet language '
                                '(Python has it): put @abstractmethod nearest the def')
        funcobj.__isabstractmethod__ = True
        return funcobj


    class ABCMeta:
        def __init__(self, *args, **kwargs):
            __docbuild_refuse__('abc.ABCMeta is not part of the snippet language beyond deriving from abc.ABC (Python '
                                'has it)')

    ABCMeta.__module__ = 'abc'


    class ABC:
        """Helper class that provides a standard way to create an ABC using
        inheritance.
        """

    ABC.__module__ = 'abc'
    __docbuild_abstract_base__(ABC, ABCMeta)
    """#
}
