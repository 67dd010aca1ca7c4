extension ModuleSources {
  /// `numpy._core.numerictypes`' helpers that NumPy's docstrings import from it (the module is private; its public
  /// names are `np`'s): `english_lower`, `english_upper`, `english_capitalize`, `issctype`, `obj2sctype` and
  /// `sctype2char`, written as NumPy 2.4 writes them. What NumPy answers with the object dtype (`obj2sctype(dict)`)
  /// stays refused, as that dtype is.
  static let numpyNumerictypes = #"""
    import numpy as np

    def _refuse_text(name, s):
        if not isinstance(s, str):
            __docbuild_refuse__(name + ' of a ' + type(s).__name__ + ' is not supported in snippets (of a str it is)')

    # NumPy's LOWER_TABLE and UPPER_TABLE change the ASCII letters only, whatever the locale.
    def english_lower(s):
        _refuse_text('english_lower', s)
        return ''.join([chr(ord(c) + 32) if 'A' <= c <= 'Z' else c for c in s])

    def english_upper(s):
        _refuse_text('english_upper', s)
        return ''.join([chr(ord(c) - 32) if 'a' <= c <= 'z' else c for c in s])

    def english_capitalize(s):
        _refuse_text('english_capitalize', s)
        if s:
            return english_upper(s[0]) + s[1:]
        else:
            return s

    def obj2sctype(rep, default=None):
        if isinstance(rep, type) and issubclass(rep, np.generic):
            return rep
        # NumPy's dtype(rep) reads a NumPy number's or a masked array's own dtype (docbuild's np.dtype does not); a
        # np.str_ or np.bytes_ it reads as a dtype's name.
        number = isinstance(rep, np.generic) and type(rep).__name__ not in ('str_', 'bytes_', 'void')
        if isinstance(rep, np.ndarray) or number or type(rep).__name__ == 'MaskedArray':
            return rep.dtype.type
        if type(rep).__name__ == 'recarray':
            __docbuild_refuse__('obj2sctype of a record array is not supported in snippets')
        try:
            res = np.dtype(rep)
        except Exception:
            return default
        else:
            return res.type

    def issctype(rep):
        if not isinstance(rep, (type, np.dtype)):
            return False
        try:
            res = obj2sctype(rep)
            if res and res != np.object_:
                return True
            else:
                return False
        except Exception:
            return False

    # The abstract scalar types snippets have: not among sctypeDict's values.
    _abstract_types = (np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact,
                       np.floating, np.complexfloating)

    def sctype2char(sctype):
        sctype = obj2sctype(sctype)
        if sctype is None:
            raise ValueError('unrecognized type')
        for abstract in _abstract_types:
            if sctype is abstract:
                raise KeyError(sctype)
        return np.dtype(sctype).char
    """#
}
