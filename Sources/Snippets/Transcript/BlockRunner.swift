import SourceText
import TensorCore

/// Runs one block against an interpreter and builds its result, mapping every position to file coordinates.
struct BlockRunner {
  let snippet: Snippet
  var interpreter: Interpreter
  var statements: [StatementResult] = []
  var diagnostics: [SnippetDiagnostic] = []
  var raisedAnError = false

  /// Prepares to run `snippet`.
  init(snippet: Snippet, interpreter: Interpreter) {
    self.snippet = snippet
    self.interpreter = interpreter
  }

  /// A block location (1-based line and column within the block's text) in file coordinates.
  func fileLocation(_ location: SourcePosition) -> SourcePosition {
    SourcePosition(line: snippet.origin.line + location.line - 1, column: snippet.origin.column + location.column - 1)
  }

  /// Records a problem at a block location.
  mutating func report(_ message: String, at blockLocation: SourcePosition, notes: [String] = []) {
    diagnostics.append(SnippetDiagnostic(message: message, location: fileLocation(blockLocation), notes: notes))
  }

  /// Records a problem at a location already in file coordinates (inside a function defined elsewhere).
  mutating func report(_ message: String, atFile location: SourcePosition, notes: [String] = []) {
    diagnostics.append(SnippetDiagnostic(message: message, location: location, notes: notes))
  }

  /// Reports an exception: where it was raised (inside a function, the line there, with the calls as notes).
  mutating func reportError(_ error: PythonError, at blockLocation: SourcePosition) {
    if let location = error.location {
      report(error.line, atFile: location, notes: error.notes)
    } else {
      report(error.line, at: blockLocation, notes: error.notes)
    }
  }

  /// The diagnostic for a claim that did not hold.
  mutating func reportClaim(
    _ claim: ClaimOutcome, code: String, at location: SourcePosition, fileLocation: SourcePosition? = nil
  ) {
    if let fileLocation {
      report("claim failed: \(claim.code ?? code)", atFile: fileLocation, notes: claim.notes)
    } else {
      report("claim failed: \(claim.code ?? code)", at: location, notes: claim.notes)
    }
  }

  /// Diagnostics for failing gradient-table rows; true when every row passed.
  mutating func reportGradients(_ table: GradientTable, at location: SourcePosition) -> Bool {
    for row in table.rows where !row.passed {
      report(
        "gradient of \(table.target) with respect to \(row.name) disagrees with finite differences", at: location,
        notes: [
          "largest absolute difference from finite differences: \(pythonFloatRepr(row.maxDifference)) (allowed: atol "
            + "\(pythonFloatRepr(GradientCheck.absoluteTolerance)) + rtol \(pythonFloatRepr(GradientCheck.relativeTolerance)) × |numeric|)",
          "autodiff gradient:\n" + row.gradientText,
        ])
    }
    return table.rows.allSatisfy(\.passed)
  }

  /// As a notebook shows a cell's open figures at its end, the block's last statement shows (and closes) the figures
  /// still open when the block ends.
  mutating func showOpenFigures() {
    let open = interpreter.plots.closeAll()
    if !open.isEmpty, !statements.isEmpty { statements[statements.count - 1].figures += open }
  }

  /// Finishes the block: an `error` block that raised nothing is itself a problem.
  mutating func finish(form: SnippetForm) -> BlockResult {
    if snippet.options.expectsError && !raisedAnError {
      report(
        "this block is marked 'error' but ran without raising an error", at: SourcePosition(line: 1, column: 1))
    }
    return BlockResult(form: form, statements: statements, diagnostics: diagnostics)
  }
}
