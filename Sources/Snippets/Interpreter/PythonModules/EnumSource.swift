extension ModuleSources {
  /// `enum`, after CPython 3.11's Lib/enum.py for plain `Enum` classes: members made from the class body in order
  /// (auto() through `_generate_next_value_`, aliases for repeated values, `__init__` called with the value's items),
  /// their repr, str, format, `name` and `value`; the class's `EnumType` methods (Metaclasses.swift): lookup by value
  /// with `_missing_`, by name, iteration, `len`, `reversed`, `in`, `__members__`; the functional API
  /// (`Enum('Color', 'RED GREEN')`) and `unique`. Members hash by identity in snippets (CPython by name, which only a
  /// set's order shows, and snippets refuse to show the order of a set of objects). `IntEnum`, `StrEnum`, `Flag`,
  /// `IntFlag`, `verify`, `member`, `nonmember` and `global_enum` are refused by name, as is what CPython warns about
  /// (`in` with a non-member, auto() after decreasing values).
  static let enumModule = #"""
    def _refuse(what):
        __docbuild_refuse__(f'{what} is not part of the snippet language (Python has it)')


    class _AutoNull:
        def __repr__(self):
            return '_auto_null'

    _auto_null = _AutoNull()


    class auto:
        def __init__(self, value=_auto_null):
            self.value = value
        def __repr__(self):
            return 'auto(%r)' % (self.value,)


    def _is_dunder(name):
        return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


    def _is_sunder(name):
        return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


    _SUNDER_ALLOWED = ('_generate_next_value_', '_missing_')


    def _refused(cls):
        if __docbuild_defines__(cls, '_docbuild_refused_'):
            _refuse(cls._docbuild_refused_)


    def _setup(cls, items):
        # What EnumType.__new__ and _proto_member.__set_name__ do, for a class whose members are plain values: the
        # items are (name, value, is a descriptor) in the order the class body bound them.
        for base in cls.__mro__[1:]:
            if base is not object and __docbuild_defines__(base, '_member_names_') and base._member_names_:
                _refuse(f'an enum class deriving from the enum {base.__name__}, which has members,')
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        names = []
        last_values = []
        auto_called = False
        for name, value, is_descriptor in items:
            if _is_dunder(name):
                continue
            if _is_sunder(name):
                if name not in _SUNDER_ALLOWED:
                    _refuse(f'the enum name {name} (CPython reserves _sunder_ names)')
                if name == '_generate_next_value_' and auto_called:
                    _refuse('_generate_next_value_ defined after members using auto()')
                continue
            if is_descriptor:
                continue
            if name in ('name', 'value'):
                _refuse(f'an enum member named {name}')
            if isinstance(value, auto) or (type(value) is tuple and any(isinstance(v, auto) for v in value)):
                single = isinstance(value, auto)
                parts = []
                for v in ((value,) if single else value):
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = cls._generate_next_value_(name, 1, len(names), last_values[:])
                            auto_called = True
                        v = v.value
                        last_values.append(v)
                    parts.append(v)
                value = parts[0] if single else tuple(parts)
            else:
                last_values.append(value)
            names.append(name)
            _add_member(cls, name, value)


    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member = __docbuild_new__(cls)
        member._value_ = value
        member._name_ = name
        if __docbuild_defines__(cls, '__init__'):
            member.__init__(*args)
        value = member._value_
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            cls._member_names_.append(name)
        else:
            member = canonical
        setattr(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)


    def _lookup(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % (cls,))
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        _refuse(f'{cls.__name__}._missing_ returning a {type(result).__name__}')


    def _create(cls, class_name, names, start):
        if not isinstance(class_name, str):
            _refuse(f'the functional enum API with a {type(class_name).__name__} name')
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = []
        seen = []
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            if member_name in seen:
                _refuse(f'the enum name {member_name!r} given twice')
            seen.append(member_name)
            if type(member_value).__name__ in ('function', 'staticmethod', 'classmethod', 'property'):
                _refuse('a function as a value in the functional enum API')
            items.append((member_name, member_value, False))

        class _Functional(cls):
            pass

        _Functional.__name__ = class_name
        _Functional.__qualname__ = class_name
        _Functional.__module__ = '__main__'
        _setup(_Functional, items)
        return _Functional


    class _MappingProxy:
        # types.MappingProxyType over a copy of the member map (the map never changes after the class is made).
        def __init__(self, mapping):
            self._mapping = dict(mapping)
        def __repr__(self):
            return 'mappingproxy(' + repr(self._mapping) + ')'
        def __getitem__(self, key):
            return self._mapping[key]
        def __iter__(self):
            return iter(self._mapping)
        def __len__(self):
            return len(self._mapping)
        def __contains__(self, key):
            return key in self._mapping
        def keys(self):
            return self._mapping.keys()
        def values(self):
            return self._mapping.values()
        def items(self):
            return self._mapping.items()
        def get(self, key, default=None):
            return self._mapping.get(key, default)


    class EnumType:
        def _docbuild_class_made_(cls):
            if cls.__module__ == 'enum':
                return
            _refused(cls)
            _setup(cls, __docbuild_class_body__(cls))
        def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
            _refused(cls)
            if names is None:
                return _lookup(cls, value)
            if module is not None or qualname is not None or type is not None or boundary is not None:
                _refuse('the functional enum API with module=, qualname=, type= or boundary=')
            if cls._member_names_:
                _refuse(f'the functional enum API extending {cls.__name__}')
            return _create(cls, value, names, start)
        def __contains__(cls, member):
            _refused(cls)
            if not isinstance(member, Enum):
                _refuse('`in` an enum class with a value that is not a member (CPython 3.11 warns, then raises)')
            return isinstance(member, cls) and member._name_ in cls._member_map_
        def __getitem__(cls, name):
            _refused(cls)
            return cls._member_map_[name]
        def __iter__(cls):
            _refused(cls)
            return (cls._member_map_[name] for name in cls._member_names_)
        def __reversed__(cls):
            _refused(cls)
            return (cls._member_map_[name] for name in reversed(cls._member_names_))
        def __len__(cls):
            _refused(cls)
            return len(cls._member_names_)
        def __repr__(cls):
            _refused(cls)
            return '<enum %r>' % (cls.__name__,)
        @property
        def __members__(cls):
            _refused(cls)
            return _MappingProxy(cls._member_map_)


    EnumMeta = EnumType


    class Enum:
        def _generate_next_value_(name, start, count, last_values):
            if not last_values:
                return start
            try:
                last = last_values[-1]
                last_values.sort()
                if last == last_values[-1]:
                    return last + 1
                raise TypeError
            except TypeError:
                pass
            _refuse('auto() after values that are not increasing numbers (CPython 3.11 warns)')
        @classmethod
        def _missing_(cls, value):
            return None
        def __repr__(self):
            return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)
        def __str__(self):
            return '%s.%s' % (self.__class__.__name__, self._name_)
        def __format__(self, format_spec):
            return format(str(self), format_spec)
        def __copy__(self):
            return self
        @property
        def name(self):
            return self._name_
        @name.setter
        def name(self, value):
            raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")
        @name.deleter
        def name(self):
            raise AttributeError("<enum 'Enum'> cannot delete attribute 'name'")
        @property
        def value(self):
            return self._value_
        @value.setter
        def value(self, value):
            raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")
        @value.deleter
        def value(self):
            raise AttributeError("<enum 'Enum'> cannot delete attribute 'value'")


    __docbuild_metaclass__(Enum, EnumType)
    Enum._member_names_ = []
    Enum._member_map_ = {}
    Enum._value2member_map_ = {}


    class ReprEnum(Enum):
        _docbuild_refused_ = 'enum.ReprEnum'

    class IntEnum(ReprEnum):
        _docbuild_refused_ = 'enum.IntEnum'

    class StrEnum(ReprEnum):
        _docbuild_refused_ = 'enum.StrEnum'

    class Flag(Enum):
        _docbuild_refused_ = 'enum.Flag'

    class IntFlag(Flag):
        _docbuild_refused_ = 'enum.IntFlag'


    def unique(enumeration):
        duplicates = []
        for name, member in enumeration.__members__.items():
            if name != member.name:
                duplicates.append((name, member.name))
        if duplicates:
            alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
            raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
        return enumeration


    class _Refused:
        def __init__(self, name):
            self._name = name
        def __repr__(self):
            _refuse(f'enum.{self._name}')
        def __call__(self, *args, **kwargs):
            _refuse(f'enum.{self._name}')


    verify = _Refused('verify')
    member = _Refused('member')
    nonmember = _Refused('nonmember')
    global_enum = _Refused('global_enum')
    show_flag_values = _Refused('show_flag_values')
    EnumCheck = _Refused('EnumCheck')
    FlagBoundary = _Refused('FlagBoundary')
    UNIQUE = _Refused('UNIQUE')
    CONTINUOUS = _Refused('CONTINUOUS')
    NAMED_FLAGS = _Refused('NAMED_FLAGS')
    STRICT = _Refused('STRICT')
    CONFORM = _Refused('CONFORM')
    EJECT = _Refused('EJECT')
    KEEP = _Refused('KEEP')
    """#
}
