import SourceText
import TestSupport
import Testing

@testable import Snippets
@testable import TensorCore

/// A chapter's memory budget, statement budgets and output limit, driven through a session as a chapter is.
struct ResourceLimitTests {
  private func run(_ marked: String, in session: SnippetSession, options: SnippetOptions = SnippetOptions())
    -> (CheckedBlock, Marked)
  {
    let text = Marked(marked)
    return (
      session.check(Snippet(text: text.text, origin: SourcePosition(line: 1, column: 1), options: options)), text
    )
  }

  private func locations(_ result: CheckedBlock) -> [SourcePosition] { result.diagnostics.map(\.location) }

  private func expected(_ text: Marked) -> [SourcePosition] {
    text.marks.map { SourcePosition(line: $0.line, column: $0.column) }
  }

  @Test func runningOutOfMemoryEndsTheChapterAtTheStatement() {
    let session = SnippetSession(memoryLimit: 1 << 20)
    let (result, text) = run("x = np.ones((100000,))\n1️⃣y = x * 2.0\nprint('not reached')\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(
      result.diagnostics.first?.message.hasPrefix("MemoryError: the chapter's arrays would take more than 1 MiB")
        == true)
    let (later, _) = run(">>> print(1)\n1\n", in: session)
    #expect(later.statements.isEmpty)
    #expect(later.diagnostics.isEmpty)
  }

  @Test func aTranscriptStopsAtTheStatementThatRanOutOfMemory() {
    let session = SnippetSession(memoryLimit: 1 << 20)
    let (result, text) = run(">>> x = np.ones((100000,))\n>>> 1️⃣y = x + x\n>>> print(1)\n1\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(result.statements.count == 2)
  }

  @Test func aLoopWritingOneElementAtATimeStaysWithinTheBudget() {
    // Each write is a new 8 KB buffer, and on a gradient path it keeps the one it replaced as its history: 1,000
    // writes are 8 MB charged in one statement. Measured (and pruned) between the loop's passes, the chapter holds
    // one array and fits in 1 MiB; it ran out of memory before (Dive into Deep Learning with Python's naive_relu).
    let session = SnippetSession(memoryLimit: 1 << 20)
    let script =
      "x = np.zeros((1000,))\nfor i in range(10):\n    for j in range(100):\n        x[j] = i + j\n"
      + "print(x[:3], x.sum())\n"
    let (result, _) = run(script, in: session)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "[ 9. 10. 11.] 5850.0")
  }

