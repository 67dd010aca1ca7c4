extension ModuleSources {
  /// `types.GenericAlias`, what subscripting a builtin generic class makes (`list[int]`, `tuple[float, ...]`,
  /// `dict[str, list[int]]`), after CPython 3.11's Objects/genericaliasobject.c: its repr (`ga_repr_item`), `==`,
  /// `__origin__ __args__ __parameters__`, calling it (the origin called), substituting TypeVars (`dict[str, T][int]`)
  /// and its errors (`dict[str] is not a generic class`). Its hash (the origin's address), the attributes it forwards to
  /// its origin and arguments it cannot show are refused. `types.UnionType` too, what `|` makes of classes, None and
  /// these aliases (`int | str`, `list[int] | None`), after Objects/unionobject.c: its repr, `==`, `__args__`, and
  /// `isinstance`/`issubclass` reading it as the tuple of its members.
  static let genericAlias = #"""
    _BUILTINS = (int, float, complex, str, bool, list, dict, set, frozenset, tuple, bytes, bytearray, object, type,
                 range, slice)


    # The classes of snippets' collections module that are CPython's own collections classes (not its helpers').
    _COLLECTIONS = ('ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque')


    def _refuse(what):
        __docbuild_refuse__(f'{what} is not part of the snippet language (Python has it)')


    def _is_typevar(value):
        # By name first: reading __module__ of a builtin class is refused.
        kind = type(value)
        return kind.__name__ == 'TypeVar' and kind.__module__ == 'typing'


    def _is_typing_form(value):
        # Only asked of objects of classes (the builtin values are decided before).
        return type(value).__module__ == 'typing'


    def _item_repr(value):
        # ga_repr_item: `...`, an alias by its repr, a class by its module and qualified name, anything else by repr.
        if value is ...:
            return '...'
        if isinstance(value, GenericAlias):
            return repr(value)
        for builtin in _BUILTINS:
            if value is builtin:
                return value.__name__
        if value is None or isinstance(value, (str, int)):
            return repr(value)
        if type(value).__name__ == 'ABCMeta' and value.__module__ == 'collections.abc':
            # A collections.abc class (the origin of `Mapping[str, float]`) by its module and name.
            return 'collections.abc.' + value.__qualname__
        if isinstance(value, type):
            if value.__module__ == '__main__':
                return '__main__.' + value.__qualname__
            if value.__module__ == 'collections' and value.__name__ in _COLLECTIONS:
                return 'collections.' + value.__name__
        elif _is_typing_form(value):
            return repr(value)
        _refuse(f'a generic alias showing a {type(value).__name__} argument')


    def _parameters(args):
        found = []
        for arg in args:
            if _is_typevar(arg):
                if not any(arg is seen for seen in found):
                    found.append(arg)
            elif isinstance(arg, GenericAlias):
                for inner in arg.__parameters__:
                    if not any(inner is seen for seen in found):
                        found.append(inner)
        return tuple(found)


    class GenericAlias:
        def __init__(self, origin, args):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            self.__parameters__ = _parameters(args)
        def __repr__(self):
            origin = _item_repr(self.__origin__)
            if not self.__args__:
                return origin + '[()]'
            return origin + '[' + ', '.join(_item_repr(arg) for arg in self.__args__) + ']'
        def __mro_entries__(self, bases):
            return (self.__origin__,)
        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
        def __hash__(self):
            _refuse(f'hash() of the generic alias {self!r}')
        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)
        def __getitem__(self, items):
            parameters = self.__parameters__
            if not parameters:
                raise TypeError(f'{self!r} is not a generic class')
            if not isinstance(items, tuple):
                items = (items,)
            if len(items) != len(parameters):
                _refuse(f'substituting {len(items)} types for the {len(parameters)} type variables of {self!r}')
            for item in items:
                if not any(item is builtin for builtin in _BUILTINS):
                    _refuse(f'substituting a {type(item).__name__} value into the generic alias {self!r}')
            args = []
            for arg in self.__args__:
                if isinstance(arg, GenericAlias) and arg.__parameters__:
                    _refuse(f'substituting into the nested generic alias {arg!r}')
                if _is_typevar(arg):
                    arg = items[[i for i, parameter in enumerate(parameters) if parameter is arg][0]]
                args.append(arg)
            return GenericAlias(self.__origin__, tuple(args))
        def __or__(self, other):
            if not _joins(other):
                return NotImplemented
            return __docbuild_union__(self, other)
        def __ror__(self, other):
            if not _joins(other):
                return NotImplemented
            return __docbuild_union__(other, self)


    GenericAlias.__module__ = 'types'


    def _joins(value):
        # What `|` joins into a union beside a class (unionobject.c's is_unionable).
        if type(value).__name__ == 'ABCMeta':
            _refuse('a union of types with a collections.abc class')
        return value is None or isinstance(value, (type, GenericAlias, UnionType))


    def _union_item_repr(value):
        # union_repr_item: NoneType as None, an alias by its repr, a class by its module and qualified name.
        if value is type(None):
            return 'None'
        if isinstance(value, GenericAlias):
            return repr(value)
        for builtin in _BUILTINS:
            if value is builtin:
                return value.__name__
        if isinstance(value, type):
            if value.__module__ == '__main__':
                return '__main__.' + value.__qualname__
            if value.__module__ == 'collections' and value.__name__ in _COLLECTIONS:
                return 'collections.' + value.__name__
        _refuse(f'a types.UnionType showing the class {value.__name__}')


    def _same_member(a, b):
        # dedup_and_flatten_args: classes by identity, generic aliases by ==.
        if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
            return a == b
        return a is b


    def _members(value):
        if isinstance(value, UnionType):
            return value.__args__
        if value is None:
            return (type(None),)
        return (value,)


    class UnionType:
        def __init__(self, args):
            self.__args__ = args
            self.__parameters__ = _parameters(args)
        def __repr__(self):
            return ' | '.join(_union_item_repr(arg) for arg in self.__args__)
        def __eq__(self, other):
            if not isinstance(other, UnionType):
                return NotImplemented
            return (all(any(_same_member(a, b) for b in other.__args__) for a in self.__args__)
                    and all(any(_same_member(a, b) for b in self.__args__) for a in other.__args__))
        def __hash__(self):
            _refuse('hash() of a types.UnionType')
        def __or__(self, other):
            if not _joins(other):
                return NotImplemented
            return __docbuild_union__(self, other)
        def __ror__(self, other):
            if not _joins(other):
                return NotImplemented
            return __docbuild_union__(other, self)
        def __getitem__(self, items):
            _refuse('subscripting a types.UnionType')
        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                _refuse('types.UnionType.' + name)
            raise AttributeError("'types.UnionType' object has no attribute '" + name + "'")


    UnionType.__module__ = 'types'


    def __docbuild_union__(left, right):
        # `left | right` of classes, None, generic aliases and unions (unionobject.c's _Py_union_type_or): the members
        # flattened and deduplicated, one left standing alone.
        members = []
        for member in _members(left) + _members(right):
            if not any(_same_member(member, seen) for seen in members):
                members.append(member)
        if len(members) == 1:
            return members[0]
        return UnionType(tuple(members))
    """#
}
