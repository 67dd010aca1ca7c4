import Testing

@testable import Snippets

/// A refused statement stops where docbuild refused it, but Python would have run the rest: the calls after that point
/// (and the rest of a snippet function it called) may push onto a heap, insert into a sorted list, set an attribute,
/// take items from an iterator, or change NumPy's print options or error modes. What they change is unknown
/// afterwards, and reading it is refused rather than shown as it was before (each of these printed the old value).
/// `id()` refuses each statement here before the call after it runs.
struct RefusedStatementEffectsTests {
  /// (setup, the refused statement, the later statement that must be refused, words its refusal says).
  static let forgotten: [(setup: String, refused: String, later: String, words: String)] = [
    (">>> import heapq\n>>> h = [3, 1]", "id(h) and heapq.heappush(h, 0)", "h", "name 'h' has no value here"),
    (">>> from heapq import heapify\n>>> h = [3, 1]", "id(h) and heapify(h)", "h", "name 'h' has no value here"),
    (">>> import bisect\n>>> b = [1, 5]", "id(b) and bisect.insort(b, 3)", "b", "name 'b' has no value here"),
    (
      ">>> import collections\n>>> c = collections.Counter('aab')", "id(c) and c.subtract('a')", "c",
      "name 'c' has no value here"
    ),
    (
      ">>> import collections\n>>> od = collections.OrderedDict(a=1, b=2)", "id(od) and od.move_to_end('a')", "od",
      "name 'od' has no value here"
    ),
    (">>> class A: pass\n>>> o = A()", "id(o) and setattr(o, 'x', 1)", "o.x", "name 'o' has no value here"),
    (">>> import operator\n>>> d = {}", "id(d) and operator.setitem(d, 'a', 1)", "d", "name 'd' has no value here"),
    (">>> it = iter([1, 2, 3])", "id(it) and next(it)", "next(it)", "name 'it' has no value here"),
    (">>> it = iter([1, 2, 3])", "id(it) and list(it)", "next(it)", "name 'it' has no value here"),
    (">>> g = (i for i in range(3))", "id(g) and sum(g)", "list(g)", "name 'g' has no value here"),
    (">>> z = zip([1, 2], [3, 4])", "id(z) and next(z)", "list(z)", "name 'z' has no value here"),
    // Inside a snippet function the refusal comes first, and the rest of the body would have run in Python.
    (
      ">>> import heapq\n>>> h = [3, 1]\n>>> def g(q):\n...     x = id(q)\n...     heapq.heappush(q, 0)\n...", "g(h)",
      "h", "name 'h' has no value here"
    ),
    (
      ">>> it = iter([1, 2])\n>>> def k():\n...     x = id(it)\n...     return next(it)\n...", "k()", "next(it)",
      "name 'it' has no value here"
    ),
    // A nested function changing its enclosing frame answers differently when called again.
    (
      ">>> def make_counter():\n...     n = 0\n...     def inc():\n...         nonlocal n\n...         n += 1\n"
        + "...         return n\n...     return inc\n...\n>>> c = make_counter()", "id(c) and c()", "c()",
      "name 'c' has no value here"
    ),
    (
      ">>> def make():\n...     items = []\n...     def add(x):\n...         items.append(x)\n...         return items\n"
        + "...     return add\n...\n>>> a = make()", "id(a) and a(1)", "a(2)", "name 'a' has no value here"
    ),
    // A classmethod writing its class, and class state read through an instance.
    (
      ">>> class A:\n...     count = 0\n...     @classmethod\n...     def bump(cls):\n...         cls.count += 1\n...",
      "id(A) and A.bump()", "A.count", "name 'A' has no value here"
    ),
    (
      ">>> class C:\n...     total = []\n...     def add(self, v):\n...         C.total.append(v)\n...\n>>> cc = C()",
      "id(cc) and cc.add(1)", "cc.total", "name 'cc' has no value here"
    ),
    // Instance methods writing class state: through type(self) or self.__class__, or into a mutable class attribute
    // every instance shares (the Python tutorial's `tricks = []`).
    (
      ">>> class A:\n...     count = 0\n...     def __init__(self):\n...         self.__class__.count += 1\n...\n"
        + ">>> a1 = A()", "id(a1) and A()", "a1.count", "name 'a1' has no value here"
    ),
    (
      ">>> class B:\n...     n = 0\n...     def bump(self):\n...         type(self).n += 1\n...\n>>> b = B()\n"
        + ">>> b2 = B()", "id(b) and b.bump()", "b2.n", "name 'b2' has no value here"
    ),
    (
      ">>> class Dog:\n...     tricks = []\n...     def add_trick(self, trick):\n...         self.tricks.append(trick)\n"
        + "...\n>>> d = Dog()\n>>> e = Dog()", "id(d) and d.add_trick('roll over')", "e.tricks",
      "name 'e' has no value here"
    ),
  ]

