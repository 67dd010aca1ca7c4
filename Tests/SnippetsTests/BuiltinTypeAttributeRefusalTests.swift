import Testing

@testable import Snippets

/// A method taken from a builtin type (`key=str.lower`) works in Python but not in snippets: it is refused by name as
/// docbuild's limit, never reported as Python's AttributeError nor accepted as expected output. The AttributeError
/// for an attribute the type lacks is checked against CPython in `Fixtures/interpreter/48-reach11-set-order.txt`.
struct BuiltinTypeAttributeRefusalTests {
  static let refused: [String] = [
    "sorted(['b', 'A'], key=str.lower)", "str.upper('a')", "list.append", "dict.fromkeys('ab')", "int.bit_length",
    "float.fromhex('0x1p-1')", "set.union({1}, {2})", "tuple.count((1, 1), 1)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let probe = SnippetSession().check(Snippet(text: ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(
      output.contains("NotImplementedError: ") && output.contains("taken from the type"),
      "\(statement) printed \(output)")
    let run = SnippetSession().check(
      Snippet(text: ">>> " + statement + "\n" + output, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }
}
