extension ModuleSources {
  /// `enum`, after CPython 3.11's Lib/enum.py for plain `Enum` classes: members made from the class body in order
  /// (auto() through `_generate_next_value_`, aliases for repeated values, `__init__` called with the value's items),
  /// their repr, str, format, `name` and `value`; the class's `EnumType` methods (Metaclasses.swift): lookup by value
  /// with `_missing_`, by name, iteration, `len`, `reversed`, `in`, `__members__`; the functional API
  /// (`Enum('Color', 'RED GREEN')`) and `unique`. Members hash by identity in snippets (CPython by name, which only a
  /// set's order shows, and snippets refuse to show the order of a set of objects). `Flag` (its pseudo-members, the
  /// class keyword `boundary=`), and `IntEnum` and `IntFlag`, whose members stand in for ints (`_IntValue`), follow
  /// CPython 3.11.7's. `StrEnum`, `verify`, `member`, `nonmember` and `global_enum` are refused by name, as is what
  /// CPython warns about (`in` with a non-member, auto() after decreasing values).
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
        if __docbuild_defines__(cls, '_docbuild_refused_') and cls._docbuild_refused_:
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
        is_flag = issubclass(cls, Flag)
        if __docbuild_own__(cls, '_boundary_'):
            # The class keyword boundary= (Classes.swift).
            if not is_flag:
                _refuse('the class keyword boundary= of an enum that is not a Flag')
            if not isinstance(cls._boundary_, _Boundary):
                _refuse(f'the class keyword boundary= with a {type(cls._boundary_).__name__}')
        if is_flag:
            cls._flag_mask_ = 0
            cls._singles_mask_ = 0
            cls._all_bits_ = 0
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
        if is_flag:
            # A flag's members iterate by value, unless the class defined them in another order.
            member_values = [m._value_ for m in cls]
            cls._docbuild_by_definition_ = member_values != sorted(member_values)


    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member = __docbuild_new__(cls)
        member._value_ = value
        member._name_ = name
        if __docbuild_defines__(cls, '__init__'):
            member.__init__(*args)
        value = member._value_
        member._sort_order_ = len(cls._member_names_)
        is_flag = issubclass(cls, Flag)
        if issubclass(cls, _IntValue) and type(value) is not int:
            # CPython makes the value int(value), or raises.
            _refuse(f'an {"IntFlag" if is_flag else "IntEnum"} member whose value is a {type(value).__name__}')
        if is_flag:
            if type(value) is not int:
                _refuse(f'a Flag member whose value is a {type(value).__name__}')
            cls._flag_mask_ |= value
            if _is_single_bit(value):
                cls._singles_mask_ |= value
            cls._all_bits_ = 2 ** (cls._flag_mask_.bit_length()) - 1
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            # A flag's member with several bits (or none) is an alias of the members it combines.
            if not is_flag or _is_single_bit(value):
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
        if issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
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
            if issubclass(cls, Flag):
                return '<flag %r>' % (cls.__name__,)
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

    def _plain(value):
        # The int an IntEnum or IntFlag member stands for; any other value itself.
        return value._value_ if isinstance(value, _IntValue) else value


    def _number(value):
        return isinstance(value, (int, float, complex))


