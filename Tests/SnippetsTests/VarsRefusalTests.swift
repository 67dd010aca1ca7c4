import Testing

@testable import Snippets

/// `vars(obj)` is an instance's live `__dict__` (checked against CPython in
/// `Fixtures/interpreter/58-attribute-tables.txt`); `vars()` (the frame's locals) and `vars` of a class or module (a
/// mappingproxy) are refused by name, and the refusal never passes as expected output.
struct VarsRefusalTests {
  static let refused: [String] = ["vars()", "vars(Bag)", "vars(np)", "vars(b, b)"]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let setup = ">>> class Bag:\n...     kind = 'bag'\n...\n>>> b = Bag()"
    let output = try RefusalProbe.unacceptedOutput(setup, statement)
    #expect(output.contains("vars() is not part of the snippet language"), "\(statement) printed \(output)")
  }
}
