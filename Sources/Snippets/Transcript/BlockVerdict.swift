import SourceText
import TensorCore

/// PyTorch gradcheck's default tolerances, which gradient tables are held to (the manual, docs/04-numbers.md,
/// "Autodiff").
public enum GradientCheck {
  /// The absolute tolerance.
  public static let absoluteTolerance = 1e-5
  /// The relative tolerance, times |numeric|.
  public static let relativeTolerance = 1e-3

  /// True when every autodiff element is within atol + rtol × |numeric| of its finite-difference value (a NaN
  /// anywhere fails).
  public static func passes(_ row: GradientRow) -> Bool {
    zip(row.autodiff, row.numeric).allSatisfy { a, n in
      Swift.abs(a - n) <= absoluteTolerance + relativeTolerance * Swift.abs(n)
    }
  }
}

/// The verify stage's judgement of one block's observations against its expectations: the expected output under
/// each transcript statement, claims that must hold, gradients that must agree with finite differences, and an
/// `error` block that must raise. It runs nothing.
public struct BlockVerdict: Sendable, Hashable {
  /// Every problem, in file coordinates, in the order the statements ran.
  public var diagnostics: [SnippetDiagnostic] = []
  /// Whether each statement of the result passed, by index.
  public var passed: [Bool] = []

  /// Judges `result`, the observations of running `snippet`.
  public init(judging result: BlockResult, of snippet: Snippet) {
    // A block the chapter never ran (out of memory earlier) has nothing to judge; the statement that ran out did.
    guard result.ran else { return }
    var raisedAnError: Bool
    if let transcript = snippet.transcript {
      raisedAnError = judgeTranscript(result, transcript, snippet)
    } else {
      raisedAnError = judgeScript(result, snippet)
    }
    if snippet.options.expectsError && !raisedAnError {
      report(
        "this block is marked 'error' but ran without raising an error",
        at: snippet.fileLocation(SourcePosition(line: 1, column: 1)))
    }
  }

  private mutating func report(_ message: String, at location: SourcePosition, notes: [String] = []) {
    diagnostics.append(SnippetDiagnostic(message: message, location: location, notes: notes))
  }

  /// Judges a script's statements; returns whether the block raised (a refusal to parse counts: an `error` block
  /// need not say more, since what docbuild's language refuses is often valid Python).
  private mutating func judgeScript(_ result: BlockResult, _ snippet: Snippet) -> Bool {
    if !result.syntaxErrors.isEmpty {
      diagnostics += result.syntaxErrors
      return true
    }
    var raised = false
    for statement in result.statements {
      var ok = true
      if let table = statement.gradientTable, !judgeGradients(table, at: statement.location) { ok = false }
      if let claim = statement.claim, !claim.held {
        report("claim failed: \(claim.code)", at: claim.location, notes: claim.notes)
        ok = false
      }
      if let error = statement.error {
        raised = true
        // A limit of docbuild's is no error Python would raise, so not what an `error` block may show.
        if !snippet.options.expectsError || error.isLimit {
          report(error.line, at: error.location ?? statement.location, notes: error.notes)
          ok = false
        }
      }
      passed.append(ok)
    }
    return raised
  }

  /// Judges a transcript's statements against the expected text under each; returns whether the block raised.
  private mutating func judgeTranscript(_ result: BlockResult, _ transcript: Transcript, _ snippet: Snippet) -> Bool {
    for line in transcript.strayLines {
      report(
        "text before the first '>>> ' prompt belongs to no statement; start statements with '>>> '",
        at: snippet.fileLocation(SourcePosition(line: line + 1, column: 1)))
    }
    var raised = false
    // The run makes one statement per chunk, in order, and stops early only when the chapter runs out of memory.
    for (statement, chunk) in zip(result.statements, transcript.chunks) {
      var ok = true
      defer { passed.append(ok) }
      if !statement.syntaxErrors.isEmpty {
        // Never accepted as expected output: what docbuild's language refuses is often valid Python (`10 // 3`),
        // so a transcript showing the refusal would print something else in Python.
        diagnostics += statement.syntaxErrors
        ok = false
        continue
      }
      if let table = statement.gradientTable, !judgeGradients(table, at: table.location ?? statement.location) {
        ok = false
      }
      if let error = statement.error {
        raised = true
        if error.isLimit {
          // A limit of docbuild's, not an error Python would raise: never an expected output.
          report(error.line, at: statement.location)
          ok = false
          continue
        }
      }
      let matches = OutputComparison.matches(statement.output, chunk.expected, variable: statement.variableSpans)
      if let claim = statement.claim, !claim.held {
        // A transcript may show a failing assert on purpose, with its AssertionError line as the expected output.
        if matches {
          raised = true
        } else {
          report("claim failed: \(claim.code)", at: claim.location, notes: claim.notes)
          ok = false
        }
      } else if !matches {
        let message = statement.error.map { "statement raised \($0.line)" } ?? "output does not match"
        var notes = OutputComparison.mismatchNotes(expected: chunk.expected, actual: statement.output)
        if let error = statement.error, let location = error.location {
          notes.append("raised at line \(location.line), column \(location.column)")
          notes += error.notes
        }
        report(message, at: statement.location, notes: notes)
        ok = false
      }
    }
    return raised
  }

  /// Diagnostics for gradient-table rows that disagree with finite differences; true when every row agrees.
  private mutating func judgeGradients(_ table: GradientTable, at location: SourcePosition) -> Bool {
    var allPassed = true
    for row in table.rows where !GradientCheck.passes(row) {
      allPassed = false
      report(
        "gradient of \(table.target) with respect to \(row.name) disagrees with finite differences", at: location,
        notes: [
          "largest absolute difference from finite differences: \(pythonFloatRepr(row.maxDifference)) (allowed: atol "
            + "\(pythonFloatRepr(GradientCheck.absoluteTolerance)) + rtol "
            + "\(pythonFloatRepr(GradientCheck.relativeTolerance)) × |numeric|)",
          "autodiff gradient:\n" + row.gradientText,
        ])
    }
    return allPassed
  }
}
