import Testing

@testable import Snippets
@testable import TensorCore

/// `a[mask] = number` with a mask of the array's whole shape is written in the array's own memory, by its name and
/// through a function's parameter that another name holds too (`Interpreter.writeMaskInPlace`): the general write
/// made a new array of its size at every write. The values are NumPy 2.4.6's; fixture interpreter/516
/// (`make_session60_fixtures.py`) holds the cases where each path is taken.
struct MaskFillInPlaceTests {
  static let code = """
    a = np.random.default_rng(0).standard_normal((4, 5))
    a[a > 0] = 0
    a[a < -1] = -1
    alias = a
    def clear(p):
        p[p < -0.5] = 0.25
    clear(alias)
    """

  @Test func writesKeepTheArraysBuffer() throws {
    let (statements, errors) = Parser.parse(Self.code)
    #expect(errors.isEmpty)
    final class Seen: @unchecked Sendable {
      var buffers: [UnsafeRawPointer?] = []
      var printed: [String] = []
    }
    let seen = Seen()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      for statement in statements {
        let execution = interpreter.execute(statement, in: Array(Self.code.utf8))
        #expect(execution.error == nil, "\(statement.range): \(execution.error?.message ?? "")")
        if case .tensor(let a)? = interpreter.globals["a"] { seen.buffers.append(a.storage.bufferIdentity) }
      }
      seen.printed = ["a", "alias"].compactMap { interpreter.globals[$0]?.repr }
    }
    // Made by the first statement, the buffer is the same after every write.
    #expect(seen.buffers.count == statements.count)
    #expect(seen.buffers.first! != nil && seen.buffers.allSatisfy { $0 == seen.buffers.first! })
    // NumPy 2.4.6's `repr(a)` after the writes; `alias` is a.
    let numpy = """
      array([[ 0.        , -0.13210486,  0.        ,  0.        ,  0.25      ],
             [ 0.        ,  0.        ,  0.        ,  0.25      ,  0.25      ],
             [ 0.25      ,  0.        ,  0.25      , -0.21879166,  0.25      ],
             [ 0.25      ,  0.25      , -0.31630016,  0.        ,  0.        ]])
      """
    #expect(seen.printed == [numpy, numpy])
  }
}
