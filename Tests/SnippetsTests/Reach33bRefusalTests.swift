import Testing

@testable import Snippets

/// What reach33b's corpora (milaan9's Python course) showed docbuild printing where Python prints something else, now
/// refused: a refused statement that writes through the namespace `globals()`, `locals()`, `vars()` or `exec()` give
/// may rebind any name, old or new (`globals()['age'] = 25` then `print(age)` printed the old 23); the codec error
/// handlers snippets do not reproduce; a property's `__doc__` (its `doc` argument is taken and dropped, so it must
/// stay unreadable); and a refused change of a list, dict, set or object reaches the other names holding it (`b = a`
/// then a refused `a.append(…)`, a dict's views). What runs is checked against CPython in
/// `Fixtures/interpreter/153-…` to `156-reach33b-…` (`make_session33_reach33b_fixtures.py`).
struct Reach33bRefusalTests {
  /// (setup, statement, words the refusal says, its type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (">>> age = 23\n>>> globals()['age'] = 25", "age", "uses globals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> globals().update(age=25)", "age", "uses globals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> locals()['age'] = 25", "age", "uses locals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> vars()['age'] = 25", "age", "uses vars() and may rebind it", "NameError"),
    (">>> age = 23\n>>> exec('age = 30')", "age", "uses exec() and may rebind it", "NameError"),
    (">>> age = 23\n>>> globals()['a' + 'ge'] += 2", "age", "uses globals() and may rebind it", "NameError"),
    (">>> age = 23\n>>> del globals()['age']", "age", "uses globals() and may rebind it", "NameError"),
    (
      ">>> age = 23\n>>> def fill(names):\n...     names['age'] = 25\n...\n>>> fill(globals())", "age",
      "uses globals() and may rebind it", "NameError"
    ),
    // A name the refused statement may bind anew is refused too, as before.
    (">>> age = 23\n>>> globals()['height'] = 180", "height", "may bind it", "NameError"),
    ("", "'plön'.encode('ascii', 'namereplace')", "errors='namereplace') is not supported", "NotImplementedError"),
    ("", "b'pl\\xc3\\xb6n'.decode('ascii', 'surrogateescape')", "errors='surrogateescape')", "NotImplementedError"),
    ("", "b'pl\\xc3\\xb6n'.decode('ascii', 'xmlcharrefreplace')", "errors='xmlcharrefreplace')", "NotImplementedError"),
    ("", "b'pl\\xc3n'.decode('utf-8', 'ignore')", "not valid UTF-8", "NotImplementedError"),
    // A refused change of a list, dict, set or object reaches every other name holding it.
    (">>> a = [1]\n>>> b = a\n>>> a.append(help)", "b", "has no value here", "NameError"),
    (">>> d = {'a': 1}\n>>> v = d.values()\n>>> d.update(b=help)", "v", "has no value here", "NameError"),
    (">>> d = {'a': 1}\n>>> k = d.keys()\n>>> d.pop('a', help)", "k", "has no value here", "NameError"),
    (">>> s = {1}\n>>> t = s\n>>> s.add(help)", "t", "has no value here", "NameError"),
    (">>> a = [1]\n>>> holder = {'k': a}\n>>> a.append(help)", "holder", "has no value here", "NameError"),
    (">>> a = [1]\n>>> pair = (0, [a])\n>>> a.append(help)", "pair", "has no value here", "NameError"),
    (">>> inner = [1]\n>>> outer = [inner]\n>>> outer[0].append(help)", "inner", "has no value here", "NameError"),
    (
      ">>> class Box:\n...     pass\n...\n>>> box = Box()\n>>> same = box\n>>> box.size = help", "same.size",
      "has no value here", "NameError"
    ),
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
    // Fluent Python's promotions list only reads the namespace: nothing else is forgotten.
    let reads = [
      "promos = [globals()[name] for name in globals() if name.endswith('_promo')]", "print(globals())",
      "globals()", "names = sorted(globals())", "'age' in globals()", "globals().get('age')", "g = globals()",
    ]
    for read in reads {
      #expect(try RefusalProbe.output(">>> age = 23\n>>> " + read, "age") == "23", "\(read)")
    }
  }

  /// A copy, or a list that only held the same numbers, keeps its value after a refused change of the original.
  @Test func copiesSurviveARefusedChange() throws {
    #expect(try RefusalProbe.output(">>> a = [1]\n>>> c = list(a)\n>>> a.append(help)", "c") == "[1]")
    #expect(try RefusalProbe.output(">>> d = {'a': 1}\n>>> e = dict(d)\n>>> d.update(b=help)", "e") == "{'a': 1}")
    #expect(try RefusalProbe.output(">>> a = [1]\n>>> n = a[0]\n>>> a.append(help)", "n") == "1")
  }
}
