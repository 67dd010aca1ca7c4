// Listed from CPython 3.11.7's `dir()` (the C modules' private names, the regular expression types'
// attributes), as PythonNames is; a name here that snippets lack is refused, never Python's AttributeError.

/// Names CPython's standard library has beside those `PythonNames` lists: the private names of its C modules
/// (`sys._getframe`), fixed in every process as their public ones are, and the attributes of `re`'s pattern and match
/// objects, which snippets write in their own language (RegexModuleSource.swift).
enum StandardLibraryNames {
  /// Each C module's private `_name`s (`dir(sys)`'s and `dir(itertools)`'s).
  static let privateNames: [String: Set<String>] = [
    "sys": [
      "_base_executable", "_clear_type_cache", "_current_exceptions", "_current_frames", "_debugmallocstats",
      "_framework", "_getframe", "_getquickenedcount", "_git", "_home", "_stdlib_dir", "_xoptions",
    ],
    "itertools": [
      "_grouper", "_tee", "_tee_dataobject",
    ],
  ]

  /// The public and special attributes of `re.compile(...)` and `re.match(...)` objects, by the type name Python's
  /// AttributeError prints.
  static let types: [String: Set<String>] = [
    "re.Pattern": [
      "__class__", "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__doc__", "__eq__",
      "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
      "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
      "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "findall", "finditer", "flags",
      "fullmatch", "groupindex", "groups", "match", "pattern", "scanner", "search", "split", "sub", "subn",
    ],
    "re.Match": [
      "__class__", "__class_getitem__", "__copy__", "__deepcopy__", "__delattr__", "__dir__", "__doc__", "__eq__",
      "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__", "__init__",
      "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
      "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "end", "endpos", "expand", "group",
      "groupdict", "groups", "lastgroup", "lastindex", "pos", "re", "regs", "span", "start", "string",
    ],
  ]
}
