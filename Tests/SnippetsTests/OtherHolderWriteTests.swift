import Testing

@testable import Snippets
@testable import TensorCore

/// A write through a function's parameter (`a[i, j] = v`, `p[:, k] = v`) into an array its caller's names hold too is
/// made in the array's own memory, as NumPy makes it: the in-place writes set the other holders of the same array
/// aside while they test that nothing else holds it. A copy taken earlier still keeps its own elements. The values
/// are NumPy 2.4.6's (`Fixtures/interpreter/163-session31-writes-through-other-holders.txt` holds such writes through
/// `make_session31_fixtures.py`).
struct OtherHolderWriteTests {
  static let code = """
    def relu_in_place(a):
        for i in range(a.shape[0]):
            for j in range(a.shape[1]):
                a[i, j] = max(a[i, j], 0.0)
    def fill_column(p, k):
        p[:, k] = 7.0
    z = np.linspace(-1.0, 1.0, 12).reshape(3, 4).copy()
    alias = z
    holders = [z]
    relu_in_place(z)
    relu_in_place(alias)
    fill_column(alias, 1)
    """

  @Test func writesThroughAParameterKeepTheCallersBuffer() throws {
    let (statements, errors) = Parser.parse(Self.code)
    #expect(errors.isEmpty)
    final class Seen: @unchecked Sendable {
      var before: UnsafeRawPointer?
      var after: UnsafeRawPointer?
      var printed: [String] = []
    }
    let seen = Seen()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for (index, statement) in statements.enumerated() {
        let execution = interpreter.execute(statement, in: Array(Self.code.utf8))
        #expect(execution.error == nil, "\(statement.range): \(execution.error?.message ?? "")")
        // After the first call: its first write may copy the elements once (from memory the array shared with
        // the values it was made from); no later write may.
        if index == 5, case .tensor(let z)? = interpreter.globals["z"] { seen.before = z.storage.bufferIdentity }
      }
      if case .tensor(let z)? = interpreter.globals["z"] { seen.after = z.storage.bufferIdentity }
      seen.printed = ["z", "alias", "holders"].compactMap { interpreter.globals[$0]?.repr }
    }
    #expect(seen.before != nil && seen.before == seen.after)
    // NumPy 2.4.6's `repr(z)` after both calls; `alias` and `holders[0]` are z.
    let numpy = """
      array([[0.        , 7.        , 0.        , 0.        ],
             [0.        , 7.        , 0.09090909, 0.27272727],
             [0.45454545, 7.        , 0.81818182, 1.        ]])
      """
    #expect(seen.printed == [numpy, numpy, "[" + numpy + "]"])
  }

  /// CFD Python's time loop: each step's `un = u.copy()` records the copy's input, which holds `u`'s parts of that
  /// time; a general write made `u` again sharing their memory identity, so many later writes fell to the general
  /// write, copying the grid (lessons 6 and 7 ran into the statement's element limit). The values are checked against
  /// NumPy in `Fixtures/interpreter/163-session31-writes-through-other-holders.txt`.
  static let timeLoop = """
    u = np.ones((21, 21)) * np.arange(1.0, 22.0)
    un = u.copy()
    for j in range(1, 21):
        for i in range(1, 21):
            u[j, i] = un[j, i] - 0.5 * (un[j, i] - un[j, i - 1])
    un = u.copy()
    for j in range(1, 21):
        for i in range(1, 21):
            u[j, i] = un[j, i] - 0.5 * (un[j, i] - un[j, i - 1])
    """

  @Test func aTimeLoopCopyingTheGridWritesInPlace() throws {
    let (statements, errors) = Parser.parse(Self.timeLoop)
    #expect(errors.isEmpty)
    final class Seen: @unchecked Sendable {
      var sharesMemoryWithTheCopysInput: Bool?
    }
    let seen = Seen()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for statement in statements {
        let execution = interpreter.execute(statement, in: Array(Self.timeLoop.utf8))
        #expect(execution.error == nil, "\(statement.range): \(execution.error?.message ?? "")")
      }
      // `un`'s graph node holds `u` as it was when copied: the array written since must not stand for its memory.
      guard case .tensor(let u)? = interpreter.globals["u"], case .tensor(let un)? = interpreter.globals["un"],
        let copied = un.node?.inputs.first
      else { return }
      seen.sharesMemoryWithTheCopysInput = u.sharesLineage(with: copied)
    }
    #expect(seen.sharesMemoryWithTheCopysInput == false)
  }
}
