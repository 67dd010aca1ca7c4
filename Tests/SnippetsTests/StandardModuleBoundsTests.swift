import Testing

@testable import Snippets

/// The standard-library modules stay inside the limits: their code counts against the step budget, `deepcopy`
/// against a depth limit, and the refused modules and builtins are errors a transcript can never expect.
struct StandardModuleBoundsTests {
  /// Each statement's error line (nil when it ran), under a step budget of `budget`.
  func errors(_ code: String, budget: Int = 200_000) -> [String?] {
    BoundedRun.outcomes(code, stepBudget: budget).map(\.error)
  }

  @Test(arguments: [
    "import itertools\nfor i in itertools.count():\n    pass",
    "import itertools\nlist(itertools.cycle('ab'))",
    "from functools import lru_cache\n@lru_cache(maxsize=None)\ndef f(n):\n    return n\nfor i in range(10 ** 9):\n    f(i)",
  ])
  func endlessIteratorsStopAtTheBudget(code: String) {
    let last = errors(code).last ?? nil
    #expect(last?.hasPrefix("RuntimeError: step budget exhausted") == true, "\(String(describing: last))")
  }

  @Test func deepCopyOfADeepNestingIsALimit() {
    let lines = errors(
      "import copy\nclass N:\n    def __init__(self, n):\n        self.n = n\nx = None\nfor i in range(300):\n"
        + "    x = N(x)\ncopy.deepcopy(x)")
    #expect(lines.last??.hasPrefix("RecursionError: maximum recursion depth exceeded") == true)
  }

  @Test func refusedNamesAndModulesSayWhy() {
    let (_, syntaxErrors) = Parser.parse("import time\nimport pathlib\nfrom json import dumps\n")
    #expect(syntaxErrors.count == 3)
    #expect(syntaxErrors.allSatisfy { $0.message.contains("is not available in snippets") })
    let lines = errors("id(1)\nhash('a')\npi")
    #expect(lines[0]?.hasPrefix("NameError: name 'id' is not defined: Python's id() is not part") == true)
    #expect(lines[1]?.hasPrefix("TypeError: snippets compute hash() of numbers and tuples of them only") == true)
    #expect(lines[2] == "NameError: name 'pi' is not defined")
  }

  @Test func moduleCodeDoesNotSeeTheChaptersNames() {
    // A chapter that shadows builtins the modules use still gets CPython's results.
    let lines = errors(
      "len = 5\nsorted = None\nfrom collections import Counter\nc = Counter('abca')\nassert c.most_common(1) == [('a', 2)]"
    )
    #expect(lines == [nil, nil, nil, nil, nil])
  }
}

extension StandardModuleBoundsTests {
  /// A namedtuple is the tuple of its items as a key (checked against CPython in fixture 161); a subclass defining
  /// `__eq__` or `__hash__` is refused, since docbuild's dicts do not call them.
  @Test func namedtupleKeysAreTheirItemsOrRefused() {
    let lines = errors(
      "from collections import namedtuple\nP = namedtuple('P', 'x y')\nd = {P(1, 2): 'a'}\nassert d[(1, 2)] == 'a'\n"
        + "class Q(P):\n    def __eq__(self, other):\n        return True\nd = {Q(1, 2): 'a'}")
    #expect(lines[2] == nil && lines[3] == nil)
    #expect(lines.last??.hasPrefix("TypeError: a namedtuple subclass defining __eq__ or __hash__ cannot be") == true)
  }
}
