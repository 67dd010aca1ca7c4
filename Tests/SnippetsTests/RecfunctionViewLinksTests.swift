import Testing

@testable import Snippets

/// The recfunction views a chapter links live in that chapter's session: another chapter (a long `serve` process
/// runs many) neither sees them nor pays for them, and a chapter that never links one never looks into a table.
struct RecfunctionViewLinksTests {
  /// A `structured_to_unstructured` view (NumPy's shares the fields' memory), then an attribute of its memory.
  static let linking = """
    >>> import numpy.lib.recfunctions as rfn
    >>> p = np.array([(1.0, 2.0), (3.0, 4.0)], dtype=[('x', 'f8'), ('y', 'f8')])
    >>> u = rfn.structured_to_unstructured(p)
    >>> u.strides
    """

  /// Writes and memory attributes with no recfunction: in place, through views, into a string array.
  static let plain = """
    >>> s = np.array(['ab', 'c'])
    >>> s[1] = 'q'
    >>> a = np.arange(6.0)
    >>> v = a[1:]
    >>> v[0] = 9.0
    >>> a += 1
    >>> a.strides
    (8,)
    >>> np.shares_memory(a, v)
    True
    >>> s
    array(['ab', 'q'], dtype='<U2')
    """

  static func allPassed(_ block: CheckedBlock) -> Bool {
    block.statements.allSatisfy { $0.passed }
  }

  static func run(_ session: SnippetSession, _ text: String) -> CheckedBlock {
    session.check(Snippet(text: text, origin: .init(line: 1, column: 1)))
  }

  @Test func twoSessionsDoNotSeeEachOthersViews() throws {
    let linked = SnippetSession()
    let first = Self.run(linked, Self.linking)
    let refusal = try #require(first.statements.last?.output)
    #expect(refusal.contains("recfunctions.structured_to_unstructured shares"), "u.strides printed \(refusal)")
    #expect(linked.recfunctionLinks.hasLinks)

    // A second chapter meanwhile writes into arrays and asks for their memory, with no recfunction.
    let other = SnippetSession()
    let plain = Self.run(other, Self.plain)
    #expect(Self.allPassed(plain), "\(plain.statements.map { $0.output })")
    #expect(!other.recfunctionLinks.hasLinks)
    #expect(linked.recfunctionLinks !== other.recfunctionLinks)

    // The first chapter's view is still linked after the other chapter ran.
    let again = Self.run(linked, ">>> u.base")
    #expect(again.statements.last?.output.contains("recfunctions.structured_to_unstructured shares") == true)
  }

  @Test func aSessionThatNeverLinksPaysNothing() throws {
    // Another chapter of the process linked a view first (before, that set a process-wide flag for good).
    let linked = SnippetSession()
    _ = Self.run(linked, Self.linking)
    #expect(linked.recfunctionLinks.lookups > 0)

    let plain = SnippetSession()
    let result = Self.run(plain, Self.plain)
    #expect(Self.allPassed(result), "\(result.statements.map { $0.output })")
    // Every write and memory attribute above asked, and none looked into a table.
    #expect(plain.recfunctionLinks.lookups == 0)
    #expect(!plain.recfunctionLinks.hasLinks)
  }

  /// A field's `.base` is refused in every chapter that made the field, each chapter recording its own fields.
  @Test func eachSessionRecordsItsOwnFields() throws {
    let fields = ">>> a = np.zeros(2, dtype=[('x', 'f8'), ('y', 'i4')])\n>>> a['x'].base"
    for session in [SnippetSession(), SnippetSession()] {
      let output = try #require(Self.run(session, fields).statements.last?.output)
      #expect(output.contains("a.base of a field of NumPy structured arrays"), "a['x'].base printed \(output)")
      #expect(!session.recfunctionLinks.hasLinks)
    }
  }
}
