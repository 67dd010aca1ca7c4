extension ModuleSources {
  /// `collections.abc`, for type hints: each abstract base class is a name to import and to write in an annotation
  /// (`Iterator[int]`, `Callable[[float], float]`, evaluated without being made, Annotations.swift), whose class
  /// shows as CPython's `abc.ABCMeta`, and to subscript into a `types.GenericAlias` outside one (a type alias,
  /// `FittedParams = Mapping[str, float]`; Callable's `_CallableGenericAlias`). Every other use (showing one, calling
  /// it, `isinstance`, `issubclass`, deriving from one, its attributes) is refused by name: snippets do not make
  /// CPython's abstract classes.
  static let collectionsAbc = #"""
    class ABCMeta:
        def __init__(self, name):
            self.__name__ = name
            self.__qualname__ = name
            self.__module__ = 'collections.abc'
        def __repr__(self):
            __docbuild_refuse__(f'collections.abc.{self.__name__} is not part of the snippet language beyond '
                                'annotations (Python has it)')
        def __getitem__(self, params):
            # A types.GenericAlias of the class (`Mapping[str, float]`); Callable's own alias flattens its argument
            # list into __args__ (`Callable[[int, float], str]`, `Callable[..., int]`).
            if self.__name__ != 'Callable':
                return _GenericAlias(self, params)
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            arguments, result = params
            if isinstance(arguments, list):
                return _CallableGenericAlias(self, tuple(arguments) + (result,))
            if arguments is not ...:
                raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arguments!r}')
            return _CallableGenericAlias(self, (..., result))
        def __call__(self, *args, **kwargs):
            __docbuild_refuse__(f'collections.abc.{self.__name__}() is not part of the snippet language (Python has '
                                'it)')

    ABCMeta.__module__ = 'abc'

    _GenericAlias = type(list[int])

    class _CallableGenericAlias(_GenericAlias):
        def __repr__(self):
            if len(self.__args__) == 2 and self.__args__[0] is ...:
                return _GenericAlias.__repr__(self)
            def shown(items):
                # The alias's own text for these arguments, without `collections.abc.Callable[` and `]`.
                text = _GenericAlias.__repr__(_GenericAlias(self.__origin__, items))
                return text[len('collections.abc.Callable['):-1]
            arguments = shown(self.__args__[:-1]) if len(self.__args__) > 1 else ''
            return f'collections.abc.Callable[[{arguments}], {shown(self.__args__[-1:])}]'

    _CallableGenericAlias.__module__ = 'collections.abc'

    Awaitable = ABCMeta('Awaitable')
    Coroutine = ABCMeta('Coroutine')
    AsyncIterable = ABCMeta('AsyncIterable')
    AsyncIterator = ABCMeta('AsyncIterator')
    AsyncGenerator = ABCMeta('AsyncGenerator')
    Hashable = ABCMeta('Hashable')
    Iterable = ABCMeta('Iterable')
    Iterator = ABCMeta('Iterator')
    Generator = ABCMeta('Generator')
    Reversible = ABCMeta('Reversible')
    Sized = ABCMeta('Sized')
    Container = ABCMeta('Container')
    Callable = ABCMeta('Callable')
    Collection = ABCMeta('Collection')
    Set = ABCMeta('Set')
    MutableSet = ABCMeta('MutableSet')
    Mapping = ABCMeta('Mapping')
    MutableMapping = ABCMeta('MutableMapping')
    MappingView = ABCMeta('MappingView')
    KeysView = ABCMeta('KeysView')
    ItemsView = ABCMeta('ItemsView')
    ValuesView = ABCMeta('ValuesView')
    Sequence = ABCMeta('Sequence')
    MutableSequence = ABCMeta('MutableSequence')
    ByteString = ABCMeta('ByteString')
    """#
}