    class _IntValue:
        # What makes IntEnum's and IntFlag's members ints (CPython's derive from int): operators, conversions, str()
        # and format() of the value, results plain ints. Another operand type gets NotImplemented, so the error names
        # the member's class as CPython's does.
        def __int__(self):
            return self._value_
        def __index__(self):
            return self._value_
        def __float__(self):
            return float(self._value_)
        def __bool__(self):
            return self._value_ != 0
        def __hash__(self):
            return hash(self._value_)
        def __str__(self):
            return repr(self._value_)
        def __format__(self, format_spec):
            return format(self._value_, format_spec)
        def __eq__(self, other):
            if not _number(other):
                return NotImplemented
            return self._value_ == _plain(other)
        def __ne__(self, other):
            if not _number(other):
                return NotImplemented
            return self._value_ != _plain(other)
        def __lt__(self, other):
            if not isinstance(other, (int, float)):
                return NotImplemented
            return self._value_ < _plain(other)
        def __le__(self, other):
            if not isinstance(other, (int, float)):
                return NotImplemented
            return self._value_ <= _plain(other)
        def __gt__(self, other):
            if not isinstance(other, (int, float)):
                return NotImplemented
            return self._value_ > _plain(other)
        def __ge__(self, other):
            if not isinstance(other, (int, float)):
                return NotImplemented
            return self._value_ >= _plain(other)
        def __add__(self, other):
            return self._value_ + _plain(other) if _number(other) else NotImplemented
        def __radd__(self, other):
            return _plain(other) + self._value_ if _number(other) else NotImplemented
        def __sub__(self, other):
            return self._value_ - _plain(other) if _number(other) else NotImplemented
        def __rsub__(self, other):
            return _plain(other) - self._value_ if _number(other) else NotImplemented
        def __mul__(self, other):
            # A sequence repeats by the int (CPython's sequences take the member through __index__).
            if isinstance(other, (str, list, tuple)):
                return self._value_ * other
            return self._value_ * _plain(other) if _number(other) else NotImplemented
        def __rmul__(self, other):
            if isinstance(other, (str, list, tuple)):
                return other * self._value_
            return _plain(other) * self._value_ if _number(other) else NotImplemented
        def __truediv__(self, other):
            return self._value_ / _plain(other) if _number(other) else NotImplemented
        def __rtruediv__(self, other):
            return _plain(other) / self._value_ if _number(other) else NotImplemented
        def __floordiv__(self, other):
            return self._value_ // _plain(other) if isinstance(other, (int, float)) else NotImplemented
        def __rfloordiv__(self, other):
            return _plain(other) // self._value_ if isinstance(other, (int, float)) else NotImplemented
        def __mod__(self, other):
            return self._value_ % _plain(other) if isinstance(other, (int, float)) else NotImplemented
        def __rmod__(self, other):
            return _plain(other) % self._value_ if isinstance(other, (int, float)) else NotImplemented
        def __divmod__(self, other):
            return divmod(self._value_, _plain(other)) if isinstance(other, (int, float)) else NotImplemented
        def __rdivmod__(self, other):
            return divmod(_plain(other), self._value_) if isinstance(other, (int, float)) else NotImplemented
        def __pow__(self, other):
            return self._value_ ** _plain(other) if _number(other) else NotImplemented
        def __rpow__(self, other):
            return _plain(other) ** self._value_ if _number(other) else NotImplemented
        def __lshift__(self, other):
            return self._value_ << _plain(other) if isinstance(other, int) else NotImplemented
        def __rlshift__(self, other):
            return _plain(other) << self._value_ if isinstance(other, int) else NotImplemented
        def __rshift__(self, other):
            return self._value_ >> _plain(other) if isinstance(other, int) else NotImplemented
        def __rrshift__(self, other):
            return _plain(other) >> self._value_ if isinstance(other, int) else NotImplemented
        def __and__(self, other):
            return self._value_ & _plain(other) if isinstance(other, int) else NotImplemented
        def __rand__(self, other):
            return _plain(other) & self._value_ if isinstance(other, int) else NotImplemented
        def __or__(self, other):
            return self._value_ | _plain(other) if isinstance(other, int) else NotImplemented
        def __ror__(self, other):
            return _plain(other) | self._value_ if isinstance(other, int) else NotImplemented
        def __xor__(self, other):
            return self._value_ ^ _plain(other) if isinstance(other, int) else NotImplemented
        def __rxor__(self, other):
            return _plain(other) ^ self._value_ if isinstance(other, int) else NotImplemented
        def __neg__(self):
            return -self._value_
        def __pos__(self):
            return self._value_
        def __abs__(self):
            return abs(self._value_)
        def __invert__(self):
            return ~self._value_
        def __round__(self, ndigits=None):
            return round(self._value_, ndigits)
        def __trunc__(self):
            return self._value_
        def __floor__(self):
            return self._value_
        def __ceil__(self):
            return self._value_
        @property
        def real(self):
            return self._value_
        @property
        def imag(self):
            return 0
        @property
        def numerator(self):
            return self._value_
        @property
        def denominator(self):
            return 1
        def bit_length(self):
            return self._value_.bit_length()
        def bit_count(self):
            return self._value_.bit_count()
        def conjugate(self):
            return self._value_

    __docbuild_emulate__(_IntValue, 'int')


    class IntEnum(_IntValue, ReprEnum):
        _docbuild_refused_ = None

    class StrEnum(ReprEnum):
        _docbuild_refused_ = 'enum.StrEnum'

    def _is_single_bit(num):
        if num == 0:
            return False
        num &= num - 1
        return num == 0


    def _iter_bits_lsb(num):
        original = num
        if num < 0:
            raise ValueError('%r is not a positive integer' % original)
        bits = []
        while num:
            b = num & (~num + 1)
            bits.append(b)
            num ^= b
        return bits


    def _bin(num, max_bits=None):
        # enum.bin: two's complement, the first digit the sign.
        ceiling = 2 ** (num).bit_length()
        if num >= 0:
            s = bin(num + ceiling).replace('1', '0', 1)
        else:
            s = bin(~num ^ (ceiling - 1) + ceiling)
        sign = s[:3]
        digits = s[3:]
        if max_bits is not None:
            if len(digits) < max_bits:
                digits = (sign[-1] * max_bits + digits)[-max_bits:]
        return '%s %s' % (sign, digits)


    class _Boundary:
        # FlagBoundary's members, for `_boundary_` (CPython's are a StrEnum, which snippets do not show).
        def __init__(self, name):
            self._name = name
        def __repr__(self):
            _refuse(f'enum.{self._name}')
        def __str__(self):
            _refuse(f'enum.{self._name}')

    STRICT = _Boundary('STRICT')
    CONFORM = _Boundary('CONFORM')
    EJECT = _Boundary('EJECT')
    KEEP = _Boundary('KEEP')


