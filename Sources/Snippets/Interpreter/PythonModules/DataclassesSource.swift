extension ModuleSources {
  /// `dataclasses`, after CPython's Lib/dataclasses.py: `@dataclass` (with `init repr eq order frozen`; a frozen
  /// class's `__setattr__` and `__delattr__` are `refuseFrozenChange`; `unsafe_hash` refused) writes `__init__`,
  /// `__repr__`, `__eq__` and the orderings from the class's annotated names, with CPython's texts and errors, leaving the methods the class
  /// defines itself (an ordering it defines is CPython's TypeError) and its own `__hash__`, as CPython's table of hash
  /// actions says; `field(default=, default_factory=, repr=, compare=, init=)`, `fields`, `asdict`, `astuple`,
  /// `replace`, `is_dataclass`.
  static let dataclasses = #"""
    class _MISSING_TYPE:
        # No __repr__: CPython shows the object's address (`<dataclasses._MISSING_TYPE object at 0x…>`), which an
        # echo or `print` leaves open (Interpreter.classesPrintedAsCPython) and str() refuses.
        pass

    MISSING = _MISSING_TYPE()

    class Field:
        def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
            self.name = None
            self.default = default
            self.default_factory = default_factory
            self.init = init
            self.repr = repr
            self.hash = hash
            self.compare = compare
            self.kw_only = kw_only
        @property
        def type(self):
            __docbuild_refuse__("a dataclass field's type (its annotation) is not kept in snippets")
        @property
        def metadata(self):
            __docbuild_refuse__("a dataclass field's metadata is not kept in snippets")

    class _DataclassParams:
        def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
            self.init = init
            self.repr = repr
            self.eq = eq
            self.order = order
            self.unsafe_hash = unsafe_hash
            self.frozen = frozen
        def __repr__(self):
            return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                    f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')

    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
              metadata=None, kw_only=MISSING):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        if hash is not None:
            __docbuild_refuse__('dataclasses.field(hash=...) is not supported in snippets')
        if metadata is not None:
            __docbuild_refuse__('dataclasses.field(metadata=...) is not supported in snippets')
        return Field(default, default_factory, init, repr, hash, compare, kw_only)

    class FrozenInstanceError(AttributeError):
        pass

    def _names(names):
        quoted = [repr(name) for name in names]
        if len(quoted) == 1:
            return quoted[0]
        if len(quoted) == 2:
            return quoted[0] + ' and ' + quoted[1]
        return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]

    def _collect(cls, kw_only):
        fields = []
        for base_fields in [getattr(cls, '__dataclass_fields__', None)]:
            if base_fields is not None:
                for f in base_fields.values():
                    fields.append(f)
        for name in __docbuild_fields__(cls):
            default = getattr(cls, name, MISSING)
            if isinstance(default, Field):
                f = default
                if f.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, f.default)
            else:
                f = Field(default, MISSING, True, True, None, True, MISSING)
            if f.kw_only is MISSING:
                f.kw_only = kw_only
            if f.default is not MISSING and type(f.default) in (list, dict, set):
                raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
            f.name = name
            fields = [old for old in fields if old.name != name]
            fields.append(f)
        return fields

    def _set_new(cls, name, value):
        # CPython's _set_new_attribute: a method the class body defines itself stays.
        if __docbuild_own__(cls, name):
            return True
        value.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, value)
        return False

    def _process(cls, init, repr, eq, order, frozen, unsafe_hash, match_args, kw_only, slots):
        if unsafe_hash:
            __docbuild_refuse__('dataclass(unsafe_hash=True) is not supported in snippets')
        if slots:
            __docbuild_refuse__('dataclass(slots=True) is not supported in snippets')
        fields = _collect(cls, kw_only)
        cls.__dataclass_fields__ = {f.name: f for f in fields}
        cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
        # CPython's check of the dataclasses among the bases: frozen or not, all alike.
        any_frozen_base = False
        has_dataclass_bases = False
        for b in cls.__mro__[-1:0:-1]:
            if b is object:
                continue
            base_params = getattr(b, '__dataclass_params__', None)
            if base_params is not None:
                has_dataclass_bases = True
                if base_params.frozen:
                    any_frozen_base = True
        if has_dataclass_bases:
            if any_frozen_base and not frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
            if not any_frozen_base and frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        owner = cls.__qualname__
        # CPython's __init__ takes the fields that are not keyword-only by position, then the others by keyword.
        positional_fields = [f for f in fields if f.init and not f.kw_only]
        keyword_fields = [f for f in fields if f.init and f.kw_only]
        init_fields = positional_fields + keyword_fields
        seen_default = False
        for f in positional_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        if frozen:
            __docbuild_freeze__(cls, [f.name for f in fields])
        class_hash = getattr(cls, '__hash__') if __docbuild_own__(cls, '__hash__') else MISSING
        has_explicit_hash = not (class_hash is MISSING or (class_hash is None and __docbuild_own__(cls, '__eq__')))
        if init:
            def __init__(self, *args, **kwargs):
                # CPython's order of checks when it binds a call: the keywords, the count of positional
                # arguments, then what is missing, positional before keyword-only.
                names = [f.name for f in init_fields]
                values = {}
                for f, value in zip(positional_fields, args):
                    values[f.name] = value
                for key in kwargs:
                    if key not in names:
                        raise TypeError(f'{owner}.__init__() got an unexpected keyword argument {key!r}')
                    if key in values:
                        raise TypeError(f'{owner}.__init__() got multiple values for argument {key!r}')
                    values[key] = kwargs[key]
                if len(args) > len(positional_fields):
                    required = len([f for f in positional_fields
                                    if f.default is MISSING and f.default_factory is MISSING])
                    if required == len(positional_fields):
                        taken = f'{required + 1} positional argument' + ('' if required == 0 else 's')
                    else:
                        taken = f'from {required + 1} to {len(positional_fields) + 1} positional arguments'
                    keywords_given = len([f for f in keyword_fields if f.name in kwargs])
                    given = len(args) + 1
                    if keywords_given:
                        keywords = 'argument' if keywords_given == 1 else 'arguments'
                        raise TypeError(f'{owner}.__init__() takes {taken} but {given} positional arguments '
                                        f'(and {keywords_given} keyword-only {keywords}) were given')
                    raise TypeError(f'{owner}.__init__() takes {taken} but {given} were given')
                for kind, group in (('positional', positional_fields), ('keyword-only', keyword_fields)):
                    missing = [f.name for f in group if f.name not in values and f.default is MISSING
                               and f.default_factory is MISSING]
                    if missing:
                        plural = 'argument' if len(missing) == 1 else 'arguments'
                        raise TypeError(f'{owner}.__init__() missing {len(missing)} required {kind} {plural}: '
                                        f'{_names(missing)}')
                for f in fields:
                    if f.name in values:
                        setattr(self, f.name, values[f.name])
                    elif f.default_factory is not MISSING:
                        setattr(self, f.name, f.default_factory())
                    elif f.default is not MISSING:
                        setattr(self, f.name, f.default)
                if hasattr(self, '__post_init__'):
                    self.__post_init__()
            _set_new(cls, '__init__', __init__)
        if repr:
            def __repr__(self):
                shown = [f'{f.name}={getattr(self, f.name)!r}' for f in fields if f.repr]
                return f'{type(self).__qualname__}(' + ', '.join(shown) + ')'
            _set_new(cls, '__repr__', __repr__)
        def _key(self):
            return tuple([getattr(self, f.name) for f in fields if f.compare])
        if eq:
            def __eq__(self, other):
                if type(other) is type(self):
                    return _key(self) == _key(other)
                return NotImplemented
            _set_new(cls, '__eq__', __eq__)
        if order:
            def __lt__(self, other):
                if type(other) is type(self):
                    return _key(self) < _key(other)
                return NotImplemented
            def __le__(self, other):
                if type(other) is type(self):
                    return _key(self) <= _key(other)
                return NotImplemented
            def __gt__(self, other):
                if type(other) is type(self):
                    return _key(self) > _key(other)
                return NotImplemented
            def __ge__(self, other):
                if type(other) is type(self):
                    return _key(self) >= _key(other)
                return NotImplemented
            for name, method in (('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)):
                if _set_new(cls, name, method):
                    raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using '
                                    'functools.total_ordering')
        if match_args and not __docbuild_own__(cls, '__match_args__'):
            cls.__match_args__ = tuple([f.name for f in positional_fields])
        # CPython's hash actions for unsafe_hash=False: with eq and no explicit __hash__, a frozen class hashes its
        # compared fields' tuple, any other is unhashable.
        if eq and not has_explicit_hash:
            if frozen:
                hashed_fields = [f for f in fields if f.compare]
                def __hash__(self):
                    return hash(tuple([getattr(self, f.name) for f in hashed_fields]))
                __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
                cls.__hash__ = __hash__
            else:
                cls.__hash__ = None
        return cls

    def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                  match_args=True, kw_only=False, slots=False):
        def wrap(cls):
            return _process(cls, init, repr, eq, order, frozen, unsafe_hash, match_args, kw_only, slots)
        if cls is None:
            return wrap
        return wrap(cls)

    _KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
                 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
                 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield')

    def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                       unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
        # CPython 3.11's: the fields checked in order, then a class made by types.new_class (so its __module__ is
        # 'types') holding the defaults and annotated with the fields, made a dataclass.
        if bases != () or namespace is not None:
            __docbuild_refuse__('dataclasses.make_dataclass with bases or a namespace is not supported in snippets')
        seen = []
        names = []
        defaults = {}
        for item in fields:
            if isinstance(item, str):
                name = item
            elif len(item) == 2:
                name, tp, = item
            elif len(item) == 3:
                name, tp, spec = item
                defaults[name] = spec
            else:
                raise TypeError(f'Invalid field: {item!r}')
            if not isinstance(name, str) or not name.isidentifier():
                raise TypeError(f'Field names must be valid identifiers: {name!r}')
            if name in _KEYWORDS:
                raise TypeError(f'Field names must not be keywords: {name!r}')
            if name in seen:
                raise TypeError(f'Field name duplicated: {name!r}')
            seen.append(name)
            names.append(name)
        cls = __docbuild_make_class__(cls_name, names, 'types')
        for name, value in defaults.items():
            setattr(cls, name, value)
        return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                         match_args=match_args, kw_only=kw_only, slots=slots)

    def is_dataclass(obj):
        return hasattr(obj, '__dataclass_fields__')

    def fields(class_or_instance):
        if not hasattr(class_or_instance, '__dataclass_fields__'):
            raise TypeError('must be called with a dataclass type or instance')
        return tuple(class_or_instance.__dataclass_fields__.values())

    def _is_instance(obj):
        return not isinstance(obj, type) and hasattr(obj, '__dataclass_fields__')

    def asdict(obj):
        if not _is_instance(obj):
            raise TypeError('asdict() should be called on dataclass instances')
        return {f.name: _asdict_value(getattr(obj, f.name)) for f in obj.__dataclass_fields__.values()}

    def _asdict_value(value):
        if _is_instance(value):
            return asdict(value)
        if isinstance(value, list):
            return [_asdict_value(item) for item in value]
        if isinstance(value, tuple):
            return tuple([_asdict_value(item) for item in value])
        if isinstance(value, dict):
            return {_asdict_value(k): _asdict_value(v) for k, v in value.items()}
        return value

    def astuple(obj):
        if not _is_instance(obj):
            raise TypeError('astuple() should be called on dataclass instances')
        return tuple([_asdict_value(getattr(obj, f.name)) for f in obj.__dataclass_fields__.values()])

    def replace(obj, **changes):
        if not _is_instance(obj):
            raise TypeError('replace() should be called on dataclass instances')
        for f in obj.__dataclass_fields__.values():
            if not f.init and f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        values = {f.name: getattr(obj, f.name) for f in obj.__dataclass_fields__.values() if f.init}
        values.update(changes)
        return type(obj)(**values)
    """#
}
