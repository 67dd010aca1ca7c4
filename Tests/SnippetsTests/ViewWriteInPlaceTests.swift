import Testing

@testable import Snippets

/// Writes into a view whose base nothing else holds (`np.arange(n).reshape(r, c)`) are made in place, the base's
/// memory taking each element at the view's strides (`Tensor.writeInPlace`), in the block that made the view and in
/// later blocks (the session hands its interpreter to the running block instead of keeping a copy holding every
/// value). The general write charges each write the whole view and its base against the statement's work limit, so a
/// loop of writes into a large view ran out of it (and for minutes): these loops finish only when the writes are in
/// place. The values the writes leave are NumPy's (fixture interpreter/355 holds the small cases).
struct ViewWriteInPlaceTests {
  /// A (1000, 1000) int view, written 3,000 times one element at a time and 2,000 times a slice at a time: the
  /// general write charged about 3 × 10^6 element operations per write, past the 2^32 limit within 1,500 writes.
  static let writes = [
    "for k in range(3000):\n    a[k % 1000, k % 7] = k",
    "for k in range(2000):\n    a[k % 1000, 10:13] = np.array([k, -k, 2 * k])",
  ]

  /// What NumPy 2.4.6 prints after the same writes (`k % 1000 = 999` for k = 999, 1999, 2999, in columns 5, 4, 3;
  /// the second pass of slice writes leaves row r's columns 10 to 12 as k, -k, 2k for k = r + 1000).
  static let checks = [
    ("a[999, 5]", "np.int64(999)"),
    ("a[999, 3]", "np.int64(2999)"),
    ("a[998, 11]", "np.int64(-1998)"),
    ("a.base[998 * 1000 + 12]", "np.int64(3996)"),
    ("int(a.base[:1000].sum())", "504456"),
    ("int(a.sum())", "497009955506"),
  ]

  @Test func writesInTheBlockThatMadeTheView() throws {
    let session = SnippetSession()
    let code = "a = np.arange(1000 * 1000).reshape(1000, 1000)\n" + Self.writes.joined(separator: "\n") + "\n"
    let run = session.check(Snippet(text: code, origin: .init(line: 1, column: 1)))
    #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
    try expectValues(in: session)
  }

  @Test func writesInALaterBlock() throws {
    let session = SnippetSession()
    let made = session.check(
      Snippet(text: "a = np.arange(1000 * 1000).reshape(1000, 1000)\n", origin: .init(line: 1, column: 1)))
    #expect(made.diagnostics.isEmpty)
    for (number, write) in Self.writes.enumerated() {
      let run = session.check(Snippet(text: write + "\n", origin: .init(line: 10 * (number + 1), column: 1)))
      #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
    }
    try expectValues(in: session)
  }

  private func expectValues(in session: SnippetSession) throws {
    for (statement, expected) in Self.checks {
      let run = session.check(Snippet(text: ">>> \(statement)", origin: .init(line: 100, column: 1)))
      #expect(run.statements.last?.output == expected, "\(statement)")
    }
  }
}
