import SourceText
import TestSupport
import Testing

@testable import Snippets

/// The verify stage's judging, handed observations directly: nothing here runs a snippet, so each case shows the
/// verdict alone decides (a mismatch, a false claim, a gradient out of tolerance, an `error` block that did not raise).
struct BlockVerdictTests {
  /// Where the blocks start in their file: neither line 1 nor column 1, so a position left in block coordinates
  /// would show.
  let origin = SourcePosition(line: 20, column: 3)

  func snippet(_ text: String, expectsError: Bool = false) -> Snippet {
    Snippet(text: text, origin: origin, options: SnippetOptions(expectsError: expectsError))
  }

  /// A statement observed at the start of block line `line` (0-based), past a 4-byte prompt for transcripts.
  func observed(_ code: String, line: Int, prompt: Bool = true, output: String) -> StatementResult {
    StatementResult(
      code: code,
      location: SourcePosition(line: origin.line + line, column: origin.column + (prompt ? 4 : 0)),
      codeLines: line..<(line + 1), output: output)
  }

  @Test func anOutputThatDiffersFromTheExpectedTextIsAMismatch() {
    let block = snippet(">>> x\n1")
    let statement = observed("x", line: 0, output: "2")
    let verdict = BlockVerdict(judging: BlockResult(form: .transcript, statements: [statement]), of: block)
    #expect(verdict.passed == [false])
    #expect(verdict.diagnostics.map(\.message) == ["output does not match"])
    #expect(verdict.diagnostics.map(\.location) == [statement.location])
    #expect(verdict.diagnostics.first?.notes == ["expected:\n1", "actual:\n2"])
  }

  @Test func trailingSpacesBlankLinesAndATracebackAreNoMismatch() {
    let block = snippet(
      ">>> x\n1   \n>>> f()\nTraceback (most recent call last):\n  File \"<stdin>\", line 1\nValueError: bad")
    var raising = observed("f()", line: 2, output: "ValueError: bad")
    raising.error = RaisedError(line: "ValueError: bad")
    let statements = [observed("x", line: 0, output: "1\n\n"), raising]
    let verdict = BlockVerdict(judging: BlockResult(form: .transcript, statements: statements), of: block)
    #expect(verdict.passed == [true, true])
    #expect(verdict.diagnostics.isEmpty)
  }

  @Test func aFalseClaimIsReportedWhereTheAssertIs() {
    let block = snippet("x = 1\nassert x == 2")
    var statement = observed("assert x == 2", line: 1, prompt: false, output: "AssertionError")
    // Inside a loop or function the assert's own line is reported, not the statement's.
    let assertLocation = SourcePosition(line: 31, column: 7)
    statement.claim = ClaimObservation(
      held: false, code: "assert x == 2", notes: ["left: 1", "right: 2"], location: assertLocation)
    let statements = [observed("x = 1", line: 0, prompt: false, output: ""), statement]
    let verdict = BlockVerdict(judging: BlockResult(form: .script, statements: statements), of: block)
    #expect(verdict.passed == [true, false])
    #expect(verdict.diagnostics.map(\.message) == ["claim failed: assert x == 2"])
    #expect(verdict.diagnostics.map(\.location) == [assertLocation])
    #expect(verdict.diagnostics.first?.notes == ["left: 1", "right: 2"])
  }

  @Test func aTranscriptMayShowAFailingAssertOnPurpose() {
    let block = snippet(">>> assert 1 == 2\nAssertionError", expectsError: true)
    var statement = observed("assert 1 == 2", line: 0, output: "AssertionError")
    statement.claim = ClaimObservation(held: false, code: "assert 1 == 2", location: statement.location)
    let verdict = BlockVerdict(judging: BlockResult(form: .transcript, statements: [statement]), of: block)
    // The expected text is the AssertionError, which also counts as the raise an `error` block needs.
    #expect(verdict.passed == [true])
    #expect(verdict.diagnostics.isEmpty)
  }

  /// A one-row gradient table whose autodiff and finite-difference numbers are `autodiff` and `numeric`.
  func gradientStatement(autodiff: [Double], numeric: [Double]) -> StatementResult {
    var statement = observed("gradients(l, W)", line: 0, prompt: false, output: "")
    statement.gradientTable = GradientTable(
      target: "l",
      rows: [
        GradientRow(
          name: "W", shape: [autodiff.count], gradientShape: [autodiff.count], summedAxes: [],
          gradientText: "[…]", autodiff: autodiff, numeric: numeric)
      ])
    statement.gradientTable?.location = statement.location
    return statement
  }

