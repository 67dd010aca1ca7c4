import SourceText
import TensorCore

/// Runs one block against an interpreter and records what each statement did, every position in file coordinates.
/// It judges nothing: whether outputs match, claims hold and gradients agree is `BlockVerdict`'s to say.
struct BlockRunner {
  let snippet: Snippet
  var interpreter: Interpreter
  var statements: [StatementResult] = []
  var syntaxErrors: [SnippetDiagnostic] = []

  /// Prepares to run `snippet`.
  init(snippet: Snippet, interpreter: consuming Interpreter) {
    self.snippet = snippet
    self.interpreter = interpreter
  }

  /// A parser error at a block location, as the observation of a refusal.
  func refusal(_ error: SyntaxError, at blockLocation: SourcePosition) -> SnippetDiagnostic {
    SnippetDiagnostic(message: error.errorLine, location: snippet.fileLocation(blockLocation))
  }

  /// What an executed statement's assert found; `blockLocation` is where the statement starts in the block.
  func claim(
    _ outcome: ClaimOutcome, statementCode: String, at blockLocation: SourcePosition, fileLocation: SourcePosition?
  ) -> ClaimObservation {
    ClaimObservation(
      held: outcome.held, code: outcome.code ?? statementCode, notes: outcome.notes,
      location: fileLocation ?? snippet.fileLocation(blockLocation))
  }

  /// The observation of an exception.
  static func raised(_ error: PythonError) -> RaisedError {
    RaisedError(line: error.line, location: error.location, notes: error.notes, isLimit: error.isLimit)
  }

  /// As a notebook shows a cell's open figures at its end, the block's last statement shows (and closes) the figures
  /// still open when the block ends.
  mutating func showOpenFigures() {
    let open = interpreter.plots.closeAll()
    if !open.isEmpty, !statements.isEmpty { statements[statements.count - 1].figures += open }
  }

  /// The block's observations.
  func finish() -> BlockResult {
    BlockResult(form: snippet.form, statements: statements, syntaxErrors: syntaxErrors)
  }
}
