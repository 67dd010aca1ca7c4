import SourceText
import Testing

@testable import Snippets

/// Classes, sets and `with` stay inside the interpreter's bounds, and what CPython prints differently on every run
/// (an object's address, a set's hash order) is refused with a diagnostic rather than guessed.
struct ClassBoundsTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  /// Runs a script through an interpreter with small budgets, returning each statement's error line and location.
  private func errors(_ code: String) -> [(line: String, at: Int?)] {
    BoundedRun.errors(code, stepBudget: 100_000, objectBudget: 1000)
  }

  /// Each script fails once, with an error line that starts as given, at the given line (the top-level statement,
  /// or inside a function the line in the function).
  @Test(arguments: [
    // Special methods that recurse forever: the depth limit, never a stack overflow.
    ("class L:\n    def __repr__(self):\n        return repr(self)\nL()\n", "RecursionError", 3),
    ("class G:\n    def __getitem__(self, i):\n        return self[i]\nG()[0]\n", "RecursionError", 3),
    ("class A:\n    def __add__(self, o):\n        return self + o\nA() + 1\n", "RecursionError", 3),
    ("class S:\n    def __str__(self):\n        return str(self)\nprint(S())\n", "RecursionError", 3),
    ("class I:\n    def __init__(self):\n        I()\nI()\n", "RecursionError", 3),
    ("class E:\n    def __eq__(self, o):\n        return self == o\nE() == 1\n", "RecursionError", 3),
    ("class B:\n    def __len__(self):\n        return len(self)\nbool(B())\n", "RecursionError", 3),
    // An iteration protocol that never ends: the step budget.
    ("class C:\n    def __getitem__(self, i):\n        return i\nlist(C())\n", "RuntimeError: step budget", 4),
    // Objects made in a loop: the object budget, before memory runs out.
    ("class P:\n    pass\nxs = [P() for _ in range(10 ** 8)]\n", "MemoryError: snippets may hold at most 1000", 3),
    ("class P:\n    pass\np = P()\nfor i in range(5000):\n    p.a = P()\n", "MemoryError", 4),
    // What CPython prints with an address, or in hash order, used as a value: refused, not guessed (printed, any
    // address or order matches: VariableTextTests).
    ("class P:\n    pass\ntext = str(P())\n", "NotImplementedError: a P object prints as", 3),
    ("class P:\n    pass\ntext = repr([P()])\n", "NotImplementedError: a P object prints as", 3),
    ("text = str({'b', 'a'})\n", "NotImplementedError: this set prints in CPython's hash-table order", 1),
    (
      "s = {'a', 'b', 'c'}\ns.remove('b')\ntext = f'{s}'\n",
      "NotImplementedError: this set prints in CPython's hash-table",
      3
    ),
    (
      "text = str({'x', 'y'}.difference(['y']) | {'w'})\n",
      "NotImplementedError: this set prints in CPython's hash-table order", 1
    ),
    // NaN identity (which decides `[x] == [x]` and `x in [x]` in CPython) and timsort's merges with NaN: refused.
    ("nan = float('nan')\nprint([nan] == [nan])\n", "NotImplementedError: comparing containers that hold NaN", 2),
    ("nan = float('nan')\nprint(nan in [1.0, nan])\n", "NotImplementedError: comparing containers that hold NaN", 2),
    ("nan = float('nan')\nprint(sorted([nan] + list(range(70))))\n", "NotImplementedError: sorting 64 or more", 2),
    // autograd raises ZeroDivisionError for some Python float inputs where NumPy gives inf: refused.
    ("from autograd import grad\nprint(grad(lambda x: x ** 0.5)(0.0))\n", "NotImplementedError: this derivative", 2),
    // A context manager's `__exit__` cannot swallow a limit.
    (
      "class Q:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return True\n"
        + "with Q():\n    while True:\n        pass\n",
      "RuntimeError: step budget", 6
    ),
  ])
  func boundedOrRefused(script: String, message: String, line: Int) {
    let found = errors(script)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.line.hasPrefix(message) == true, "\(found)")
    #expect(found.first?.at == line, "\(found)")
  }

  /// The default repr echoed matches CPython's text with any address; another class's name does not.
  @Test func theDefaultReprMatchesAnyAddress() {
    let result = run(">>> class P:\n...     pass\n...\n>>> P()\n<__main__.P object at 0x7f0000000000>\n")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let other = run(">>> class P:\n...     pass\n...\n>>> P()\n<__main__.Q object at 0x7f0000000000>\n")
    #expect(other.diagnostics.count == 1)
    #expect(other.diagnostics.first?.message.contains("output does not match") == true, "\(other.diagnostics)")
  }

  /// CPython's set order for ints, replayed through its table rules (values checked against CPython 3.11.7).
  @Test func setOrderFollowsCPythonsTable() throws {
    let transcript = """
      >>> {1, 9, 17, 25}
      {1, 17, 25, 9}
      >>> s = set()
      >>> for v in [1, 9, 17, 25]:
      ...     s.add(v)
      ...
      >>> s
      {1, 25, 9, 17}
      >>> set(range(12, 0, -1))
      {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
      >>> {-5, 3, 100, 64}
      {64, 3, 100, -5}

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  /// An object whose method closes over it (micrograd's `out._backward`) is a reference cycle; resetting the
  /// namespace (a `fresh` block, or the chapter's end) frees it instead of leaking it for the rest of the build.
  @Test func cyclesAreBrokenWhenTheNamespaceIsReset() throws {
    let code = """
      class V:
          def __init__(self):
              def back():
                  return self
              self.back = back
      v = V()
      """
    let (statements, errors) = Parser.parse(code)
    #expect(errors.isEmpty)
    final class Box: @unchecked Sendable { weak var object: ObjectBox? }
    let box = Box()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for statement in statements { _ = interpreter.execute(statement, in: Array(code.utf8)) }
      if case .object(let object)? = interpreter.globals["v"] { box.object = object }
      #expect(box.object != nil)
      interpreter.resetNamespace()
    }
    #expect(box.object == nil)
  }

  /// The registry lists objects by position, the last one taking a freed one's place: objects freed out of the order
  /// they were made (the middle of a list, then every other one) leave the rest listed where they are, so resetting
  /// the namespace still frees every cycle among them. Sums fixed by arithmetic.
  @Test func objectsFreedOutOfOrderLeaveTheRestListed() throws {
    let code = """
      class P:
          def __init__(self, k):
              self.k = k
      class V:
          def __init__(self, k):
              self.k = k
              def back():
                  return self
              self.back = back
      ps = [P(k) for k in range(40)]
      vs = [V(k) for k in range(10)]
      qs = [P(k) for k in range(40, 60)]
      del ps[10:30]
      ps = ps[::-1]
      del ps[5]
      total = sum([p.k for p in ps + qs])
      del qs[::2]
      ks = [v.back().k for v in vs] + [q.k for q in qs]
      """
    let (statements, errors) = Parser.parse(code)
    #expect(errors.isEmpty)
    final class Boxes: @unchecked Sendable { var objects: [Weak] = [] }
    final class Weak: @unchecked Sendable {
      weak var object: ObjectBox?
      init(_ object: ObjectBox) { self.object = object }
    }
    let boxes = Boxes()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for statement in statements { _ = interpreter.execute(statement, in: Array(code.utf8)) }
      #expect(interpreter.globals["total"]?.repr == "1346")
      let expected = (0..<10).map(String.init) + stride(from: 41, to: 60, by: 2).map(String.init)
      #expect(interpreter.globals["ks"]?.repr == "[\(expected.joined(separator: ", "))]")
      if case .list(let list)? = interpreter.globals["vs"] {
        for case .object(let object) in list.items { boxes.objects.append(Weak(object)) }
      }
      #expect(boxes.objects.count == 10)
      interpreter.resetNamespace()
    }
    #expect(boxes.objects.allSatisfy { $0.object == nil })
  }
}
