import Testing

@testable import Snippets

/// `a.reshape(ints…)` written as a call reads its ints straight into the shape (`shapeArguments`), without a list of
/// argument values; any other argument sends it to the general path with every argument read once, in order. Held
/// here to the general path itself, the same call through a bound method (`m = a.reshape; m(…)`), which other tests
/// hold to NumPy: the same printed shapes, strides, bases, flags, elements, argument side effects and errors.
@Suite struct ReshapeArgumentsTests {
  /// The arguments tried: ints of the shared lists' tables and past them, an inferred extent, a wrong count, ints
  /// with side effects, and arguments that are not Python ints at each position.
  static let arguments = [
    "5, 20", "100", "2, 5, 10", "2, 5, 2, 5", "-1, 20", "5, -1", "1, 100", "100, 1", "3, 7", "40, 40", "300, 1",
    "f(4), f(25)", "f(4), f(25.0)", "f(4.0), f(25)", "f(4), f((25,))", "f(2), f(5), f(10)", "f(2), f(5), f(10.0)",
    "f(2), f(5.0), f(10)", "True, 100", "np.int64(5), 20", "5, np.int64(20)", "(5, 20)", "[5, 20]", "f(-2), f(-2)",
  ]

  static let setup = """
    import numpy as np
    a = np.linspace(0.0, 1.0, 100).reshape(10, 10)
    o = np.arange(100.0)
    m_a = a.reshape
    m_o = o.reshape
    def f(x):
        print('argument', x)
        return x
    def show(c, source):
        print(c.shape, c.strides, c.base is source, c.flags.owndata, c.flags.c_contiguous, c.ravel()[:3])

    """

  /// Everything a script prints, statement by statement.
  static func printed(_ script: String) -> String {
    let result = SnippetSession().run(Snippet(text: script, origin: .init(line: 1, column: 1)))
    return result.statements.map(\.output).joined(separator: "\n")
  }

  /// The script that calls `call` (`a.reshape` or `m`) with `arguments` on a view and on an owner, at the top level,
  /// in a loop and in a function, printing the result or the error.
  static func script(_ call: (String) -> String, _ arguments: String) -> String {
    var text = setup
    for (name, source) in [("a", "a"), ("o", "o")] {
      let bound = call(name)
      text += """
        try:
            show(\(bound)(\(arguments)), \(source))
        except Exception as e:
            print(type(e).__name__, e)
        for _ in range(2):
            try:
                show(\(bound)(\(arguments)), \(source))
            except Exception as e:
                print(type(e).__name__, e)
        def g():
            try:
                show(\(bound)(\(arguments)), \(source))
            except Exception as e:
                print(type(e).__name__, e)
        g()

        """
    }
    return text
  }

  @Test(arguments: arguments)
  func reshapeCallMatchesTheBoundMethod(arguments: String) {
    let direct = Self.printed(Self.script({ "\($0).reshape" }, arguments))
    let bound = Self.printed(Self.script({ "m_\($0)" }, arguments))
    #expect(!direct.isEmpty)
    #expect(direct == bound, "a.reshape(\(arguments))")
  }
}
