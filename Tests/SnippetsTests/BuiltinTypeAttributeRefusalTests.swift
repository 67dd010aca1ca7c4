import Testing

@testable import Snippets

/// A classmethod taken from a builtin type (`dict.fromkeys`) shown as a value, whose repr CPython prints with a memory
/// address, and a method descriptor given a NumPy scalar (np.float64 subclasses float) are refused by name as
/// docbuild's limit, never reported as Python's AttributeError nor accepted as expected output. Instance methods taken
/// from the type (`key=str.lower`) work and are checked against CPython in `Fixtures/interpreter/60-type-methods.txt`,
/// the classmethods called (`dict.fromkeys('ab')`) in `Fixtures/interpreter/61-pywrong-methods.txt`; the
/// AttributeError for an attribute the type lacks in `Fixtures/interpreter/48-reach11-set-order.txt`.
struct BuiltinTypeAttributeRefusalTests {
  static let refused: [String] = [
    "dict.fromkeys", "print(float.fromhex)", "int.from_bytes", "[str.maketrans]", "{}.fromkeys",
  ]

  static let refusedOperands: [String] = [
    "float.hex(np.float64(0.5))", "str.lower(np.str_('A'))", "int.bit_length(np.int64(3))",
  ]

  @Test(arguments: refusedOperands)
  func operandOfAnotherKindIsRefused(statement: String) throws {
    let probe = SnippetSession().check(
      Snippet(text: ">>> import numpy as np\n>>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(
      output.contains("NotImplementedError: ") && output.contains("is not part of the snippet language"),
      "\(statement) printed \(output)")
  }

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: "memory address")
  }
}