  @Test(arguments: forgotten)
  func whatTheRestMayChangeIsForgotten(setup: String, refused: String, later: String, words: String) throws {
    try RefusalProbe.expectRefused(setup + "\n>>> " + refused, later, saying: words, as: "NameError")
  }

  /// NumPy's print options and error modes, set by the part Python ran and docbuild did not.
  static let unknownState: [(setup: String, later: String, words: String)] = [
    (">>> id(np) and np.set_printoptions(precision=2)", "np.array([1.23456])", "may change NumPy's print options"),
    (
      ">>> def f(a):\n...     x = id(a)\n...     np.set_printoptions(precision=2)\n...\n>>> f(1)",
      "np.array([1.23456])", "may change NumPy's print options"
    ),
    (">>> id(np) and np.seterr(all='raise')", "np.array([1.0]) / 0", "may change NumPy's error modes"),
    (
      ">>> def f(a):\n...     x = id(a)\n...     np.seterr(divide='raise')\n...\n>>> f(1)", "np.array([1.0]) / 0",
      "may change NumPy's error modes"
    ),
    // A generator stopped at a yield inside `with np.printoptions(…)` holds NumPy's options as it set them.
    (
      ">>> def gen():\n...     with np.printoptions(precision=1):\n...         yield 1\n...         yield 2\n...\n"
        + ">>> g = gen()\n>>> next(g)", "np.array([1.23456])", "which was refused and may change NumPy's"
    ),
    // Giving some of the modes is not enough: the refused call may have set the others.
    (">>> id(np) and np.seterr(all='raise')\n>>> np.seterr(divide='ignore')", "np.array([1.0]) / 0", "np.seterr"),
  ]

  @Test(arguments: unknownState)
  func unknownOptionsRefuseLaterStatements(setup: String, later: String, words: String) throws {
    try RefusalProbe.expectRefused(">>> import numpy as np\n" + setup, later, saying: words)
  }

  /// A call giving every error mode makes them known again; a refused statement that changes nothing leaves its
  /// names known.
  @Test func knownAgainAfterTheyAreGiven() throws {
    let afterSeterr = try RefusalProbe.output(
      ">>> import numpy as np\n>>> id(np) and np.seterr(all='raise')\n>>> old = np.seterr(all='ignore')",
      "np.array([1.0]) / 0")
    #expect(!afterSeterr.contains("Error"), "\(afterSeterr)")
    let unchanged = try RefusalProbe.output(">>> h = [3, 1]\n>>> id(h) and len(h)", "h")
    #expect(!unchanged.contains("Error"), "\(unchanged)")
    // An instance attribute bound through self is the instance's own: the other instances keep theirs.
    let own = try RefusalProbe.output(
      ">>> class P:\n...     tags = []\n...     def rename(self, n):\n...         self.tags = [n]\n...\n"
        + ">>> p = P()\n>>> q = P()\n>>> id(p) and p.rename('x')", "q.tags")
    #expect(!own.contains("Error"), "\(own)")
  }
}

/// docbuild's own bounds are refusals, never Python errors a snippet's `except` could catch or a transcript expect:
/// Python would have run on (each of these was a ValueError, TypeError or MemoryError an `except` caught).
struct LimitsAreNotPythonErrorsTests {
  @Test(arguments: [
    // Nesting past 64 levels (Python nests as deep as memory allows).
    "try:\n...     a = []\n...     for i in range(100):\n...         a = [a]\n... except ValueError:\n...     print('caught')\n...",
    "try:\n...     d = {}\n...     for i in range(100):\n...         d = {'k': d}\n... except Exception:\n...     print('caught')\n...",
    // random.shuffle of an array (Python shuffles any mutable sequence).
    "import random\n>>> try:\n...     random.shuffle(np.arange(3))\n... except TypeError:\n...     print('caught')\n...",
  ])
  func aBoundIsRefusedNotCaught(code: String) throws {
    let output = try RefusalProbe.unacceptedOutput(">>> import numpy as np", code)
    #expect(!output.contains("caught"), "\(output)")
    #expect(output.contains("NotImplementedError: "), "\(output)")
  }

  @Test func theObjectBudgetIsRefusedNotCaught() {
    let code = "class P:\n    pass\ntry:\n    xs = [P() for _ in range(2000)]\nexcept MemoryError:\n    pass\n"
    let errors = BoundedRun.errors(code, stepBudget: 100_000, objectBudget: 1000)
    #expect(
      errors.map(\.line) == ["MemoryError: snippets may hold at most 1000 object attributes and objects per statement"])
  }
}
