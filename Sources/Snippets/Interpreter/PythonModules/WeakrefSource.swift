extension ModuleSources {
  /// `weakref`: `ref` (CPython's `weakref.ReferenceType`), made natively (`makeWeakReference`, so `ref(a) is ref(a)`
  /// as in CPython) and called natively (`weakReferent`): its object while the program's names reach it, a refusal
  /// otherwise (WeakReferences.swift says why). Callbacks, proxies, `WeakValueDictionary`, `WeakKeyDictionary`,
  /// `WeakSet` and `finalize` act when CPython frees an object, which snippets do not follow: refused by name.
  static let weakref = #"""
    class ReferenceType:
        __slots__ = ()

        # Only a subclass's instances come here (weakref.ref itself is made natively); `*args` keeps the calls of
        # weakref.ref off the interpreter's fast path for a plain class's `__init__`.
        def __init__(self, *args, **kwargs):
            __docbuild_refuse__('a subclass of weakref.ref is not supported in snippets')

        def __call__(self, *args, **kwargs):
            if kwargs:
                raise TypeError('weakref() takes no keyword arguments')
            if args:
                raise TypeError(f'weakref expected 0 arguments, got {len(args)}')
            return __docbuild_weakref__(self)

        def __eq__(self, other):
            if not isinstance(other, ReferenceType):
                return NotImplemented
            return self() == other()

        def __ne__(self, other):
            if not isinstance(other, ReferenceType):
                return NotImplemented
            return self() != other()

        def __hash__(self):
            return hash(self())

        def __repr__(self):
            __docbuild_refuse__('the repr of a weakref (<weakref at 0x…; to …>) shows memory addresses, which differ '
                                'on every run: print what calling it gives')

        @property
        def __callback__(self):
            return None

    ReferenceType.__module__ = 'weakref'
    ref = ReferenceType
    """#
}