  @Test func elementWritesIntoALargeArrayAllocateNothing() {
    // The array is 800 KB of a 1 MiB budget: each write used to make it again (and keep the old one as the write's
    // history), so a function's loop of writes ran out of memory where NumPy writes in place.
    let session = SnippetSession(memoryLimit: 1 << 20)
    let script =
      "def fill(n):\n    a = np.zeros((100000,))\n    for i in range(n):\n        a[i] = i\n        a[i] += 0.5\n"
      + "    return a\nx = fill(300)\nfor i in range(300, 400):\n    x[i] = i + 0.5\nprint(x[:3], x.sum())\n"
    let (result, _) = run(script, in: session)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "[0.5 1.5 2.5] 80000.0")
  }

  @Test func elementWritesOfValuesReadFromTheArrayItselfStayInPlace() {
    // Deep Learning with Python's naive_relu and naive_add: each value written was read from the array (or another),
    // and that read's history held the array, so every write copied it (80 KB) and kept the copy alive through the
    // value's history: 1,600 writes of a (40, 40) array took 20 MB against a 2 MiB limit. The results are the
    // ufuncs' own, compared in the snippet.
    let session = SnippetSession(memoryLimit: 2 << 20)
    let script = """
      def naive_relu(x):
          x = x.copy()
          for i in range(x.shape[0]):
              for j in range(x.shape[1]):
                  x[i, j] = max(x[i, j], 0)
          return x
      def naive_add(x, y):
          x = x.copy()
          for i in range(x.shape[0]):
              for j in range(x.shape[1]):
                  x[i, j] = x[i, j] + y[j]
                  x[i, j] += y[j]
          return x
      x = np.linspace(-1, 1, 1600).reshape(40, 40)
      y = np.linspace(0, 1, 40)
      print(np.array_equal(naive_relu(x), np.maximum(x, 0)), np.array_equal(naive_add(x, y), (x + y) + y))

      """
    let (result, _) = run(script, in: session)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "True True")
  }

  @Test func sliceWritesIntoAnArrayOnlyItsNameHoldsStayInPlace() {
    // Each write used to make the (2, 2001) array again (32 KB) and keep the old one as its history: 2,000 writes ran
    // into a 2 MiB limit. The last column is the value written, as NumPy writes it.
    let script = """
      def walk(n):
          path = np.zeros((2, n + 1))
          for k in range(n):
              path[:, k + 1] = 0.5
          return path
      p = walk(2000)
      print(p[:, -1], p.sum())

      """
    let (result, _) = run(script, in: SnippetSession(memoryLimit: 2 << 20))
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "[0.5 0.5] 2000.0")
  }

  @Test func anElementReadIsChargedTheElementNotTheArray() {
    // 20,000 reads of one element of a (512, 512) array: charged the whole array at each read, they came to 5.2·10^9
    // element operations, past the statement's 2^32 (CFD Python's loops over a grid were refused so).
    let script = """
      w = np.ones((512, 512))
      t = 0.0
      for n in range(20000):
          t = t + w[1, 1] * 0.5
      print(t)

      """
    let (result, _) = run(script, in: SnippetSession())
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "10000.0")
  }

  @Test func aFunctionsLoopIsMeasuredWithWhatItsCallersHoldInFlight() {
    // g's loop makes 6,000 scalars (about 800 KB charged) and frees them; measured between its passes once the count
    // passes half the limit, it no longer counts them, so the caller's 195 KB in flight and g's 195 KB fit in 1 MiB.
    // The measurement still counts what the caller's unfinished tuple holds: its 547 KB and g's 547 KB do not fit.
    let g = "def g(k):\n    for i in range(3000):\n        t = np.float64(i) * 2.0\n    return np.ones(k)\n"
    let (fits, _) = run(
      g + "x = (np.ones(25000), g(25000))\nprint(x[0].sum() + x[1].sum())\n", in: SnippetSession(memoryLimit: 1 << 20))
    #expect(fits.diagnostics.isEmpty)
    #expect(fits.statements.last?.output == "50000.0")
    let (overflows, _) = run(g + "x = (np.ones(70000), g(70000))\n", in: SnippetSession(memoryLimit: 1 << 20))
    #expect(overflows.diagnostics.first?.message.hasPrefix("MemoryError: the chapter's arrays would take more") == true)
  }

  @Test func aLoopKeepingItsValuesStillRunsOutOfMemory() {
    // What the loop keeps (a list of 200 arrays of 8 KB) is live, so measuring between passes frees none of it.
    let session = SnippetSession(memoryLimit: 1 << 20)
    let (result, text) = run(
      "x = np.zeros((1000,))\nkept = []\n1️⃣for i in range(200):\n    kept.append(x + i)\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(result.diagnostics.first?.message.hasPrefix("MemoryError: the chapter's arrays would take more") == true)
  }

  @Test func aGradientLoopPrunedBetweenPassesPrintsWhatItPrintsUnpruned() {
    // Three hundred steps of gradient descent allocate about 2 MB, so under a 1 MiB limit the loop is pruned between
    // passes; the weights and gradients printed are the same bits as with the default limit, where it never is.
    let script = """
      W = np.linspace(0.5, 1.5, 100)
      b = np.ones(100)
      for step in range(300):
          loss = ((W * b - 0.25) ** 2).sum()
          gW = grad(loss, W)
          W = W - 0.01 * gW
      print(repr(W[:3]), repr(gW[-2:]), repr(loss))

      """
    let (pruned, _) = run(script, in: SnippetSession(memoryLimit: 1 << 20))
    let (unpruned, _) = run(script, in: SnippetSession())
    #expect(pruned.diagnostics.isEmpty)
    #expect(unpruned.diagnostics.isEmpty)
    #expect(pruned.statements.last?.output == unpruned.statements.last?.output)
    #expect(pruned.statements.last?.output.hasPrefix("array([0.25") == true)
  }

  @Test func reassigningANameStaysWithinTheBudget() {
    // Thirty copies of x would take 12 MB; pruning keeps one or two of them.
    let session = SnippetSession(memoryLimit: 1 << 20)
    let script = "x = np.ones((50000,))\n" + String(repeating: "x = x * 1.0\n", count: 30) + "print(x.shape)\n"
    let (result, _) = run(script, in: session)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.last?.output == "(50000,)")
  }

  @Test(arguments: ["[0] * 5000", "(0,) * 5000", "'x' * 200000"])
  // Each value is a few hundred KB (a list item is a whole `Value`, tens of bytes), so one fits in the 1 MiB budget
  // and fifty do not.
  func pythonValuesCountAgainstTheBudgetToo(value: String) {
    let keeping = (1...50).map { "a\($0) = \(value)\n" }.joined()
    let (kept, _) = run(keeping, in: SnippetSession(memoryLimit: 1 << 20))
    #expect(kept.diagnostics.first?.message.hasPrefix("MemoryError: the chapter's arrays") == true)
    let reusing = String(repeating: "a = \(value)\n", count: 50)
    let (reused, _) = run(reusing, in: SnippetSession(memoryLimit: 1 << 20))
    #expect(reused.diagnostics.isEmpty)
  }

  @Test func aFailedClaimShowsAHugeArrayBriefly() {
    let (result, _) = run("x = np.ones((2,) * 20)\nassert np.allclose(x, x * 2)\n", in: SnippetSession())
    let notes = result.diagnostics.first?.notes ?? []
    #expect(
      notes.first
        == "left:  x = <array of shape (2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), too long to show here>"
    )
    #expect(notes.allSatisfy { $0.utf8.count < 1000 })
  }

  @Test func comparingListsIsChargedToTheStatement() {
    let meter = ResourceMeter(
      memoryLimit: 1 << 30, elementOperations: 100_000, multiplyAdds: 1 << 40, numericalGradientOperations: 1 << 40)
    let session = SnippetSession(meter: meter)
    let many = Array(repeating: "a == a", count: 100).joined(separator: ", ")
    let (result, text) = run("a = [0] * 1000\nb = [a == a, a == a]\n1️⃣c = [\(many)]\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(result.diagnostics.first?.message.contains("element operations") == true)
  }

  @Test func aLimitIsNeverAnExpectedOutput() {
    let session = SnippetSession()
    let line =
      "ValueError: array of shape (100000000, 0) is too large: a value may hold at most 16,777,216 elements "
      + "(counting the non-zero extents of an empty array)"
    let (result, text) = run(">>> 1️⃣np.ones((10**8, 0))\n\(line)\n>>> print(1)\n1\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(result.statements.first?.output == line)
    #expect(result.statements.first?.outputCanBecomeExpected == false)
    #expect(result.statements.count == 2)
  }

  @Test func aLimitDoesNotSatisfyAnErrorBlock() {
    let (result, text) = run(
      "1️⃣np.zeros((10**8, 0))\n", in: SnippetSession(), options: SnippetOptions(expectsError: true))
    #expect(locations(result) == expected(text))
  }

  @Test func hugeOutputIsAnErrorAtTheStatement() {
    let (result, text) = run(
      ">>> 1️⃣print(np.ones((2,) * 20))\n>>> 2️⃣np.ones((2,) * 20)\n>>> 3️⃣print(np.ones((100, 100)), 'x' * 2000000)\n",
      in: SnippetSession())
    #expect(locations(result) == expected(text))
    #expect(result.diagnostics.allSatisfy { $0.message.contains("1 MiB") })
  }

  @Test func finiteDifferencesAreBoundedPerStatementNotPerArgument() {
    let meter = ResourceMeter(
      memoryLimit: 1 << 30, elementOperations: 1 << 40, multiplyAdds: 1 << 40, numericalGradientOperations: 100_000)
    let session = SnippetSession(meter: meter)
    let many = Array(repeating: "x", count: 400).joined(separator: ", ")
    let (result, text) = run(
      "x = np.ones((10,))\nl = (x * x).sum()\ngradients(l, x, x)\n1️⃣gradients(l, \(many))\n", in: session)
    #expect(locations(result) == expected(text))
    #expect(result.diagnostics.first?.message.contains("per statement") == true)
  }
}
