import Testing

@testable import Snippets

/// The refusal tests' shared checks: a statement after a setup transcript is refused as docbuild's limit (and its
/// refusal is never accepted as expected output), or it computes.
enum RefusalProbe {
  /// The transcript of `setup` (prompted lines, possibly empty or ending in a newline) followed by `statement`.
  static func transcript(_ setup: String, _ statement: String) -> String {
    if setup.isEmpty { return ">>> " + statement }
    return setup + (setup.hasSuffix("\n") ? "" : "\n") + ">>> " + statement
  }

  /// What `statement` prints after `setup`.
  static func output(_ setup: String, _ statement: String) throws -> String {
    try #require(outputs(of: transcript(setup, statement)).last)
  }

  /// What each statement of `transcript` prints, in order.
  static func outputs(of transcript: String) -> [String] {
    SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1))).statements.map(\.output)
  }

  /// What each statement of `transcript` prints, where the last one's text, written under it as its expected output,
  /// must still fail: a refusal or a limit is docbuild's, never text NumPy or CPython would print. `statement` names
  /// it in a failure.
  static func unacceptedOutputs(of transcript: String, naming statement: String) throws -> [String] {
    let outputs = outputs(of: transcript)
    let output = try #require(outputs.last)
    let run = SnippetSession().check(Snippet(text: transcript + "\n" + output, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
    return outputs
  }

  /// What `statement` prints after `setup`, which must fail when written as its expected output.
  static func unacceptedOutput(_ setup: String, _ statement: String) throws -> String {
    try #require(unacceptedOutputs(of: transcript(setup, statement), naming: statement).last)
  }

  /// Expects `statement` refused with a NotImplementedError (or `type`: a NameError for a name a refused statement
  /// left unknown) holding `words` (any, when empty), which fails even as expected output. Only the statement's
  /// output is checked: the setup may itself be refused.
  static func expectRefused(
    _ setup: String, _ statement: String, saying words: String, as type: String = "NotImplementedError"
  ) throws {
    let output = try unacceptedOutput(setup, statement)
    #expect(output.contains(type + ": "), "\(statement) printed \(output)")
    #expect(words.isEmpty || output.contains(words), "\(statement): \(output)")
  }

  /// Expects the setup to print nothing and `statement` to raise an error holding `words` (any, when empty: a
  /// refusal or the diagnostic of a budget), which fails even as expected output.
  static func expectError(_ setup: String, _ statement: String, saying words: String) throws {
    let outputs = try unacceptedOutputs(of: transcript(setup, statement), naming: statement)
    #expect(outputs.dropLast().allSatisfy { $0.isEmpty }, "the setup failed")
    let output = try #require(outputs.last)
    #expect(output.contains("Error: ") && (words.isEmpty || output.contains(words)), "\(statement) printed \(output)")
  }

  /// Expects the script `code` to stop with exactly one diagnostic, a NotImplementedError naming `named`.
  static func expectScriptRefused(_ code: String, naming named: String) {
    let result = SnippetSession().check(Snippet(text: code + "\n", origin: .init(line: 1, column: 1)))
    #expect(result.diagnostics.count == 1)
    let message = result.diagnostics.first?.message ?? ""
    #expect(message.hasPrefix("NotImplementedError: "), "\(message)")
    #expect(message.contains(named), "\(message)")
  }

  /// Expects `statement` to compute without an error.
  static func expectComputed(_ setup: String, _ statement: String) throws {
    let output = try output(setup, statement)
    #expect(!output.contains("Error"), "\(statement) printed \(output)")
  }
}
