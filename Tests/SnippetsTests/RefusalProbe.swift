import Testing

@testable import Snippets

/// The refusal tests' shared checks: a statement after a setup transcript is refused as docbuild's limit (and its
/// refusal is never accepted as expected output), or it computes.
enum RefusalProbe {
  /// What `statement` prints after `setup`.
  static func output(_ setup: String, _ statement: String) throws -> String {
    let probe = SnippetSession().check(Snippet(text: setup + "\n>>> " + statement, origin: .init(line: 1, column: 1)))
    return try #require(probe.statements.last?.output)
  }

  /// Expects `statement` refused with a NotImplementedError holding `words`, which fails even as expected output.
  static func expectRefused(_ setup: String, _ statement: String, saying words: String) throws {
    let output = try output(setup, statement)
    #expect(output.contains("NotImplementedError: "), "\(statement) printed \(output)")
    #expect(output.contains(words), "\(statement): \(output)")
    let transcript = setup + "\n>>> " + statement + "\n" + output
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output")
  }

  /// Expects the setup to print nothing and `statement` to raise an error holding `words` (a refusal or the
  /// diagnostic of a budget), which fails even as expected output.
  static func expectError(_ setup: String, _ statement: String, saying words: String) throws {
    let probe = SnippetSession().check(Snippet(text: setup + "\n>>> " + statement, origin: .init(line: 1, column: 1)))
    #expect(probe.statements.dropLast().allSatisfy { $0.output.isEmpty }, "the setup failed")
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("Error: ") && output.contains(words), "\(statement) printed \(output)")
    let transcript = setup + "\n>>> " + statement + "\n" + output
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }

  /// Expects `statement` to compute without an error.
  static func expectComputed(_ setup: String, _ statement: String) throws {
    let output = try output(setup, statement)
    #expect(!output.contains("Error"), "\(statement) printed \(output)")
  }
}
