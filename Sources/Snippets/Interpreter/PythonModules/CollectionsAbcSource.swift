extension ModuleSources {
  /// `collections.abc`, for type hints: each abstract base class is a name to import and to write in an annotation
  /// (`Iterator[int]`, `Callable[[float], float]`, evaluated without being made, Annotations.swift), whose class
  /// shows as CPython's `abc.ABCMeta`. Every other use (showing one, subscripting or calling it outside an annotation,
  /// `isinstance`, `issubclass`, deriving from one, its attributes) is refused by name: snippets do not make
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
            __docbuild_refuse__(f'collections.abc.{self.__name__}[...] is not part of the snippet language beyond '
                                'annotations (Python has it)')
        def __call__(self, *args, **kwargs):
            __docbuild_refuse__(f'collections.abc.{self.__name__}() is not part of the snippet language (Python has '
                                'it)')

    ABCMeta.__module__ = 'abc'

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