    class Flag(Enum):
        # After CPython 3.11's enum.Flag: a member's value is an int; values combine with | & ^ ~ into members that
        # CPython makes when first asked (pseudo-members), named by the members they hold.
        _boundary_ = STRICT
        def _generate_next_value_(name, start, count, last_values):
            if not count:
                return start if start is not None else 1
            last_value = max(last_values)
            try:
                high_bit = last_value.bit_length() - 1
            except Exception:
                raise TypeError('invalid flag value %r' % last_value) from None
            return 2 ** (high_bit + 1)
        @classmethod
        def _iter_member_(cls, value):
            members = [cls._value2member_map_.get(val) for val in _iter_bits_lsb(value & cls._flag_mask_)]
            if cls._docbuild_by_definition_:
                members = sorted(members, key=lambda m: m._sort_order_)
            return members
        @classmethod
        def _missing_(cls, value):
            if not isinstance(value, int):
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            flag_mask = cls._flag_mask_
            singles_mask = cls._singles_mask_
            all_bits = cls._all_bits_
            neg_value = None
            if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
                if cls._boundary_ is STRICT:
                    max_bits = max(value.bit_length(), flag_mask.bit_length())
                    raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                        cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
                elif cls._boundary_ is CONFORM:
                    value = value & flag_mask
                elif cls._boundary_ is EJECT:
                    return value
                elif cls._boundary_ is KEEP:
                    if value < 0:
                        value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            if value < 0:
                neg_value = value
                value = all_bits + 1 + value
            unknown = value & ~flag_mask
            aliases = value & ~singles_mask
            member_value = value & singles_mask
            if unknown and cls._boundary_ is not KEEP:
                raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
            pseudo_member = __docbuild_new__(cls)
            pseudo_member._value_ = value
            if member_value or aliases:
                members = []
                combined_value = 0
                for m in cls._iter_member_(member_value):
                    members.append(m)
                    combined_value |= m._value_
                if aliases:
                    value = member_value | aliases
                    for n, pm in cls._member_map_.items():
                        if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                            members.append(pm)
                            combined_value |= pm._value_
                unknown = value ^ combined_value
                pseudo_member._name_ = '|'.join([m._name_ for m in members])
                if not combined_value:
                    pseudo_member._name_ = None
                elif unknown and cls._boundary_ is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                elif unknown:
                    pseudo_member._name_ += '|%r' % (unknown,)
            else:
                pseudo_member._name_ = None
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
            return pseudo_member
        def __contains__(self, other):
            if not isinstance(other, self.__class__):
                # A builtin class's __qualname__ is its name.
                kind = type(other)
                kind = kind.__qualname__ if __docbuild_module_of__(other) is not None else kind.__name__
                raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                    kind, self.__class__.__qualname__))
            return other._value_ & self._value_ == other._value_
        def __iter__(self):
            return iter(self._iter_member_(self._value_))
        def __len__(self):
            return self._value_.bit_count()
        def __repr__(self):
            cls_name = self.__class__.__name__
            if self._name_ is None:
                return '<%s: %r>' % (cls_name, self._value_)
            return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)
        def __str__(self):
            cls_name = self.__class__.__name__
            if self._name_ is None:
                return '%s(%r)' % (cls_name, self._value_)
            return '%s.%s' % (cls_name, self._name_)
        def __bool__(self):
            return bool(self._value_)
        def __or__(self, other):
            if isinstance(other, self.__class__):
                other = other._value_
            elif isinstance(self, _IntValue) and isinstance(other, int):
                other = _plain(other)
            else:
                return NotImplemented
            return self.__class__(self._value_ | other)
        def __and__(self, other):
            if isinstance(other, self.__class__):
                other = other._value_
            elif isinstance(self, _IntValue) and isinstance(other, int):
                other = _plain(other)
            else:
                return NotImplemented
            return self.__class__(self._value_ & other)
        def __xor__(self, other):
            if isinstance(other, self.__class__):
                other = other._value_
            elif isinstance(self, _IntValue) and isinstance(other, int):
                other = _plain(other)
            else:
                return NotImplemented
            return self.__class__(self._value_ ^ other)
        def __ror__(self, other):
            return Flag.__or__(self, other)
        def __rand__(self, other):
            return Flag.__and__(self, other)
        def __rxor__(self, other):
            return Flag.__xor__(self, other)
        def __invert__(self):
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                return self.__class__(~self._value_)
            return self.__class__(self._singles_mask_ & ~self._value_)

    class IntFlag(_IntValue, ReprEnum, Flag):
        # CPython gives IntFlag classes Flag's | & ^ ~ (EnumType.__new__), which take ints too.
        _docbuild_refused_ = None
        _boundary_ = KEEP
        def __or__(self, other):
            return Flag.__or__(self, other)
        def __and__(self, other):
            return Flag.__and__(self, other)
        def __xor__(self, other):
            return Flag.__xor__(self, other)
        def __ror__(self, other):
            return Flag.__or__(self, other)
        def __rand__(self, other):
            return Flag.__and__(self, other)
        def __rxor__(self, other):
            return Flag.__xor__(self, other)
        def __invert__(self):
            return Flag.__invert__(self)


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
    """#
}
