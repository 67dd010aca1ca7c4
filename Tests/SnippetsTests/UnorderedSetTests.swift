import Testing

@testable import Snippets

/// A printed set of strings matches an expected text that shows its elements in any order, and only that: what runs is
/// checked against CPython in `Fixtures/interpreter/243-session27-sets-of-strings.txt`.
struct UnorderedSetTests {
  static let span = UnorderedSpan(offset: 0, opening: "{", elements: ["'a'", "'b, c'", "'d'"], closing: "}")

  @Test(arguments: [
    "{'a', 'b, c', 'd'}", "{'d', 'a', 'b, c'}", "{'b, c', 'd', 'a'}",
  ])
  func anyOrderOfTheElementsMatches(expected: String) {
    #expect(OutputComparison.matches("{'a', 'b, c', 'd'}", expected, unordered: [Self.span]))
  }

  @Test(arguments: [
    "{'a', 'b, c', 'x'}", "{'a', 'b', 'c', 'd'}", "{'a', 'b, c'}", "{'a', 'b, c', 'd', 'd'}", "{'a','b, c', 'd'}",
    "frozenset({'a', 'b, c', 'd'})", "{'a', 'd', 'b, c'} ", "{'a', 'd', 'b, c'}\nmore", "({'a', 'b, c', 'd'})",
    "{'d', 'd', 'a'}",
  ])
  func anythingElseDoesNot(expected: String) {
    let matched = OutputComparison.matches("{'a', 'b, c', 'd'}", expected, unordered: [Self.span])
    // A trailing space is trimmed from every line, as in any comparison.
    #expect(matched == (expected == "{'a', 'd', 'b, c'} "), "\(expected)")
  }

  /// The text around a set, and a set on a later line, still compare exactly.
  @Test func theRestOfTheOutputComparesExactly() {
    let actual = "x 1\nsets: {'a', 'b, c', 'd'} end"
    let span = UnorderedSpan(offset: 10, opening: "{", elements: ["'a'", "'b, c'", "'d'"], closing: "}")
    #expect(OutputComparison.matches(actual, "x 1\nsets: {'d', 'b, c', 'a'} end", unordered: [span]))
    #expect(!OutputComparison.matches(actual, "x 2\nsets: {'d', 'b, c', 'a'} end", unordered: [span]))
    #expect(!OutputComparison.matches(actual, "x 1\nsets: {'d', 'b, c', 'a'} fin", unordered: [span]))
    #expect(!OutputComparison.matches(actual, "x 1\nsets:  {'d', 'b, c', 'a'}end", unordered: [span]))
  }

  /// Only what an echo or `print` shows may be in any order: a set's text used as a value, its iteration, a file's
  /// text and a `__repr__` that prints one are still refused.
  @Test(arguments: [
    "s = {'p', 'q'}\n>>> str(s)", "s = {'p', 'q'}\n>>> f'{s}'", "s = {'p', 'q'}\n>>> list(s)",
    "s = {'p', 'q'}\n>>> for v in s:\n...     print(v)\n...", "s = {'p', 'q'}\n>>> ', '.join(s)",
    "class A:\n...     def __repr__(self):\n...         return str({'p', 'q'})\n...\n>>> A()",
    "import io\n>>> f = io.StringIO()\n>>> print({'p', 'q'}, file=f)",
    "s = {'p', 'q'}\n>>> print('\u{F0100}', s)",
  ])
  func otherUsesAreRefused(code: String) {
    let result = SnippetSession().check(Snippet(text: ">>> " + code, origin: .init(line: 1, column: 1)))
    let last = result.statements.last
    #expect(last?.error?.isLimit == true, "\(code): \(last?.output ?? "")")
  }

  /// What the echo printed and where its sets are.
  @Test func theEchoRecordsEachSetWhereItIs() {
    let result = SnippetSession().check(
      Snippet(text: ">>> s = set('ab')\n>>> print('é', [s, {1: frozenset(s)}])", origin: .init(line: 1, column: 1)))
    let statement = result.statements[1]
    #expect(statement.output == "é [{'a', 'b'}, {1: frozenset({'a', 'b'})}]")
    #expect(statement.unorderedSpans.map(\.offset) == [3, 19])
    #expect(statement.unorderedSpans.map(\.opening) == ["{", "frozenset({"])
    #expect(statement.unorderedSpans.map(\.elements) == [["'a'", "'b'"], ["'a'", "'b'"]])
  }
}
