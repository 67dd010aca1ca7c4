/// How CPython 3.11 prints a module: a frozen or built-in one by its name alone, any other with its file's path.
enum ModuleText {
  /// CPython's repr of the module docbuild calls `name`, or nil when CPython's names the module's file, whose path
  /// depends on the machine (and whether `math` is built in or a shared library depends on the build).
  static func repr(_ name: String) -> String? {
    switch name {
    case "os", "io": "<module '\(name)' (frozen)>"
    case "os.path": "<module 'posixpath' (frozen)>"
    case "sys", "itertools", "builtins": "<module '\(name)' (built-in)>"
    default: nil
    }
  }

  /// The refusal to print a module CPython shows with its file's path.
  static func pathRefusal(_ name: String) -> PythonError {
    PythonError.limit(
      "the module \(name) is not shown: Python prints it with the path of its file (`<module '\(name)' from "
        + "'…'>`), which differs between machines; print one of its names instead")
  }
}