  @Test func aGradientOutsideTheToleranceIsReportedWithItsLargestDifference() {
    let block = snippet("gradients(l, W)")
    let statement = gradientStatement(autodiff: [1.0, 2.0], numeric: [1.0, 2.5])
    let verdict = BlockVerdict(judging: BlockResult(form: .script, statements: [statement]), of: block)
    #expect(verdict.passed == [false])
    #expect(verdict.diagnostics.map(\.message) == ["gradient of l with respect to W disagrees with finite differences"])
    #expect(verdict.diagnostics.map(\.location) == [statement.location])
    // |2.0 − 2.5| = 0.5 exactly; the tolerances print as Python's repr prints 1e-5 and 1e-3.
    #expect(
      verdict.diagnostics.first?.notes == [
        "largest absolute difference from finite differences: 0.5 (allowed: atol 1e-05 + rtol 0.001 × |numeric|)",
        "autodiff gradient:\n[…]",
      ])
  }

  /// atol 1e-5 + rtol 1e-3 × |numeric|: at numeric 1000 the allowance is 1.00001, so a difference of 0.5 passes and
  /// one of 1.5 fails; a NaN never passes.
  @Test(arguments: [
    ([1000.5], [1000.0], true), ([1001.5], [1000.0], false), ([0.0], [0.000_005], true), ([0.0], [0.000_02], false),
    ([Double.nan], [1.0], false),
  ])
  func gradientToleranceIsAbsolutePlusRelative(autodiff: [Double], numeric: [Double], passes: Bool) {
    let statement = gradientStatement(autodiff: autodiff, numeric: numeric)
    let verdict = BlockVerdict(
      judging: BlockResult(form: .script, statements: [statement]), of: snippet("gradients(l, W)"))
    #expect(verdict.passed == [passes])
    #expect(verdict.diagnostics.isEmpty == passes)
  }

  @Test func anErrorBlockThatRaisedNothingIsAProblemAtItsFirstLine() {
    let marked = Marked("▸x = 1")
    let block = snippet(marked.text, expectsError: true)
    let verdict = BlockVerdict(
      judging: BlockResult(form: .script, statements: [observed("x = 1", line: 0, prompt: false, output: "")]),
      of: block)
    #expect(verdict.diagnostics.map(\.message) == ["this block is marked 'error' but ran without raising an error"])
    #expect(
      verdict.diagnostics.map(\.location)
        == marked.marks.map { block.fileLocation(.init(line: $0.line, column: $0.column)) })
  }

  @Test func anErrorBlockMayRaiseButNotHitALimit() {
    let block = snippet("f()", expectsError: true)
    var raised = observed("f()", line: 0, prompt: false, output: "ValueError: x")
    raised.error = RaisedError(line: "ValueError: x")
    #expect(BlockVerdict(judging: BlockResult(form: .script, statements: [raised]), of: block).diagnostics.isEmpty)
    raised.error = RaisedError(line: "MemoryError: over the limit", isLimit: true)
    let limited = BlockVerdict(judging: BlockResult(form: .script, statements: [raised]), of: block)
    #expect(limited.passed == [false])
    #expect(limited.diagnostics.map(\.message) == ["MemoryError: over the limit"])
  }

  @Test func aBlockThatNeverRanIsNotJudged() {
    let verdict = BlockVerdict(
      judging: BlockResult(form: .script, statements: [], ran: false), of: snippet("x = 1", expectsError: true))
    #expect(verdict.diagnostics.isEmpty)
  }

  @Test func textBeforeTheFirstPromptIsReportedAtItsLine() {
    let marked = Marked("▸setup\n>>> 1\n1")
    let block = snippet(marked.text)
    let verdict = BlockVerdict(
      judging: BlockResult(form: .transcript, statements: [observed("1", line: 1, output: "1")]), of: block)
    #expect(
      verdict.diagnostics.map(\.message) == [
        "text before the first '>>> ' prompt belongs to no statement; start statements with '>>> '"
      ])
    #expect(
      verdict.diagnostics.map(\.location)
        == marked.marks.map { block.fileLocation(.init(line: $0.line, column: $0.column)) })
    #expect(verdict.passed == [true])
  }
}
