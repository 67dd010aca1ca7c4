extension ModuleSources {
  /// The methods each builtin type has besides its special ones, which a snippet class deriving from the type reaches
  /// on the value it holds (CPython's C methods never call the subclass's overrides: `dict.update` ignores
  /// `__setitem__`, `dict.get` ignores `__missing__`, and each returns the plain type, as `list.copy` does).
  static let builtinBaseMethods: [String: [String]] = [
    "dict": ["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "values"],
    "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "tuple": ["count", "index"],
    "str": [
      "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map",
      "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
      "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
      "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip",
      "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ],
    "int": ["as_integer_ratio", "bit_count", "bit_length", "conjugate", "to_bytes"],
    "float": ["as_integer_ratio", "conjugate", "hex", "is_integer"],
  ]

  /// The delegating methods of one builtin base, as class-body source lines.
  private static func delegatingMethods(_ builtin: String) -> String {
    (builtinBaseMethods[builtin] ?? []).map { name in
      "    def \(name)(self, *args, **kwargs):\n        return self._docbuild_value.\(name)(*args, **kwargs)\n"
    }.joined()
  }

  /// The arithmetic special methods of int and float, each computing on the value the instance holds and returning the
  /// plain type, as CPython's `int.__add__` on a subclass does.
  private static func arithmetic(_ operators: [(String, String)]) -> String {
    operators.map { name, symbol in
      """
          def __\(name)__(self, other):
              other = __docbuild_operand__(other)
              if other is NotImplemented:
                  return NotImplemented
              return self._docbuild_value \(symbol) other
          def __r\(name)__(self, other):
              other = __docbuild_operand__(other)
              if other is NotImplemented:
                  return NotImplemented
              return other \(symbol) self._docbuild_value

      """
    }.joined()
  }

  /// The comparisons of a builtin base: on the values held, NotImplemented for another kind (CPython's
  /// `list_richcompare` and its family compare the items of two lists, whatever classes they are).
  private static func comparisons(_ accepted: String) -> String {
    [("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">=")].map { name, symbol in
      """
          def __\(name)__(self, other):
              if not isinstance(other, \(accepted)):
                  return NotImplemented
              return self._docbuild_value \(symbol) __docbuild_raw__(other)

      """
    }.joined()
  }

  /// The container protocol dict's and list's stand-ins share, on the value held: item writes and deletions,
  /// membership, iteration (both ways) and length.
  private static let containerProtocol = """
        def __setitem__(self, key, value):
            self._docbuild_value[key] = value
        def __delitem__(self, key):
            del self._docbuild_value[key]
        def __contains__(self, item):
            return item in self._docbuild_value
        def __iter__(self):
            return iter(self._docbuild_value)
        def __reversed__(self):
            return reversed(self._docbuild_value)
        def __len__(self):
            return len(self._docbuild_value)

    """

  /// `+` and `*` of a sequence builtin's stand-in, on the value held: concatenation with its own type only (CPython's
  /// TypeError otherwise) and repetition.
  private static func concatenation(_ builtin: String) -> String {
    """
        def __add__(self, other):
            if not isinstance(other, _\(builtin)):
                raise TypeError(f'can only concatenate \(builtin) (not "{type(other).__name__}") to \(builtin)')
            return self._docbuild_value + __docbuild_raw__(other)
        def __radd__(self, other):
            if not isinstance(other, _\(builtin)):
                return NotImplemented
            return __docbuild_raw__(other) + self._docbuild_value
        def __mul__(self, count):
            return self._docbuild_value * count
        def __rmul__(self, count):
            return self._docbuild_value * count

    """
  }

  /// The special methods int's and float's stand-ins share (the unary operators, truth, hash, divmod, repr, format and
  /// `real`), each on the value held and returning the plain type, as class-body source lines.
  private static let numberMethods = """
        def __neg__(self):
            return -self._docbuild_value
        def __pos__(self):
            return +self._docbuild_value
        def __abs__(self):
            return abs(self._docbuild_value)
        def __bool__(self):
            return self._docbuild_value != 0
        def __hash__(self):
            return hash(self._docbuild_value)
        def __divmod__(self, other):
            other = __docbuild_operand__(other)
            if other is NotImplemented:
                return NotImplemented
            return divmod(self._docbuild_value, other)
        def __rdivmod__(self, other):
            other = __docbuild_operand__(other)
            if other is NotImplemented:
                return NotImplemented
            return divmod(other, self._docbuild_value)
        def __repr__(self):
            return repr(self._docbuild_value)
        def __format__(self, spec):
            if not spec:
                return _str(self)
            return format(self._docbuild_value, spec)
        @property
        def real(self):
            return self._docbuild_value

    """

  private static let numberOperators = [
    ("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"), ("mod", "%"), ("pow", "**"),
  ]

  /// The classes a snippet class deriving from `dict`, `list`, `tuple`, `str`, `int` or `float` derives from in their
  /// place (BuiltinSubclasses.swift): each instance holds a value of the builtin type (`_docbuild_value`), on which the
  /// builtin's methods run; `__mro__`, `__bases__` and `isinstance` show the builtin itself.
  static let builtinBases =
    #"""
    _dict = __docbuild_builtin__('dict')
    _list = __docbuild_builtin__('list')
    _tuple = __docbuild_builtin__('tuple')
    _str = __docbuild_builtin__('str')
    _int = __docbuild_builtin__('int')
    _float = __docbuild_builtin__('float')
    _complex = __docbuild_builtin__('complex')

    class dict:
        __hash__ = None
        @staticmethod
        def __new__(cls, *args, **kwargs):
            self = __docbuild_new__(cls)
            self._docbuild_value = _dict()
            return self
        def __init__(self, *args, **kwargs):
            if len(args) > 1:
                raise TypeError(f'dict expected at most 1 argument, got {len(args)}')
            self.update(*args, **kwargs)
        def update(self, *args, **kwargs):
            # CPython copies another dict's items directly (never its __getitem__), unless its class has its own
            # __iter__.
            if len(args) > 1:
                raise TypeError(f'update expected at most 1 argument, got {len(args)}')
            self._docbuild_value.update(*[__docbuild_raw__(arg, '__iter__') for arg in args], **kwargs)
        def __getitem__(self, key):
            data = self._docbuild_value
            if key in data:
                return data[key]
            if hasattr(type(self), '__missing__'):
                return self.__missing__(key)
            raise KeyError(key)
        def __eq__(self, other):
            if not isinstance(other, _dict):
                return NotImplemented
            return self._docbuild_value == __docbuild_raw__(other)
        def __ne__(self, other):
            if not isinstance(other, _dict):
                return NotImplemented
            return self._docbuild_value != __docbuild_raw__(other)
        def __or__(self, other):
            if not isinstance(other, _dict):
                return NotImplemented
            result = self._docbuild_value.copy()
            result.update(__docbuild_raw__(other, '__iter__'))
            return result
        def __ror__(self, other):
            if not isinstance(other, _dict):
                return NotImplemented
            result = _dict(other)
            result.update(self._docbuild_value)
            return result
        def __ior__(self, other):
            self._docbuild_value.update(__docbuild_raw__(other, '__iter__'))
            return self
        def __repr__(self):
            return repr(self._docbuild_value)
        @classmethod
        def fromkeys(cls, iterable, value=None):
            result = cls()
            for key in iterable:
                result[key] = value
            return result

    """# + containerProtocol + delegatingMethods("dict") + #"""

      __docbuild_builtin_base__(dict, 'dict')

      class list:
          __hash__ = None
          @staticmethod
          def __new__(cls, *args, **kwargs):
              self = __docbuild_new__(cls)
              self._docbuild_value = _list()
              return self
          def __init__(self, *args, **kwargs):
              if kwargs:
                  raise TypeError('list() takes no keyword arguments')
              if len(args) > 1:
                  raise TypeError(f'list expected at most 1 argument, got {len(args)}')
              self._docbuild_value.clear()
              if args:
                  self._docbuild_value.extend(args[0])
          def __getitem__(self, index):
              return self._docbuild_value[index]
          def __iadd__(self, other):
              self._docbuild_value.extend(other)
              return self
          def __imul__(self, count):
              self._docbuild_value *= count
              return self
          def __repr__(self):
              return repr(self._docbuild_value)

      """# + containerProtocol + concatenation("list") + comparisons("_list") + delegatingMethods("list") + #"""

      __docbuild_builtin_base__(list, 'list')

      class tuple:
          @staticmethod
          def __new__(cls, *args, **kwargs):
              if kwargs and not __docbuild_overrides__(cls, '__init__'):
                  raise TypeError('tuple() takes no keyword arguments')
              if len(args) > 1:
                  raise TypeError(f'tuple expected at most 1 argument, got {len(args)}')
              self = __docbuild_new__(cls)
              self._docbuild_value = _tuple(*args)
              return self
          def __getitem__(self, index):
              return self._docbuild_value[index]
          def __contains__(self, item):
              return item in self._docbuild_value
          def __iter__(self):
              return iter(self._docbuild_value)
          def __len__(self):
              return len(self._docbuild_value)
          def __hash__(self):
              return hash(self._docbuild_value)
          def __repr__(self):
              return repr(self._docbuild_value)

      """# + concatenation("tuple") + comparisons("_tuple") + delegatingMethods("tuple") + #"""

      __docbuild_builtin_base__(tuple, 'tuple')

      class str:
          @staticmethod
          def __new__(cls, *args, **kwargs):
              self = __docbuild_new__(cls)
              self._docbuild_value = _str(*args, **kwargs)
              return self
          def __getitem__(self, index):
              return self._docbuild_value[index]
          def __contains__(self, item):
              if not isinstance(item, _str):
                  raise TypeError(f"'in <string>' requires string as left operand, not {type(item).__name__}")
              return __docbuild_raw__(item) in self._docbuild_value
          def __iter__(self):
              return iter(self._docbuild_value)
          def __len__(self):
              return len(self._docbuild_value)
          def __hash__(self):
              return hash(self._docbuild_value)
          def __mod__(self, values):
              return self._docbuild_value % values
          def __str__(self):
              return self._docbuild_value
          def __repr__(self):
              return repr(self._docbuild_value)
          def __format__(self, spec):
              # An empty format is str(self), as CPython's str.__format__ makes it for a subclass.
              if not spec:
                  return _str(self)
              return format(self._docbuild_value, spec)

      """# + concatenation("str") + comparisons("_str") + delegatingMethods("str") + #"""

      __docbuild_builtin_base__(str, 'str')

      class int:
          @staticmethod
          def __new__(cls, *args, **kwargs):
              self = __docbuild_new__(cls)
              self._docbuild_value = _int(*args, **kwargs)
              return self

      """#
    + arithmetic(numberOperators + [("lshift", "<<"), ("rshift", ">>"), ("and", "&"), ("or", "|"), ("xor", "^")])
    + comparisons("(_int, _float)") + numberMethods + #"""
          def __mul__(self, other):
              # A sequence repeated: CPython's int defers to it, and it reads the int.
              if isinstance(other, (_list, _tuple, _str)):
                  return __docbuild_raw__(other) * self._docbuild_value
              other = __docbuild_operand__(other)
              if other is NotImplemented:
                  return NotImplemented
              return self._docbuild_value * other
          def __rmul__(self, other):
              if isinstance(other, (_list, _tuple, _str)):
                  return __docbuild_raw__(other) * self._docbuild_value
              other = __docbuild_operand__(other)
              if other is NotImplemented:
                  return NotImplemented
              return other * self._docbuild_value
          def __invert__(self):
              return ~self._docbuild_value
          def __int__(self):
              return self._docbuild_value
          def __index__(self):
              return self._docbuild_value
          def __float__(self):
              return _float(self._docbuild_value)
          def __round__(self, digits=None):
              return self._docbuild_value if digits is None else round(self._docbuild_value, digits)
          @property
          def imag(self):
              return 0
          @property
          def numerator(self):
              return self._docbuild_value
          @property
          def denominator(self):
              return 1

      """# + delegatingMethods("int") + #"""

      __docbuild_builtin_base__(int, 'int')

      class float:
          @staticmethod
          def __new__(cls, *args, **kwargs):
              # CPython's float.__new__ ignores keywords for a class with its own __init__, which takes them.
              if kwargs and __docbuild_overrides__(cls, '__init__'):
                  kwargs = {}
              self = __docbuild_new__(cls)
              self._docbuild_value = _float(*args, **kwargs)
              return self

      """# + arithmetic(numberOperators) + comparisons("(_int, _float)") + numberMethods + #"""
          def __int__(self):
              return _int(self._docbuild_value)
          def __float__(self):
              return self._docbuild_value
          def __round__(self, digits=None):
              return round(self._docbuild_value) if digits is None else round(self._docbuild_value, digits)
          @property
          def imag(self):
              return 0.0

      """# + delegatingMethods("float") + #"""

      __docbuild_builtin_base__(float, 'float')
      """#
}
