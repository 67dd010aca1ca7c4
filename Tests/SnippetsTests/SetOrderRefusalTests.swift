import Testing

@testable import Snippets

/// A set of strings iterates in its hash table's order, which CPython changes from run to run (PYTHONHASHSEED): every
/// use that shows that order is refused as docbuild's limit and never accepted as expected output.
/// `Fixtures/make_reach11_fixtures.py` proves each of these prints differently under different hash seeds (its
/// REFUSED list), and `Fixtures/interpreter/48-reach11-set-order.txt` holds the uses that cannot show the order.
struct SetOrderRefusalTests {
  static let setup = ">>> words = {'cat', 'dog', 'fish'}\n"

  static let refused: [String] = [
    "for w in words:\n    print(w)", "list(words)", "tuple(words)", "[w.upper() for w in words]", "', '.join(words)",
    "for i, w in enumerate(words):\n    print(i, w)", "words.pop()", "sorted(words, key=len)",
    "list(zip(words, range(3)))", "{w: len(w) for w in words}", "min(words, key=len)", "print(*words)",
  ]

  /// The statement as typed at the REPL: continuation lines, and a bare `...` ending a compound one.
  static func prompted(_ statement: String) -> String {
    let lines = statement.split(separator: "\n", omittingEmptySubsequences: false)
    let typed = [">>> " + lines[0]] + lines.dropFirst().map { "... " + $0 }
    return (typed + (lines.count > 1 ? ["..."] : [])).joined(separator: "\n")
  }

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let outputs = try RefusalProbe.unacceptedOutputs(of: Self.setup + Self.prompted(statement), naming: statement)
    let output = try #require(outputs.last)
    #expect(
      output.contains("NotImplementedError: this set iterates in CPython's hash-table order"),
      "\(statement) printed \(output)")
  }

  /// The cs231n statement the reach probe caught printing docbuild's insertion order.
  @Test func cs231nEnumerationIsRefusedWhateverItPrinted() {
    let transcript = """
      >>> animals = {'cat', 'dog', 'fish'}
      >>> for idx, animal in enumerate(animals):
      ...     print('#%d: %s' % (idx + 1, animal))
      ...
      #1: cat
      #2: dog
      #3: fish
      """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false)
    #expect(run.statements.last?.output.contains("hash-table order") == true)
  }
}
