import Testing

@testable import Snippets

/// A printed set of strings matches an expected text that shows its elements in any order, a printed address any
/// address, and only that: what runs is checked against CPython in `Fixtures/interpreter/243-session27-sets-of-strings.txt`
/// and `244-session27-addresses.txt`.
struct VariableTextTests {
  static let span = VariableSpan(
    offset: 0, kind: .anyOrder(opening: "{", elements: ["'a'", "'b, c'", "'d'"], closing: "}"))

  @Test(arguments: [
    "{'a', 'b, c', 'd'}", "{'d', 'a', 'b, c'}", "{'b, c', 'd', 'a'}",
  ])
  func anyOrderOfTheElementsMatches(expected: String) {
    #expect(OutputComparison.matches("{'a', 'b, c', 'd'}", expected, variable: [Self.span]))
  }

  @Test(arguments: [
    "{'a', 'b, c', 'x'}", "{'a', 'b', 'c', 'd'}", "{'a', 'b, c'}", "{'a', 'b, c', 'd', 'd'}", "{'a','b, c', 'd'}",
    "frozenset({'a', 'b, c', 'd'})", "{'a', 'd', 'b, c'} ", "{'a', 'd', 'b, c'}\nmore", "({'a', 'b, c', 'd'})",
    "{'d', 'd', 'a'}",
  ])
  func anythingElseDoesNot(expected: String) {
    let matched = OutputComparison.matches("{'a', 'b, c', 'd'}", expected, variable: [Self.span])
    // A trailing space is trimmed from every line, as in any comparison.
    #expect(matched == (expected == "{'a', 'd', 'b, c'} "), "\(expected)")
  }

  /// The text around a set, and a set on a later line, still compare exactly.
  @Test func theRestOfTheOutputComparesExactly() {
    let actual = "x 1\nsets: {'a', 'b, c', 'd'} end"
    let span = VariableSpan(
      offset: 10, kind: .anyOrder(opening: "{", elements: ["'a'", "'b, c'", "'d'"], closing: "}"))
    #expect(OutputComparison.matches(actual, "x 1\nsets: {'d', 'b, c', 'a'} end", variable: [span]))
    #expect(!OutputComparison.matches(actual, "x 2\nsets: {'d', 'b, c', 'a'} end", variable: [span]))
    #expect(!OutputComparison.matches(actual, "x 1\nsets: {'d', 'b, c', 'a'} fin", variable: [span]))
    #expect(!OutputComparison.matches(actual, "x 1\nsets:  {'d', 'b, c', 'a'}end", variable: [span]))
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
    #expect(statement.variableSpans.map(\.offset) == [3, 19])
    #expect(
      statement.variableSpans.map(\.kind) == [
        .anyOrder(opening: "{", elements: ["'a'", "'b'"], closing: "}"),
        .anyOrder(opening: "frozenset({", elements: ["'a'", "'b'"], closing: "})"),
      ])
  }

  static let address = "<function f at 0x…> and [<__main__.A object at 0x…>]"
  static let addresses = [VariableSpan(offset: 15, kind: .address), VariableSpan(offset: 47, kind: .address)]

  @Test(arguments: [
    "<function f at 0x7f3a2b1c0d50> and [<__main__.A object at 0x…>]",
    "<function f at 0x…> and [<__main__.A object at 0x1>]",
    "<function f at 0xffffffffffffffff> and [<__main__.A object at 0x10>]",
  ])
  func anyAddressMatches(expected: String) {
    #expect(OutputComparison.matches(Self.address, expected, variable: Self.addresses))
  }

  @Test(arguments: [
    "<function f at 0X7f3a> and [<__main__.A object at 0x1>]",
    "<function f at 0x07f3a> and [<__main__.A object at 0x1>]",
    "<function f at 0x> and [<__main__.A object at 0x1>]", "<function f at 0x7F3A> and [<__main__.A object at 0x1>]",
    "<function g at 0x7f3a> and [<__main__.A object at 0x1>]",
    "<function f at 0x7f3a> and [<__main__.B object at 0x1>]",
    "<function f at 0x7f3a > and [<__main__.A object at 0x1>]",
    "<function f at 0x1ffffffffffffffff> and [<__main__.A object at 0x1>]",
    "<function f at 0x7f3a> and [<__main__.A object at 0x1>] ", "<function f at 0x7f3a>",
  ])
  func anythingElseAroundAnAddressDoesNot(expected: String) {
    let matched = OutputComparison.matches(Self.address, expected, variable: Self.addresses)
    // A trailing space is trimmed from every line, as in any comparison.
    #expect(matched == expected.hasSuffix("] "), "\(expected)")
  }

  /// An address is refused where its text is a value, not what an echo or `print` shows.
  @Test(arguments: [
    "def f():\n...     pass\n...\n>>> str(f)", "class A:\n...     pass\n...\n>>> repr(A())",
    "class A:\n...     pass\n...\n>>> f'{A()}'", "import io\n>>> print(iter([]), file=io.StringIO())",
    "class B:\n...     def __repr__(self):\n...         return str(iter([]))\n...\n>>> B()", "iter({1})",
  ])
  func addressesUsedAsValuesAreRefused(code: String) {
    let result = SnippetSession().check(Snippet(text: ">>> " + code, origin: .init(line: 1, column: 1)))
    #expect(result.statements.last?.error?.isLimit == true, "\(code): \(result.statements.last?.output ?? "")")
  }
}
