import SourceText
import Testing

@testable import Snippets

/// A class binding a special method the interpreter never calls is refused at its `class` statement: CPython would call
/// it (`__getattribute__` answering, `__del__` printing), so running the class without it could print what CPython
/// does not.
struct SpecialMethodRefusalTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    ("__getattribute__", "    def __getattribute__(self, name):\n        return 42\n"),
    ("__setattr__", "    def __setattr__(self, name, value):\n        pass\n"),
    // `__slots__` runs since session 30 (fixture 256-reach30a-slots), `__complex__` since session 31 (fixture
    // 295-lang31-number-protocols), `__new__` of a plain class since session 35 (fixture
    // 334-session35-classes-defining-new; an exception's or enum's is refused, Session35LeadRefusalTests), `__float__`
    // since session 47 (fixture 498-reach47-classes-defining-float).
    ("__index__", "    def __index__(self):\n        return 1\n"),
    ("__int__", "    def __int__(self):\n        return 1\n"),
    ("__del__", "    def __del__(self):\n        print('gone')\n"),
  ])
  func refusedWhereTheClassIsDefined(name: String, body: String) {
    let script = "x = 1\nclass C:\n" + body + "c = C()\n"
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.location.line == 2)
    #expect(result.diagnostics.first?.message.contains("class C defines \(name), which snippets do not call") == true)
  }

  @Test func honouredSpecialMethodsStillRun() {
    let transcript = """
      >>> class V:
      ...     '''A value.'''
      ...     __hash__ = None
      ...     def __init__(self, v):
      ...         self.v = v
      ...     def __iadd__(self, other):
      ...         self.v += other
      ...         return self
      ...     def __rmatmul__(self, other):
      ...         return other * self.v
      ...     def __repr__(self):
      ...         return f'V({self.v})'
      ...
      >>> w = V(1)
      >>> w += 2
      >>> w
      V(3)
      >>> 2 @ w
      6
      >>> ~V(1)
      TypeError: bad operand type for unary ~: 'V'

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test(arguments: [
    ("def f(/, a):\n    pass\n", "at least one argument must precede /"),
    ("def f(*, a, /):\n    pass\n", "/ must be ahead of *"),
    ("def f(*args, /):\n    pass\n", "/ must be ahead of *"),
    ("def f(a, /, b, /):\n    pass\n", "/ may appear only once"),
  ])
  func misplacedSlashIsCPythonsSyntaxError(script: String, message: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics.map(\.message))")
  }
}
