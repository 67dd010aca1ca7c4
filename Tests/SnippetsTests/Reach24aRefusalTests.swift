import Testing

@testable import Snippets

/// What the reach probe's session-24 corpora (Chris Albon's notes, Pierian Data's bootcamp) showed docbuild printing
/// without Python's side effects, now refused by name: dropping a value a refused statement left unknown once a class
/// defining `__del__` was refused (Python runs that `__del__`, which may print), a defaultdict that a refused
/// statement read (reading a missing key inserts it), and `reversed()` of a snippet object through `__len__` and
/// `__getitem__` (CPython asks `__len__` again for list()'s length hint). What docbuild now runs is checked against
/// CPython in `Fixtures/interpreter/120-reach24a-deques-and-collections.txt` and
/// `121-reach24a-power-messages-and-reversed.txt`.
struct Reach24aRefusalTests {
  static let book = """
    >>> class Book:
    ...     def __init__(self, title):
    ...         print("A book is created")
    ...     def __del__(self):
    ...         print("A book is destroyed")
    ...
    >>> book = Book("Python Rocks!")
    """

  static let sequence = """
    >>> class S:
    ...     def __len__(self):
    ...         print('len')
    ...         return 3
    ...     def __getitem__(self, i):
    ...         return i * 10
    ...
    """

  /// (setup, statement, words the refusal says, its Python type).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (book, "del book", "rebinding or deleting it may run the __del__ defined on line 1", "NameError"),
    (book, "book = 3", "rebinding or deleting it may run the __del__", "NameError"),
    (book, "book, other = 1, 2", "name 'book' has no value here", "NameError"),
    (book, "for book in range(2): pass", "may run the __del__", "NameError"),
    (
      ">>> import sys\n>>> from collections import defaultdict\n>>> dd = defaultdict(list)\n"
        + ">>> x = (sys.platform, dd['new'])",
      "dd", "name 'dd' has no value here: the statement on line 4", "NameError"
    ),
    (
      ">>> import sys\n>>> from collections import defaultdict\n>>> held = [defaultdict(int)]\n"
        + ">>> x = (sys.platform, held[0]['k'])",
      "held", "name 'held' has no value here", "NameError"
    ),
    (
      sequence, "list(reversed(S()))", "reversed() of a 'S' object through __len__ and __getitem__",
      "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// Echoing an object whose class has no `__repr__` shows CPython's text with `0x…` for its address (any address
  /// matches it) and forgets nothing: the bootcamp's `two_hearts` and `mydeck.all_cards[0]` print with `print()` next.
  @Test func anEchoOfAnAddressForgetsNothing() throws {
    let setup = """
      >>> class Card:
      ...     def __init__(self, rank):
      ...         self.rank = rank
      ...     def __str__(self):
      ...         return 'card ' + self.rank
      ...
      >>> two = Card('Two')
      >>> two
      >>> f = lambda x: x
      >>> f
      >>> hand = [two]
      >>> hand[0]
      >>> hand
      """
    let outputs = RefusalProbe.outputs(of: RefusalProbe.transcript(setup, "print(two, two.rank, f(3), hand[0].rank)"))
    #expect(outputs[2] == "<__main__.Card object at 0x…>", "\(outputs)")
    #expect(outputs[4] == "<function <lambda> at 0x…>", "\(outputs)")
    #expect(outputs[7] == "[<__main__.Card object at 0x…>]", "\(outputs)")
    #expect(outputs.last == "card Two Two 3 Two", "\(outputs)")
  }

  /// A name set before the class with `__del__` was refused, or one holding a known value, drops its value freely.
  @Test func knownAndEarlierNamesRebindFreely() throws {
    let setup =
      ">>> import sys\n>>> early = sys.platform\n" + Self.book.replacingOccurrences(of: ">>> book", with: ">>> later")
    #expect(try RefusalProbe.output(setup, "early = 1") == "")
    #expect(try RefusalProbe.output(setup + "\n>>> known = 2", "del known") == "")
  }
}
