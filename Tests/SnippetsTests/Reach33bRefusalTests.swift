import Testing

@testable import Snippets

/// What reach33b's corpora (milaan9's Python course) showed docbuild printing where Python prints something else, now
/// refused: a refused statement that writes through the namespace `globals()`, `locals()`, `vars()` or `exec()` give
/// may rebind any name, old or new (`globals()['age'] = 25` then `print(age)` printed the old 23); the codec error
/// handlers snippets do not reproduce; a property's `__doc__` (its `doc` argument is taken and dropped, so it must
/// stay unreadable). What runs is checked against CPython in `Fixtures/interpreter/153-…` and `154-reach33b-…`
/// (`make_session33_reach33b_fixtures.py`).
struct Reach33bRefusalTests {
  /// (setup, statement, words the refusal says, its type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> age = 23\n>>> globals()['age'] = 25", "age", "uses globals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> globals().update(age=25)", "age", "uses globals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> locals()['age'] = 25", "age", "uses locals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> vars()['age'] = 25", "age", "uses vars() and may rebind it", "NameError"),
    (">>> age = 23\n>>> exec('age = 30')", "age", "uses exec() and may rebind it", "NameError"),
    // A name the refused statement may bind anew is refused too, as before.
    (">>> age = 23\n>>> globals()['height'] = 180", "height", "may bind it", "NameError"),
    ("", "'plön'.encode('ascii', 'namereplace')", "errors='namereplace') is not supported", "NotImplementedError"),
    ("", "b'pl\\xc3\\xb6n'.decode('ascii', 'surrogateescape')", "errors='surrogateescape')", "NotImplementedError"),
    ("", "b'pl\\xc3\\xb6n'.decode('ascii', 'xmlcharrefreplace')", "errors='xmlcharrefreplace')", "NotImplementedError"),
    ("", "b'pl\\xc3n'.decode('utf-8', 'ignore')", "not valid UTF-8", "NotImplementedError"),
    ("", "complex('\u{FF11}\u{FF12}')", "complex() of a string with characters past ASCII", "NotImplementedError"),
    (">>> P = property(lambda self: 1, None, None, 'the doc')", "P.__doc__", "__doc__", "NotImplementedError"),
  ]

  @Test(arguments: refused)
  func beyondReach33bIsRefused(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// A module keeps its value after such a refusal (a write through globals() rarely rebinds one), so NumPy stays
  /// usable; a name bound after it has its own value.
  @Test func modulesAndLaterNamesSurviveANamespaceWrite() throws {
    try RefusalProbe.expectComputed(">>> import math\n>>> age = 23\n>>> globals()['age'] = 25", "np.zeros(2)")
    try RefusalProbe.expectComputed(">>> import math\n>>> globals()['age'] = 25", "math.sqrt(4.0)")
    #expect(try RefusalProbe.output(">>> globals()['age'] = 25\n>>> age = 30", "age") == "30")
  }
}
