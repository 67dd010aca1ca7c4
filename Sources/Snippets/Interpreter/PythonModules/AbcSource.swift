extension ModuleSources {
  /// `abc`, after CPython 3.11's Lib/abc.py and _abc.c for the common case: `ABC`, whose classes have `ABCMeta` as
  /// their metaclass (Metaclasses.swift), and `abstractmethod`. A class deriving from ABC records the abstract methods
  /// it leaves unimplemented in `__abstractmethods__` when it is made, and calling it then raises CPython's TypeError;
  /// otherwise the call makes an instance and runs `__init__` as `type.__call__` does. `register`, virtual
  /// subclasses, `__new__`, `__init_subclass__` and the deprecated `abstractproperty` family are refused by name.
  static let abcModule = #"""
    def _refuse(what):
        __docbuild_refuse__(f'{what} is not part of the snippet language (Python has it)')


    def abstractmethod(funcobj):
        funcobj.__isabstractmethod__ = True
        return funcobj


    def _is_abstract(value):
        marks = __docbuild_abstract_marks__(value)
        if marks is None:
            return bool(getattr(value, '__isabstractmethod__', False))
        return any(marks)


    class ABCMeta:
        def _docbuild_class_made_(cls):
            if cls.__module__ == 'abc':
                return
            for name in ('__new__', '__init_subclass__', '__class_getitem__'):
                if __docbuild_defines__(cls, name):
                    _refuse(f'{name} in a class deriving from abc.ABC')
            # CPython's _abc._abc_init: the class's own abstract attributes, then the names its bases left abstract
            # that still resolve to an abstract value.
            abstracts = set()
            for name, value, _ in __docbuild_class_body__(cls):
                if _is_abstract(value):
                    abstracts.add(name)
            for base in cls.__bases__:
                for name in sorted(getattr(base, '__abstractmethods__', ())):
                    if _is_abstract(getattr(cls, name, None)):
                        abstracts.add(name)
            cls.__abstractmethods__ = frozenset(abstracts)
        def __call__(cls, *args, **kwargs):
            if cls.__abstractmethods__:
                names = sorted(cls.__abstractmethods__)
                plural = 's' if len(names) > 1 else ''
                raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} "
                                + ', '.join(names))
            instance = __docbuild_new__(cls)
            if __docbuild_defines__(cls, '__init__'):
                result = instance.__init__(*args, **kwargs)
                if result is not None:
                    raise TypeError(f"__init__() should return None, not '{type(result).__name__}'")
            elif args or kwargs:
                raise TypeError(f'{cls.__name__}() takes no arguments')
            return instance
        def __repr__(cls):
            return f"<class '{cls.__module__}.{cls.__qualname__}'>"
        def register(cls, subclass):
            _refuse('ABCMeta.register (virtual subclasses)')


    class ABC:
        pass


    __docbuild_metaclass__(ABC, ABCMeta)
    ABC.__abstractmethods__ = frozenset()
    ABCMeta.__module__ = 'abc'
    ABC.__module__ = 'abc'
    """#
}
